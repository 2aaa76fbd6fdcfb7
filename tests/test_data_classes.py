"""Data classes of case-record fields: ordinary, identifying or special category (health).

Every field has one; special-category values never appear in ``repr`` or errors;
``explain --redact``, :func:`redact_decision` and redacted receipts replace them.
"""

import datetime as dt
import json
import typing

import attrs
import pytest

from kleinschalig._fields import DATA_CLASS, NESTED, data_class_of
from kleinschalig.errors import KleinschaligError
from kleinschalig.model import CaseRecord, IntakeFacts, Severity
from kleinschalig.model.basisvoorwaarden import BasisvoorwaardenMeasurement, MeasurementMoment
from kleinschalig.model.case import LifeDomainScores, Residence
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.facts import data_class
from kleinschalig.screening import decide, explain, receipt, verify_receipt
from kleinschalig.screening.redact import (
    REDACTED_SPECIAL,
    redact_decision,
    redact_receipt,
)
from tests.screening_fixtures import ProefPlugin, good_case
from tests.test_screening import ON, host_with

SPECIAL = Sensitivity.SPECIAL_CATEGORY
IDENTIFYING = Sensitivity.IDENTIFYING
ORDINARY = Sensitivity.ORDINARY


def _records(tp):
    """The attrs classes a field of type ``tp`` holds (through optionals, tuples, unions)."""
    if isinstance(tp, type) and attrs.has(tp):
        return [] if tp.__name__ == "Duration" else [tp]  # a length is a value
    return [r for arg in typing.get_args(tp) for r in _records(arg)]


def _walk(cls, prefix="", seen=None):
    seen = set() if seen is None else seen
    if cls in seen:
        return
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        yield prefix + field.name, cls, field
        if field.metadata.get(DATA_CLASS) == NESTED:
            for nested in _records(hints[field.name]):
                if nested.__name__ != "FactValues":  # declared facts: the catalogue
                    yield from _walk(nested, prefix + field.name + ".", seen)


def test_every_field_of_the_case_record_has_a_data_class():
    fields = list(_walk(CaseRecord))
    assert len(fields) > 100
    missing = [path for path, _cls, f in fields if f.metadata.get(DATA_CLASS) is None]
    assert missing == []
    # a nested field holds records; every other field has one of the three classes
    for path, cls, field in fields:
        value = field.metadata[DATA_CLASS]
        hint = typing.get_type_hints(cls)[field.name]
        assert (value == NESTED) == bool(_records(hint)), path
        if value != NESTED:
            assert Sensitivity(value) is data_class_of(field), path


def test_the_json_schema_states_every_fields_data_class():
    from kleinschalig.codec.schema import json_schema

    definitions = json_schema(CaseRecord)["$defs"]
    for path, cls, field in _walk(CaseRecord):
        prop = definitions[cls.__name__]["properties"][field.name]
        value = field.metadata[DATA_CLASS]
        if value == NESTED:
            assert "x-sensitivity" not in prop, path
        else:
            assert prop["x-sensitivity"] == value, path


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("intake.suicidality", SPECIAL),
        ("intake.psychiatric_problems", SPECIAL),
        ("intake.addiction_problems", SPECIAL),
        ("intake.intellectual_disability", SPECIAL),
        ("intake.care_problems", SPECIAL),
        ("intake.clinical_care_needed", SPECIAL),
        ("basisvoorwaarden.care_need", SPECIAL),
        ("life_domains.substance_use", SPECIAL),
        ("life_domains.psychological_wellbeing", SPECIAL),
        ("notes", SPECIAL),
        ("subject_id", IDENTIFYING),
        ("case_id", IDENTIFYING),
        ("birth_date", IDENTIFYING),
        ("residence.municipality", IDENTIFYING),
        ("residence", IDENTIFYING),
        ("intake.escape_risk", ORDINARY),
        ("sentence.remaining", ORDINARY),  # computed for the trace
        ("sentence.imposed_length", ORDINARY),
        ("intake", SPECIAL),  # a record is as sensitive as the most sensitive thing in it
        ("placement", ORDINARY),
        ("no.such.path", SPECIAL),  # unknown: handled as the most sensitive
    ],
)
def test_data_class_of_core_paths(path, expected):
    assert data_class(path) is expected


def test_data_class_of_declared_facts_comes_from_the_catalogue():
    catalogue = host_with(("proef", ProefPlugin())).catalogue
    assert (
        data_class("core.age_at_intake", catalogue)
        is catalogue.fact("core.age_at_intake").sensitivity
    )
    assert data_class("core.age_at_intake") is SPECIAL  # no catalogue: fail safe


def test_sensitive_fields_are_identifying_or_special():
    for path, _cls, field in _walk(CaseRecord):
        if field.metadata.get("kleinschalig.sensitive"):
            assert data_class(path) is not ORDINARY, path


def test_special_category_values_never_appear_in_repr():
    intake = IntakeFacts(
        suicidality=True,
        psychiatric_problems=Severity.SEVERE,
        addiction_problems=Severity.PRESENT,
        intellectual_disability=True,
        escape_risk=False,
    )
    text = repr(intake)
    assert "SEVERE" not in text
    assert "severe" not in text
    assert "PRESENT" not in text
    assert "suicidality=<special category>" in text
    assert "escape_risk=False" in text
    scores = repr(LifeDomainScores(MeasurementMoment.T0, substance_use=-2, housing=1))
    assert "substance_use=<special category>" in scores
    assert "housing=1" in scores
    bv = repr(BasisvoorwaardenMeasurement(MeasurementMoment.T0, care_need=True))
    assert "care_need=<special category>" in bv
    case = CaseRecord("p-1", "c-1", intake=intake, residence=Residence("Krimpen"), notes="x" * 5)
    assert "Krimpen" not in repr(case)
    assert "xxxxx" not in repr(case)
    assert "SEVERE" not in repr(case)
    assert "p-1" in repr(case)


def test_a_validation_error_on_a_special_category_field_shows_no_value():
    from kleinschalig.codec import load_json

    data = {"subject_id": "p-1", "case_id": "c-1", "intake": {"psychiatric_problems": "zwaar-xq"}}
    with pytest.raises(KleinschaligError) as caught:
        load_json(json.dumps(data), CaseRecord)
    detail = caught.value
    for text in (str(detail), repr(detail)):
        assert "zwaar-xq" not in text
    for error in getattr(detail, "errors", ()):
        for lang in ("nl", "en"):
            assert "zwaar-xq" not in json.dumps(error.to_dict(lang))


@pytest.fixture(scope="module")
def proef():
    return host_with(("proef", ProefPlugin())).catalogue


def _decision(catalogue, **changes):
    case = good_case(**changes)
    return case, decide(case, catalogue.facility("kv-proef"), catalogue, ON)


def test_explain_shows_special_values_to_the_professional_and_redacts_them_on_request(proef):
    _case, decision = _decision(proef)
    paths = {i.path for r in decision.criteria for i in r.inputs}
    assert "intake.addiction_problems" in paths
    full = explain(decision, "en", catalogue=proef)
    assert "intake.addiction_problems = none [special category]" in full
    redacted = explain(decision, "en", catalogue=proef, redact=True)
    assert "intake.addiction_problems = [special category]" in redacted
    assert "intake.escape_risk = True" in redacted
    nl = explain(decision, "nl", catalogue=proef, redact=True)
    assert "intake.addiction_problems = [bijzonder persoonsgegeven]" in nl


def test_redact_decision_replaces_special_and_identifying_inputs(proef):
    _case, decision = _decision(proef)
    redacted = redact_decision(decision, proef)
    values = {i.path: i.value for r in redacted.criteria for i in r.inputs}
    assert values["intake.addiction_problems"] == REDACTED_SPECIAL
    assert values["intake.escape_risk"] == "True"
    assert redacted.outcome == decision.outcome
    assert redacted.digest == decision.digest


def test_a_redacted_receipt_says_so_and_verify_notes_it_without_tampering(proef):
    from kleinschalig.codec.converter import unstructure
    from kleinschalig.screening import DecisionRecord

    case, decision = _decision(
        proef,
        intake=IntakeFacts(addiction_problems=Severity.SEVERE, suicidality=True),
        birth_date=dt.date(1990, 5, 17),
    )
    sealed = unstructure(receipt(decision, case, {"proef": None}, proef, key=None), DecisionRecord)
    data = redact_receipt(sealed, proef)
    text = json.dumps(data)
    assert data["redacted"] is True
    assert "1990" not in text
    assert "severe" not in text
    assert "fictief-1" not in text
    assert data["case"]["intake"]["suicidality"] == {"redacted": "special_category"}
    assert "/case/intake/suicidality" in data["redacted_paths"]
    assert data["receipt_digest"] == sealed["receipt_digest"]
    report = verify_receipt(data, key=None)
    assert report.ok
    assert report.findings == ()
    assert [n.code for n in report.notes] == ["receipt.redacted"]
    # a redacted receipt whose kept parts were edited is still caught
    data["decision"]["outcome"] = "eligible" if decision.outcome != "eligible" else "excluded"
    edited = verify_receipt(data, key=None)
    assert not edited.ok
    assert "/decision/outcome" in [f.path for f in edited.findings]


@pytest.fixture
def screening_case(tmp_path, monkeypatch):
    from tests.test_cli import SCREEN_CASE, SCREEN_PLUGIN

    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    monkeypatch.setenv("KLEINSCHALIG_PLUGIN_DIR", str(tmp_path))
    (tmp_path / "proef.py").write_text(SCREEN_PLUGIN)
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**SCREEN_CASE, "birth_date": "1990-05-17"}))
    return case


def test_cli_explain_redact(capsys, screening_case):
    from tests.test_cli import run

    args = ("explain", str(screening_case), "--facility", "kv-proef", "--lang", "en")
    code, out = run(capsys, *args)
    assert code == 0
    assert "intake.addiction_problems = none [special category]" in out
    code, out = run(capsys, *args, "--redact")
    assert code == 0
    assert "intake.addiction_problems = [special category]" in out
    assert "= none" not in out


def test_cli_screen_receipt_redact_and_verify(capsys, screening_case, tmp_path):
    from tests.test_cli import run

    code, out = run(
        capsys,
        "screen",
        str(screening_case),
        "--facility",
        "kv-proef",
        "--format",
        "receipt",
        "--redact",
    )
    assert code == 0
    [data] = json.loads(out)
    assert data["redacted"] is True
    assert "1990" not in out
    assert "fictief-1" not in out
    assert data["case"]["intake"]["addiction_problems"] == {"redacted": "special_category"}
    (tmp_path / "redacted.json").write_text(out)
    code, verified = run(capsys, "verify", str(tmp_path / "redacted.json"), "--lang", "en")
    assert code == 0
    assert "redacted receipt" in verified
    code, out = run(
        capsys,
        "screen",
        str(screening_case),
        "--facility",
        "kv-proef",
        "--format",
        "json",
        "--redact",
    )
    assert code == 0
    inputs = {
        i["path"]: i["value"] for c in json.loads(out)[0]["criteria"] for i in c.get("inputs", ())
    }
    assert inputs["intake.addiction_problems"] == REDACTED_SPECIAL


def test_core_special_category_fields_are_never_shared_in_an_information_flow():
    from kleinschalig.model.fact_shapes import fact_shape

    assert fact_shape("intake.suicidality").special
    assert not fact_shape("intake.escape_risk").special
    assert not fact_shape("residence.municipality").special
