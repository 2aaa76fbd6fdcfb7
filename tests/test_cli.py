import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from kleinschalig import __version__
from kleinschalig.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "cases").glob("*.json"))


def run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().out


def test_version(capsys):
    assert run(capsys, "--version") == (0, f"kleinschalig {__version__}\n")


def test_version_does_not_import_the_heavy_parts():
    probe = (
        "import sys; from kleinschalig.cli import main; main(['--version']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('attrs', 'attr', 'cattrs', 'babel', 'dateutil')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "[]"


def test_building_the_parser_imports_no_engine():
    """Every command pays for building the parser: the subcommand modules import
    their engines when they run, not when they are registered."""
    probe = (
        "import sys; from kleinschalig.cli import build_parser; build_parser();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cattrs', 'babel') or "
        "m.startswith(('kleinschalig.indicators', 'kleinschalig.screening', "
        "'kleinschalig.workflows', 'kleinschalig.codec', 'kleinschalig.plugins'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "[]"


def test_validate_bundled_examples(capsys):
    code, out = run(capsys, "validate", *map(str, EXAMPLES))
    assert code == 0, out
    assert out.count(": geldig") == len(EXAMPLES) >= 5


def test_validate_reports_unknown_catalogue_codes(tmp_path, capsys):
    doc = tmp_path / "case.json"
    doc.write_text(
        json.dumps(
            {"subject_id": "p-1", "case_id": "c-1", "legal_titles": [{"title": "geen_echte_titel"}]}
        )
    )
    code, out = run(capsys, "validate", str(doc), "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"][0]["path"] == "/legal_titles/0/title"
    assert json.loads(out)["errors"][0]["code"] == "reference.unknown"


def test_validate_text_output_in_english(tmp_path, capsys):
    doc = tmp_path / "case.json"
    doc.write_text('{"subject_id": "p-1"}')
    code, out = run(capsys, "validate", str(doc), "--lang", "en")
    assert code == 1
    assert "/case_id: Required field is missing. [field.missing]" in out


def test_validate_several_files_in_json_names_the_file(tmp_path, capsys):
    good, bad = EXAMPLES[0], tmp_path / "bad.json"
    bad.write_text("{")
    code, out = run(capsys, "validate", str(good), str(bad), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["valid"] is False
    assert data["errors"] == [
        {
            "code": "json.syntax",
            "path": "",
            "file": str(bad),
            "message": "Geen geldige JSON (regel 1, kolom 2).",
        }
    ]


def test_validate_other_models_and_unknown_model(tmp_path, capsys):
    doc = tmp_path / "src.json"
    doc.write_text('{"document": "001", "first_line": 10, "last_line": 12}')
    assert run(capsys, "validate", str(doc), "--model", "document-source")[0] == 0
    code, out = run(capsys, "validate", str(doc), "--model", "nope", "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"][0]["code"] == "model.unknown"


def test_validate_missing_file(capsys):
    assert run(capsys, "validate", "does-not-exist.json")[0] == 2


def test_schema_list_and_each_schema_is_valid(capsys):
    code, out = run(capsys, "schema", "--list")
    names = out.split()
    assert code == 0
    assert "case-record" in names
    for name in names:
        code, out = run(capsys, "schema", name)
        assert code == 0
        jsonschema.Draft202012Validator.check_schema(json.loads(out))
    assert run(capsys, "schema", "nope")[0] == 1


def test_vi_text_and_json(capsys):
    code, out = run(
        capsys,
        "vi",
        "--start",
        "2020-01-15",
        "--length",
        "18y",
        "--rule",
        "current",
        "--lang",
        "en",
    )
    assert code == 0
    assert "15 January 2032" in out
    code, out = run(
        capsys,
        "vi",
        "--start",
        "2020-01-15",
        "--length",
        "18y",
        "--rule",
        "proposed-2018",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["vi_date"] == "2036-01-15"
    assert data["cap_applied"] is True
    assert data["vi_period_days"] == 731


def test_vi_refuses_to_round_silently(capsys):
    judged = ("--judgment-date", "2023-06-01")
    code, out = run(
        capsys, "vi", "--start", "2023-11-01", "--length", "20m", *judged, "--format", "json"
    )
    assert code == 1
    assert json.loads(out)["errors"][0]["code"] == "date.fraction"
    code, out = run(
        capsys, "vi", "--start", "2023-11-01", "--length", "20m", *judged, "--rounding", "up"
    )
    assert code == 0
    assert "21 januari 2025" in out


@pytest.mark.parametrize(
    ("option", "value", "path"),
    [("--start", "2024-02-30", "/start"), ("--length", "zes maanden", "/length")],
)
def test_vi_bad_arguments(capsys, option, value, path):
    args = {"--start": "2024-01-01", "--length": "2y", option: value}
    code, out = run(capsys, "vi", *[x for kv in args.items() for x in kv], "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"][0]["path"] == path


def test_under_one_year_has_no_vi(capsys):
    code, out = run(
        capsys, "vi", "--start", "2024-03-01", "--length", "8m", "--judgment-date", "2024-02-01"
    )
    assert code == 0
    assert "Geen v.i." in out


def test_every_command_has_help(capsys):
    for name in COMMANDS:
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        assert capsys.readouterr().out.startswith("usage: kleinschalig " + name)


PLUGIN_FILE = """
import datetime as dt

from kleinschalig.model import CapacityEntry, PlacePool
from kleinschalig.plugins import hookimpl
from tests.factories import facility


@hookimpl
def kleinschalig_register_facilities(register):
    register.add(facility(code="kv-cli", capacity=(
        CapacityEntry(dt.date(2019, 4, 1), (PlacePool("kv", 6, 8),)),
        CapacityEntry(dt.date(2020, 3, 1), (PlacePool("kv", 4),), dt.date(2020, 6, 30),
                      temporary=True),
    )))
"""


@pytest.fixture
def plugin_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    (tmp_path / "kv_cli.py").write_text(PLUGIN_FILE)
    (tmp_path / "kapot.py").write_text("raise ImportError('kapot')")
    return tmp_path


def test_plugins_lists_core_and_local_plugins(capsys, plugin_dir):
    code, out = run(capsys, "--plugin-dir", str(plugin_dir), "plugins", "--format", "json")
    data = json.loads(out)
    assert code == 0
    by_name = {p["name"]: p for p in data["plugins"]}
    assert by_name["kleinschalig"]["source"] == "core"
    assert by_name["kv_cli"]["registered"] == {"facility": ["kv-cli"]}
    assert by_name["kv_cli"]["hooks"] == ["kleinschalig_register_facilities"]
    assert by_name["kapot"]["status"] == "failed"
    assert by_name["kapot"]["errors"][0]["stage"] == "import"


def test_plugins_strict_exits_non_zero(capsys, plugin_dir):
    code, out = run(capsys, "plugins", "--plugin-dir", str(plugin_dir), "--strict")
    assert code == 3
    assert "kapot: plugin kon niet worden geïmporteerd: ImportError: kapot" in out


def test_strict_from_the_environment(capsys, plugin_dir, monkeypatch):
    monkeypatch.setenv("KLEINSCHALIG_STRICT", "1")
    monkeypatch.setenv("KLEINSCHALIG_PLUGIN_DIR", str(plugin_dir))
    assert run(capsys, "facilities")[0] == 3


def test_facilities_with_capacity_on_a_date(capsys, plugin_dir):
    args = ("--plugin-dir", str(plugin_dir), "facilities", "--format", "json")
    code, out = run(capsys, *args, "--on", "2019-05-01")
    [row] = json.loads(out)["facilities"]
    assert code == 0
    assert row["code"] == "kv-cli"
    assert row["plugin"] == "kv_cli"
    assert (row["capacity"]["places"], row["capacity"]["places_max"]) == (6, 8)
    code, out = run(capsys, *args, "--on", "2020-04-01")
    [row] = json.loads(out)["facilities"]
    assert row["capacity"]["places"] == 4
    assert row["capacity"]["temporary"] is True
    code, out = run(
        capsys, "--plugin-dir", str(plugin_dir), "facilities", "--on", "2020-04-01", "--lang", "en"
    )
    assert "kv-cli\tKV Test\tsmall-scale facility (KV)\tkv_cli\t4 (temporary)\topen" in out


def test_facilities_rejects_a_bad_date(capsys):
    assert run(capsys, "facilities", "--on", "2020-02-30")[0] == 1


def test_validate_accepts_titles_registered_by_a_plugin(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    (tmp_path / "titel.py").write_text(
        "from kleinschalig.plugins import hookimpl\n"
        "from tests.plugin_fixtures import title\n"
        "@hookimpl\n"
        "def kleinschalig_register_legal_titles(register):\n"
        "    register.add(title('lokaal.titel'))\n"
    )
    doc = tmp_path / "case.json"
    doc.write_text(
        '{"subject_id": "p-1", "case_id": "c-1", "legal_titles": [{"title": "lokaal.titel"}]}'
    )
    assert run(capsys, "validate", str(doc))[0] == 1
    assert run(capsys, "validate", str(doc), "--plugin-dir", str(tmp_path))[0] == 0


SCREEN_PLUGIN = """
import sys
from tests.screening_fixtures import ProefPlugin
_plugin = ProefPlugin()
kleinschalig_register_facilities = _plugin.kleinschalig_register_facilities
kleinschalig_register_criteria = _plugin.kleinschalig_register_criteria
"""

SCREEN_CASE = {
    "subject_id": "fictief-1",
    "case_id": "c-1",
    "legal_titles": [{"title": "gevangenisstraf", "since": "2026-09-01"}],
    "sentence": {"imposed_length": "9m", "reporting_date": "2026-09-01"},
    "daytime_activity": {"kind": "work", "hours_per_week": 32},
    "intake": {"addiction_problems": "none", "escape_risk": True, "regional_tie": True},
    "referral": {"date": "2026-09-01", "by": "diz"},
}


@pytest.fixture
def screening(tmp_path, monkeypatch):
    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    monkeypatch.setenv("KLEINSCHALIG_PLUGIN_DIR", str(tmp_path))
    (tmp_path / "proef.py").write_text(SCREEN_PLUGIN)
    case = tmp_path / "case.json"
    case.write_text(json.dumps(SCREEN_CASE))
    return case


def test_screen_json_lists_every_facility_with_trace_and_digest(capsys, screening):
    code, out = run(capsys, "screen", str(screening), "--format", "json")
    decisions = json.loads(out)
    assert code == 0
    assert [d["facility"] for d in decisions] == ["kv-dicht", "kv-hard", "kv-proef"]
    proef = decisions[2]
    assert proef["outcome"] == "insufficient_information"
    assert proef["missing_inputs"] == [
        "daytime_activity.employer_willing_to_be_checked",
        "intake.motivated",
    ]
    assert {"facility", "outcome", "criteria", "missing_inputs", "digest"} <= set(proef)
    assert all(c["sources"] for c in proef["criteria"])


def test_screen_text_one_facility(capsys, screening):
    code, out = run(capsys, "screen", str(screening), "--facility", "kv-dicht", "--lang", "en")
    assert (code, out) == (0, "kv-dicht: not eligible — Blocking: core.facility-open\n")


def test_screen_bad_input_gives_errors_not_a_decision(capsys, screening, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**SCREEN_CASE, "sex": "m", "legal_titles": [{"title": "x"}]}))
    code, out = run(capsys, "screen", str(bad), "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"][0]["path"] == "/sex"
    unknown_title = tmp_path / "unknown.json"
    unknown_title.write_text(json.dumps({**SCREEN_CASE, "legal_titles": [{"title": "x"}]}))
    code, out = run(capsys, "screen", str(unknown_title), "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"][0]["code"] == "reference.unknown"


def test_screen_needs_a_reference_date(capsys, screening, tmp_path):
    case = tmp_path / "undated.json"
    case.write_text(json.dumps({k: v for k, v in SCREEN_CASE.items() if k != "referral"}))
    assert run(capsys, "screen", str(case))[0] == 1
    assert run(capsys, "screen", str(case), "--on", "2026-09-01")[0] == 0
    assert run(capsys, "screen", str(case), "--on", "2026-02-30")[0] == 1
    assert run(capsys, "screen", str(screening), "--facility", "kv-nergens")[0] == 1


def test_explain_prints_the_trace(capsys, screening):
    code, out = run(capsys, "explain", str(screening), "--facility", "kv-proef", "--lang", "en")
    assert code == 0
    assert out.startswith("KV Test on 1 September 2026: insufficient information")
    assert "proef.strafrestant (admission requirement, version from 1 January 2022): met" in out


def test_criteria_in_force_and_diff(capsys, screening):
    code, out = run(
        capsys, "criteria", "--facility", "kv-proef", "--on", "2022-06-01", "--format", "json"
    )
    data = json.loads(out)
    assert code == 0
    ids = [c["id"] for c in data["criteria"]]
    assert ids == sorted(ids)
    assert "proef.verslaving" in ids
    code, out = run(
        capsys,
        "criteria",
        "--facility",
        "kv-proef",
        "--on",
        "2021-06-01",
        "--diff",
        "2022-06-01",
        "--format",
        "json",
    )
    diff = json.loads(out)
    assert (diff["added"], diff["removed"], diff["changed"]) == ([], [], ["proef.strafrestant"])
    assert run(capsys, "criteria", "--facility", "kv-nergens")[0] == 1


def test_a_reader_that_stops_early_gets_no_traceback():
    """``kleinschalig synth ... | head -1``: a closed pipe is not an error of the command."""
    # about 1.4 MB of JSON Lines: far more than a pipe holds
    command = [sys.executable, "-m", "kleinschalig.cli", "synth", "--facility", "kv-almelo"]
    with subprocess.Popen(
        [*command, "--n", "500"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.readline().startswith('{"subject_id": "synth-')
        proc.stdout.close()
        stderr = proc.stderr.read()
        assert proc.wait(timeout=60) == 0
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("command", "code", "expected"),
    [
        (["synth", "--n", "1"], "kv-rotterdam", "Bedoelde u kv-rotterdam-hoogvliet?"),
        (["criteria"], "HvH", "Bedoelde u kv-almelo?"),  # an alias of the facility
        (["workflow"], "kv-almleo", "Bedoelde u kv-almelo?"),  # a typo
        (["criteria"], "kvjj", "Bedoelde u kvjj-amsterdam, kvjj-den-haag,"),
        (["synth", "--n", "1"], "zzz", "Geregistreerde voorzieningen: kv-almelo, "),
        (["synth", "--n", "1"], "", "Geregistreerde voorzieningen: kv-almelo, "),
    ],
)
def test_an_unknown_facility_code_is_answered_with_the_codes_it_may_mean(
    capsys, command, code, expected
):
    assert main([*command, "--facility", code]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"Onbekende voorziening: {code}. " in captured.err
    assert expected in captured.err


def test_the_unknown_facility_message_is_translated(tmp_path, capsys):
    path = tmp_path / "cohort.jsonl"
    path.write_text("")
    assert main(["indicators", str(path), "--facility", "kv-almleo", "--lang", "en"]) == 1
    assert "Unknown facility: kv-almleo. Did you mean kv-almelo?" in capsys.readouterr().err
