"""A plugin owns what it registers: another plugin cannot take over, replace or extend it
without a grant of the host configuration, and a fixed contra-indication is never replaced.

Each test is one of the attacks of issue 15, tried from a plugin folder."""

import json
import textwrap

import pytest

from kleinschalig.cli import main
from kleinschalig.codec import load_json
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost, Stage
from kleinschalig.screening import screen

#: A plugin file that replaces KV Almelo's fixed exclusion of TBS with a criterion that
#: excludes nobody, and scopes a requirement of its own onto KV Almelo.
REPLACER = textwrap.dedent(
    """\
    import attrs
    from kleinschalig.plugins import hookimpl
    from kleinschalig.model.conditions import Compare
    from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope
    from kleinschalig.model.criteria import CriterionVersion
    from kleinschalig.model import cite

    S = (cite("001:L1"),)
    ALMELO = CriterionScope(facilities=("kv-almelo",))

    @hookimpl
    def kleinschalig_register_criteria(register):
        register.add(Criterion(
            "kaper.geen-tbs", "Geen tbs", CriterionKind.REQUIREMENT, ALMELO,
            (CriterionVersion(S, Compare("intake.motivated", "eq", True)),),
            overrides=OVERRIDES,
        ))
    """
)


def plugin_dir(tmp_path, name, text):
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    return tmp_path


def loaded(tmp_path, grants=()):
    """The installed bundled plugins plus the plugin folder, with these grants."""
    return PluginHost.load(HostConfig(plugin_dirs=(tmp_path,), grants=grants))


def test_a_fixed_contra_indication_is_never_replaced_even_with_a_grant(tmp_path):
    text = REPLACER.replace("OVERRIDES", repr("kv-almelo.tbs"))
    for grants in ((), {("kaper", "kv-almelo")}):
        host = loaded(plugin_dir(tmp_path, "kaper", text), grants)
        info = host.plugin("kaper")
        assert info.status == "failed"
        [error] = [e for e in info.errors if e.stage is Stage.OWNERSHIP]
        assert "kv-almelo.tbs is a fixed contra-indication: it is never replaced" in error.detail
        assert "kv-almelo.tbs" in host.catalogue.criteria
        assert host.plugin("kv-almelo").status == "active"


def test_a_criterion_scoped_onto_another_plugins_facility_needs_a_grant(tmp_path):
    text = REPLACER.replace("OVERRIDES", "None")
    folder = plugin_dir(tmp_path, "kaper", text)
    refused = loaded(folder)
    [error] = refused.plugin("kaper").errors
    assert error.stage is Stage.OWNERSHIP
    assert error.lines("en") == [
        "kaper: registers into what another plugin owns, without a grant "
        "criterion:kaper.geen-tbs: facility kv-almelo belongs to plugin kv-almelo; not granted"
    ]
    assert "kaper.geen-tbs" not in refused.catalogue.criteria
    granted = loaded(folder, {("kaper", "kv-almelo")})
    assert granted.plugin("kaper").status == "active"
    assert granted.plugin("kaper").granted == (
        "criterion:kaper.geen-tbs (facility kv-almelo, of kv-almelo)",
    )


def test_overriding_another_plugins_criterion_needs_a_grant(tmp_path):
    text = REPLACER.replace("OVERRIDES", repr("kv-almelo.motivatie"))
    folder = plugin_dir(tmp_path, "kaper", text)
    refused = loaded(folder)
    [error] = refused.plugin("kaper").errors
    assert "criterion kv-almelo.motivatie belongs to plugin kv-almelo; not granted" in error.detail
    granted = loaded(folder, {("kaper", "kv-almelo")})
    assert granted.plugin("kaper").status == "active"


ALMELO_AGAIN = textwrap.dedent(
    """\
    import attrs
    from kleinschalig.plugins import hookimpl, PluginHost, HostConfig

    @hookimpl
    def kleinschalig_register_facilities(register):
        from kleinschalig_kv_almelo import __name__ as _  # the installed plugin exists
        host = PluginHost.load(HostConfig(entry_points=False), plugins=[
            ("kv-almelo", "kleinschalig_kv_almelo")])
        register.add(attrs.evolve(host.catalogue.facility("kv-almelo"), name="KV Almelo (kaper)"))
    """
)


def test_re_registering_a_facility_code_never_takes_it_away(tmp_path, capsys):
    folder = plugin_dir(tmp_path, "kaper", ALMELO_AGAIN)
    host = loaded(folder)
    assert host.plugin("kv-almelo").status == "active"
    assert host.catalogue.facility("kv-almelo").name == "KV Almelo (Huis van Herstel)"
    [error] = host.plugin("kaper").errors
    assert error.lines("en") == [
        "kaper: code registered by more than one plugin facility:kv-almelo (kv-almelo): "
        "owned by kv-almelo; not granted"
    ]
    assert main(["--plugin-dir", str(folder), "facilities", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "kv-almelo" in {f["code"] for f in json.loads(captured.out)["facilities"]}
    # one line for the clash (a load-time warning of a cold cache may come on top)
    assert [line for line in captured.err.splitlines() if "kv-almelo" in line] == [
        "kaper: code is door meer dan één plugin geregistreerd facility:kv-almelo (kv-almelo): "
        "owned by kv-almelo; not granted"
    ]
    assert main(["--plugin-dir", str(folder), "--strict", "facilities"]) == 3


KIND_SCOPED = textwrap.dedent(
    """\
    from kleinschalig.plugins import hookimpl
    from kleinschalig.model.conditions import Compare
    from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope
    from kleinschalig.model.criteria import CriterionVersion
    from kleinschalig.model import cite
    from kleinschalig.model.facilities import FacilityKind

    @hookimpl
    def kleinschalig_register_criteria(register):
        register.add(Criterion(
            "kaper.alle-kv", "Iedereen uitgesloten", CriterionKind.FIXED_CONTRA_INDICATION,
            CriterionScope(kinds=(FacilityKind.KV,)),
            (CriterionVersion((cite("001:L1"),), Compare("intake.motivated", "eq", True)),),
        ))
    """
)


def test_a_kind_in_the_scope_does_not_reach_other_plugins_facilities(tmp_path):
    host = loaded(plugin_dir(tmp_path, "kaper", KIND_SCOPED))
    assert host.plugin("kaper").status == "active"
    path = "examples/cases/kvm-zelfmelder.json"
    with open(path, "rb") as handle:
        case = load_json(handle.read(), CaseRecord)
    (decision,) = screen(case, host.catalogue, facilities=["kv-middelburg"])
    assert "kaper.alle-kv" not in [r.criterion for r in decision.criteria]
    granted = loaded(tmp_path, {("kaper", "kv-middelburg")})
    (decision,) = screen(case, granted.catalogue, facilities=["kv-middelburg"])
    assert "kaper.alle-kv" in decision.blocking


@pytest.mark.parametrize("text", ["kaper", "kaper:", ":kv-almelo", "a:b:c", "a b:c"])
def test_a_malformed_grant_is_refused(text):
    with pytest.raises(ValueError, match="GRANTEE:OWNER"):
        HostConfig(grants={text})


def test_grants_come_from_the_environment():
    config = HostConfig.from_env(environ={"KLEINSCHALIG_GRANTS": "kaper:kv-almelo, b:c"})
    assert config.grants == {("kaper", "kv-almelo"), ("b", "c")}


def test_a_malformed_grant_in_the_environment_is_an_error_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setenv("KLEINSCHALIG_GRANTS", "kaper")
    assert main(["facilities", "--lang", "en"]) == 2
    assert "Invalid setting: a grant is GRANTEE:OWNER" in capsys.readouterr().err


def test_kleinschalig_plugins_lists_what_was_granted(tmp_path, monkeypatch, capsys):
    folder = plugin_dir(tmp_path, "kaper", REPLACER.replace("OVERRIDES", "None"))
    monkeypatch.setenv("KLEINSCHALIG_GRANTS", "kaper:kv-almelo")
    assert main(["--plugin-dir", str(folder), "plugins", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "  granted: criterion:kaper.geen-tbs (facility kv-almelo, of kv-almelo)" in out
    assert main(["--plugin-dir", str(folder), "plugins", "--format", "json"]) == 0
    [kaper] = [p for p in json.loads(capsys.readouterr().out)["plugins"] if p["name"] == "kaper"]
    assert kaper["granted"] == ["criterion:kaper.geen-tbs (facility kv-almelo, of kv-almelo)"]


def test_a_granted_criterion_is_named_in_the_decision_its_trace_and_the_receipt(tmp_path):
    from kleinschalig.codec import dump_json
    from kleinschalig.screening import explain
    from kleinschalig.screening.receipt import receipt

    folder = plugin_dir(tmp_path, "kaper", REPLACER.replace("OVERRIDES", "None"))
    host = loaded(folder, {("kaper", "kv-almelo")})
    with open("examples/cases/kvm-zelfmelder.json", "rb") as handle:
        case = load_json(handle.read(), CaseRecord)
    (decision,) = screen(case, host.catalogue, facilities=["kv-almelo"])
    assert decision.granted == ("kaper.geen-tbs (kaper, granted by kv-almelo)",)
    trace = explain(decision, "en")
    assert "Under a grant of the owner: kaper.geen-tbs (kaper, granted by kv-almelo)" in trace
    assert "applies here under a grant of the owner" in trace
    versions = {p.name: p.version for p in host.plugins if p.status == "active"}
    record = receipt(decision, case, versions, host.catalogue)
    assert "granted by kv-almelo" in dump_json(record)
    (ungranted,) = screen(case, loaded(tmp_path / "leeg").catalogue, facilities=["kv-almelo"])
    assert ungranted.granted == ()
