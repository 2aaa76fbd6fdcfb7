"""The facility-specific indicators of KV Almelo (Huis van Herstel) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.1 [001:L5402-6063], lists the
topics for a future process and effect evaluation of Almelo. The topics that
recur across KVs are core indicators (``core.*``); the 17 registered here are
Almelo's own: a concept no other KV names, or a topic without a concept key
(the indicator catalogue, §3.3). Follow-up questions ("indien nee, reden
waarom niet", "uitkomst ...") are part of their parent's description, not
indicators of their own. Each id is ``kv-almelo.<appendix id>`` and cites the
appendix line where the topic starts.

Thirteen are computed from the facts the plugin declares (``facts.py``): the
per-person registrations and questionnaire answers the appendix asks for. The
four judged at KV level in interviews (the preconditions and the continuous
involvement of the network partners) are not a fact about a person, so they
stay an :class:`~kleinschalig.model.indicators.Observation` each, with its method.
Each computed indicator states its population (denominator) in the measure and
in the description. Choices recorded here (⚠):

* The inflow steps (municipality informed, care and safety plan, file review,
  selection advice) are also workflow steps; indicator measures read case
  facts, not the event log, so they read the declared registration.
* "Interviews, registratie" [001:L5562-5570]: a topic counted per person (did
  the activity take place) is a registration.
* Topics measured at the eindmeting and the nameting (T1 and T2) are placed at
  T1, unless they are about the time after outflow ("na uitstroom"): those
  are at T2. The appendix fixes no T2 interval [001:L5378-5382].
* Candidates are the records with a referral date; the care and safety plan
  follows the intake [001:L559-563], which not every candidate reaches, so it
  is counted among those placed.
* "Meerdere leefgebieden" [001:L5521-5523] is read as two or more; "a need at
  the nulmeting" for self-restoration [001:L5932-5940] as one or more.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.conditions import All, Compare, OneOf, Recorded
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
from kleinschalig_kv_almelo.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

INTERVIEW: Final = Observation("interview")

#: Populations: candidates (a referral is recorded), those placed, and those placed who left.
CANDIDATES: Final = Recorded("referral.date")
PLACED: Final = OneOf("placement.decision", ("placed",))
LEFT: Final = All((PLACED, Recorded("placement.outflow_date")))


def _yes(fact: str) -> Compare:
    """The declared yes/no fact ``kv-almelo.<fact>`` is recorded as yes."""
    return Compare(f"kv-almelo.{fact}", "eq", True)


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
        Share(_yes("gemeente_herkomst_geinformeerd"), CANDIDATES),
        _INVITE,
        description=N_(
            "Teller: de gemeente van herkomst is over de mogelijke plaatsing geïnformeerd. "
            "Noemer: de kandidaten (een aanmelding is vastgelegd)."
        ),
    ),
    _indicator(
        "alm-in-05",
        5436,
        N_("Informeren gedetineerde door casemanager PI van verblijf"),
        L.INFLOW,
        M.INFLOW,
        Share(_yes("gedetineerde_geinformeerd"), CANDIDATES),
        _INVITE,
        description=N_(
            "Teller: de casemanager van de PI van verblijf heeft de kandidaat geïnformeerd. "
            "Noemer: de kandidaten (een aanmelding is vastgelegd)."
        ),
    ),
    _indicator(
        "alm-in-09",
        5459,
        N_("Opstellen zorg- en veiligheidsplan"),
        L.INFLOW,
        M.INFLOW,
        Share(_yes("zorg_veiligheidsplan_opgesteld"), PLACED),
        _INTAKE,
        common_key="in.plan_drawn_up",
        description=N_(
            "Teller: er is een integraal zorg- en veiligheidsplan opgesteld. Noemer: de "
            "geplaatsten. ⚠ keuze: het plan volgt op de intake (001:L559-563), die niet elke "
            "kandidaat bereikt; daarom telt het onder wie geplaatst is, niet onder alle "
            "kandidaten."
        ),
    ),
    _indicator(
        "alm-in-10",
        5463,
        N_("Dossieronderzoek JD-online, D&R-plan, risicoscreener en behandelplan"),
        L.INFLOW,
        M.INFLOW,
        Share(_yes("dossieronderzoek_uitgevoerd"), CANDIDATES),
        _DECISION,
        description=N_(
            "Teller: het dossieronderzoek (JD-online, detentie- en re-integratieplan, "
            "risicoscreener en behandelplan) is uitgevoerd. Noemer: de kandidaten."
        ),
    ),
    _indicator(
        "alm-in-12",
        5471,
        N_("Opstellen en uitkomst selectieadvies casemanager PI van verblijf"),
        L.INFLOW,
        M.INFLOW,
        Distribution("kv-almelo.selectieadvies_pi", CANDIDATES),
        _DECISION,
        description=N_(
            "Verdeling van de kandidaten over het selectieadvies van de casemanager van de PI "
            "van verblijf: positief, negatief of niet opgesteld. Noemer: de kandidaten."
        ),
    ),
    # Target group at intake.
    _indicator(
        "alm-tg-08",
        5521,
        N_("Gedetineerde is hulpbehoevend op meerdere leefgebieden (= complexe problematiek)"),
        L.TARGET_GROUP,
        M.T0,
        Share(Compare("kv-almelo.aantal_leefgebieden_ondersteuning", "ge", 2), PLACED),
        _TARGET_GROUP,
        common_key="tg.complex_problems",
        description=N_(
            "Teller: bij de intake is op twee of meer leefgebieden ondersteuning nodig. Noemer: "
            "de geplaatsten. ⚠ keuze: 'meerdere leefgebieden' (001:L5521-5523, 001:L334-336) "
            "is gelezen als twee of meer."
        ),
    ),
    # Activities during the stay.
    _indicator(
        "alm-out-06",
        5610,
        N_("Activiteiten gericht op stimuleren van cognitieve, sociale en praktische vaardigheden"),
        L.OUTPUT,
        M.STAY,
        Share(_yes("vaardigheidsactiviteiten"), PLACED),
        _ACTIVITIES,
        description=N_(
            "Teller: de gedetineerde nam deel aan activiteiten voor cognitieve, sociale en "
            "praktische vaardigheden. Noemer: de geplaatsten. Welke activiteiten en de reden "
            "waarom niet zijn vrije tekst en worden niet geteld."
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
        Share(_yes("autonomie_toegenomen@t1"), LEFT),
        _WORK_GOALS,
        description=N_(
            "Teller: de autonomie (zelfredzaamheid) is tijdens het verblijf toegenomen, "
            "vastgelegd bij uitstroom (T1). Noemer: wie geplaatst was en uitstroomde. Waar dat "
            "uit blijkt en de reden waarom niet zijn vrije tekst."
        ),
    ),
    # Main goals.
    _indicator(
        "alm-lt-10",
        5914,
        N_("Betrokkenheid nazorgcoördinator van uitstroomgemeente na uitstroom"),
        L.OUTCOME_LONG,
        M.T2,
        Share(_yes("nazorgcoordinator_betrokken@t2"), LEFT),
        _CONTINUITY,
        common_key="lt.aftercare_coordinator",
        description=N_(
            "Teller: de nazorgcoördinator van de uitstroomgemeente is na de uitstroom "
            "betrokken, bij de nameting (T2). Noemer: wie geplaatst was en uitstroomde. De "
            "waarde bij de eindmeting (T1) wordt ook vastgelegd."
        ),
    ),
    _indicator(
        "alm-lt-14",
        5954,
        N_("Verstevigen of ondersteunen sociaal netwerk evt. van toepassing"),
        L.OUTCOME_LONG,
        M.T0,
        Share(_yes("netwerk_versteviging_van_toepassing"), PLACED),
        _NETWORK_T0,
        description=N_(
            "Teller: bij de nulmeting is versteviging of ondersteuning van het sociaal netwerk "
            "van toepassing. Noemer: de geplaatsten. Wie dit heeft, is de noemer van de "
            "activiteiten gericht op het sociaal netwerk (alm-lt-18)."
        ),
    ),
    _indicator(
        "alm-lt-15",
        5958,
        N_("Aanwezigheid negatieve invloeden waarvan afstand gedaan moet worden"),
        L.OUTCOME_LONG,
        M.T0,
        Share(_yes("negatieve_invloeden"), PLACED),
        _NETWORK_T0,
        description=N_(
            "Teller: bij de nulmeting zijn er negatieve invloeden in het netwerk waarvan afstand "
            "gedaan moet worden. Noemer: de geplaatsten."
        ),
    ),
    _indicator(
        "alm-lt-16",
        5968,
        N_("Verrichtte activiteiten gericht op zelfherstel"),
        L.OUTCOME_LONG,
        M.T1,
        Share(
            _yes("activiteiten_zelfherstel@t1"),
            All((LEFT, Compare("kv-almelo.aantal_leefgebieden_ondersteuning", "ge", 1))),
        ),
        _SELF_RESTORATION,
        description=N_(
            "Teller: er zijn activiteiten gericht op zelfherstel verricht (bijvoorbeeld werken "
            "aan psychische problematiek of verslaving), bij de eindmeting (T1). Noemer: wie "
            "uitstroomde en bij de nulmeting op ten minste één leefgebied ondersteuning nodig "
            "had. ⚠ keuze: de behoefte bij de nulmeting (001:L5932-5940) is gelezen als één of "
            "meer leefgebieden. De nameting (T2) wordt ook vastgelegd; de uitkomst is vrije tekst."
        ),
    ),
    _indicator(
        "alm-lt-18",
        5996,
        N_("Verrichtte activiteiten gericht op (herstel van) sociaal netwerk"),
        L.OUTCOME_LONG,
        M.T1,
        Share(
            _yes("activiteiten_sociaal_netwerk@t1"),
            All((LEFT, _yes("netwerk_versteviging_van_toepassing"))),
        ),
        _NETWORK,
        description=N_(
            "Teller: er zijn activiteiten gericht op (herstel van) het sociaal netwerk verricht, "
            "bij de eindmeting (T1). Noemer: wie uitstroomde en bij wie versteviging van het "
            "netwerk bij de nulmeting van toepassing was (alm-lt-14). De nameting (T2) wordt ook "
            "vastgelegd; de uitkomst is vrije tekst."
        ),
    ),
)
