"""The kleinschalig plugin of KV Almelo, the 'Huis van Herstel' (HvH).

A regional small-scale facility in the legal framework of a BBA, run by PI Almelo
with the three probation organisations (3RO) and the fourteen municipalities of
Twente [001:L309-313]. Everything here is taken from seed 001: the plan
evaluation (§2.1, L305-1051) and the realisation chapter (§3.1, L2968-3349).
Citations are ``<seed>:L<first>-<last>``.

Recorded choices (⚠), each also in the data:

* opening date: 1 January 2021 (chapter 3: "vanaf januari 2021" [001:L3016-3017])
  rather than chapter 4's "najaar van 2020" [001:L4914-4915] (``OperatingPeriod.note``);
* the corona reduction 29 → 20 places is dated January–April 2021, the period the
  source reports on (``CapacityEntry.reason``);
* the fourteen Twente municipalities are not named in the sources, so the regional
  tie reads the region "Twente" of the residence or the recorded regional tie
  (``kv-almelo.regiobinding``);
* criteria the weighing table (weegtafel) or a professional judges have no rule,
  only the inputs they need [001:L569-573];
* serious management problems exclude on their own (the declared fact of appendix 4,
  [001:L5551]); group unsuitability, named with them in [001:L357], is the requirement
  ``kv-almelo.groepsgeschikt`` (note on ``kv-almelo.beheersproblematiek``).

Labels are Dutch gettext msgids marked with ``N_()``; their English translations
are in ``locale/en/LC_MESSAGES/``.

The inflow workflow is in ``workflow.py``; the facility-specific indicators of
appendix 4 are in ``indicators.py``; the facts the criteria and indicators read beyond
the core's fields are declared in ``facts.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model import (
    CapacityEntry,
    Facility,
    FacilityKind,
    InterventionLink,
    InterventionLogic,
    InterventionNode,
    Jurisdiction,
    Location,
    NodeLevel,
    OperatingPeriod,
    OperatingStatus,
    PartnerRole,
    PlacePool,
    SecurityLevel,
    Sex,
    TargetGroup,
    cite,
)
from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Compare,
    Contains,
    HoldsTitle,
    Not,
    OneOf,
    SentenceWithin,
)
from kleinschalig.model.criteria import (
    Criterion,
    CriterionKind,
    CriterionScope,
    CriterionVersion,
)
from kleinschalig.plugins import (
    CriterionRegister,
    FacilityRegister,
    FactRegister,
    IndicatorRegister,
    InterventionLogicRegister,
    PartnerRoleRegister,
    TranslationRegister,
    WorkflowRegister,
    hookimpl,
)

#: This plugin's gettext domain, and the directory holding
#: ``<lang>/LC_MESSAGES/<domain>.mo``.
DOMAIN = "kleinschalig_kv_almelo"
LOCALE_DIR = Path(__file__).parent / "locale"

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-almelo"

_ADULT = (Jurisdiction.ADULT,)

# --------------------------------------------------------------------------------------
# Facility
# --------------------------------------------------------------------------------------

OPENED_ON = dt.date(2021, 1, 1)

FACILITY = Facility(
    code=FACILITY_CODE,
    name="KV Almelo (Huis van Herstel)",
    kind=FacilityKind.KV,
    security=SecurityLevel.ADULT_LIMITED,
    location=Location(municipality="Almelo", region="Twente", host_institution="PI Almelo"),
    operator="PI Almelo (DJI), met 3RO en de veertien Twentse gemeenten",
    target_group=TargetGroup(
        description=N_(
            "Mannelijke kort- of langgestrafte gedetineerden met complexe problematiek op "
            "meerdere leefgebieden, in de laatste fase van detentie met een strafrestant van "
            "2 tot en met 18 maanden, afkomstig uit Twente of van plan zich daar te vestigen. "
            "Instroom vanuit detentie; ruimte voor maximaal 29 mannen."
        ),
        jurisdiction=Jurisdiction.ADULT,
        sexes=(Sex.MALE,),
        sources=(
            cite(
                "001:L333-347",
                N_("Selectiecriteria van het HvH, waaronder ruimte voor maximaal 29 mannen."),
            ),
            cite(
                "001:L2971-2974",
                N_(
                    "Mannelijke gedetineerden met complexe problematiek, strafrestant 2 tot 18 "
                    "maanden, gebonden aan Twente; juridisch kader van een BBA."
                ),
            ),
        ),
    ),
    operating=OperatingPeriod(
        status=OperatingStatus.OPEN,
        opened_on=OPENED_ON,
        sources=(
            cite(
                "001:L3016-3017",
                N_(
                    "Geen officiële opening wegens corona; vanaf januari 2021 kan het HvH "
                    "gedetineerden ontvangen."
                ),
            ),
            cite("001:L3030", N_("De eerste instroom van gedetineerden was in februari 2021.")),
            cite(
                "001:L4914-4915",
                N_(
                    "Volgens hoofdstuk 4 openden KV Almelo en KV Middelburg in het najaar van 2020."
                ),
            ),
        ),
        note=N_(
            "⚠ Hoofdstuk 4 zegt dat KV Almelo in het najaar van 2020 openging (001:L4914-4915); "
            "hoofdstuk 3 zegt dat er wegens corona geen officiële opening was en dat het HvH "
            "vanaf januari 2021 gedetineerden kon ontvangen, met de eerste instroom in februari "
            "2021 (001:L3016-3017, 001:L3030). Gekozen is de preciezere bron van hoofdstuk 3: "
            "open vanaf 1 januari 2021. De dag zelf staat niet in de bron."
        ),
    ),
    sources=(
        cite(
            "001:L309-313",
            N_(
                "PI Almelo, 3RO en de veertien Twentse gemeenten vormen samen het HvH, een BBA "
                "in Karelskamp nabij PI Almelo met plek voor 29 mannen."
            ),
        ),
        cite(
            "001:L2971-2977",
            N_("Kernelementen van het HvH zoals gerealiseerd."),
        ),
    ),
    capacity=(
        CapacityEntry(
            valid_from=OPENED_ON,
            pools=(PlacePool(regime="bba", places=29, label=N_("BBA-plaatsen voor mannen")),),
            sources=(
                cite("001:L313", N_("Het HvH biedt plek aan 29 mannelijke gedetineerden.")),
                cite("001:L347", N_("Er is ruimte voor maximaal 29 mannen.")),
                cite("001:L2976", N_("Het HvH biedt plaats aan 29 deelnemers.")),
            ),
        ),
        CapacityEntry(
            valid_from=OPENED_ON,
            valid_until=dt.date(2021, 4, 30),
            pools=(PlacePool(regime="bba", places=20, label=N_("BBA-plaatsen voor mannen")),),
            temporary=True,
            reason=N_(
                "⚠ Vanwege de coronamaatregelen tijdelijk met een derde teruggebracht van 29 "
                "naar 20 plaatsen (001:L3018-3019), gemeld als stand van zaken april 2021 "
                "(001:L3007). Begin en einde staan niet in de bron: vastgelegd vanaf de datum "
                "waarop het HvH gedetineerden kon ontvangen (januari 2021, 001:L3016-3017) tot "
                "en met april 2021. Over de periode daarna zeggen de bronnen niets; dan geldt de "
                "nominale capaciteit van 29."
            ),
            sources=(
                cite(
                    "001:L3018-3019",
                    N_("Wegens corona tijdelijk van 29 naar 20 plaatsen gebracht."),
                ),
                cite("001:L3007", N_("Stand van zaken april 2021.")),
            ),
        ),
    ),
    accepted_titles=("gevangenisstraf",),
    aliases=("Huis van Herstel", "HvH"),
)

# --------------------------------------------------------------------------------------
# Local partner roles (the national roles cover DJI, DIZ, 3RO, gemeente, politie, ...)
# --------------------------------------------------------------------------------------

ROLES = (
    PartnerRole(
        code="kv-almelo.weegtafel",
        label=N_("Weegtafel van het Huis van Herstel"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L569-575",
                N_(
                    "Na dossieronderzoek en intake beoordeelt de weegtafel de geschiktheid op de "
                    "selectiecriteria; het advies gaat met het selectieadvies naar DIZ."
                ),
            ),
            cite(
                "001:L805-825",
                N_(
                    "De weegtafel adviseert de selectiefunctionaris over plaatsing en is "
                    "betrokken bij besluiten over vrijheden en terugplaatsing."
                ),
            ),
            cite(
                "001:L3322-3328",
                N_("In de praktijk heet het overleg ook 'weegtafelmoment aanmelding'."),
            ),
        ),
        responsibilities=N_(
            "Beoordeelt na dossieronderzoek en intake de geschiktheid van de kandidaat op de "
            "selectiecriteria, zoals motivatie en groepsgeschiktheid, en adviseert de "
            "selectiefunctionaris van DIZ; is betrokken bij besluiten over vrijheden en "
            "terugplaatsing naar een PI."
        ),
        note=N_(
            "Ten minste aanwezig: de locatiemanager, de casemanager of reclasseringswerker van "
            "het HvH, een wijkagent en de nazorgcoördinator van de gemeente van vestiging "
            "(001:L570-572). DIZ besluit; de weegtafel adviseert (001:L573-575)."
        ),
    ),
    PartnerRole(
        code="kv-almelo.locatiemanager",
        label=N_("Locatiemanager van het Huis van Herstel"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L516-518",
                N_(
                    "De locatiemanager stuurt de DJI-lijsten door naar de reclasseringswerkers "
                    "en casemanagers van het HvH."
                ),
            ),
            cite("001:L679-683", N_("De locatiemanager wijst de regievoerder aan.")),
            cite(
                "001:L638-641",
                N_(
                    "Bij problemen met een netwerkpartner op casusniveau neemt de locatiemanager "
                    "eerst het initiatief."
                ),
            ),
        ),
        responsibilities=N_(
            "Stuurt de DJI-lijsten met kandidaten door, wijst de regievoerder aan, neemt deel "
            "aan de weegtafel en is de eerste stap bij escalatie met netwerkpartners."
        ),
    ),
    PartnerRole(
        code="kv-almelo.mdo",
        label=N_("Multidisciplinair overleg (mdo) van het Huis van Herstel"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L547-553",
                N_(
                    "In een mdo binnen het HvH wordt op basis van het dossieronderzoek besproken "
                    "of de kandidaat in aanmerking komt voor plaatsing."
                ),
            ),
        ),
        responsibilities=N_(
            "Bespreekt na het dossieronderzoek of een kandidaat in aanmerking komt voor "
            "plaatsing in het HvH."
        ),
        note=N_(
            "Niet te verwarren met het mdo van de PI van verblijf, dat de kandidaat bespreekt "
            "als deel van de standaardprocedure voor overplaatsing (001:L565-568)."
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Intervention logic (figure 2.1.1 is lost [001:L408]; rebuilt from the prose)
# --------------------------------------------------------------------------------------

_ALL_WORKING_GOALS = cite(
    "001:L454", N_("De drie bovenstaande activiteiten dragen samen bij aan alle werkdoelen.")
)
_POLICY_THEORY = cite(
    "001:L970-975",
    N_(
        "Versterken van beschermende factoren draagt bij aan resocialisatie, die de kans op "
        "recidive verlaagt; het HvH zet intensief in op alle beschermende factoren."
    ),
)
_FACTORS = cite("001:L977-995", N_("Tabel 2.1.2: de beschermende factoren van het HvH."))
_FACTORS_NOTE = N_(
    "Afgeleid: de bron verbindt de beschermende factoren via resocialisatie met minder "
    "recidive (001:L970-973) maar niet met afzonderlijke activiteiten of werkdoelen; de "
    "figuur ontbreekt (001:L408)."
)


def _factor(code: str, label: str) -> InterventionNode:
    return InterventionNode(
        code=code, level=NodeLevel.WERKZAAM_ELEMENT, label=label, sources=(_FACTORS,)
    )


INTERVENTION_LOGIC = InterventionLogic(
    nodes=(
        _factor("we-woonsituatie", N_("Woonsituatie")),
        _factor("we-opleiding-werk", N_("Opleiding/werk")),
        _factor("we-financien", N_("Financiële situatie")),
        _factor("we-houding-gedrag", N_("Houding/gedrag")),
        _factor("we-sociaal-netwerk", N_("Sociaal netwerk")),
        _factor("we-vrije-tijd", N_("Vrijetijdsbesteding")),
        _factor("we-psychisch-welbevinden", N_("Psychisch welbevinden/zorg")),
        _factor("we-middelengebruik", N_("Middelengebruik/verslaving")),
        InterventionNode(
            code="act-intake",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Intake met krachteninventarisatie en risicobeoordeling"),
            sources=(
                cite(
                    "001:L418-425",
                    N_(
                        "De regievoerder voert de intake met een krachteninventarisatie op tien "
                        "leefgebieden en een risicobeoordeling."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-zorg-veiligheidsplan",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Opstellen en uitvoeren integraal zorg- en veiligheidsplan"),
            sources=(
                cite(
                    "001:L427-445",
                    N_(
                        "De regievoerder stelt met Krachtwerk en CTI een integraal zorg- en "
                        "veiligheidsplan op dat na detentie doorloopt onder de gemeente."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-ondersteuning",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Ondersteuning door ZBIW-ers, regievoerder en planbegeleider"),
            sources=(
                cite(
                    "001:L447-452",
                    N_(
                        "Elke gedetineerde heeft een regievoerder en twee ZBIW-ers voor dagelijkse "
                        "begeleiding."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-netwerkpartners",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Regionale betrokkenheid van netwerkpartners"),
            sources=(
                cite(
                    "001:L455-471",
                    N_(
                        "Netwerkpartners zijn nauw betrokken; de nazorgcoördinator is al tijdens "
                        "detentie actief."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-vaardigheden",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Stimuleren van cognitieve, sociale en praktische vaardigheden"),
            sources=(
                cite(
                    "001:L473-479",
                    N_("Trainingen in het dagprogramma vergroten de zelfredzaamheid."),
                ),
            ),
        ),
        InterventionNode(
            code="act-toeleiding-arbeid",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Toeleiding naar arbeid of passende dagbesteding"),
            sources=(
                cite(
                    "001:L481-488",
                    N_(
                        "Een dagprogramma op maat, binnen (De Fabriek) of buiten het HvH, gericht "
                        "op een stabiele werksituatie na detentie."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-herstelbemiddeling",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Herstelbemiddeling en mediation"),
            sources=(
                cite(
                    "001:L490-496",
                    N_("Mediation-sessies voor herstel richting slachtoffer en sociaal netwerk."),
                ),
            ),
        ),
        InterventionNode(
            code="act-sociaal-netwerk",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Betrekken van het sociaal netwerk"),
            sources=(
                cite(
                    "001:L498-507",
                    N_("Minstens twee keer per week een uur bezoek, met flexibele bezoekuren."),
                ),
            ),
        ),
        InterventionNode(
            code="wd-wonen-financien",
            level=NodeLevel.WERKDOEL,
            label=N_("Stabiliteit in woonsituatie en financiën"),
            sources=(cite("001:L378-382", N_("Werkdoel stabiliteit in wonen en financiën.")),),
        ),
        InterventionNode(
            code="wd-werk-dagbesteding",
            level=NodeLevel.WERKDOEL,
            label=N_("Stabiliteit in werk en/of dagbesteding"),
            sources=(cite("001:L384-390", N_("Werkdoel stabiliteit in werk en dagbesteding.")),),
        ),
        InterventionNode(
            code="wd-hulpverleningsrelaties",
            level=NodeLevel.WERKDOEL,
            label=N_("Duurzame hulpverleningsrelaties"),
            sources=(cite("001:L392-397", N_("Werkdoel duurzame hulpverleningsrelaties.")),),
        ),
        InterventionNode(
            code="wd-sociaal-netwerk",
            level=NodeLevel.WERKDOEL,
            label=N_("Ondersteunend sociaal netwerk"),
            sources=(cite("001:L399-402", N_("Werkdoel ondersteunend sociaal netwerk.")),),
        ),
        InterventionNode(
            code="wd-autonomie",
            level=NodeLevel.WERKDOEL,
            label=N_("Toename autonomie"),
            sources=(cite("001:L404-407", N_("Werkdoel toename autonomie.")),),
        ),
        InterventionNode(
            code="hd-reintegratie",
            level=NodeLevel.HOOFDDOEL,
            label=N_(
                "Succesvolle re-integratie en resocialisatie van gedetineerden met complexe "
                "problematiek"
            ),
            sources=(cite("001:L372", N_("Hoofddoel 1 van het HvH.")),),
        ),
        InterventionNode(
            code="hd-zorgcontinuiteit",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Continuïteit van zorg en/of begeleiding"),
            sources=(cite("001:L373", N_("Hoofddoel 2 van het HvH.")),),
        ),
        InterventionNode(
            code="hd-herstel",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Herstel op vier lagen: slachtoffer, maatschappij, netwerk en zelfherstel"),
            sources=(cite("001:L374", N_("Hoofddoel 3 van het HvH.")),),
        ),
        InterventionNode(
            code="ed-recidive",
            level=NodeLevel.EINDDOEL,
            label=N_(
                "Voorkomen en verminderen van recidive en daardoor verhogen van de "
                "maatschappelijke veiligheid"
            ),
            sources=(cite("001:L368-369", N_("Het einddoel van het HvH.")),),
        ),
    ),
    links=(
        # werkzame elementen -> einddoel (policy theory)
        *(
            InterventionLink(
                source=code, target="ed-recidive", sources=(_POLICY_THEORY,), note=_FACTORS_NOTE
            )
            for code in (
                "we-woonsituatie",
                "we-opleiding-werk",
                "we-financien",
                "we-houding-gedrag",
                "we-sociaal-netwerk",
                "we-vrije-tijd",
                "we-psychisch-welbevinden",
                "we-middelengebruik",
            )
        ),
        # the three core activities serve all working goals [001:L454]
        *(
            InterventionLink(source=activity, target=goal, sources=(_ALL_WORKING_GOALS,))
            for activity in ("act-intake", "act-zorg-veiligheidsplan", "act-ondersteuning")
            for goal in (
                "wd-wonen-financien",
                "wd-werk-dagbesteding",
                "wd-hulpverleningsrelaties",
                "wd-sociaal-netwerk",
                "wd-autonomie",
            )
        ),
        InterventionLink(
            source="act-netwerkpartners",
            target="wd-hulpverleningsrelaties",
            sources=(
                cite(
                    "001:L459-461",
                    N_(
                        "Een duidelijke rol- en taakverdeling met netwerkpartners bouwt duurzame "
                        "hulpverleningsrelaties op."
                    ),
                ),
            ),
        ),
        InterventionLink(
            source="act-netwerkpartners",
            target="hd-zorgcontinuiteit",
            sources=(
                cite(
                    "001:L461",
                    N_("Zo wordt de continuïteit van zorg en begeleiding gewaarborgd."),
                ),
            ),
        ),
        InterventionLink(
            source="act-netwerkpartners",
            target="wd-autonomie",
            sources=(
                cite(
                    "001:L470-471",
                    N_("De hulpverlening richt zich op zelfredzaamheid en zelfherstel."),
                ),
            ),
        ),
        InterventionLink(
            source="act-vaardigheden",
            target="wd-autonomie",
            sources=(cite("001:L477-478", N_("De cursussen vergroten de zelfredzaamheid.")),),
        ),
        InterventionLink(
            source="act-vaardigheden",
            target="wd-sociaal-netwerk",
            sources=(
                cite(
                    "001:L478",
                    N_("De cursussen helpen positieve relaties met het netwerk op te bouwen."),
                ),
            ),
        ),
        InterventionLink(
            source="act-toeleiding-arbeid",
            target="wd-werk-dagbesteding",
            sources=(
                cite(
                    "001:L487-488",
                    N_("Beoogd wordt een stabiele werksituatie die na detentie blijft."),
                ),
            ),
        ),
        InterventionLink(
            source="act-toeleiding-arbeid",
            target="hd-herstel",
            sources=(
                cite(
                    "001:L486-487",
                    N_("Dagbesteding buiten het HvH zet in op herstel richting de maatschappij."),
                ),
            ),
        ),
        InterventionLink(
            source="act-herstelbemiddeling",
            target="hd-herstel",
            sources=(
                cite(
                    "001:L490-491", N_("Mediation-sessies voor herstel richting het slachtoffer.")
                ),
            ),
        ),
        InterventionLink(
            source="act-herstelbemiddeling",
            target="wd-sociaal-netwerk",
            sources=(
                cite(
                    "001:L493-496",
                    N_("Mediation kan ook het sociaal netwerk herstellen en verstevigen."),
                ),
            ),
        ),
        InterventionLink(
            source="act-sociaal-netwerk",
            target="wd-sociaal-netwerk",
            sources=(
                cite(
                    "001:L504-507",
                    N_("Contact met de sociale omgeving houdt de relatie in stand als vangnet."),
                ),
            ),
        ),
        # werkdoelen -> hoofddoelen
        InterventionLink(
            source="wd-wonen-financien",
            target="hd-reintegratie",
            sources=(
                cite("001:L381-382", N_("Dit draagt bij aan re-integratie en resocialisatie.")),
            ),
        ),
        InterventionLink(
            source="wd-werk-dagbesteding",
            target="hd-reintegratie",
            sources=(
                cite(
                    "001:L386-389",
                    N_("Duurzame arbeid geeft structuur en een passende plek, ook na detentie."),
                ),
            ),
        ),
        InterventionLink(
            source="wd-werk-dagbesteding",
            target="hd-herstel",
            sources=(
                cite(
                    "001:L389-390",
                    N_("Werk of dagbesteding is een begin van herstel richting de maatschappij."),
                ),
            ),
        ),
        InterventionLink(
            source="wd-hulpverleningsrelaties",
            target="hd-zorgcontinuiteit",
            sources=(
                cite("001:L393-396", N_("Hulpverlening loopt door voor, tijdens en na detentie.")),
            ),
        ),
        InterventionLink(
            source="wd-hulpverleningsrelaties",
            target="hd-reintegratie",
            sources=(
                cite(
                    "001:L396-397",
                    N_("Duurzame hulpverleningsrelaties steunen de re-integratie en het herstel."),
                ),
            ),
        ),
        *(
            InterventionLink(
                source="wd-sociaal-netwerk",
                target=goal,
                sources=(
                    cite(
                        "001:L400-402",
                        N_(
                            "Het netwerk stimuleert re-integratie, zorgcontinuïteit, zelfherstel "
                            "en herstel richting netwerk en maatschappij."
                        ),
                    ),
                ),
            )
            for goal in ("hd-reintegratie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
        *(
            InterventionLink(
                source="wd-autonomie",
                target=goal,
                sources=(
                    cite(
                        "001:L406-407",
                        N_("Autonomie draagt bij aan zelfherstel en succesvolle re-integratie."),
                    ),
                ),
            )
            for goal in ("hd-herstel", "hd-reintegratie")
        ),
        # hoofddoelen -> einddoel
        *(
            InterventionLink(
                source=goal,
                target="ed-recidive",
                sources=(
                    cite(
                        "001:L369-371",
                        N_("Met de drie hoofddoelen wordt het einddoel bereikt."),
                    ),
                ),
            )
            for goal in ("hd-reintegratie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Placement criteria: selection criteria [001:L333-347], exclusion grounds [001:L349-365]
# --------------------------------------------------------------------------------------

HERE = CriterionScope(facilities=(FACILITY_CODE,))
_EXCLUSION = N_("Uitsluitingsgronden voor plaatsing in het HvH.")
_WEEGTAFEL = cite(
    "001:L569-573",
    N_(
        "De weegtafel oordeelt over geschiktheid op de selectiecriteria, zoals motivatie en "
        "groepsgeschiktheid."
    ),
)

CRITERIA = (
    Criterion(
        id="kv-almelo.man",
        label=N_("Man"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L313", N_("Het HvH biedt plek aan 29 mannelijke gedetineerden.")),
                    cite("001:L347", N_("Er is ruimte voor maximaal 29 mannen.")),
                ),
                rule=OneOf("sex", ("male",)),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.complexe-problematiek",
        label=N_("Complexe problematiek op meerdere leefgebieden"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L334-336",
                        N_(
                            "(Ex-)gedetineerden met problematiek op meerdere leefgebieden, zoals "
                            "wonen, zorgvragen, relaties en schulden."
                        ),
                    ),
                    cite(
                        "001:L3142-3144",
                        N_("Het HvH selecteert streng op complexe problematiek."),
                    ),
                ),
            ),
        ),
        description=N_(
            "Oordeel in dossieronderzoek en intake: het HvH selecteert streng op complexe "
            "problematiek (001:L3142-3144) en de selectiecriteria geven geen drempel. De "
            "professional gebruikt het aantal leefgebieden waarop ondersteuning nodig is (uit de "
            "krachteninventarisatie, 001:L5521-5525), de scores op de leefgebieden en de "
            "basisvoorwaarden."
        ),
        inputs=("kv-almelo.aantal_leefgebieden_ondersteuning", "life_domains", "basisvoorwaarden"),
    ),
    Criterion(
        id="kv-almelo.instroom-vanuit-detentie",
        label=N_("Instroom vanuit detentie"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L337", N_("Instroom vindt plaats vanuit de detentie.")),
                    cite("001:L513", N_("De instroom in het HvH verloopt vanuit detentie.")),
                ),
                rule=All((HoldsTitle(("gevangenisstraf",)), Not(HoldsTitle(("zelfmelder",))))),
                note=N_(
                    "Gelezen als: houdt een gevangenisstraf en is geen zelfmelder die nog op de "
                    "tenuitvoerlegging wacht (die zou vanuit vrijheid instromen, vgl. "
                    "001:L2016-2018). De geplande route via de rechtbank (001:L578-582) was bij "
                    "de planevaluatie nog niet ingevoerd en is niet gecodeerd."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.strafrestant",
        label=N_("Laatste fase van detentie: strafrestant van 2 tot en met 18 maanden"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L338-340",
                        N_(
                            "Kort- of langgestraft, in de laatste fase van detentie met een "
                            "strafrestant van minimaal twee en maximaal achttien maanden."
                        ),
                    ),
                    cite("001:L2971-2973", N_("Strafrestant van 2 tot 18 maanden.")),
                ),
                rule=SentenceWithin(
                    "remaining", minimum=Duration(months=2), maximum=Duration(months=18)
                ),
                note=N_(
                    "'Minimaal … maximaal' (001:L338-340) is gelezen als grenzen inclusief. De "
                    "laatste fase van detentie heeft geen eigen feit; de bron omschrijft haar "
                    "met dit strafrestant."
                    " Er is geen afrondingsregel gekozen (de bronnen geven er geen): valt een "
                    "grens op een niet-bestaande dag, zoals 31 mei plus 6 maanden, dan is de "
                    "uitkomst onbekend."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.regiobinding",
        label=N_("Afkomstig uit Twente en/of van plan zich in Twente te vestigen"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L341",
                        N_("Afkomstig uit Twente en/of voornemens zich daar te vestigen."),
                    ),
                    cite(
                        "001:L363-365",
                        N_(
                            "Uitsluitingsgrond: afkomstig van buiten Twente, tenzij voornemens "
                            "zich in een Twentse gemeente te vestigen."
                        ),
                    ),
                    cite("001:L946-947", N_("Regiobinding met Twente is een vereiste.")),
                    cite(
                        "001:L5515-5517",
                        N_("Bijlage 4: regiobinding met Twente (= uitstroom in de regio)."),
                    ),
                ),
                rule=AnyOf(
                    (
                        OneOf("residence.region", ("Twente",)),
                        Compare("intake.regional_tie", "eq", True),
                    )
                ),
                note=N_(
                    "⚠ De bronnen spreken van de veertien Twentse gemeenten maar noemen ze niet "
                    "(001:L309-311, 001:L2977); daarom leest de regel de regio 'Twente' van de "
                    "woonplaats in plaats van een lijst gemeenten. Het voornemen zich in Twente "
                    "te vestigen (001:L341, 001:L363-365) heeft geen eigen feit en wordt gelezen "
                    "uit de vastgelegde regiobinding (001:L946-947), die bijlage 4 omschrijft als "
                    "'uitstroom in de regio' (001:L5515-5517). De uitsluitingsgrond "
                    "'afkomstig van buiten Twente, tenzij …' is dezelfde voorwaarde omgekeerd en "
                    "is niet apart gecodeerd."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.groepsgeschikt",
        label=N_("Groepsgeschikt"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L342", N_("Gedetineerden zijn groepsgeschikt.")), _WEEGTAFEL),
            ),
        ),
        description=N_("Oordeel van de weegtafel (001:L569-573)."),
        inputs=("intake.group_suitable",),
    ),
    Criterion(
        id="kv-almelo.nederlandse-taal",
        label=N_("De Nederlandse taal machtig"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L343", N_("Gedetineerden zijn de Nederlandse taal machtig.")),),
                rule=Contains("intake.languages", "nl"),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.motivatie",
        label=N_(
            "Gemotiveerd voor een delictvrije toekomst en bereid tot contact met het slachtoffer"
        ),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L344-346",
                        N_(
                            "Gemotiveerd te werken aan een delictvrije toekomst en bereid tot "
                            "contact met een slachtoffer als het slachtoffer dat wil."
                        ),
                    ),
                    cite(
                        "001:L3026-3028",
                        N_("Een deelnemer moet duidelijk aantonen gemotiveerd te zijn."),
                    ),
                    _WEEGTAFEL,
                ),
            ),
        ),
        description=N_(
            "Oordeel van de weegtafel over de motivatie (001:L569-573), met de vastgelegde "
            "bereidheid tot contact met het slachtoffer (001:L344-346) als gegeven."
        ),
        inputs=("intake.motivated", "kv-almelo.bereid_tot_slachtoffercontact"),
    ),
    Criterion(
        id="kv-almelo.toestemming-informatie-uitwisseling",
        label=N_("Toestemming voor informatie-uitwisseling tussen de netwerkpartners"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L458-459",
                        N_(
                            "De gedetineerde geeft voor plaatsing toestemming voor "
                            "informatie-uitwisseling tussen de netwerkpartners."
                        ),
                    ),
                    cite(
                        "001:L603-605",
                        N_("Die toestemming is een voorwaarde voor plaatsing in het HvH."),
                    ),
                    cite(
                        "001:L3244-3246",
                        N_("Bij instroom tekent de gedetineerde een toestemmingsverklaring."),
                    ),
                ),
            ),
        ),
        description=N_(
            "De criteriataal kan een lijst toestemmingen (partner, reikwijdte, datum) niet "
            "lezen; de professional controleert de vastgelegde toestemmingen."
        ),
        inputs=("consents",),
    ),
    Criterion(
        id="kv-almelo.levenslang",
        label=N_("Opgelegde levenslange gevangenisstraf"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L349-350", _EXCLUSION),),
                rule=HoldsTitle(("levenslang",)),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.tbs",
        label=N_("Opgelegde tbs-maatregel"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(sources=(cite("001:L351", _EXCLUSION),), rule=HoldsTitle(("tbs",))),
        ),
    ),
    Criterion(
        id="kv-almelo.vertrekplicht-uitlevering",
        label=N_("Vertrekplicht of uitlevering"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L352", _EXCLUSION),),
                rule=HoldsTitle(("vertrekplicht", "uitlevering")),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.isd",
        label=N_("Opgelegde ISD-maatregel, behalve in de extramurale fase"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L353", _EXCLUSION),),
                rule=HoldsTitle(("isd",), phase="intramuraal"),
                note=N_(
                    "Een ISD-maatregel zonder vastgelegde fase is onbekend: alleen de "
                    "extramurale fase is uitgezonderd (001:L353)."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.ebi-terroristenafdeling",
        label=N_("Geplaatst in een extra beveiligde inrichting of op een terroristenafdeling"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L354", _EXCLUSION),
                    cite(
                        "001:L5543-5549",
                        N_("Bijlage 4 registreert plaatsing in een EBI of op terrorismeafdeling."),
                    ),
                ),
                rule=Compare("kv-almelo.geplaatst_ebi_of_terroristenafdeling", "eq", True),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.beheersproblematiek",
        label=N_("Ernstige beheersproblematiek en groepsongeschiktheid"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L357", _EXCLUSION),
                    cite("001:L5551", N_("Bijlage 4 registreert ernstige beheersproblematiek.")),
                    cite("001:L342", N_("Gedetineerden zijn groepsgeschikt.")),
                ),
                rule=Compare("kv-almelo.ernstige_beheersproblematiek", "eq", True),
                note=N_(
                    "⚠ keuze: de uitsluitingsgrond noemt 'ernstige beheersproblematiek en "
                    "groepsongeschiktheid' samen (001:L357); bijlage 4 registreert ernstige "
                    "beheersproblematiek als eigen gegeven (001:L5551). De regel leest alleen dat "
                    "gegeven: groepsongeschiktheid sluit al uit via de eis 'groepsgeschikt' "
                    "(001:L342), die de weegtafel beoordeelt."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.psychiatrie",
        label=N_("Ernstige psychiatrische problematiek"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L358", _EXCLUSION),
                    cite(
                        "001:L520-523",
                        N_("Meestal beoordeelt een psycholoog of sociaalverpleegkundige."),
                    ),
                ),
                rule=OneOf("intake.psychiatric_problems", ("severe",)),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.verslaving",
        label=N_("Ernstige verslavingsproblematiek"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L359", _EXCLUSION),),
                rule=OneOf("intake.addiction_problems", ("severe",)),
            ),
        ),
    ),
    Criterion(
        id="kv-almelo.verstandelijke-beperking",
        label=N_(
            "Een verstandelijke beperking die aansluiting bij de werkwijze van het HvH onmogelijk "
            "maakt"
        ),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(CriterionVersion(sources=(cite("001:L360-362", _EXCLUSION),)),),
        description=N_(
            "Niet elke verstandelijke beperking sluit uit; een professional beoordeelt of "
            "aansluiting bij de werkwijze onmogelijk is."
        ),
        inputs=("intake.intellectual_disability",),
    ),
)


@hookimpl
def kleinschalig_register_translations(register: TranslationRegister) -> None:
    """Make this plugin's English labels available next to the core's."""
    register.add(DOMAIN, LOCALE_DIR)


@hookimpl
def kleinschalig_register_partner_roles(register: PartnerRoleRegister) -> None:
    """Register the local roles the national roles do not cover."""
    for role in ROLES:
        register.add(role)


@hookimpl
def kleinschalig_register_facilities(register: FacilityRegister) -> None:
    """Register the facility."""
    register.add(FACILITY)


@hookimpl
def kleinschalig_register_facts(register: FactRegister) -> None:
    """Declare the facts this facility records beyond the core's fields (see ``facts.py``)."""
    from kleinschalig_kv_almelo.facts import FACTS

    for fact in FACTS:
        register.add(fact)


@hookimpl
def kleinschalig_register_intervention_logic(register: InterventionLogicRegister) -> None:
    """Register the facility's intervention logic."""
    register.add(FACILITY_CODE, INTERVENTION_LOGIC)


@hookimpl
def kleinschalig_register_criteria(register: CriterionRegister) -> None:
    """Register the facility's placement criteria."""
    for criterion in CRITERIA:
        register.add(criterion)


@hookimpl
def kleinschalig_register_workflows(register: WorkflowRegister) -> None:
    """Register the inflow workflow (see ``workflow.py``)."""
    from kleinschalig_kv_almelo.workflow import INFLOW

    register.add(INFLOW)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register the facility-specific indicators of appendix 4 (see ``indicators.py``)."""
    from kleinschalig_kv_almelo.indicators import INDICATORS

    for indicator in INDICATORS:
        register.add(indicator)
