import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig.codec.converter import dump_json, load_json, unstructure
from kleinschalig.dates import Duration
from kleinschalig.diagrams import intervention_graph, to_dot, to_mermaid, to_table, workflow_graph
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import Consent, DaytimeActivity, SentenceFacts, cite
from kleinschalig.model.case import ActivityKind
from kleinschalig.model.checks import workflow_problems
from kleinschalig.model.conditions import Compare
from kleinschalig.model.events import FeedbackSent, WorkflowEvent
from kleinschalig.model.workflows import (
    Content,
    InformationFlow,
    State,
    Transition,
    Workflow,
)
from kleinschalig.plugins import HostConfig, PluginHost, Stage
from kleinschalig.workflows import (
    allowed_fields,
    append_event,
    disclosures,
    feedback_due,
    replay,
    timeline,
    view_for,
)
from tests.screening_fixtures import good_case
from tests.workflow_fixtures import INFLOW, WorkflowPlugin

S = (cite("001:L2131-2171"),)
REPORTING = dt.date(2026, 11, 2)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin())])
    assert host.errors == ()
    return host.catalogue


@pytest.fixture
def run_cli(capsys, monkeypatch):
    from types import SimpleNamespace

    from kleinschalig.cli import main

    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")

    def invoke(*args):
        code = main(list(args))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return invoke


def case(**changes):
    base = {
        "sentence": SentenceFacts(imposed_length=Duration(months=9), reporting_date=REPORTING),
        "consents": (Consent("werkgever", ("employer_contact",), dt.date(2026, 9, 1)),),
        "daytime_activity": DaytimeActivity(ActivityKind.WORK, 32),
    }
    base.update(changes)
    return good_case(**base)


def event(transition, day, **kwargs):
    return WorkflowEvent("proef.instroom", transition, day, **kwargs)


def run(catalogue, record, *events):
    for e in events:
        record = append_event(record, e, catalogue)
    return record


HAPPY = (
    event("startsignaal", dt.date(2026, 9, 14)),
    event("geen_bezwaar", dt.date(2026, 9, 21)),
    event("screenen", dt.date(2026, 9, 28), documents=("toestemmingsformulier",)),
    event("plaatsen", dt.date(2026, 10, 5)),
)


def codes(exc):
    return [(e.code, e.path) for e in exc.value.errors]


# --- the model ----------------------------------------------------------------------


def test_a_workflow_is_json_data_and_round_trips(catalogue):
    for workflow in catalogue.workflows:
        assert load_json(dump_json(workflow), Workflow) == workflow


@pytest.mark.parametrize(
    ("states", "transitions", "code", "path"),
    [
        (
            (State("a", "A", S, initial=True), State("b", "B", S, initial=True)),
            (),
            "workflow.initial",
            "/versions/0/states",
        ),
        (
            (State("a", "A", S, initial=True), State("z", "Z", S, final=True), State("c", "C", S)),
            (Transition("t", "a", "z", "T", S),),
            "workflow.unreachable",
            "/versions/0/states/2",
        ),
        (
            (State("a", "A", S, initial=True), State("z", "Z", S, final=True), State("c", "C", S)),
            (Transition("t", "a", "z", "T", S), Transition("u", "a", "c", "U", S)),
            "workflow.dead_end",
            "/versions/0/states/2",
        ),
        (
            (State("a", "A", S, initial=True), State("z", "Z", S, final=True)),
            (Transition("t", "a", "z", "T", S), Transition("u", "z", "a", "U", S)),
            "workflow.from_final",
            "/versions/0/transitions/1/source",
        ),
        (
            (State("a", "A", S, initial=True), State("z", "Z", S, final=True)),
            (Transition("t", "a", "y", "T", S),),
            "reference.unknown",
            "/versions/0/transitions/0/target",
        ),
    ],
)
def test_a_version_must_be_a_process_with_a_start_and_reachable_ends(
    states, transitions, code, path
):
    data = {
        "code": "proef.x",
        "label": "X",
        "jurisdiction": "adult",
        "versions": [
            {
                "states": [unstructure(s) for s in states],
                "transitions": [unstructure(t) for t in transitions],
                "sources": [unstructure(S[0])],
            }
        ],
    }
    with pytest.raises(ValidationFailed) as exc:
        load_json(json.dumps(data), Workflow)
    assert (code, path) in codes(exc)


def test_registration_checks_guards_flows_timings_and_roles():
    bad_guard = attrs.evolve(
        INFLOW.versions[1].transitions[3], guard=Compare("intake.bestaat_niet", "eq", True)
    )
    sensitive = attrs.evolve(
        INFLOW.versions[1].transitions[3],
        informs=(InformationFlow("werkgever", Content.FIELDS, "taak", S, fields=("birth_date",)),),
    )
    for broken, problem in ((bad_guard, "unknown case-record fact"), (sensitive, "sensitive")):
        version = attrs.evolve(
            INFLOW.versions[1],
            transitions=tuple(
                broken if t.id == broken.id else t for t in INFLOW.versions[1].transitions
            ),
        )
        workflow = attrs.evolve(INFLOW, versions=(version,))
        assert any(problem in p for p in workflow_problems(workflow))
        host = PluginHost.load(
            HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin((workflow,)))]
        )
        assert host.plugin("proef").errors[0].stage is Stage.REGISTER
    stranger = attrs.evolve(
        INFLOW.versions[1].transitions[0], actor="onbekende_rol", id="startsignaal"
    )
    version = attrs.evolve(
        INFLOW.versions[1], transitions=(stranger, *INFLOW.versions[1].transitions[1:])
    )
    host = PluginHost.load(
        HostConfig(entry_points=False),
        plugins=[("proef", WorkflowPlugin((attrs.evolve(INFLOW, versions=(version,)),)))],
    )
    error = host.plugin("proef").errors[0]
    assert error.stage is Stage.REFERENCE
    assert "onbekende_rol" in error.detail


def test_national_trajectories_cite_every_step_and_name_no_invented_actor(catalogue):
    national = [
        catalogue.workflow(c) for c in ("volwassenen.detentieverloop", "jeugd.kvjj-plaatsing")
    ]
    for workflow in national:
        for version in workflow.versions:
            assert all(s.sources for s in version.states)
            for transition in version.transitions:
                assert transition.sources
                if transition.actor is None:
                    assert transition.note, transition.id  # unknown, and said so
    adult = catalogue.workflow("volwassenen.detentieverloop").versions[-1]
    assert adult.transition("herroepen").actor == "om"  # since the Wsb (1 July 2021)
    youth = catalogue.workflow("jeugd.kvjj-plaatsing").versions[0]
    assert youth.transition("plaatsen_kvjj").actor == "diz"


# --- the event log --------------------------------------------------------------------


def test_a_valid_history_replays_to_its_state(catalogue):
    record = run(catalogue, case(), *HAPPY)
    progress = replay(record, "proef.instroom", catalogue)
    assert progress.state == "geplaatst"
    assert progress.finished
    assert [s.index for s in progress.steps] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        (
            (event("plaatsen", dt.date(2026, 9, 14)),),
            ("workflow.illegal_transition", "/events/0/transition"),
        ),
        (
            (event("bestaat_niet", dt.date(2026, 9, 14)),),
            ("workflow.unknown", "/events/0/transition"),
        ),
        (
            (event("startsignaal", dt.date(2026, 9, 14), actor="politie"),),
            ("workflow.actor", "/events/0/actor"),
        ),
        (
            (
                event("startsignaal", dt.date(2026, 9, 14)),
                event("geen_bezwaar", dt.date(2026, 9, 1)),
            ),
            ("workflow.date_order", "/events/1/date"),
        ),
        (
            (
                event("startsignaal", dt.date(2026, 9, 14)),
                event("geen_bezwaar", dt.date(2026, 9, 21)),
                event("screenen", dt.date(2026, 9, 28)),
            ),
            ("workflow.documents_missing", "/events/2/documents"),
        ),
    ],
)
def test_an_illegal_event_is_rejected_and_nothing_is_written(catalogue, events, expected):
    record = case()
    *before, last = events
    record = run(catalogue, record, *before)
    log = record.events
    with pytest.raises(ValidationFailed) as exc:
        append_event(record, last, catalogue)
    assert expected in codes(exc)
    assert record.events == log
    assert all(e.message("en") and e.message("nl") for e in exc.value.errors)


def test_consent_and_guards_gate_a_step(catalogue):
    steps = HAPPY[:2]
    screening = HAPPY[2]
    without_consent = run(catalogue, case(consents=()), *steps)
    with pytest.raises(ValidationFailed) as exc:
        append_event(without_consent, screening, catalogue)
    assert exc.value.errors[0].code == "workflow.consent_missing"
    part_time = run(
        catalogue, case(daytime_activity=DaytimeActivity(ActivityKind.WORK, 12)), *steps
    )
    with pytest.raises(ValidationFailed) as exc:
        append_event(part_time, screening, catalogue)
    assert exc.value.errors[0].code == "workflow.guard_failed"
    unknown = run(catalogue, case(daytime_activity=None), *steps)
    with pytest.raises(ValidationFailed) as exc:
        append_event(unknown, screening, catalogue)
    assert exc.value.errors[0].code == "workflow.guard_unknown"
    assert "daytime_activity.hours_per_week" in exc.value.errors[0].message("en")


def test_a_case_follows_the_version_in_force_when_it_started(catalogue):
    old = run(catalogue, case(), event("startsignaal", dt.date(2021, 3, 30)))
    with pytest.raises(ValidationFailed) as exc:
        append_event(
            old, event("geen_bezwaar", dt.date(2021, 4, 6), actor="casemanager"), catalogue
        )
    assert exc.value.errors[0].code == "workflow.actor"
    assert append_event(
        old, event("geen_bezwaar", dt.date(2021, 4, 6), actor="reclassering"), catalogue
    )
    new = run(catalogue, case(), event("startsignaal", dt.date(2021, 4, 1)))
    assert append_event(
        new, event("geen_bezwaar", dt.date(2021, 4, 6), actor="casemanager"), catalogue
    )


def test_a_stored_log_that_could_not_have_happened_is_reported(catalogue):
    record = attrs.evolve(case(), events=(event("plaatsen", dt.date(2026, 9, 14)),))
    with pytest.raises(ValidationFailed) as exc:
        replay(record, "proef.instroom", catalogue)
    assert codes(exc) == [("workflow.illegal_transition", "/events/0/transition")]


def _walks(version, start):
    """Hypothesis strategy: a random walk of legal transitions with non-decreasing dates."""

    @st.composite
    def walk(draw):
        state = version.initial_state.code
        day = start
        events = []
        for _ in range(draw(st.integers(0, 6))):
            options = version.outgoing(state)
            if not options:
                break
            transition = draw(st.sampled_from(options))
            day = day + dt.timedelta(days=draw(st.integers(0, 20)))
            documents = transition.documents
            events.append(event(transition.id, day, documents=documents))
            state = transition.target
        return events, state

    return walk()


@given(_walks(INFLOW.versions[1], dt.date(2026, 9, 1)))
def test_any_sequence_of_valid_events_replays_to_the_same_state(walk):
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin())])
    events, expected = walk
    record = run(host.catalogue, case(), *events)
    assert record.events == tuple(events)
    again = attrs.evolve(case(), events=tuple(events))
    progress = replay(again, "proef.instroom", host.catalogue)
    state = progress.state if progress else INFLOW.versions[1].initial_state.code
    assert state == expected
    reloaded = load_json(dump_json(again), type(again))
    assert replay(reloaded, "proef.instroom", host.catalogue) == progress


@given(
    _walks(INFLOW.versions[1], dt.date(2026, 9, 1)),
    st.sampled_from([t.id for t in INFLOW.versions[1].transitions]),
)
def test_an_invalid_event_leaves_the_log_unchanged(walk, transition):
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin())])
    events, state = walk
    record = run(host.catalogue, case(), *events)
    version = INFLOW.versions[1]
    if version.transition(transition).source == state:
        return  # a legal step; the other test covers those
    with pytest.raises(ValidationFailed):
        append_event(record, event(transition, dt.date(2027, 1, 1)), host.catalogue)
    assert record.events == tuple(events)


# --- timeline ------------------------------------------------------------------------


def test_a_summons_too_late_for_a_pre_scan_is_flagged(catalogue):
    record = run(catalogue, case(), event("startsignaal", dt.date(2026, 10, 5)))
    found = timeline(record, catalogue, dt.date(2026, 10, 6))
    (wt,) = found.workflows
    assert [w.code for w in wt.warnings] == ["lead_time.below_minimum"]
    assert "6w" in wt.warnings[0].message("en")


def test_an_open_step_past_its_deadline_is_overdue(catalogue):
    record = run(catalogue, case(), event("startsignaal", dt.date(2026, 9, 14)))
    open_ = timeline(record, catalogue, dt.date(2026, 9, 20)).workflows[0]
    assert {(d.transition, d.status) for d in open_.due} == {("geen_bezwaar", "open")}
    late = timeline(record, catalogue, dt.date(2026, 9, 29)).workflows[0]
    assert [(d.transition, d.status, d.latest) for d in late.due] == [
        ("geen_bezwaar", "overdue", dt.date(2026, 9, 28))
    ]
    assert "deadline.overdue" in [w.code for w in late.warnings]


def test_a_facility_workflow_not_started_yet_is_shown_with_its_deadlines(catalogue):
    found = timeline(case(facility="kv-proef"), catalogue, dt.date(2026, 9, 1)).workflows
    assert [w.progress.workflow.code for w in found] == ["proef.instroom"]
    assert found[0].due[0].earliest == dt.date(2026, 9, 7)  # 8 weeks before reporting
    assert found[0].due[0].latest == dt.date(2026, 9, 21)  # 6 weeks before


def test_an_infeasible_trajectory_is_reported(catalogue):
    short = SentenceFacts(imposed_length=Duration(months=2), start_date=dt.date(2026, 9, 1))
    record = run(catalogue, case(sentence=short), event("startsignaal", dt.date(2026, 9, 1)))
    warnings = timeline(record, catalogue, dt.date(2026, 9, 2)).warnings
    infeasible = [w for w in warnings if w.code == "trajectory.infeasible"]
    assert [w.params["effective_days"] for w in infeasible] == ["5"]
    long = SentenceFacts(imposed_length=Duration(months=9), start_date=dt.date(2026, 9, 1))
    record = run(catalogue, case(sentence=long), event("startsignaal", dt.date(2026, 9, 1)))
    assert "trajectory.infeasible" not in [
        w.code for w in timeline(record, catalogue, dt.date(2026, 9, 2)).warnings
    ]


def test_after_a_decision_feedback_is_due_to_referrers_and_advisers(catalogue):
    record = run(catalogue, case(), *HAPPY)
    due = feedback_due(record, catalogue)
    # the referrer, the partners asked in the pre-scan and those who advised;
    # not the decider, not the facility's own case manager
    assert {(f.about, f.recipient) for f in due} == {
        ("plaatsen", "diz"),
        ("plaatsen", "om"),
        ("plaatsen", "politie"),
        ("plaatsen", "reclassering"),
    }
    assert all(f.sent_on is None for f in due)
    warnings = timeline(record, catalogue, dt.date(2026, 10, 6)).warnings
    assert sorted(w.params["recipient"] for w in warnings if w.code == "feedback.missing") == [
        "diz",
        "om",
        "politie",
        "reclassering",
    ]
    told = append_event(
        record, FeedbackSent("proef.instroom", "plaatsen", "diz", dt.date(2026, 10, 6)), catalogue
    )
    assert {f.recipient for f in feedback_due(told, catalogue) if f.sent_on} == {"diz"}
    with pytest.raises(ValidationFailed) as exc:
        append_event(
            record,
            FeedbackSent("proef.instroom", "screenen", "diz", dt.date(2026, 10, 6)),
            catalogue,
        )
    assert codes(exc) == [("workflow.unknown", "/events/4/about")]


# --- information flows and views ------------------------------------------------------


def test_a_pre_scan_partner_receives_no_content(catalogue):
    record = run(catalogue, case(), *HAPPY[:2])
    for role in ("om", "politie"):
        assert view_for(record, role, catalogue) == {"subject_id": "fictief-1", "case_id": "c-1"}
    flows = [d for d in disclosures(record, catalogue) if d.recipient == "om"]
    assert [(d.content.value, d.fields) for d in flows] == [("objection_only", ())]


def test_a_view_holds_exactly_what_the_role_was_sent(catalogue):
    record = run(catalogue, case(), *HAPPY)
    view = view_for(record, "reclassering", catalogue)
    assert view == {
        "subject_id": "fictief-1",
        "case_id": "c-1",
        "daytime_activity": {"kind": "work"},
        "intake": {"motivated": True},
    }
    assert view_for(record, "werkgever", catalogue)["daytime_activity"] == {"hours_per_week": 32}
    assert view_for(record, "gemeente", catalogue) == {"subject_id": "fictief-1", "case_id": "c-1"}
    before = view_for(record, "reclassering", catalogue, on=dt.date(2026, 9, 27))
    assert set(before) == {"subject_id", "case_id"}


def test_consent_gates_what_may_be_shared(catalogue):
    record = run(catalogue, case(), *HAPPY[:3])
    flows = [d for d in disclosures(record, catalogue) if d.recipient == "veiligheidshuis"]
    assert [d.withheld for d in flows] == [True]
    assert allowed_fields(record, "veiligheidshuis", catalogue) == set()
    consent = Consent("veiligheidshuis", ("nazorg",), dt.date(2026, 9, 1), dt.date(2026, 9, 29))
    given_then = attrs.evolve(record, consents=(*record.consents, consent))
    # in force on the day of the step and on the view date
    on = dt.date(2026, 9, 28)
    assert allowed_fields(given_then, "veiligheidshuis", catalogue, on) == {"intake.regional_tie"}
    view = view_for(given_then, "veiligheidshuis", catalogue, on)
    assert view["intake"] == {"regional_tie": True}


@given(
    st.sampled_from(
        ["om", "politie", "reclassering", "werkgever", "gemeente", "veiligheidshuis", "diz"]
    ),
    st.integers(0, 4),
    st.booleans(),
)
def test_a_view_never_holds_a_field_outside_the_roles_allowance(role, steps, consent):
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", WorkflowPlugin())])
    record = run(host.catalogue, case(), *HAPPY[:steps])
    if consent:
        extra = Consent("veiligheidshuis", ("nazorg",), dt.date(2026, 9, 1))
        record = attrs.evolve(record, consents=(*record.consents, extra))
    view = view_for(record, role, host.catalogue)
    allowed = allowed_fields(record, role, host.catalogue)

    def leaves(data, prefix=""):
        for key, value in data.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict):
                yield from leaves(value, path + ".")
            else:
                yield path

    extra = set(leaves(view)) - allowed - {"subject_id", "case_id", "decisions"}
    assert extra == set()
    assert "birth_date" not in json.dumps(view)


# --- diagrams and the CLI -----------------------------------------------------------


def test_diagrams_are_generated_for_every_registered_workflow(catalogue):
    for workflow in catalogue.workflows:
        for version in workflow.versions:
            graph = workflow_graph(version, "en", workflow.code)
            mermaid, dot, table = to_mermaid(graph), to_dot(graph), to_table(graph)
            assert mermaid.startswith("stateDiagram-v2")
            for state in version.states:
                assert f" as {state.code.replace('-', '_').replace('.', '_')}" in mermaid
                assert f'"{state.code}"' in dot
            assert len(table.splitlines()) == len(version.transitions) + 2


def test_intervention_logic_renders_as_a_chain():
    from kleinschalig.model import InterventionLink, InterventionLogic, InterventionNode, NodeLevel

    logic = InterventionLogic(
        (
            InterventionNode("a", NodeLevel.WERKZAAM_ELEMENT, "Kleinschaligheid", S),
            InterventionNode("z", NodeLevel.EINDDOEL, "Minder recidive", S),
        ),
        (InterventionLink("a", "z", S),),
    )
    text = to_mermaid(intervention_graph(logic, "en"))
    assert text.splitlines()[0] == "flowchart LR"
    assert "a --> z" in text


def test_cli_workflow_renders_each_format(run_cli):
    result = run_cli("workflow", "--workflow", "volwassenen.detentieverloop", "--format", "mermaid")
    assert result.returncode == 0
    assert "stateDiagram-v2" in result.stdout
    result = run_cli("workflow", "--workflow", "jeugd.kvjj-plaatsing", "--format", "dot")
    assert result.stdout.count("digraph") == 1
    result = run_cli("workflow", "--workflow", "jeugd.kvjj-plaatsing", "--format", "json")
    assert json.loads(result.stdout)[0]["code"] == "jeugd.kvjj-plaatsing"
    result = run_cli("workflow", "--list")
    assert "volwassenen.detentieverloop" in result.stdout
    result = run_cli("workflow", "--workflow", "bestaat.niet")
    assert result.returncode == 1
    assert "bestaat.niet" in result.stderr


def test_cli_timeline_shows_events_states_and_warnings(run_cli, tmp_path):
    events = [
        WorkflowEvent("volwassenen.detentieverloop", "screenen", dt.date(2026, 6, 1)),
        WorkflowEvent("volwassenen.detentieverloop", "plan_opstellen", dt.date(2026, 6, 10)),
    ]
    record = attrs.evolve(case(), events=tuple(events))
    path = tmp_path / "case.json"
    path.write_text(dump_json(record))
    result = run_cli(
        "timeline", str(path), "--on", "2026-09-01", "--format", "json", "--lang", "en"
    )
    data = json.loads(result.stdout)
    (flow,) = data["workflows"]
    assert flow["state"] == "basisprogramma"
    assert [e["transition"] for e in flow["events"]] == ["screenen", "plan_opstellen"]
    text = run_cli("timeline", str(path), "--on", "2026-09-01", "--lang", "en").stdout
    assert "basisprogramma" in text
    broken = attrs.evolve(record, events=tuple(reversed(events)))
    path.write_text(dump_json(broken))
    result = run_cli("timeline", str(path), "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["errors"][0]["path"] == "/events/0/transition"


# --- found in review ------------------------------------------------------------------


def test_a_later_change_of_the_record_does_not_make_a_stored_history_impossible(catalogue):
    record = run(catalogue, case(), *HAPPY)
    fewer_hours = attrs.evolve(record, daytime_activity=DaytimeActivity(ActivityKind.WORK, 12))
    # the guard held when the step was taken; replaying must not re-judge it
    assert replay(fewer_hours, "proef.instroom", catalogue).state == "geplaatst"
    assert view_for(fewer_hours, "reclassering", catalogue)["daytime_activity"] == {"kind": "work"}


OCT_1, OCT_4 = dt.date(2026, 10, 1), dt.date(2026, 10, 4)


def test_feedback_must_follow_its_decision_and_pairs_with_the_decision_it_follows(catalogue):
    before = run(catalogue, case(), *HAPPY[:3])
    with pytest.raises(ValidationFailed) as exc:
        append_event(
            before,
            FeedbackSent("proef.instroom", "plaatsen", "diz", dt.date(2026, 10, 1)),
            catalogue,
        )
    assert codes(exc) == [("workflow.feedback_before_decision", "/events/3/about")]
    placed = run(catalogue, case(), *HAPPY)
    with pytest.raises(ValidationFailed) as exc:
        append_event(
            placed,
            FeedbackSent("proef.instroom", "plaatsen", "diz", dt.date(2026, 10, 4)),
            catalogue,
        )
    assert codes(exc) == [("workflow.date_order", "/events/4/date")]


def test_a_withdrawn_consent_ends_what_the_partner_may_see(catalogue):
    record = run(catalogue, case(), *HAPPY[:3])
    consent = Consent("veiligheidshuis", ("nazorg",), dt.date(2026, 9, 1), dt.date(2026, 10, 1))
    record = attrs.evolve(record, consents=(*record.consents, consent))
    assert allowed_fields(record, "veiligheidshuis", catalogue, on=dt.date(2026, 9, 30))
    assert allowed_fields(record, "veiligheidshuis", catalogue, on=dt.date(2026, 10, 2)) == set()


def test_a_taken_step_with_an_unknown_anchor_or_taken_late_is_flagged(catalogue):
    no_date = case(sentence=SentenceFacts(imposed_length=Duration(months=9)))
    record = run(catalogue, no_date, event("startsignaal", dt.date(2026, 9, 14)))
    codes_ = [w.code for w in timeline(record, catalogue, dt.date(2026, 9, 15)).warnings]
    assert "timing.unknown" in codes_


# --- special-category data in partner views (GDPR art. 9) ----------------------------


def test_the_municipality_gets_the_basisvoorwaarden_without_the_care_need(catalogue):
    from kleinschalig.model.basisvoorwaarden import (
        BasisvoorwaardenMeasurement,
        BVStatus,
        MeasurementMoment,
    )

    measured = BasisvoorwaardenMeasurement(
        MeasurementMoment.T0,
        dt.date(2026, 6, 2),
        housing=BVStatus.MISSING,
        income=BVStatus.MET,
        care_need=True,
        debts_present=True,
    )
    events = (
        WorkflowEvent("volwassenen.detentieverloop", "screenen", dt.date(2026, 6, 1)),
        WorkflowEvent("volwassenen.detentieverloop", "plan_opstellen", dt.date(2026, 6, 10)),
    )
    record = attrs.evolve(case(), basisvoorwaarden=(measured,), events=events)
    view = view_for(record, "gemeente", catalogue)
    (shown,) = view["basisvoorwaarden"]
    assert shown["housing"] == "missing"
    assert shown["income"] == "met"
    assert shown["debts_present"] is True
    assert "care_need" not in shown
    assert "care_need" not in json.dumps(view)
    assert "basisvoorwaarden" in allowed_fields(record, "gemeente", catalogue)


def test_a_declared_special_category_fact_never_reaches_a_partner():
    """A flow may list a declared fact before its definition is known (the check is
    deferred); once the catalogue says it is special category, views leave it out."""
    from kleinschalig.workflows.views import _special_leaf

    catalogue = PluginHost.load(HostConfig.from_env(environ={})).catalogue
    special = [d.id for d in catalogue.facts if d.sensitivity.value == "special_category"]
    ordinary = [d.id for d in catalogue.facts if d.sensitivity.value == "ordinary"]
    assert special
    assert ordinary
    assert _special_leaf(special[0], catalogue)
    assert not _special_leaf(ordinary[0], catalogue)
    assert _special_leaf("intake.suicidality", catalogue)
    assert not _special_leaf("basisvoorwaarden", catalogue)
    assert not _special_leaf("intake.motivated", catalogue)


def test_mermaid_labels_escape_colons_once_as_entity_codes():
    """A colon came out as ``&#58&#59;`` (the ``;`` of the first code escaped again)."""
    import html
    import re

    catalogue = PluginHost.load(HostConfig.from_env(environ={})).catalogue
    workflow = catalogue.workflow("volwassenen.detentieverloop")
    text = to_mermaid(workflow_graph(workflow.versions[-1], "en"))
    assert "&#" not in text
    assert "Revoke v.i.#58; detain again" in text
    for line in text.splitlines():
        if "-->" in line and ": " in line:
            label = line.split(": ", 1)[1]
            assert ":" not in label, line
            assert not re.search(r"#\d+(?!\d*;)", label), line
            decoded = re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), label)
            assert html.unescape(decoded) == decoded
