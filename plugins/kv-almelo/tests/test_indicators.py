"""The facility-specific indicators of appendix 4 (Tabel B4.1) that kv-almelo registers."""

import datetime as dt
from typing import ClassVar

import pytest

from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, PlacementDecision, PlacementFacts, Referral
from kleinschalig.model.fact_values import FactValues
from kleinschalig.model.indicators import Observation
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-almelo"


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-almelo"
    plugin = "kleinschalig_kv_almelo"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (5402, 6063)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "alm-in-04": 5432,
        "alm-in-05": 5436,
        "alm-in-09": 5459,
        "alm-in-10": 5463,
        "alm-in-12": 5471,
        "alm-tg-08": 5521,
        "alm-out-06": 5610,
        "alm-pr-02a": 5664,
        "alm-pr-02f": 5676,
        "alm-pr-02g": 5678,
        "alm-cx-03": 5705,
        "alm-st-08": 5781,
        "alm-lt-10": 5914,
        "alm-lt-14": 5954,
        "alm-lt-15": 5958,
        "alm-lt-16": 5968,
        "alm-lt-18": 5996,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "alm-in-09": "in.plan_drawn_up",
        "alm-tg-08": "tg.complex_problems",
        "alm-pr-02a": "pr.rv.partner_resources",
        "alm-pr-02f": "pr.rv.partner_support",
        "alm-pr-02g": "pr.rv.information_exchange",
        "alm-cx-03": "cx.continuous_involvement",
        "alm-lt-10": "lt.aftercare_coordinator",
    }
    #: Appendix ids computed from the case record (from the declared facts); the four
    #: judged at KV level in interviews stay observations.
    computable = frozenset(
        {
            "alm-in-04",
            "alm-in-05",
            "alm-in-09",
            "alm-in-10",
            "alm-in-12",
            "alm-tg-08",
            "alm-out-06",
            "alm-st-08",
            "alm-lt-10",
            "alm-lt-14",
            "alm-lt-15",
            "alm-lt-16",
            "alm-lt-18",
        }
    )


# --------------------------------------------------------------------------------------
# The computed indicators on a small fictional cohort, with the answers worked out by hand
# --------------------------------------------------------------------------------------

ON = dt.date(2023, 1, 1)


def _record(number: int, decision: str | None, facts: dict, *, left: bool = False) -> CaseRecord:
    """A fictional record: referred in 2021 unless ``decision`` is None (no referral, and
    no placement decision yet)."""
    placement = PlacementFacts()
    if decision is not None:
        placed = decision == "placed"
        placement = PlacementFacts(
            PlacementDecision(decision),
            inflow_date=dt.date(2021, 3, number) if placed else None,
            outflow_date=dt.date(2021, 9, number) if left else None,
        )
    return CaseRecord(
        f"fictief-almelo-ind-{number}",
        f"fictief-almelo-ind-c{number}",
        facility=FACILITY_CODE,
        referral=Referral(dt.date(2021, 2, number)) if decision is not None else None,
        placement=placement,
        facts=FactValues({f"kv-almelo.{name}": value for name, value in facts.items()}),
    )


#: r1 and r2 placed and left, r3 placed and still inside, r4 not placed, r5 withdrawn
#: without any registration, r6 never referred (no candidate) but with facts recorded.
COHORT = (
    _record(
        1,
        "placed",
        {
            "gemeente_herkomst_geinformeerd": True,
            "gedetineerde_geinformeerd": True,
            "zorg_veiligheidsplan_opgesteld": True,
            "dossieronderzoek_uitgevoerd": True,
            "selectieadvies_pi": "positief",
            "aantal_leefgebieden_ondersteuning": 3,
            "vaardigheidsactiviteiten": True,
            "autonomie_toegenomen": {"t1": True},
            "nazorgcoordinator_betrokken": {"t1": False, "t2": True},
            "netwerk_versteviging_van_toepassing": True,
            "negatieve_invloeden": True,
            "activiteiten_zelfherstel": {"t1": True, "t2": False},
            "activiteiten_sociaal_netwerk": {"t1": True},
        },
        left=True,
    ),
    _record(
        2,
        "placed",
        {
            "gemeente_herkomst_geinformeerd": False,
            "gedetineerde_geinformeerd": True,
            "zorg_veiligheidsplan_opgesteld": False,
            "dossieronderzoek_uitgevoerd": False,
            "selectieadvies_pi": "niet_opgesteld",
            "aantal_leefgebieden_ondersteuning": 1,
            "vaardigheidsactiviteiten": False,
            "autonomie_toegenomen": {"t1": False},
            "nazorgcoordinator_betrokken": {"t1": True, "t2": False},
            "netwerk_versteviging_van_toepassing": False,
            "negatieve_invloeden": False,
            "activiteiten_zelfherstel": {"t1": False},
            # Not in the denominator of alm-lt-18: strengthening did not apply.
            "activiteiten_sociaal_netwerk": {"t1": True},
        },
        left=True,
    ),
    _record(
        3,
        "placed",
        {"zorg_veiligheidsplan_opgesteld": True, "aantal_leefgebieden_ondersteuning": 2},
    ),
    _record(
        4,
        "not_placed",
        {
            "gemeente_herkomst_geinformeerd": True,
            "gedetineerde_geinformeerd": False,
            "dossieronderzoek_uitgevoerd": True,
            "selectieadvies_pi": "negatief",
        },
    ),
    _record(5, "withdrawn", {}),
    _record(6, None, {"gemeente_herkomst_geinformeerd": True, "selectieadvies_pi": "positief"}),
)

#: Appendix id -> (numerator, denominator, records in scope but excluded as not recorded).
EXPECTED = {
    "alm-in-04": (2, 3, 2),  # candidates r1-r5; r3 and r5 not recorded
    "alm-in-05": (2, 3, 2),
    "alm-in-09": (2, 3, 0),  # placed r1-r3
    "alm-in-10": (2, 3, 2),
    "alm-tg-08": (2, 3, 0),  # 3 and 2 life domains are "meerdere", 1 is not
    "alm-out-06": (1, 2, 1),
    "alm-st-08": (1, 2, 0),  # left: r1, r2
    "alm-lt-10": (1, 2, 0),  # read at T2, not T1
    "alm-lt-14": (1, 2, 1),
    "alm-lt-15": (1, 2, 1),
    "alm-lt-16": (1, 2, 0),  # left with a need on at least one life domain: r1, r2
    "alm-lt-18": (1, 1, 0),  # left with network strengthening applicable: r1 only
}


@pytest.fixture(scope="module")
def report():
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-almelo", "kleinschalig_kv_almelo")]
    )
    catalogue = host.catalogue
    for record in COHORT:
        assert not catalogue.check_case(record), record.case_id
    own = [i for i in catalogue.indicators_for(FACILITY_CODE) if i.id.startswith("kv-almelo.")]
    return compute(COHORT, own, on=ON, catalogue=catalogue)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_computed_shares_match_the_hand_count(report, key):
    numerator, denominator, excluded = EXPECTED[key]
    result = report.result(f"{FACILITY_CODE}.{key}")
    assert (result.numerator, result.denominator) == (numerator, denominator)
    assert result.value == pytest.approx(numerator / denominator)
    assert sum(e.count for e in result.excluded) == excluded
    assert result.in_scope == denominator + excluded


def test_selection_advice_is_a_distribution_over_the_candidates(report):
    result = report.result(f"{FACILITY_CODE}.alm-in-12")
    assert result.denominator == 3  # r1, r2, r4; r3 and r5 not recorded, r6 no candidate
    assert sum(e.count for e in result.excluded) == 2
    counts = {c.value: c.count for c in result.breakdown}
    assert counts == {"positief": 1, "negatief": 1, "niet_opgesteld": 1}


@pytest.mark.parametrize("key", ["alm-pr-02a", "alm-pr-02f", "alm-pr-02g", "alm-cx-03"])
def test_kv_level_interview_topics_stay_observations(report, key):
    result = report.result(f"{FACILITY_CODE}.{key}")
    assert isinstance(result.indicator.measure, Observation)
    assert result.value is None
