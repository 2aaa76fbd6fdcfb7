"""Decisions for a reader: every label in the asked language, checked against its schema."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from kleinschalig.codec import load_json
from kleinschalig.errors import UnsupportedLanguage
from kleinschalig.i18n import has_translation, translate
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import DECISION_SCHEMA, Override, decide, decision_to_dict, screen
from tests.screening_fixtures import ProefPlugin, good_case
from tests.test_screening import ON, host_with

CASES = sorted((Path(__file__).resolve().parent.parent / "examples" / "cases").glob("*.json"))
VALIDATOR = jsonschema.Draft202012Validator(
    DECISION_SCHEMA, format_checker=jsonschema.FormatChecker()
)


@pytest.fixture(scope="module")
def catalogue():
    return PluginHost.load(HostConfig.from_env(environ={})).catalogue


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(DECISION_SCHEMA)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_bundled_case_at_every_facility_gives_schema_valid_output(catalogue, path, lang):
    case = load_json(path.read_bytes(), CaseRecord)
    on = case.referral.date if case.referral is not None else dt.date(2021, 6, 1)
    decisions = screen(case, catalogue, on)
    assert decisions
    for decision in decisions:
        for redact in (False, True):
            data = decision.to_dict(lang, catalogue=catalogue, redact=redact)
            errors = sorted(VALIDATOR.iter_errors(data), key=str)
            assert not errors, (decision.facility, [e.message for e in errors[:3]])
            assert json.loads(json.dumps(data)) == data


def test_english_output_carries_the_english_of_every_text(catalogue):
    case = load_json((CASES[0].parent / "kvm-zelfmelder.json").read_bytes(), CaseRecord)
    for decision in screen(case, catalogue, case.referral.date):
        data = decision_to_dict(decision, "en", catalogue=catalogue)
        assert data["lang"] == "en"
        for result, shown in zip(decision.criteria, data["criteria"], strict=True):
            assert has_translation(result.label, "en"), result.criterion
            assert shown["label"] == translate(result.label, "en")
            assert shown["reason"] == translate(result.reason, "en")
            assert shown["outcome"]["code"] == result.outcome.value
            for source, out in zip(result.sources, shown["sources"], strict=True):
                if source.explanation:
                    assert has_translation(source.explanation, "en"), source.citation
                    assert out["explanation"] == translate(source.explanation, "en")
        dutch = decision_to_dict(decision, "nl", catalogue=catalogue)
        assert dutch["criteria"][0]["label"] == decision.criteria[0].label
        assert data["outcome"]["label"] != dutch["outcome"]["label"]


def test_language_tags_are_normalised_and_an_unknown_one_is_refused(catalogue):
    (decision,) = screen(good_case(), catalogue, ON, ["kv-middelburg"])
    assert decision.to_dict("en-US")["lang"] == "en"
    assert decision.to_dict("nl_NL")["lang"] == "nl"
    with pytest.raises(UnsupportedLanguage):
        decision.to_dict("fr")


def test_special_category_inputs_are_marked_and_redacted_on_request():
    proef = host_with(("proef", ProefPlugin())).catalogue
    case = good_case()
    decision = decide(case, proef.facility("kv-proef"), proef, ON)
    inputs = {
        i["path"]: i
        for c in decision.to_dict("en", catalogue=proef)["criteria"]
        for i in c["inputs"]
    }
    addiction = inputs["intake.addiction_problems"]
    assert addiction["data_class"] == "special_category"
    assert addiction["redacted"] is False
    redacted = {
        i["path"]: i
        for c in decision.to_dict("en", catalogue=proef, redact=True)["criteria"]
        for i in c["inputs"]
    }
    assert redacted["intake.addiction_problems"]["value"] == "[special category]"
    assert redacted["intake.addiction_problems"]["redacted"] is True
    assert redacted["intake.escape_risk"]["value"] == inputs["intake.escape_risk"]["value"]


def test_an_overrides_free_text_never_reaches_the_output():
    proef = host_with(("proef", ProefPlugin())).catalogue
    decision = decide(good_case(), proef.facility("kv-proef"), proef, ON)
    weighed = next(r.criterion for r in decision.criteria if r.kind.value != "contra_indication")
    override = Override(weighed, "maatwerk", "casemanager", ON, text="vertrouwelijke toelichting")
    overridden = decide(good_case(), proef.facility("kv-proef"), proef, ON, [override])
    text = json.dumps(overridden.to_dict("en", catalogue=proef))
    assert "vertrouwelijke" not in text
    assert '"reason_code": "maatwerk"' in text


def test_cli_screen_localized_and_its_schema(capsys):
    from kleinschalig.cli import main

    path = str(CASES[0].parent / "kvm-zelfmelder.json")
    argv = ["screen", path, "--facility", "kv-middelburg", "--format", "localized"]
    assert main([*argv, "--lang", "en"]) == 0
    (data,) = json.loads(capsys.readouterr().out)
    assert not list(VALIDATOR.iter_errors(data))
    assert data["lang"] == "en"
    assert main(["schema", "decision-localized"]) == 0
    assert json.loads(capsys.readouterr().out) == DECISION_SCHEMA
    assert main(["schema", "--list"]) == 0
    assert "decision-localized" in capsys.readouterr().out.split()


# --- timelines ------------------------------------------------------------------------


def _timeline_cases(catalogue):
    from kleinschalig.model.events import WorkflowEvent

    events = (
        WorkflowEvent("volwassenen.detentieverloop", "screenen", dt.date(2022, 6, 1)),
        WorkflowEvent("volwassenen.detentieverloop", "plan_opstellen", dt.date(2022, 6, 10)),
    )
    yield good_case(events=events), dt.date(2022, 9, 1)
    for path in CASES:
        case = load_json(path.read_bytes(), CaseRecord)
        yield case, case.referral.date if case.referral is not None else dt.date(2021, 6, 1)


def test_every_timeline_output_is_compact_labelled_and_schema_valid(catalogue):
    from kleinschalig.codec import dump_json
    from kleinschalig.workflows import TIMELINE_SCHEMA, timeline

    validator = jsonschema.Draft202012Validator(
        TIMELINE_SCHEMA, format_checker=jsonschema.FormatChecker()
    )
    jsonschema.Draft202012Validator.check_schema(TIMELINE_SCHEMA)
    seen = 0
    for case, on in _timeline_cases(catalogue):
        result = timeline(case, catalogue, on)
        for lang in ("nl", "en"):
            data = result.to_dict(lang)
            assert not list(validator.iter_errors(data)), case.case_id
            seen += len(data["workflows"])
        english = result.to_dict("en-GB")
        for wt, shown in zip(result.workflows, english["workflows"], strict=True):
            assert shown["label"] == translate(wt.progress.workflow.label, "en")
            assert has_translation(wt.progress.workflow.label, "en")
        if result.workflows:  # no workflow definitions embedded
            assert len(json.dumps(result.to_dict("en"))) < len(dump_json(result)) / 4
    assert seen


def test_cli_timeline_json_is_the_localized_form(capsys, tmp_path):
    from kleinschalig.cli import main
    from kleinschalig.codec import dump_json
    from kleinschalig.model.events import WorkflowEvent
    from kleinschalig.workflows import TIMELINE_SCHEMA

    events = (WorkflowEvent("volwassenen.detentieverloop", "screenen", dt.date(2022, 6, 1)),)
    path = tmp_path / "case.json"
    path.write_text(dump_json(good_case(events=events)), encoding="utf-8")
    argv = ["timeline", str(path), "--on", "2022-09-01", "--format", "json", "--lang", "en"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "kleinschalig.timeline.localized/1"
    assert data["workflows"][0]["state_label"] == "Screened"
    assert main(["schema", "timeline-localized"]) == 0
    assert json.loads(capsys.readouterr().out) == TIMELINE_SCHEMA


# --- indicator reports ------------------------------------------------------------------


@pytest.mark.parametrize("facility", ["kv-almelo", "kv-krimpen", "kvjj-venlo"])
def test_indicator_reports_for_a_reader_match_their_schema(catalogue, facility):
    from kleinschalig.indicators import compute
    from kleinschalig.indicators.schema import REPORT_SCHEMA
    from kleinschalig.synth import synthesize

    validator = jsonschema.Draft202012Validator(
        REPORT_SCHEMA, format_checker=jsonschema.FormatChecker()
    )
    jsonschema.Draft202012Validator.check_schema(REPORT_SCHEMA)
    records = list(synthesize(catalogue, facility, 60, seed=3))
    report = compute(
        records, catalogue.indicators_for(facility), on=dt.date(2023, 12, 31), catalogue=catalogue
    )
    for lang in ("nl", "en", "en-US"):
        data = report.to_dict(lang)
        assert not list(validator.iter_errors(data)), facility
    english = report.to_dict("en")["indicators"]
    dutch = report.to_dict("nl")["indicators"]
    assert english
    for shown, source in zip(english, report.results, strict=True):
        assert shown["label"] == translate(source.indicator.label, "en")
    assert any(e["moment_label"] != d["moment_label"] for e, d in zip(english, dutch, strict=True))
