"""The planned inflow workflow of KV Amsterdam, the PI-BW (never opened).

``kv-amsterdam.instroom`` is the plan only [001:L1220-1251], with the partner table
[001:L1270-1367]: the probation advisory report to the council chamber, screening at
the start of detention, the unanimous weighing committee, DIZ checks and confirms,
placement out of the PI under art. 43(3) Pbw by the PI director, and a start meeting.
DJI head office refused to let the KV go ahead, so nobody ever followed this process
[001:L3391-3411].

Where the sources do not name who acts, ``actor`` is ``None`` and a note says so.
The committee's unanimity [001:L1235-1236] is the declared fact
``kv-amsterdam.weegcommissie_akkoord``, read by the criterion
``kv-amsterdam.weegcommissie-unaniem``, and guards the two steps out of the
committee: its advice goes to DIZ only when every member agrees.
"""

from __future__ import annotations

from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, LegalSource, cite
from kleinschalig.model.conditions import Compare
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
from kleinschalig_kv_amsterdam.plugin import BUSINESS_CASE, FACILITY_CODE

#: The declared fact the committee's two steps read (see facts.py).
WEEGCOMMISSIE = "kv-amsterdam.weegcommissie_akkoord"

__all__ = ["INFLOW", "WORKFLOW_CODE"]

WORKFLOW_CODE = f"{FACILITY_CODE}.instroom"

_PREPARATION = cite(
    "001:L1224-1226",
    N_("Voorbereiding: 3RO weegt in het adviesrapport aan de raadkamer af of plaatsing kan."),
)
_SCREENING = cite(
    "001:L1227-1233",
    N_(
        "Bij aanvang detentie screenen de PI en/of de reclassering in het MDO, met een actuele "
        "risicotaxatie van 3RO en een motivatiegesprek waarbij een LVB-deskundige aanwezig is."
    ),
)
_WEIGHING = cite(
    "001:L1235-1244",
    N_(
        "Als alle leden van de weegcommissie akkoord zijn, gaat het advies naar DIZ; de "
        "commissie gebruikt input van de politie."
    ),
)
_WEIGHING_TABLE = cite(
    "001:L1299-1303", N_("De weegcommissie beoordeelt en accordeert de uitplaatsing uit de PI.")
)
_DIZ = cite(
    "001:L1246-1247",
    N_("DIZ controleert en bekrachtigt de plaatsing; daarna wordt de gedetineerde uitgeplaatst."),
)
_DIZ_TABLE = cite(
    "001:L1307-1309", N_("DJI/DIZ besluit over plaatsing in de PI-BW en eventuele terugplaatsing.")
)
_3RO_TABLE = cite(
    "001:L1357-1359",
    N_("In de tabel staat bij 3RO: besluiten plaatsing in de PI-BW en eventuele terugplaatsing."),
)
_DIRECTOR = cite(
    "001:L1279-1295",
    N_(
        "De directeur van de PI is verantwoordelijk voor de uitplaatsing van de gedetineerde uit "
        "de PI naar de PI-BW."
    ),
)
_ART_43 = LegalSource(
    law="Penitentiaire beginselenwet",
    short_name="Pbw",
    bwb_id="BWBR0009709",
    article="43",
    paragraph="3",
    explanation=N_("Beoogde grondslag voor de uitplaatsing naar de PI-BW."),
)
_START = cite(
    "001:L1249-1251",
    N_(
        "Startgesprek in de PI-BW met de gedetineerde en/of zijn netwerk, behandelaren, de "
        "coördinator van 3RO, personeel van de PI-BW en zo nodig GGD of Forensisch Netwerk."
    ),
)
_OUTFLOW = (
    cite(
        "001:L1379-1389",
        N_("Gemeente, 3RO, DJI en zorgaanbieders bereiden de terugkeer na detentie voor."),
    ),
    cite(
        "001:L1093-1095",
        N_("Werk, opleiding, dagbesteding of zorg lopen na detentie door."),
    ),
)
_NEVER = cite(
    "001:L3391-3411",
    N_("DJI gaf geen toestemming; de KV is niet in uitvoering gegaan en er was geen instroom."),
)

_3RO_CONFLICT = N_(
    "⚠ Tabel 2.2.1 geeft 3RO dezelfde tekst als DIZ: 'besluiten plaatsing in PI-BW en "
    "eventuele terugplaatsing' (001:L1357-1359 tegenover 001:L1307-1309). Gekozen is DIZ, zoals "
    "in stap 4 (001:L1246-1247); elders adviseert 3RO en zit zij in de weegcommissie "
    "(001:L1224-1226, 001:L1241-1243), dus de rij bij 3RO is waarschijnlijk een kopieerfout."
)

VERSION = WorkflowVersion(
    sources=(
        cite("001:L1220-1251", N_("Het plaatsingsproces van de PI-BW in vijf stappen.")),
        cite("001:L1270-1367", N_("Tabel 2.2.1: verantwoordelijkheden van de partners.")),
        _NEVER,
    ),
    valid_from=BUSINESS_CASE,
    note=N_(
        "Alleen het plan: KV Amsterdam is nooit geopend, omdat DJI geen toestemming gaf, en er is "
        "geen instroom geweest (001:L3391-3411). Geldig gezet vanaf de businesscase van 26 juni "
        "2019 (001:L1064). Het plaatsingsproces zou mogelijk nog worden aangepast als de PI-BW "
        "een BBA zou worden (001:L1260-1261)."
    ),
    states=(
        State("voorbereiding", N_("Voorbereiding vóór de detentie"), (_PREPARATION,), initial=True),
        State("adviesrapport", N_("Adviesrapport aan de raadkamer uitgebracht"), (_PREPARATION,)),
        State("gescreend", N_("Gescreend bij aanvang detentie"), (_SCREENING,)),
        State(
            "weegcommissie_akkoord",
            N_("Weegcommissie unaniem akkoord; advies naar DIZ"),
            (_WEIGHING, _WEIGHING_TABLE),
        ),
        State("bekrachtigd", N_("Plaatsing door DIZ bekrachtigd"), (_DIZ, _DIZ_TABLE)),
        State(
            "niet_geplaatst",
            N_("Niet geplaatst"),
            (_WEIGHING, _DIZ),
            final=True,
            stage=Stage.NOT_PLACED,
        ),
        State(
            "in_pi_bw",
            N_("Uitgeplaatst naar de PI-BW"),
            (_DIZ, _DIRECTOR, _ART_43),
            stage=Stage.INSIDE,
        ),
        State(
            "gestart",
            N_("Startgesprek gevoerd; verblijf in de PI-BW"),
            (_START,),
            stage=Stage.INSIDE,
        ),
        State(
            "teruggeplaatst",
            N_("Teruggeplaatst in de PI"),
            (_DIZ_TABLE, _3RO_TABLE),
            final=True,
            stage=Stage.PLACED_BACK,
        ),
        State("uitgestroomd", N_("Terugkeer na detentie"), _OUTFLOW, final=True, stage=Stage.LEFT),
    ),
    transitions=(
        Transition(
            "adviesrapport",
            "voorbereiding",
            "adviesrapport",
            N_("3RO weegt in het adviesrapport aan de raadkamer af of plaatsing mogelijk is"),
            (_PREPARATION,),
            actor="reclassering",
            documents=("adviesrapport_raadkamer",),
            informs=(
                InformationFlow(
                    recipient="rechter",
                    content=Content.DECISION,
                    legal_basis="niet_genoemd",
                    sources=(_PREPARATION,),
                    note=N_(
                        "De raadkamer ontvangt het adviesrapport met de afweging over plaatsing "
                        "in de PI-BW; een grondslag noemen de bronnen niet."
                    ),
                ),
            ),
        ),
        Transition(
            "screenen_reclassering",
            "adviesrapport",
            "gescreend",
            N_("Screenen op (contra-)indicaties in het MDO, met risicotaxatie en motivatiegesprek"),
            (_SCREENING,),
            actor="reclassering",
            documents=("risicotaxatie",),
            note=N_(
                "De PI en/of de reclassering screenen (001:L1227-1229); bij het gesprek is een "
                "deskundige op het gebied van LVB aanwezig om 'niet-willers' van 'niet-kunners' "
                "te onderscheiden (001:L1231-1233)."
            ),
        ),
        Transition(
            "screenen_pi",
            "adviesrapport",
            "gescreend",
            N_("Screenen op (contra-)indicaties in het MDO, met risicotaxatie en motivatiegesprek"),
            (_SCREENING,),
            documents=("risicotaxatie",),
            note=N_(
                "Door de PI in het MDO: de bron noemt geen functie of rol binnen de PI. De "
                "risicotaxatie (met delictanalyse) komt van 3RO (001:L1230)."
            ),
        ),
        Transition(
            "zorgindicatie",
            "gescreend",
            "gescreend",
            N_("Het PMO van DJI stelt de zorgindicatie voor plaatsing in de PI-BW"),
            (cite("001:L1365-1367", N_("Het PMO geeft de zorgindicatie voor de PI-BW.")),),
            actor="dji",
            note=N_(
                "⚠ Alleen tabel 2.2.1 noemt de zorgindicatie (001:L1365-1367), niet wanneer in het "
                "proces; vastgelegd als stap vóór de weegcommissie."
            ),
        ),
        Transition(
            "weegcommissie_akkoord",
            "gescreend",
            "weegcommissie_akkoord",
            N_("De weegcommissie is unaniem akkoord en adviseert DIZ"),
            (_WEIGHING, _WEIGHING_TABLE),
            actor="kv-amsterdam.weegcommissie",
            guard=Compare(WEEGCOMMISSIE, "eq", True),
            informs=(
                InformationFlow(
                    recipient="diz",
                    content=Content.DECISION,
                    legal_basis="niet_genoemd",
                    sources=(_WEIGHING,),
                    note=N_(
                        "Het advies gaat alleen naar DIZ als alle leden akkoord zijn; een "
                        "grondslag noemen de bronnen niet."
                    ),
                ),
            ),
            note=N_(
                "Leden: de vrijhedencommissie van de PI, het OM en 3RO, met input van de politie "
                "over adres, slachtoffers en mededaders (001:L1236-1244). De eenstemmigheid wordt "
                "vastgelegd als kv-amsterdam.weegcommissie_akkoord en gelezen door het criterium "
                "kv-amsterdam.weegcommissie-unaniem."
            ),
        ),
        Transition(
            "weegcommissie_niet_akkoord",
            "gescreend",
            "niet_geplaatst",
            N_("Niet alle leden van de weegcommissie zijn akkoord"),
            (_WEIGHING,),
            actor="kv-amsterdam.weegcommissie",
            guard=Compare(WEEGCOMMISSIE, "eq", False),
            feedback=True,
            note=N_(
                "De bron zegt alleen dat het advies bij eenstemmigheid naar DIZ gaat "
                "(001:L1235-1236); zonder eenstemmigheid is hier 'niet geplaatst' vastgelegd."
            ),
        ),
        Transition(
            "bekrachtigen",
            "weegcommissie_akkoord",
            "bekrachtigd",
            N_("DIZ controleert en bekrachtigt de plaatsing"),
            (_DIZ, _DIZ_TABLE, _3RO_TABLE),
            actor="diz",
            feedback=True,
            note=_3RO_CONFLICT,
        ),
        Transition(
            "niet_bekrachtigen",
            "weegcommissie_akkoord",
            "niet_geplaatst",
            N_("DIZ bekrachtigt de plaatsing niet"),
            (_DIZ, _DIZ_TABLE, _3RO_TABLE),
            actor="diz",
            feedback=True,
            note=N_(
                "DIZ 'controleert' en 'besluit' over plaatsing (001:L1246-1247, 001:L1307-1309); "
                "een afwijzing staat niet apart beschreven. ⚠ Voor de tabelrij bij 3RO zie de stap "
                "bekrachtigen."
            ),
        ),
        Transition(
            "uitplaatsen",
            "bekrachtigd",
            "in_pi_bw",
            N_("De directeur van de PI plaatst de gedetineerde uit naar de PI-BW"),
            (_DIZ, _DIRECTOR, _ART_43),
            actor="pi_directie",
        ),
        Transition(
            "startgesprek",
            "in_pi_bw",
            "gestart",
            N_("Startgesprek in de PI-BW"),
            (_START,),
            note=N_(
                "Deelnemers: de gedetineerde en/of zijn netwerk, bestaande behandelaren en "
                "hulpverlening, de coördinator van 3RO, personeel van de PI-BW (Exodus) en zo "
                "nodig GGD Amsterdam of het Forensisch Netwerk (001:L1249-1251); wie het gesprek "
                "belegt, noemt de bron niet."
            ),
        ),
        Transition(
            "terugplaatsen",
            "gestart",
            "teruggeplaatst",
            N_("Terugplaatsen in de PI"),
            (_DIZ_TABLE, _3RO_TABLE),
            actor="diz",
            note=_3RO_CONFLICT,
        ),
        Transition(
            "uitstromen",
            "gestart",
            "uitgestroomd",
            N_("Terugkeer na detentie"),
            _OUTFLOW,
            note=N_("De bronnen zeggen niet wie over het vertrek uit de PI-BW beslist."),
        ),
    ),
)

INFLOW = Workflow(
    code=WORKFLOW_CODE,
    label=N_("Instroom PI-BW (KV Amsterdam, alleen plan)"),
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=(FACILITY_CODE,)),
    description=N_(
        "Het geplande plaatsingsproces: adviesrapport van 3RO, screening bij aanvang detentie, "
        "eenstemmige weegcommissie, bekrachtiging door DIZ, uitplaatsing op grond van artikel 43 "
        "lid 3 Pbw en een startgesprek. Nooit uitgevoerd."
    ),
    versions=(VERSION,),
)
