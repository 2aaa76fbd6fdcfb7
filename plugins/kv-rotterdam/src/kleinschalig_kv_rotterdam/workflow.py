"""The inflow workflow of KV Rotterdam Hoogvliet, as planned and as realised.

Two dated versions of ``kv-rotterdam-hoogvliet.instroom``:

* the plan [001:L2564-2579], [001:L2600-2694]: chain partners propose a pre-trial
  detainee to the examining judge (RC) — the defence lawyer with the client, probation
  through its advice to the council chamber, or the OM after signalling in the ZSM
  consultation or the back office of the Veiligheidshuis; the RC decides and suspends
  pre-trial detention five days a week; the DJI placement office places; intake, an
  employment trajectory in week one for those without work [004:L16], agreements with
  partners before outflow [001:L2476-2477];
* as realised from the opening on 1 April 2019: signalling within ZSM proved
  unworkable [001:L4321-4326] and every candidate was proposed by a member of the
  steering group [001:L4216-4217]; the PI itself could not propose [001:L4333-4335].

Where the sources do not name who acts, ``actor`` is ``None`` and a note says so.
"""

from __future__ import annotations

import datetime as dt

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, cite
from kleinschalig.model.conditions import Not, OneOf
from kleinschalig.model.workflows import (
    Content,
    InformationFlow,
    Stage,
    State,
    Timing,
    Transition,
    Workflow,
    WorkflowScope,
    WorkflowVersion,
)
from kleinschalig_kv_rotterdam.plugin import CLOSED_ON, FACILITY_CODE, OPENED_ON

__all__ = ["INFLOW", "WORKFLOW_CODE"]

WORKFLOW_CODE = f"{FACILITY_CODE}.instroom"

# --- Citations -----------------------------------------------------------------------------

_PROPOSAL = cite(
    "001:L2566-2572",
    N_(
        "Ketenpartners kunnen deelnemers bij de RC aandragen: de advocatuur in overleg met de "
        "cliënt, de reclassering via het advies aan de raadkamer, of via het "
        "ZSM-afdoeningsoverleg of de backoffice van het Veiligheidshuis."
    ),
)
_OM_PROPOSES = cite("001:L2610", N_("Het OM doet de voordracht aan de RC of de raadkamer."))
_RC = cite(
    "001:L2574-2576",
    N_(
        "De RC besluit tot plaatsing in de KV en schorst de detentie onder voorwaarden vijf "
        "dagen per week voor extramurale arbeid."
    ),
)
_RC_TABLE = cite(
    "001:L2612-2614", N_("De RC besluit tot plaatsing in de KV en schorsing onder voorwaarden.")
)
_PLACEMENT = cite(
    "001:L2578-2579",
    N_(
        "De plaatsing loopt via het plaatsingskantoor van DJI, door haar op het "
        "voorgeleidingsformulier te vermelden."
    ),
)
_INTAKE = cite(
    "001:L2500-2504",
    N_(
        "Intake: de reclassering screent het dossier en de casemanager van de PI voert een "
        "gesprek met de gedetineerde."
    ),
)
_WORK_TRAJECTORY = (
    cite(
        "004:L16",
        N_(
            "Verdachten zonder werk of opleiding zijn in de eerste detentieweek gestart met een "
            "arbeidsre-integratietraject."
        ),
    ),
    cite(
        "001:L2737-2738",
        N_("Voor wie geen werk heeft, start via de gemeente een arbeidsre-integratietraject."),
    ),
)
_AGREEMENTS = (
    cite(
        "001:L2476-2477",
        N_("Voor uitstroom worden afspraken gemaakt met de betrokken ketenpartners."),
    ),
    cite(
        "004:L18",
        N_("Bij uitstroom zijn afspraken gemaakt met de steunende partners over hun rol."),
    ),
)
_SUSPECT = (
    cite(
        "001:L4156-4160",
        N_("Mannen in voorlopige hechtenis met een strafverwachting van 2 tot 4 maanden."),
    ),
)
_NOT_PLACED = cite(
    "001:L4213-4216",
    N_(
        "Aangedragen kandidaten die niet voldoende aan de criteria voldeden, zijn niet in de KV "
        "geplaatst."
    ),
)
_ZSM_FAILED = cite(
    "001:L4321-4326",
    N_(
        "Signaleren van kandidaten binnen de ZSM-aanpak bleek niet goed uitvoerbaar: het "
        "verzamelen en beoordelen van informatie kostte meer tijd dan ZSM biedt."
    ),
)
_STEERING_GROUP = cite(
    "001:L4216-4217",
    N_("Alle (potentiële) kandidaten zijn door leden van de stuurgroep aangedragen."),
)
_MEMBERS = cite(
    "001:L4186-4188",
    N_(
        "In de projectgroep, later de stuurgroep, zaten de PI, de reclassering, de politie, de "
        "gemeente Rotterdam, een advocaat, een OvJ en een RC."
    ),
)
_PI_CANNOT = cite(
    "001:L4333-4335", N_("De PI had niet de mogelijkheid om zelf kandidaten aan te dragen.")
)
_ZSM_ADVICE = cite(
    "001:L4247-4252",
    N_(
        "De reclassering bundelt informatie voor een advies aan de OvJ, waarmee de rechter kan "
        "besluiten; de partijen misten informatie over werk en instemming van de kandidaat."
    ),
)

_NO_BASIS = N_(
    "Het advies over de selectie van de kandidaat; een grondslag voor deze verstrekking noemen "
    "de bronnen niet."
)
_PROPOSAL_NO_BASIS = N_(
    "De voordracht van de kandidaat; een grondslag voor deze verstrekking noemen de bronnen niet."
)

# --- Pieces shared by both versions ----------------------------------------------------------


def _states(first_step: State) -> tuple[State, ...]:
    return (
        State(
            "voorlopig_gehecht",
            N_("Verdachte in voorlopige hechtenis"),
            (*_SUSPECT, _PROPOSAL),
            initial=True,
        ),
        first_step,
        State("voorgedragen", N_("Voorgedragen bij de RC"), (_PROPOSAL, _OM_PROPOSES)),
        State(
            "plaatsing_bevolen",
            N_("Plaatsing bevolen en voorlopige hechtenis vijf dagen per week geschorst"),
            (_RC, _RC_TABLE),
        ),
        State(
            "niet_geplaatst",
            N_("Niet geplaatst"),
            (_NOT_PLACED,),
            final=True,
            stage=Stage.NOT_PLACED,
        ),
        State("geplaatst", N_("Geplaatst in de KV"), (_PLACEMENT,), stage=Stage.INSIDE),
        State("dossier_gescreend", N_("Dossier gescreend"), (_INTAKE,), stage=Stage.INSIDE),
        State("in_kv", N_("Verblijf in de KV na de intake"), (_INTAKE,), stage=Stage.INSIDE),
        State(
            "arbeidstraject",
            N_("Arbeidsre-integratietraject gestart"),
            _WORK_TRAJECTORY,
            stage=Stage.INSIDE,
        ),
        State(
            "uitstroom_voorbereid",
            N_("Afspraken voor na de uitstroom gemaakt"),
            _AGREEMENTS,
            stage=Stage.INSIDE,
        ),
        State("uitgestroomd", N_("Uitgestroomd"), _AGREEMENTS, final=True, stage=Stage.LEFT),
    )


def _decision_and_stay() -> tuple[Transition, ...]:
    return (
        Transition(
            "plaatsing_bevelen",
            "voorgedragen",
            "plaatsing_bevolen",
            N_("Plaatsing in de KV bevelen en de voorlopige hechtenis onder voorwaarden schorsen"),
            (_RC, _RC_TABLE),
            actor="rc",
            feedback=True,
            informs=(
                InformationFlow(
                    recipient="plaatsingskantoor",
                    content=Content.DECISION,
                    legal_basis="niet_genoemd",
                    sources=(_PLACEMENT,),
                    note=N_(
                        "De plaatsing wordt op het voorgeleidingsformulier vermeld; een grondslag "
                        "noemen de bronnen niet."
                    ),
                ),
            ),
        ),
        Transition(
            "niet_plaatsen",
            "voorgedragen",
            "niet_geplaatst",
            N_("Niet plaatsen in de KV"),
            (_NOT_PLACED, _RC),
            feedback=True,
            note=N_(
                "De bronnen zeggen niet wie een aangedragen kandidaat afwijst; de RC besluit tot "
                "plaatsing (001:L2574-2576), maar niet geplaatste kandidaten voldeden niet aan de "
                "criteria (001:L4213-4216) zonder dat staat wie dat vaststelde."
            ),
        ),
        Transition(
            "plaatsen",
            "plaatsing_bevolen",
            "geplaatst",
            N_("Plaatsen via het voorgeleidingsformulier"),
            (_PLACEMENT,),
            actor="plaatsingskantoor",
            documents=("voorgeleidingsformulier",),
        ),
        Transition(
            "dossierscreening",
            "geplaatst",
            "dossier_gescreend",
            N_("Dossierscreening door de reclassering"),
            (_INTAKE,),
            actor="reclassering",
            note=N_(
                "De volgorde van dossierscreening en intakegesprek staat niet in de bron; hier "
                "zoals opgesomd (001:L2500-2504)."
            ),
        ),
        Transition(
            "intakegesprek",
            "dossier_gescreend",
            "in_kv",
            N_("Intakegesprek met de casemanager: hulpvragen, vaardigheden en beperkingen"),
            (_INTAKE, cite("001:L2514-2515", N_("Een casemanager voert het intakegesprek."))),
            actor="casemanager",
        ),
        Transition(
            "arbeidstraject_starten",
            "in_kv",
            "arbeidstraject",
            N_("Arbeidsre-integratietraject starten voor wie geen werk heeft"),
            _WORK_TRAJECTORY,
            actor="gemeente",
            guard=Not(OneOf("daytime_activity.kind", ("work",))),
            timing=Timing(
                "transition:plaatsen",
                "after",
                maximum=Duration(weeks=1),
                sources=(_WORK_TRAJECTORY[0], _PLACEMENT),
                note=N_(
                    "⚠ 'In de eerste detentieweek' (004:L16). Het dossier kent geen begindatum "
                    "van de voorlopige hechtenis; geteld vanaf de plaatsing, die via het "
                    "voorgeleidingsformulier direct op de voorgeleiding volgt (001:L2578-2579)."
                ),
            ),
            note=N_(
                "⚠ 004:L16 noemt verdachten zonder werk of opleiding, 001:L2737-2738 wie geen "
                "werk heeft. De voorwaarde volgt de ruimste lezing: de stap kan niet voor wie "
                "werk heeft."
            ),
        ),
        Transition(
            "afspraken_maken",
            "in_kv",
            "uitstroom_voorbereid",
            N_("Afspraken maken met de ketenpartners over hun rol na detentie"),
            _AGREEMENTS,
            note=N_(
                "De bronnen zeggen niet wie de afspraken maakt; de casemanager helpt de "
                "gedetineerde met zijn plan (004:L17)."
            ),
        ),
        Transition(
            "afspraken_na_traject",
            "arbeidstraject",
            "uitstroom_voorbereid",
            N_("Afspraken maken met de ketenpartners over hun rol na detentie"),
            (*_AGREEMENTS, _WORK_TRAJECTORY[0]),
            note=N_(
                "De bronnen zeggen niet wie de afspraken maakt; het arbeidstraject loopt na "
                "detentie door (004:L16)."
            ),
        ),
        Transition(
            "uitstromen",
            "uitstroom_voorbereid",
            "uitgestroomd",
            N_("Uitstromen uit de KV"),
            _AGREEMENTS,
            note=N_("De bronnen zeggen niet wie over het vertrek uit de KV beslist."),
        ),
    )


def _advice(state: str, actor: str, label: str, *sources) -> Transition:
    """Advice to the public prosecutor on selection: a step that leaves the state as it is."""
    return Transition(
        f"advies_ovj_{actor}",
        state,
        state,
        label,
        sources,
        actor=actor,
        informs=(
            InformationFlow(
                recipient="om",
                content=Content.DECISION,
                legal_basis="niet_genoemd",
                sources=sources,
                note=_NO_BASIS,
            ),
        ),
    )


def _proposal_flow(recipient: str, *sources) -> InformationFlow:
    return InformationFlow(
        recipient=recipient,
        content=Content.DECISION,
        legal_basis="niet_genoemd",
        sources=sources,
        note=_PROPOSAL_NO_BASIS,
    )


# --- Version 1: the plan -------------------------------------------------------------------

_SIGNALLED = State(
    "gesignaleerd",
    N_("Gesignaleerd in het ZSM-afdoeningsoverleg of de backoffice van het Veiligheidshuis"),
    (
        _PROPOSAL,
        cite("001:L2686-2692", N_("Het Veiligheidshuis selecteert gedetineerden voor de KV.")),
    ),
)

PLAN = WorkflowVersion(
    sources=(
        cite("001:L2564-2579", N_("De instroom in de KV verloopt in drie stappen.")),
        cite("001:L2600-2694", N_("Tabel 2.5.1: verantwoordelijkheden van de partners.")),
    ),
    valid_until=OPENED_ON - dt.timedelta(days=1),
    note=N_(
        "Het plan (001:L2564-2579, tabel 2.5.1). ⚠ Gekozen is dat het plan geldt tot de opening "
        "op 1 april 2019: volgens de realisatie zijn alle kandidaten door leden van de stuurgroep "
        "aangedragen (001:L4216-4217) en bleek signaleren binnen ZSM niet uitvoerbaar "
        "(001:L4321-4326); wanneer dat bleek, staat niet in de bronnen."
    ),
    states=_states(_SIGNALLED),
    transitions=(
        Transition(
            "aandragen_advocaat",
            "voorlopig_gehecht",
            "voorgedragen",
            N_("De advocaat draagt de cliënt aan bij de RC"),
            (_PROPOSAL,),
            actor="advocaat",
            informs=(_proposal_flow("rc", _PROPOSAL),),
            note=N_("In overleg met de cliënt (001:L2568-2569)."),
        ),
        Transition(
            "aandragen_reclassering",
            "voorlopig_gehecht",
            "voorgedragen",
            N_("De reclassering draagt de verdachte aan via het advies aan de raadkamer"),
            (
                _PROPOSAL,
                cite(
                    "001:L2618-2622",
                    N_("3RO denkt mee met het OM en brengt kandidaten ter zitting bij de RC in."),
                ),
            ),
            actor="reclassering",
            documents=("advies_raadkamer",),
            informs=(_proposal_flow("rechter", _PROPOSAL),),
            note=N_("De raadkamer is hier de ontvangende rol 'rechter'."),
        ),
        Transition(
            "signaleren_zsm",
            "voorlopig_gehecht",
            "gesignaleerd",
            N_("Signaleren in het ZSM-afdoeningsoverleg of de backoffice van het Veiligheidshuis"),
            (
                _PROPOSAL,
                cite("001:L2686-2692", N_("Het Veiligheidshuis selecteert gedetineerden.")),
                cite(
                    "001:L2736-2737",
                    N_("Het Veiligheidshuis Rotterdam Rijnmond wordt een selectiekanaal."),
                ),
            ),
            actor="veiligheidshuis",
            note=N_(
                "In het Veiligheidshuis zijn politie, reclassering, gemeente, OM, advocatuur en "
                "PI vertegenwoordigd (001:L2571-2572)."
            ),
        ),
        _advice(
            "gesignaleerd",
            "casemanager",
            N_("De casemanager van de PI adviseert de OvJ over de selectie"),
            cite(
                "001:L2640-2650",
                N_(
                    "Casemanagers van PI Hoogvliet adviseren de OvJ over de selectie en de "
                    "advocatuur over kandidaten."
                ),
            ),
            cite(
                "001:L2670-2676",
                N_("Casemanagers van PI Krimpen en PI Dordrecht adviseren de OvJ."),
            ),
        ),
        _advice(
            "gesignaleerd",
            "politie",
            N_("De politie adviseert de OvJ over de selectie"),
            cite("001:L2656-2658", N_("De politie adviseert de OvJ over de selectie.")),
        ),
        _advice(
            "gesignaleerd",
            "advocaat",
            N_("De advocaat adviseert de OvJ en verzamelt bewijs van werk of opleiding"),
            cite(
                "001:L2662-2666",
                N_("De advocatuur adviseert de OvJ en verzamelt bewijs over werk of opleiding."),
            ),
        ),
        _advice(
            "gesignaleerd",
            "reclassering",
            N_("De reclassering adviseert het OM over het aandragen van de kandidaat"),
            cite(
                "001:L2618-2622",
                N_("3RO is meedenk- en adviespartner van het OM voor het aandragen."),
            ),
        ),
        Transition(
            "voordragen",
            "gesignaleerd",
            "voorgedragen",
            N_("Het OM draagt de kandidaat voor bij de RC of de raadkamer"),
            (_OM_PROPOSES, _PROPOSAL),
            actor="om",
            informs=(_proposal_flow("rc", _OM_PROPOSES),),
        ),
        *_decision_and_stay(),
    ),
)

# --- Version 2: as realised ----------------------------------------------------------------

_PROPOSED = State(
    "aangedragen",
    N_("Aangedragen door een lid van de stuurgroep"),
    (_STEERING_GROUP, _MEMBERS),
)

REALISED = WorkflowVersion(
    sources=(_STEERING_GROUP, _ZSM_FAILED, _PI_CANNOT, _ZSM_ADVICE),
    valid_from=OPENED_ON,
    valid_until=CLOSED_ON,
    note=N_(
        "Zoals gerealiseerd: signaleren binnen ZSM bleek niet uitvoerbaar (001:L4321-4326) en "
        "alle kandidaten zijn door leden van de stuurgroep aangedragen (001:L4216-4217). ⚠ "
        "Gekozen is dat deze versie geldt vanaf de opening op 1 april 2019, omdat 'alle' "
        "kandidaten zo kwamen; de bronnen geven geen datum waarop ZSM werd losgelaten. Ze geldt "
        "tot de gekozen sluitingsdatum 30 juni 2020 (medio 2020, 001:L4207-4208)."
    ),
    states=_states(_PROPOSED),
    transitions=(
        Transition(
            "aandragen",
            "voorlopig_gehecht",
            "aangedragen",
            N_("Een lid van de stuurgroep draagt de kandidaat aan"),
            (_STEERING_GROUP, _MEMBERS, _PI_CANNOT),
            note=N_(
                "De bronnen zeggen niet welk lid van de stuurgroep per kandidaat aandroeg: de "
                "reclassering, politie, gemeente, advocaat, OvJ of RC (001:L4186-4188); de PI kon "
                "zelf geen kandidaten aandragen (001:L4333-4335). Leg de aandrager vast als actor "
                "van de stap."
            ),
        ),
        _advice(
            "aangedragen",
            "reclassering",
            N_("De reclassering bundelt informatie voor een advies aan de OvJ"),
            _ZSM_ADVICE,
        ),
        Transition(
            "voordragen",
            "aangedragen",
            "voorgedragen",
            N_("Het OM draagt de kandidaat voor bij de RC of de raadkamer"),
            (_OM_PROPOSES, _ZSM_ADVICE),
            actor="om",
            informs=(_proposal_flow("rc", _OM_PROPOSES),),
            note=N_(
                "Reclassering, OvJ en rechter misten informatie om de plaatsing te onderbouwen, "
                "zoals of de kandidaat werk heeft en zelf achter plaatsing staat "
                "(001:L4249-4252)."
            ),
        ),
        *_decision_and_stay(),
    ),
)

INFLOW = Workflow(
    code=WORKFLOW_CODE,
    label=N_("Instroom KV Rotterdam Hoogvliet"),
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=(FACILITY_CODE,)),
    description=N_(
        "Van voordracht bij de rechter-commissaris via plaatsing door het plaatsingskantoor en "
        "de intake tot de afspraken voor na de uitstroom; het plan en de gerealiseerde instroom "
        "via de stuurgroep."
    ),
    versions=(PLAN, REALISED),
)
