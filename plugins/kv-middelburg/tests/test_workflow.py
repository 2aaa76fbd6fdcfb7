"""The KVM inflow workflow: its two versions, lead time, pre-scan privacy and feedback."""

import datetime as dt

import attrs
import pytest

from kleinschalig.dates import Duration
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import CaseRecord, Consent, DaytimeActivity, SentenceFacts
from kleinschalig.model.case import ActivityKind
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, feedback_due, replay, timeline, view_for

FLOW = "kv-middelburg.instroom"
#: The facts of the three pre-scan checks, in the order of the plan [001:L2144-2146].
PRESCAN_POLITIE = "kv-middelburg.prescan_politie"
PRESCAN = (
    "kv-middelburg.prescan_om",
    PRESCAN_POLITIE,
    "kv-middelburg.prescan_reclassering_veiligheidshuis",
)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-middelburg", "kleinschalig_kv_middelburg")]
    )
    assert host.errors == ()
    return host.catalogue


def candidate(reporting: dt.date) -> CaseRecord:
    return CaseRecord(
        "fictief-kvm-1",
        "kvm-1",
        facility="kv-middelburg",
        sentence=SentenceFacts(imposed_length=Duration(months=5), reporting_date=reporting),
        daytime_activity=DaytimeActivity(
            ActivityKind.WORK, 32, employer_willing_to_be_checked=True
        ),
        consents=(Consent("werkgever", ("employer_contact",), reporting - dt.timedelta(days=70)),),
        facts=FactValues(dict.fromkeys(PRESCAN, "geen_bezwaar")),
    )


def steps(start: dt.date, advice_by: str):
    names = [
        ("startsignaal", None),
        ("prescan_uitzetten", None),
        ("uitnodigen", None),
        ("advies_vragen", ("toestemmingsverklaring_werkgever",)),
        ("plaatsingsadvies", None),
        ("plaatsingsvoorstel", None),
        ("plaatsen", None),
    ]
    for number, (name, documents) in enumerate(names):
        actor = advice_by if name == "plaatsingsadvies" else None
        yield WorkflowEvent(
            FLOW,
            name,
            start + dt.timedelta(days=3 * number),
            actor=actor,
            documents=documents or (),
        )


def run(catalogue, case, events):
    for event in events:
        case = append_event(case, event, catalogue)
    return case


def test_the_revised_process_runs_to_a_placement_with_feedback_due(catalogue):
    case = run(
        catalogue, candidate(dt.date(2022, 9, 5)), steps(dt.date(2022, 7, 11), "casemanager")
    )
    assert replay(case, FLOW, catalogue).state == "geplaatst"
    owed = {f.recipient for f in feedback_due(case, catalogue)}
    assert owed == {"diz", "om", "politie", "reclassering", "veiligheidshuis"}


def test_in_the_plan_probation_advises_and_the_pi_may_not(catalogue):
    with pytest.raises(ValidationFailed) as exc:
        run(catalogue, candidate(dt.date(2020, 11, 2)), steps(dt.date(2020, 9, 7), "casemanager"))
    assert exc.value.errors[0].code == "workflow.actor"
    case = run(
        catalogue, candidate(dt.date(2020, 11, 2)), steps(dt.date(2020, 9, 7), "reclassering")
    )
    assert replay(case, FLOW, catalogue).state == "geplaatst"


def test_a_reporting_letter_too_late_for_the_pre_scan_is_flagged(catalogue):
    case = candidate(dt.date(2020, 11, 2))
    late = WorkflowEvent(FLOW, "startsignaal", dt.date(2020, 10, 12))  # 3 weeks before
    case = append_event(case, late, catalogue)
    codes = [w.code for w in timeline(case, catalogue, dt.date(2020, 10, 13)).warnings]
    assert "lead_time.below_minimum" in codes


def test_pre_scan_partners_learn_nothing_about_the_case(catalogue):
    case = run(
        catalogue,
        candidate(dt.date(2022, 9, 5)),
        list(steps(dt.date(2022, 7, 11), "casemanager"))[:3],
    )
    for role in ("om", "politie", "reclassering", "veiligheidshuis"):
        assert view_for(case, role, catalogue) == {
            "subject_id": "fictief-kvm-1",
            "case_id": "kvm-1",
        }


def test_screening_needs_the_consent_for_the_employer(catalogue):
    case = attrs.evolve(candidate(dt.date(2022, 9, 5)), consents=())
    with pytest.raises(ValidationFailed) as exc:
        run(catalogue, case, list(steps(dt.date(2022, 7, 11), "casemanager"))[:5])
    assert exc.value.errors[0].code == "workflow.consent_missing"


@pytest.mark.parametrize(
    ("recorded", "invite", "objection"),
    [
        # every partner answered, none objected (the police check not done) [001:L2189]
        (
            {**dict.fromkeys(PRESCAN, "geen_bezwaar"), PRESCAN_POLITIE: "niet_uitgevoerd"},
            None,
            "workflow.guard_failed",
        ),
        # one partner objected: no invitation, the case ends at the pre-scan [001:L2148-2151]
        (
            {**dict.fromkeys(PRESCAN, "geen_bezwaar"), PRESCAN_POLITIE: "bezwaar"},
            "workflow.guard_failed",
            None,
        ),
        # an answer is missing: neither step can be taken yet
        (
            dict.fromkeys(PRESCAN[:2], "geen_bezwaar"),
            "workflow.guard_unknown",
            "workflow.guard_unknown",
        ),
    ],
)
def test_the_pre_scan_outcome_decides_the_next_step(catalogue, recorded, invite, objection):
    start = dt.date(2022, 7, 11)
    case = attrs.evolve(candidate(dt.date(2022, 9, 5)), facts=FactValues(recorded))
    case = run(catalogue, case, list(steps(start, "casemanager"))[:2])
    for transition, expected in (("uitnodigen", invite), ("prescan_bezwaar", objection)):
        event = WorkflowEvent(FLOW, transition, start + dt.timedelta(days=7), actor="casemanager")
        if expected is None:
            append_event(case, event, catalogue)
        else:
            with pytest.raises(ValidationFailed) as exc:
                append_event(case, event, catalogue)
            assert exc.value.errors[0].code == expected
