"""The national trajectories bundled with the core.

* ``volwassenen.detentieverloop``: the adult prison sentence, from the
  screening at the start through the basis- and plusprogramma,
  re-integratieverlof and the BBA to a penitentiair programma or the v.i.,
  and release [002:L610-824].
* ``jeugd.kvjj-plaatsing``: how a young person comes to a KVJJ — after
  police custody and arraignment, or by transfer from an FCJ — with advice,
  the OM's consent and DIZ's decision, KVJJ ⇄ FCJ and outflow [003:L15-17],
  [003:L27], [003:L63-69], [003:L199-221].

Where the sources do not name who takes a step, ``actor`` is ``None`` and a
note says so; nothing is invented.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.conditions import Not, OneOf, SentenceWithin
from kleinschalig.model.facilities import FacilityKind
from kleinschalig.model.sources import cite
from kleinschalig.model.workflows import (
    Content,
    InformationFlow,
    Stage,
    State,
    Transition,
    Workflow,
    WorkflowScope,
    WorkflowVersion,
)

__all__ = ["NATIONAL_WORKFLOWS"]

_NOT_NAMED: Final = N_("De bronnen noemen niet wie deze beslissing neemt.")
_VI_ELIGIBLE: Final = SentenceWithin("imposed", minimum=Duration(years=1))

_SCREENING = (cite("002:L614-650", N_("Aanvang detentie: snelle en volledige screening.")),)
_PLAN = (cite("002:L652-672", N_("Het detentie- en re-integratieplan.")),)
_BASIS = (cite("002:L676-686", N_("Een gedetineerde start in principe in het basisprogramma.")),)
_PLUS = (cite("002:L686-715", N_("Promoveren en degraderen tussen basis- en plusprogramma.")),)
_LEAVE = (cite("002:L719-763", N_("Re-integratieverlof, altijd gekoppeld aan een doel.")),)
_BBA = (cite("002:L767-797", N_("Plaatsing in een beperkt beveiligde afdeling (BBA).")),)
_END = (
    cite(
        "002:L810-824",
        N_(
            "Penitentiair programma voor een niet v.i.-waardige straf, v.i. voor een v.i.-waardige."
        ),
    ),
)
_STARTS_IN_BASIS = cite("002:L680", N_("In principe start een gedetineerde in het basisprogramma."))
_VI = (cite("002:L199-228", N_("De voorwaardelijke invrijheidstelling (huidige regeling).")),)
_REVOKE = (cite("002:L378-390", N_("Het OM beslist over herroeping van de v.i.")),)
_DATES_FLOW = InformationFlow(
    recipient="gemeente",
    content=Content.DATES,
    legal_basis="bjsg",
    sources=(
        cite(
            "002:L1320-1326",
            N_("Begin en einde van detentie mogen aan de gemeente worden verstrekt."),
        ),
    ),
    note=N_("Grondslag: wijziging van het Besluit justitiële en strafvorderlijke gegevens."),
)

ADULT_SENTENCE: Final = Workflow(
    code="volwassenen.detentieverloop",
    label=N_("Detentieverloop bij een gevangenisstraf"),
    jurisdiction=Jurisdiction.ADULT,
    description=N_(
        "Van de screening bij binnenkomst via basis- en plusprogramma, re-integratieverlof en "
        "BBA naar een penitentiair programma of de v.i., en de invrijheidstelling."
    ),
    versions=(
        WorkflowVersion(
            sources=(cite("002:L610-824", N_("Het detentieverloop in zes stappen.")),),
            states=(
                State("aanvang", N_("Aanvang detentie"), _SCREENING, initial=True),
                State("gescreend", N_("Gescreend"), _SCREENING),
                State("basisprogramma", N_("Basisprogramma"), _BASIS),
                State("plusprogramma", N_("Plusprogramma"), _PLUS),
                State("reintegratieverlof", N_("Plusprogramma met re-integratieverlof"), _LEAVE),
                State("bba", N_("Beperkt beveiligde afdeling (BBA)"), _BBA),
                State("penitentiair_programma", N_("Penitentiair programma"), _END),
                State("vi", N_("Voorwaardelijk in vrijheid gesteld"), _VI),
                State("heringesloten", N_("Weer ingesloten na herroeping"), _REVOKE),
                State("vrij", N_("In vrijheid"), _END, final=True),
            ),
            transitions=(
                Transition(
                    "screenen",
                    "aanvang",
                    "gescreend",
                    N_("Screenen bij binnenkomst"),
                    (*_SCREENING, cite("002:L624", N_("DJI screent bij binnenkomst."))),
                    actor="dji",
                    informs=(_DATES_FLOW,),
                ),
                Transition(
                    "plan_opstellen",
                    "gescreend",
                    "basisprogramma",
                    N_("Detentie- en re-integratieplan opstellen"),
                    (*_PLAN, cite("002:L1040-1048", N_("De casemanager stelt het plan op."))),
                    actor="casemanager",
                    informs=(
                        InformationFlow(
                            recipient="gemeente",
                            content=Content.FIELDS,
                            fields=("basisvoorwaarden",),
                            legal_basis="vi_wetsvoorstel",
                            sources=(
                                cite(
                                    "002:L1326-1336",
                                    N_("Hulpvragen op de basisvoorwaarden naar de gemeente."),
                                ),
                            ),
                            note=N_(
                                "Grondslag in het wetsvoorstel over de v.i. (2018); of die van "
                                "kracht is, staat niet in de bronnen."
                            ),
                        ),
                    ),
                ),
                Transition(
                    "promoveren",
                    "basisprogramma",
                    "plusprogramma",
                    N_("Promoveren na een aaneengesloten periode van goed gedrag"),
                    _PLUS,
                    note=_NOT_NAMED,
                ),
                Transition(
                    "degraderen",
                    "plusprogramma",
                    "basisprogramma",
                    N_("Degraderen bij slecht gedrag"),
                    (cite("002:L705-713", N_("Degraderen bij slecht gedrag.")),),
                    note=_NOT_NAMED,
                ),
                Transition(
                    "verlof_verlenen",
                    "plusprogramma",
                    "reintegratieverlof",
                    N_("Re-integratieverlof verlenen"),
                    _LEAVE,
                    note=_NOT_NAMED,
                ),
                Transition(
                    "verlof_intrekken",
                    "reintegratieverlof",
                    "basisprogramma",
                    N_("Degraderen bij slecht gedrag tijdens verlof"),
                    (cite("002:L705-713", N_("Degraderen bij slecht gedrag.")),),
                    note=_NOT_NAMED,
                ),
                Transition(
                    "naar_bba",
                    "reintegratieverlof",
                    "bba",
                    N_("Plaatsen in een BBA na verlof voor extramurale arbeid"),
                    _BBA,
                    note=_NOT_NAMED,
                ),
                Transition(
                    "terug_naar_gesloten",
                    "bba",
                    "basisprogramma",
                    N_("Terugplaatsen in de gesloten setting"),
                    (
                        cite("002:L793-797", N_("Terugplaatsen naar de gesloten setting.")),
                        cite(
                            "002:L680",
                            N_("In principe start een gedetineerde in het basisprogramma."),
                        ),
                    ),
                    note=N_(
                        "De bron noemt alleen 'de gesloten setting' (002:L793-797); het "
                        "basisprogramma is gekozen omdat een gedetineerde daar in principe start "
                        "(002:L680). Wie beslist, noemen de bronnen niet."
                    ),
                ),
                *(
                    Transition(
                        f"vi_{origin}",
                        origin,
                        "vi",
                        N_("Voorwaardelijk in vrijheid stellen (v.i.-waardige straf)"),
                        (*_VI, cite("002:L370-372", N_("Voorstel: het OM beslist."))),
                        actor="om",
                        guard=_VI_ELIGIBLE,
                        note=N_(
                            "Nu volgt de v.i. van rechtswege en kan het OM uitstel of afstel "
                            "vorderen bij de rechter (002:L221-228); volgens het voorstel van "
                            "2018 beslist het OM (002:L370-372). Hier staat het OM als actor."
                        ),
                    )
                    for origin in ("plusprogramma", "reintegratieverlof", "bba")
                ),
                *(
                    Transition(
                        f"pp_{origin}",
                        origin,
                        "penitentiair_programma",
                        N_("Deelnemen aan een penitentiair programma (niet v.i.-waardige straf)"),
                        _END,
                        guard=Not(_VI_ELIGIBLE),
                        note=_NOT_NAMED,
                    )
                    for origin in ("plusprogramma", "reintegratieverlof", "bba")
                ),
                Transition(
                    "herroepen",
                    "vi",
                    "heringesloten",
                    N_("V.i. herroepen: weer insluiten"),
                    _REVOKE,
                    actor="om",
                    note=N_(
                        "Volgens het voorstel van 2018 beslist het OM over herroeping "
                        "(002:L378-390)."
                    ),
                ),
                Transition(
                    "herplaatsen",
                    "heringesloten",
                    "basisprogramma",
                    N_("Plaatsen in het basisprogramma"),
                    (
                        *_REVOKE,
                        cite(
                            "002:L680",
                            N_("In principe start een gedetineerde in het basisprogramma."),
                        ),
                    ),
                    note=N_(
                        "De bronnen zeggen niet in welk programma iemand na herroeping komt; "
                        "gekozen is het basisprogramma, waar een gedetineerde in principe start."
                    ),
                ),
                *(
                    Transition(
                        f"einde_{origin}",
                        origin,
                        "vrij",
                        N_("Einde straf: in vrijheid"),
                        _END,
                        informs=(_DATES_FLOW,),
                        note=_NOT_NAMED,
                    )
                    for origin in (
                        "basisprogramma",
                        "plusprogramma",
                        "penitentiair_programma",
                        "vi",
                    )
                ),
            ),
        ),
    ),
)

_VIA_CUSTODY = (cite("003:L69", N_("Via inverzekeringstelling of doorplaatsing uit het FCJ.")),)
_ROUTE = (cite("003:L63-69", N_("Plaatsing in een KVJJ: advies, akkoord OM, besluit DIZ.")),)
_ADVICE = (
    cite("003:L211", N_("De RvdK/3RO adviseert na afstemming met de KVJJ.")),
    cite("003:L67", N_("RvdK, 3RO, rechter-commissaris en/of FCJ adviseren DIZ.")),
)
_FCJ = (cite("003:L15-17", N_("Wanneer een jongere in een FCJ komt.")),)
_OUTFLOW = (cite("003:L27", N_("Vanuit de KVJJ naar huis of vervolgzorg.")),)

KVJJ_PLACEMENT: Final = Workflow(
    code="jeugd.kvjj-plaatsing",
    label=N_("Plaatsingsroute KVJJ"),
    jurisdiction=Jurisdiction.YOUTH,
    scope=WorkflowScope(kinds=(FacilityKind.KVJJ,)),
    description=N_(
        "Na inverzekeringstelling en voorgeleiding, of vanuit een FCJ: advies van RvdK/3RO, "
        "akkoord van het OM en het besluit van DIZ; KVJJ ⇄ FCJ; uitstroom naar huis of "
        "vervolgzorg."
    ),
    versions=(
        WorkflowVersion(
            sources=(*_ROUTE, *_FCJ, *_OUTFLOW),
            states=(
                State(
                    "strafrechtelijke_titel",
                    N_("Jongere met een strafrechtelijke titel"),
                    _ROUTE,
                    initial=True,
                ),
                State("voorgeleid", N_("Voorgeleid bij de rechter-commissaris"), _ROUTE),
                # No stage: a young person is in an FCJ before a transfer to the KVJJ, after
                # a refusal, and after leaving the KVJJ for the FCJ (placed back).
                State("fcj", N_("Verblijf in een FCJ"), _FCJ),
                State("advies", N_("Advies over plaatsing uitgebracht"), _ADVICE),
                State("om_akkoord", N_("Akkoord van het OM"), (cite("003:L217"),)),
                State("kvjj", N_("Verblijf in de KVJJ"), _ROUTE, stage=Stage.INSIDE),
                State(
                    "uitgestroomd",
                    N_("Naar huis of vervolgzorg"),
                    _OUTFLOW,
                    final=True,
                    stage=Stage.LEFT,
                ),
            ),
            transitions=(
                Transition(
                    "voorgeleiden",
                    "strafrechtelijke_titel",
                    "voorgeleid",
                    N_("Voorgeleiden na inverzekeringstelling"),
                    _VIA_CUSTODY,
                    actor="rc",
                ),
                Transition(
                    "in_fcj",
                    "strafrechtelijke_titel",
                    "fcj",
                    N_("Jeugddetentie of PIJ in een FCJ"),
                    (*_FCJ, cite("003:L69")),
                    actor="diz",
                    note=N_("DIZ besluit waar de tenuitvoerlegging plaatsvindt (003:L67)."),
                ),
                Transition(
                    "advies_vh",
                    "voorgeleid",
                    "advies",
                    N_("RvdK/3RO adviseert over plaatsing in de KVJJ"),
                    _ADVICE,
                    actor="rvdk",
                    informs=tuple(
                        InformationFlow(
                            recipient=role,
                            content=Content.DECISION,
                            legal_basis="taak",
                            sources=(cite("003:L211"),),
                            note=N_("Het advies over geschiktheid volgens de landelijke criteria."),
                        )
                        for role in ("om", "rechter", "diz")
                    ),
                    note=N_(
                        "Bij adolescenten adviseert de reclassering (3RO) in plaats van de RvdK "
                        "(003:L67, L211); de actor is hier de RvdK."
                    ),
                ),
                Transition(
                    "doorplaatsing_aanvragen",
                    "fcj",
                    "advies",
                    N_("Doorplaatsing naar de KVJJ voorbereiden (laatste fase)"),
                    (
                        cite("003:L17", N_("De KVJJ als vervolgvoorziening na het FCJ.")),
                        cite(
                            "003:L199", N_("Het FCJ is eindverantwoordelijk voor verlofaanvragen.")
                        ),
                    ),
                    actor="fcj",
                ),
                Transition(
                    "om_akkoord_geven",
                    "advies",
                    "om_akkoord",
                    N_("Het OM gaat akkoord met plaatsing in de KVJJ"),
                    (cite("003:L67"), cite("003:L217")),
                    actor="om",
                    guard=OneOf("intake.prosecutor_position", ("consent", "positive_advice")),
                ),
                Transition(
                    "om_niet_akkoord",
                    "advies",
                    "fcj",
                    N_("Het OM gaat niet akkoord: plaatsing in een FCJ"),
                    (cite("003:L67"), cite("003:L83"), cite("003:L106")),
                    actor="om",
                    guard=OneOf("intake.prosecutor_position", ("no_consent", "negative_advice")),
                ),
                Transition(
                    "plaatsen_kvjj",
                    "om_akkoord",
                    "kvjj",
                    N_("DIZ toetst criteria en veiligheidsrisico's en plaatst in de KVJJ"),
                    (cite("003:L67"), cite("003:L197")),
                    actor="diz",
                    informs=(
                        InformationFlow(
                            recipient="gemeente",
                            content=Content.DATES,
                            legal_basis="injus",
                            sources=(cite("003:L67", N_("Automatische melding via INJUS.")),),
                        ),
                    ),
                ),
                Transition(
                    "plaatsen_fcj",
                    "om_akkoord",
                    "fcj",
                    N_("DIZ besluit tot plaatsing in een FCJ"),
                    (cite("003:L67"),),
                    actor="diz",
                ),
                Transition(
                    "naar_fcj",
                    "kvjj",
                    "fcj",
                    N_("Doorplaatsen naar een FCJ: zorg of beveiliging niet passend"),
                    (*_FCJ, cite("003:L199", N_("De KVJJ levert informatie aan bij het FCJ."))),
                    note=N_(
                        "Wie beslist, noemen de bronnen niet; het FCJ heeft een rol in de "
                        "aanmelding (003:L199)."
                    ),
                ),
                Transition(
                    "uitstromen",
                    "kvjj",
                    "uitgestroomd",
                    N_("Uitstromen naar huis of vervolgzorg"),
                    (*_OUTFLOW, cite("003:L211", N_("Het trajectberaad stelt de nazorg vast."))),
                    note=N_(
                        "Het trajectberaad onder voorzitterschap van de RvdK stelt de nazorg vast "
                        "(003:L211); wie het vertrek besluit, noemen de bronnen niet."
                    ),
                ),
                Transition(
                    "einde_fcj",
                    "fcj",
                    "uitgestroomd",
                    N_("Einde verblijf in het FCJ"),
                    _FCJ,
                    note=_NOT_NAMED,
                ),
            ),
        ),
    ),
)

NATIONAL_WORKFLOWS: Final[tuple[Workflow, ...]] = (KVJJ_PLACEMENT, ADULT_SENTENCE)
