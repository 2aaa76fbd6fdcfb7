"""The facility-specific indicators of KV Krimpen (De Compagnie II) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.3 [001:L6607-7090], lists the
topics for a future process and effect evaluation of Krimpen. The topics that
recur across KVs are core indicators (``core.*``); the 19 registered here are
Krimpen's own: a concept no other KV names, or a topic without a concept key
(the indicator catalogue, §3.3). A follow-up question ("aansluiting
persoonlijke doelen bij cursus/training") is part of its parent's
description; the residence permit is a listed sub-item and an indicator of its
own. Each id is ``kv-krimpen.<appendix id>`` and cites the appendix line where
the topic starts.

None of them can be computed from the case record, so each is an
:class:`~kleinschalig.model.indicators.Observation` with the method the
appendix names (registration or a questionnaire) and its population in the
description. Choices recorded here (⚠):

* The record has no fact for nationality, residence permit, fitness for or
  willingness to do paid work (see README, "Gaps in the core"), nor for
  anything that happens during the stay or after outflow.
* "Interviews, registratie" [001:L6717-6725]: a topic counted per person (did
  the activity take place, how often) is a registration.
* Topics measured at the eindmeting and the nameting (T1 and T2) are placed at
  T1, unless they are about the time after detention ("na detentie"): those
  are at T2. The appendix fixes no T2 interval [001:L5378-5382].
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
from kleinschalig_kv_krimpen.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

REGISTRATION: Final = Observation("registration")
QUESTIONNAIRE: Final = Observation("questionnaire")

_TARGET_GROUP = N_("Tabel B4.3, kenmerken bij instroom (doelgroep): registratie.")
_ACTIVITIES = N_("Tabel B4.3, activiteiten (output): interviews en registratie.")
_WORK_GOALS = N_("Tabel B4.3, werkdoelen (outcome korte termijn): vragenlijst op persoonsniveau.")
_LABOUR = N_("Tabel B4.3, hoofddoel duurzame arbeidsintegratie: vragenlijst bij eind- en nameting.")
_RELATIONS = N_("Tabel B4.3, hoofddoel herstel relaties: vragenlijst bij eind- en nameting.")


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


def _activity(key: str, line: int, label: str, description: str) -> Indicator:
    """A per-person activity during the stay, registered by the KV."""
    return _indicator(
        key, line, label, L.OUTPUT, M.STAY, REGISTRATION, _ACTIVITIES, description=description
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    # Target group at intake.
    _indicator(
        "kri-tg-08",
        6683,
        N_("Nationaliteit"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
        _TARGET_GROUP,
        description=N_("De nationaliteit van de gedetineerde; verdeling van de instroom."),
    ),
    _indicator(
        "kri-tg-08a",
        6685,
        N_("Indien van toepassing: Nederlandse verblijfsvergunning"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
        _TARGET_GROUP,
        description=N_(
            "Voor wie niet de Nederlandse nationaliteit heeft: of hij een Nederlandse "
            "verblijfsvergunning heeft (ja, nee of niet van toepassing)."
        ),
    ),
    _indicator(
        "kri-tg-11",
        6699,
        N_("In staat betaalde arbeid uit te voeren"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
        _TARGET_GROUP,
        common_key="tg.work_capacity",
        description=N_(
            "Of de gedetineerde in staat is betaald werk te doen (een toelatingscriterium); "
            "aandeel van de instroom."
        ),
    ),
    _indicator(
        "kri-tg-12",
        6701,
        N_("Bereid betaalde arbeid uit te voeren"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
        _TARGET_GROUP,
        common_key="tg.work_willingness",
        description=N_(
            "Of de gedetineerde bereid is betaald werk te doen (de motivatie die DC II vraagt); "
            "aandeel van de instroom."
        ),
    ),
    # Activities during the stay.
    _activity(
        "kri-out-08",
        6778,
        N_("Naleving gedragsregels DC II"),
        N_(
            "Of de gedetineerde de gedragsregels van DC II naleeft; aandeel van de geplaatsten, "
            "met het aantal overtredingen."
        ),
    ),
    _activity(
        "kri-out-09",
        6780,
        N_("Functioneert naar behoren in groepsverband"),
        N_(
            "Of de gedetineerde tijdens het verblijf naar behoren functioneert in de groep; "
            "aandeel van de geplaatsten."
        ),
    ),
    _activity(
        "kri-out-10",
        6786,
        N_("Uitvoering extramurale arbeid tijdens detentie"),
        N_(
            "Of de gedetineerde tijdens de detentie buiten de inrichting werkt; aandeel van de "
            "geplaatsten."
        ),
    ),
    _indicator(
        "kri-out-11",
        6790,
        N_("Continuering extramurale arbeid na detentie"),
        L.OUTPUT,
        M.T2,
        REGISTRATION,
        _ACTIVITIES,
        description=N_(
            "Of het extramurale werk na de detentie doorloopt; aandeel van wie extramuraal "
            "werkte, bij de eindmeting (T1) en de nameting (T2)."
        ),
    ),
    _activity(
        "kri-out-13",
        6798,
        N_("Actief zoeken naar vacatures door gedetineerde"),
        N_(
            "Of (en hoe vaak) de gedetineerde actief naar vacatures zocht; aandeel van de "
            "geplaatsten."
        ),
    ),
    _activity(
        "kri-out-14",
        6802,
        N_("Contact leggen met werkgevers door gedetineerde"),
        N_(
            "Of (en hoe vaak) de gedetineerde contact legde met werkgevers; aandeel van de "
            "geplaatsten."
        ),
    ),
    _activity(
        "kri-out-15",
        6806,
        N_("Gesprekken met werkgevers door gedetineerde"),
        N_(
            "Of (en hoeveel) gesprekken de gedetineerde met werkgevers voerde; aandeel van de "
            "geplaatsten."
        ),
    ),
    _activity(
        "kri-out-16",
        6812,
        N_("Deelname cursus of training binnen DC II"),
        N_(
            "Of (en hoeveel) cursussen of trainingen binnen DC II de gedetineerde volgde; "
            "aandeel van de geplaatsten. Met de aansluiting van de cursus of training bij de "
            "persoonlijke doelen."
        ),
    ),
    _activity(
        "kri-out-17",
        6818,
        N_("Deelname thema-avond binnen DC II"),
        N_(
            "Of (en hoe vaak) de gedetineerde een thema-avond binnen DC II bijwoonde; aandeel "
            "van de geplaatsten."
        ),
    ),
    _activity(
        "kri-out-19",
        6832,
        N_("Contact met sociaal netwerk tijdens detentie"),
        N_(
            "Of de gedetineerde tijdens de detentie contact heeft met zijn sociaal netwerk, op "
            "welke manier ook; aandeel van de geplaatsten."
        ),
    ),
    # Working goals: the living climate.
    _indicator(
        "kri-st-05",
        6986,
        N_("Gedetineerde voelt zich veilig in KV"),
        L.OUTCOME_SHORT,
        M.STAY,
        QUESTIONNAIRE,
        _WORK_GOALS,
        description=N_(
            "Of de gedetineerde zich veilig voelt in de KV (ja of nee, of een score); aandeel "
            "van de geplaatsten."
        ),
    ),
    _indicator(
        "kri-st-06",
        6988,
        N_("Gedetineerde voelt zich gerespecteerd in KV"),
        L.OUTCOME_SHORT,
        M.STAY,
        QUESTIONNAIRE,
        _WORK_GOALS,
        description=N_(
            "Of de gedetineerde zich gerespecteerd voelt in de KV (ja of nee, of een score); "
            "aandeel van de geplaatsten."
        ),
    ),
    # Main goals.
    _indicator(
        "kri-lt-01",
        7002,
        N_("Betaalde arbeid gevonden tijdens detentie"),
        L.OUTCOME_LONG,
        M.T1,
        QUESTIONNAIRE,
        _LABOUR,
        common_key="lt.paid_work",
        description=N_(
            "Of de gedetineerde tijdens de detentie betaald werk vond; aandeel van de uitstroom "
            "bij de eindmeting (T1), opnieuw nagegaan bij de nameting (T2)."
        ),
    ),
    _indicator(
        "kri-lt-02",
        7006,
        N_("Continuering betaalde arbeid na detentie"),
        L.OUTCOME_LONG,
        M.T2,
        QUESTIONNAIRE,
        _LABOUR,
        common_key="lt.paid_work_continued",
        description=N_(
            "Of het betaalde werk na de detentie doorloopt; aandeel van wie bij de eindmeting "
            "(T1) werk had en bij de nameting (T2) nog werkt."
        ),
    ),
    _indicator(
        "kri-lt-05",
        7044,
        N_("Aanwezigheid contacten woonomgeving"),
        L.OUTCOME_LONG,
        M.T1,
        QUESTIONNAIRE,
        _RELATIONS,
        description=N_(
            "Of de gedetineerde contacten heeft in zijn woonomgeving; aandeel van de uitstroom "
            "bij de eindmeting (T1) en de nameting (T2)."
        ),
    ),
)
