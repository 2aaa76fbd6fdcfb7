"""Declarative plugins: a location in a YAML file, with errors a team can act on."""

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest

from kleinschalig.model import CaseRecord
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.plugins.data import DataPluginInvalid, data_plugin
from kleinschalig.screening import decide

#: The location the data-plugin docs page shows (docs/plugins/data.rst).
ZWOLLE = (Path(__file__).resolve().parent.parent / "docs/plugins/data/kv-zwolle.yaml").read_text(
    encoding="utf-8"
)


def write(tmp_path, text, name="kv-zwolle.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_dir(tmp_path):
    return PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))


def errors_of(tmp_path, text):
    """The lines a team sees for a data file, in English."""
    write(tmp_path, text)
    host = load_dir(tmp_path)
    return [line for e in host.plugin("kv-zwolle").errors for line in e.lines("en")]


def test_a_data_only_location_loads_screens_and_is_translated(tmp_path):
    from kleinschalig.i18n import translate

    write(tmp_path, ZWOLLE)
    host = load_dir(tmp_path)
    assert host.errors == ()
    info = host.plugin("kv-zwolle")
    assert (info.form, info.status) == ("data", "active")
    place = host.catalogue.facility("kv-zwolle")
    person = CaseRecord("p-1", "c-1", facts=FactValues({"kv-zwolle.binnen_50_km": True}))
    [line] = [
        r
        for r in decide(person, place, host.catalogue, dt.date(2026, 9, 1)).criteria
        if r.criterion == "kv-zwolle.nabij"
    ]
    assert line.outcome.value == "met"
    criterion = host.catalogue.criterion("kv-zwolle.nabij")
    assert translate(criterion.label, "en") == "Lives near Zwolle"
    assert criterion.versions[0].sources[0].citation == "voorbeeld:L6"


def test_the_same_objects_as_a_python_plugin():
    import pathlib
    import tempfile

    from kleinschalig.model import cite
    from kleinschalig.model.fact_definitions import FactDefinition, FactType

    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "kv-zwolle.yaml"
        path.write_text(ZWOLLE, encoding="utf-8")
        plugin = data_plugin("kv-zwolle", path)
    [(_key, fact)] = plugin.documents[0].of("fact")
    assert fact == FactDefinition(
        id="kv-zwolle.binnen_50_km",
        type=FactType.BOOL,
        label="Woont binnen 50 km van KV Zwolle",
        sources=(cite("voorbeeld:L5"),),
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # a misspelt key, with the nearest one and the allowed ones
        (
            ("    versions:", "    versons:"),
            "kv-zwolle.yaml:25 /criteria/0/versons: Unknown field; did you mean versions?",
        ),
        # a wrong enum value
        (
            ("kind: requirement", "kind: requirment"),
            "kv-zwolle.yaml:23 /criteria/0/kind: Value not allowed; did you mean requirement?",
        ),
        # a missing citation
        (
            ('    sources: ["voorbeeld:L5"]', "    sources: []"),
            "kv-zwolle.yaml:19 /facts/0/sources: Value must not be empty.",
        ),
        # a missing translation
        (
            ("label: {nl: Woont dichtbij Zwolle, en: Lives near Zwolle}", "label: Woont dichtbij"),
            "kv-zwolle.yaml:22 /criteria/0/label: Text without an English translation",
        ),
        # the format version
        (("kleinschalig: 1", "kleinschalig: 2"), "kv-zwolle.yaml:1 /: Give the plugin file's"),
        # a YAML tag that would build an object
        (
            ("operator: DJI", "operator: !!python/object:os.system DJI"),
            "kv-zwolle.yaml:8 /facilities/0/operator: YAML tag",
        ),
        # a key given twice
        ("    kind: kv\n", "kv-zwolle.yaml:6 /facilities/0/kind: This key occurs twice"),
        # an alias without its anchor
        (
            ('sources: ["voorbeeld:L5"]', "sources: *bron"),
            "kv-zwolle.yaml:19 /: Alias *bron refers to an anchor &bron that is not written",
        ),
        # a syntax error
        (
            ("location: {municipality: Zwolle}", "location: {municipality: Zwolle"),
            "kv-zwolle.yaml:",
        ),
    ],
)
def test_each_mistake_gets_one_located_message(tmp_path, change, expected):
    if isinstance(change, str):
        text = ZWOLLE.replace(change, change + change, 1)
    else:
        assert change[0] in ZWOLLE
        text = ZWOLLE.replace(*change, 1)
    lines = errors_of(tmp_path, text)
    found = [line for line in lines if line.strip().startswith("kv-zwolle.yaml:")]
    assert len(found) == 1, lines
    assert found[0].strip().startswith(expected), found


def test_an_unknown_fact_is_located_at_its_criterion(tmp_path):
    text = ZWOLLE.replace("fact: kv-zwolle.binnen_50_km", "fact: kv-zwolle.binnen_50km")
    lines = errors_of(tmp_path, text)
    assert lines[0].startswith("kv-zwolle: reference to something that is not registered")
    assert "(kv-zwolle.yaml:21 /criteria/0)" in lines[0]
    assert "did you mean kv-zwolle.binnen_50_km" in lines[0]


def test_a_duplicate_id_is_located(tmp_path):
    second = ZWOLLE.split("criteria:\n", 1)[1]
    lines = errors_of(tmp_path, ZWOLLE + second)
    [line] = lines[1:]
    assert line.strip().startswith("kv-zwolle.yaml:30 /criteria/1/id: Duplicate value")


def test_an_unreachable_workflow_state_is_located(tmp_path):
    workflow = textwrap.dedent(
        """\
        workflows:
          - code: kv-zwolle.instroom
            label: {nl: Instroom Zwolle, en: Inflow Zwolle}
            jurisdiction: adult
            scope: {facilities: [kv-zwolle]}
            versions:
              - sources: ["voorbeeld:L7"]
                states:
                  - code: aangemeld
                    label: {nl: Aangemeld Zwolle, en: Referred Zwolle}
                    sources: ["voorbeeld:L7"]
                    initial: true
                  - code: geplaatst
                    label: {nl: Geplaatst Zwolle, en: Placed Zwolle}
                    sources: ["voorbeeld:L7"]
                    final: true
                  - code: zwevend
                    label: {nl: Zwevend, en: Floating}
                    sources: ["voorbeeld:L7"]
                    final: true
                transitions:
                  - id: plaatsen
                    source: aangemeld
                    target: geplaatst
                    label: {nl: Plaatsen Zwolle, en: Place Zwolle}
                    sources: ["voorbeeld:L7"]
        """
    )
    lines = errors_of(tmp_path, ZWOLLE + workflow)
    [line] = [line for line in lines if "workflow.unreachable" in line]
    assert line.strip().startswith("kv-zwolle.yaml:")
    assert "/workflows/0/versions/0/states/2" in line


def test_every_problem_is_reported_at_once(tmp_path):
    text = ZWOLLE.replace("kind: requirement", "kind: x").replace("kind: kv", "kind: y")
    path = write(tmp_path, text)
    with pytest.raises(DataPluginInvalid) as failure:
        data_plugin("kv-zwolle", path)
    assert len(failure.value.errors) == 2


def test_a_package_may_mix_data_files_and_python_hooks(tmp_path, monkeypatch):
    package = tmp_path / "kleinschalig_kv_zwolle"
    package.mkdir()
    write(package, ZWOLLE, "kv-zwolle.yaml")
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """\
            from kleinschalig.plugins import hookimpl
            from kleinschalig.model import PartnerRole, cite
            from kleinschalig.model.common import Jurisdiction

            # Python only where data cannot say it: here, for the test, a role.
            @hookimpl
            def kleinschalig_register_partner_roles(register):
                register.add(PartnerRole("zwolle_buddy", "Maatje Zwolle", (Jurisdiction.ADULT,),
                                         (cite("voorbeeld:L9"),)))
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-zwolle", "kleinschalig_kv_zwolle")]
    )
    info = host.plugin("kv-zwolle")
    assert [line for e in host.errors for line in e.lines("en")] == []
    assert info.form == "both"
    assert "zwolle_buddy" in host.catalogue.roles
    assert "kv-zwolle" in host.catalogue.facilities
    sys.modules.pop("kleinschalig_kv_zwolle", None)


def test_the_plugin_schema_accepts_the_example_and_names_misspelt_keys():
    import jsonschema

    from kleinschalig.plugins.data._yaml import read_yaml
    from kleinschalig.plugins.data.schema import plugin_schema

    schema = plugin_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    document = read_yaml(ZWOLLE)[0].value
    assert list(validator.iter_errors(document)) == []
    document["criteria"][0]["versons"] = document["criteria"][0].pop("versions")
    assert any("versons" in e.message for e in validator.iter_errors(document))


def test_plugin_directories_may_be_given_as_text(tmp_path):
    write(tmp_path, ZWOLLE)
    config = HostConfig(entry_points=False, plugin_dirs=(str(tmp_path),))
    assert config.plugin_dirs == (tmp_path,)
    assert PluginHost.load(config).plugin("kv-zwolle").status == "active"


def test_export_plugin_writes_a_file_that_loads_as_the_same_plugin(tmp_path, capsys):
    from kleinschalig.cli import main
    from kleinschalig.plugins.data.export import digests

    source = tmp_path / "in"
    source.mkdir()
    write(source, ZWOLLE)
    out = tmp_path / "out" / "kv-zwolle.yaml"
    out.parent.mkdir()
    code = main(["--plugin-dir", str(source), "export-plugin", "kv-zwolle", "-o", str(out)])
    assert code == 0
    assert out.read_text("utf-8").startswith("# kv-zwolle: written by `kleinschalig export-plugin")
    before = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(source,)))
    after = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(out.parent,)))
    assert digests(after.catalogue, "kv-zwolle") == digests(before.catalogue, "kv-zwolle")
    assert main(["export-plugin", "geen-plugin", "--lang", "en"]) == 1
    assert "No active plugin geen-plugin" in capsys.readouterr().err


def test_a_misspelt_code_is_suggested_as_written_not_translated(tmp_path):
    """``werkdoel`` is a code and also a Dutch msgid: the suggestion stays the code."""
    from kleinschalig.errors import ErrorDetail

    detail = ErrorDetail(
        "value.not_allowed_nearest", "/x", {"nearest": "werkdoel", "allowed": "werkdoel, doel"}
    )
    assert "did you mean werkdoel?" in detail.message("en")


def test_the_same_dutch_text_translated_two_ways_names_the_first(tmp_path):
    text = ZWOLLE.replace(
        "label: {nl: Woont dichtbij Zwolle, en: Lives near Zwolle}",
        "label: {nl: Woont binnen 50 km van KV Zwolle, en: Near Zwolle}",
    )
    [line] = [x for x in errors_of(tmp_path, text) if "text.inconsistent" in x]
    assert "/criteria/0/label/en" in line
    assert "another English translation: Lives within 50 km of KV Zwolle" in line


def test_a_data_plugin_that_fails_is_still_shown_as_data(tmp_path):
    write(tmp_path, ZWOLLE.replace("kind: requirement", "kind: x"))
    info = load_dir(tmp_path).plugin("kv-zwolle")
    assert (info.status, info.form) == ("failed", "data")
