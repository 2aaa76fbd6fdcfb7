"""The facility-specific indicators of KV Almelo (Huis van Herstel) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.1 [001:L5402-6063], lists the
topics for a future process and effect evaluation of Almelo. The topics that
recur across KVs are core indicators (``core.*``); the 17 registered here are
Almelo's own: a concept no other KV names, or a topic without a concept key
(the indicator catalogue, §3.3). Follow-up questions ("indien nee, reden
waarom niet", "uitkomst ...") are part of their parent's description, not
indicators of their own. Each id is ``kv-almelo.<appendix id>`` and cites the
appendix line where the topic starts.

None of them can be computed from the case record, so each is an
:class:`~kleinschalig.model.indicators.Observation` with the method the
appendix names (registration, interviews or a questionnaire) and its
population in the description. Choices recorded here (⚠):

* The inflow steps (municipality informed, care and safety plan, file review,
  selection advice) are workflow steps; indicator measures read case facts,
  not the event log, so they are registrations.
* "Interviews, registratie" [001:L5562-5570]: a topic counted per person (did
  the activity take place) is a registration.
* Topics measured at the eindmeting and the nameting (T1 and T2) are placed at
  T1, unless they are about the time after outflow ("na uitstroom"): those
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
from kleinschalig_kv_almelo.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

REGISTRATION: Final = Observation("registration")
INTERVIEW: Final = Observation("interview")
QUESTIONNAIRE: Final = Observation("questionnaire")

_INVITE = N_("Tabel B4.1, instroom (uitnodigen): registratie per persoon en geaggregeerd.")
_INTAKE = N_("Tabel B4.1, instroom (intake): registratie per persoon en geaggregeerd.")
_DECISION = N_("Tabel B4.1, instroom (besluitvorming): registratie per persoon en geaggregeerd.")
_TARGET_GROUP = N_("Tabel B4.1, kenmerken bij instroom (doelgroep): registratie.")
_ACTIVITIES = N_("Tabel B4.1, activiteiten (output): interviews en registratie.")
_CONDITIONS = N_(
    "Tabel B4.1, verloop en ervaring in de KV, randvoorwaarden (proces): interviews op KV-niveau."
)
_COLLABORATION = N_(
    "Tabel B4.1, samenwerking en netwerkorganisatie (contextfactor): interviews op KV-niveau."
)
_WORK_GOALS = N_("Tabel B4.1, werkdoelen (outcome korte termijn): vragenlijst op persoonsniveau.")
_CONTINUITY = N_(
    "Tabel B4.1, hoofddoel continuïteit van zorg en begeleiding: vragenlijst bij eind- en nameting."
)
_NETWORK_T0 = N_("Tabel B4.1, hoofddoel herstel op vier lagen, nulmeting netwerk: vragenlijst.")
_SELF_RESTORATION = N_(
    "Tabel B4.1, hoofddoel herstel op vier lagen, eind-/nameting zelfherstel: vragenlijst."
)
_NETWORK = N_("Tabel B4.1, hoofddoel herstel op vier lagen, eind-/nameting netwerk: vragenlijst.")


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
    # Inflow: invitation, intake and decision-making.
    _indicator(
        "alm-in-04",
        5432,
        N_("Informeren gemeente van herkomst over potentiële plaatsing"),
        L.INFLOW,
        M.INFLOW,
        REGISTRATION,
        _INVITE,
        description=N_(
            "Of de gemeente van herkomst van de gedetineerde over de mogelijke plaatsing is "
            "geïnformeerd (met datum); aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "alm-in-05",
        5436,
        N_("Informeren gedetineerde door casemanager PI van verblijf"),
        L.INFLOW,
        M.INFLOW,
        REGISTRATION,
        _INVITE,
        description=N_(
            "Of de kandidaat door de casemanager van de PI van verblijf is geïnformeerd (met "
            "datum); aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "alm-in-09",
        5459,
        N_("Opstellen zorg- en veiligheidsplan"),
        L.INFLOW,
        M.INFLOW,
        REGISTRATION,
        _INTAKE,
        common_key="in.plan_drawn_up",
        description=N_(
            "Of bij de intake een geïntegreerd zorg- en veiligheidsplan is opgesteld (met "
            "datum); aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "alm-in-10",
        5463,
        N_("Dossieronderzoek JD-online, D&R-plan, risicoscreener en behandelplan"),
        L.INFLOW,
        M.INFLOW,
        REGISTRATION,
        _DECISION,
        description=N_(
            "Of het dossieronderzoek (JD-online, detentie- en re-integratieplan, "
            "risicoscreener en behandelplan) is uitgevoerd; aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "alm-in-12",
        5471,
        N_("Opstellen en uitkomst selectieadvies casemanager PI van verblijf"),
        L.INFLOW,
        M.INFLOW,
        REGISTRATION,
        _DECISION,
        description=N_(
            "Of de casemanager van de PI van verblijf een selectieadvies heeft opgesteld, en de "
            "uitkomst (positief of negatief); aandeel van de kandidaten."
        ),
    ),
    # Target group at intake.
    _indicator(
        "alm-tg-08",
        5521,
        N_("Gedetineerde is hulpbehoevend op meerdere leefgebieden (= complexe problematiek)"),
        L.TARGET_GROUP,
        M.T0,
        REGISTRATION,
        _TARGET_GROUP,
        common_key="tg.complex_problems",
        description=N_(
            "Of de gedetineerde op meerdere (twee of meer) leefgebieden ondersteuning nodig "
            "heeft; aandeel van de instroom met complexe problematiek."
        ),
    ),
    # Activities during the stay.
    _indicator(
        "alm-out-06",
        5610,
        N_("Activiteiten gericht op stimuleren van cognitieve, sociale en praktische vaardigheden"),
        L.OUTPUT,
        M.STAY,
        REGISTRATION,
        _ACTIVITIES,
        description=N_(
            "Of de gedetineerde deelnam aan activiteiten voor cognitieve, sociale en praktische "
            "vaardigheden; aandeel van de geplaatsten. Met een toelichting welke activiteiten, "
            "en bij nee de reden waarom niet."
        ),
    ),
    # Process: preconditions, judged at KV level.
    _indicator(
        "alm-pr-02a",
        5664,
        N_("Middelen netwerkpartners (capaciteit, expertise, financiën)"),
        L.PROCESS,
        M.PERIOD,
        INTERVIEW,
        _CONDITIONS,
        common_key="pr.rv.partner_resources",
        description=N_(
            "Of de netwerkpartners voldoende capaciteit, expertise en financiën hebben; "
            "kwalitatief oordeel (voldoende of onvoldoende) op KV-niveau."
        ),
    ),
    _indicator(
        "alm-pr-02f",
        5676,
        N_("Draagvlak en betrokkenheid netwerkpartners"),
        L.PROCESS,
        M.PERIOD,
        INTERVIEW,
        _CONDITIONS,
        common_key="pr.rv.partner_support",
        description=N_(
            "Of de netwerkpartners de KV steunen en erbij betrokken zijn; kwalitatief oordeel "
            "(voldoende of onvoldoende) op KV-niveau."
        ),
    ),
    _indicator(
        "alm-pr-02g",
        5678,
        N_("Effectieve informatie-uitwisseling netwerkpartners"),
        L.PROCESS,
        M.PERIOD,
        INTERVIEW,
        _CONDITIONS,
        common_key="pr.rv.information_exchange",
        description=N_(
            "Of de informatie-uitwisseling tussen de netwerkpartners effectief verloopt; "
            "kwalitatief oordeel (voldoende of onvoldoende) op KV-niveau."
        ),
    ),
    # Context: collaboration.
    _indicator(
        "alm-cx-03",
        5705,
        N_("Doorlopende betrokkenheid netwerkpartners"),
        L.CONTEXT,
        M.PERIOD,
        INTERVIEW,
        _COLLABORATION,
        common_key="cx.continuous_involvement",
        description=N_(
            "Of de netwerkpartners het hele traject betrokken blijven, tijdens en na de "
            "detentie; ja of nee met een toelichting, op KV-niveau."
        ),
    ),
    # Working goal.
    _indicator(
        "alm-st-08",
        5781,
        N_("Toename van autonomie van gedetineerde"),
        L.OUTCOME_SHORT,
        M.T1,
        QUESTIONNAIRE,
        _WORK_GOALS,
        description=N_(
            "Of de autonomie (zelfredzaamheid) van de gedetineerde tijdens het verblijf is "
            "toegenomen; aandeel van de uitstroom. Bij ja: waar dat uit blijkt; bij nee: de "
            "reden waarom niet."
        ),
    ),
    # Main goals.
    _indicator(
        "alm-lt-10",
        5914,
        N_("Betrokkenheid nazorgcoördinator van uitstroomgemeente na uitstroom"),
        L.OUTCOME_LONG,
        M.T2,
        QUESTIONNAIRE,
        _CONTINUITY,
        common_key="lt.aftercare_coordinator",
        description=N_(
            "Of de nazorgcoördinator van de uitstroomgemeente na de uitstroom betrokken is; "
            "aandeel van de uitstroom, bij de eindmeting (T1) en de nameting (T2)."
        ),
    ),
    _indicator(
        "alm-lt-14",
        5954,
        N_("Verstevigen of ondersteunen sociaal netwerk evt. van toepassing"),
        L.OUTCOME_LONG,
        M.T0,
        QUESTIONNAIRE,
        _NETWORK_T0,
        description=N_(
            "Of bij de nulmeting versteviging of ondersteuning van het sociaal netwerk van "
            "toepassing is; aandeel van de geplaatsten, en de noemer van de activiteiten gericht "
            "op het sociaal netwerk."
        ),
    ),
    _indicator(
        "alm-lt-15",
        5958,
        N_("Aanwezigheid negatieve invloeden waarvan afstand gedaan moet worden"),
        L.OUTCOME_LONG,
        M.T0,
        QUESTIONNAIRE,
        _NETWORK_T0,
        description=N_(
            "Of er bij de nulmeting negatieve contacten in het netwerk zijn waarvan afstand "
            "gedaan moet worden; aandeel van de geplaatsten."
        ),
    ),
    _indicator(
        "alm-lt-16",
        5968,
        N_("Verrichtte activiteiten gericht op zelfherstel"),
        L.OUTCOME_LONG,
        M.T1,
        QUESTIONNAIRE,
        _SELF_RESTORATION,
        description=N_(
            "Of en welke activiteiten gericht op zelfherstel zijn verricht (bijvoorbeeld werken "
            "aan psychische problematiek of verslaving), met de uitkomst ervan; aandeel van wie "
            "bij de nulmeting een behoefte had, bij de eindmeting (T1) en de nameting (T2)."
        ),
    ),
    _indicator(
        "alm-lt-18",
        5996,
        N_("Verrichtte activiteiten gericht op (herstel van) sociaal netwerk"),
        L.OUTCOME_LONG,
        M.T1,
        QUESTIONNAIRE,
        _NETWORK,
        description=N_(
            "Of en welke activiteiten gericht op (herstel van) het sociaal netwerk zijn "
            "verricht, met de uitkomst ervan; aandeel van wie dat van toepassing is, bij de "
            "eindmeting (T1) en de nameting (T2)."
        ),
    ),
)
