"""The facility-specific indicators of appendix 4 (Tabel B4.2) that kv-amsterdam registers."""

import datetime as dt
from typing import ClassVar

import pytest

from kleinschalig.codec.converter import structure
from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance

PLUGIN = ("kv-amsterdam", "kleinschalig_kv_amsterdam")
FACILITY_CODE = "kv-amsterdam"


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-amsterdam"
    plugin = "kleinschalig_kv_amsterdam"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (6065, 6605)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "ams-in-01": 6083,
        "ams-tg-08": 6147,
        "ams-tg-12": 6178,
        "ams-out-06": 6285,
        "ams-out-07": 6287,
        "ams-st-03": 6414,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "ams-tg-08": "tg.care_trajectory_outside",
    }
    #: Appendix ids computed from the case record (all six, from the declared facts).
    computable = frozenset(catalogue_lines)


def _record(number, placement, facts, kind=None):
    data = {
        "subject_id": f"fictief-amsterdam-i{number}",
        "case_id": f"fictief-amsterdam-ic{number}",
        "facility": FACILITY_CODE,
        "placement": placement,
        "facts": facts,
    }
    if kind is not None:
        data["daytime_activity"] = {"kind": kind}
    return structure(data, CaseRecord)


def _left(inflow, outflow):
    return {"decision": "placed", "inflow_date": inflow, "outflow_date": outflow}


#: A fictional cohort whose answers are worked out by hand (KV Amsterdam never opened).
COHORT = (
    # 1 and 2 left; 3 is still inside; 4 was not placed; 5 awaits a decision.
    _record(
        1,
        _left("2021-03-01", "2021-07-01"),
        {
            "kv-amsterdam.afweging_3ro": "mogelijk",
            "kv-amsterdam.lopend_zorgtraject": True,
            "kv-amsterdam.beperkt_snap_en_doevermogen": True,
            "kv-amsterdam.coachsessies": {"t1": 12},
            "kv-amsterdam.opbouwende_gesprekken": {"t1": 30},
            "kv-amsterdam.betrokken_bij_incident": {"t1": False},
            "core.activity_throughout_detention": {"t1": True},
            "core.daytime_activity": {"t1": "work"},
        },
        kind="work",
    ),
    _record(
        2,
        _left("2021-04-01", "2021-09-01"),
        {
            "kv-amsterdam.afweging_3ro": "mogelijk",
            "kv-amsterdam.lopend_zorgtraject": False,
            "kv-amsterdam.beperkt_snap_en_doevermogen": True,
            "kv-amsterdam.coachsessies": {"t1": 6},
            "kv-amsterdam.opbouwende_gesprekken": {"t1": 10},
            "kv-amsterdam.betrokken_bij_incident": {"t1": True},
            "kv-amsterdam.aantal_incidenten": {"t1": 2},
            "core.activity_throughout_detention": {"t1": False},
            "core.daytime_activity": {"t1": "none"},
        },
        kind="education",
    ),
    _record(
        3,
        {"decision": "placed", "inflow_date": "2021-05-01"},
        {"kv-amsterdam.afweging_3ro": "niet_afgewogen", "kv-amsterdam.lopend_zorgtraject": True},
    ),
    _record(4, {"decision": "not_placed"}, {"kv-amsterdam.afweging_3ro": "niet_mogelijk"}),
    _record(5, {"decision": "pending"}, {"kv-amsterdam.afweging_3ro": "mogelijk"}),
)


@pytest.fixture(scope="module")
def report():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    assert host.errors == ()
    indicators = host.catalogue.indicators_for(FACILITY_CODE)
    return compute(COHORT, indicators, on=dt.date(2021, 12, 31), catalogue=host.catalogue)


@pytest.mark.parametrize(
    ("key", "denominator", "value"),
    [
        ("kv-amsterdam.ams-tg-08", 3, 2 / 3),  # 1 and 3 of the placed 1, 2, 3
        ("kv-amsterdam.ams-tg-12", 2, 1.0),  # 3 is excluded: not recorded
        ("kv-amsterdam.ams-out-06", 2, 9.0),  # (12 + 6) / 2, among those who left
        ("kv-amsterdam.ams-out-07", 2, 20.0),  # (30 + 10) / 2
        ("kv-amsterdam.ams-st-03", 2, 0.5),  # 2 of those who left
        # The main outcome [001:L6397-6409], computed by the core from the core facts.
        ("core.st.dagbesteding-hele-detentie", 2, 0.5),
        ("core.of.dagbesteding-behouden", 2, 0.5),  # 1 kept work; 2 lost education
    ],
)
def test_a_fictional_cohort_gives_the_hand_computed_values(report, key, denominator, value):
    result = report.result(key)
    assert result.denominator == denominator
    assert result.value == pytest.approx(value)


def test_missing_values_are_excluded_and_counted(report):
    result = report.result("kv-amsterdam.ams-tg-12")
    assert (result.in_scope, result.denominator) == (3, 2)
    assert sum(e.count for e in result.excluded) == 1


def test_the_3ro_consideration_spreads_over_the_candidates_with_a_decision(report):
    result = report.result("kv-amsterdam.ams-in-01")
    assert result.denominator == 4  # 5 awaits a decision
    assert {c.value: c.count for c in result.breakdown} == {
        "mogelijk": 2,
        "niet_mogelijk": 1,
        "niet_afgewogen": 1,
    }
