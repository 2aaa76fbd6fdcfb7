"""``kleinschalig new-plugin``: the generated package is complete, translated and loads."""

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from kleinschalig.cli import main
from kleinschalig.cli.new_plugin import (
    MESSAGES,
    InvalidPluginName,
    generate,
    plugin_names,
    render,
)
from kleinschalig.codec import load_json
from kleinschalig.dates import Duration
from kleinschalig.i18n import translate
from kleinschalig.model import (
    ActivityKind,
    CaseRecord,
    DaytimeActivity,
    IntakeFacts,
    SentenceFacts,
    Severity,
    TitleHolding,
)
from kleinschalig.model.criteria import CriterionKind
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import Outcome, screen

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kv-voorbeeldstad"
REGENERATE = "kleinschalig new-plugin kv-voorbeeldstad --dest examples --force"
#: The example case screened against the example plugin.
CANDIDATE = EXAMPLE / "cases" / "kandidaat.json"
#: The generated criteria (id suffix -> kind), in id order.
CRITERIA = {
    "dagbesteding": CriterionKind.REQUIREMENT,
    "motivatie": CriterionKind.REQUIREMENT,
    "nabijheid": CriterionKind.REQUIREMENT,
    "regiobinding": CriterionKind.PROTECTIVE_FACTOR,
    "strafrestant": CriterionKind.REQUIREMENT,
    "verslaving": CriterionKind.FIXED_CONTRA_INDICATION,
    "vluchtgevaar": CriterionKind.WEIGHED_INDICATION,
}
#: Files a test run or an editable install leaves behind; not part of the example.
BUILD_LEFTOVERS = ("__pycache__", ".pytest_cache", ".egg-info", "build", "dist")


#: The two forms new-plugin generates: data (the default) and code (--python).
FORMS = ("data", "python")


def expected_files(module, form="data"):
    common = {
        "README.md",
        "cases/kandidaat.json",
        "pyproject.toml",
        f"src/{module}/__init__.py",
        "tests/test_conformance.py",
        "tests/cases/voorbeeld.case.yaml",
        "tests/cases/onbekende-titel.case.yaml",
    }
    if form == "data":
        return common | {f"src/{module}/{part}.yaml" for part in DATA_FILES}
    locale = f"src/{module}/locale/en/LC_MESSAGES/{module}"
    return common | {f"src/{module}/plugin.py", f"{locale}.po", f"{locale}.mo"}


#: The data form's files, each holding one concern.
DATA_FILES = ("facility", "criteria", "workflows", "indicators")


def plugin_module(module, form):
    """What the entry point (and a case file) names: the package, or its plugin module."""
    return module if form == "data" else f"{module}.plugin"


@pytest.fixture(params=FORMS)
def form(request):
    return request.param


def tree(root):
    """Relative path -> bytes of every file under ``root``, build leftovers excluded."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not any(part.endswith(BUILD_LEFTOVERS) for part in path.relative_to(root).parts)
    }


def msgids(source):
    return [
        message
        for _line, message, _comments, _context in extract(
            "python", io.BytesIO(source.encode()), keywords={"N_": None}
        )
    ]


@pytest.fixture
def importable(monkeypatch):
    """Put a generated package's ``src`` on ``sys.path``; forget its modules afterwards."""
    added = []

    def add(root, module):
        monkeypatch.syspath_prepend(str(root / "src"))
        added.append(module)

    yield add
    for module in added:
        for name in [m for m in sys.modules if m == module or m.startswith(f"{module}.")]:
            del sys.modules[name]


def test_the_package_has_every_file(tmp_path, form):
    root = generate("kv-proefstad", tmp_path, python=form == "python")
    assert root == tmp_path / "kv-proefstad"
    assert set(tree(root)) == expected_files("kleinschalig_kv_proefstad", form)
    assert [p.name for p in tmp_path.iterdir()] == ["kv-proefstad"]


def test_pyproject_declares_the_entry_point_and_test_extra(tmp_path, form):
    import tomllib

    root = generate("kv-proefstad", tmp_path, python=form == "python")
    project = tomllib.loads((root / "pyproject.toml").read_text())
    assert project["project"]["name"] == "kv-proefstad"
    assert project["project"]["dependencies"] == ["kleinschalig"]
    assert project["project"]["optional-dependencies"]["test"] == ["kleinschalig[test]"]
    assert project["project"]["entry-points"]["kleinschalig"] == {
        "kv-proefstad": plugin_module("kleinschalig_kv_proefstad", form)
    }
    shipped = {
        "data": ["*.yaml"],
        "python": ["locale/*/LC_MESSAGES/*.po", "locale/*/LC_MESSAGES/*.mo"],
    }
    assert project["tool"]["setuptools"]["package-data"] == {
        "kleinschalig_kv_proefstad": shipped[form]
    }
    assert project["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "kleinschalig_kv_proefstad.__version__"
    }


def test_every_msgid_has_an_english_translation(tmp_path):
    """The code form's gettext catalog (the data form has its texts in {nl, en} pairs)."""
    root = generate("kv-proefstad", tmp_path, python=True)
    module = root / "src" / "kleinschalig_kv_proefstad"
    found = msgids((module / "plugin.py").read_text(encoding="utf-8"))
    assert sorted(set(found)) == sorted(dutch for dutch, _english in MESSAGES.values())
    catalog_dir = module / "locale" / "en" / "LC_MESSAGES"
    with (catalog_dir / "kleinschalig_kv_proefstad.po").open("rb") as fh:
        po = read_po(fh, locale="en")
    assert not po.fuzzy
    for msgid in found:
        assert po.get(msgid) is not None, msgid
        assert po.get(msgid).string, msgid
    with (catalog_dir / "kleinschalig_kv_proefstad.mo").open("rb") as fh:
        mo = read_mo(fh)
    compiled = {m.id: m.string for m in mo if m.id}
    assert compiled == {m.id: m.string for m in po if m.id}
    assert compiled == dict(MESSAGES.values())


def test_the_generated_python_compiles(tmp_path, form):
    root = generate("kv-proefstad", tmp_path, python=form == "python")
    for path in root.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_the_generated_plugin_loads_and_registers_its_facility(tmp_path, importable, form):
    host = load_generated(tmp_path, importable, form=form)
    info = host.plugin("kv-laadstad")
    assert (info.status, info.form) == ("active", "data" if form == "data" else "code")
    domain = "kv-laadstad.data" if form == "data" else "kleinschalig_kv_laadstad"
    assert info.registered == {
        "criterion": tuple(f"kv-laadstad.{name}" for name in CRITERIA),
        "facility": ("kv-laadstad",),
        "intervention_logic": ("kv-laadstad",),
        "translation": (domain,),
        "workflow": ("kv-laadstad.instroom",),
        "indicator": ("kv-laadstad.baan-behouden", "kv-laadstad.werkgever-controle"),
        "fact": ("kv-laadstad.baan", "kv-laadstad.binnen_50_km"),
    }
    facility = host.catalogue.facility("kv-laadstad")
    assert facility.name == "KV Laadstad"
    assert facility.location.municipality == "Laadstad"
    assert facility.accepted_titles == ("gevangenisstraf",)
    assert all(s.document == "voorbeeld" for s in facility.sources)
    logic = host.catalogue.intervention_logic("kv-laadstad")
    chain = [node.level.value for node in logic.path_to("minder_recidive")]
    assert chain == ["werkzaam_element", "activiteit", "werkdoel", "hoofddoel", "einddoel"]
    assert translate(facility.target_group.description, "en") == MESSAGES["target_group"][1]


def load_generated(tmp_path, importable, name="kv-laadstad", form="data"):
    root = generate(name, tmp_path / form, python=form == "python")
    module = plugin_names(name).module
    importable(root, module)
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[(name, plugin_module(module, form))]
    )
    assert [line for e in host.errors for line in e.lines("en")] == []
    return host


def test_the_generated_plugin_registers_one_criterion_of_each_kind(tmp_path, importable, form):
    host = load_generated(tmp_path, importable, form=form)
    labels = dict(MESSAGES.values())
    for name, kind in CRITERIA.items():
        criterion = host.catalogue.criterion(f"kv-laadstad.{name}")
        assert criterion.kind is kind
        assert criterion.scope.facilities == ("kv-laadstad",)
        assert criterion.scope.kinds == ()
        assert translate(criterion.label, "en") == labels[criterion.label]
        for version in criterion.versions:
            assert version.sources
            assert all(s.document == "voorbeeld" for s in version.sources)
    assert set(CriterionKind) == set(CRITERIA.values())
    motivation = host.catalogue.criterion("kv-laadstad.motivatie")
    assert [v.rule for v in motivation.versions] == [None]
    assert motivation.inputs == ("intake.motivated",)


def test_the_remaining_sentence_criterion_has_two_dated_versions(tmp_path, importable, form):
    host = load_generated(tmp_path, importable, form=form)
    criterion = host.catalogue.criterion("kv-laadstad.strafrestant")
    assert criterion.version_on(dt.date(2023, 12, 31)) is None
    old = criterion.version_on(dt.date(2025, 12, 31))
    new = criterion.version_on(dt.date(2026, 1, 1))
    assert (old.valid_from, old.valid_until) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert (new.valid_from, new.valid_until) == (dt.date(2026, 1, 1), None)
    assert (old.rule.minimum, old.rule.maximum) == (Duration(months=1), Duration(months=6))
    assert (new.rule.minimum, new.rule.maximum) == (Duration(months=1), Duration(years=1))
    assert old.sources != new.sources


def candidate(**changes):
    """A fictional person who meets every requirement of the generated criteria."""
    fields = {
        "subject_id": "fictief-1",
        "case_id": "c-1",
        "legal_titles": (TitleHolding("gevangenisstraf", since=dt.date(2026, 6, 1)),),
        "sentence": SentenceFacts(
            imposed_length=Duration(months=8), reporting_date=dt.date(2026, 9, 7)
        ),
        "daytime_activity": DaytimeActivity(
            ActivityKind.WORK, hours_per_week=32, employer_willing_to_be_checked=True
        ),
        "intake": IntakeFacts(
            addiction_problems=Severity.NONE,
            escape_risk=False,
            regional_tie=True,
            motivated=True,
        ),
        "facts": FactValues({"kv-laadstad.binnen_50_km": True}),
    }
    fields.update(changes)
    return CaseRecord(**fields)


def test_the_generated_criteria_screen_a_case(tmp_path, importable, form):
    host = load_generated(tmp_path, importable, form=form)
    on = dt.date(2026, 9, 1)
    (decision,) = screen(candidate(), host.catalogue, on)
    assert decision.outcome is Outcome.NEEDS_ASSESSMENT
    assert decision.missing_inputs == ()
    assert decision.blocking == ()
    assert decision.protective_factors == ("kv-laadstad.regiobinding",)
    assert decision.risk_factors == ()
    assert decision.to_assess == (
        "kv-laadstad.motivatie",
        "kv-laadstad.regiobinding",
        "kv-laadstad.vluchtgevaar",
    )
    severe = candidate(intake=IntakeFacts(addiction_problems=Severity.SEVERE, motivated=True))
    (decision,) = screen(severe, host.catalogue, on)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert decision.blocking == ("kv-laadstad.verslaving",)
    (decision,) = screen(candidate(daytime_activity=None), host.catalogue, on)
    assert decision.outcome is Outcome.INSUFFICIENT_INFORMATION
    assert decision.missing_inputs == (
        "daytime_activity.employer_willing_to_be_checked",
        "daytime_activity.hours_per_week",
    )
    # The declared fact is read like a core field: unknown until recorded, then decisive.
    (decision,) = screen(candidate(facts=FactValues()), host.catalogue, on)
    assert decision.outcome is Outcome.INSUFFICIENT_INFORMATION
    assert decision.missing_inputs == ("kv-laadstad.binnen_50_km",)
    far = FactValues({"kv-laadstad.binnen_50_km": False})
    (decision,) = screen(candidate(facts=far), host.catalogue, on)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert decision.blocking == ("kv-laadstad.nabijheid",)


def test_the_version_in_force_decides_the_remaining_sentence(tmp_path, importable, form):
    """Eight months remaining: too long for the 2025 version, within the 2026 one."""
    host = load_generated(tmp_path, importable, form=form)
    sentence = SentenceFacts(imposed_length=Duration(months=8), start_date=dt.date(2025, 12, 1))

    def result(on):
        case = candidate(sentence=sentence)
        (decision,) = screen(case, host.catalogue, on)
        (found,) = [r for r in decision.criteria if r.criterion == "kv-laadstad.strafrestant"]
        return found.version_from, found.outcome.value

    assert result(dt.date(2025, 12, 1)) == (dt.date(2024, 1, 1), "not_met")
    assert result(dt.date(2026, 1, 2)) == (dt.date(2026, 1, 1), "met")


def test_the_example_candidate_needs_an_assessment_at_the_example_facility(importable):
    """The example's cases/kandidaat.json, screened against examples/kv-voorbeeldstad."""
    importable(EXAMPLE, "kleinschalig_kv_voorbeeldstad")
    host = PluginHost.load(
        HostConfig(entry_points=False),
        plugins=[("kv-voorbeeldstad", "kleinschalig_kv_voorbeeldstad")],
    )
    assert [line for e in host.errors for line in e.lines("en")] == []
    case = load_json(CANDIDATE.read_bytes(), CaseRecord)
    assert case.facility is None
    (decision,) = screen(case, host.catalogue, facilities=["kv-voorbeeldstad"])
    assert decision.reference_date == case.referral.date
    assert decision.outcome is Outcome.NEEDS_ASSESSMENT
    assert decision.missing_inputs == ()
    assert decision.blocking == ()
    assert "kv-voorbeeldstad.motivatie" in decision.to_assess


def test_the_generated_package_passes_its_own_tests(tmp_path, pytester, form):
    """The conformance suite and both case files, run the way a facility team runs them."""
    root = generate("kv-teststad", tmp_path, python=form == "python")
    pytester.syspathinsert(root / "src")
    result = pytester.runpytest(str(root), "-p", "no:cacheprovider", "-v")
    outcomes = result.parseoutcomes()
    assert result.ret == 0, result.stdout.str()
    assert outcomes.get("passed", 0) >= 9
    result.stdout.fnmatch_lines(
        [
            "*onbekende-titel.case.yaml::*PASSED*",
            "*voorbeeld.case.yaml::*PASSED*",
            "*test_conformance.py::TestConformance::test_loads_without_errors PASSED*",
        ]
    )


@pytest.mark.parametrize(
    ("name", "module", "code", "display"),
    [
        (
            "kv-voorbeeldstad",
            "kleinschalig_kv_voorbeeldstad",
            "kv-voorbeeldstad",
            "KV Voorbeeldstad",
        ),
        ("kv-den-haag", "kleinschalig_kv_den_haag", "kv-den-haag", "KV Den Haag"),
        ("kleinschalig-kvjj-oost", "kleinschalig_kvjj_oost", "kvjj-oost", "KVJJ Oost"),
        ("zorgplek2", "kleinschalig_zorgplek2", "zorgplek2", "Zorgplek2"),
    ],
)
def test_names_derived_from_the_plugin_name(name, module, code, display):
    names = plugin_names(name)
    assert (names.module, names.code, names.display_name) == (module, code, display)
    assert names.module.isidentifier()


@pytest.mark.parametrize(
    "name",
    [
        "",
        "k",
        "1kv",
        "-kv",
        "Kv-stad",
        "kv_stad",
        "kv stad",
        "kv.stad",
        "kv-",
        "kv--stad",
        "../kv-stad",
        "kv-stad/x",
        "kleinschalig",
        "k" + "x" * 41,
    ],
)
def test_bad_names_are_rejected(name, tmp_path):
    with pytest.raises(InvalidPluginName, match="invalid plugin name"):
        generate(name, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_directory_is_refused_without_force(tmp_path):
    root = generate("kv-proefstad", tmp_path)
    (root / "eigen-werk.txt").write_text("niet weggooien")
    with pytest.raises(FileExistsError, match="--force"):
        generate("kv-proefstad", tmp_path)
    assert (root / "eigen-werk.txt").read_text() == "niet weggooien"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kv-proefstad"]
    generate("kv-proefstad", tmp_path, force=True)
    assert not (root / "eigen-werk.txt").exists()
    assert tree(root) == render("kv-proefstad")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kv-proefstad"]


def test_an_empty_directory_is_used_and_a_file_is_refused(tmp_path):
    (tmp_path / "kv-leeg").mkdir()
    assert tree(generate("kv-leeg", tmp_path)) == render("kv-leeg")
    (tmp_path / "kv-bestand").write_text("")
    with pytest.raises(FileExistsError, match="not a directory"):
        generate("kv-bestand", tmp_path, force=True)


def test_a_failure_while_writing_leaves_nothing_behind(tmp_path, monkeypatch):
    writes = []
    original = Path.write_bytes

    def failing(self, data):
        writes.append(self)
        if len(writes) == 3:
            raise OSError("disk full")
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(OSError, match="disk full"):
        generate("kv-proefstad", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_replacement_keeps_the_old_directory(tmp_path, monkeypatch):
    root = generate("kv-proefstad", tmp_path)
    (root / "eigen-werk.txt").write_text("niet weggooien")
    original = Path.rename

    def failing(self, target):
        if Path(target) == root and self.name == "kv-proefstad":
            raise OSError("rename failed")
        return original(self, target)

    monkeypatch.setattr(Path, "rename", failing)
    with pytest.raises(OSError, match="rename failed"):
        generate("kv-proefstad", tmp_path, force=True)
    assert (root / "eigen-werk.txt").read_text() == "niet weggooien"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kv-proefstad"]


def test_generation_is_reproducible(form):
    python = form == "python"
    assert render("kv-proefstad", python=python) == render("kv-proefstad", python=python)


def test_both_forms_register_the_same_objects(tmp_path, importable):
    """The data template is the code template's objects, written as data: every object's
    JSON form and the English of its texts are the same."""
    from kleinschalig.plugins.data.export import digests

    found = {}
    for form in FORMS:
        host = load_generated(tmp_path, importable, name="kv-gelijkstad", form=form)
        found[form] = digests(host.catalogue, "kv-gelijkstad")
        for module in [m for m in sys.modules if m.startswith("kleinschalig_kv_gelijkstad")]:
            del sys.modules[module]
    assert len(found["data"]) == 14
    assert found["data"] == found["python"]


def test_the_example_is_a_fresh_copy(tmp_path):
    fresh = tree(generate("kv-voorbeeldstad", tmp_path))
    committed = tree(EXAMPLE)
    assert sorted(committed) == sorted(fresh), f"file lists differ; run: {REGENERATE}"
    stale = [path for path in fresh if committed[path] != fresh[path]]
    assert not stale, f"{stale} differ from a fresh copy; run: {REGENERATE}"


def test_the_example_is_clearly_fictional():
    facility = (EXAMPLE / "src" / "kleinschalig_kv_voorbeeldstad" / "facility.yaml").read_text()
    assert "FICTIONAL EXAMPLE" in facility
    assert "(fictief)" in facility
    assert "fictional example" in (EXAMPLE / "README.md").read_text()


def test_cli_generates_a_package(tmp_path, capsys):
    assert main(["new-plugin", "kv-cli", "--dest", str(tmp_path)]) == 0
    package = tmp_path / "kv-cli" / "src" / "kleinschalig_kv_cli"
    assert (package / "criteria.yaml").is_file()
    assert not (package / "plugin.py").exists()
    assert "kleinschalig_kv_cli" in capsys.readouterr().out
    assert main(["new-plugin", "kv-code", "--dest", str(tmp_path), "--python"]) == 0
    assert (tmp_path / "kv-code" / "src" / "kleinschalig_kv_code" / "plugin.py").is_file()


def test_cli_rejects_a_bad_name_with_exit_2(tmp_path, capsys):
    assert main(["new-plugin", "KV_Stad", "--dest", str(tmp_path)]) == 2
    assert "ongeldige pluginnaam 'KV_Stad'" in capsys.readouterr().err
    assert main(["new-plugin", "KV_Stad", "--dest", str(tmp_path), "--lang", "en"]) == 2
    assert "invalid plugin name 'KV_Stad'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_an_existing_directory_unless_forced(tmp_path, capsys):
    assert main(["new-plugin", "kv-cli", "--dest", str(tmp_path)]) == 0
    (tmp_path / "kv-cli" / "extra.txt").write_text("")
    assert main(["new-plugin", "kv-cli", "--dest", str(tmp_path), "--lang", "en"]) == 1
    assert "exists and is not empty (use --force" in capsys.readouterr().err
    assert main(["new-plugin", "kv-cli", "--dest", str(tmp_path), "--force"]) == 0
    assert not (tmp_path / "kv-cli" / "extra.txt").exists()
