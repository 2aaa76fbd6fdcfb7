"""The kleinschalig plugin of KV Amsterdam, the 'PI-BW' (never opened).

PI-BW combines detention (PI) with sheltered or supported housing (beschermd/begeleid
wonen, BW) for sentenced men with high care needs [001:L1067-1073]. The business case
dates from 26 June 2019 [001:L1057-1064]; DJI head office refused to let it go ahead,
so it never received anyone [001:L3391-3411]. Everything is taken from seed 001: the
plan evaluation (§2.2, L1055-1541) and the realisation chapter (§3.2, L3351-3514).

Because the facility never opened, the core criterion ``core.facility-open`` blocks
every screening; the criteria below record the plan as it was written.

Recorded choices (⚠), each also in the data:

* the sentence bound: "veroordeeld tot twee tot acht maanden onvoorwaardelijke
  vrijheidsstraf" [001:L1103] (the imposed sentence) is followed rather than the
  summaries' "strafrestant 2-8 maanden" [001:L2873], [001:L3354]; bounds inclusive;
* the contra-indications [001:L1105-1118] are encoded as fixed contra-indications;
* the operator: Exodus [001:L3386-3389], where the plan still spoke of a contractor
  to be identified [001:L1341-1351];
* "vaker gedetineerd" [001:L1086]: at least one earlier detention (declared fact), not
  the summaries' "herhaaldelijk recidiveren" [001:L3354-3357];
* registration in Amsterdam [001:L1436-1439] is a declared fact, no longer read from
  the residence municipality.

The facts the case record lacks are declared in ``facts.py``; the planned inflow
workflow (never carried out) is in ``workflow.py``; the facility-specific indicators
of appendix 4 are in ``indicators.py``.
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
    LegalSource,
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
from kleinschalig.model.conditions import All, AnyOf, Compare, OneOf, SentenceWithin
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
from kleinschalig_kv_amsterdam.facts import (
    EERDERE_DETENTIES,
    FACTS,
    INGESCHREVEN_AMSTERDAM,
    LOPEND_ZORGTRAJECT,
    SNAP_EN_DOEVERMOGEN,
    WEEGCOMMISSIE_AKKOORD,
)

#: This plugin's gettext domain, and the directory holding
#: ``<lang>/LC_MESSAGES/<domain>.mo``.
DOMAIN = "kleinschalig_kv_amsterdam"
LOCALE_DIR = Path(__file__).parent / "locale"

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-amsterdam"

_ADULT = (Jurisdiction.ADULT,)

#: The date of the business case; the planned capacity is dated from it.
BUSINESS_CASE = dt.date(2019, 6, 26)

# --------------------------------------------------------------------------------------
# Facility
# --------------------------------------------------------------------------------------

FACILITY = Facility(
    code=FACILITY_CODE,
    name="KV Amsterdam (PI-BW)",
    kind=FacilityKind.KV,
    security=SecurityLevel.ADULT_LIMITED,
    location=Location(municipality="Amsterdam"),
    operator="Exodus (beoogd)",
    target_group=TargetGroup(
        description=N_(
            "Mannelijke afgestrafte gedetineerden die vaker gedetineerd zijn geweest, een hoge "
            "zorgbehoefte en een 'beperkt snap- en doevermogen' hebben, perspectief hebben in "
            "de gemeente Amsterdam en veroordeeld zijn tot twee tot acht maanden "
            "onvoorwaardelijke vrijheidsstraf. Plaatsing zou gebeuren door uitplaatsing uit "
            "een PI op grond van artikel 43 lid 3 Pbw."
        ),
        jurisdiction=Jurisdiction.ADULT,
        sexes=(Sex.MALE,),
        sources=(
            cite("001:L1084-1103", N_("De doelgroep van de PI-BW.")),
            cite(
                "001:L1221-1222",
                N_(
                    "Plaatsing via het bestaande uitplaatsingsproces uit een PI op basis van "
                    "artikel 43 lid 3 Pbw."
                ),
            ),
            LegalSource(
                law="Penitentiaire beginselenwet",
                short_name="Pbw",
                bwb_id="BWBR0009709",
                article="43",
                paragraph="3",
                explanation=N_("Beoogde grondslag voor de uitplaatsing naar de PI-BW."),
            ),
        ),
    ),
    operating=OperatingPeriod(
        status=OperatingStatus.NEVER_OPENED,
        sources=(
            cite(
                "001:L1057-1061",
                N_(
                    "De businesscase is in de zomer van 2019 opgesteld; bij de planevaluatie was "
                    "onbekend wanneer de instroom zou starten."
                ),
            ),
            cite(
                "001:L3391-3411",
                N_(
                    "De hoofddirectie van DJI gaf geen toestemming; de KV is niet in uitvoering "
                    "gegaan en er was geen instroom."
                ),
            ),
            cite("001:L4912-4913", N_("KV Amsterdam is niet gerealiseerd.")),
        ),
        note=N_(
            "Nooit geopend. DJI weigerde omdat DJI de verantwoordelijkheid voor een "
            "detentievoorziening niet aan een externe partij kan mandateren, omdat de opzet te "
            "weinig vernieuwend was en omdat een brede uitleg van artikel 43 lid 3 Pbw onder "
            "druk stond (001:L3397-3411). Het besluit kwam onvoorzien, al was DJI bij de "
            "voorbereiding betrokken (001:L3392-3395)."
        ),
    ),
    sources=(
        cite(
            "001:L1067-1078",
            N_(
                "De PI-BW: detentie ingebed in lokale zorg- en welzijnsvoorzieningen, "
                "gecoördineerd door het Actiecentrum Veiligheid en Zorg."
            ),
        ),
        cite("001:L3353-3364", N_("Kernelementen van KV Amsterdam.")),
    ),
    capacity=(
        CapacityEntry(
            valid_from=BUSINESS_CASE,
            pools=(
                PlacePool(regime="kv", places=15, label=N_("Cellen voor gedetineerden")),
                PlacePool(
                    regime="wmo_bridging",
                    places=4,
                    label=N_("Overbrugging naar beschermd/begeleid wonen (Wmo)"),
                ),
                PlacePool(regime="flexibel", places=5, label=N_("Flexibele plaatsen")),
            ),
            reason=N_(
                "Geplande capaciteit uit de businesscase van 26 juni 2019: 24 cellen over twee "
                "of drie vleugels (001:L1064, 001:L1075-1077, 001:L3359-3360). Nooit "
                "gerealiseerd (001:L3410-3411); de datum is die van de businesscase, geen "
                "openingsdatum."
            ),
            sources=(
                cite(
                    "001:L1075-1077",
                    N_(
                        "24 cellen: 15 voor gedetineerden, 4 voor overbrugging naar "
                        "beschermd/begeleid wonen op Wmo-financiering en 5 flexibel."
                    ),
                ),
                cite("001:L1064", N_("De businesscase PI-BW is van 26 juni 2019.")),
                cite("001:L3359-3360", N_("In het projectplan 24 plaatsen: 15, 4 en 5.")),
            ),
        ),
    ),
    accepted_titles=("gevangenisstraf", "pbw.43.3"),
    aliases=("PI-BW",),
)

# --------------------------------------------------------------------------------------
# Local partner roles (the national roles cover DIZ, OM, 3RO, politie, veiligheidshuis, ...)
# --------------------------------------------------------------------------------------

ROLES = (
    PartnerRole(
        code="kv-amsterdam.weegcommissie",
        label=N_("Weegcommissie van de PI-BW"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L1235-1244",
                N_(
                    "Als alle leden akkoord zijn gaat het advies naar DIZ; leden: "
                    "vrijhedencommissie PI, OM en 3RO, met input van de politie."
                ),
            ),
            cite(
                "001:L1299-1303",
                N_("De weegcommissie beoordeelt en accordeert de uitplaatsing uit de PI."),
            ),
        ),
        responsibilities=N_(
            "Beoordeelt en accordeert de uitplaatsing uit de PI naar de PI-BW; het advies gaat "
            "alleen naar DIZ als alle leden akkoord zijn."
        ),
        note=N_(
            "Leden: de vrijhedencommissie van de PI (verantwoorde uitplaatsing), het OM "
            "(slachtofferbelangen en ongestoorde tenuitvoerlegging) en 3RO (risicotaxatie, "
            "delictanalyse, coördinatie), met input van de politie over adres, slachtoffers en "
            "mededaders (001:L1236-1244)."
        ),
    ),
    PartnerRole(
        code="kv-amsterdam.exodus",
        label=N_("Exodus (beoogde uitvoerder van de PI-BW)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L3386-3392",
                N_(
                    "Met de uitvoerende organisatie Exodus, aanbieder van beschermd wonen, zijn "
                    "facilitaire en personele aspecten uitgewerkt."
                ),
            ),
            cite(
                "001:L1341-1351",
                N_(
                    "In het plan: een nog nader te identificeren opdrachtnemer (zorgpartner) "
                    "voor veiligheid, leefklimaat en het plan van aanpak bij prioriteitsgroepen."
                ),
            ),
            cite(
                "001:L1455-1456",
                N_(
                    "JC Zaanstad en de aanbieder van beschermd wonen leveren begeleidend en "
                    "beveiligend personeel."
                ),
            ),
        ),
        responsibilities=N_(
            "Zou de PI-BW uitvoeren: pand, begeleidend en beveiligend personeel, veiligheid en "
            "leefklimaat."
        ),
        note=N_(
            "⚠ Het plan noemt nog een 'nader te identificeren opdrachtnemer (zorgpartner)' "
            "(001:L1341-1351); de realisatie noemt Exodus als uitvoerende organisatie "
            "(001:L3386-3389). DJI wees uitvoering door een andere partij dan DJI af "
            "(001:L3397-3401)."
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Intervention logic (figure 2.2.1 is lost [001:L1162]; rebuilt from the prose)
# --------------------------------------------------------------------------------------

_POLICY_THEORY = cite(
    "001:L1466-1469",
    N_(
        "Versterken van beschermende factoren draagt bij aan resocialisatie, die de kans op "
        "recidive verlaagt."
    ),
)
_FACTORS = cite(
    "001:L1469-1476",
    N_(
        "De PI-BW zet vooral in op opleiding/werk, woonsituatie, houding/gedrag, sociaal "
        "netwerk en psychisch welbevinden."
    ),
)
_FACTORS_NOTE = N_(
    "Afgeleid: de bron verbindt de beschermende factoren via resocialisatie met minder "
    "recidive (001:L1466-1469) maar niet met afzonderlijke activiteiten of werkdoelen; de "
    "figuur ontbreekt (001:L1162)."
)
_RECIDIVE = cite(
    "001:L1121-1124",
    N_("Het tweeledige einddoel wordt bereikt via de drie hoofddoelen."),
)


def _factor(code: str, label: str, description: str = "") -> InterventionNode:
    return InterventionNode(
        code=code,
        level=NodeLevel.WERKZAAM_ELEMENT,
        label=label,
        sources=(_FACTORS,),
        description=description,
    )


_GOALS = (
    "wd-continuiteit",
    "wd-sociaal-functioneren",
    "wd-sociaal-netwerk",
    "wd-hulpverleningsrelaties",
    "wd-motivatie",
)

INTERVENTION_LOGIC = InterventionLogic(
    nodes=(
        _factor("we-opleiding-werk", N_("Opleiding/werk")),
        _factor("we-woonsituatie", N_("Woonsituatie")),
        _factor("we-houding-gedrag", N_("Houding/gedrag")),
        _factor(
            "we-sociaal-netwerk",
            N_("Sociaal netwerk"),
            N_(
                "⚠ Het plan noemt het sociaal netwerk als focus (001:L1473-1474); het kader "
                "'Uit de planevaluatie' in de realisatie laat het weg (001:L3472-3473). "
                "Gevolgd is de planevaluatie."
            ),
        ),
        _factor("we-psychisch-welbevinden", N_("Psychisch welbevinden/zorg")),
        InterventionNode(
            code="act-plan-van-aanpak",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Opstellen en uitvoeren van het plan van aanpak"),
            sources=(
                cite(
                    "001:L1171-1176",
                    N_(
                        "3RO stelt met ketenpartners een integraal plan van aanpak op, op basis "
                        "van de RISC."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-voortzetting-werk",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Voortzetting van werk, dagbesteding, opleiding en zorgtrajecten"),
            sources=(
                cite(
                    "001:L1178-1182",
                    N_("De gedetineerde behoudt of bouwt werk, opleiding of zorg op."),
                ),
            ),
        ),
        InterventionNode(
            code="act-sociaal-netwerk",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Inzet van het sociaal netwerk bij de begeleiding"),
            sources=(
                cite(
                    "001:L1184-1188",
                    N_("Het netwerk is betrokken bij het plan en mag de PI-BW binnenkomen."),
                ),
            ),
        ),
        InterventionNode(
            code="act-herstelbemiddeling",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Herstelbemiddeling"),
            sources=(
                cite(
                    "001:L1190-1196",
                    N_(
                        "Herstelgerichte interventies zoals mediation, als het slachtoffer dat wil."
                    ),
                ),
            ),
        ),
        InterventionNode(
            code="act-lokale-hulpverlening",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Ondersteuning door hulpverlening uit het lokale veld"),
            sources=(
                cite(
                    "001:L1198-1203",
                    N_("Lokale hulpverleners komen de PI-BW binnen en lopen na detentie door."),
                ),
            ),
        ),
        InterventionNode(
            code="act-coachende-begeleiding",
            level=NodeLevel.ACTIVITEIT,
            label=N_("Intensieve coachende begeleiding"),
            sources=(
                cite(
                    "001:L1205-1215",
                    N_("Begeleiding met relationeel beveiligen en de presentiefilosofie."),
                ),
            ),
        ),
        InterventionNode(
            code="wd-continuiteit",
            level=NodeLevel.WERKDOEL,
            label=N_("Continuïteit van werk, dagbesteding, opleiding of zorgtraject"),
            sources=(cite("001:L1127-1133", N_("Werkdoel continuïteit.")),),
        ),
        InterventionNode(
            code="wd-sociaal-functioneren",
            level=NodeLevel.WERKDOEL,
            label=N_("Sociaal functioneren verhogen en herstel van relaties"),
            sources=(cite("001:L1135-1140", N_("Werkdoel sociaal functioneren.")),),
        ),
        InterventionNode(
            code="wd-sociaal-netwerk",
            level=NodeLevel.WERKDOEL,
            label=N_("Betrokkenheid van een ondersteunend sociaal netwerk"),
            sources=(cite("001:L1142-1145", N_("Werkdoel ondersteunend sociaal netwerk.")),),
        ),
        InterventionNode(
            code="wd-hulpverleningsrelaties",
            level=NodeLevel.WERKDOEL,
            label=N_("Duurzame hulpverleningsrelaties"),
            sources=(cite("001:L1147-1151", N_("Werkdoel duurzame hulpverleningsrelaties.")),),
        ),
        InterventionNode(
            code="wd-motivatie",
            level=NodeLevel.WERKDOEL,
            label=N_("Motivatie voor begeleiding"),
            sources=(cite("001:L1153-1155", N_("Werkdoel motivatie voor begeleiding.")),),
        ),
        InterventionNode(
            code="hd-participatie",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Maatschappelijke participatie bevorderen"),
            sources=(cite("001:L1122-1123", N_("Hoofddoel 1 van de PI-BW.")),),
        ),
        InterventionNode(
            code="hd-zorgcontinuiteit",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Continuïteit van zorg"),
            sources=(cite("001:L1123", N_("Hoofddoel 2 van de PI-BW.")),),
        ),
        InterventionNode(
            code="hd-herstel",
            level=NodeLevel.HOOFDDOEL,
            label=N_("Herstel naar slachtoffer en maatschappij"),
            sources=(cite("001:L1123", N_("Hoofddoel 3 van de PI-BW.")),),
        ),
        InterventionNode(
            code="ed-recidive",
            level=NodeLevel.EINDDOEL,
            label=N_("Voorkomen van recidive"),
            sources=(cite("001:L1121", N_("Het einddoel is tweeledig: recidive en vergelding.")),),
        ),
        InterventionNode(
            code="ed-vergelding",
            level=NodeLevel.EINDDOEL,
            label=N_("Vergelding"),
            sources=(
                cite("001:L1121", N_("Het einddoel is tweeledig: recidive en vergelding.")),
                cite(
                    "001:L2838-2840",
                    N_("Alleen KV Amsterdam voegde het einddoel vergelding toe."),
                ),
            ),
        ),
    ),
    links=(
        *(
            InterventionLink(
                source=code, target="ed-recidive", sources=(_POLICY_THEORY,), note=_FACTORS_NOTE
            )
            for code in (
                "we-opleiding-werk",
                "we-woonsituatie",
                "we-houding-gedrag",
                "we-sociaal-netwerk",
                "we-psychisch-welbevinden",
            )
        ),
        *(
            InterventionLink(
                source="act-plan-van-aanpak",
                target=goal,
                sources=(
                    cite(
                        "001:L1175-1176",
                        N_("Het plan draagt bij aan alle vijf de werkdoelen."),
                    ),
                ),
            )
            for goal in _GOALS
        ),
        *(
            InterventionLink(
                source="act-voortzetting-werk",
                target=goal,
                sources=(
                    cite(
                        "001:L1181-1182",
                        N_("Draagt bij aan sociaal functioneren en motivatie voor de toekomst."),
                    ),
                ),
            )
            for goal in ("wd-sociaal-functioneren", "wd-motivatie")
        ),
        *(
            InterventionLink(
                source="act-sociaal-netwerk",
                target=goal,
                sources=(
                    cite(
                        "001:L1186-1188",
                        N_(
                            "Draagt bij aan sociaal functioneren, een ondersteunend netwerk en "
                            "motivatie."
                        ),
                    ),
                ),
            )
            for goal in ("wd-sociaal-functioneren", "wd-sociaal-netwerk", "wd-motivatie")
        ),
        InterventionLink(
            source="act-herstelbemiddeling",
            target="wd-sociaal-functioneren",
            sources=(
                cite(
                    "001:L1191-1192",
                    N_("Herstelbemiddeling ontwikkelt de sociale vaardigheden."),
                ),
            ),
        ),
        InterventionLink(
            source="act-herstelbemiddeling",
            target="hd-herstel",
            sources=(
                cite(
                    "001:L1192-1194",
                    N_("Beter sociaal functioneren draagt bij aan herstel naar de maatschappij."),
                ),
            ),
        ),
        InterventionLink(
            source="act-herstelbemiddeling",
            target="wd-sociaal-netwerk",
            sources=(
                cite(
                    "001:L1194-1195",
                    N_("Herstel draagt bij aan de betrokkenheid van het sociale netwerk."),
                ),
            ),
        ),
        InterventionLink(
            source="act-lokale-hulpverlening",
            target="wd-hulpverleningsrelaties",
            sources=(
                cite(
                    "001:L1200-1203",
                    N_("Lokale hulpverlening bouwt duurzame hulpverleningsrelaties op."),
                ),
            ),
        ),
        *(
            InterventionLink(
                source="act-coachende-begeleiding",
                target=goal,
                sources=(
                    cite(
                        "001:L1213-1215",
                        N_(
                            "Beoogd: motivatie voor begeleiding, beter sociaal functioneren en "
                            "continuïteit van werk, opleiding of zorg."
                        ),
                    ),
                ),
            )
            for goal in ("wd-motivatie", "wd-sociaal-functioneren", "wd-continuiteit")
        ),
        *(
            InterventionLink(
                source="wd-continuiteit",
                target=goal,
                sources=(
                    cite(
                        "001:L1129-1133",
                        N_(
                            "Continuïteit bevordert participatie en is een begin van herstel "
                            "richting de maatschappij."
                        ),
                    ),
                ),
            )
            for goal in ("hd-participatie", "hd-herstel")
        ),
        *(
            InterventionLink(
                source="wd-sociaal-functioneren",
                target=goal,
                sources=(
                    cite(
                        "001:L1137-1140",
                        N_(
                            "Draagt bij aan participatie, het voortzetten van zorgtrajecten en "
                            "herstel van relaties."
                        ),
                    ),
                ),
            )
            for goal in ("hd-participatie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
        *(
            InterventionLink(
                source="wd-sociaal-netwerk",
                target=goal,
                sources=(
                    cite(
                        "001:L1143-1145",
                        N_("Het netwerk stimuleert participatie, zorgcontinuïteit en herstel."),
                    ),
                ),
            )
            for goal in ("hd-participatie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
        *(
            InterventionLink(
                source="wd-hulpverleningsrelaties",
                target=goal,
                sources=(
                    cite(
                        "001:L1147-1151",
                        N_(
                            "Doorlopende hulpverlening steunt zorgtrajecten, participatie en "
                            "herstel naar slachtoffers en maatschappij."
                        ),
                    ),
                ),
            )
            for goal in ("hd-zorgcontinuiteit", "hd-participatie", "hd-herstel")
        ),
        InterventionLink(
            source="wd-motivatie",
            target="ed-recidive",
            sources=(
                cite(
                    "001:L1153-1155",
                    N_("Motivatie om een toekomst zonder delicten op te bouwen is noodzakelijk."),
                ),
            ),
            note=N_(
                "De bron noemt motivatie een voorwaarde voor een delictvrije toekomst, zonder "
                "hoofddoel; daarom direct aan het einddoel verbonden (afgeleid)."
            ),
        ),
        *(
            InterventionLink(source=goal, target="ed-recidive", sources=(_RECIDIVE,))
            for goal in ("hd-participatie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
        *(
            InterventionLink(
                source=goal,
                target="ed-vergelding",
                sources=(_RECIDIVE,),
                note=N_(
                    "De tekst verbindt de drie hoofddoelen met het tweeledige einddoel als "
                    "geheel (001:L1121-1124); de figuur ontbreekt (001:L1162), dus ook met "
                    "vergelding (afgeleid)."
                ),
            )
            for goal in ("hd-participatie", "hd-zorgcontinuiteit", "hd-herstel")
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Placement criteria: target group [001:L1084-1103], contra-indications [001:L1105-1118]
# --------------------------------------------------------------------------------------

HERE = CriterionScope(facilities=(FACILITY_CODE,))
_TARGET_GROUP = N_("Doelgroep van de PI-BW.")
_CONTRA = N_("Contra-indicaties voor plaatsing in de PI-BW.")
_SCREENING = cite(
    "001:L1227-1233",
    N_(
        "Screening bij aanvang detentie in het MDO, met een actuele risicotaxatie van 3RO en "
        "een motivatiegesprek waarbij een LVB-deskundige aanwezig is."
    ),
)
_FIXED_NOTE = N_(
    "De bron maakt geen onderscheid tussen vaststaande en te wegen contra-indicaties "
    "(001:L1105); gekozen is vaststaand, omdat zij plaatsing in de PI-BW uitsluiten."
)


def _requirement(
    slug: str, label: str, citation: str, inputs: tuple[str, ...] = (), description: str = ""
) -> Criterion:
    """A target-group requirement the sources leave to the screening professionals."""
    return Criterion(
        id=f"{FACILITY_CODE}.{slug}",
        label=label,
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(CriterionVersion(sources=(cite(citation, _TARGET_GROUP), _SCREENING)),),
        description=description,
        inputs=inputs,
    )


CRITERIA = (
    Criterion(
        id="kv-amsterdam.man",
        label=N_("Man"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1084", _TARGET_GROUP),),
                rule=OneOf("sex", ("male",)),
            ),
        ),
    ),
    _requirement(
        "meerdere-leefgebieden",
        N_("Problemen op meerdere leefgebieden"),
        "001:L1085",
        ("life_domains", "basisvoorwaarden"),
        N_("Oordeel bij de screening; de bron geeft geen drempel."),
    ),
    Criterion(
        id="kv-amsterdam.vaker-gedetineerd",
        label=N_("Vaker gedetineerd geweest"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1086", _TARGET_GROUP),
                    cite(
                        "001:L3354-3357",
                        N_(
                            "De realisatie spreekt van gedetineerden die herhaaldelijk recidiveren."
                        ),
                    ),
                    _SCREENING,
                ),
                rule=Compare(EERDERE_DETENTIES, "ge", 1),
                note=N_(
                    "⚠ keuze: 'vaker gedetineerd zijn geweest' (001:L1086) is gelezen als "
                    "minstens één detentie vóór de huidige, zodat de huidige detentie er minstens "
                    "de tweede is. De samenvattingen spreken van 'herhaaldelijk recidiveren' "
                    "(001:L3354-3357, 001:L2873-2874); dat gaat over delicten, niet over "
                    "detenties, en is niet als aparte regel opgenomen. Gevolgd is de "
                    "doelgroepbeschrijving."
                ),
            ),
        ),
    ),
    _requirement(
        "zorgtraject-of-zorgbehoefte",
        N_("Volgt een zorgtraject of heeft een hoge zorgbehoefte"),
        "001:L1087-1089",
        (
            "daytime_activity.kind",
            LOPEND_ZORGTRAJECT,
            "intake.care_problems",
            "intake.extra_care_need",
        ),
        N_(
            "Oordeel bij de screening; 'hoge zorgbehoefte' heeft geen drempel in de bron. Een "
            "lopend zorgtraject is vast te leggen (kv-amsterdam.lopend_zorgtraject), maar het "
            "alternatief, een hoge zorgbehoefte, blijft een oordeel; daarom geen regel."
        ),
    ),
    _requirement(
        "beperkt-snap-en-doevermogen",
        N_("Beperkt snap- en doevermogen"),
        "001:L1090-1092",
        (SNAP_EN_DOEVERMOGEN, "intake.intellectual_disability", "intake.addiction_problems"),
        N_(
            "Door een (licht) verstandelijke beperking, maar ook door jaren instabiel leven of "
            "middelengebruik; oordeel bij de screening, met een LVB-deskundige bij het gesprek "
            "(001:L1230-1233). De bevinding wordt vastgelegd als "
            "kv-amsterdam.beperkt_snap_en_doevermogen; de bron geeft geen toets, dus geen regel."
        ),
    ),
    _requirement(
        "dagbesteding",
        N_("Volgt opleiding, werk, dagbesteding of zorgtraject, of kan dat in detentie starten"),
        "001:L1093-1095",
        ("daytime_activity.kind",),
        N_(
            "Ook wie een activiteit tijdens detentie kan starten voldoet; dat is een oordeel "
            "en daarom geen regel."
        ),
    ),
    _requirement(
        "oefenen-met-vrijheden",
        N_("Heeft baat bij oefenen met vrijheden in de gestructureerde omgeving van detentie"),
        "001:L1096",
        (),
        N_(
            "Oordeel bij de screening: of iemand baat heeft bij oefenen met vrijheden is een "
            "afweging, geen vast te leggen waarde."
        ),
    ),
    Criterion(
        id="kv-amsterdam.ingeschreven-amsterdam",
        label=N_("Ingeschreven in de gemeente Amsterdam"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L1436-1439",
                        N_(
                            "De PI-BW richt zich op gedetineerden die in de gemeente Amsterdam "
                            "ingeschreven staan en zo toegang hebben tot de lokale Wmo."
                        ),
                    ),
                ),
                rule=Compare(INGESCHREVEN_AMSTERDAM, "eq", True),
                note=N_(
                    "⚠ keuze: de bron spreekt van inschrijving in de gemeente (001:L1436-1439); "
                    "die wordt gelezen uit het eigen feit kv-amsterdam.ingeschreven_amsterdam, "
                    "niet meer uit de woonplaats in het dossier (residence.municipality)."
                ),
            ),
        ),
    ),
    _requirement(
        "perspectief-amsterdam",
        N_("Perspectief op sociaal functioneren in de gemeente Amsterdam"),
        "001:L1097-1099",
        ("residence.municipality",),
        N_("Inclusief, indien mogelijk, toegang tot Wmo-voorzieningen; oordeel bij de screening."),
    ),
    _requirement(
        "motivatie",
        N_("Gemotiveerd om het sociaal functioneren te verbeteren"),
        "001:L1100",
        ("intake.motivated",),
        N_(
            "Bij het motivatiegesprek is een LVB-deskundige aanwezig om 'niet-willers' van "
            "'niet-kunners' te onderscheiden (001:L1230-1233)."
        ),
    ),
    _requirement(
        "beperkt-beveiligingsniveau",
        N_("Geschikt voor een beperkt beveiligingsniveau, op basis van een risicotaxatie"),
        "001:L1101",
        (
            "intake.recidivism_risk",
            "intake.risk_assessment_date",
            "intake.escape_risk",
            "intake.violence_risk",
        ),
        N_("Oordeel op basis van de actuele risicotaxatie van 3RO (001:L1229-1230)."),
    ),
    _requirement(
        "groepsgeschikt",
        N_("Groepsgeschikt"),
        "001:L1102",
        ("intake.group_suitable",),
        N_("Oordeel bij de screening."),
    ),
    Criterion(
        id="kv-amsterdam.strafduur",
        label=N_("Veroordeeld tot twee tot en met acht maanden onvoorwaardelijke vrijheidsstraf"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1103", _TARGET_GROUP),
                    cite(
                        "001:L2873",
                        N_("De overkoepelende bevindingen spreken van strafrestant 2-8 maanden."),
                    ),
                    cite(
                        "001:L3354", N_("Ook de realisatie spreekt van strafrestant 2-8 maanden.")
                    ),
                ),
                rule=SentenceWithin(
                    "imposed", minimum=Duration(months=2), maximum=Duration(months=8)
                ),
                note=N_(
                    "⚠ De doelgroepbeschrijving zegt 'veroordeeld tot twee tot acht maanden "
                    "onvoorwaardelijke vrijheidsstraf' (001:L1103), de samenvattingen zeggen "
                    "'strafrestant 2-8 maanden' (001:L2873, 001:L3354). Gevolgd is de "
                    "doelgroepbeschrijving: de opgelegde straf. 'Twee tot acht' zegt niet of de "
                    "grenzen meetellen; gekozen is inclusief, zoals bij de andere KV's."
                    " Er is geen afrondingsregel gekozen (de bronnen geven er geen): valt een "
                    "grens op een niet-bestaande dag, zoals 31 mei plus 6 maanden, dan is de "
                    "uitkomst onbekend."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-amsterdam.weegcommissie-unaniem",
        label=N_("Unaniem akkoord van de weegcommissie"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L1235-1244",
                        N_(
                            "Alleen als alle leden van de weegcommissie akkoord zijn gaat het "
                            "advies naar DIZ."
                        ),
                    ),
                    cite(
                        "001:L1246-1247",
                        N_("DIZ controleert en bekrachtigt daarna de plaatsing."),
                    ),
                ),
                rule=Compare(WEEGCOMMISSIE_AKKOORD, "eq", True),
            ),
        ),
        description=N_(
            "De weegcommissie (vrijhedencommissie PI, OM en 3RO, met input van de politie) weegt; "
            "de regel leest alleen de uitkomst: of alle leden akkoord zijn "
            "(kv-amsterdam.weegcommissie_akkoord)."
        ),
    ),
    Criterion(
        id="kv-amsterdam.bij-delict",
        label=N_("Zeer ernstig delict dat maatschappelijke onrust veroorzaakt (BIJ-delict)"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(CriterionVersion(sources=(cite("001:L1106-1108", _CONTRA),), note=_FIXED_NOTE),),
        description=N_(
            "Een ernstig gewelds- of zedendelict. Of een delict 'zeer ernstig' is en onrust "
            "veroorzaakt is een oordeel; de professional gebruikt het delicttype en de "
            "maatschappelijke onrust in het dossier."
        ),
        inputs=("intake.offence_type", "intake.public_unrest_or_media_attention"),
    ),
    Criterion(
        id="kv-amsterdam.slachtoffer-nabij",
        label=N_("Slachtoffer verblijft in de nabijheid van de PI-BW"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1109-1111", _CONTRA),),
                rule=Compare("intake.victim_nearby", "eq", True),
                note=_FIXED_NOTE,
            ),
        ),
    ),
    Criterion(
        id="kv-amsterdam.hoge-beveiliging",
        label=N_("Hoge beveiliging nodig wegens vluchtgevaar of verhoogd risico op geweld"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1112-1114", _CONTRA),),
                rule=AnyOf(
                    (
                        Compare("intake.escape_risk", "eq", True),
                        Compare("intake.violence_risk", "eq", True),
                    )
                ),
                note=_FIXED_NOTE,
            ),
        ),
    ),
    Criterion(
        id="kv-amsterdam.psychiatrie-verslaving",
        label=N_(
            "Ernstige, niet ambulant te behandelen psychiatrische stoornis of ernstige verslaving"
        ),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L1115", _CONTRA),
                    cite(
                        "001:L1495",
                        N_("Middelengebruik/verslaving is een contra-indicatie voor de doelgroep."),
                    ),
                ),
                rule=AnyOf(
                    (
                        All(
                            (
                                OneOf("intake.psychiatric_problems", ("severe",)),
                                Compare("intake.clinical_care_needed", "eq", True),
                            )
                        ),
                        OneOf("intake.addiction_problems", ("severe",)),
                    )
                ),
                note=N_(
                    "'Niet ambulant te behandelen' is gelezen als: klinische zorg nodig. De bron "
                    "maakt geen onderscheid tussen vaststaande en te wegen contra-indicaties "
                    "(001:L1105); gekozen is vaststaand."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-amsterdam.voorgeschiedenis-personeel",
        label=N_("Voorgeschiedenis met een personeelslid van de PI-BW maakt plaatsing onmogelijk"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L1116-1118", _CONTRA),),
                rule=Compare("intake.history_with_staff", "eq", True),
                note=_FIXED_NOTE,
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
    """Declare the facts this facility records beyond the case record's fields."""
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
    from kleinschalig_kv_amsterdam.workflow import INFLOW

    register.add(INFLOW)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register the facility-specific indicators of appendix 4 (see ``indicators.py``)."""
    from kleinschalig_kv_amsterdam.indicators import INDICATORS

    for indicator in INDICATORS:
        register.add(indicator)
