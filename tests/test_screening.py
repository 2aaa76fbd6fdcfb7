"""The criteria engine: the four outcomes, traces, versions, overrides, digests."""

import datetime as dt
import itertools
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinschalig.dates import Duration, Rounding
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import (
    CaseRecord,
    Facility,
    IntakeFacts,
    SentenceFacts,
    Severity,
    TitleHolding,
)
from kleinschalig.model.conditions import Compare, Contains, Elapsed, OneOf, SentenceWithin
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope
from kleinschalig.plugins import HostConfig, PluginHost, Stage
from kleinschalig.screening import (
    CriterionOutcome,
    Outcome,
    Override,
    OverrideNotAllowed,
    RuleConflictError,
    decide,
    explain,
    screen,
    screen_stream,
)
from kleinschalig.screening.evaluate import Evaluation, Truth, evaluate
from kleinschalig.testing.strategies import conditions, dates, durations, for_model
from tests.screening_fixtures import CRITERIA, SCOPE, ProefPlugin, good_case, version

ON = dt.date(2026, 9, 1)


def host_with(*plugins, grants=()):
    host = PluginHost.load(HostConfig(entry_points=False, grants=grants), plugins=plugins)
    assert host.errors == (), [line for e in host.errors for line in e.lines("en")]
    return host


@pytest.fixture(scope="module")
def catalogue():
    return host_with(("proef", ProefPlugin())).catalogue


def outcome(catalogue, case, code="kv-proef", on=ON, **kwargs):
    return decide(case, catalogue.facility(code), catalogue, on, **kwargs)


def by_id(decision):
    return {r.criterion: r for r in decision.criteria}


def test_weighed_factors_and_judgement_go_to_a_professional(catalogue):
    d = outcome(catalogue, good_case())
    assert d.outcome is Outcome.NEEDS_ASSESSMENT
    assert d.risk_factors == ("proef.vluchtgevaar",)
    assert d.protective_factors == ("proef.regiobinding",)
    assert set(d.to_assess) == {"proef.vluchtgevaar", "proef.regiobinding", "proef.motivatie"}
    assert d.missing_inputs == ()
    assert by_id(d)["proef.dagbesteding"].outcome is CriterionOutcome.MET


def test_only_requirements_met_is_eligible(catalogue):
    d = outcome(catalogue, good_case(), "kv-hard")
    assert d.outcome is Outcome.ELIGIBLE
    assert [r.outcome for r in d.criteria] == [CriterionOutcome.MET] * len(d.criteria)


def test_a_fixed_contra_indication_blocks(catalogue):
    case = good_case(intake=IntakeFacts(addiction_problems=Severity.SEVERE))
    d = outcome(catalogue, case)
    assert d.outcome is Outcome.NOT_ELIGIBLE
    assert d.blocking == ("proef.verslaving",)
    assert by_id(d)["proef.verslaving"].reason == "Vaststaande contra-indicatie aanwezig."


def test_missing_inputs_are_named_exactly(catalogue):
    case = good_case(daytime_activity=None, intake=IntakeFacts(addiction_problems=Severity.NONE))
    d = outcome(catalogue, case)
    assert d.outcome is Outcome.INSUFFICIENT_INFORMATION
    assert d.missing_inputs == (
        "daytime_activity.employer_willing_to_be_checked",
        "daytime_activity.hours_per_week",
        "intake.escape_risk",
        "intake.motivated",
        "intake.regional_tie",
    )


def test_a_failed_requirement_wins_over_unknowns(catalogue):
    case = good_case(
        daytime_activity=None,
        intake=None,
        sentence=attrs.evolve(good_case().sentence, imposed_length=None),
    )
    d = outcome(catalogue, case, "kv-hard")
    assert d.outcome is Outcome.INSUFFICIENT_INFORMATION
    blocked = good_case(
        daytime_activity=None,
        legal_titles=(TitleHolding("voorlopige_hechtenis", dt.date(2026, 1, 1)),),
    )
    assert outcome(catalogue, blocked, "kv-hard").outcome is Outcome.NOT_ELIGIBLE


def test_the_version_in_force_on_the_reference_date_is_used(catalogue):
    case = good_case()  # nine months to serve
    old = outcome(catalogue, case, on=dt.date(2021, 6, 1))
    new = outcome(catalogue, case, on=dt.date(2022, 6, 1))
    assert by_id(old)["proef.strafrestant"].outcome is CriterionOutcome.NOT_MET
    assert by_id(old)["proef.strafrestant"].version_from == dt.date(2020, 1, 1)
    assert by_id(new)["proef.strafrestant"].outcome is CriterionOutcome.MET
    assert by_id(new)["proef.strafrestant"].version_from == dt.date(2022, 1, 1)
    assert old.ruleset_digest != new.ruleset_digest


def test_a_facility_that_never_opened_is_not_eligible(catalogue):
    d = outcome(catalogue, good_case(), "kv-dicht")
    assert d.outcome is Outcome.NOT_ELIGIBLE
    assert d.blocking == ("core.facility-open",)


def test_a_title_the_facility_does_not_accept_blocks(catalogue):
    case = good_case(legal_titles=())
    d = outcome(catalogue, case, "kv-hard")
    assert by_id(d)["core.accepted-title"].outcome is CriterionOutcome.UNKNOWN
    assert "legal_titles" in d.missing_inputs


def test_every_result_cites_its_source_and_the_trace_reads_well(catalogue):
    d = outcome(catalogue, good_case())
    assert all(r.sources for r in d.criteria)
    text = explain(d, "en", "KV Proef")
    assert text.startswith("KV Proef on 1 September 2026: weighing by a professional needed")
    assert "daytime_activity.hours_per_week = 32" in text
    assert "source: 001:L2022-2043" in text
    assert "Oordeel" not in text
    assert "1990" not in repr(d)


def test_an_override_is_recorded_but_never_for_a_fixed_contra_indication(catalogue):
    case = good_case(daytime_activity=None)
    ov = Override("proef.dagbesteding", "werkgever_akkoord", "pi_directie", ON, text="geheim")
    d = outcome(catalogue, case, overrides=[ov])
    result = by_id(d)["proef.dagbesteding"]
    assert result.outcome is CriterionOutcome.MET
    assert result.overridden == attrs.evolve(ov, text="")  # the free text stays out
    assert d.overrides == (attrs.evolve(ov, text=""),)
    assert "geheim" not in repr(d)
    for criterion in ("proef.verslaving", "proef.vluchtgevaar"):
        with pytest.raises(OverrideNotAllowed):
            outcome(catalogue, case, overrides=[attrs.evolve(ov, criterion=criterion)])
    with pytest.raises(OverrideNotAllowed):
        outcome(catalogue, case, overrides=[attrs.evolve(ov, criterion="bestaat.niet")])


VARIANT = Criterion(
    "proef.dagbesteding-variant",
    "Dagbesteding (variant)",
    CriterionKind.REQUIREMENT,
    SCOPE,
    (version(Compare("daytime_activity.hours_per_week", "ge", 16)),),
    overrides="proef.dagbesteding",
)


def test_a_variant_replaces_the_criterion_it_overrides():
    catalogue = host_with(("proef", ProefPlugin(extra=(VARIANT,)))).catalogue
    d = outcome(catalogue, good_case())
    assert "proef.dagbesteding" not in by_id(d)
    assert by_id(d)["proef.dagbesteding-variant"].outcome is CriterionOutcome.MET


def test_two_variants_of_one_criterion_conflict_naming_both_sources():
    second = attrs.evolve(VARIANT, id="proef.dagbesteding-tweede")
    catalogue = host_with(("proef", ProefPlugin(extra=(VARIANT, second)))).catalogue
    with pytest.raises(RuleConflictError) as info:
        outcome(catalogue, good_case())
    (error,) = info.value.to_dicts("en")
    assert error["code"] == "rule.conflict"
    assert "proef.dagbesteding-tweede" in error["message"]
    assert "001:L2022-2043" in error["message"]
    assert isinstance(info.value, ValidationFailed)


def test_registration_checks_facts_and_references():
    unknown_fact = attrs.evolve(
        CRITERIA[1],
        id="proef.kapot",
        versions=(version(Compare("daytime_activity.uren", "ge", 1)),),
    )
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", ProefPlugin(extra=(unknown_fact,)))]
    )
    [error] = host.plugin("proef").errors
    assert error.stage is Stage.REGISTER
    assert "daytime_activity.uren" in error.detail
    # A path outside the case record reads a declared fact: checked once all plugins are in.
    undeclared = attrs.evolve(
        CRITERIA[1], id="proef.kapot", versions=(version(Compare("dagbesteding.uren", "ge", 1)),)
    )
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", ProefPlugin(extra=(undeclared,)))]
    )
    [error] = host.plugin("proef").errors
    assert error.stage is Stage.REFERENCE
    assert "'dagbesteding.uren': no installed plugin declares facts" in error.detail
    elsewhere = attrs.evolve(
        CRITERIA[1], id="proef.elders", scope=CriterionScope(facilities=("kv-nergens",))
    )
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", ProefPlugin(extra=(elsewhere,)))]
    )
    assert host.plugin("proef").errors[0].stage is Stage.REFERENCE


def test_digests_do_not_depend_on_registration_order():
    class Other:
        @__import__("kleinschalig.plugins", fromlist=["hookimpl"]).hookimpl
        def kleinschalig_register_criteria(self, register):
            register.add(attrs.evolve(CRITERIA[4], id="ander.netwerk"))

    digests = set()
    for order in itertools.permutations([("proef", ProefPlugin()), ("ander", Other())]):
        # ander scopes a criterion onto proef's facility: proef's to grant
        catalogue = host_with(*order, grants={("ander", "proef")}).catalogue
        d = outcome(catalogue, good_case())
        digests.add((d.digest, d.ruleset_digest))
    assert len(digests) == 1


def test_screening_every_facility_and_streaming(catalogue):
    decisions = screen(good_case(), catalogue)
    assert [d.facility for d in decisions] == ["kv-dicht", "kv-hard", "kv-proef"]
    cases = (good_case(case_id=f"c-{i}") for i in range(3))
    stream = screen_stream(cases, catalogue, ON, ["kv-hard"])
    first_case, first = next(stream)
    assert first_case.case_id == "c-0"
    assert first[0].outcome is Outcome.ELIGIBLE
    assert len(list(stream)) == 2


def test_reference_date_defaults_to_the_referral(catalogue):
    with pytest.raises(ValueError, match=r"screening\.no_reference_date"):
        screen(good_case(referral=None), catalogue)


@given(for_model(IntakeFacts), st.data())
def test_more_information_never_lifts_a_fixed_contra_indication(intake, data):
    catalogue = host_with(("proef", ProefPlugin())).catalogue
    blocked = attrs.evolve(intake, addiction_problems=Severity.SEVERE)
    sparse = good_case(intake=blocked, daytime_activity=None)
    full = good_case(
        intake=attrs.evolve(
            blocked, escape_risk=data.draw(st.booleans()), motivated=data.draw(st.booleans())
        )
    )
    for case in (sparse, full):
        d = outcome(catalogue, case)
        assert d.outcome is Outcome.NOT_ELIGIBLE
        assert "proef.verslaving" in d.blocking


def test_override_text_never_reaches_the_trace_and_core_criteria_can_be_overridden(catalogue):
    from kleinschalig.codec import dump_json

    case = good_case(daytime_activity=None, legal_titles=())
    overrides = [
        Override("proef.dagbesteding", "werkgever_akkoord", "pi_directie", ON, text="geheim"),
        Override("core.accepted-title", "titel_volgt", "diz", ON, text="ook geheim"),
    ]
    [d] = screen(case, catalogue, ON, ["kv-proef"], overrides)
    assert {o.criterion for o in d.overrides} == {"proef.dagbesteding", "core.accepted-title"}
    text = dump_json(d)
    assert "geheim" not in text
    assert "daytime_activity.hours_per_week" not in d.missing_inputs


def test_a_list_field_is_not_a_fact():
    from kleinschalig.model.facts import fact_exists

    assert fact_exists("intake.languages")
    assert not fact_exists("legal_titles.title")
    assert not fact_exists("residence.nope")


def test_receipts_always_carry_their_format():
    from kleinschalig.codec import unstructure
    from kleinschalig.screening import DecisionRecord, receipt

    catalogue = host_with(("proef", ProefPlugin())).catalogue
    d = outcome(catalogue, good_case())
    record = receipt(d, good_case(), {"proef": None, "kleinschalig": "0.1.0"})
    data = unstructure(record, DecisionRecord)
    assert data["format"] == "kleinschalig.decision/2"
    assert [p["name"] for p in data["plugins"]] == ["kleinschalig", "proef"]


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (Compare("residence.region", "ge", 3), "ge needs a number fact"),
        (Compare("daytime_activity.hours_per_week", "eq", "veel"), "is a number"),
        (Compare("intake.motivated", "eq", "ja"), "is true/false"),
        (Compare("sex", "eq", "man"), "'man' is not a value of 'sex'"),
        (Compare("sentence.start_date", "eq", "2026-01-01"), "is a date"),
        (Compare("birth_date", "eq", "2000-01-01"), "'birth_date' is sensitive"),
        (Compare("notes", "eq", "x"), "'notes' is sensitive"),
        (
            OneOf("intake.addiction_problems", ("ernstig",)),
            "ernstig not among the values",
        ),
        (
            Contains("residence.region", "Twente"),
            "is not a list",
        ),
        (
            Contains("intake.languages", "nl"),
            None,
        ),
        (Elapsed("intake.motivated"), "elapsed needs a date fact"),
        (Elapsed("birth_date", minimum=Duration(years=18)), "'birth_date' is sensitive"),
        (Elapsed("daytime_activity.since", minimum=Duration(months=3)), None),
    ],
)
def test_rules_that_cannot_fit_their_fact_are_refused_at_registration(rule, problem):
    from kleinschalig.model.checks import criterion_problems

    criterion = attrs.evolve(CRITERIA[1], id="proef.check", versions=(version(rule),))
    found = criterion_problems(criterion)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found
        host = PluginHost.load(
            HostConfig(entry_points=False), plugins=[("proef", ProefPlugin(extra=(criterion,)))]
        )
        assert host.plugin("proef").errors[0].stage is Stage.REGISTER


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        (None, Truth.UNKNOWN),
        (dt.date(2026, 6, 1), Truth.TRUE),
        (dt.date(2026, 6, 2), Truth.FALSE),
        (dt.date(2026, 10, 1), Truth.FALSE),
    ],
)
def test_elapsed_counts_calendar_time_up_to_the_reference_date(since, expected):
    case = good_case()
    activity = attrs.evolve(case.daytime_activity, since=since)
    ev = Evaluation(dt.date(2026, 9, 1))
    rule = Elapsed("daytime_activity.since", minimum=Duration(months=3))
    assert evaluate(rule, attrs.evolve(case, daytime_activity=activity), ev) is expected
    assert ("daytime_activity.since" in ev.missing) is (since is None)


def test_elapsed_from_a_day_that_does_not_exist_later_is_unknown_unless_rounded():
    case = good_case()
    activity = attrs.evolve(case.daytime_activity, since=dt.date(2026, 1, 31))
    case = attrs.evolve(case, daytime_activity=activity)
    strict = Elapsed("daytime_activity.since", minimum=Duration(months=1))
    ev = Evaluation(dt.date(2026, 3, 1))
    assert evaluate(strict, case, ev) is Truth.UNKNOWN
    assert ev.problems
    rounded = attrs.evolve(strict, rounding=Rounding.DOWN)
    assert evaluate(rounded, case, Evaluation(dt.date(2026, 3, 1))) is Truth.TRUE


def _dated_leaves():
    """Sentence and elapsed-time conditions with every bound style and rounding choice."""
    # Short lengths too, so that bounds fall near the dates a case records.
    short = st.builds(
        Duration,
        months=st.integers(0, 13),
        weeks=st.integers(0, 2),
        days=st.integers(0, 31),
    )
    bound = st.none() | durations() | short
    return st.one_of(
        st.builds(
            SentenceWithin,
            st.sampled_from(["remaining", "imposed", "expected"]),
            bound,
            bound,
            st.booleans(),
            st.booleans(),
            st.sampled_from(list(Rounding)),
        ),
        st.builds(
            Elapsed,
            st.sampled_from(["daytime_activity.since", "sentence.start_date"]),
            bound,
            bound,
            st.booleans(),
            st.booleans(),
            st.sampled_from(list(Rounding)),
        ),
    )


def _reference_date(case, data):
    """Often on or near a date of the case, so that arithmetic from the reference date is tested."""
    own = [
        d
        for d in (
            case.sentence and case.sentence.start_date,
            case.sentence and case.sentence.reporting_date,
            case.daytime_activity and case.daytime_activity.since,
        )
        if d and dt.date(1900, 3, 1) <= d <= dt.date(2100, 10, 31)
    ]
    if not own or not data.draw(st.booleans()):
        return data.draw(dates())
    near = data.draw(st.sampled_from(own))
    return near + dt.timedelta(days=data.draw(st.sampled_from([0, 0, 1, -1, 20, -20, 40, -40])))


@settings(max_examples=150, deadline=None)
@given(for_model(CaseRecord), st.data())
def test_compiled_conditions_explain_exactly_as_the_interpreter(case, data):
    from kleinschalig.screening.compiled import compile_explained, text

    condition = data.draw(st.one_of(conditions(), _dated_leaves()))
    on = _reference_date(case, data)
    ev = Evaluation(on)
    truth = evaluate(condition, case, ev)
    read, missing, problems = {}, set(), set()
    assert compile_explained(condition)(case, on, read, missing, problems) is truth
    assert read == {path: text(value) for path, value in ev.read.items()}
    assert (missing, problems) == (ev.missing, ev.problems)


@settings(max_examples=120, deadline=None)
@given(
    for_model(Facility),
    st.lists(for_model(Criterion), max_size=4, unique_by=lambda c: c.id),
    st.lists(for_model(CaseRecord), min_size=1, max_size=3),
    st.data(),
)
def test_decide_equals_the_explaining_interpreter(facility, criteria, cases, data):
    from kleinschalig.catalogue import Catalogue
    from tests.screening_reference import reference_decide

    facility = attrs.evolve(facility, code=data.draw(st.sampled_from(["kv-a", "kv-b", "kvm"])))
    catalogue = Catalogue()
    catalogue.facilities.add(facility, "test")
    for criterion in criteria:
        catalogue.criteria.add(criterion, "test")
    ids = ["core.facility-open", "core.accepted-title", "elders", *(c.id for c in criteria)]
    for case in cases:  # later cases meet lines the first ones left in the plan
        on = _reference_date(case, data)
        chosen = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=2))
        overrides = [Override(i, "reden", "diz", on) for i in chosen]
        try:
            expected = reference_decide(case, facility, catalogue, on, overrides)
        except OverrideNotAllowed as exc:
            with pytest.raises(OverrideNotAllowed, match=re.escape(str(exc))):
                decide(case, facility, catalogue, on, overrides)
            continue
        for _twice in range(2):
            assert decide(case, facility, catalogue, on, overrides) == expected


@settings(max_examples=150, deadline=None)
@given(for_model(CaseRecord), st.data())
def test_lines_kept_across_cases_are_the_lines_the_interpreter_gives(case, data):
    from tests.screening_reference import reference_decide

    # One catalogue for every example: its plans keep lines from the cases before.
    catalogue = _KEPT_LINES_CATALOGUE
    on = _reference_date(case, data)
    for code in ("kv-proef", "kv-hard", "kv-dicht"):
        facility = catalogue.facility(code)
        expected = reference_decide(case, facility, catalogue, on)
        assert decide(case, facility, catalogue, on) == expected


_KEPT_LINES_CATALOGUE = host_with(("proef", ProefPlugin())).catalogue


# 31 January plus a month does not exist: a rounding choice.
@pytest.mark.parametrize("on", [dt.date(2026, 1, 15), dt.date(2026, 1, 31)])
@pytest.mark.parametrize("reporting_in_days", [-10, 0, 10])
@pytest.mark.parametrize("rounding", list(Rounding))
@pytest.mark.parametrize("length", [Duration(months=1), Duration(months=1, days=3)])
def test_bounds_worked_out_from_the_reference_date_only_serve_cases_counted_from_it(
    on, reporting_in_days, rounding, length
):
    from kleinschalig.screening.compiled import compile_explained

    rule = SentenceWithin("remaining", Duration(months=1), Duration(months=1), rounding=rounding)
    sentence = SentenceFacts(
        imposed_length=length, reporting_date=on + dt.timedelta(days=reporting_in_days)
    )
    case = good_case(sentence=sentence)
    ev = Evaluation(on)
    truth = evaluate(rule, case, ev)
    read, missing, problems = {}, set(), set()
    assert compile_explained(rule)(case, on, read, missing, problems) is truth
    assert (missing, problems) == (ev.missing, ev.problems)


def test_a_facility_passed_in_is_judged_as_it_is_not_as_registered(catalogue):
    from kleinschalig.model import OperatingPeriod, OperatingStatus
    from tests.screening_reference import reference_decide

    registered = catalogue.facility("kv-proef")
    closed = attrs.evolve(
        registered,
        operating=OperatingPeriod(OperatingStatus.NEVER_OPENED, sources=registered.sources),
        accepted_titles=("pij",),
    )
    for facility in (registered, closed, registered):
        decision = decide(good_case(), facility, catalogue, ON)
        assert decision == reference_decide(good_case(), facility, catalogue, ON)
    assert outcome(catalogue, good_case()).outcome is Outcome.NEEDS_ASSESSMENT
    assert decide(good_case(), closed, catalogue, ON).blocking == (
        "core.facility-open",
        "core.accepted-title",
    )
