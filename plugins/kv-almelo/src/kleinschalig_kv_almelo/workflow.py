"""The inflow workflow of KV Almelo, the Huis van Herstel (HvH).

``kv-almelo.instroom`` follows the plan [001:L512-575], checked against what was
realised [001:L3042-3049], [001:L3087-3088], [001:L3146-3150], [001:L3244-3246]:
DJI lists of Twente detainees or referrals by partners, pre-selection by the HvH,
informing the municipality, the PI and the detainee, a motivation letter, file review
and the HvH mdo, intake, the PI's selection advice, the weighing table and DIZ's
decision; after placement the consent declaration, temporary or final return to a PI
[001:L3037-3040] and outflow.

The planned court route [001:L578-582] was never in force: the realisation reports
inflow from detention only, through DJI lists and partner referrals
[001:L3042-3049]. It is therefore not encoded (see the version note).

Where the sources name two roles for one step ("the case manager or probation officer
of the HvH"), there is one transition per role, because a transition has one actor.
Where they name nobody, ``actor`` is ``None`` and a note says so.
"""

from __future__ import annotations

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, cite
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
from kleinschalig_kv_almelo.plugin import FACILITY_CODE

__all__ = ["INFLOW", "WORKFLOW_CODE"]

WORKFLOW_CODE = f"{FACILITY_CODE}.instroom"

#: The HvH's own case managers and probation officers act for most inflow steps.
_HVH_STAFF = ("casemanager", "reclassering")

# --- Citations -----------------------------------------------------------------------------

_LISTS = cite(
    "001:L514-518",
    N_(
        "DJI stuurt lijsten van gedetineerde Twentenaren naar het HvH; de locatiemanager stuurt "
        "ze door naar de reclasseringswerkers en casemanagers van het HvH."
    ),
)
_REFERRALS = cite(
    "001:L525-528",
    N_(
        "Omdat de DJI-lijsten niet volledig zijn, verwijzen netwerkpartners zelf kandidaten "
        "door, zoals de reclassering, de gemeente en het PMO van DJI."
    ),
)
_REFERRALS_PRACTICE = cite(
    "001:L3044-3049",
    N_("Steeds vaker dragen netwerkpartners, zoals gemeenten, zelf kandidaten aan."),
)
_PRESELECTION = cite(
    "001:L520-523",
    N_(
        "Reclasseringswerkers en casemanagers van het HvH selecteren op de criteria; meestal "
        "beoordeelt daarna een psycholoog of sociaalverpleegkundige de kandidaat."
    ),
)
_CONTACT = cite(
    "001:L530-533",
    N_(
        "De casemanager of reclasseringswerker van het HvH informeert de gemeente van herkomst en "
        "de casemanager van de PI van verblijf over de mogelijke plaatsing."
    ),
)
_INFORM_DETAINEE = cite(
    "001:L535-537",
    N_("De casemanager van de PI van verblijf informeert de gedetineerde over het HvH."),
)
_LETTER = cite(
    "001:L539-545",
    N_(
        "Heeft de gedetineerde interesse, dan schrijft hij een motivatiebrief, die via de "
        "casemanager van de PI naar het HvH gaat, na het informeren of na de intake."
    ),
)
_FILE_REVIEW = cite(
    "001:L547-553",
    N_(
        "Dossieronderzoek door casemanager en reclasseringswerker; het mdo van het HvH bespreekt "
        "of de kandidaat in aanmerking komt."
    ),
)
_WAITING_LIST = cite(
    "001:L3087-3088",
    N_("Gedetineerden staan op de wachtlijst voor verder dossieronderzoek."),
)
_INTAKE = cite(
    "001:L555-563",
    N_(
        "Intake met risicotaxatie en krachteninventarisatie; de regievoerder stelt met de "
        "gemeente van uitstroom het integraal zorg- en veiligheidsplan op."
    ),
)
_SELECTION_ADVICE = cite(
    "001:L565-568",
    N_(
        "In de standaardprocedure voor overplaatsing bespreken het mdo en de vrijhedencommissie "
        "van de PI van verblijf de gedetineerde en stelt de casemanager een selectieadvies op."
    ),
)
_WEEGTAFEL = cite(
    "001:L569-575",
    N_(
        "De weegtafel oordeelt over de geschiktheid; het advies gaat met het selectieadvies naar "
        "de selectiefunctionaris van DIZ, die beslist."
    ),
)
_WEEGTAFEL_PRACTICE = cite(
    "001:L3322-3328",
    N_("In de startbespreking ('weegtafelmoment aanmelding') overleggen de netwerkpartners."),
)
_SELECTION_TIME = cite(
    "001:L3146-3150",
    N_(
        "Selectie duurt gemiddeld zes tot acht weken, onder meer door de procedure voor akkoord "
        "van het slachtoffer; lastig bij een kort strafrestant."
    ),
)
_DIZ = cite("001:L829-835", N_("DIZ besluit over plaatsing in het HvH en over terugplaatsing."))
_CONSENT = (
    cite(
        "001:L3244-3246",
        N_(
            "Bij instroom tekent de gedetineerde een toestemmingsverklaring voor het delen van "
            "informatie tussen alle netwerkpartners."
        ),
    ),
    cite(
        "001:L603-605",
        N_("Toestemming voor informatie-uitwisseling is een voorwaarde voor plaatsing."),
    ),
)
_RETURN = (
    cite(
        "001:L817-825",
        N_("De weegtafel is betrokken bij het besluit over terugplaatsing naar een PI."),
    ),
    _DIZ,
    cite(
        "001:L3037-3040",
        N_(
            "Na een eerste overtreding tijdelijk teruggeplaatst in de PI, na een volgende "
            "definitief."
        ),
    ),
)
_OUTFLOW = (
    cite("001:L3036-3037", N_("De eerste uitstroom werd in juni 2021 verwacht.")),
    cite(
        "001:L444-445",
        N_("Het zorg- en veiligheidsplan loopt na detentie door onder de Twentse gemeente."),
    ),
)


def _per_role(
    prefix: str, source: str, target: str, label: str, sources: tuple, roles=_HVH_STAFF, **kw
) -> tuple[Transition, ...]:
    """One transition per role, for a step the sources give to either of two roles."""
    return tuple(
        Transition(f"{prefix}_{role}", source, target, label, sources, actor=role, **kw)
        for role in roles
    )


def _advice_to_diz(*sources) -> InformationFlow:
    return InformationFlow(
        recipient="diz",
        content=Content.DECISION,
        legal_basis="niet_genoemd",
        sources=sources,
        note=N_(
            "Het advies gaat naar de selectiefunctionaris van DIZ; een grondslag voor deze "
            "verstrekking noemen de bronnen niet."
        ),
    )


def _mdo(transition_id: str, source: str, target: str) -> Transition:
    """The HvH mdo's decision after the file review; a rejection owes the referrers feedback."""
    rejected = target == "niet_in_aanmerking"
    return Transition(
        transition_id,
        source,
        target,
        N_("Het mdo: komt niet in aanmerking") if rejected else N_("Het mdo: komt in aanmerking"),
        (_FILE_REVIEW, _WAITING_LIST),
        actor="kv-almelo.mdo",
        feedback=rejected,
        note=N_(
            "Na dossieronderzoek door casemanager en reclasseringswerker van het HvH (JD-online, "
            "detentie- en re-integratieplan, risicoscreener, eerdere behandelplannen)."
        ),
    )


_BOTH_STAFF = N_(
    "De casemanager of de reclasseringswerker van het HvH; een stap heeft één actor, dus één "
    "stap per rol."
)

STATES = (
    State(
        "in_detentie",
        N_("Gedetineerde Twentenaar in een PI"),
        (_LISTS, cite("001:L513", N_("De instroom verloopt vanuit detentie."))),
        initial=True,
    ),
    State("kandidaat", N_("Mogelijke kandidaat"), (_LISTS, _REFERRALS)),
    State("voorgeselecteerd", N_("Voorgeselecteerd"), (_PRESELECTION,)),
    State(
        "gemeente_pi_geinformeerd",
        N_("Gemeente van herkomst en PI van verblijf geïnformeerd"),
        (_CONTACT,),
    ),
    State("gedetineerde_geinformeerd", N_("Gedetineerde geïnformeerd"), (_INFORM_DETAINEE,)),
    State(
        "geen_belangstelling",
        N_("Geen belangstelling"),
        (_LETTER,),
        final=True,
        stage=Stage.DECLINED,
    ),
    State(
        "aangemeld",
        N_("Aangemeld met motivatiebrief, wacht op dossieronderzoek"),
        (_LETTER, _WAITING_LIST),
    ),
    State(
        "belangstelling",
        N_("Belangstelling, motivatiebrief volgt na de intake"),
        (_LETTER, _WAITING_LIST),
    ),
    State("in_aanmerking", N_("Komt in aanmerking"), (_FILE_REVIEW,)),
    State(
        "in_aanmerking_zonder_brief",
        N_("Komt in aanmerking, motivatiebrief volgt na de intake"),
        (_FILE_REVIEW, _LETTER),
    ),
    State(
        "niet_in_aanmerking",
        N_("Komt niet in aanmerking"),
        (_FILE_REVIEW,),
        final=True,
        stage=Stage.NOT_PLACED,
    ),
    State(
        "intake_zonder_brief",
        N_("Intake gedaan, motivatiebrief nog niet ontvangen"),
        (_INTAKE, _LETTER),
    ),
    State("intake_gedaan", N_("Intake gedaan en motivatiebrief ontvangen"), (_INTAKE, _LETTER)),
    State("selectieadvies", N_("Selectieadvies opgesteld"), (_SELECTION_ADVICE,)),
    State(
        "weegtafeladvies",
        N_("Weegtafeladvies uitgebracht"),
        (_WEEGTAFEL, _WEEGTAFEL_PRACTICE),
    ),
    State("geplaatst", N_("Plaatsing in het HvH besloten"), (_WEEGTAFEL, _DIZ)),
    State(
        "niet_geplaatst",
        N_("Niet geplaatst"),
        (_WEEGTAFEL, _DIZ),
        final=True,
        stage=Stage.NOT_PLACED,
    ),
    State("in_hvh", N_("Verblijf in het HvH"), _CONSENT, stage=Stage.INSIDE),
    # A temporary return ends back in the HvH: counted as part of the stay (inside).
    State(
        "tijdelijk_in_pi",
        N_("Tijdelijk teruggeplaatst in de PI"),
        _RETURN,
        stage=Stage.INSIDE,
    ),
    State(
        "teruggeplaatst",
        N_("Definitief teruggeplaatst in een PI"),
        _RETURN,
        final=True,
        stage=Stage.PLACED_BACK,
    ),
    State("uitgestroomd", N_("Uitgestroomd"), _OUTFLOW, final=True, stage=Stage.LEFT),
)

TRANSITIONS = (
    Transition(
        "lijst_doorsturen",
        "in_detentie",
        "kandidaat",
        N_("De locatiemanager stuurt de DJI-lijst door"),
        (_LISTS, cite("001:L661-663", N_("DJI levert lijsten met mogelijke kandidaten."))),
        actor="kv-almelo.locatiemanager",
        note=N_("DJI stuurt de lijsten rechtstreeks naar het HvH (001:L516-517)."),
    ),
    Transition(
        "doorverwijzen_reclassering",
        "in_detentie",
        "kandidaat",
        N_("De reclassering verwijst een kandidaat door"),
        (_REFERRALS, cite("001:L3163-3164", N_("Gemeenten en reclassering dragen aan."))),
        actor="reclassering",
    ),
    Transition(
        "doorverwijzen_gemeente",
        "in_detentie",
        "kandidaat",
        N_("De gemeente verwijst een kandidaat door"),
        (
            _REFERRALS,
            _REFERRALS_PRACTICE,
            cite("001:L771-773", N_("Twentse gemeenten kunnen kandidaten aandragen.")),
        ),
        actor="gemeente",
    ),
    Transition(
        "doorverwijzen_dji",
        "in_detentie",
        "kandidaat",
        N_("Het Psycho Medisch Overleg (PMO) van DJI verwijst een kandidaat door"),
        (_REFERRALS, cite("001:L747-755", N_("Het PMO kan kandidaten aandragen."))),
        actor="dji",
    ),
    Transition(
        "doorverwijzen_zorgaanbieder",
        "in_detentie",
        "kandidaat",
        N_("Een zorgpartner verwijst een kandidaat door"),
        (cite("001:L839-841", N_("Zorgpartners kunnen kandidaten aandragen.")),),
        actor="zorgaanbieder",
    ),
    *_per_role(
        "voorselecteren",
        "kandidaat",
        "voorgeselecteerd",
        N_("Voorselecteren op de selectiecriteria"),
        (_PRESELECTION,),
        note=N_(
            "Reclasseringswerkers en casemanagers van het HvH doen dit samen; een stap heeft één "
            "actor, dus één stap per rol."
        ),
    ),
    Transition(
        "beoordeling_psycholoog",
        "voorgeselecteerd",
        "voorgeselecteerd",
        N_("Een psycholoog of sociaalverpleegkundige beoordeelt of de kandidaat geschikt lijkt"),
        (_PRESELECTION,),
        note=N_(
            "'Meestal' (001:L521-523), dus een optionele stap. De bron zegt niet bij welke "
            "organisatie de psycholoog of sociaalverpleegkundige werkt."
        ),
    ),
    *_per_role(
        "informeren",
        "voorgeselecteerd",
        "gemeente_pi_geinformeerd",
        N_("De gemeente van herkomst en de casemanager van de PI van verblijf informeren"),
        (_CONTACT,),
        note=_BOTH_STAFF,
        informs=tuple(
            InformationFlow(
                recipient=recipient,
                content=Content.DECISION,
                legal_basis="niet_genoemd",
                sources=(_CONTACT,),
                note=N_(
                    "Dat een plaatsing in het HvH wordt overwogen; een grondslag voor deze "
                    "verstrekking noemen de bronnen niet."
                ),
            )
            for recipient in ("gemeente", "casemanager")
        ),
    ),
    Transition(
        "gedetineerde_informeren",
        "gemeente_pi_geinformeerd",
        "gedetineerde_geinformeerd",
        N_("De casemanager van de PI informeert de gedetineerde met informatieblad en filmpje"),
        (_INFORM_DETAINEE, cite("001:L793-795", N_("De PI informeert de gedetineerde."))),
        actor="casemanager",
    ),
    Transition(
        "geen_belangstelling",
        "gedetineerde_geinformeerd",
        "geen_belangstelling",
        N_("De gedetineerde heeft geen belangstelling"),
        (
            _LETTER,
            cite(
                "001:L3152-3153",
                N_("Gedetineerden zijn niet altijd geïnteresseerd in verblijf in het HvH."),
            ),
        ),
        note=N_("De gedetineerde besluit zelf; hij is geen partnerrol."),
    ),
    Transition(
        "motivatiebrief_sturen",
        "gedetineerde_geinformeerd",
        "aangemeld",
        N_("De casemanager van de PI stuurt de motivatiebrief naar het HvH"),
        (_LETTER,),
        actor="casemanager",
        documents=("motivatiebrief",),
        note=N_(
            "De gedetineerde schrijft de brief, eventueel met hulp van een mentor, de casemanager "
            "of een vrijwilliger van het re-integratiecentrum van de PI (001:L540-542)."
        ),
    ),
    Transition(
        "belangstelling_tonen",
        "gedetineerde_geinformeerd",
        "belangstelling",
        N_("De gedetineerde heeft belangstelling; de motivatiebrief volgt na de intake"),
        (_LETTER,),
        note=N_(
            "De brief kan ook na het intakegesprek worden gestuurd (001:L543-545). De "
            "gedetineerde besluit zelf; hij is geen partnerrol."
        ),
    ),
    _mdo("in_aanmerking", "aangemeld", "in_aanmerking"),
    _mdo("in_aanmerking_zonder_brief", "belangstelling", "in_aanmerking_zonder_brief"),
    _mdo("niet_in_aanmerking", "aangemeld", "niet_in_aanmerking"),
    _mdo("niet_in_aanmerking_zonder_brief", "belangstelling", "niet_in_aanmerking"),
    *_per_role(
        "intake",
        "in_aanmerking",
        "intake_gedaan",
        N_("Intake met risicotaxatie en krachteninventarisatie; zorg- en veiligheidsplan"),
        (_INTAKE,),
        note=_BOTH_STAFF,
    ),
    *_per_role(
        "intake_zonder_brief",
        "in_aanmerking_zonder_brief",
        "intake_zonder_brief",
        N_("Intake met risicotaxatie en krachteninventarisatie; zorg- en veiligheidsplan"),
        (_INTAKE,),
        note=_BOTH_STAFF,
    ),
    Transition(
        "motivatiebrief_na_intake",
        "intake_zonder_brief",
        "intake_gedaan",
        N_("De casemanager van de PI stuurt de motivatiebrief na de intake"),
        (_LETTER,),
        actor="casemanager",
        documents=("motivatiebrief",),
    ),
    Transition(
        "selectieadvies_opstellen",
        "intake_gedaan",
        "selectieadvies",
        N_("Mdo en vrijhedencommissie van de PI; de casemanager stelt het selectieadvies op"),
        (_SELECTION_ADVICE, cite("001:L797-801", N_("De PI stelt het selectieadvies op."))),
        actor="casemanager",
        documents=("selectieadvies",),
        informs=(_advice_to_diz(_WEEGTAFEL),),
        note=N_(
            "De volgorde van selectieadvies en weegtafel staat niet vast; beide gaan samen naar "
            "DIZ (001:L573-575). Hier zoals opgesomd."
        ),
    ),
    Transition(
        "weegtafel_advies",
        "selectieadvies",
        "weegtafeladvies",
        N_("De weegtafel beoordeelt de geschiktheid en adviseert DIZ"),
        (_WEEGTAFEL, _WEEGTAFEL_PRACTICE, cite("001:L817-819", N_("De weegtafel adviseert."))),
        actor="kv-almelo.weegtafel",
        informs=(_advice_to_diz(_WEEGTAFEL),),
        note=N_(
            "Ten minste de locatiemanager, de casemanager of reclasseringswerker, een wijkagent "
            "(politie) en de nazorgcoördinator van de gemeente van vestiging (001:L570-572)."
        ),
    ),
    Transition(
        "akkoord_slachtoffer",
        "weegtafeladvies",
        "weegtafeladvies",
        N_("Procedure voor akkoord van het slachtoffer"),
        (_SELECTION_TIME,),
        note=N_(
            "De bron noemt de procedure voor akkoord van het slachtoffer (001:L3148-3149), niet "
            "wie haar uitvoert, wanneer in de selectie, of wat volgt als het slachtoffer niet "
            "akkoord is. Vastgelegd als optionele stap vóór het besluit van DIZ."
        ),
    ),
    Transition(
        "plaatsen",
        "weegtafeladvies",
        "geplaatst",
        N_("DIZ besluit tot plaatsing in het HvH"),
        (_WEEGTAFEL, _DIZ),
        actor="diz",
        feedback=True,
    ),
    Transition(
        "niet_plaatsen",
        "weegtafeladvies",
        "niet_geplaatst",
        N_("DIZ besluit niet te plaatsen"),
        (_WEEGTAFEL, _DIZ),
        actor="diz",
        feedback=True,
    ),
    Transition(
        "instromen",
        "geplaatst",
        "in_hvh",
        N_("Instromen in het HvH; de gedetineerde tekent de toestemmingsverklaring"),
        (*_CONSENT, cite("001:L585-600", N_("De netwerkpartners van het HvH."))),
        documents=("toestemmingsverklaring",),
        consent=("gemeente", "politie", "reclassering", "vrijwilliger", "zorgaanbieder"),
        note=N_(
            "⚠ De verklaring geldt voor 'alle netwerkpartners' (001:L3244-3246); vastgelegd als "
            "toestemming voor de rollen die de bron als netwerkpartners noemt: de reclassering "
            "en de gemeenten (001:L585-588), zorgpartners, vrijwilligersorganisaties en politie "
            "(001:L597-600). Wie de overplaatsing uitvoert, noemen de bronnen niet."
        ),
    ),
    Transition(
        "tijdelijk_terugplaatsen",
        "in_hvh",
        "tijdelijk_in_pi",
        N_("Tijdelijk terugplaatsen in de PI na een overtreding"),
        _RETURN,
        actor="diz",
        note=N_("DIZ besluit; de weegtafel is bij het besluit betrokken (001:L817-825)."),
    ),
    Transition(
        "terugkeren",
        "tijdelijk_in_pi",
        "in_hvh",
        N_("Terugkeren naar het HvH"),
        (_RETURN[2],),
        note=N_("De bronnen zeggen niet wie over de terugkeer naar het HvH beslist."),
    ),
    Transition(
        "definitief_terugplaatsen",
        "in_hvh",
        "teruggeplaatst",
        N_("Definitief terugplaatsen in een PI na een herhaalde overtreding"),
        _RETURN,
        actor="diz",
        note=N_("DIZ besluit; de weegtafel is bij het besluit betrokken (001:L817-825)."),
    ),
    Transition(
        "uitstromen",
        "in_hvh",
        "uitgestroomd",
        N_("Uitstromen; de gemeente is daarna eindverantwoordelijk"),
        (*_OUTFLOW, cite("001:L773-777", N_("De gemeente van uitstroom is eindverantwoordelijk."))),
        note=N_("De bronnen zeggen niet wie over de uitstroom beslist."),
    ),
)

VERSION = WorkflowVersion(
    states=STATES,
    transitions=TRANSITIONS,
    sources=(
        cite("001:L512-575", N_("De instroom in het HvH volgens het plan.")),
        _REFERRALS_PRACTICE,
        _SELECTION_TIME,
        cite("001:L324-325", N_("De verblijfsduur in het HvH is minimaal twee maanden.")),
    ),
    selection_time=Duration(weeks=8),
    minimum_stay=Duration(months=2),
    note=N_(
        "⚠ Selectietijd: 'gemiddeld zes tot acht weken' (001:L3146-3150); gekozen is de "
        "bovengrens van acht weken, zodat een te kort strafrestant eerder opvalt. "
        "Minimale verblijfsduur twee maanden (001:L324-325); het plan mikt op een strafrestant "
        "van twee tot achttien maanden (001:L338-340). De geplande instroom via de rechtbank "
        "(001:L578-582) is niet opgenomen: die was voorzien 'binnen een jaar' en de realisatie "
        "meldt alleen instroom vanuit detentie, via DJI-lijsten en netwerkpartners "
        "(001:L3042-3049)."
    ),
)

INFLOW = Workflow(
    code=WORKFLOW_CODE,
    label=N_("Instroom Huis van Herstel (KV Almelo)"),
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=(FACILITY_CODE,)),
    description=N_(
        "Van DJI-lijst of doorverwijzing via voorselectie, motivatiebrief, dossieronderzoek, "
        "intake, selectieadvies en weegtafel naar het besluit van DIZ; daarna instroom met "
        "toestemmingsverklaring, terugplaatsing of uitstroom."
    ),
    versions=(VERSION,),
)
