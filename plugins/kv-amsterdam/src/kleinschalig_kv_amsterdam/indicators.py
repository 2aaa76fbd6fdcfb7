"""The facility-specific indicators of KV Amsterdam (PI-BW) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.2 [001:L6065-6605], lists the
topics for a future process and effect evaluation of Amsterdam. The topics
that recur across KVs are core indicators (``core.*``); the 6 registered here
are Amsterdam's own: a concept no other KV names, or a topic without a concept
key (the indicator catalogue, §3.3). A follow-up question ("indien van
toepassing: aantal") is part of its parent's description, not an indicator of
its own. Each id is ``kv-amsterdam.<appendix id>`` and cites the appendix line
where the topic starts.

None of them can be computed from the case record, so each is an
:class:`~kleinschalig.model.indicators.Observation` with the method the
appendix names (registration or a questionnaire) and its population in the
description. Choices recorded here (⚠):

* The 3RO placement consideration is a step of the inflow; indicator measures
  read case facts, not the event log, so it is a registration.
* A running care trajectory outside detention has no fact of its own: the
  case record keeps one kind of daytime activity, so a care trajectory next to
  work cannot be seen. "Beperkt snap- en doevermogen" is a judgement without a
  fact (as in the criterion ``kv-amsterdam.beperkt-snap-en-doevermogen``).
* "Interviews, registratie" [001:L6232-6240]: a topic counted per person (sessions held) is a
  registration.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.indicators import (
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Measure,
    Observation,
    facility_indicator,
)
from kleinschalig_kv_amsterdam.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

REGISTRATION: Final = Observation("registration")
QUESTIONNAIRE: Final = Observation("questionnaire")

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
        REGISTRATION,
        _INFLOW,
        description=N_(
            "Of de drie reclasseringsorganisaties (3RO) de plaatsing hebben afgewogen, en de "
            "uitkomst; aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "ams-tg-08",
        6147,
        N_("Lopend zorgtraject buiten detentie"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
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
        REGISTRATION,
        _TARGET_GROUP,
        description=N_(
            "Of de gedetineerde beperkt in staat is informatie te begrijpen en ernaar te "
            "handelen; aandeel van de instroom."
        ),
    ),
    _indicator(
        "ams-out-06",
        6285,
        N_("Uitvoering coachsessies"),
        L.OUTPUT,
        M.STAY,
        REGISTRATION,
        _ACTIVITIES,
        unit=U.COUNT,
        description=N_(
            "Of en hoeveel coachsessies zijn gehouden; aantal sessies per persoon per maand, "
            "onder de geplaatsten."
        ),
    ),
    _indicator(
        "ams-out-07",
        6287,
        N_("Uitvoering (informele) opbouwende gesprekken"),
        L.OUTPUT,
        M.STAY,
        REGISTRATION,
        _ACTIVITIES,
        unit=U.COUNT,
        description=N_(
            "Of en hoe vaak (informele) opbouwende gesprekken met medewerkers zijn gevoerd; "
            "aantal per persoon, onder de geplaatsten."
        ),
    ),
    _indicator(
        "ams-st-03",
        6414,
        N_("Betrokkenheid bij gewelds- of agressie-incidenten of ruzies tijdens verblijf KV"),
        L.OUTCOME_SHORT,
        M.STAY,
        QUESTIONNAIRE,
        _WORK_GOALS,
        description=N_(
            "Of de gedetineerde tijdens het verblijf betrokken was bij gewelds- of "
            "agressie-incidenten of ruzies; aandeel van de geplaatsten. Indien van toepassing: "
            "het aantal incidenten per persoon."
        ),
    ),
)
