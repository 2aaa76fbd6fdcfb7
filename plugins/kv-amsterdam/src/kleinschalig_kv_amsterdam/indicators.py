"""The facility-specific indicators of KV Amsterdam (PI-BW) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.2 [001:L6065-6605], lists the
topics for a future process and effect evaluation of Amsterdam. The topics
that recur across KVs are core indicators (``core.*``); the 6 registered here
are Amsterdam's own: a concept no other KV names, or a topic without a concept
key (the indicator catalogue, §3.3). A follow-up question ("indien van
toepassing: aantal") is part of its parent's description, not an indicator of
its own. Each id is ``kv-amsterdam.<appendix id>`` and cites the appendix line
where the topic starts.

All six are computed from facts this plugin declares (``facts.py``); each
states its population (the denominator) explicitly. Choices recorded here (⚠):

* The 3RO placement consideration [001:L6083] is a step of the inflow; indicator
  measures read facts, not the event log, so its outcome is the declared fact
  ``kv-amsterdam.afweging_3ro``, spread over its values among the candidates
  with a placement decision.
* A running care trajectory outside detention [001:L6147] is its own fact,
  because the case record keeps one kind of daytime activity. A limited
  'snap en doe' capacity [001:L6178] is the finding of the screening, recorded
  as a fact; the criterion ``kv-amsterdam.beperkt-snap-en-doevermogen`` stays a
  judgement that reads it.
* "Interviews, registratie", "KV-niveau" [001:L6232-6240]: coaching sessions
  and constructive conversations are counted per person over the stay (T1) and
  reported for the KV as the mean per person among those who left; the
  interviews stay outside the record.
* The incidents [001:L6414-6418] come from the person-level questionnaire
  [001:L6393-6395], recorded at outflow (T1).
* The main outcome, work or daytime activity throughout detention and at
  outflow [001:L6397-6409], is computed by the core indicators
  ``core.st.dagbesteding-hele-detentie`` and ``core.of.dagbesteding-behouden``
  from the core facts; it is not registered here again.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.conditions import All, Compare, Not, OneOf, Recorded
from kleinschalig.model.indicators import (
    Distribution,
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Mean,
    Measure,
    Share,
    facility_indicator,
)
from kleinschalig_kv_amsterdam.facts import (
    AFWEGING_3RO,
    BETROKKEN_BIJ_INCIDENT,
    COACHSESSIES,
    LOPEND_ZORGTRAJECT,
    OPBOUWENDE_GESPREKKEN,
    SNAP_EN_DOEVERMOGEN,
)
from kleinschalig_kv_amsterdam.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

#: The populations, as the core states them (kleinschalig.national.indicators).
DECIDED: Final = Not(OneOf("placement.decision", ("pending",)))
PLACED: Final = OneOf("placement.decision", ("placed",))
LEFT: Final = All((PLACED, Recorded("placement.outflow_date")))

_INFLOW = N_("Tabel B4.2, instroom: registratie per persoon en geaggregeerd.")
_TARGET_GROUP = N_("Tabel B4.2, kenmerken bij instroom (doelgroep): registratie.")
_ACTIVITIES = N_("Tabel B4.2, activiteiten (output): interviews en registratie.")
_WORK_GOALS = N_("Tabel B4.2, werkdoelen (outcome korte termijn): vragenlijst op persoonsniveau.")


def _indicator(
    key: str,
    line: int,
    label: str,
    level: IndicatorLevel,
    moment: IndicatorMoment,
    measure: Measure,
    explanation: str,
    *,
    description: str,
    unit: IndicatorUnit = U.SHARE,
    common_key: str | None = None,
) -> Indicator:
    """An appendix-4 indicator of this facility, citing the line where its topic starts."""
    source = cite(f"001:L{line}", explanation)
    return facility_indicator(
        FACILITY_CODE,
        key,
        label,
        level,
        moment,
        measure,
        source,
        description=description,
        unit=unit,
        common_key=common_key,
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    _indicator(
        "ams-in-01",
        6083,
        N_("Afweging plaatsing door 3RO"),
        L.INFLOW,
        M.INFLOW,
        Distribution(AFWEGING_3RO, DECIDED),
        _INFLOW,
        description=N_(
            "Of de drie reclasseringsorganisaties (3RO) de plaatsing hebben afgewogen, en de "
            "uitkomst; verdeling over mogelijk, niet mogelijk en niet afgewogen, onder de "
            "kandidaten met een plaatsingsbesluit."
        ),
    ),
    _indicator(
        "ams-tg-08",
        6147,
        N_("Lopend zorgtraject buiten detentie"),
        L.TARGET_GROUP,
        M.T0,
        Share(Compare(LOPEND_ZORGTRAJECT, "eq", True), PLACED),
        _TARGET_GROUP,
        common_key="tg.care_trajectory_outside",
        description=N_(
            "Of de gedetineerde een lopend zorgtraject buiten detentie heeft; aandeel van de "
            "instroom."
        ),
    ),
    _indicator(
        "ams-tg-12",
        6178,
        N_("Sprake van beperkt ‘snap en doe’ vermogen"),
        L.TARGET_GROUP,
        M.T0,
        Share(Compare(SNAP_EN_DOEVERMOGEN, "eq", True), PLACED),
        _TARGET_GROUP,
        description=N_(
            "Of de gedetineerde beperkt in staat is informatie te begrijpen en ernaar te "
            "handelen, zoals vastgesteld bij de screening; aandeel van de instroom."
        ),
    ),
    _indicator(
        "ams-out-06",
        6285,
        N_("Uitvoering coachsessies"),
        L.OUTPUT,
        M.STAY,
        Mean(f"{COACHSESSIES}@t1", LEFT),
        _ACTIVITIES,
        unit=U.COUNT,
        description=N_(
            "Of en hoeveel coachsessies zijn gehouden; gemiddeld aantal sessies per persoon over "
            "het hele verblijf, onder wie uitstroomde."
        ),
    ),
    _indicator(
        "ams-out-07",
        6287,
        N_("Uitvoering (informele) opbouwende gesprekken"),
        L.OUTPUT,
        M.STAY,
        Mean(f"{OPBOUWENDE_GESPREKKEN}@t1", LEFT),
        _ACTIVITIES,
        unit=U.COUNT,
        description=N_(
            "Of en hoe vaak (informele) opbouwende gesprekken met medewerkers zijn gevoerd; "
            "gemiddeld aantal per persoon over het hele verblijf, onder wie uitstroomde."
        ),
    ),
    _indicator(
        "ams-st-03",
        6414,
        N_("Betrokkenheid bij gewelds- of agressie-incidenten of ruzies tijdens verblijf KV"),
        L.OUTCOME_SHORT,
        M.STAY,
        Share(Compare(f"{BETROKKEN_BIJ_INCIDENT}@t1", "eq", True), LEFT),
        _WORK_GOALS,
        description=N_(
            "Of de gedetineerde tijdens het verblijf betrokken was bij gewelds- of "
            "agressie-incidenten of ruzies, vastgelegd bij uitstroom; aandeel van wie "
            "uitstroomde. Indien van toepassing: het aantal incidenten per persoon "
            "(kv-amsterdam.aantal_incidenten@t1)."
        ),
    ),
)
