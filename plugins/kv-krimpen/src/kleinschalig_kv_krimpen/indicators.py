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

Seventeen are computed from the case record, from the facts Krimpen declares
(``facts.py``), which appendix 7 shows GNd registers per person
[001:L8365-8477]. Each states its population (the denominator): those placed,
those who left, or a part of them. Two stay an
:class:`~kleinschalig.model.indicators.Observation`: feeling safe and feeling
respected in the KV (``kri-st-05``, ``kri-st-06``) are questionnaire answers
about an experience, on a scale the appendix does not give ("Vragenlijst",
[001:L6937]). Choices recorded here (⚠):

* "Interviews, registratie" [001:L6717-6725]: a topic counted per person (did
  the activity take place) is a registration, a yes/no fact about the stay.
* Topics measured at the eindmeting and the nameting (T1 and T2) are placed at
  T1, unless they are about the time after detention ("na detentie"): those
  are at T2. The appendix fixes no T2 interval [001:L5378-5382].
* Nationality is computed as the share with Dutch nationality (the fact is
  Dutch yes/no, see ``facts.py``).
* Paid work found (``kri-lt-01``) is a distribution over the job at T1: paid,
  unpaid, unknown or none, as Tabel B7.3 counts it [001:L8469-8477]; the share
  "betaald" is the indicator, with the unknowns shown instead of dropped.
* Continuation (``kri-out-11``, ``kri-lt-02``) is read as: the work is still
  there at T2, among those who had it; whether it is the same job is not
  recorded.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.conditions import All, Compare, Condition, OneOf, Recorded
from kleinschalig.model.indicators import (
    Distribution,
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Measure,
    Observation,
    Share,
    facility_indicator,
)
from kleinschalig_kv_krimpen import facts as f
from kleinschalig_kv_krimpen.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

QUESTIONNAIRE: Final = Observation("questionnaire")

#: Everyone placed in the KV, and those of them who have left (an outflow date).
PLACED: Final = OneOf("placement.decision", ("placed",))
LEFT: Final = All((PLACED, Recorded("placement.outflow_date")))


def _yes(fact: str) -> Condition:
    return Compare(fact, "eq", True)


def _share(fact: str, denominator: Condition = PLACED) -> Share:
    """The share of the population where the yes/no ``fact`` is yes."""
    return Share(_yes(fact), denominator=denominator)


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


def _activity(key: str, line: int, label: str, fact: str, description: str) -> Indicator:
    """A per-person activity during the stay, registered by the KV: the share of those
    placed for whom the yes/no ``fact`` is yes."""
    return _indicator(
        key, line, label, L.OUTPUT, M.STAY, _share(fact), _ACTIVITIES, description=description
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    # Target group at intake, among those placed.
    _indicator(
        "kri-tg-08",
        6683,
        N_("Nationaliteit"),
        L.TARGET_GROUP,
        M.T0,
        _share(f.NATIONALITEIT),
        _TARGET_GROUP,
        description=N_(
            "Aandeel met de Nederlandse nationaliteit, van wie geplaatst is. ⚠ keuze: het feit "
            "legt alleen vast of de nationaliteit Nederlands is (001:L1578, 001:L6683)."
        ),
    ),
    _indicator(
        "kri-tg-08a",
        6685,
        N_("Indien van toepassing: Nederlandse verblijfsvergunning"),
        L.TARGET_GROUP,
        M.T0,
        _share(f.VERBLIJFSVERGUNNING, All((PLACED, Compare(f.NATIONALITEIT, "eq", False)))),
        _TARGET_GROUP,
        description=N_(
            "Noemer: wie geplaatst is zonder de Nederlandse nationaliteit. Teller: van hen wie "
            "een Nederlandse verblijfsvergunning heeft."
        ),
    ),
    _indicator(
        "kri-tg-11",
        6699,
        N_("In staat betaalde arbeid uit te voeren"),
        L.TARGET_GROUP,
        M.T0,
        _share(f.ARBEIDSGESCHIKT),
        _TARGET_GROUP,
        common_key="tg.work_capacity",
        description=N_(
            "Of de gedetineerde in staat is betaald werk te doen (een toelatingscriterium); "
            "aandeel van wie geplaatst is."
        ),
    ),
    _indicator(
        "kri-tg-12",
        6701,
        N_("Bereid betaalde arbeid uit te voeren"),
        L.TARGET_GROUP,
        M.T0,
        _share(f.BEREID),
        _TARGET_GROUP,
        common_key="tg.work_willingness",
        description=N_(
            "Of de gedetineerde bereid is betaald werk te doen (de motivatie die DC II vraagt); "
            "aandeel van wie geplaatst is."
        ),
    ),
    # Activities during the stay, among those placed.
    _activity(
        "kri-out-08",
        6778,
        N_("Naleving gedragsregels DC II"),
        f.GEDRAGSREGELS,
        N_("Of de gedetineerde de gedragsregels van DC II naleeft; aandeel van de geplaatsten."),
    ),
    _activity(
        "kri-out-09",
        6780,
        N_("Functioneert naar behoren in groepsverband"),
        f.GROEP,
        N_(
            "Of de gedetineerde tijdens het verblijf naar behoren functioneert in de groep; "
            "aandeel van de geplaatsten."
        ),
    ),
    _activity(
        "kri-out-10",
        6786,
        N_("Uitvoering extramurale arbeid tijdens detentie"),
        f.EXTRAMURAAL,
        N_(
            "Of de gedetineerde tijdens de detentie buiten de inrichting werkt; aandeel van de "
            "geplaatsten. Alleen mogelijk op de ZBBI-plaatsen van DC II, tot mei 2020 "
            "(001:L3591-3593)."
        ),
    ),
    _indicator(
        "kri-out-11",
        6790,
        N_("Continuering extramurale arbeid na detentie"),
        L.OUTPUT,
        M.T2,
        Share(
            _yes(f"{f.EXTRAMURAAL_VOORTGEZET}@t2"),
            denominator=All((LEFT, _yes(f.EXTRAMURAAL))),
        ),
        _ACTIVITIES,
        description=N_(
            "Noemer: wie uitstroomde en tijdens de detentie extramuraal werkte. Teller: van hen "
            "wie bij de nameting (T2) dat werk nog heeft."
        ),
    ),
    _activity(
        "kri-out-13",
        6798,
        N_("Actief zoeken naar vacatures door gedetineerde"),
        f.VACATURES,
        N_("Of de gedetineerde actief naar vacatures zocht; aandeel van de geplaatsten."),
    ),
    _activity(
        "kri-out-14",
        6802,
        N_("Contact leggen met werkgevers door gedetineerde"),
        f.CONTACT_WERKGEVERS,
        N_("Of de gedetineerde contact legde met werkgevers; aandeel van de geplaatsten."),
    ),
    _activity(
        "kri-out-15",
        6806,
        N_("Gesprekken met werkgevers door gedetineerde"),
        f.GESPREKKEN_WERKGEVERS,
        N_("Of de gedetineerde gesprekken met werkgevers voerde; aandeel van de geplaatsten."),
    ),
    _activity(
        "kri-out-16",
        6812,
        N_("Deelname cursus of training binnen DC II"),
        f.CURSUS,
        N_(
            "Of de gedetineerde een cursus of training binnen DC II volgde; aandeel van de "
            "geplaatsten. De aansluiting bij de persoonlijke doelen (001:L6814-6816) wordt niet "
            "als feit vastgelegd."
        ),
    ),
    _activity(
        "kri-out-17",
        6818,
        N_("Deelname thema-avond binnen DC II"),
        f.THEMA_AVOND,
        N_(
            "Of de gedetineerde een thema-avond binnen DC II bijwoonde; aandeel van de geplaatsten."
        ),
    ),
    _activity(
        "kri-out-19",
        6832,
        N_("Contact met sociaal netwerk tijdens detentie"),
        f.CONTACT_NETWERK,
        N_(
            "Of de gedetineerde tijdens de detentie contact heeft met zijn sociaal netwerk, op "
            "welke manier ook; aandeel van de geplaatsten."
        ),
    ),
    # Working goals: the living climate (questionnaire answers, no scale given).
    _indicator(
        "kri-st-05",
        6986,
        N_("Gedetineerde voelt zich veilig in KV"),
        L.OUTCOME_SHORT,
        M.STAY,
        QUESTIONNAIRE,
        _WORK_GOALS,
        description=N_(
            "Of de gedetineerde zich veilig voelt in de KV; aandeel van de geplaatsten. Een "
            "antwoord op een vragenlijst over een ervaring, op een schaal die bijlage 4 niet "
            "geeft: geen feit van het dossier."
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
            "Of de gedetineerde zich gerespecteerd voelt in de KV; aandeel van de geplaatsten. "
            "Een antwoord op een vragenlijst over een ervaring, op een schaal die bijlage 4 niet "
            "geeft: geen feit van het dossier."
        ),
    ),
    # Main goals, among those who left.
    _indicator(
        "kri-lt-01",
        7002,
        N_("Betaalde arbeid gevonden tijdens detentie"),
        L.OUTCOME_LONG,
        M.T1,
        Distribution(f"{f.BAAN}@t1", denominator=LEFT),
        _LABOUR,
        common_key="lt.paid_work",
        description=N_(
            "Van wie uitstroomde: de baan bij de eindmeting (T1), betaald, onbetaald, onbekend "
            "of geen; het aandeel 'betaald' is het indicatorcijfer. ⚠ keuze: een verdeling, "
            "zodat een baan waarvan niet bekend is of hij betaald is, zichtbaar blijft, zoals in "
            "tabel B7.3 (001:L8469-8477)."
        ),
    ),
    _indicator(
        "kri-lt-02",
        7006,
        N_("Continuering betaalde arbeid na detentie"),
        L.OUTCOME_LONG,
        M.T2,
        Share(
            OneOf(f"{f.BAAN}@t2", ("betaald",)),
            denominator=All((LEFT, OneOf(f"{f.BAAN}@t1", ("betaald",)))),
        ),
        _LABOUR,
        common_key="lt.paid_work_continued",
        description=N_(
            "Noemer: wie uitstroomde met een betaalde baan bij de eindmeting (T1). Teller: van "
            "hen wie bij de nameting (T2) betaald werk heeft; of het dezelfde baan is, wordt "
            "niet vastgelegd."
        ),
    ),
    _indicator(
        "kri-lt-05",
        7044,
        N_("Aanwezigheid contacten woonomgeving"),
        L.OUTCOME_LONG,
        M.T1,
        _share(f"{f.CONTACTEN_WOONOMGEVING}@t1", LEFT),
        _RELATIONS,
        description=N_(
            "Of de gedetineerde contacten heeft in zijn woonomgeving; aandeel van wie "
            "uitstroomde, bij de eindmeting (T1). Het feit wordt ook bij de nameting (T2) "
            "vastgelegd."
        ),
    ),
)
"""The facility-specific indicators of appendix 4 (Tabel B4.3) that kv-krimpen registers."""
