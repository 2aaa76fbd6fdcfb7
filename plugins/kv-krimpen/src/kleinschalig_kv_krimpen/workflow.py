"""The inflow workflow of KV Krimpen aan den IJssel, De Compagnie II and IIa.

Two dated versions of ``kv-krimpen.instroom``:

* DC II, from the opening in January 2019 to 30 April 2020 [001:L3586-3588]: a
  detainee promoted to a plus programme, preferably from the closed first phase DC I,
  applies with a motivation letter; the GNd project leader and the head of the ward
  discuss it, the project leader meets him, the head of the ward brings it to the PI's
  MDO, which decides; a confirmation letter and transfer, or an explanation of the
  rejection [001:L1741-1750]; rule breaks mean a return to the PI for six weeks or for
  good [001:L1848-1851];
* DC IIa, from 1 May 2020: the whole ward is closed, a six-week trial period was
  introduced, and participants move on to the ZBBI of PI Rotterdam Hoogvliet or PI
  Dordrecht [001:L3590-3611].

Where the sources do not name who acts, ``actor`` is ``None`` and a note says so.
"""

from __future__ import annotations

import datetime as dt

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, cite
from kleinschalig.model.conditions import HoldsTitle
from kleinschalig.model.workflows import (
    Stage,
    State,
    Timing,
    Transition,
    Workflow,
    WorkflowScope,
    WorkflowVersion,
)
from kleinschalig_kv_krimpen.plugin import DC_IIA_FROM, FACILITY_CODE, OPENED_ON

__all__ = ["INFLOW", "WORKFLOW_CODE"]

WORKFLOW_CODE = f"{FACILITY_CODE}.instroom"

# --- Citations -----------------------------------------------------------------------------

_VIA_PI = cite(
    "001:L1742-1743",
    N_(
        "De instroom verloopt via een PI: gedetineerden in een plusprogramma solliciteren met "
        "een motivatiebrief."
    ),
)
_GREEN = cite(
    "001:L3605-3607",
    N_(
        "Goed ('groen') gedrag was een vereiste: alleen wie in een plusprogramma zat, kon "
        "solliciteren."
    ),
)
_DC1 = (
    cite(
        "001:L1752-1755",
        N_(
            "Er zijn wachtlijsten voor de eerste fase; posters, voorlichting en gedetineerden "
            "zelf maken DC bekend."
        ),
    ),
    cite(
        "001:L3616-3624",
        N_(
            "Presentaties op afdelingen van PI's, posters en folders; bijna alle gedetineerden "
            "kennen DC I via andere gedetineerden of personeel."
        ),
    ),
    cite(
        "001:L3564-3569",
        N_("Gedetineerden stromen vanuit het gesloten regime in DC I door naar DC II."),
    ),
)
_DISCUSS = cite(
    "001:L1744",
    N_("De projectleider van GNd en het afdelingshoofd DC II bespreken de sollicitatie."),
)
_MEET = cite(
    "001:L1744-1745",
    N_("De projectleider van GNd spreekt de gedetineerde om kennis te maken."),
)
_MDO = cite(
    "001:L1745-1747",
    N_("Het afdelingshoofd brengt de sollicitatie in bij het MDO, waar de PI besluit."),
)
_APPROVED = cite(
    "001:L1747-1749",
    N_(
        "Bij een besluit tot overplaatsing ontvangt de gedetineerde een bevestigende brief van de "
        "projectleider van GNd en wordt de overplaatsing in gang gezet."
    ),
)
_REJECTED = cite(
    "001:L1749-1750",
    N_("Bij afkeuring lichten de projectleider en de mentor het besluit toe."),
)
_RULES = cite(
    "001:L1848-1851",
    N_(
        "Lik-op-stukbeleid: bij overtredingen wordt een gedetineerde tijdelijk (zes weken) of "
        "definitief teruggeplaatst in de PI."
    ),
)
_DC2_STAY = (
    cite("001:L3633", N_("De gemiddelde verblijfsduur in DC II is 304 dagen.")),
    cite("001:L3649", N_("Alle deelnemers hadden bij vertrek uit DC II een baan.")),
)
_DC2A = cite(
    "001:L3590-3611",
    N_("De belangrijkste wijzigingen in DC IIa ten opzichte van DC II."),
)
_DC2A_FROM = cite(
    "001:L3586-3588",
    N_("DC II was open van januari 2019 tot 1 mei 2020; daarna een gesloten regime."),
)
_TRIAL = cite(
    "001:L3610-3611",
    N_(
        "Een proefperiode van zes weken waarin de gedetineerde laat zien dat hij gemotiveerd is "
        "en een plek in DC IIa verdient."
    ),
)
_ONWARD = cite(
    "001:L3600-3603",
    N_("Vanuit DC IIa stromen gedetineerden door naar de ZBBI van PI Rotterdam of PI Dordrecht."),
)

_PLUS = HoldsTitle(("gevangenisstraf",), phase="plusprogramma")
_NOT_NAMED = N_("De bronnen zeggen niet wie deze beslissing neemt.")

# --- The application, the same in both versions ----------------------------------------------


def _application(source: str, transition_id: str) -> Transition:
    return Transition(
        transition_id,
        source,
        "gesolliciteerd",
        N_("Solliciteren met een motivatiebrief"),
        (_VIA_PI, _GREEN),
        documents=("motivatiebrief",),
        guard=_PLUS,
        note=N_(
            "De gedetineerde solliciteert zelf; hij is geen partnerrol. Alleen wie in een "
            "plusprogramma zit, kan solliciteren (001:L1742-1743, 001:L3605-3607)."
        ),
    )


def _selection(placed: str) -> tuple[Transition, ...]:
    """From the application to the transfer into ``placed``."""
    return (
        *(
            Transition(
                f"bespreken_{role.removeprefix('kv-krimpen.')}",
                "gesolliciteerd",
                "besproken",
                N_("De projectleider van GNd en het afdelingshoofd bespreken de sollicitatie"),
                (_DISCUSS,),
                actor=role,
                note=N_(
                    "Samen door de projectleider van GNd en het afdelingshoofd; een stap heeft één "
                    "actor, dus één stap per rol."
                ),
            )
            for role in ("kv-krimpen.gnd", "kv-krimpen.afdelingshoofd")
        ),
        Transition(
            "kennismaken",
            "besproken",
            "kennisgemaakt",
            N_("Kennismakingsgesprek met de projectleider van GNd"),
            (_MEET,),
            actor="kv-krimpen.gnd",
        ),
        Transition(
            "inbrengen",
            "kennisgemaakt",
            "ingebracht",
            N_("Het afdelingshoofd brengt de sollicitatie in bij het MDO"),
            (_MDO,),
            actor="kv-krimpen.afdelingshoofd",
        ),
        Transition(
            "goedkeuren",
            "ingebracht",
            "goedgekeurd",
            N_("Het MDO besluit tot overplaatsing"),
            (_MDO,),
            actor="kv-krimpen.mdo",
            feedback=True,
        ),
        Transition(
            "afkeuren",
            "ingebracht",
            "afgekeurd",
            N_("Het MDO keurt de overplaatsing af"),
            (_MDO,),
            actor="kv-krimpen.mdo",
            feedback=True,
        ),
        Transition(
            "toelichten",
            "afgekeurd",
            "afgewezen",
            N_("De projectleider en de mentor lichten het besluit toe"),
            (_REJECTED,),
            note=N_(
                "De bron zegt 'de projectleider', in de zin ervoor die van GNd, en de mentor van "
                "de gedetineerde (001:L1749-1750); er is ook een projectleider van de PI "
                "(001:L3670-3671). Een rol voor de mentor is niet geregistreerd."
            ),
        ),
        Transition(
            "bevestigen",
            "goedgekeurd",
            "bevestigd",
            N_("De projectleider van GNd stuurt de bevestigende brief"),
            (_APPROVED,),
            actor="kv-krimpen.gnd",
            documents=("bevestigingsbrief",),
        ),
        Transition(
            "overplaatsen",
            "bevestigd",
            placed,
            N_("Overplaatsen"),
            (_APPROVED,),
            note=N_(
                "De overplaatsing 'wordt in gang gezet' (001:L1748-1749); door wie, staat er niet."
            ),
        ),
    )


def _rule_breaks(stay: str, *, note: str) -> tuple[Transition, ...]:
    return (
        Transition(
            "tijdelijk_terugplaatsen",
            stay,
            "tijdelijk_in_pi",
            N_("Bij een overtreding tijdelijk terugplaatsen in de PI"),
            (_RULES,),
            note=note,
        ),
        Transition(
            "terugkeren",
            "tijdelijk_in_pi",
            stay,
            N_("Terugkeren na zes weken"),
            (_RULES,),
            timing=Timing(
                "transition:tijdelijk_terugplaatsen",
                "after",
                minimum=Duration(weeks=6),
                maximum=Duration(weeks=6),
                sources=(_RULES,),
                note=N_("'Tijdelijk (zes weken)' (001:L1849) is gelezen als precies zes weken."),
            ),
            note=_NOT_NAMED,
        ),
        Transition(
            "definitief_terugplaatsen",
            stay,
            "teruggeplaatst",
            N_("Bij een overtreding definitief terugplaatsen in de PI"),
            (_RULES,),
            note=note,
        ),
    )


def _states(stay: State, *extra: State) -> tuple[State, ...]:
    return (
        State("in_pi", N_("Gedetineerde in een PI"), (_VIA_PI,), initial=True),
        *extra,
        State("gesolliciteerd", N_("Gesolliciteerd met een motivatiebrief"), (_VIA_PI,)),
        State("besproken", N_("Sollicitatie besproken"), (_DISCUSS,)),
        State("kennisgemaakt", N_("Kennismakingsgesprek gevoerd"), (_MEET,)),
        State("ingebracht", N_("Ingebracht in het MDO"), (_MDO,)),
        State("goedgekeurd", N_("Overplaatsing goedgekeurd"), (_MDO,)),
        State("afgekeurd", N_("Overplaatsing afgekeurd"), (_MDO,)),
        State(
            "afgewezen",
            N_("Afgewezen, besluit toegelicht"),
            (_REJECTED,),
            final=True,
            stage=Stage.NOT_PLACED,
        ),
        State("bevestigd", N_("Bevestigende brief verstuurd"), (_APPROVED,)),
        stay,
        # Back in the PI for six weeks, then back to the same stay: still inside.
        State(
            "tijdelijk_in_pi",
            N_("Tijdelijk teruggeplaatst in de PI"),
            (_RULES,),
            stage=Stage.INSIDE,
        ),
        State(
            "teruggeplaatst",
            N_("Definitief teruggeplaatst in de PI"),
            (_RULES,),
            final=True,
            stage=Stage.PLACED_BACK,
        ),
    )


# --- Version 1: De Compagnie II -------------------------------------------------------------

DC_II = WorkflowVersion(
    sources=(
        cite("001:L1741-1750", N_("De instroom in DC II.")),
        _RULES,
        *_DC1,
    ),
    valid_from=OPENED_ON,
    valid_until=DC_IIA_FROM - dt.timedelta(days=1),
    note=N_(
        "DC II met ZBBI-plaatsen, van de opening in januari 2019 (de dag staat niet in de bron; "
        "1 januari gekozen) tot 1 mei 2020 (001:L3586-3588)."
    ),
    states=_states(
        State("in_dc2", N_("Verblijf in DC II"), (_APPROVED, *_DC2_STAY), stage=Stage.INSIDE),
        State("dc1", N_("In De Compagnie I, de gesloten eerste fase"), _DC1),
        State("vertrokken", N_("Vertrokken uit DC II"), _DC2_STAY, final=True, stage=Stage.LEFT),
    ),
    transitions=(
        Transition(
            "naar_dc1",
            "in_pi",
            "dc1",
            N_("Instromen in De Compagnie I"),
            _DC1,
            note=N_(
                "Werving via presentaties, posters en andere gedetineerden; er zijn wachtlijsten "
                "(001:L1752-1755, 001:L3616-3624). Wie over plaatsing in DC I beslist, noemen de "
                "bronnen niet."
            ),
        ),
        _application("in_pi", "solliciteren"),
        _application("dc1", "solliciteren_vanuit_dc1"),
        *_selection("in_dc2"),
        *_rule_breaks(
            "in_dc2",
            note=N_("Wie over terugplaatsing beslist, noemen de bronnen niet (001:L1848-1851)."),
        ),
        Transition(
            "vertrekken",
            "in_dc2",
            "vertrokken",
            N_("Vertrek uit DC II"),
            _DC2_STAY,
            note=_NOT_NAMED,
        ),
    ),
)

# --- Version 2: De Compagnie IIa ------------------------------------------------------------

DC_IIA = WorkflowVersion(
    sources=(_DC2A, _DC2A_FROM, _TRIAL, cite("001:L1741-1750", N_("De instroom in DC II."))),
    valid_from=DC_IIA_FROM,
    note=N_(
        "DC IIa: de ZBBI-plaatsen zijn gesloten en de hele afdeling is een gesloten regime met "
        "een proefperiode van zes weken en doorstroom naar de ZBBI van PI Rotterdam of PI "
        "Dordrecht (001:L3590-3611). ⚠ Gekozen is dat deze versie geldt vanaf 1 mei 2020, de "
        "dag waarop DC II sloot (001:L3586-3588); wanneer de proefperiode precies begon, staat "
        "niet in de bronnen (001:L3610-3611). De sollicitatiestappen van DC II (001:L1741-1750) "
        "zijn overgenomen omdat de bronnen voor DC IIa geen andere instroom beschrijven; de "
        "stap via DC I vervalt omdat de hele afdeling gesloten is (001:L3594-3595). Verruiming "
        "naar 'niet-kunners' zonder plusprogramma werd alleen verkend (001:L3605-3608)."
    ),
    states=_states(
        State("in_dc2a", N_("Verblijf in DC IIa"), (_DC2A, _TRIAL), stage=Stage.INSIDE),
        State("proefperiode", N_("Proefperiode van zes weken"), (_TRIAL,), stage=Stage.INSIDE),
        State(
            "doorgestroomd",
            N_("Doorgestroomd naar een ZBBI"),
            (_ONWARD,),
            final=True,
            stage=Stage.LEFT,
        ),
    ),
    transitions=(
        _application("in_pi", "solliciteren"),
        *_selection("proefperiode"),
        Transition(
            "proef_voltooien",
            "proefperiode",
            "in_dc2a",
            N_("Proefperiode voltooid: plek in DC IIa"),
            (_TRIAL,),
            timing=Timing(
                "transition:overplaatsen",
                "after",
                minimum=Duration(weeks=6),
                maximum=Duration(weeks=6),
                sources=(_TRIAL,),
            ),
            note=_NOT_NAMED,
        ),
        Transition(
            "proef_niet_voltooien",
            "proefperiode",
            "teruggeplaatst",
            N_("Proefperiode niet voltooid: terug naar de PI"),
            (_TRIAL, _RULES),
            note=N_(
                "⚠ De bron zegt niet wat volgt als de proefperiode niet slaagt (001:L3610-3611) "
                "en niet wie beslist; vastgelegd als definitieve terugplaatsing in de PI, zoals "
                "bij het lik-op-stukbeleid (001:L1848-1851)."
            ),
        ),
        *_rule_breaks(
            "in_dc2a",
            note=N_(
                "⚠ Het lik-op-stukbeleid is beschreven voor DC II (001:L1848-1851); aangenomen is "
                "dat het in DC IIa blijft gelden. Wie beslist, noemen de bronnen niet."
            ),
        ),
        Transition(
            "doorstromen",
            "in_dc2a",
            "doorgestroomd",
            N_("Doorstromen naar de ZBBI van PI Rotterdam of PI Dordrecht"),
            (_ONWARD,),
            note=_NOT_NAMED,
        ),
    ),
)

INFLOW = Workflow(
    code=WORKFLOW_CODE,
    label=N_("Instroom De Compagnie II (KV Krimpen aan den IJssel)"),
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=(FACILITY_CODE,)),
    description=N_(
        "Sollicitatie met motivatiebrief vanuit een plusprogramma, bespreking door GNd en het "
        "afdelingshoofd, kennismaking en het besluit van het MDO; vanaf mei 2020 (DC IIa) met "
        "een proefperiode van zes weken."
    ),
    versions=(DC_II, DC_IIA),
)
