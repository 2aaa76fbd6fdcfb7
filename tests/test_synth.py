"""The synthetic cohort generator: deterministic, valid, within capacity, replayable logs."""

import datetime as dt
import io
import json
import re
from collections import Counter

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinschalig._fields import ID_PATTERN
from kleinschalig.cli import main
from kleinschalig.codec.converter import dump_json, load_json
from kleinschalig.model.case import CaseRecord, OutflowReason, PlacementDecision
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.events import FeedbackSent, WorkflowEvent
from kleinschalig.model.sources import cite
from kleinschalig.model.workflows import Stage, State, Transition, WorkflowVersion
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.synth import id_stem, simulated_open, synthesize, window, write_jsonl
from kleinschalig.synth._routes import plan
from kleinschalig.workflows import append_event, feedback_due, replay_all

N = 160


@pytest.fixture(scope="module")
def catalogue():
    return PluginHost.load(HostConfig()).catalogue


@pytest.fixture(scope="module")
def cohorts(catalogue):
    """A cohort per installed facility (the window is each facility's default)."""
    return {f.code: list(synthesize(catalogue, f.code, N, seed=11)) for f in catalogue.facilities}


def facility_codes():
    return [f.code for f in PluginHost.load(HostConfig()).catalogue.facilities]


def stay_end(record, end):
    return record.placement.outflow_date or end


def test_every_real_facility_is_covered(cohorts):
    assert {"kv-almelo", "kv-amsterdam", "kv-middelburg", "kvjj-venlo"} <= set(cohorts)
    assert all(len(records) == N for records in cohorts.values())


def test_same_seed_same_json_and_another_seed_differs(catalogue):
    def text(seed):
        out = io.StringIO()
        write_jsonl(synthesize(catalogue, "kv-krimpen", 120, seed=seed), out)
        return out.getvalue()

    assert text(5) == text(5)
    assert text(5) != text(6)


def test_records_are_valid_round_trip_and_known_to_the_catalogue(cohorts, catalogue):
    for records in cohorts.values():
        for record in records:
            assert load_json(dump_json(record), CaseRecord) == record
            assert catalogue.check_case(record) == []


def test_ids_are_clearly_synthetic_and_nothing_sensitive(cohorts):
    for code, records in cohorts.items():
        ids = [r.subject_id for r in records]
        assert len(set(ids)) == len(ids)
        for record in records:
            assert re.fullmatch(rf"synth-{re.escape(code)}-11-\d+", record.subject_id)
            assert re.fullmatch(rf"synth-case-{re.escape(code)}-11-\d+", record.case_id)
            assert record.birth_date is None
            assert record.notes is None


def test_cohorts_of_different_facilities_share_no_ids(cohorts):
    subjects = [r.subject_id for records in cohorts.values() for r in records]
    cases = [r.case_id for records in cohorts.values() for r in records]
    assert len(cohorts) > 1
    assert len(set(subjects)) == len(subjects)
    assert len(set(cases)) == len(cases)


def test_a_negative_seed_is_refused(catalogue):
    # Random(-7) draws what Random(7) draws: the same people under other ids.
    with pytest.raises(ValueError, match="seed must not be negative"):
        synthesize(catalogue, "kv-almelo", 3, seed=-7)


def test_ids_of_a_long_facility_code_use_a_digest_and_still_fit():
    stem = id_stem("f" * 64, 7, 10**6)
    assert re.fullmatch(r"[0-9a-f]{8}-7", stem)
    assert stem != id_stem("g" * 64, 7, 10**6)
    assert re.fullmatch(ID_PATTERN, f"synth-case-{stem}-{10**6}")
    with pytest.raises(ValueError, match="64 characters"):
        id_stem("kv-almelo", 10**60, 10)


def census_problems(facility, records, start, end):
    """Days on which more people are inside than there are places, or the facility is shut."""
    inside = Counter()
    for r in records:
        if r.placement.inflow_date is None:
            continue
        day = r.placement.inflow_date
        while day <= stay_end(r, end):
            inside[day] += 1
            day += dt.timedelta(days=1)
    problems = []
    for day, count in sorted(inside.items()):
        entry = facility.capacity_on(day)
        places = entry.places if entry is not None else 0
        if count > places or not simulated_open(facility, day):
            problems.append((day, count, places))
    return problems


def test_the_simulation_carries_the_last_attested_state_forward_never_back(catalogue):
    almelo = catalogue.facility("kv-almelo")  # the sources show it open up to 2021-04-30
    assert almelo.operating.is_open_on(dt.date(2021, 5, 1)) is None
    assert simulated_open(almelo, dt.date(2021, 5, 1))
    assert not simulated_open(almelo, dt.date(2020, 12, 31))  # before the opening
    kvjj = catalogue.facility("kvjj-venlo")  # unknown before 2023-09-01: not simulated open
    assert kvjj.operating.is_open_on(dt.date(2023, 8, 31)) is None
    assert not simulated_open(kvjj, dt.date(2023, 8, 31))
    assert simulated_open(kvjj, dt.date(2023, 10, 1))


@pytest.mark.parametrize("code", facility_codes())
def test_capacity_is_never_exceeded_and_stays_are_in_the_open_period(catalogue, cohorts, code):
    facility = catalogue.facility(code)
    start, end = window(facility)
    records = cohorts[code]
    assert census_problems(facility, records, start, end) == []
    for r in records:
        assert start <= r.referral.date <= end
        p = r.placement
        if p.inflow_date is not None:
            assert p.decision is PlacementDecision.PLACED
            assert r.referral.date <= p.decision_date <= p.inflow_date <= end
            if p.outflow_date is not None:
                assert p.outflow_date <= end
                assert p.outflow_reason is not None
                sentence = r.sentence
                begun = sentence.start_date or sentence.reporting_date
                length = sentence.imposed_length or sentence.expected_length
                from kleinschalig.dates import add

                assert p.outflow_date <= add(begun, length)  # never longer than the sentence
        else:
            assert p.outflow_date is None


def test_a_full_facility_turns_people_away_but_never_overfills(catalogue):
    facility = catalogue.facility("kv-rotterdam-hoogvliet")  # 6, later 4 places
    records = list(synthesize(catalogue, facility.code, 600, seed=2))
    start, end = window(facility)
    assert census_problems(facility, records, start, end) == []
    decisions = Counter(r.placement.decision for r in records)
    assert decisions[PlacementDecision.NOT_PLACED] > decisions[PlacementDecision.PLACED] > 10


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    start=st.dates(dt.date(2018, 6, 1), dt.date(2021, 6, 1)),
    days=st.integers(min_value=0, max_value=900),
)
def test_any_seed_and_window_respects_dated_capacity(catalogue, seed, start, days):
    facility = catalogue.facility("kv-krimpen")  # capacity changes on 2020-05-01
    end = start + dt.timedelta(days=days)
    records = list(synthesize(catalogue, facility.code, 60, seed=seed, start=start, end=end))
    assert census_problems(facility, records, start, end) == []
    assert all(start <= r.referral.date <= end for r in records)
    assert [r.referral.date for r in records] == sorted(r.referral.date for r in records)


@pytest.mark.parametrize("code", facility_codes())
def test_event_logs_replay_event_by_event(catalogue, cohorts, code):
    for record in cohorts[code][:40]:
        case = attrs.evolve(record, events=())
        for event in record.events:
            case = append_event(case, event, catalogue)
        assert case == record
    for record in cohorts[code]:
        replay_all(record, catalogue)


def test_logs_follow_the_inflow_workflow_and_fit_the_decision(catalogue, cohorts):
    for code, records in cohorts.items():
        facility = catalogue.facility(code)
        [workflow] = [w for w in catalogue.workflows_for(code) if not w.scope.national]
        inside = {s.code for v in workflow.versions for s in v.states if s.stage is Stage.INSIDE}
        for r in records:
            steps = [e for e in r.events if isinstance(e, WorkflowEvent)]
            dates = [e.date for e in steps]
            assert dates == sorted(dates)
            if workflow.version_on(r.referral.date) is None:
                assert steps == []
                continue
            assert steps, r.case_id
            assert {e.workflow for e in r.events} == {workflow.code}
            progress = replay_all(r, catalogue)[workflow.code]
            visited = {s.transition.target for s in progress.steps}
            decision = r.placement.decision
            assert inside, workflow.code
            if r.placement.inflow_date is not None:
                assert visited & inside, r.case_id
            else:
                assert not visited & inside, r.case_id
            if decision is PlacementDecision.PENDING:
                assert not progress.finished
            if r.placement.outflow_reason is OutflowReason.COMPLETED:
                assert progress.finished, r.case_id
            assert all(e.date <= window(facility)[1] for e in r.events)


def _version(*states, transitions):
    s = (cite("001:L1-2"),)
    return WorkflowVersion(
        states=tuple(State(code, code, s, **kw) for code, kw in states),
        transitions=tuple(Transition(i, a, b, i, s, **kw) for i, a, b, kw in transitions),
        sources=s,
    )


def test_paths_are_classified_by_the_stages_alone():
    """State codes mean nothing: a0 ... are classified only by their stage."""
    version = _version(
        ("a0", {"initial": True}),
        ("a1", {}),
        ("a2", {"stage": Stage.INSIDE}),
        ("a3", {"final": True, "stage": Stage.NOT_PLACED}),
        ("a4", {"final": True, "stage": Stage.DECLINED}),
        ("a5", {"final": True, "stage": Stage.LEFT}),
        ("a6", {"final": True, "stage": Stage.PLACED_BACK}),
        ("a7", {}),
        ("a8", {}),
        transitions=(
            ("t1", "a0", "a1", {}),
            ("t2", "a1", "a4", {}),
            ("t3", "a1", "a7", {}),
            ("t4", "a7", "a2", {}),
            ("t5", "a7", "a3", {}),
            ("t6", "a2", "a5", {}),
            ("t7", "a2", "a6", {}),
            ("t8", "a2", "a1", {}),
            ("t9", "a1", "a5", {}),
            ("t10", "a7", "a8", {}),
            ("t11", "a8", "a1", {}),
            ("t12", "a8", "a3", {}),
        ),
    )
    found = plan("x", version)
    ids = {o: sorted(tuple(t.id for t in p.steps) for p in found.paths[o]) for o in found.paths}
    assert ids["declined"] == [
        ("t1", "t2"),
        ("t1", "t3", "t10", "t11", "t2"),
        ("t1", "t3", "t4", "t8", "t2"),
    ]
    assert ids["placed"] == [("t1", "t3", "t4", "t6")]
    # placed back: to a placed_back end, or on to a state that is not final
    assert ids["placed_back"] == [("t1", "t3", "t4", "t7"), ("t1", "t3", "t4", "t8", "t9")]
    # never inside: not placed, even when it ends in a "left" state
    assert ids["not_placed"] == [
        ("t1", "t3", "t10", "t11", "t9"),
        ("t1", "t3", "t10", "t12"),
        ("t1", "t3", "t5"),
        ("t1", "t9"),
    ]
    assert found.paths["any"] == found.paths["placed"] + found.paths["not_placed"]
    [stay] = found.paths["placed"]
    assert (stay.referral, stay.decision, stay.inflow, stay.exit) == (0, 2, 2, 3)
    # Without feedback, the decision of a refusal is the step away from the inside
    # state (t10), not the later step to the end (t12, t9); else the step to the end.
    decisions = {tuple(t.id for t in p.steps): p.decision for p in found.paths["not_placed"]}
    assert decisions == {
        ("t1", "t3", "t10", "t11", "t9"): 2,
        ("t1", "t3", "t10", "t12"): 2,
        ("t1", "t3", "t5"): 2,
        ("t1", "t9"): 1,
    }


def test_a_workflow_without_stages_gives_no_paths():
    version = _version(
        ("niet_geplaatst", {"initial": True}),
        ("geplaatst", {"final": True}),
        ("afgewezen", {"final": True}),
        transitions=(
            ("plaatsen", "niet_geplaatst", "geplaatst", {"feedback": True}),
            ("afwijzen", "niet_geplaatst", "afgewezen", {"feedback": True}),
        ),
    )
    assert not any(plan("x", version).paths.values())


def test_every_installed_inflow_workflow_marks_its_stages(catalogue):
    for facility in catalogue.facilities:
        for workflow in catalogue.workflows_for(facility.code):
            if workflow.scope.national:
                continue
            for version in workflow.versions:
                stages = {s.stage for s in version.states}
                assert Stage.INSIDE in stages, workflow.code
                assert all(s.stage is not None for s in version.states if s.final), workflow.code


def test_feedback_sent_is_feedback_owed(catalogue, cohorts):
    sent = owed = 0
    for records in cohorts.values():
        for r in records:
            due = {(f.about, f.recipient): f for f in feedback_due(r, catalogue)}
            for e in r.events:
                if isinstance(e, FeedbackSent):
                    assert (e.about, e.recipient) in due
                    sent += 1
            owed += len(due)
    assert 0 < sent < owed


def test_the_funnel_and_the_measurements_look_plausible(cohorts):
    records = cohorts["kv-almelo"]
    decisions = Counter(r.placement.decision for r in records)
    assert set(decisions) == set(PlacementDecision)
    assert decisions[PlacementDecision.PLACED] > decisions[PlacementDecision.WITHDRAWN]
    left = [r for r in records if r.placement.outflow_date is not None]
    reasons = Counter(r.placement.outflow_reason for r in left)
    assert reasons[OutflowReason.COMPLETED] > reasons[OutflowReason.PLACED_BACK] > 0
    assert 0 < sum(bool(r.recidivism) for r in left) < len(left) / 2
    for r in left:
        for event in r.recidivism:
            assert event.date > r.placement.outflow_date
    moments = Counter(m.moment.value for r in records for m in r.basisvoorwaarden)
    assert moments["t0"] > moments["t1"] > 0
    assert any(r.life_domains for r in records)
    assert any(r.intake.motivated is None for r in records)  # some facts are not recorded
    assert {r.referral.by for r in records} >= {"gemeente", "reclassering"}


def test_a_facility_that_never_opened_gets_referrals_but_places_nobody(cohorts):
    records = cohorts["kv-amsterdam"]
    assert len(records) == N
    assert all(r.placement.decision is not PlacementDecision.PLACED for r in records)
    assert all(r.placement.inflow_date is None for r in records)
    assert Counter(r.placement.decision for r in records)[PlacementDecision.NOT_PLACED] > N / 2


@pytest.mark.parametrize("code", [c for c in facility_codes() if c.startswith("kvjj-")])
def test_kvjj_cohorts_are_youth_with_youth_titles(catalogue, cohorts, code):
    accepted = set(catalogue.facility(code).accepted_titles)
    for r in cohorts[code]:
        assert r.jurisdiction is Jurisdiction.YOUTH
        assert r.legal_titles[0].title in accepted
        assert r.referral.by in {"rvdk", "jeugdreclassering", "fcj"}
    assert any(r.placement.inflow_date is not None for r in cohorts[code])


def test_adult_titles_match_the_facility(cohorts):
    for r in cohorts["kv-middelburg"]:
        assert r.sentence.reporting_date is not None
        assert r.legal_titles[0].title == "zelfmelder"
    for r in cohorts["kv-rotterdam-hoogvliet"]:
        assert r.sentence.expected_length is not None
        assert r.legal_titles[0].title == "voorlopige_hechtenis"
    for r in cohorts["kv-almelo"]:
        assert r.sentence.imposed_length is not None
        assert r.sentence.start_date <= r.referral.date


def test_default_windows(catalogue):
    assert window(catalogue.facility("kv-middelburg")) == (
        dt.date(2020, 8, 1),
        dt.date(2024, 5, 31),
    )
    assert window(catalogue.facility("kv-almelo")) == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    assert window(catalogue.facility("kv-amsterdam"))[0] == dt.date(2019, 6, 26)
    assert window(catalogue.facility("kvjj-venlo"))[0] == dt.date(2023, 9, 1)


def test_bad_arguments(catalogue):
    with pytest.raises(KeyError):
        synthesize(catalogue, "kv-bestaat-niet", 3)
    with pytest.raises(ValueError, match="negative"):
        synthesize(catalogue, "kv-almelo", -1)
    with pytest.raises(ValueError, match="after"):
        synthesize(catalogue, "kv-almelo", 3, start=dt.date(2022, 1, 1), end=dt.date(2021, 1, 1))
    assert list(synthesize(catalogue, "kv-almelo", 0)) == []


def test_cli_writes_json_lines_of_the_requested_length(capsys, catalogue):
    code = main(["synth", "--facility", "kvjj-groningen", "--n", "25", "--seed", "4"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 25
    assert all(json.loads(line)["facility"] == "kvjj-groningen" for line in lines)
    expected = io.StringIO()
    write_jsonl(synthesize(catalogue, "kvjj-groningen", 25, seed=4), expected)
    assert out == expected.getvalue()


def test_cli_window_options(capsys):
    args = ["synth", "--facility", "kv-almelo", "--n", "5", "--from", "2022-01-01"]
    assert main([*args, "--to", "2022-03-31"]) == 0
    dates = [json.loads(line)["referral"]["date"] for line in capsys.readouterr().out.splitlines()]
    assert len(dates) == 5
    assert all("2022-01-01" <= d <= "2022-03-31" for d in dates)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--facility", "kv-nergens", "--n", "3"], "Onbekende voorziening: kv-nergens."),
        (["--facility", "kv-almelo", "--n", "3", "--from", "2021-02-30"], "[date.invalid]"),
        (
            ["--facility", "kv-almelo", "--n", "3", "--from", "2022-01-01", "--to", "2021-01-01"],
            "--to: Datum ligt vóór --from. [date.order]",
        ),
        (["--facility", "kv-almelo", "--n", "-2", "--lang", "en"], "--n must not be negative."),
        (["--facility", "kv-almelo", "--n", "2", "--seed=-7", "--lang", "en"], "--seed must not"),
        (["--facility", "kv-almelo", "--n", "2", "--seed", "9" * 60], "zijn te groot"),
    ],
)
def test_cli_errors(capsys, args, message):
    assert main(["synth", *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


def test_guards_on_declared_facts_are_met_and_recorded(cohorts):
    """KV Amsterdam's weighing committee steps read a declared fact: every synthetic
    log that takes one of them carries the value that lets it, and replays."""
    from kleinschalig.model.facts import read_fact

    seen = Counter()
    for record in cohorts["kv-amsterdam"]:
        steps = {e.transition for e in record.events if isinstance(e, WorkflowEvent)}
        value = read_fact(record, "kv-amsterdam.weegcommissie_akkoord")
        if "weegcommissie_akkoord" in steps:
            assert value is True
            seen["akkoord"] += 1
        if "weegcommissie_niet_akkoord" in steps:
            assert value is False
            seen["niet_akkoord"] += 1
    assert seen["akkoord"] > 0
    assert seen["niet_akkoord"] > 0


def test_a_guard_sets_declared_facts_per_moment_and_facility():
    import random

    from kleinschalig.model.basisvoorwaarden import MeasurementMoment
    from kleinschalig.model.conditions import All, Compare, OneOf
    from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType
    from kleinschalig.synth._facts import declared_facts
    from kleinschalig.synth._routes import Facts, satisfy, truth

    guard = All(
        (
            Compare("kv-x.akkoord", "eq", True),
            OneOf("kv-x.uitslag@t0", ("negatief",)),
            Compare("kv-x.reistijd", "le", 60),
        )
    )
    facts = Facts(None, {}, None, None, [], dt.date(2026, 1, 1))
    assert truth(guard, facts) is None
    satisfy(guard, facts, random.Random(1))
    assert truth(guard, facts) is True
    s = (cite("001:L1"),)
    definitions = [
        FactDefinition(id="kv-x.akkoord", type=FactType.BOOL, label="akkoord", sources=s),
        FactDefinition(
            id="kv-x.uitslag",
            type=FactType.ENUM,
            label="uitslag",
            choices=(FactChoice("negatief", "negatief"), FactChoice("positief", "positief")),
            moments=(MeasurementMoment.T0, MeasurementMoment.T1),
            sources=s,
        ),
        FactDefinition(
            id="kv-x.reistijd", type=FactType.INT, label="reistijd", per_facility=True, sources=s
        ),
    ]
    values = declared_facts(
        random.Random(2),
        definitions,
        "kv-x",
        dt.date(2026, 2, 1),
        None,
        dt.date(2026, 12, 1),
        None,
        set_by_guards=facts.declared,
    )
    got = {(e.fact, e.at): e.value for e in values.entries}
    assert got[("kv-x.akkoord", None)] is True
    assert got[("kv-x.uitslag", "t0")] == "negatief"
    assert got[("kv-x.reistijd", "kv-x")] <= 60
    assert len(got) == len(values.entries)
