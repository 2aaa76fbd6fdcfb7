import csv
import datetime as dt
import io
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinschalig.codec.converter import dump_json
from kleinschalig.dates import Duration
from kleinschalig.indicators import JsonlReader, compute, funnel, occupancy
from kleinschalig.model import (
    BasisvoorwaardenMeasurement,
    BVStatus,
    CapacityEntry,
    CaseRecord,
    IntakeFacts,
    LifeDomainScores,
    MeasurementMoment,
    OutflowReason,
    PlacementDecision,
    PlacementFacts,
    PlacePool,
    RecidivismEvent,
    RecidivismType,
    Referral,
    Sex,
    cite,
)
from kleinschalig.model.checks import indicator_problems
from kleinschalig.model.conditions import Compare
from kleinschalig.model.facilities import FacilityKind
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.fact_values import FactValues
from kleinschalig.model.indicators import (
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorScope,
    IndicatorUnit,
    Mean,
    Share,
)
from kleinschalig.national.facts import NATIONAL_FACTS
from kleinschalig.national.indicators import CORE_INDICATORS
from kleinschalig.plugins import HostConfig, PluginHost, Stage, hookimpl
from kleinschalig.testing.strategies import for_model
from tests.factories import facility

ON = dt.date(2025, 12, 31)
JAN = dt.date(2022, 1, 1)
S = (cite("001:L5529"),)


def placed(inflow=dt.date(2022, 1, 3), outflow=None, reason=None, **kw):
    return PlacementFacts(
        PlacementDecision.PLACED,
        decision_date=inflow,
        inflow_date=inflow,
        outflow_date=outflow,
        outflow_reason=reason,
        **kw,
    )


def case(n, **kw):
    return CaseRecord(f"fictief-{n}", f"c-{n}", **kw)


def result(records, indicator_id, **kw):
    return compute(records, CORE_INDICATORS, on=kw.pop("on", ON), **kw).result(indicator_id)


def test_every_record_in_scope_counts_or_is_excluded_with_a_reason():
    records = [
        case(1, placement=placed(), intake=IntakeFacts(group_suitable=True)),
        case(2, placement=placed(), intake=IntakeFacts(group_suitable=False)),
        case(3, placement=placed()),
        case(4, placement=PlacementFacts(PlacementDecision.NOT_PLACED)),
        case(5),
    ]
    r = result(records, "core.tg.groepsgeschikt")
    assert (r.numerator, r.denominator, r.value, r.in_scope) == (1, 2, 0.5, 3)
    # c-3 counts but lacks the fact; for c-5 (no placement facts) it is not even
    # known whether it belongs to the denominator
    assert [(e.reason, e.count, e.case_ids, e.missing) for e in r.excluded] == [
        ("data.missing", 1, ("c-3",), ("intake.group_suitable",)),
        ("scope.unknown", 1, ("c-5",), ("placement.decision",)),
    ]
    # the not placed and the undecided are out of scope, not "missing"
    decided = result(records, "core.in.geplaatst")
    assert (decided.numerator, decided.denominator) == (3, 4)


def test_basisvoorwaarden_at_intake_and_outflow():
    t0 = BasisvoorwaardenMeasurement(
        MeasurementMoment.T0,
        housing=BVStatus.MISSING,
        income=BVStatus.MET,
        debts=BVStatus.NOT_APPLICABLE,
        id_document=BVStatus.MET,
        care_insurance=BVStatus.MET,
    )
    t1 = attrs.evolve(t0, moment=MeasurementMoment.T1, housing=BVStatus.MET)
    unknown = attrs.evolve(t1, care_insurance=BVStatus.UNKNOWN)
    records = [
        case(1, placement=placed(), basisvoorwaarden=(t0, t1)),
        case(2, placement=placed(), basisvoorwaarden=(t0, unknown)),
        case(3, placement=placed()),
    ]
    assert result(records, "core.st.bv.housing.t0").value == 0.0
    assert result(records, "core.st.bv.housing.t1").value == 1.0
    all_five = result(records, "core.st.basisvoorwaarden.t1")
    assert (all_five.numerator, all_five.denominator, all_five.in_scope) == (1, 1, 3)
    missing = {e.reason: e.missing for e in all_five.excluded}
    assert missing == {
        "data.missing": ("basisvoorwaarden[t1]", "basisvoorwaarden[t1].care_insurance")
    }


def test_life_domain_change_between_t0_and_t1():
    scores = (
        LifeDomainScores(MeasurementMoment.T0, housing=-2),
        LifeDomainScores(MeasurementMoment.T1, housing=1),
    )
    records = [case(1, placement=placed(), life_domains=scores), case(2, placement=placed())]
    r = result(records, "core.lt.leefgebied.housing")
    assert (r.value, r.denominator, r.in_scope) == (3.0, 1, 2)


def test_life_domain_change_between_t0_and_t2():
    """Appendix 4 measures the life domains at T0, T1 and T2 (Nulmeting, Eindmeting,
    Nameting, 001:L5821-5829); issue 17 added the change to the follow-up."""
    scores = (
        LifeDomainScores(MeasurementMoment.T0, housing=-2, finances=0),
        LifeDomainScores(MeasurementMoment.T1, housing=1),
        LifeDomainScores(MeasurementMoment.T2, housing=2, finances=-1),
    )
    only_t1 = scores[:2]
    records = [
        case(1, placement=placed(), life_domains=scores),
        case(2, placement=placed(), life_domains=only_t1),
    ]
    r = result(records, "core.lt.leefgebied.housing.t2")
    assert (r.value, r.denominator, r.in_scope) == (4.0, 1, 2)
    assert [(e.reason, e.case_ids, e.missing) for e in r.excluded] == [
        ("data.missing", ("c-2",), ("life_domains[t2].housing",))
    ]
    assert result(records, "core.lt.leefgebied.finances.t2").value == -1.0
    t2 = [i for i in CORE_INDICATORS if i.id.startswith("core.lt.leefgebied.") and "t2" in i.id]
    assert len(t2) == 8
    assert all(i.moment is IndicatorMoment.T2 and i.measure.end is MeasurementMoment.T2 for i in t2)


@pytest.mark.parametrize(
    ("indicator_id", "fact", "moment"),
    [
        ("core.st.motivatie-uitstroom", "core.motivation_crime_free", "t1"),
        ("core.st.steunend-netwerk", "core.supportive_network", "t1"),
        ("core.st.afspraken-professionals", "core.aftercare_agreements", "t1"),
        ("core.st.ondersteuning-na-uitstroom", "core.support_continued", "t2"),
        ("core.lt.steunend-netwerk.t2", "core.supportive_network", "t2"),
    ],
)
def test_outcomes_at_outflow_and_follow_up_read_the_declared_facts(indicator_id, fact, moment):
    """Motivation, network and agreements at outflow, support after it (issue 17): a share of
    those who left, read at the fact's moment; a value at another moment does not count."""
    left = placed(outflow=dt.date(2022, 6, 1))
    records = [
        case(1, placement=left, facts=FactValues({fact: {moment: True}})),
        case(2, placement=left, facts=FactValues({fact: {moment: False}})),
        case(3, placement=left, facts=FactValues({fact: {"t0": True}})),
        case(4, placement=placed(), facts=FactValues({fact: {moment: True}})),
    ]
    r = result(records, indicator_id)
    assert (r.numerator, r.denominator, r.in_scope) == (1, 2, 3)
    assert [(e.reason, e.case_ids, e.missing) for e in r.excluded] == [
        ("data.missing", ("c-3",), (f"{fact}@{moment}",))
    ]
    [item] = [i for i in CORE_INDICATORS if i.id == indicator_id]
    assert item.moment.value == moment


def test_the_new_outcome_facts_are_ordinary_and_at_their_moments():
    facts = {f.id: f for f in NATIONAL_FACTS}
    moments = {
        "core.motivation_crime_free": ("t1",),
        "core.supportive_network": ("t0", "t1", "t2"),
        "core.aftercare_agreements": ("t1",),
        "core.support_continued": ("t2",),
    }
    for fact_id, expected in moments.items():
        assert tuple(m.value for m in facts[fact_id].moments) == expected
        assert facts[fact_id].sensitivity is Sensitivity.ORDINARY


def test_the_national_indicators_apply_to_the_kvs_and_not_to_the_kvjj():
    """Appendix 4 has tables for the five KVs only [001:L5368-5372]; before issue 17 every
    core indicator applied to the five KVJJ locations too."""
    assert all(i.scope == IndicatorScope(kinds=(FacilityKind.KV,)) for i in CORE_INDICATORS)
    host = PluginHost.load(
        HostConfig(entry_points=False),
        plugins=[("kvjj", "kleinschalig_kvjj"), ("kv-rotterdam", "kleinschalig_kv_rotterdam")],
    )
    assert host.errors == ()
    kv = {i.id for i in host.catalogue.indicators_for("kv-rotterdam-hoogvliet")}
    kvjj = {i.id for i in host.catalogue.indicators_for("kvjj-venlo")}
    assert {i.id for i in CORE_INDICATORS} <= kv
    assert kvjj == {
        "kvjj.verblijfsduur",
        "kvjj.dagbesteding-bij-uitstroom",
        "kvjj.hulpverlening-doorgelopen",
    }
    assert not kvjj & kv


def test_the_kvjj_indicators_compute_from_the_core_facts():
    """003 supports the length of stay [003:L128], an activity started or kept during the
    stay [003:L21], [003:L27] and help that continues after it [003:L136-138]."""
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("kvjj", "kleinschalig_kvjj")])
    own = host.catalogue.indicators_for("kvjj-krimpen")
    left = placed(dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    records = [
        case(1, placement=left, facts=FactValues({"core.daytime_activity": {"t1": "education"}})),
        case(
            2,
            placement=placed(dt.date(2024, 1, 1), dt.date(2024, 3, 1)),
            facts=FactValues(
                {"core.daytime_activity": {"t1": "none"}, "core.support_continued": {"t2": True}}
            ),
        ),
        case(3, placement=placed(dt.date(2024, 2, 1))),
    ]
    report = compute(records, own, on=ON)
    assert report.result("kvjj.verblijfsduur").value == 45.0
    activity = report.result("kvjj.dagbesteding-bij-uitstroom")
    assert (activity.numerator, activity.denominator, activity.in_scope) == (1, 2, 2)
    help_ = report.result("kvjj.hulpverlening-doorgelopen")
    assert (help_.numerator, help_.denominator, help_.in_scope) == (1, 1, 2)


def conviction(day):
    return RecidivismEvent(RecidivismType.CONVICTION, day)


def test_recidivism_needs_a_window_and_waits_for_it_to_pass():
    left = placed(outflow=dt.date(2024, 1, 10), reason=OutflowReason.COMPLETED)
    records = [
        case(
            1,
            placement=left,
            recidivism=(RecidivismEvent(RecidivismType.CONVICTION, dt.date(2024, 6, 1)),),
        ),
        case(
            2,
            placement=left,
            recidivism=(RecidivismEvent(RecidivismType.CONVICTION, dt.date(2026, 1, 1)),),
        ),
        case(3, placement=placed(outflow=dt.date(2025, 6, 1))),
        case(4, placement=placed()),
    ]
    unset = result(records, "core.fg.conviction")
    assert unset.value is None
    assert unset.note
    assert {e.reason for e in unset.excluded} == {"window.unset"}
    year = result(records, "core.fg.conviction", window=Duration(years=1))
    assert (year.numerator, year.denominator, year.value) == (1, 2, 0.5)
    assert [(e.reason, e.case_ids) for e in year.excluded] == [("window.not_passed", ("c-3",))]
    # the event of c-2 falls outside a one-year window, inside a three-year one
    later = result(records, "core.fg.conviction", window=Duration(years=3), on=dt.date(2027, 2, 1))
    assert later.numerator == 2


def test_stay_length_and_placed_back_share():
    records = [
        case(
            1, placement=placed(dt.date(2022, 1, 1), dt.date(2022, 3, 2), OutflowReason.COMPLETED)
        ),
        case(
            2,
            placement=placed(dt.date(2022, 1, 1), dt.date(2022, 1, 11), OutflowReason.PLACED_BACK),
        ),
        case(3, placement=placed(dt.date(2022, 1, 1))),
    ]
    assert result(records, "core.of.verblijfsduur").value == 35.0
    back = result(records, "core.of.teruggeplaatst")
    assert (back.numerator, back.denominator) == (1, 2)


def test_a_distribution_gives_a_breakdown():
    records = [
        case(1, placement=placed(), referral=Referral(dt.date(2022, 1, 1), by="diz")),
        case(2, placement=placed(), referral=Referral(dt.date(2022, 1, 1), by="diz")),
        case(3, placement=placed(), referral=Referral(dt.date(2022, 1, 1), by="gemeente")),
    ]
    r = result(records, "core.in.verwijzer")
    assert [(c.value, c.count) for c in r.breakdown] == [("diz", 2), ("gemeente", 1)]


def test_the_period_selects_the_cohort():
    records = [
        case(1, placement=placed(dt.date(2021, 1, 1), dt.date(2021, 3, 1))),
        case(2, placement=placed(dt.date(2022, 5, 1))),
    ]
    report = compute(
        records, CORE_INDICATORS, on=ON, start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31)
    )
    assert (report.records, report.outside_period) == (1, 1)


@settings(max_examples=40, deadline=None)
@given(st.lists(for_model(CaseRecord), max_size=8))
def test_counts_add_up_for_any_cohort(records):
    report = compute(records, CORE_INDICATORS, on=ON, window=Duration(years=1), keep_case_ids=None)
    for r in report.results:
        counted_or_excluded = r.denominator + sum(
            e.count for e in r.excluded if e.reason != "scope.unknown"
        )
        if r.indicator.measure.kind != "feedback":
            assert counted_or_excluded == r.in_scope, r.id
            assert r.in_scope <= report.records
        if r.value is not None and r.indicator.unit is IndicatorUnit.SHARE:
            assert 0 <= r.value <= 1
        assert r.coverage is None or 0 <= r.coverage <= 1


# --- registration ----------------------------------------------------------------------


def indicator(**changes):
    base = {
        "id": "proef.motivatie",
        "label": "Gemotiveerd",
        "level": IndicatorLevel.TARGET_GROUP,
        "moment": IndicatorMoment.T0,
        "measure": Share(Compare("intake.motivated", "eq", True)),
        "unit": IndicatorUnit.SHARE,
        "sources": S,
    }
    return Indicator(**(base | changes))


def test_indicator_measures_are_checked_against_the_case_record():
    assert indicator_problems(indicator()) == []
    bad = indicator(measure=Share(Compare("intake.bestaat_niet", "eq", True)))
    assert any("unknown case-record fact" in p for p in indicator_problems(bad))
    sensitive = indicator(measure=Mean("birth_date"), unit=IndicatorUnit.MEAN)
    assert any("sensitive" in p for p in indicator_problems(sensitive))
    not_a_number = indicator(measure=Mean("intake.motivated"), unit=IndicatorUnit.MEAN)
    assert any("number" in p for p in indicator_problems(not_a_number))


def test_a_unit_must_fit_the_measure():
    from kleinschalig.errors import InvalidValue

    with pytest.raises(InvalidValue):
        indicator(unit=IndicatorUnit.DAYS)


class IndicatorPlugin:
    def __init__(self, indicators):
        self.indicators = indicators

    @hookimpl
    def kleinschalig_register_facilities(self, register):
        register.add(facility(code="kv-proef"))

    @hookimpl
    def kleinschalig_register_indicators(self, register):
        for item in self.indicators:
            register.add(item)


def test_plugins_register_indicators_for_their_facility():
    own = indicator(scope=attrs.evolve(indicator().scope, facilities=("kv-proef",)))
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", IndicatorPlugin([own]))]
    )
    assert host.errors == ()
    ids = {i.id for i in host.catalogue.indicators_for("kv-proef")}
    assert "proef.motivatie" in ids
    assert {i.id for i in CORE_INDICATORS} <= ids
    broken = indicator(measure=Share(Compare("intake.bestaat_niet", "eq", True)))
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", IndicatorPlugin([broken]))]
    )
    assert host.plugin("proef").errors[0].stage is Stage.REGISTER


def test_every_core_indicator_cites_the_appendix_and_states_its_measure():
    assert len({i.id for i in CORE_INDICATORS}) == len(CORE_INDICATORS)
    for item in CORE_INDICATORS:
        assert item.sources, item.id
        assert indicator_problems(item) == [], item.id


# --- occupancy, funnel, exports ----------------------------------------------------------

KV = facility(
    code="kv-proef",
    capacity=(
        CapacityEntry(dt.date(2022, 1, 1), (PlacePool("kv", 2),)),
        CapacityEntry(
            dt.date(2022, 1, 20), (PlacePool("kv", 1),), dt.date(2022, 1, 31), temporary=True
        ),
    ),
)


def test_occupancy_follows_the_dated_capacity_and_warns_above_it():
    stays = [
        case(n, facility="kv-proef", placement=placed(dt.date(2022, 1, n), dt.date(2022, 1, 25)))
        for n in (1, 2)
    ]
    report = occupancy(stays, KV, dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    assert report.census[:3] == (1, 2, 2)
    assert report.capacity[18:20] == (2, 1)
    over = [w for w in report.warnings if w.code == "census.above_capacity"]
    assert [w.params["day"] for w in over] == [f"2022-01-{d}" for d in range(20, 25)]
    months = report.months().to_records()
    assert months[0]["bed_days"] == report.bed_days == 24 + 23


def test_bed_days_without_a_capacity_in_force_are_counted_apart_not_in_the_occupancy():
    kv = facility(
        code="kv-proef", capacity=(CapacityEntry(dt.date(2022, 1, 11), (PlacePool("kv", 2),)),)
    )
    stay = case(1, facility="kv-proef", placement=placed(dt.date(2022, 1, 1), dt.date(2022, 1, 21)))
    report = occupancy([stay], kv, dt.date(2022, 1, 1), dt.date(2022, 1, 20))
    assert (report.bed_days, report.bed_days_without_capacity, report.capacity_days) == (20, 10, 20)
    # 10 bed-days against 20 place-days: not 20 against 20.
    assert report.occupancy == 0.5
    (january,) = report.per("month").to_records()
    assert (january["occupancy"], january["bed_days_without_capacity"]) == (0.5, 10)
    assert {w.code for w in report.warnings} == {"stay.no_capacity"}


def test_occupancy_per_month_quarter_and_year_adds_up_to_the_whole_period():
    kv = facility(
        code="kv-proef", capacity=(CapacityEntry(dt.date(2022, 1, 1), (PlacePool("kv", 2),)),)
    )
    stays = [
        case(1, facility="kv-proef", placement=placed(dt.date(2022, 3, 20), dt.date(2022, 4, 10))),
        case(2, facility="kv-proef", placement=placed(dt.date(2022, 12, 25))),
    ]
    report = occupancy(stays, kv, dt.date(2022, 2, 15), dt.date(2023, 1, 31))
    for period, first in (("month", "2022-02"), ("quarter", "2022-Q1"), ("year", "2022")):
        rows = report.per(period).to_records()
        assert rows[0][period] == first
        assert sum(r["days"] for r in rows) == len(report.census)
        assert sum(r["bed_days"] for r in rows) == report.bed_days
        assert sum(r["capacity_days"] for r in rows) == report.capacity_days
    with pytest.raises(ValueError, match="choose one of month, quarter, year"):
        report.per("week")  # type: ignore[arg-type]
    quarters = {r["quarter"]: r for r in report.per("quarter").to_records()}
    assert list(quarters) == ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"]
    assert quarters["2022-Q1"]["days"] == 14 + 31  # cut off at the start of the period
    assert quarters["2022-Q2"]["bed_days"] == 9  # 1-9 April: the day of outflow is not counted
    assert quarters["2022-Q3"]["occupancy"] == 0
    assert quarters["2023-Q1"]["mean_occupied"] == 1


def test_funnel_counts_decisions_and_outflow(tmp_path):
    host = PluginHost.load(HostConfig(entry_points=False))
    records = [
        case(
            1,
            facility="kv-proef",
            placement=placed(outflow=dt.date(2022, 3, 1), reason=OutflowReason.PLACED_BACK),
        ),
        case(2, facility="kv-proef", placement=PlacementFacts(PlacementDecision.DECLINED)),
        case(3, facility="kv-proef", placement=placed(admitted_by_exception=True)),
    ]
    with_kv = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("proef", IndicatorPlugin([]))]
    )
    result_ = funnel(records, with_kv.catalogue, "kv-proef")
    assert result_.candidates == 3
    assert dict(result_.decisions) == {"declined": 1, "placed": 2}
    assert dict(result_.outflow) == {"inside": 1, "placed_back": 1}
    assert result_.by_exception == 1
    assert host.catalogue  # the core alone has no facility workflows: stages stay empty
    assert result_.stages == ()


def test_reports_export_to_records_csv_json_pandas_and_parquet(tmp_path):
    records = [case(1, placement=placed(), intake=IntakeFacts(group_suitable=True))]
    table = compute(records, CORE_INDICATORS, on=ON).table("en")
    rows = table.to_records()
    assert {"id", "numerator", "denominator", "value", "coverage"} <= set(rows[0])
    assert table.to_csv().splitlines()[0].startswith("id,category,category_label,label,level")
    assert json.loads(table.to_json())[0]["id"] == rows[0]["id"]
    frame = table.to_pandas()
    assert list(frame.columns) == list(table.columns)
    path = tmp_path / "indicators.parquet"
    table.to_parquet(path)
    import pandas as pd

    assert len(pd.read_parquet(path)) == len(rows)


def test_plots_are_written_as_png(tmp_path):
    from kleinschalig.indicators.plots import plot_basisvoorwaarden, plot_funnel, plot_occupancy

    stays = [case(1, facility="kv-proef", placement=placed(dt.date(2022, 1, 2)))]
    occ = occupancy(stays, KV, dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("proef", IndicatorPlugin([]))])
    paths = [
        plot_occupancy(occ, tmp_path / "o.png"),
        plot_funnel(funnel(stays, host.catalogue, "kv-proef"), tmp_path / "f.png"),
        plot_basisvoorwaarden(compute(stays, CORE_INDICATORS, on=ON), tmp_path / "b.png"),
    ]
    for path in paths:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_json_lines_invalid_lines_are_counted_not_dropped():
    good = dump_json(case(1, placement=placed()))
    reader = JsonlReader(io.StringIO(f"{good}\nnot json\n{{}}\n"))
    assert [c.case_id for c in reader] == ["c-1"]
    assert [(e.line, e.errors[0].code) for e in reader.invalid] == [
        (2, "json.syntax"),
        (3, "field.missing"),
    ]


def test_report_table_lists_each_category_of_a_distribution_under_its_indicator():
    from kleinschalig.indicators import REPORT_TABLE_COLUMNS

    records = [
        case(1, placement=placed(), sex=Sex.MALE),
        case(2, placement=placed(), sex=Sex.MALE),
        case(3, placement=placed(), sex=Sex.FEMALE),
        case(4, placement=placed()),
    ]
    table = compute(records, CORE_INDICATORS, on=ON).table("en")
    assert table.columns == REPORT_TABLE_COLUMNS
    rows = [r for r in table.to_records() if r["id"] == "core.tg.geslacht"]
    main, *categories = rows
    assert (main["category"], main["numerator"], main["denominator"], main["value"]) == (
        None,
        3,
        3,
        None,
    )
    assert (main["in_scope"], main["excluded"]) == (4, 1)
    assert [(r["category"], r["numerator"], r["denominator"]) for r in categories] == [
        ("female", 1, 3),
        ("male", 2, 3),
    ]
    assert [r["category_label"] for r in categories] == ["female", "male"]
    dutch = compute(records, CORE_INDICATORS, on=ON).table("nl").to_records()
    assert [r["category_label"] for r in dutch if r["id"] == "core.tg.geslacht"] == [
        None,
        "vrouw",
        "man",
    ]
    assert [r["value"] for r in categories] == pytest.approx([1 / 3, 2 / 3])
    # Counts per record appear once per indicator, on its own row.
    assert all(r["in_scope"] is None and r["excluded"] is None for r in categories)


def test_report_table_says_why_an_indicator_has_no_value():
    from kleinschalig.i18n import translate

    table = compute([case(1, placement=placed())], CORE_INDICATORS, on=ON).table("en")
    notes = {r["id"]: r["note"] for r in table.to_records() if r["category"] is None}
    unset = translate("Geen termijn gekozen: geef een termijn op om recidive te berekenen.", "en")
    assert unset != "Geen termijn gekozen: geef een termijn op om recidive te berekenen."
    assert notes["core.fg.recidive"] == unset
    assert notes["core.in.geplaatst"] is None


def test_cli_indicators_table_and_csv_show_categories_and_notes(tmp_path, capsys):
    from kleinschalig.cli import main

    path = tmp_path / "cohort.jsonl"
    rows = [case(n, facility="kv-middelburg", sex=Sex.MALE, placement=placed()) for n in (1, 2, 3)]
    path.write_text("\n".join(dump_json(r) for r in rows) + "\n")
    args = ["indicators", str(path), "--facility", "kv-middelburg", "--on", "2024-01-01"]
    assert main([*args, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    sex = next(i for i, line in enumerate(lines) if line.startswith("core.tg.geslacht "))
    assert lines[sex + 1].split() == ["·", "male", "share", "3", "3", "1"]
    assert main(args) == 0  # in Dutch, the category's Dutch label
    dutch = capsys.readouterr().out.splitlines()
    sex = next(i for i, line in enumerate(dutch) if line.startswith("core.tg.geslacht "))
    assert dutch[sex + 1].split()[:2] == ["·", "man"]
    notes = [line for line in lines if line.startswith("— ")]
    assert any("core.fg.recidive" in line and "core.fg.conviction" in line for line in notes)
    assert main([*args, "--format", "csv"]) == 0
    csv_rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    male = next(r for r in csv_rows if r["id"] == "core.tg.geslacht" and r["category"] == "male")
    assert (male["numerator"], male["denominator"], male["in_scope"]) == ("3", "3", "")
    recidive = next(r for r in csv_rows if r["id"] == "core.fg.recidive")
    assert recidive["note"]


FEB = dt.date(2021, 2, 1)


def test_cli_indicators_json_lists_every_indicator(tmp_path, capsys, monkeypatch):
    from kleinschalig.cli import main

    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    path = tmp_path / "cohort.jsonl"
    rows = [
        case(
            1, facility="kv-middelburg", placement=placed(dt.date(2021, 2, 1), dt.date(2021, 5, 1))
        ),
        case(2, facility="kv-middelburg", placement=PlacementFacts(PlacementDecision.NOT_PLACED)),
        case(3, facility="kv-almelo"),
    ]
    path.write_text("\n".join(dump_json(r) for r in rows) + "\n{}\n")
    monkeypatch.delenv("KLEINSCHALIG_DISABLE_AUTOLOAD")
    code = main(
        [
            "indicators",
            str(path),
            "--facility",
            "kv-middelburg",
            "--on",
            "2024-01-01",
            "--format",
            "json",
            "--window",
            "1y",
            "--plot",
            str(tmp_path / "plots"),
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["records"] == 2
    assert data["other_facilities"] == 1
    assert data["invalid_lines"][0]["line"] == 4
    for item in data["indicators"]:
        assert {"id", "numerator", "denominator", "value", "coverage"} <= set(item)
    assert data["occupancy"]["bed_days"] == 89
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == [
        "basisvoorwaarden.png",
        "funnel.png",
        "occupancy.png",
    ]


@settings(max_examples=80, deadline=None)
@given(for_model(CaseRecord), st.data())
def test_compiled_conditions_agree_with_the_explaining_evaluator(record, data):
    from kleinschalig.indicators.fast import compile_condition
    from kleinschalig.screening.evaluate import Evaluation, evaluate
    from kleinschalig.testing.strategies import conditions

    condition = data.draw(conditions())
    assert compile_condition(condition)(record, ON) is evaluate(condition, record, Evaluation(ON))


def test_table_select_keeps_the_asked_columns_in_order_and_refuses_unknown_or_doubled():
    from kleinschalig.indicators import Table

    table = Table(("id", "value", "note"), (("a", 0.5, None), ("b", None, "x")))
    assert table.select("note", "id").to_records() == [
        {"note": None, "id": "a"},
        {"note": "x", "id": "b"},
    ]
    with pytest.raises(KeyError, match="no such column: nope"):
        table.select("id", "nope")
    with pytest.raises(ValueError, match="twice"):
        table.select("id", "id")
