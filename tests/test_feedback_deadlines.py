"""Lead times and feedback deadlines in working days; feedback that came late."""

import datetime as dt
import json
import textwrap

import pytest

from kleinschalig.codec.converter import load_json
from kleinschalig.dates import Duration
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import SentenceFacts
from kleinschalig.model.case import Referral
from kleinschalig.model.events import FeedbackSent, WorkflowEvent
from kleinschalig.model.workflows import Transition
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, feedback_due, timeline
from kleinschalig.workflows.timeline import WARNING_CODES
from tests.screening_fixtures import good_case
from tests.test_data_plugins import ZWOLLE, errors_of, load_dir, write
from tests.workflow_fixtures import DEADLINES, WorkflowPlugin

D = dt.date
FLOW = "proef.termijnen"
FRIDAY = D(2026, 4, 24)  # Koningsdag on Monday 27 April, Bevrijdingsdag on Tuesday 5 May


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin(workflows=(DEADLINES,)))]
    )
    assert host.errors == ()
    return host.catalogue


def referred(on=FRIDAY, **changes):
    return good_case(referral=Referral(on, by="diz"), **changes)


def run(catalogue, record, *events):
    for e in events:
        record = append_event(record, e, catalogue)
    return record


def step(transition, day):
    return WorkflowEvent(FLOW, transition, day)


def told(recipient, day, about="plaatsen"):
    return FeedbackSent(FLOW, about, recipient, day)


def codes(found):
    return [w.code for w in found.warnings]


# --- lead times in working days -------------------------------------------------------


def test_an_open_step_is_due_on_the_fifth_working_day(catalogue):
    record = referred(facility="kv-proef")  # the facility's workflow, not started yet
    (wt,) = timeline(record, catalogue, D(2026, 5, 4)).workflows
    # 28, 29, 30 April, 1 and 4 May: five calendar days would have ended on 29 April
    assert [(d.transition, d.latest, d.status) for d in wt.due] == [
        ("onderzoeken", D(2026, 5, 4), "open")
    ]
    (late,) = timeline(record, catalogue, D(2026, 5, 5)).workflows
    assert [(d.latest, d.status) for d in late.due] == [(D(2026, 5, 4), "overdue")]
    assert codes(late) == ["deadline.overdue"]


def test_a_step_taken_within_its_working_days_is_not_late(catalogue):
    on_time = run(catalogue, referred(), step("onderzoeken", D(2026, 5, 4)))
    assert "deadline.missed" not in codes(timeline(on_time, catalogue, D(2026, 5, 6)))
    late = run(catalogue, referred(), step("onderzoeken", D(2026, 5, 6)))
    [missed] = [
        w for w in timeline(late, catalogue, D(2026, 5, 6)).warnings if w.code == "deadline.missed"
    ]
    assert missed.params["latest"] == "2026-05-04"


def test_a_selection_time_in_working_days_counts_the_holidays(catalogue):
    # 20 working days from 24 April end on 28 May (five feestdagen on the way); a sentence
    # of one month ends on 24 May. Twenty calendar days would have left ten days.
    short = SentenceFacts(imposed_length=Duration(months=1), start_date=FRIDAY)
    record = run(catalogue, referred(sentence=short), step("onderzoeken", FRIDAY))
    [infeasible] = [
        w
        for w in timeline(record, catalogue, D(2026, 4, 25)).warnings
        if w.code == "trajectory.infeasible"
    ]
    assert infeasible.params == {
        "selection_time": "20wd",
        "effective_days": "0",
        "minimum_stay": "1d",
    }


# --- feedback deadlines ---------------------------------------------------------------

DECIDED = D(2026, 5, 1)
#: Ten working days after 1 May: 4, 6, 7, 8, 11, 12, 13, 15, 18, 19 May (not 5 and 14 May).
DUE = D(2026, 5, 19)


def placed(catalogue, *feedback):
    events = (step("onderzoeken", D(2026, 4, 28)), step("plaatsen", DECIDED), *feedback)
    return run(catalogue, referred(), *events)


def test_feedback_due_carries_its_deadline(catalogue):
    due = feedback_due(placed(catalogue), catalogue)
    assert [(f.about, f.recipient, f.decided_on, f.due_by, f.sent_on) for f in due] == [
        ("plaatsen", "diz", DECIDED, DUE, None),
        ("plaatsen", "reclassering", DECIDED, DUE, None),
    ]
    assert not any(f.late for f in due)


def test_feedback_not_sent_before_its_deadline_is_not_due_yet(catalogue):
    record = placed(catalogue)
    assert not [c for c in codes(timeline(record, catalogue, DUE)) if c.startswith("feedback.")]
    after = timeline(record, catalogue, DUE + dt.timedelta(days=1))
    missing = [w for w in after.warnings if w.code == "feedback.missing"]
    assert [(w.params["recipient"], w.params["latest"]) for w in missing] == [
        ("diz", "2026-05-19"),
        ("reclassering", "2026-05-19"),
    ]


def test_feedback_after_its_deadline_is_late_not_missing(catalogue):
    record = placed(catalogue, told("diz", DUE), told("reclassering", DUE + dt.timedelta(days=1)))
    found = timeline(record, catalogue, D(2026, 6, 30))
    assert codes(found) == ["feedback.late"]
    (late,) = found.warnings
    assert late.params == {
        "about": "plaatsen",
        "recipient": "reclassering",
        "date": "2026-05-20",
        "latest": "2026-05-19",
    }
    assert "2026-05-20" in late.message("en")
    assert "2026-05-19" in late.message("nl")
    assert [f.late for f in found.workflows[0].feedback] == [False, True]


def test_a_deadline_that_cannot_be_worked_out_is_not_judged(catalogue):
    # afwijzen owes feedback within one month: from 31 January there is no 31 February.
    events = (step("onderzoeken", D(2027, 1, 29)), step("afwijzen", D(2027, 1, 31)))
    record = run(catalogue, referred(D(2027, 1, 29)), *events)
    found = timeline(record, catalogue, D(2027, 6, 1))
    assert codes(found) == ["feedback.deadline_unknown"] * 2
    assert {w.params["reason"] for w in found.warnings} == {"date.nonexistent"}
    assert {(f.due_by, f.deadline_problem) for f in found.workflows[0].feedback} == {
        (None, "date.nonexistent")
    }


def test_working_days_outside_the_calendar_are_not_judged(catalogue):
    events = (step("onderzoeken", D(2100, 12, 28)), step("plaatsen", D(2100, 12, 28)))
    record = run(catalogue, referred(D(2100, 12, 27)), *events)
    found = timeline(record, catalogue, D(2100, 12, 31))
    assert {
        w.params["reason"] for w in found.warnings if w.code == "feedback.deadline_unknown"
    } == {"date.out_of_range"}
    assert "feedback.missing" not in codes(found)


def test_the_timeline_json_shows_the_deadline(catalogue):
    doc = timeline(placed(catalogue), catalogue, DUE).to_dict("en")
    assert [f["due_by"] for f in doc["workflows"][0]["feedback"]] == ["2026-05-19"] * 2


def test_every_feedback_code_has_a_message():
    assert {"feedback.missing", "feedback.late", "feedback.deadline_unknown"} <= set(WARNING_CODES)


# --- the data form --------------------------------------------------------------------


def test_a_feedback_deadline_needs_a_feedback_decision():
    doc = {
        "id": "besluiten",
        "source": "a",
        "target": "b",
        "label": "Besluiten",
        "sources": [{"kind": "document", "document": "001", "first_line": 1, "last_line": 1}],
        "feedback_deadline": {
            "within": "10wd",
            "sources": [{"kind": "document", "document": "001", "first_line": 1, "last_line": 1}],
        },
    }
    with pytest.raises(ValidationFailed) as info:
        load_json(json.dumps(doc), Transition)
    assert [(e.code, e.path) for e in info.value.errors] == [
        ("value.not_allowed", "/feedback_deadline")
    ]
    loaded = load_json(json.dumps({**doc, "feedback": True}), Transition)
    assert loaded.feedback_deadline.within == Duration(working_days=10)


WORKFLOW_YAML = textwrap.dedent(
    """\
    workflows:
      - code: kv-zwolle.instroom
        label: {nl: Instroom Zwolle, en: Inflow Zwolle}
        jurisdiction: adult
        scope: {facilities: [kv-zwolle]}
        versions:
          - sources: ["voorbeeld:L7"]
            selection_time: 15wd
            states:
              - code: aangemeld
                label: {nl: Aangemeld Zwolle, en: Referred Zwolle}
                sources: ["voorbeeld:L7"]
                initial: true
              - code: geplaatst
                label: {nl: Geplaatst Zwolle, en: Placed Zwolle}
                sources: ["voorbeeld:L7"]
                final: true
            transitions:
              - id: plaatsen
                source: aangemeld
                target: geplaatst
                label: {nl: Plaatsen Zwolle, en: Place Zwolle}
                sources: ["voorbeeld:L7"]
                timing: {anchor: referral.date, relation: after, maximum: MAXIMUM}
                feedback: true
                feedback_deadline: {within: 10wd, sources: ["voorbeeld:L7"]}
    """
)


def test_a_data_plugin_writes_working_days_as_5wd(tmp_path):
    import jsonschema

    from kleinschalig.plugins.data._yaml import read_yaml
    from kleinschalig.plugins.data.schema import plugin_schema

    text = ZWOLLE + WORKFLOW_YAML.replace("MAXIMUM", "5wd")
    write(tmp_path, text)
    host = load_dir(tmp_path)
    assert host.errors == ()
    version = host.catalogue.workflow("kv-zwolle.instroom").versions[0]
    transition = version.transition("plaatsen")
    assert transition.timing.maximum == Duration(working_days=5)
    assert transition.feedback_deadline.within == Duration(working_days=10)
    assert version.selection_time == Duration(working_days=15)
    validator = jsonschema.Draft202012Validator(plugin_schema())
    assert list(validator.iter_errors(read_yaml(text)[0].value)) == []


def test_a_data_plugin_mixing_working_days_is_told_where(tmp_path):
    import jsonschema

    from kleinschalig.plugins.data._yaml import read_yaml
    from kleinschalig.plugins.data.schema import plugin_schema

    text = ZWOLLE + WORKFLOW_YAML.replace("MAXIMUM", "1m5wd")
    [line] = [x for x in errors_of(tmp_path, text) if "duration.invalid" in x]
    assert "/workflows/0/versions/0/transitions/0/timing/maximum" in line
    validator = jsonschema.Draft202012Validator(plugin_schema())
    assert list(validator.iter_errors(read_yaml(text)[0].value))


def test_an_exported_data_plugin_keeps_its_working_days(tmp_path, monkeypatch):
    from kleinschalig.cli import main
    from kleinschalig.plugins.data.export import digests

    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    source = tmp_path / "in"
    source.mkdir()
    write(source, ZWOLLE + WORKFLOW_YAML.replace("MAXIMUM", "5wd"))
    out = tmp_path / "out" / "kv-zwolle.yaml"
    out.parent.mkdir()
    assert main(["--plugin-dir", str(source), "export-plugin", "kv-zwolle", "-o", str(out)]) == 0
    written = out.read_text("utf-8")
    assert "5wd" in written
    assert "10wd" in written
    before = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(source,)))
    after = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(out.parent,)))
    assert digests(after.catalogue, "kv-zwolle") == digests(before.catalogue, "kv-zwolle")
