"""Krimpen's declared facts: the indicators they make computable, worked out by hand.

Two fictional cohorts. The first has eight records that reproduce the counts of
appendix 7 (Tabel B7.1-B7.3, [001:L8365-8477]): the registered indicators and, for
the appendix-7 facts no Krimpen indicator reads (the plan, the buddy, the network,
the job consultant), ad-hoc shares must give the appendix's numbers. The second is
a small cohort for the remaining indicators, with records out of scope and records
whose data are missing, so each denominator and exclusion can be checked by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, PlacementDecision, PlacementFacts, cite
from kleinschalig.model.conditions import All, Compare, OneOf, Recorded
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.fact_values import FactValues
from kleinschalig.model.indicators import (
    Distribution,
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Share,
)
from kleinschalig.plugins import HostConfig, PluginHost

ON = dt.date(2020, 9, 15)  # GNd's registrations were analysed mid-September 2020 [001:L3631]

# The ids of the facts Krimpen declares (facility.yaml, ``facts``), read by id.
NATIONALITEIT = "kv-krimpen.nederlandse_nationaliteit"
VERBLIJFSVERGUNNING = "kv-krimpen.verblijfsvergunning"
AKKOORD = "kv-krimpen.akkoord_programma"
ARBEIDSGESCHIKT = "kv-krimpen.arbeidsgeschikt"
BEREID = "kv-krimpen.bereid_betaalde_arbeid"
URINECONTROLE = "kv-krimpen.laatste_urinecontrole_schoon"
COMPAGNIEPLAN = "kv-krimpen.compagnieplan"
BUDDY_TOEGEWEZEN = "kv-krimpen.buddy_toegewezen"
BUDDY_ONDERSTEUNING = "kv-krimpen.buddy_ondersteuning"
NETWERK_ONDERSTEUNING = "kv-krimpen.netwerk_ondersteuning"
PARTNERS_BETROKKEN = "kv-krimpen.partners_betrokken"
ARBEIDSCONSULENT = "kv-krimpen.arbeidsconsulent"
VACATURES = "kv-krimpen.vacatures_gezocht"
CONTACT_WERKGEVERS = "kv-krimpen.contact_werkgevers"
GESPREKKEN_WERKGEVERS = "kv-krimpen.gesprekken_werkgevers"
CURSUS = "kv-krimpen.cursus_training"
THEMA_AVOND = "kv-krimpen.thema_avond"
GEDRAGSREGELS = "kv-krimpen.gedragsregels_nageleefd"
GROEP = "kv-krimpen.functioneert_in_groep"
MIDDELEN_VERBLIJF = "kv-krimpen.middelengebruik_verblijf"
EXTRAMURAAL = "kv-krimpen.extramurale_arbeid"
CONTACT_NETWERK = "kv-krimpen.contact_sociaal_netwerk"
EXTRAMURAAL_VOORTGEZET = "kv-krimpen.extramurale_arbeid_voortgezet"
BAAN = "kv-krimpen.baan"
CONTACTEN_WOONOMGEVING = "kv-krimpen.contacten_woonomgeving"
#: Every fact id above: the plugin declares exactly these (see ``test_the_declared_facts``).
FACT_IDS = frozenset(
    (
        NATIONALITEIT,
        VERBLIJFSVERGUNNING,
        AKKOORD,
        ARBEIDSGESCHIKT,
        BEREID,
        URINECONTROLE,
        COMPAGNIEPLAN,
        BUDDY_TOEGEWEZEN,
        BUDDY_ONDERSTEUNING,
        NETWERK_ONDERSTEUNING,
        PARTNERS_BETROKKEN,
        ARBEIDSCONSULENT,
        VACATURES,
        CONTACT_WERKGEVERS,
        GESPREKKEN_WERKGEVERS,
        CURSUS,
        THEMA_AVOND,
        GEDRAGSREGELS,
        GROEP,
        MIDDELEN_VERBLIJF,
        EXTRAMURAAL,
        CONTACT_NETWERK,
        EXTRAMURAAL_VOORTGEZET,
        BAAN,
        CONTACTEN_WOONOMGEVING,
    )
)

#: Everyone placed in the KV, and those of them who have left (an outflow date): the
#: populations of the registered indicators (see ``test_the_populations_are_the_indicators``).
PLACED = OneOf("placement.decision", ("placed",))
LEFT = All((PLACED, Recorded("placement.outflow_date")))


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-krimpen", "kleinschalig_kv_krimpen")]
    )


def _record(n: int, facts: dict[str, Any], *, left: bool = True, placed: bool = True) -> CaseRecord:
    placement = PlacementFacts(
        PlacementDecision.PLACED if placed else PlacementDecision.NOT_PLACED,
        inflow_date=dt.date(2019, 3, 1) if placed else None,
        outflow_date=dt.date(2020, 1, 15) if placed and left else None,
    )
    return CaseRecord(
        f"fictief-krimpen-f{n}",
        f"c-{n}",
        facility="kv-krimpen",
        placement=placement,
        facts=FactValues(facts),
    )


def _result(host: PluginHost, cohort: list[CaseRecord], key: str) -> Any:
    own = [i for i in host.catalogue.indicators_for("kv-krimpen") if i.id.startswith("kv-krimpen.")]
    return compute(cohort, own, on=ON).result(f"kv-krimpen.{key}")


# --- Appendix 7: eight participants of DC II ----------------------------------------------

_ALL_YES = {
    GEDRAGSREGELS: True,  # 8 of 8 [001:L8397]
    GROEP: True,  # 8 of 8 [001:L8399]
    VACATURES: True,  # 8 of 8 [001:L8452]
    CURSUS: True,  # 8 of 8 [001:L8458]
    THEMA_AVOND: True,  # 8 of 8 [001:L8460]
}


def _appendix_7() -> list[CaseRecord]:
    """Eight records with the counts of Tabel B7.1-B7.3 (who is who is invented)."""
    rows = []
    for n in range(1, 9):
        facts: dict[str, Any] = dict(_ALL_YES)
        facts[MIDDELEN_VERBLIJF] = n == 8  # 1 of 8 [001:L8395]
        facts[COMPAGNIEPLAN] = "geen" if n == 8 else "zelfstandig"  # 7 of 8 [001:L8411]
        facts[BUDDY_TOEGEWEZEN] = n != 8  # no plan, no volunteer [001:L8437-8438]
        if n != 8:  # N = 7 for B7.3.1 [001:L8437-8438]
            facts[BUDDY_ONDERSTEUNING] = n <= 6  # 6 of 7 [001:L8419-8421]
            facts[NETWERK_ONDERSTEUNING] = n <= 6  # the same six [001:L8426]
            facts[PARTNERS_BETROKKEN] = False  # none [001:L8432-8434]
        facts[ARBEIDSCONSULENT] = n <= 6  # 6 of 8 [001:L8450]
        facts[CONTACT_WERKGEVERS] = n <= 7  # 7 of 8 [001:L8454]
        facts[GESPREKKEN_WERKGEVERS] = n <= 7  # 7 of 8 [001:L8456]
        job = "betaald" if n <= 6 else ("onbetaald" if n == 7 else "onbekend")
        facts[BAAN] = {"t1": job}  # 6 / 1 / 1 of 8 [001:L8473-8477]
        rows.append(_record(n, facts))
    return rows


def test_the_appendix_7_records_are_valid(host: PluginHost) -> None:
    for record in _appendix_7():
        assert host.catalogue.check_case(record) == []


@pytest.mark.parametrize(
    ("key", "numerator", "denominator"),
    [
        ("kri-out-08", 8, 8),
        ("kri-out-09", 8, 8),
        ("kri-out-13", 8, 8),
        ("kri-out-14", 7, 8),
        ("kri-out-15", 7, 8),
        ("kri-out-16", 8, 8),
        ("kri-out-17", 8, 8),
    ],
)
def test_registered_indicators_give_the_appendix_7_counts(
    host: PluginHost, key: str, numerator: int, denominator: int
) -> None:
    r = _result(host, _appendix_7(), key)
    assert (int(r.numerator), r.denominator, r.excluded) == (numerator, denominator, ())


def test_paid_work_found_is_tabel_b7_3(host: PluginHost) -> None:
    r = _result(host, _appendix_7(), "kri-lt-01")
    assert r.denominator == 8
    assert {c.value: c.count for c in r.breakdown} == {"betaald": 6, "onbetaald": 1, "onbekend": 1}
    assert {c.value: c.share for c in r.breakdown}["betaald"] == 0.75


def _adhoc(numerator: Any, denominator: Any) -> Indicator:
    return Indicator(
        id="test.adhoc",
        label="ad hoc",
        level=IndicatorLevel.OUTPUT,
        moment=IndicatorMoment.STAY,
        measure=Share(numerator, denominator=denominator),
        unit=IndicatorUnit.SHARE,
        sources=(cite("001:L8365"),),
    )


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        # Plan drawn up on one's own: 7 of 8 [001:L8411].
        (OneOf(COMPAGNIEPLAN, ("zelfstandig",)), PLACED, (7, 8)),
        # Supported by the buddy: 6 of the 7 with a plan [001:L8419-8421], [001:L8437-8438].
        (
            Compare(BUDDY_ONDERSTEUNING, "eq", True),
            All((PLACED, OneOf(COMPAGNIEPLAN, ("zelfstandig", "met_hulp")))),
            (6, 7),
        ),
        # Supported by the network: the same six [001:L8426-8428].
        (
            Compare(NETWERK_ONDERSTEUNING, "eq", True),
            All((PLACED, Compare(BUDDY_TOEGEWEZEN, "eq", True))),
            (6, 7),
        ),
        # Job consultant: 6 of 8 [001:L8450]; substance use: 1 of 8 [001:L8395].
        (Compare(ARBEIDSCONSULENT, "eq", True), PLACED, (6, 8)),
        (Compare(MIDDELEN_VERBLIJF, "eq", True), PLACED, (1, 8)),
        # No partner or expert involved [001:L8432-8434].
        (Compare(PARTNERS_BETROKKEN, "eq", True), LEFT, (0, 7)),
    ],
)
def test_appendix_7_facts_without_an_indicator_can_be_counted(
    numerator: Any, denominator: Any, expected: tuple[int, int]
) -> None:
    r = compute(_appendix_7(), [_adhoc(numerator, denominator)], on=ON).result("test.adhoc")
    assert (int(r.numerator), r.denominator) == expected


# --- A small cohort for the other indicators ----------------------------------------------


def _small() -> list[CaseRecord]:
    return [
        # Dutch, fit and willing; extramural work that continues; paid work kept.
        _record(
            11,
            {
                NATIONALITEIT: True,
                ARBEIDSGESCHIKT: True,
                BEREID: True,
                EXTRAMURAAL: True,
                EXTRAMURAAL_VOORTGEZET: {"t2": True},
                CONTACT_NETWERK: True,
                BAAN: {"t1": "betaald", "t2": "betaald"},
                CONTACTEN_WOONOMGEVING: {"t1": True, "t2": False},
            },
        ),
        # Not Dutch, with a permit; extramural work that stopped; paid work lost.
        _record(
            12,
            {
                NATIONALITEIT: False,
                VERBLIJFSVERGUNNING: True,
                ARBEIDSGESCHIKT: True,
                BEREID: False,
                EXTRAMURAAL: True,
                EXTRAMURAAL_VOORTGEZET: {"t2": False},
                CONTACT_NETWERK: True,
                BAAN: {"t1": "betaald", "t2": "geen"},
                CONTACTEN_WOONOMGEVING: {"t1": False},
            },
        ),
        # Not Dutch, permit and willingness not recorded; no extramural work; left with
        # an unpaid job; nothing recorded at T2, contacts not recorded at T1.
        _record(
            13,
            {
                NATIONALITEIT: False,
                ARBEIDSGESCHIKT: False,
                EXTRAMURAAL: False,
                CONTACT_NETWERK: False,
                BAAN: {"t1": "onbetaald"},
            },
        ),
        # Placed and still inside, nothing recorded: excluded where it is in scope.
        _record(14, {}, left=False),
        # Not placed: out of every population.
        _record(15, {NATIONALITEIT: True, ARBEIDSGESCHIKT: True}, placed=False),
    ]


@pytest.mark.parametrize(
    ("key", "numerator", "denominator", "in_scope", "missing"),
    [
        # Placed: 11-14. Nationality recorded for 11-13; 1 Dutch of 3.
        ("kri-tg-08", 1, 3, 4, (NATIONALITEIT,)),
        # Placed without Dutch nationality: 12 and 13; 13's permit is missing, and
        # whether 14 belongs to the population is unknown (nationality missing).
        ("kri-tg-08a", 1, 1, 2, (VERBLIJFSVERGUNNING, NATIONALITEIT)),
        ("kri-tg-11", 2, 3, 4, (ARBEIDSGESCHIKT,)),
        # Willingness recorded for 11 and 12 only.
        ("kri-tg-12", 1, 2, 4, (BEREID,)),
        ("kri-out-10", 2, 3, 4, (EXTRAMURAAL,)),
        ("kri-out-19", 2, 3, 4, (CONTACT_NETWERK,)),
        # Left and worked extramurally: 11 and 12; continued at T2 for 11.
        ("kri-out-11", 1, 2, 2, ()),
        # Left with paid work at T1: 11 and 12; paid work at T2 for 11.
        ("kri-lt-02", 1, 2, 2, ()),
        # Left: 11-13; contacts at T1 recorded for 11 and 12.
        ("kri-lt-05", 1, 2, 3, (f"{CONTACTEN_WOONOMGEVING}@t1",)),
    ],
)
def test_indicators_by_hand(
    host: PluginHost,
    key: str,
    numerator: int,
    denominator: int,
    in_scope: int,
    missing: tuple[str, ...],
) -> None:
    r = _result(host, _small(), key)
    assert (int(r.numerator), r.denominator, r.in_scope) == (numerator, denominator, in_scope)
    assert tuple(m for e in r.excluded for m in e.missing) == missing
    # Every record in the population without the data is excluded, never dropped.
    missing_data = sum(e.count for e in r.excluded if e.reason == "data.missing")
    assert missing_data == in_scope - denominator


def test_the_small_cohort_is_valid(host: PluginHost) -> None:
    for record in _small():
        assert host.catalogue.check_case(record) == []


def test_the_declared_facts(host: PluginHost) -> None:
    assert {d.id for d in host.catalogue.facts_for("kv-krimpen")} == FACT_IDS


def test_the_populations_are_the_indicators(host: PluginHost) -> None:
    """PLACED and LEFT above are the denominators the registered indicators use."""
    catalogue = host.catalogue
    for key in ("kri-tg-08", "kri-tg-11", "kri-tg-12", "kri-out-08", "kri-out-19"):
        assert catalogue.indicator(f"kv-krimpen.{key}").measure.denominator == PLACED, key
    lt_01 = catalogue.indicator("kv-krimpen.kri-lt-01").measure
    assert isinstance(lt_01, Distribution)
    assert lt_01.denominator == LEFT
    assert catalogue.indicator("kv-krimpen.kri-lt-05").measure.denominator == LEFT
    assert catalogue.indicator("kv-krimpen.kri-out-11").measure.denominator == All(
        (LEFT, Compare(EXTRAMURAAL, "eq", True))
    )


def test_health_facts_are_special_category(host: PluginHost) -> None:
    facts = host.catalogue.facts_for("kv-krimpen")
    special = {d.id for d in facts if d.sensitivity is Sensitivity.SPECIAL_CATEGORY}
    assert special == {URINECONTROLE, MIDDELEN_VERBLIJF, ARBEIDSGESCHIKT}


def test_outcome_facts_are_measured_at_t1_and_t2(host: PluginHost) -> None:
    facts = host.catalogue.facts_for("kv-krimpen")
    moments = {d.id: tuple(m.value for m in d.moments) for d in facts if d.moments}
    assert moments == {
        BAAN: ("t1", "t2"),
        EXTRAMURAAL_VOORTGEZET: ("t1", "t2"),
        CONTACTEN_WOONOMGEVING: ("t1", "t2"),
    }
