"""The facility-specific indicators of appendix 4 (Tabel B4.4) that kv-middelburg registers."""

import datetime as dt
from typing import ClassVar

import attrs
import pytest

from kleinschalig.indicators import compute
from kleinschalig.model import (
    CaseRecord,
    DaytimeActivity,
    PlacementDecision,
    PlacementFacts,
)
from kleinschalig.model.case import ActivityKind
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance

#: The plugin (a data package: its YAML files) and the facility it registers.
PLUGIN = "kleinschalig_kv_middelburg"
FACILITY_CODE = "kv-middelburg"
#: The facts of the three pre-scan checks, in the order of the plan [001:L2144-2146].
PRESCAN_OM = "kv-middelburg.prescan_om"
PRESCAN_POLITIE = "kv-middelburg.prescan_politie"
PRESCAN_RECLASSERING_VH = "kv-middelburg.prescan_reclassering_veiligheidshuis"


def load_host() -> PluginHost:
    """kv-middelburg alone next to the core, without installed plugins."""
    return PluginHost.load(HostConfig(entry_points=False), plugins=[("kv-middelburg", PLUGIN)])


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-middelburg"
    plugin = PLUGIN
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (7092, 7535)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "mid-in-02": 7114,
        "mid-in-03": 7116,
        "mid-in-04": 7118,
        "mid-in-06": 7126,
        "mid-in-08": 7135,
        "mid-in-10": 7141,
        "mid-cx-03": 7292,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "mid-cx-03": "cx.network_buildup",
    }
    #: Appendix ids computed from the case record (from the declared facts); the rest
    #: are observations.
    computable = frozenset(
        {"mid-in-02", "mid-in-03", "mid-in-04", "mid-in-06", "mid-in-08", "mid-in-10"}
    )


# --- The computed inflow steps and the main outcome, on a small fictional cohort -----------

ON = dt.date(2022, 12, 31)
PRESCAN_FACTS = (PRESCAN_OM, PRESCAN_POLITIE, PRESCAN_RECLASSERING_VH)


def record(n, *, facility=FACILITY_CODE, prescan=("geen_bezwaar",) * 3, hours=32, **facts):
    """A KVM candidate with the pre-scan outcomes (or none), daytime activity and facts."""
    values = dict(zip(PRESCAN_FACTS, prescan, strict=True)) if prescan else {}
    values.update({f"kv-middelburg.{name}": value for name, value in facts.items()})
    return CaseRecord(
        f"fictief-kvm-ind-{n}",
        f"c{n}",
        facility=facility,
        daytime_activity=DaytimeActivity(
            ActivityKind.WORK, hours, employer_willing_to_be_checked=True
        ),
        facts=FactValues(values),
    )


COHORT = [
    # passes the pre-scan and reaches the screening
    record(1, advies_reclassering_gevraagd=True, werkgeverscheck="geen_bezwaar",
           afspraken_werkgever=True),
    # the OM objects: not screened
    record(2, prescan=("bezwaar", "geen_bezwaar", "geen_bezwaar")),
    # no police check: no objection, so screened
    record(3, prescan=("geen_bezwaar", "niet_uitgevoerd", "geen_bezwaar"),
           advies_reclassering_gevraagd=False, werkgeverscheck="bezwaar",
           afspraken_werkgever=False),
    # too few hours: not screened
    record(4, hours=20),
    # no pre-scan recorded: missing for the checks, unknown scope for the screening
    record(5, prescan=()),
    # another facility: out of scope everywhere
    record(6, facility="kv-elders"),
    # screened, advice and employer check not recorded
    record(7, afspraken_werkgever=True),
]  # fmt: skip


@pytest.fixture(scope="module")
def host():
    loaded = load_host()
    assert loaded.errors == ()
    return loaded


@pytest.fixture(scope="module")
def indicators(host):
    """The indicators kv-middelburg registers itself (the old ``INDICATORS``)."""
    ids = host.plugin("kv-middelburg").registered["indicator"]
    assert len(ids) == 7
    return [host.catalogue.indicator(i) for i in ids]


@pytest.fixture(scope="module")
def report(indicators):
    return compute(COHORT, indicators, on=ON)


def breakdown(result):
    return {c.value: (c.count, c.share) for c in result.breakdown}


def excluded(result):
    return {e.reason: e.case_ids for e in result.excluded}


def test_pre_scan_checks_are_distributed_over_their_outcomes(report):
    om = report.result("kv-middelburg.mid-in-02")
    assert (om.in_scope, om.denominator) == (6, 5)
    assert breakdown(om) == {"bezwaar": (1, 0.2), "geen_bezwaar": (4, 0.8)}
    assert excluded(om) == {"data.missing": ("c5",)}
    police = report.result("kv-middelburg.mid-in-03")
    assert breakdown(police) == {"geen_bezwaar": (4, 0.8), "niet_uitgevoerd": (1, 0.2)}
    probation = report.result("kv-middelburg.mid-in-04")
    assert breakdown(probation) == {"geen_bezwaar": (5, 1.0)}


def test_the_advice_request_counts_among_those_who_reached_it(report):
    advice = report.result("kv-middelburg.mid-in-06")
    # in scope: c1, c3, c7 (c2 objected, c4 has 20 hours, c6 is elsewhere)
    assert (advice.in_scope, advice.denominator, advice.numerator, advice.value) == (3, 2, 1, 0.5)
    assert excluded(advice) == {"data.missing": ("c7",), "scope.unknown": ("c5",)}


def test_employer_check_and_agreements_among_those_screened(report):
    check = report.result("kv-middelburg.mid-in-08")
    assert breakdown(check) == {"bezwaar": (1, 0.5), "geen_bezwaar": (1, 0.5)}
    assert excluded(check) == {"data.missing": ("c7",), "scope.unknown": ("c5",)}
    agreements = report.result("kv-middelburg.mid-in-10")
    assert (agreements.denominator, agreements.numerator) == (3, 2)
    assert agreements.value == pytest.approx(2 / 3)


def test_the_network_build_up_stays_an_interview_observation(report):
    result = report.result("kv-middelburg.mid-cx-03")
    assert (result.denominator, result.value) == (0, None)


def left(n, kind=ActivityKind.WORK, **facts):
    """A KVM resident who left, with the core's outflow facts (T1)."""
    return CaseRecord(
        f"fictief-kvm-uit-{n}",
        f"u{n}",
        facility=FACILITY_CODE,
        daytime_activity=DaytimeActivity(kind, 32, employer_willing_to_be_checked=True),
        placement=PlacementFacts(
            PlacementDecision.PLACED,
            inflow_date=dt.date(2022, 3, 7),
            outflow_date=dt.date(2022, 8, 1),
        ),
        facts=FactValues(facts),
    )


def test_the_main_outcome_of_the_kvm_is_computed_by_the_core_facts():
    """Work kept through detention and at outflow [000:L34-35], [001:L7334-7348]."""
    cohort = [
        left(1, **{
            "core.activity_throughout_detention": {"t1": True},
            "core.daytime_activity": {"t1": "work"},
        }),
        left(2, **{
            "core.activity_throughout_detention": {"t1": False},
            "core.daytime_activity": {"t1": "none"},
        }),
        left(3),  # not recorded at outflow: excluded, counted
        attrs.evolve(left(4), placement=PlacementFacts(  # still inside: out of scope
            PlacementDecision.PLACED, inflow_date=dt.date(2022, 9, 5)
        )),
    ]  # fmt: skip
    host = load_host()
    wanted = ("core.st.dagbesteding-hele-detentie", "core.of.dagbesteding-behouden")
    indicators = [i for i in host.catalogue.indicators_for(FACILITY_CODE) if i.id in wanted]
    assert {i.id for i in indicators} == set(wanted)
    report = compute(cohort, indicators, on=ON)
    for key in wanted:
        result = report.result(key)
        assert (result.in_scope, result.denominator, result.numerator) == (3, 2, 1), key
        assert excluded(result) == {"data.missing": ("u3",)}, key
