"""The kleinschalig plugin of KV Krimpen aan den IJssel, 'De Compagnie II' (DC II).

De Compagnie began in early 2016 in PI Krimpen aan den IJssel, initiated by
Gevangenenzorg Nederland (GNd) [001:L1549-1551]. DC II adds extramural work on ZBBI
places on the same ward as the closed first phase, DC I [001:L1551-1567]. It was open
from January 2019 to 1 May 2020; from May 2020 the ward became DC IIa, a closed regime
with 28 places [001:L3556-3557], [001:L3586-3595]. Everything is taken from seed 001:
the plan evaluation (§2.3, L1545-1984), the realisation chapter (§3.3, L3517-3894) and
appendix 7 (L8365-8477).

Recorded choices (⚠), each also in the data:

* the remaining-sentence bounds 3-36 months [001:L1575] were revised to 6-24 months
  [001:L3569-3575] on a date the sources do not give; the switch is recorded on
  1 January 2020, and the distance rule [001:L1577], dropped in the same revision
  [001:L3577-3578], ends on 31 December 2019 (``CriterionVersion.note``);
* the 14 closed places are DC I places [001:L3526] but are also called "14 in DC II"
  [001:L3594]; the plan calls them BBI places [001:L1565-1566] (``CapacityEntry.reason``);
* DC II asked for 6 ZBBI places and DJI allocated 16 [001:L3654-3657];
* the plus programme [001:L1576] is read as the phase ``plusprogramma`` of
  ``gevangenisstraf``; a prison sentence without a recorded phase is unknown.

The inflow workflow (DC II, and DC IIa from 1 May 2020) is in ``workflow.py``; the
facility-specific indicators of appendix 4 are in ``indicators.py``; the facts the
case record has no field for (nationality, the urine check, the personal plan, the
buddy, the job at outflow, ...) are declared in ``facts.py`` and read by the criteria
and indicators by id (``kv-krimpen.<name>``).
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
    AnyOf,
    Compare,
    Contains,
    HoldsTitle,
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
DOMAIN = "kleinschalig_kv_krimpen"
LOCALE_DIR = Path(__file__).parent / "locale"

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-krimpen"

_ADULT = (Jurisdiction.ADULT,)

#: DC II opened in January 2019 (day not given) [001:L3586].
OPENED_ON = dt.date(2019, 1, 1)
#: From May 2020 the ward is DC IIa, a closed regime [001:L3556-3557], [001:L3586].
DC_IIA_FROM = dt.date(2020, 5, 1)
#: ⚠ Recorded date of the revision of the target group (not given in the sources).
REVISION = dt.date(2020, 1, 1)

# --------------------------------------------------------------------------------------
# Facility
# --------------------------------------------------------------------------------------

FACILITY = Facility(
    code=FACILITY_CODE,
    name="KV Krimpen aan den IJssel (De Compagnie II)",
    kind=FacilityKind.KV,
    security=SecurityLevel.ADULT_VERY_LIMITED,
    location=Location(
        municipality="Krimpen aan den IJssel",
        host_institution="PI Krimpen aan den IJssel, afdeling J",
    ),
    operator="PI Krimpen aan den IJssel (DJI) met Gevangenenzorg Nederland",
    target_group=TargetGroup(
        description=N_(
            "Mannelijke gedetineerden in een plusprogramma, groepsgeschikt en arbeidsgeschikt, "
            "die extramuraal kunnen werken, met een strafrestant van 3 tot en met 36 maanden "
            "(later 6 tot en met 24 maanden); bij voorkeur doorstroom uit De Compagnie I."
        ),
        jurisdiction=Jurisdiction.ADULT,
        sexes=(Sex.MALE,),
        sources=(
            cite("001:L1574-1588", N_("De toelatingscriteria van DC II.")),
            cite(
                "001:L2877-2879",
                N_(
                    "Mannelijke gedetineerden met een strafrestant van 3 tot 36 maanden die "
                    "extramuraal kunnen werken; instroom bij voorkeur vanuit DC I."
                ),
            ),
            cite(
                "001:L3569-3578",
                N_("De doelgroep is tussentijds op twee punten bijgesteld."),
            ),
        ),
    ),
    operating=OperatingPeriod(
        status=OperatingStatus.OPEN,
        opened_on=OPENED_ON,
        sources=(
            cite(
                "001:L3586-3588",
                N_(
                    "DC II was open van januari 2019 tot 1 mei 2020; daarna zijn de plaatsen "
                    "gevuld met gedetineerden in een gesloten regime."
                ),
            ),
            cite(
                "001:L3556-3557",
                N_("Vanaf mei 2020 is DC II doorontwikkeld tot een gesloten afdeling (DC IIa)."),
            ),
            cite(
                "001:L4915-4916",
                N_("KV Krimpen aan den IJssel is doorontwikkeld naar een gesloten regime."),
            ),
        ),
        note=N_(
            "DC II was open van januari 2019 tot 1 mei 2020 (001:L3586); vanaf mei 2020 is de "
            "afdeling als DC IIa een gesloten regime (001:L3556-3557, 001:L4915-4916). De KV is "
            "gemodelleerd als één voorziening die open blijft; de regimewissel staat in de "
            "gedateerde capaciteit. Het beveiligingsniveau van de voorziening is dat van DC II "
            "(ZBBI, 001:L1555-1557): het kernmodel kent geen gedateerd beveiligingsniveau. De "
            "openingsdag staat niet in de bron (1 januari 2019 gekozen), en of DC IIa na april "
            "2021 doorliep evenmin; de financiering was onzeker (001:L3720-3724)."
        ),
    ),
    sources=(
        cite(
            "001:L1549-1570",
            N_(
                "De Compagnie en DC II: extramurale arbeid op ZBBI-plaatsen, op dezelfde "
                "afdeling als de eerste fase."
            ),
        ),
        cite("001:L3519-3527", N_("Kernelementen van KV Krimpen aan den IJssel.")),
    ),
    capacity=(
        CapacityEntry(
            valid_from=OPENED_ON,
            valid_until=DC_IIA_FROM - dt.timedelta(days=1),
            pools=(
                PlacePool(
                    regime="gesloten",
                    places=14,
                    label=N_(
                        "De Compagnie I: gesloten plaatsen op de benedenste ring (in het plan "
                        "BBI-plaatsen)"
                    ),
                ),
                PlacePool(
                    regime="zbbi",
                    places=16,
                    label=N_("De Compagnie II: ZBBI-plaatsen op de bovenste ring"),
                ),
            ),
            reason=N_(
                "⚠ Afdeling J heeft 30 plaatsen: 14 voor De Compagnie I en 16 ZBBI-plaatsen voor "
                "DC II (001:L1565-1567, 001:L3526); de KV zelf bestaat uit de 16 ZBBI-plaatsen "
                "(001:L3526). Het plan noemt de 14 plaatsen BBI-plaatsen (001:L1565-1566), de "
                "realisatie noemt DC I een gesloten regime (001:L3523-3524, 001:L3549-3550); "
                "gekozen is het regime gesloten. Het projectplan vroeg 6 ZBBI-plaatsen aan, DJI "
                "wees er 16 toe; wat niet met doorstroom uit DC I gevuld werd, kreeg reguliere "
                "ZBBI-gedetineerden (001:L3654-3657, 001:L1757-1760)."
            ),
            sources=(
                cite(
                    "001:L1565-1567",
                    N_("Afdeling J: 14 BBI-plaatsen voor DC I en 16 ZBBI-plaatsen voor DC II."),
                ),
                cite(
                    "001:L3526",
                    N_("In de KV 16 ZBBI-plaatsen; op dezelfde afdeling 14 plaatsen voor DC I."),
                ),
                cite(
                    "001:L3654-3657",
                    N_("Zes plaatsen aangevraagd, zestien ZBBI-plaatsen door DJI toegewezen."),
                ),
            ),
        ),
        CapacityEntry(
            valid_from=DC_IIA_FROM,
            pools=(
                PlacePool(
                    regime="gesloten",
                    places=28,
                    label=N_("De Compagnie IIa: gesloten plaatsen, hele afdeling"),
                ),
            ),
            reason=N_(
                "⚠ Vanaf mei 2020 zijn de ZBBI-plaatsen gesloten en telt de afdeling 28 "
                "gesloten plaatsen (001:L3586-3595); vóór december 2020 waren alle plaatsen "
                "gevuld (001:L3587-3588). De bron spreekt van een toename van '14 in DC II' naar "
                "28 (001:L3594), terwijl de 14 gesloten plaatsen elders bij De Compagnie I horen "
                "(001:L3526, 001:L1565-1566); gelezen als dezelfde 14 plaatsen op de afdeling. "
                "Waarom 28 en niet 30 plaatsen zegt de bron niet."
            ),
            sources=(
                cite(
                    "001:L3590-3598",
                    N_(
                        "De 16 ZBBI-plaatsen zijn gesloten; de gesloten plaatsen nemen toe van 14 "
                        "naar 28 en de hele afdeling is gesloten."
                    ),
                ),
            ),
        ),
    ),
    accepted_titles=("gevangenisstraf",),
    aliases=("De Compagnie II", "DC II", "De Compagnie IIa"),
)

# --------------------------------------------------------------------------------------
# Local partner roles (the national roles cover the volunteers, employers, 3RO, ...)
# --------------------------------------------------------------------------------------

ROLES = (
    PartnerRole(
        code="kv-krimpen.gnd",
        label=N_("Gevangenenzorg Nederland (GNd)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L1549-1551",
                N_("GNd is de initiatiefnemer van De Compagnie."),
            ),
            cite(
                "001:L1777-1785",
                N_(
                    "GNd levert twee arbeidsconsulenten en een projectleider, administratieve "
                    "ondersteuning en begeleiding van vrijwilligers."
                ),
            ),
            cite(
                "001:L1744-1750",
                N_(
                    "De projectleider van GNd bespreekt de sollicitatie, spreekt de kandidaat en "
                    "stuurt de bevestigende brief."
                ),
            ),
            cite(
                "001:L3670-3671",
                N_("Een projectleider van de PI en een projectcoördinator van GNd leiden DC II."),
            ),
        ),
        responsibilities=N_(
            "Initiatiefnemer en mede-uitvoerder van De Compagnie: projectleider, twee "
            "arbeidsconsulenten, administratieve ondersteuning en de begeleiding van de "
            "vrijwilligers (buddy's); betrokken bij de instroom van kandidaten."
        ),
        note=N_(
            "De vrijwilligers van GNd vallen onder de landelijke rol vrijwilliger. Het plan "
            "noemt twee arbeidsconsulenten (001:L1677) en begroot 1,35 fte (001:L1861)."
        ),
    ),
    PartnerRole(
        code="kv-krimpen.afdelingshoofd",
        label=N_("Afdelingshoofd DC II (PI Krimpen aan den IJssel)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L1744-1747",
                N_(
                    "Het afdelingshoofd bespreekt de sollicitatie met de projectleider van GNd "
                    "en brengt haar in het MDO in."
                ),
            ),
        ),
        responsibilities=N_(
            "Bespreekt sollicitaties met de projectleider van GNd en brengt ze in bij het MDO "
            "van de PI."
        ),
    ),
    PartnerRole(
        code="kv-krimpen.mdo",
        label=N_("Multidisciplinair overleg (MDO) van PI Krimpen aan den IJssel"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L1745-1747",
                N_("In het MDO besluit de PI over de overplaatsing naar DC II."),
            ),
        ),
        responsibilities=N_("Besluit namens de PI over overplaatsing naar DC II."),
        note=N_(
            "De bron noemt 'de PI' als beslisser in het MDO (001:L1746-1747), niet de directie; "
            "daarom een eigen rol naast de landelijke rol pi_directie."
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Intervention logic (figure 2.3.1 is lost [001:L1632]; rebuilt from the prose)
# --------------------------------------------------------------------------------------

_POLICY_THEORY = cite(
    "001:L1903-1906",
    N_(
        "Versterken van beschermende factoren draagt bij aan resocialisatie, die de kans op "
        "recidive verlaagt."
    ),
)
_FACTORS = cite(
    "001:L1909-1913",
    N_(
        "DC II zet vooral in op opleiding/werk, houding/gedrag, sociaal netwerk en psychisch "
        "welbevinden."
    ),
)
_FACTORS_NOTE = N_(
    "Afgeleid: de bron verbindt de beschermende factoren via resocialisatie met minder "
    "recidive (001:L1903-1906) maar niet met afzonderlijke activiteiten of werkdoelen; de "
    "figuur ontbreekt (001:L1632)."
)
_GOALS = (
    "wd-betaalde-baan",
    "wd-basisvoorwaarden",
    "wd-sociaal-netwerk",
    "wd-leefklimaat",
    "wd-motivatie",
)


def _factor(code: str, label: str) -> InterventionNode:
    return InterventionNode(
        code=code,
        level=NodeLevel.WERKZAAM_ELEMENT,
        label=label,
        sources=(_FACTORS, cite("001:L3795-3796", N_("Bevestigd in de realisatie."))),
    )


def _activity(code: str, label: str, citation: str, explanation: str) -> InterventionNode:
    return InterventionNode(
        code=code,
        level=NodeLevel.ACTIVITEIT,
        label=label,
        sources=(cite(citation, explanation),),
    )


def _links(source: str, targets: tuple[str, ...], citation: str, explanation: str):
    return tuple(
        InterventionLink(source=source, target=target, sources=(cite(citation, explanation),))
        for target in targets
    )


INTERVENTION_LOGIC = InterventionLogic(
    nodes=(
        _factor("we-opleiding-werk", N_("Opleiding/werk")),
        _factor("we-houding-gedrag", N_("Houding/gedrag")),
        _factor("we-sociaal-netwerk", N_("Sociaal netwerk")),
        _factor("we-psychisch-welbevinden", N_("Psychisch welbevinden/zorg")),
        _activity(
            "act-compagnieplan-opstellen",
            N_("Zelf laten opstellen van Mijn CompagniePlan"),
            "001:L1641-1651",
            N_("Elke Compagnon stelt zelf een plan op met persoonlijke doelen."),
        ),
        _activity(
            "act-compagnieplan-uitvoeren",
            N_("Uitvoeren van Mijn CompagniePlan"),
            "001:L1653-1657",
            N_("De Compagnon voert het plan uit, gesteund door zijn buddy en stafleden van de PI."),
        ),
        _activity(
            "act-compagnieregels",
            N_("Naleven van de CompagnieRegels"),
            "001:L1659-1667",
            N_("Gedragsregels, een maandelijkse CompagnieRaad, rituelen en een looppas."),
        ),
        _activity(
            "act-extramurale-arbeid",
            N_("Extramurale arbeid"),
            "001:L1669-1675",
            N_("Compagnons op ZBBI-plaatsen kunnen buiten de PI werken."),
        ),
        _activity(
            "act-arbeidsconsulent",
            N_("Ondersteuning door de arbeidsconsulent"),
            "001:L1677-1685",
            N_("Twee arbeidsconsulenten leggen contact met werkgevers en helpen werk vinden."),
        ),
        _activity(
            "act-ondernemers",
            N_("Contact met regionale ondernemers"),
            "001:L1687-1697",
            N_("Lid van de ondernemerskring; vier tot vijf keer per jaar ondernemers in de PI."),
        ),
        _activity(
            "act-cursussen",
            N_("Cursussen, trainingen en thema-avonden"),
            "001:L1699-1711",
            N_(
                "Onder meer sollicitatietraining en de verplichte cursus Spreken over Slachtoffers."
            ),
        ),
        _activity(
            "act-buddys",
            N_("Ondersteuning door persoonlijke buddy's van GNd"),
            "001:L1713-1728",
            N_("Vrijwilligers van GNd zijn dagelijks aanwezig; elke twee weken een gesprek."),
        ),
        _activity(
            "act-sociaal-netwerk",
            N_("Betrekken van het sociaal netwerk"),
            "001:L1730-1736",
            N_("Eens per maand bezoek op de afdeling en dagelijks skypen."),
        ),
        InterventionNode(
            code="wd-betaalde-baan",
            level=NodeLevel.WERKDOEL,
            label=N_("Duurzame betaalde baan"),
            sources=(cite("001:L1598-1603", N_("Werkdoel duurzame betaalde baan.")),),
        ),
        InterventionNode(
            code="wd-basisvoorwaarden",
            level=NodeLevel.WERKDOEL,
            label=N_("Realiseren van de vijf basisvoorwaarden van DJI"),
            sources=(cite("001:L1605-1613", N_("Werkdoel vijf basisvoorwaarden.")),),
        ),
        InterventionNode(
            code="wd-sociaal-netwerk",
            level=NodeLevel.WERKDOEL,
            label=N_("Betrokkenheid van een ondersteunend sociaal netwerk"),
            sources=(cite("001:L1615-1620", N_("Werkdoel ondersteunend sociaal netwerk.")),),
        ),
        InterventionNode(
            code="wd-leefklimaat",
            level=NodeLevel.WERKDOEL,
            label=N_("Positief en activerend leefklimaat"),
            sources=(cite("001:L1622-1625", N_("Werkdoel positief leefklimaat.")),),
        ),
        InterventionNode(
            code="wd-motivatie",
            level=NodeLevel.WERKDOEL,
            label=N_("Motivatie voor werken aan de toekomst"),
            sources=(cite("001:L1627-1629", N_("Werkdoel motivatie.")),),
        ),
        InterventionNode(
            code="hd-arbeidsintegratie",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Succesvolle arbeidsintegratie"),
            sources=(cite("001:L1591-1592", N_("Hoofddoel 1 van DC II.")),),
        ),
        InterventionNode(
            code="hd-herstel-relaties",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Herstel van relaties"),
            sources=(cite("001:L1592", N_("Hoofddoel 2 van DC II.")),),
        ),
        InterventionNode(
            code="ed-recidive",
            level=NodeLevel.EINDDOEL,
            label=N_("Voorkomen van recidive"),
            sources=(cite("001:L1591", N_("Het einddoel van DC II.")),),
        ),
    ),
    links=(
        *(
            InterventionLink(
                source=code, target="ed-recidive", sources=(_POLICY_THEORY,), note=_FACTORS_NOTE
            )
            for code in (
                "we-opleiding-werk",
                "we-houding-gedrag",
                "we-sociaal-netwerk",
                "we-psychisch-welbevinden",
            )
        ),
        *_links(
            "act-compagnieplan-opstellen",
            _GOALS,
            "001:L1650-1651",
            N_("Het opstellen van het plan draagt bij aan alle werkdoelen."),
        ),
        *_links(
            "act-compagnieplan-uitvoeren",
            _GOALS,
            "001:L1656-1657",
            N_("Het uitvoeren van het plan draagt bij aan alle werkdoelen."),
        ),
        *_links(
            "act-compagnieregels",
            ("wd-leefklimaat",),
            "001:L1666-1667",
            N_("Draagt bij aan een positief, activerend leefklimaat."),
        ),
        *_links(
            "act-extramurale-arbeid",
            ("wd-betaalde-baan", "wd-basisvoorwaarden"),
            "001:L1674-1675",
            N_("Bouwt een duurzame arbeidsrelatie op en voorziet in inkomen, een basisvoorwaarde."),
        ),
        *_links(
            "act-arbeidsconsulent",
            ("wd-betaalde-baan", "wd-basisvoorwaarden", "wd-motivatie"),
            "001:L1683-1685",
            N_("Helpt een baan en inkomen te vinden en geeft hoop voor de toekomst."),
        ),
        *_links(
            "act-ondernemers",
            ("wd-betaalde-baan", "wd-motivatie"),
            "001:L1693-1697",
            N_("De bereidheid van werkgevers is bepalend; het contact motiveert."),
        ),
        *_links(
            "act-cursussen",
            ("wd-betaalde-baan", "wd-basisvoorwaarden", "wd-sociaal-netwerk", "wd-motivatie"),
            "001:L1709-1711",
            N_(
                "Vergroot de kans op een baan, de basisvoorwaarden, een ondersteunend netwerk en "
                "motivatie."
            ),
        ),
        *_links(
            "act-buddys",
            ("wd-betaalde-baan", "wd-basisvoorwaarden", "wd-sociaal-netwerk"),
            "001:L1724-1727",
            N_("Draagt bij aan werk, de basisvoorwaarden en relaties met het sociaal netwerk."),
        ),
        *_links(
            "act-buddys",
            ("wd-leefklimaat", "wd-motivatie"),
            "001:L1727-1728",
            N_("Het gelijkwaardige maatje draagt bij aan het leefklimaat en de motivatie."),
        ),
        *_links(
            "act-sociaal-netwerk",
            ("wd-sociaal-netwerk",),
            "001:L1732-1736",
            N_("Contact met het thuisfront houdt de relatie in stand als vangnet."),
        ),
        *_links(
            "wd-betaalde-baan",
            ("hd-arbeidsintegratie",),
            "001:L1600-1602",
            N_("Een betaalde baan leidt tot economische zelfredzaamheid en arbeidsintegratie."),
        ),
        InterventionLink(
            source="wd-betaalde-baan",
            target="hd-herstel-relaties",
            sources=(
                cite(
                    "001:L1602-1603",
                    N_("Met een betaalde baan vindt herstel naar de samenleving plaats."),
                ),
            ),
            note=N_(
                "De bron spreekt van herstel naar de samenleving; verbonden met het hoofddoel "
                "herstel van relaties (afgeleid)."
            ),
        ),
        InterventionLink(
            source="wd-basisvoorwaarden",
            target="hd-arbeidsintegratie",
            sources=(
                cite(
                    "001:L1605-1606",
                    N_("De basisvoorwaarden zijn voorwaarden voor re-integratie."),
                ),
            ),
            note=N_(
                "De bron noemt ze basisvoorwaarden voor re-integratie zonder hoofddoel; "
                "verbonden met arbeidsintegratie, het re-integratiedoel van DC II (afgeleid)."
            ),
        ),
        *_links(
            "wd-sociaal-netwerk",
            ("hd-herstel-relaties",),
            "001:L1617-1619",
            N_("Behoud of herstel van relaties met het netwerk vormt een sociaal vangnet."),
        ),
        *_links(
            "wd-leefklimaat",
            ("hd-arbeidsintegratie", "hd-herstel-relaties"),
            "001:L1624-1625",
            N_(
                "Compagnons kunnen zich beter richten op arbeidsintegratie en herstel van relaties."
            ),
        ),
        InterventionLink(
            source="wd-motivatie",
            target="ed-recidive",
            sources=(
                cite(
                    "001:L1627-1629",
                    N_("Motivatie om een toekomst zonder delicten op te bouwen is noodzakelijk."),
                ),
            ),
            note=N_(
                "De bron noemt motivatie een voorwaarde voor een delictvrije toekomst, zonder "
                "hoofddoel; daarom direct aan het einddoel verbonden (afgeleid)."
            ),
        ),
        *_links(
            "hd-arbeidsintegratie",
            ("ed-recidive",),
            "001:L1591-1593",
            N_("Het einddoel wordt bereikt door arbeidsintegratie en herstel van relaties."),
        ),
        *_links(
            "hd-herstel-relaties",
            ("ed-recidive",),
            "001:L1591-1593",
            N_("Het einddoel wordt bereikt door arbeidsintegratie en herstel van relaties."),
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Placement criteria: admission criteria of DC II [001:L1574-1588]
# --------------------------------------------------------------------------------------

HERE = CriterionScope(facilities=(FACILITY_CODE,))
_ADMISSION = N_("Toelatingscriteria van DC II.")
_MDO = cite(
    "001:L1742-1747",
    N_("De sollicitatie wordt besproken en in het MDO besluit de PI over overplaatsing."),
)
_REVISION_NOTE = N_(
    "⚠ De bronnen geven geen datum voor de bijstelling van de doelgroep ('tussentijds', "
    "001:L3569-3570). De planevaluatie, eind 2019 aan de projecten gegeven "
    "(001:L5134-5135), noemt nog de oorspronkelijke criteria (001:L1575, 001:L1577); de "
    "bijstelling staat pas in de evaluatie van de realisatie (interviews begin 2020 en "
    "voorjaar 2021, 001:L5145-5150, 001:L3538). Gekozen is 1 januari 2020 als eerste dag na "
    "de planevaluatie."
    " Er is geen afrondingsregel gekozen (de bronnen geven er geen): valt een "
    "grens op een niet-bestaande dag, zoals 31 mei plus 6 maanden, dan is de "
    "uitkomst onbekend."
)


def _judged(
    slug: str, label: str, citation: str, inputs: tuple[str, ...], description: str
) -> Criterion:
    """An admission criterion the sources leave to the MDO's judgement."""
    return Criterion(
        id=f"{FACILITY_CODE}.{slug}",
        label=label,
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(CriterionVersion(sources=(cite(citation, _ADMISSION), _MDO)),),
        description=description,
        inputs=inputs,
    )


CRITERIA = (
    Criterion(
        id="kv-krimpen.man",
        label=N_("Man"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1575", _ADMISSION),),
                rule=OneOf("sex", ("male",)),
            ),
        ),
    ),
    Criterion(
        id="kv-krimpen.strafrestant",
        label=N_("Strafrestant van 3 tot en met 36 maanden, later 6 tot en met 24 maanden"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L1575",
                        N_("Strafrestant van minimaal 3 en maximaal 36 maanden."),
                    ),
                    cite("001:L3520-3522", N_("Strafrestant van 3 tot 36 maanden.")),
                ),
                rule=SentenceWithin(
                    "remaining", minimum=Duration(months=3), maximum=Duration(months=36)
                ),
                valid_from=OPENED_ON,
                valid_until=REVISION - dt.timedelta(days=1),
                note=N_(
                    "'Minimaal … maximaal' (001:L1575) is gelezen als grenzen inclusief. Deze "
                    "versie geldt tot de bijstelling; de datum daarvan staat niet in de bronnen "
                    "(zie de volgende versie)."
                    " Er is geen afrondingsregel gekozen (de bronnen geven er geen): valt een "
                    "grens op een niet-bestaande dag, zoals 31 mei plus 6 maanden, dan is de "
                    "uitkomst onbekend."
                ),
            ),
            CriterionVersion(
                sources=(
                    cite(
                        "001:L3569-3575",
                        N_(
                            "Het strafrestant is ingeperkt tot 6 tot 24 maanden: detentiefasering "
                            "kan starten bij maximaal 18 maanden en bij 36 maanden is de motivatie "
                            "moeilijker vast te houden."
                        ),
                    ),
                ),
                rule=SentenceWithin(
                    "remaining", minimum=Duration(months=6), maximum=Duration(months=24)
                ),
                valid_from=REVISION,
                note=_REVISION_NOTE,
            ),
        ),
    ),
    Criterion(
        id="kv-krimpen.plusprogramma",
        label=N_("Gepromoveerd naar een plusprogramma"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1576", _ADMISSION),
                    cite(
                        "001:L1742-1743",
                        N_(
                            "Gedetineerden die gepromoveerd zijn naar een plusprogramma "
                            "solliciteren met een motivatiebrief."
                        ),
                    ),
                    cite(
                        "001:L3605-3607",
                        N_(
                            "Alleen gedetineerden in een plusprogramma ('groen' gedrag) konden "
                            "solliciteren."
                        ),
                    ),
                ),
                rule=HoldsTitle(("gevangenisstraf",), phase="plusprogramma"),
                note=N_(
                    "Een gevangenisstraf zonder vastgelegde fase is onbekend. DC IIa verkent ook "
                    "'niet-kunners' zonder plusprogramma (001:L3607-3608); dat is niet van kracht "
                    "geworden."
                ),
            ),
        ),
    ),
    _judged(
        "groepsgeschikt",
        N_("Groepsgeschikt"),
        "001:L1576",
        ("intake.group_suitable",),
        N_("Oordeel bij de sollicitatie en in het MDO."),
    ),
    Criterion(
        id="kv-krimpen.afstand-uitstroomgemeente",
        label=N_("Nazorg- of uitstroomgemeente op minder dan 100 km van Krimpen aan den IJssel"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1577", _ADMISSION),
                    cite(
                        "001:L1873-1874",
                        N_("Regiobinding door werk of woning is een van de selectiecriteria."),
                    ),
                    cite(
                        "001:L3577-3578",
                        N_(
                            "Het afstandsvereiste is losgelaten: een deel van de gedetineerden "
                            "stroomt niet uit naar de gemeente van herkomst."
                        ),
                    ),
                ),
                rule=Compare("intake.distance_to_outflow_municipality_km", "lt", 100),
                valid_from=OPENED_ON,
                valid_until=REVISION - dt.timedelta(days=1),
                note=N_(
                    "'Minder dan 100 km' (001:L1577) is strikt: 100 km voldoet niet. Het plan "
                    "meet vanaf de nazorg- of uitstroomgemeente, de realisatie spreekt van de "
                    "herkomstgemeente (001:L3577); gevolgd is het plan. Het vereiste is "
                    "losgelaten bij dezelfde bijstelling als het strafrestant; ⚠ de datum staat "
                    "niet in de bronnen, vastgelegd is 31 december 2019 als laatste dag."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-krimpen.nationaliteit-verblijfsvergunning",
        label=N_("Nederlandse nationaliteit of een verblijfsvergunning"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1578", _ADMISSION),
                    cite(
                        "001:L6683-6687",
                        N_(
                            "Bijlage 4 registreert bij instroom de nationaliteit en, indien van "
                            "toepassing, een Nederlandse verblijfsvergunning."
                        ),
                    ),
                ),
                rule=AnyOf(
                    (
                        Compare("kv-krimpen.nederlandse_nationaliteit", "eq", True),
                        Compare("kv-krimpen.verblijfsvergunning", "eq", True),
                    )
                ),
                note=N_(
                    "Leest de gedeclareerde feiten kv-krimpen.nederlandse_nationaliteit en "
                    "kv-krimpen.verblijfsvergunning. Eén van beide volstaat; zonder Nederlandse "
                    "nationaliteit en zonder vastgelegde vergunning is de uitkomst onbekend."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-krimpen.nederlandse-taal",
        label=N_("Voldoende beheersing van de Nederlandse taal"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1579", _ADMISSION),),
                rule=Contains("intake.languages", "nl"),
                note=N_(
                    "Gelezen als: Nederlands staat bij de talen in het dossier; het niveau "
                    "'voldoende' is niet vastgelegd."
                ),
            ),
        ),
    ),
    _judged(
        "bereid-tot-groepswerk",
        N_("Bereid om in een groep met andere gedetineerden aan de toekomst te werken"),
        "001:L1580",
        ("intake.group_suitable", "intake.motivated"),
        N_("Oordeel bij de sollicitatie en in het MDO."),
    ),
    Criterion(
        id="kv-krimpen.akkoord-programma",
        label=N_("Akkoord met deelname aan alle programmaonderdelen van DC II"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1581", _ADMISSION),),
                rule=Compare("kv-krimpen.akkoord_programma", "eq", True),
                note=N_(
                    "Leest het gedeclareerde feit kv-krimpen.akkoord_programma: of de "
                    "gedetineerde akkoord is gegaan, een vast te leggen ja of nee."
                ),
            ),
        ),
    ),
    _judged(
        "motivatie",
        N_("Gemotiveerd om intensief te werken aan een succesvolle terugkeer"),
        "001:L1582",
        ("intake.motivated",),
        N_("Oordeel op basis van de motivatiebrief, het gesprek en het MDO (001:L1742-1747)."),
    ),
    _judged(
        "arbeidsgeschikt",
        N_("Arbeidsgeschikt en bereid toe te werken naar een betaalde baan"),
        "001:L1583",
        (
            "kv-krimpen.arbeidsgeschikt",
            "kv-krimpen.bereid_betaalde_arbeid",
            "daytime_activity.kind",
        ),
        N_(
            "Oordeel bij de sollicitatie en in het MDO (001:L1742-1747). De professional ziet de "
            "geregistreerde feiten arbeidsgeschikt en bereid betaalde arbeid uit te voeren "
            "(bijlage 4, 001:L6699-6701) en de huidige dagbesteding; geschiktheid en "
            "bereidheid 'in aanvang' blijven een oordeel, zoals groepsgeschiktheid en motivatie."
        ),
    ),
    _judged(
        "eigen-initiatief",
        N_("Toont eigen initiatief voor samenwerking op DC II en voorbereiding op terugkeer"),
        "001:L1584-1586",
        (),
        N_(
            "Oordeel bij de sollicitatie en in het MDO (001:L1742-1747): eigen initiatief is een "
            "houding, geen vast te leggen waarde; bijlage 4 registreert het niet "
            "(001:L6637-6715)."
        ),
    ),
    Criterion(
        id="kv-krimpen.zedendelict",
        label=N_("Gedetineerd na een veroordeling voor een zedendelict"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1587", _ADMISSION),
                    cite(
                        "001:L3665-3667",
                        N_("Zedendelinquenten zijn uitgesloten van deelname aan DC II."),
                    ),
                ),
                rule=OneOf("intake.offence_type", ("sexual",)),
                note=N_(
                    "Gelezen uit het delicttype in het dossier: het delict waarvoor de persoon "
                    "gedetineerd is."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-krimpen.geen-middelengebruik",
        label=N_(
            "Geen gebruik van gedragsbeïnvloedende middelen; minstens laatste urinecontrole schoon"
        ),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L1588",
                        N_(
                            "Geen gebruik van gedragsbeïnvloedende middelen, minimaal de laatste "
                            "urinecontrole schoon."
                        ),
                    ),
                    cite(
                        "001:L1933",
                        N_("Middelengebruik is een exclusiecriterium voor de doelgroep."),
                    ),
                ),
                rule=Compare("kv-krimpen.laatste_urinecontrole_schoon", "eq", True),
                note=N_(
                    "⚠ keuze: gelezen als de controleerbare ondergrens die de bron zelf noemt, "
                    "'minimaal laatste Urine Controle schoon' (001:L1588); de regel leest het "
                    "gedeclareerde feit kv-krimpen.laatste_urinecontrole_schoon (bijzonder "
                    "persoonsgegeven). Verslavingsproblematiek (intake.addiction_problems) is "
                    "geen gebruik en telt niet mee; gebruik dat buiten de urinecontrole bekend is, "
                    "weegt het MDO, dat over de plaatsing besluit (001:L1745-1747)."
                ),
            ),
        ),
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
    """Declare the facts Krimpen records beyond the core's fields (see ``facts.py``)."""
    from kleinschalig_kv_krimpen.facts import FACTS

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
    from kleinschalig_kv_krimpen.workflow import INFLOW

    register.add(INFLOW)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register the facility-specific indicators of appendix 4 (see ``indicators.py``)."""
    from kleinschalig_kv_krimpen.indicators import INDICATORS

    for indicator in INDICATORS:
        register.add(indicator)
