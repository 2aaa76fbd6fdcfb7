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
from kleinschalig_kv_krimpen import facts as f
from kleinschalig_kv_krimpen.facts import FACTS
from kleinschalig_kv_krimpen.indicators import LEFT, PLACED

from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, PlacementDecision, PlacementFacts, cite
from kleinschalig.model.conditions import All, Compare, OneOf
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.fact_values import FactValues
from kleinschalig.model.indicators import (
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Share,
)
from kleinschalig.plugins import HostConfig, PluginHost

ON = dt.date(2020, 9, 15)  # GNd's registrations were analysed mid-September 2020 [001:L3631]


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-krimpen", "kleinschalig_kv_krimpen.plugin")]
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
    f.GEDRAGSREGELS: True,  # 8 of 8 [001:L8397]
    f.GROEP: True,  # 8 of 8 [001:L8399]
    f.VACATURES: True,  # 8 of 8 [001:L8452]
    f.CURSUS: True,  # 8 of 8 [001:L8458]
    f.THEMA_AVOND: True,  # 8 of 8 [001:L8460]
}


def _appendix_7() -> list[CaseRecord]:
    """Eight records with the counts of Tabel B7.1-B7.3 (who is who is invented)."""
    rows = []
    for n in range(1, 9):
        facts: dict[str, Any] = dict(_ALL_YES)
        facts[f.MIDDELEN_VERBLIJF] = n == 8  # 1 of 8 [001:L8395]
        facts[f.COMPAGNIEPLAN] = "geen" if n == 8 else "zelfstandig"  # 7 of 8 [001:L8411]
        facts[f.BUDDY_TOEGEWEZEN] = n != 8  # no plan, no volunteer [001:L8437-8438]
        if n != 8:  # N = 7 for B7.3.1 [001:L8437-8438]
            facts[f.BUDDY_ONDERSTEUNING] = n <= 6  # 6 of 7 [001:L8419-8421]
            facts[f.NETWERK_ONDERSTEUNING] = n <= 6  # the same six [001:L8426]
            facts[f.PARTNERS_BETROKKEN] = False  # none [001:L8432-8434]
        facts[f.ARBEIDSCONSULENT] = n <= 6  # 6 of 8 [001:L8450]
        facts[f.CONTACT_WERKGEVERS] = n <= 7  # 7 of 8 [001:L8454]
        facts[f.GESPREKKEN_WERKGEVERS] = n <= 7  # 7 of 8 [001:L8456]
        job = "betaald" if n <= 6 else ("onbetaald" if n == 7 else "onbekend")
        facts[f.BAAN] = {"t1": job}  # 6 / 1 / 1 of 8 [001:L8473-8477]
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
        (OneOf(f.COMPAGNIEPLAN, ("zelfstandig",)), PLACED, (7, 8)),
        # Supported by the buddy: 6 of the 7 with a plan [001:L8419-8421], [001:L8437-8438].
        (
            Compare(f.BUDDY_ONDERSTEUNING, "eq", True),
            All((PLACED, OneOf(f.COMPAGNIEPLAN, ("zelfstandig", "met_hulp")))),
            (6, 7),
        ),
        # Supported by the network: the same six [001:L8426-8428].
        (
            Compare(f.NETWERK_ONDERSTEUNING, "eq", True),
            All((PLACED, Compare(f.BUDDY_TOEGEWEZEN, "eq", True))),
            (6, 7),
        ),
        # Job consultant: 6 of 8 [001:L8450]; substance use: 1 of 8 [001:L8395].
        (Compare(f.ARBEIDSCONSULENT, "eq", True), PLACED, (6, 8)),
        (Compare(f.MIDDELEN_VERBLIJF, "eq", True), PLACED, (1, 8)),
        # No partner or expert involved [001:L8432-8434].
        (Compare(f.PARTNERS_BETROKKEN, "eq", True), LEFT, (0, 7)),
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
                f.NATIONALITEIT: True,
                f.ARBEIDSGESCHIKT: True,
                f.BEREID: True,
                f.EXTRAMURAAL: True,
                f.EXTRAMURAAL_VOORTGEZET: {"t2": True},
                f.CONTACT_NETWERK: True,
                f.BAAN: {"t1": "betaald", "t2": "betaald"},
                f.CONTACTEN_WOONOMGEVING: {"t1": True, "t2": False},
            },
        ),
        # Not Dutch, with a permit; extramural work that stopped; paid work lost.
        _record(
            12,
            {
                f.NATIONALITEIT: False,
                f.VERBLIJFSVERGUNNING: True,
                f.ARBEIDSGESCHIKT: True,
                f.BEREID: False,
                f.EXTRAMURAAL: True,
                f.EXTRAMURAAL_VOORTGEZET: {"t2": False},
                f.CONTACT_NETWERK: True,
                f.BAAN: {"t1": "betaald", "t2": "geen"},
                f.CONTACTEN_WOONOMGEVING: {"t1": False},
            },
        ),
        # Not Dutch, permit and willingness not recorded; no extramural work; left with
        # an unpaid job; nothing recorded at T2, contacts not recorded at T1.
        _record(
            13,
            {
                f.NATIONALITEIT: False,
                f.ARBEIDSGESCHIKT: False,
                f.EXTRAMURAAL: False,
                f.CONTACT_NETWERK: False,
                f.BAAN: {"t1": "onbetaald"},
            },
        ),
        # Placed and still inside, nothing recorded: excluded where it is in scope.
        _record(14, {}, left=False),
        # Not placed: out of every population.
        _record(15, {f.NATIONALITEIT: True, f.ARBEIDSGESCHIKT: True}, placed=False),
    ]


@pytest.mark.parametrize(
    ("key", "numerator", "denominator", "in_scope", "missing"),
    [
        # Placed: 11-14. Nationality recorded for 11-13; 1 Dutch of 3.
        ("kri-tg-08", 1, 3, 4, (f.NATIONALITEIT,)),
        # Placed without Dutch nationality: 12 and 13; 13's permit is missing, and
        # whether 14 belongs to the population is unknown (nationality missing).
        ("kri-tg-08a", 1, 1, 2, (f.VERBLIJFSVERGUNNING, f.NATIONALITEIT)),
        ("kri-tg-11", 2, 3, 4, (f.ARBEIDSGESCHIKT,)),
        # Willingness recorded for 11 and 12 only.
        ("kri-tg-12", 1, 2, 4, (f.BEREID,)),
        ("kri-out-10", 2, 3, 4, (f.EXTRAMURAAL,)),
        ("kri-out-19", 2, 3, 4, (f.CONTACT_NETWERK,)),
        # Left and worked extramurally: 11 and 12; continued at T2 for 11.
        ("kri-out-11", 1, 2, 2, ()),
        # Left with paid work at T1: 11 and 12; paid work at T2 for 11.
        ("kri-lt-02", 1, 2, 2, ()),
        # Left: 11-13; contacts at T1 recorded for 11 and 12.
        ("kri-lt-05", 1, 2, 3, (f"{f.CONTACTEN_WOONOMGEVING}@t1",)),
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


def test_health_facts_are_special_category() -> None:
    special = {d.id for d in FACTS if d.sensitivity is Sensitivity.SPECIAL_CATEGORY}
    assert special == {f.URINECONTROLE, f.MIDDELEN_VERBLIJF, f.ARBEIDSGESCHIKT}


def test_outcome_facts_are_measured_at_t1_and_t2() -> None:
    moments = {d.id: tuple(m.value for m in d.moments) for d in FACTS if d.moments}
    assert moments == {
        f.BAAN: ("t1", "t2"),
        f.EXTRAMURAAL_VOORTGEZET: ("t1", "t2"),
        f.CONTACTEN_WOONOMGEVING: ("t1", "t2"),
    }
