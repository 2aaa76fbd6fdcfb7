"""No traceback for bad input: strict JSON, limits, dates out of range, JSON Lines (issue 16)."""

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from kleinschalig.cli import main
from kleinschalig.codec import dump_json, load_json
from kleinschalig.codec.strict import DEFAULT_LIMITS, Limits
from kleinschalig.dates import DateArithmeticError, Duration, add, subtract
from kleinschalig.errors import ValidationFailed
from kleinschalig.model.case import CaseRecord

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cases" / "zelfmelder-werkend.json"
BASE = '{"subject_id": "p-1", "case_id": "c-1"'


def codes(text, model=CaseRecord, **kwargs):
    with pytest.raises(ValidationFailed) as info:
        load_json(text, model, **kwargs)
    return [(e.code, e.path) for e in info.value.errors]


# (1) no traceback at the parser


def test_deep_nesting_is_a_structured_error():
    assert codes("[" * 10_000 + "]" * 10_000) == [("json.too_deep", "")]
    assert codes(BASE + ', "facts": ' + "[" * 100 + "]" * 100 + "}") == [
        ("json.too_deep", "/facts" + "/0" * 63)
    ]


def test_huge_integer_is_a_structured_error():
    doc = BASE + ', "daytime_activity": {"kind": "work", "hours_per_week": ' + "9" * 5000 + "}}"
    assert codes(doc) == [("json.number_too_large", "/daytime_activity/hours_per_week")]
    assert codes("9" * 5000, int) == [("json.number_too_large", "")]


def test_cli_validate_and_screen_report_huge_integers(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(BASE + ', "x": ' + "9" * 5000 + "}")
    assert main(["validate", str(path), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["errors"][0]["code"] == "json.number_too_large"
    assert main(["screen", str(path), "--format", "json", "--on", "2024-01-01"]) == 1
    assert json.loads(capsys.readouterr().out)["errors"][0]["code"] == "json.number_too_large"


# (2) strict JSON


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused(constant):
    doc = BASE + ', "daytime_activity": {"kind": "work", "hours_per_week": ' + constant + "}}"
    assert codes(doc) == [("json.non_finite", "/daytime_activity/hours_per_week")]


def test_duplicate_keys_are_refused_at_the_second_occurrence():
    doc = '{"subject_id": "123456782", "case_id": "c", "subject_id": "p-1"}'
    assert codes(doc) == [("json.duplicate_key", "/subject_id")]
    nested = BASE + ', "referral": {"date": "2024-01-01", "date": "2024-01-02"}}'
    assert codes(nested) == [("json.duplicate_key", "/referral/date")]


def test_lone_surrogates_are_refused():
    assert codes(BASE + ', "notes": "a\\ud800b"}') == [("json.surrogate", "/notes")]
    assert codes('{"subject_id": "p-1", "case_id": "c-1", "\\udfff": 1}') == [
        ("json.surrogate", "")
    ]
    # a proper pair is a character, not a surrogate
    assert load_json(BASE + ', "notes": "\\ud83d\\ude00"}', CaseRecord).notes == "\U0001f600"
    assert codes('{"subject_id": "p-1", "case_id": "c-1", "notes": "\ud800"}') == [
        ("json.surrogate", "/notes")
    ]


def test_dump_json_never_writes_nan_or_lone_surrogates():
    case = load_json(BASE + "}", CaseRecord)
    import attrs

    with pytest.raises(ValidationFailed) as info:
        dump_json(attrs.evolve(case, notes="a\ud800"))
    assert [(e.code, e.path) for e in info.value.errors] == [("json.surrogate", "/notes")]
    activity = load_json(
        BASE + ', "daytime_activity": {"kind": "work", "hours_per_week": 3.5}}', CaseRecord
    ).daytime_activity
    bad = attrs.evolve(case, daytime_activity=attrs.evolve(activity, hours_per_week=float("nan")))
    with pytest.raises(ValidationFailed) as info:
        dump_json(bad)
    assert [(e.code, e.path) for e in info.value.errors] == [
        ("json.non_finite", "/daytime_activity/hours_per_week")
    ]


# (3) limits


def test_limits_have_documented_defaults_and_can_be_passed():
    assert Limits() == DEFAULT_LIMITS
    assert (Limits().max_depth, Limits().max_bytes, Limits().max_list) == (64, 16 * 2**20, 10_000)
    assert (Limits().max_text, Limits().max_notes, Limits().max_unknown_keys) == (
        2_000,
        10_000,
        100,
    )
    assert codes(BASE + "}", limits=Limits(max_bytes=10)) == [("json.too_large", "")]
    assert codes(BASE + ', "legal_titles": [1, 2, 3, 4]}', limits=Limits(max_list=3)) == [
        ("list.too_long", "/legal_titles")
    ]


def test_limits_are_set_from_the_environment_then_the_command_line():
    limits = Limits.from_env({"KLEINSCHALIG_LIMITS": "max_depth=8, max_list=50"}, ["max_list=5"])
    assert (limits.max_depth, limits.max_list, limits.max_text) == (8, 5, DEFAULT_LIMITS.max_text)
    assert Limits.from_env({}) == DEFAULT_LIMITS
    with pytest.raises(ValidationFailed) as caught:
        Limits.from_env({"KLEINSCHALIG_LIMITS": "max_dept=3,max_list=0"}, ["max_text", "x=1"])
    assert {(e.code, e.path) for e in caught.value.errors} == {
        ("limit.unknown", "/KLEINSCHALIG_LIMITS/max_dept"),
        ("limit.invalid", "/KLEINSCHALIG_LIMITS/max_list"),
        ("limit.invalid", "/--limit/max_text"),
        ("limit.unknown", "/--limit/x"),
    }


@pytest.mark.parametrize("value", ["0", "-3", "1.5", "1e3", "", "many"])
def test_a_limit_is_a_whole_number_of_at_least_one(value):
    with pytest.raises(ValidationFailed) as caught:
        DEFAULT_LIMITS.updated([f"max_depth={value}"])
    assert [(e.code, e.path) for e in caught.value.errors] == [("limit.invalid", "/max_depth")]


def test_cli_limits_apply_to_every_reading_command(tmp_path, capsys, monkeypatch):
    case = tmp_path / "case.json"
    case.write_text(BASE + ', "legal_titles": [{}, {}, {}, {}]}', encoding="utf-8")
    cohort = _cohort(tmp_path, [_record(1), _record(2)])
    for argv in (
        ["validate", "--format", "json", str(case)],
        ["screen", "--on", "2026-01-01", "--format", "json", str(case)],
        ["timeline", "--on", "2026-01-01", "--format", "json", str(case)],
    ):
        assert main(["--limit", "max_list=3", *argv]) == 1, argv
        errors = json.loads(capsys.readouterr().out)["errors"]
        assert {e["code"] for e in errors} >= {"list.too_long"}, argv
    assert (
        main(["indicators", str(cohort), *ARGS, "--format", "json", "--limit", "max_bytes=10"]) == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert {line["errors"][0]["code"] for line in data["invalid_lines"]} == {"json.too_large"}
    monkeypatch.setenv("KLEINSCHALIG_LIMITS", "max_list=1")
    assert main(["validate", "--format", "json", str(case)]) == 1
    capsys.readouterr()


def test_cli_reports_a_bad_limit_as_structured_errors_with_exit_2(tmp_path, capsys, monkeypatch):
    case = tmp_path / "case.json"
    case.write_text(BASE + "}", encoding="utf-8")
    monkeypatch.setenv("KLEINSCHALIG_LIMITS", "max_dept=3")
    assert main(["validate", "--lang", "en", str(case)]) == 2
    err = capsys.readouterr().err
    assert "Invalid limits:" in err
    assert "/KLEINSCHALIG_LIMITS/max_dept: Unknown limit; choose from: max_bytes" in err
    assert "[limit.unknown]" in err
    assert "Traceback" not in err


def test_string_length_per_field_kind():
    note = "x" * 10_000
    assert load_json(BASE + f', "notes": "{note}"' + "}", CaseRecord).notes == note
    assert codes(BASE + f', "notes": "{note}x"' + "}") == [("text.too_long", "/notes")]
    other = "x" * 2_001
    assert codes(f'{{"subject_id": "{other}", "case_id": "c"}}') == [
        ("text.too_long", "/subject_id")
    ]
    assert codes(BASE + ', "notes": "' + "x" * 10 * 2**20 + '"}') == [("text.too_long", "/notes")]


def test_million_legal_titles_refused_quickly():
    titles = ", ".join(['{"title": "gevangenisstraf"}'] * 1_000_000)
    doc = BASE + ', "legal_titles": [' + titles + "]}"
    started = time.perf_counter()
    found = codes(doc, limits=Limits(max_bytes=64 * 2**20))
    assert found == [("list.too_long", "/legal_titles")]
    assert codes(doc) == [("json.too_large", "")]
    assert time.perf_counter() - started < 5


def test_unknown_keys_reported_up_to_a_limit_quickly():
    data = {"subject_id": "p-1", "case_id": "c-1"} | {f"k{i:06}": 1 for i in range(5_000)}
    started = time.perf_counter()
    found = codes(json.dumps(data))
    assert len(found) == 101
    assert found[0] == ("field.unknown_more", "")
    assert all(code == "field.unknown" for code, _ in found[1:])
    data |= {f"k{i:06}": 1 for i in range(100_000)}
    assert codes(json.dumps(data)) == [("object.too_large", "")]
    assert time.perf_counter() - started < 3


# (4) dates out of range


def test_date_arithmetic_out_of_range_is_structured():
    for call in (
        lambda: add(dt.date(9999, 12, 1), Duration(months=1)),
        lambda: add(dt.date(9999, 12, 31), Duration(days=1)),
        lambda: add(dt.date(2024, 1, 1), Duration(years=9000)),
        lambda: subtract(dt.date(1, 1, 1), Duration(days=1)),
        lambda: add(dt.date(2024, 1, 1), Duration(years=10**30)),
    ):
        with pytest.raises(DateArithmeticError) as info:
            call()
        assert info.value.detail.code == "date.out_of_range"


def test_cli_screen_and_vi_dates_out_of_range(tmp_path, capsys):
    assert main(["screen", str(EXAMPLE), "--on", "9999-12-31", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    long = tmp_path / "long.json"
    long.write_text(EXAMPLE.read_text().replace('"5m"', '"9000y"'))
    assert main(["screen", str(long), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    vi = ["vi", "--start", "2024-01-01", "--length", "9000y", "--judgment-date", "2023-12-01"]
    assert main([*vi, "--format", "json"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [(e["code"], e["path"]) for e in errors] == [("date.out_of_range", "/length")]


# (5) JSON Lines


def _cohort(tmp_path, lines: list[bytes]) -> Path:
    path = tmp_path / "cohort.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _record(n: int) -> bytes:
    return json.dumps(
        {"subject_id": f"p-{n}", "case_id": f"c-{n}", "facility": "kv-middelburg"}
    ).encode()


ARGS = ["--facility", "kv-middelburg", "--on", "2024-01-01"]


def test_jsonl_bad_byte_is_reported_by_line_and_reading_goes_on(tmp_path, capsys):
    path = _cohort(
        tmp_path,
        [
            _record(1),
            b'{"subject_id": "\xff"}',
            b"not json",
            _record(2).replace(b"p-2", b"p\r-2"),
            _record(3),
        ],
    )
    assert main(["indicators", str(path), *ARGS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(e["line"], e["errors"][0]["code"]) for e in data["invalid_lines"]] == [
        (2, "json.encoding"),
        (3, "json.syntax"),
        (4, "json.syntax"),  # a raw carriage return in a string
    ]
    assert data["totals"] == {"read": 5, "valid": 2, "invalid": 3, "duplicates": 0}


def test_jsonl_duplicates_are_counted_and_kept_once(tmp_path, capsys):
    path = _cohort(tmp_path, [_record(1)] * 100 + [_record(2)])
    assert main(["indicators", str(path), *ARGS, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["totals"] == {"read": 101, "valid": 2, "invalid": 0, "duplicates": 99}
    assert data["duplicate_lines"][:2] == [
        {"line": 2, "first_line": 1},
        {"line": 3, "first_line": 1},
    ]
    assert data["records"] == 2
    assert "99" in err
    assert main(["indicators", str(path), *ARGS, "--format", "table", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "101 lines read: 2 valid, 0 invalid, 99 duplicates" in out


def test_jsonl_csv_lists_every_bad_line_with_totals(tmp_path, capsys):
    path = _cohort(tmp_path, [_record(1)] + [b"{}"] * 30)
    assert main(["indicators", str(path), *ARGS, "--format", "csv", "--lang", "en"]) == 0
    _out, err = capsys.readouterr()
    assert ", ".join(str(n) for n in range(2, 32)) in err
    assert "31 lines read: 1 valid, 30 invalid, 0 duplicates" in err


def test_jsonl_without_valid_line_exits_1(tmp_path, capsys):
    path = _cohort(tmp_path, [b"{}", b"\xff"])
    for fmt in ("table", "csv", "json"):
        assert main(["indicators", str(path), *ARGS, "--format", fmt]) == 1
    capsys.readouterr()


# (6) receipts


def test_screen_receipt_with_lone_surrogate_is_refused(tmp_path, capsys):
    path = tmp_path / "case.json"
    data = json.loads(EXAMPLE.read_text())
    data["notes"] = "\ud800"
    path.write_text(json.dumps(data))
    assert main(["screen", str(path), "--format", "receipt"]) == 1
    assert "[json.surrogate]" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc", "model", "path"),
    [
        (b'{"fact": "intake.motivated", "cmp": "eq", "value": true}', "condition", "/op"),
        (b'{"document": "001", "first_line": 1, "last_line": 2}', "source", "/kind"),
    ],
)
def test_a_missing_union_tag_is_reported_as_missing(doc, model, path):
    from kleinschalig.codec.models import MODELS

    with pytest.raises(ValidationFailed) as failure:
        load_json(doc, MODELS[model])
    assert [(e.code, e.path) for e in failure.value.errors] == [("field.missing", path)]


def test_indicators_refuses_a_repeated_facility_instead_of_keeping_the_last(tmp_path, capsys):
    """Repeating --facility silently kept only the last one (issue 19, researchers item 4)."""
    path = _cohort(tmp_path, [_record(1)])
    argv = ["indicators", str(path), "--on", "2024-01-01", "--lang", "en"]
    assert main([*argv, "--facility", "kv-middelburg", "--facility", "kv-almelo"]) == 2
    err = capsys.readouterr().err
    assert "--facility was given more than once (kv-middelburg, kv-almelo)" in err
    assert main([*argv, "--facility", "kv-middelburg", "--facility", "kv-middelburg"]) == 0
    capsys.readouterr()
