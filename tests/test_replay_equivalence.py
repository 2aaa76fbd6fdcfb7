"""The replay and the feedback owed equal the reference kept in ``replay_reference.py``.

Same progress (the very event and transition objects), same errors with the same
codes, paths, parameters and order, same feedback in the same order: on random logs
of the fictional workflow with every kind of mistake, and on synthetic cohorts of
every installed facility, as generated and with one event tampered with.
"""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinschalig.errors import ValidationFailed
from kleinschalig.model import Consent, Referral
from kleinschalig.model.events import FeedbackSent, WorkflowEvent
from kleinschalig.model.workflows import WorkflowVersion
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.synth import synthesize
from kleinschalig.workflows import append_event, feedback_due, replay_all
from kleinschalig.workflows.replay import _replay
from kleinschalig.workflows.timeline import _feedback
from tests.replay_reference import reference_feedback, reference_replay
from tests.screening_fixtures import good_case
from tests.workflow_fixtures import INFLOW, WorkflowPlugin

# A second workflow: no version before 2024 (``workflow.no_version``), and a version in
# which screening is a decision, so ``screenen`` is feedback-worthy in the other one too.
LATER = attrs.evolve(
    INFLOW,
    code="proef.later",
    versions=(
        attrs.evolve(
            INFLOW.versions[0],
            valid_from=dt.date(2024, 1, 1),
            valid_until=dt.date(2025, 12, 31),
            transitions=tuple(
                attrs.evolve(t, feedback=True) if t.id == "screenen" else t
                for t in INFLOW.versions[0].transitions
            ),
        ),
        attrs.evolve(INFLOW.versions[1], valid_from=dt.date(2026, 1, 1)),
    ),
)
WORKFLOWS = (INFLOW.code, LATER.code, "proef.bestaat_niet")
TRANSITIONS = [*sorted({t.id for t in INFLOW.versions[0].transitions}), "bestaat_niet"]
ROLES = ("casemanager", "reclassering", "pi_directie", "diz", "om", "politie", "gemeente")
RECIPIENTS = (*ROLES, "bestaat_niet")
ABOUT = ("plaatsen", "afwijzen", "screenen", "bestaat_niet")
DOCUMENTS = ((), ("toestemmingsformulier",), ("ander_document",))
EMPLOYER = Consent("werkgever", ("employer_contact",), dt.date(2023, 1, 1))
CONSENTS = (  # the consent screening needs, twice as likely as each way to lack it
    (EMPLOYER,),
    (EMPLOYER,),
    (),
    (Consent("werkgever", ("employer_contact",), dt.date(2023, 1, 1), dt.date(2026, 10, 1)),),
    (Consent("gemeente", ("nazorg",), dt.date(2023, 1, 1)),),
)


@pytest.fixture(scope="module")
def proef():
    plugin = WorkflowPlugin(workflows=(INFLOW, LATER))
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", plugin)])
    assert host.errors == ()
    return host.catalogue


@pytest.fixture(scope="module")
def installed():
    return PluginHost.load(HostConfig()).catalogue


def _errors(errors):
    return [(e.code, e.path, dict(e.params)) for e in errors]


def _steps(progress):
    return [(s.index, id(s.event), id(s.transition)) for s in progress.steps]


def assert_same_replay(case, catalogue):
    """The replay equals the reference, field by field; so does the feedback owed."""
    progress, errors = _replay(case, case.events, catalogue)
    expected, expected_errors = reference_replay(case, catalogue)
    assert _errors(errors) == _errors(expected_errors)
    assert list(progress) == list(expected)
    for code, got in progress.items():
        want = expected[code]
        assert got.workflow is want.workflow
        assert got.version is want.version
        assert got.state == want.state
        assert _steps(got) == _steps(want)
        assert got == want
        assert _feedback(got, case) == reference_feedback(want, case)
    if expected_errors:
        with pytest.raises(ValidationFailed) as exc:
            feedback_due(case, catalogue)
        assert _errors(exc.value.errors) == _errors(ValidationFailed(expected_errors).errors)
    else:
        assert replay_all(case, catalogue) == expected
        assert feedback_due(case, catalogue) == [
            f for p in expected.values() for f in reference_feedback(p, case)
        ]
    return expected_errors


def _slipper(draw):
    """Whether a part of an event goes wrong: never, or one time in four or in twelve."""
    odds = draw(st.sampled_from([0, 4, 12]))
    return lambda draw: odds > 0 and draw(st.integers(1, odds)) == 1


@st.composite
def logs(draw):
    """A log that mostly follows the workflows, with every kind of mistake now and then."""
    slip = _slipper(draw)
    versions: dict[str, WorkflowVersion] = {}
    states = dict.fromkeys(WORKFLOWS, INFLOW.versions[1].initial_state.code)
    decided: dict[str, list[str]] = {code: [] for code in WORKFLOWS}
    day = dt.date(draw(st.sampled_from([2023, 2024, 2025, 2026, 2026])), 9, 1)
    events = []
    for _ in range(draw(st.integers(0, 12))):
        code = draw(st.sampled_from(WORKFLOWS if slip(draw) else WORKFLOWS[:2]))
        day += dt.timedelta(days=draw(st.integers(-3, -1) if slip(draw) else st.integers(0, 20)))
        workflow = INFLOW if code == INFLOW.code else LATER
        version = versions.setdefault(code, workflow.version_on(day) or INFLOW.versions[1])
        legal = version.outgoing(states[code])
        feedback = draw(st.integers(0, 3)) == 0 or not legal
        if feedback and (decided[code] or slip(draw)):
            told = decided[code] if decided[code] and not slip(draw) else ABOUT
            recipient = "bestaat_niet" if slip(draw) else draw(st.sampled_from(ROLES))
            events.append(FeedbackSent(code, draw(st.sampled_from(told)), recipient, day))
            continue
        if not legal and not slip(draw):
            continue  # the walk has ended and nothing is owed
        if legal and not slip(draw):
            transition = draw(st.sampled_from(legal))
            name, documents = transition.id, transition.documents
            actor = draw(st.sampled_from([None, transition.actor]))
        else:
            name, documents, actor = draw(st.sampled_from(TRANSITIONS)), (), None
        if slip(draw):
            actor = draw(st.sampled_from(ROLES))
        if slip(draw):
            documents = draw(st.sampled_from(DOCUMENTS))
        events.append(WorkflowEvent(code, name, day, actor=actor, documents=documents))
        if name in workflow.feedback_decisions():
            decided[code].append(name)
        states[code] = next((t.target for t in version.transitions if t.id == name), states[code])
    referral = draw(st.sampled_from([None, "diz", "om", "casemanager"]))
    return good_case(
        events=tuple(events),
        consents=draw(st.sampled_from(CONSENTS)),
        referral=Referral(dt.date(2023, 9, 1), by=referral) if referral else None,
    )


@given(logs())
def test_a_random_log_replays_as_the_reference_does(proef, case):
    assert_same_replay(case, proef)


@given(logs(), st.data())
def test_a_valid_prefix_replays_as_the_reference_does(proef, case, data):
    """Logs cut at their first error: valid histories, the bulk of a real cohort."""
    _, errors = reference_replay(case, proef)
    index = int(errors[0].path.split("/")[2]) if errors else len(case.events)
    valid = attrs.evolve(case, events=case.events[: data.draw(st.integers(0, index))])
    found = assert_same_replay(valid, proef)
    assert all(e.code.startswith("workflow.") or e.code == "reference.unknown" for e in found)


@given(
    logs(), st.sampled_from(WORKFLOWS), st.sampled_from(TRANSITIONS), st.sampled_from(RECIPIENTS)
)
def test_appending_feedback_is_checked_as_the_reference_replays_it(
    proef, case, workflow, about, recipient
):
    _, errors = reference_replay(case, proef)
    if errors:
        return
    last = max((e.date for e in case.events), default=dt.date(2026, 9, 1))
    feedback = FeedbackSent(workflow, about, recipient, last - dt.timedelta(days=2))
    told = attrs.evolve(case, events=(*case.events, feedback))
    _, expected = reference_replay(told, proef)
    if expected:
        with pytest.raises(ValidationFailed) as exc:
            append_event(case, feedback, proef)
        assert _errors(exc.value.errors) == _errors(expected)
    else:
        assert append_event(case, feedback, proef) == told


def test_the_random_logs_make_every_kind_of_mistake(proef):
    """Each error the replay can report is reached by the strategy above."""
    seen = set()

    @settings(max_examples=1500, database=None, derandomize=True)
    @given(logs())
    def collect(case):
        seen.update(e.code for e in reference_replay(case, proef)[1])

    collect()
    assert seen == {
        "workflow.unknown",
        "workflow.no_version",
        "workflow.illegal_transition",
        "workflow.date_order",
        "workflow.actor",
        "workflow.documents_missing",
        "workflow.consent_missing",
        "workflow.feedback_before_decision",
        "reference.unknown",
    }


FACILITIES = (
    "kv-almelo",
    "kv-amsterdam",
    "kv-krimpen",
    "kv-middelburg",
    "kv-rotterdam-hoogvliet",
    "kvjj-amsterdam",
    "kvjj-venlo",
)


@pytest.mark.parametrize("facility", FACILITIES)
def test_a_synthetic_cohort_replays_as_the_reference_does(installed, facility):
    for case in synthesize(installed, facility, 150, seed=5):
        assert assert_same_replay(case, installed) == []


@pytest.fixture(scope="module")
def cohorts(installed):
    return {f: list(synthesize(installed, f, 60, seed=23)) for f in FACILITIES}


TAMPERING = ("drop", "swap", "earlier", "actor", "bare", "recipient", "consent")


@given(st.sampled_from(FACILITIES), st.integers(0, 59), st.sampled_from(TAMPERING), st.data())
def test_a_tampered_synthetic_log_replays_as_the_reference_does(
    installed, cohorts, facility, n, tamper, data
):
    case = cohorts[facility][n]
    events = list(case.events)
    at = data.draw(st.integers(0, len(events) - 1)) if events else 0
    event = events[at] if events else None
    if tamper == "drop" and events:
        del events[at]
    elif tamper == "swap" and at + 1 < len(events):
        events[at], events[at + 1] = events[at + 1], event
    elif tamper == "earlier" and event is not None:
        events[at] = attrs.evolve(event, date=event.date - dt.timedelta(days=40))
    elif tamper == "actor" and isinstance(event, WorkflowEvent):
        events[at] = attrs.evolve(event, actor=data.draw(st.sampled_from(ROLES)))
    elif tamper == "bare" and isinstance(event, WorkflowEvent):
        events[at] = attrs.evolve(event, documents=())
    elif tamper == "recipient" and isinstance(event, FeedbackSent):
        events[at] = attrs.evolve(event, recipient=data.draw(st.sampled_from(RECIPIENTS)))
    elif tamper == "consent":
        case = attrs.evolve(case, consents=())
    assert_same_replay(attrs.evolve(case, events=tuple(events)), installed)
