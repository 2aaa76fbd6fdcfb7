"""The kleinschalig plugin of the Kleinschalige Voorziening Middelburg (KVM).

Encoded from the sources the project is built from: seed 000 (summary of the
final evaluation of the KVM pilot) and seed 001 (plan and process evaluation of
the five KV pilots: the plan in §2.4, the realisation in §3.4). Every object
cites the seed and line range it comes from, as ``cite("001:L2029", ...)``.

Where the sources are vague or disagree (⚠), the choice made here is written
into the data itself — a criterion version's ``note``, the operating period's
``note``, a capacity entry's ``reason``, a criterion's ``description`` — with
both citations, so that it travels with the data (JSON, digests, catalogue).

Labels are Dutch gettext msgids marked with ``N_()``; their English translations
are in ``locale/en/LC_MESSAGES/kleinschalig_kv_middelburg.po`` (README.md explains
how to update them). The inflow workflow is in ``workflow.py``; the facility-specific
indicators of appendix 4 are in ``indicators.py``.
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
from kleinschalig.model.conditions import All, Compare, SentenceWithin
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
from kleinschalig_kv_middelburg.facts import (
    BEREID_TOT_BEGELEIDING,
    FACTS,
    PRESCAN_OBJECTION,
    RELATIE_IN_KV,
    WOONACHTIG_ZUIDWEST,
)

#: This plugin's gettext domain, and the directory holding
#: ``<lang>/LC_MESSAGES/<domain>.mo``.
DOMAIN = "kleinschalig_kv_middelburg"
LOCALE_DIR = Path(__file__).parent / "locale"

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-middelburg"

#: The first and last day of the pilot as encoded here (⚠ see ``OPERATING.note``).
OPENED_ON = dt.date(2020, 8, 1)
CLOSED_ON = dt.date(2024, 5, 31)

#: ⚠ The day the realised sentence bounds replace the planned ones (see ``STRAFDUUR_NOTE``).
SENTENCE_SWITCH = dt.date(2021, 4, 1)

# --- Citations used more than once --------------------------------------------------------

DEFINITIE = cite(
    "000:L3-4",
    N_(
        "De KVM is een detentievoorziening voor mannelijke zelfmelders met een straf(restant) "
        "van minimaal 1 maand en maximaal 1 jaar."
    ),
)
ZELFMELDER = cite(
    "000:L4-7",
    N_(
        "Een zelfmelder is veroordeeld tot een gevangenisstraf en krijgt een oproep zich te "
        "melden; het CJIB bepaalt in opdracht van het OM wie de status van zelfmelder krijgt."
    ),
)
PILOTPERIODE = cite(
    "000:L8-12",
    N_(
        "De pilot liep van augustus 2020 t/m mei 2024. Wie eind mei in de KVM verbleef of al "
        "voor plaatsing was geselecteerd, mag de detentie daar uitzitten; over voortzetting "
        "wordt later besloten."
    ),
)
DOELGROEP_PLAN = cite(
    "001:L2016-2020",
    N_(
        "De KV richt zich op zelfmelders en is alleen bedoeld voor kortgestraften: volwassenen "
        "die in afwachting van de tenuitvoerlegging hun leven, met bijvoorbeeld woning en baan, "
        "hebben opgepakt."
    ),
)
ZEEUWSE_VOLWASSENEN = cite(
    "001:L1992-1993",
    N_("De KV wordt in beginsel opgericht voor Zeeuwse volwassenen die zich zelf melden."),
)
HARD_CRITERIUM = cite(
    "001:L2041-2043",
    N_(
        "Structurele dagbesteding is een hard criterium: als de werkgever niet wil meewerken "
        "aan controle op het werk, kan iemand niet instromen. Bij de overige criteria is meer "
        "ruimte voor maatwerk."
    ),
)
CONSISTENT = cite(
    "000:L96-99",
    N_(
        "Professionals wijzen op het belang van consistente toepassing van de instroomcriteria; "
        "uitzonderingen kunnen ertoe leiden dat ongeschikte gedetineerden instromen."
    ),
)
TOELATINGSEISEN = cite(
    "000:L136-138",
    N_(
        "Bewaken dat geselecteerden geschikt zijn voor een beperkt beveiligingsniveau en dat de "
        "toelatingseisen consistent worden toegepast."
    ),
)
STRAAL_100KM = cite(
    "001:L4023-4026",
    N_(
        "Criterium: de gedetineerde is afkomstig uit een gebied met een straal van 100 km rond "
        "Middelburg, in verband met de reisafstand tussen de KV en het werk."
    ),
)
WERKLOCATIE = cite(
    "000:L152-155",
    N_(
        "Bij uitbreiding naar andere locaties is de straal waarin de werklocatie zich mag "
        "bevinden een aandachtspunt."
    ),
)
WERKZAME_ELEMENTEN = cite(
    "000:L26-33",
    N_(
        "Werkzame elementen van de KVM: kleinschaligheid, beperkt beveiligingsniveau in een meer "
        "open setting, positief leefklimaat, regiobinding, werken buiten en behoud van baan, en "
        "het betrekken van keten- en samenwerkingspartners."
    ),
)
VERNIEUWEND = cite(
    "001:L2376-2384",
    N_("Vernieuwende elementen van KV Middelburg (tabel 2.4.3)."),
)
DOELEN_000 = cite(
    "000:L18-24",
    N_(
        "Werkdoelen van de KVM: motivatie voor de toekomst, behoud van de positieve "
        "(DJI-)leefgebieden en voortzetting van werk of dagbesteding; daarmee beperkt de KVM "
        "detentieschade en bevordert zij re-integratie, om de kans op recidive te verkleinen."
    ),
)
DOELEN_PLAN = cite(
    "001:L2056-2060",
    N_(
        "Het einddoel is minder recidive, te bereiken via twee hoofddoelen na detentie: "
        "re-integratie bevorderen en detentieschade voorkomen; de werkdoelen gelden tijdens "
        "het verblijf."
    ),
)
ACTIVITEIT_DOEL = cite(
    "001:L2101-2108",
    N_(
        "Formuleren doelstelling verblijf: met casemanager en groepswerker een persoonlijk doel, "
        "voortgang besproken met partners en netwerk, vastgelegd in een ondertekende "
        "overeenkomst; dit motiveert."
    ),
)
ACTIVITEIT_ONDERSTEUNING = cite(
    "001:L2110-2118",
    N_(
        "Individuele ondersteuning: een persoonsgericht traject langs de leefgebieden en de vijf "
        "basisvoorwaarden, met regionale en lokale hulpverleners, mentorgesprekken en "
        "relationeel beveiligen voor een positief leefklimaat."
    ),
)
ACTIVITEIT_WERK = cite(
    "001:L2120-2128",
    N_(
        "Voortzetting van werk, opleiding en zorg: een dagprogramma met tijden buiten en "
        "binnen, contact met de werkgever ter controle; dit geeft continuïteit, inkomen, hoop "
        "en motivatie."
    ),
)
OPEN_SETTING = cite(
    "001:L2091-2094",
    N_(
        "De KV beoogt ook een hogere meldingsbereidheid: de open setting en het behoud van "
        "dagbesteding moeten zelfmelders sneller laten melden."
    ),
)

# --- The facility ------------------------------------------------------------------------

OPERATING = OperatingPeriod(
    status=OperatingStatus.CLOSED,
    opened_on=OPENED_ON,
    closed_on=CLOSED_ON,
    sources=(
        PILOTPERIODE,
        cite(
            "001:L3917-3919",
            N_(
                "KV Middelburg opende in maart 2020; door de coronacrisis werden vanaf maart "
                "geen zelfmelders opgeroepen, waardoor de KV pas in augustus 2020 definitief "
                "opende."
            ),
        ),
        cite(
            "001:L4914-4915",
            N_(
                "Volgens de samenvatting openden KV Almelo en KV Middelburg in het najaar van 2020."
            ),
        ),
    ),
    note=N_(
        "⚠ Openingsdatum: de KV opende in maart 2020 maar riep door corona geen zelfmelders op "
        "en opende definitief in augustus 2020 (001:L3917-3919); de samenvatting noemt het najaar "
        "van 2020 (001:L4914-4915); de eindevaluatie laat de pilot in augustus 2020 beginnen "
        "(000:L8). Gekozen: 1 augustus 2020, de eerste dag van de maand van de definitieve "
        "opening. Einde: de pilot liep t/m mei 2024 (000:L8); gekozen is 31 mei 2024 als laatste "
        "dag. Wie toen in de KVM zat of al was geselecteerd, mocht er de detentie uitzitten "
        "(000:L8-10); die overgangsregeling wordt niet door de screening gemodelleerd. Over "
        "voortzetting was nog niet besloten (000:L11-12)."
    ),
)

FACILITY = Facility(
    code=FACILITY_CODE,
    name="Kleinschalige Voorziening Middelburg (KVM)",
    kind=FacilityKind.KV,
    security=SecurityLevel.ADULT_LIMITED,
    location=Location(
        municipality="Middelburg",
        region="Zeeland",
        host_institution="PI Middelburg",
    ),
    operator="DJI, PI Middelburg",
    target_group=TargetGroup(
        description=N_(
            "Mannelijke volwassen zelfmelders met een korte gevangenisstraf (straf(restant) van "
            "1 maand tot 1 jaar) die in afwachting van de tenuitvoerlegging hun leven hebben "
            "opgepakt en werk of andere structurele dagbesteding willen voortzetten. ⚠ Het plan "
            "spreekt van (Zeeuwse) volwassenen zonder geslacht (001:L1992-1993, 001:L2016-2017); "
            "de eindevaluatie van mannelijke zelfmelders (000:L3-4): gekozen is mannen."
        ),
        jurisdiction=Jurisdiction.ADULT,
        sexes=(Sex.MALE,),
        sources=(
            DEFINITIE,
            ZELFMELDER,
            DOELGROEP_PLAN,
            ZEEUWSE_VOLWASSENEN,
            cite(
                "000:L14-17",
                N_(
                    "De KVM is gericht op zelfmelders die voor detentie werkten aan een delictvrij "
                    "en geïntegreerd leven en gemotiveerd zijn dat tijdens detentie te blijven "
                    "doen; zij kunnen hun werk of dagbesteding voortzetten."
                ),
            ),
        ),
    ),
    operating=OPERATING,
    sources=(
        DEFINITIE,
        cite(
            "001:L2003-2011",
            N_(
                "De KV is gehuisvest in de voormalige ZBBI naast PI Middelburg, buiten de "
                "beveiligingsschil, met een eigen ingang en een laag beveiligingsniveau; er is "
                "plaats voor tien gedetineerden."
            ),
        ),
        cite(
            "000:L28-30",
            N_(
                "⚠ Beveiliging: de eindevaluatie spreekt van een beperkt beveiligingsniveau in een "
                "meer open detentiesetting, het plan van een laag beveiligingsniveau "
                "(001:L2006). Gekozen: beperkt beveiligd."
            ),
        ),
        cite(
            "001:L3927-3929",
            N_(
                "Verlof voor extramurale arbeid vindt plaats op de titel Tijdelijk Verlaten "
                "Inrichting, zoals in een ZBBI; ten tijde van het plan was die titel nog niet "
                "bepaald (001:L2000-2001)."
            ),
        ),
        cite(
            "000:L148-151",
            N_(
                "De huidige wetgeving voorziet niet in een juridische titel om vanuit vrijheid in "
                "de KVM in te stromen; tijdens de pilot was die niet nodig."
            ),
        ),
    ),
    capacity=(
        CapacityEntry(
            valid_from=OPENED_ON,
            valid_until=CLOSED_ON,
            pools=(PlacePool(regime="kv", places=10, label=N_("KVM-plaatsen voor zelfmelders")),),
            reason=N_(
                "⚠ Het gebouw heeft tien eenpersoonskamers met eigen sanitair en twee met gedeeld "
                "sanitair, maar biedt plaats aan tien gedetineerden (001:L2006-2011); ook de "
                "realisatie noemt tien plaatsen (001:L3901). Gekozen: tien plaatsen, gedurende de "
                "hele pilot."
            ),
            sources=(
                cite(
                    "001:L2006-2011",
                    N_(
                        "Tien eenpersoonskamers met sanitair en twee met gedeeld sanitair; plaats "
                        "voor tien gedetineerden."
                    ),
                ),
                cite("001:L3901", N_("Er is in de KV plaats voor tien zelfmelders.")),
            ),
        ),
    ),
    accepted_titles=("zelfmelder",),
    aliases=("KVM", "KV Middelburg"),
)

# --- Local partner roles -----------------------------------------------------------------

#: The national roles cover DIZ, CJIB, OM, police, probation (including Emergis
#: verslavingsreclassering), Veiligheidshuis, municipality, employer, case manager and PI
#: management. Only the KV's group workers are not covered.
PARTNER_ROLES = (
    PartnerRole(
        code="kv-middelburg.groepswerker",
        label=N_("Groepswerker (KV Middelburg)"),
        jurisdictions=(Jurisdiction.ADULT,),
        sources=(
            ACTIVITEIT_DOEL,
            cite(
                "001:L2320-2331",
                N_(
                    "Groepswerkers werken met motiverend bejegenen, gaan flexibel om met "
                    "wisselende groepsdynamiek en leggen contact met werkgevers van gedetineerden."
                ),
            ),
            cite(
                "001:L2285-2291",
                N_(
                    "Het plan voorziet een senior groepswerker (1 fte) en medior groepswerkers "
                    "(2 fte); later bleken vier groepswerkers per dag, zeven dagen per week, nodig."
                ),
            ),
        ),
        responsibilities=N_(
            "Formuleert met de gedetineerde en de casemanager het persoonlijke doel voor het "
            "verblijf, begeleidt de groep met motiverend bejegenen en houdt contact met "
            "werkgevers van gedetineerden."
        ),
        note=N_(
            "De landelijke rollen kennen de casemanager en de directie van de PI, maar niet de "
            "groepswerker van de KV; daarom een lokale rol."
        ),
    ),
)

# --- Intervention logic ------------------------------------------------------------------


def _node(code: str, level: NodeLevel, label: str, *sources, description: str = ""):
    return InterventionNode(
        code=code, level=level, label=label, sources=tuple(sources), description=description
    )


def _link(source: str, target: str, *sources, note: str = ""):
    return InterventionLink(source=source, target=target, sources=tuple(sources), note=note)


INTERVENTION_LOGIC = InterventionLogic(
    nodes=(
        # Werkzame elementen [000:L26-33], the same six as the vernieuwende elementen
        # of the plan [001:L2376-2384].
        _node(
            "kleinschaligheid",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Kleinschaligheid van de detentievoorziening"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        _node(
            "beperkte_beveiliging",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Beperkt beveiligingsniveau in een meer open detentiesetting"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        _node(
            "leefklimaat",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Positief leefklimaat"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        _node(
            "regiobinding",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Regiobinding: detentie dicht bij de woonplaats"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        _node(
            "extramuraal_werken",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Werken buiten de voorziening en behoud van baan"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        _node(
            "ketenpartners",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Betrekken van keten- en samenwerkingspartners"),
            WERKZAME_ELEMENTEN,
            VERNIEUWEND,
        ),
        # Activiteiten [001:L2097-2128]
        _node(
            "doelstelling_verblijf",
            NodeLevel.ACTIVITEIT,
            N_("Formuleren van een doelstelling voor het verblijf"),
            ACTIVITEIT_DOEL,
        ),
        _node(
            "individuele_ondersteuning",
            NodeLevel.ACTIVITEIT,
            N_("Individuele ondersteuning door casemanager en hulpverleners"),
            ACTIVITEIT_ONDERSTEUNING,
        ),
        _node(
            "voortzetting_werk",
            NodeLevel.ACTIVITEIT,
            N_("Voortzetting van werk, opleiding en zorg tijdens het verblijf"),
            ACTIVITEIT_WERK,
        ),
        # Werkdoelen [000:L18-20], [001:L2060-2085]
        _node(
            "continuiteit_dagbesteding",
            NodeLevel.WERKDOEL,
            N_("Continuïteit van werk, dagbesteding, opleiding of zorgtraject"),
            DOELEN_000,
            cite(
                "001:L2061-2069",
                N_(
                    "Door werk, opleiding en zorg door te laten lopen blijven beschermende "
                    "factoren in stand: geen verlies van inkomen, schulden of woning; dat "
                    "bevordert re-integratie en voorkomt detentieschade."
                ),
            ),
        ),
        _node(
            "vooruitgang_leefgebieden",
            NodeLevel.WERKDOEL,
            N_("Vooruitgang op één of meer leefgebieden van DJI (de vijf basisvoorwaarden)"),
            DOELEN_000,
            cite(
                "001:L2071-2081",
                N_(
                    "Naast de dagbesteding wordt gewerkt aan de vijf basisvoorwaarden voor "
                    "re-integratie: identiteitsbewijs, onderdak, inkomen, inzicht in schulden en "
                    "zorg."
                ),
            ),
        ),
        _node(
            "motivatie_toekomst",
            NodeLevel.WERKDOEL,
            N_("Motivatie voor werken aan de toekomst"),
            DOELEN_000,
            cite(
                "001:L2083-2085",
                N_(
                    "Motivatie om een toekomst zonder delicten op te bouwen is noodzakelijk; de "
                    "gedetineerde moet erin geloven en eraan willen werken."
                ),
            ),
        ),
        # Hoofddoelen [001:L2056-2058], [000:L20-22]
        _node(
            "re_integratie",
            NodeLevel.HOOFDDOEL,
            N_("Re-integratie bevorderen"),
            DOELEN_PLAN,
            DOELEN_000,
        ),
        _node(
            "detentieschade",
            NodeLevel.HOOFDDOEL,
            N_("Detentieschade voorkomen"),
            DOELEN_PLAN,
            DOELEN_000,
        ),
        # Einddoel and the two side goals.
        _node(
            "recidive",
            NodeLevel.EINDDOEL,
            N_("Recidive verminderen"),
            DOELEN_PLAN,
            DOELEN_000,
        ),
        _node(
            "maatschappelijke_kosten",
            NodeLevel.EINDDOEL,
            N_("Nevendoel: doelmatige inzet van middelen en lagere maatschappelijke kosten"),
            cite(
                "001:L2085-2088",
                N_(
                    "Naast de hoofddoelen beoogt de KV een doelmatiger inzet van middelen: "
                    "doorlopende zorg en ondersteuning hoeven na detentie niet opnieuw te "
                    "starten, wat de (maatschappelijke) kosten verlaagt."
                ),
            ),
            cite(
                "000:L22-24",
                N_(
                    "Ook kunnen zo maatschappelijke kosten worden voorkomen, bijvoorbeeld voor "
                    "nazorg, een uitkering of een woning."
                ),
            ),
            description=N_(
                "⚠ Een nevendoel naast het einddoel (001:L2085-2088, 000:L22-24). De bronnen "
                "verbinden het niet met minder recidive; het staat daarom op het niveau van het "
                "einddoel, als eigen eindpunt van de keten."
            ),
        ),
        _node(
            "meldingsbereidheid",
            NodeLevel.EINDDOEL,
            N_("Nevendoel: hogere meldingsbereidheid van opgeroepen zelfmelders"),
            OPEN_SETTING,
            description=N_(
                "⚠ Een nevendoel naast de doelen voor individuele trajecten (001:L2091-2094). De "
                "bronnen verbinden het niet met minder recidive; het staat daarom op het niveau "
                "van het einddoel, als eigen eindpunt van de keten."
            ),
        ),
    ),
    links=(
        # werkzame elementen -> activiteiten
        _link("extramuraal_werken", "voortzetting_werk", ACTIVITEIT_WERK),
        _link(
            "regiobinding",
            "voortzetting_werk",
            cite(
                "001:L2302-2313",
                N_(
                    "Veilig dichtbij: samenwerking met het Veiligheidshuis en regionale "
                    "partners, behoud van dagbesteding op acceptabele reisafstand en zoveel "
                    "mogelijk het gewone leven buiten de KV."
                ),
            ),
        ),
        _link("ketenpartners", "individuele_ondersteuning", ACTIVITEIT_ONDERSTEUNING),
        _link("ketenpartners", "doelstelling_verblijf", ACTIVITEIT_DOEL),
        _link("leefklimaat", "individuele_ondersteuning", ACTIVITEIT_ONDERSTEUNING),
        # werkzame elementen -> hoofddoelen and side goal (no activity named in the sources)
        _link(
            "kleinschaligheid",
            "re_integratie",
            cite(
                "000:L26-28",
                N_(
                    "Werkzame elementen zijn activiteiten en randvoorwaarden waarvan volgens de "
                    "literatuur verwacht mag worden dat zij re-integratie bevorderen en "
                    "recidive voorkomen."
                ),
            ),
            cite(
                "001:L8176-8188",
                N_(
                    "Literatuur: kleinschalige detentie scoort beter op leefklimaat, contact met "
                    "naasten en motivatie, met mogelijk een gunstig effect op recidive."
                ),
            ),
        ),
        _link(
            "beperkte_beveiliging",
            "re_integratie",
            cite(
                "001:L8194-8201",
                N_(
                    "Literatuur: in minder beveiligde, kleinschalige detentie is meer "
                    "zelfbeschikking, wat lijkt te zorgen voor een betere overgang naar de "
                    "maatschappij."
                ),
            ),
        ),
        _link("beperkte_beveiliging", "meldingsbereidheid", OPEN_SETTING),
        _link("extramuraal_werken", "meldingsbereidheid", OPEN_SETTING),
        # activiteiten -> werkdoelen
        _link("doelstelling_verblijf", "motivatie_toekomst", ACTIVITEIT_DOEL),
        _link("individuele_ondersteuning", "vooruitgang_leefgebieden", ACTIVITEIT_ONDERSTEUNING),
        _link("voortzetting_werk", "continuiteit_dagbesteding", ACTIVITEIT_WERK),
        _link("voortzetting_werk", "vooruitgang_leefgebieden", ACTIVITEIT_WERK),
        _link("voortzetting_werk", "motivatie_toekomst", ACTIVITEIT_WERK),
        # werkdoelen -> hoofddoelen [000:L18-22]
        _link("continuiteit_dagbesteding", "re_integratie", DOELEN_000),
        _link("continuiteit_dagbesteding", "detentieschade", DOELEN_000),
        _link("vooruitgang_leefgebieden", "re_integratie", DOELEN_000),
        _link("vooruitgang_leefgebieden", "detentieschade", DOELEN_000),
        _link("motivatie_toekomst", "re_integratie", DOELEN_000),
        _link("motivatie_toekomst", "detentieschade", DOELEN_000),
        # hoofddoelen -> einddoel and side goal
        _link("re_integratie", "recidive", DOELEN_PLAN, DOELEN_000),
        _link("detentieschade", "recidive", DOELEN_PLAN, DOELEN_000),
        _link(
            "continuiteit_dagbesteding",
            "maatschappelijke_kosten",
            cite(
                "001:L2085-2088",
                N_(
                    "Doorlopende zorg en ondersteuning hoeven na detentie niet opnieuw te "
                    "starten; dat verlaagt de kosten van ondersteuning."
                ),
            ),
        ),
        _link("re_integratie", "maatschappelijke_kosten", DOELEN_000),
        _link("detentieschade", "maatschappelijke_kosten", DOELEN_000),
    ),
)

# --- Placement criteria ------------------------------------------------------------------

HERE = CriterionScope(facilities=(FACILITY_CODE,))

#: ⚠ The recorded choice of the switch date, in the note of both versions of the
#: sentence criterion.
STRAFDUUR_NOTE = N_(
    "⚠ Wisseldatum gekozen: 1 april 2021. Het plan (2019) noemt een uit te zitten "
    "vrijheidsstraf van minimaal 2 weken en maximaal 6 maanden (001:L2029); bij de interviews "
    "van april 2021 had de KV het criterium al aangepast (001:L3931-3932, 001:L4026-4027); de "
    "eindevaluatie noemt een straf(restant) van minimaal 1 maand en maximaal 1 jaar "
    "(000:L3-4). De datum van de aanpassing staat niet in de bronnen: gekozen is het begin van "
    "de maand waarin de aanpassing voor het eerst is vastgesteld. Beide grenzen inclusief "
    "('minimaal', 'maximaal')."
)

CRITERIA = (
    Criterion(
        id="kv-middelburg.man",
        label=N_("Man"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(DEFINITIE, ZEEUWSE_VOLWASSENEN),
                rule=Compare("sex", "eq", "male"),
                note=N_(
                    "⚠ Het plan spreekt van volwassenen zonder geslacht te noemen "
                    "(001:L1992-1993, 001:L2016-2017); de eindevaluatie noemt mannelijke "
                    "zelfmelders (000:L3-4). Gekozen: alleen mannen, voor de hele pilot."
                ),
            ),
        ),
        description=N_("De KVM is een voorziening voor mannelijke zelfmelders."),
    ),
    Criterion(
        id="kv-middelburg.strafduur",
        label=N_("Uit te zitten straf(restant) binnen de grenzen van de KVM"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2029",
                        N_(
                            "Plan: de uit te zitten vrijheidsstraf bedraagt minimaal 2 weken en "
                            "maximaal 6 maanden."
                        ),
                    ),
                    cite(
                        "001:L297-298",
                        N_("De planevaluaties van de KV's zijn in 2019 opgesteld."),
                    ),
                ),
                rule=SentenceWithin(
                    "remaining", minimum=Duration(weeks=2), maximum=Duration(months=6)
                ),
                valid_until=SENTENCE_SWITCH - dt.timedelta(days=1),
                note=STRAFDUUR_NOTE,
            ),
            CriterionVersion(
                sources=(
                    DEFINITIE,
                    cite(
                        "001:L4026-4027",
                        N_(
                            "De KV heeft het selectiecriterium voor de minimale en maximale "
                            "lengte van de uit te zitten straf al aangepast aan de doelgroep."
                        ),
                    ),
                    cite(
                        "001:L3931-3932",
                        N_("De stand van zaken is die bij het interview in april 2021."),
                    ),
                ),
                rule=SentenceWithin(
                    "remaining", minimum=Duration(months=1), maximum=Duration(years=1)
                ),
                valid_from=SENTENCE_SWITCH,
                note=STRAFDUUR_NOTE,
            ),
        ),
        description=N_(
            "De straf die nog moet worden uitgezeten: voor een zelfmelder die zich nog niet "
            "heeft gemeld de hele straf vanaf de meldingsdatum. ⚠ Het plan laat bij alle "
            "criteria behalve de dagbesteding ruimte voor maatwerk (001:L2041-2043), de "
            "eindevaluatie vraagt de toelatingseisen consistent toe te passen (000:L96-99, "
            "000:L136-138): gekozen is een toelatingseis met regel; een afwijking legt een "
            "professional vast als override. De bronnen geven geen afrondingsregel: een "
            "berekening die op een niet-bestaande dag uitkomt, blijft onbekend."
        ),
    ),
    Criterion(
        id="kv-middelburg.dagbesteding",
        label=N_(
            "Structurele dagbesteding van minstens 24 uur per week, controleerbaar bij de werkgever"
        ),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2023-2026",
                        N_(
                            "Zelfmelders moeten structurele dagbesteding hebben van minimaal 24 "
                            "uur per week, controleerbaar bij de werkgever en op acceptabele "
                            "reisafstand van de KV."
                        ),
                    ),
                    HARD_CRITERIUM,
                    cite(
                        "001:L2151-2156",
                        N_(
                            "In het telefoongesprek wordt nadrukkelijk besproken of de zelfmelder "
                            "minimaal 24 uur per week dagbesteding heeft en of dat controleerbaar "
                            "is bij de werkgever."
                        ),
                    ),
                    cite(
                        "000:L34-35",
                        N_(
                            "Alle gedetineerden hadden bij in- en uitstroom betaald werk van "
                            "minimaal 24 uur per week en hun inkomen daaruit."
                        ),
                    ),
                ),
                rule=All(
                    (
                        Compare("daytime_activity.hours_per_week", "ge", 24),
                        Compare("daytime_activity.employer_willing_to_be_checked", "eq", True),
                    )
                ),
            ),
        ),
        description=N_(
            "Het harde criterium van de KVM: zonder een werkgever die controle op het werk "
            "toestaat geen instroom. De reisafstand is een eigen criterium "
            "(kv-middelburg.reisafstand)."
        ),
    ),
    Criterion(
        id="kv-middelburg.regio",
        label=N_("Woonachtig in Zeeland of West-Brabant (regio Zuidwest)"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2028",
                        N_(
                            "Woonachtig in Zeeland en West-Brabant, in het project regio "
                            "Zuidwest genoemd."
                        ),
                    ),
                    ZEEUWSE_VOLWASSENEN,
                    STRAAL_100KM,
                ),
                rule=Compare(WOONACHTIG_ZUIDWEST, "eq", True),
                note=N_(
                    "⚠ keuze: het plan noemt de regio (Zeeland en West-Brabant, 001:L2028); de "
                    "realisatie beschrijft het criterium als afkomstig uit een straal van 100 km "
                    "rond Middelburg, vanwege de reisafstand naar het werk (001:L4023-4026). "
                    "Gekozen: woonachtig in Zeeland of West-Brabant, vastgelegd als eigen feit "
                    "(kv-middelburg.woonachtig_regio_zuidwest); de 100 km wordt getoetst als "
                    "afstand tot de werklocatie (kv-middelburg.reisafstand)."
                ),
            ),
        ),
        description=N_(
            "Leest of de zelfmelder in regio Zuidwest woont "
            "(kv-middelburg.woonachtig_regio_zuidwest), niet de algemene regiobinding "
            "(intake.regional_tie); onbekend tot het is vastgelegd."
        ),
    ),
    Criterion(
        id="kv-middelburg.reisafstand",
        label=N_("Werk of dagbesteding binnen 100 km van de KV"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    STRAAL_100KM,
                    WERKLOCATIE,
                    cite(
                        "001:L2025-2026",
                        N_("De dagbesteding moet op acceptabele reisafstand vanaf de KV zijn."),
                    ),
                ),
                rule=Compare("daytime_activity.distance_km", "le", 100),
                note=N_(
                    "⚠ Het plan vraagt een acceptabele reisafstand zonder getal "
                    "(001:L2025-2026, 001:L2309-2310). De realisatie noemt een straal van 100 km "
                    "rond Middelburg: afkomstig uit dat gebied, vanwege de reisafstand naar het "
                    "werk (001:L4023-4026); de eindevaluatie spreekt van de straal waarin de "
                    "werklocatie mag liggen (000:L152-155). Gekozen: hoogstens 100 km (inclusief) "
                    "tussen de KV en de dagbesteding, voor de hele pilot, omdat de bronnen het "
                    "getal niet dateren."
                ),
            ),
        ),
        description=N_(
            "Afstand tussen de KV en het werk of de dagbesteding (daytime_activity.distance_km). "
            "⚠ Het plan laat ruimte voor maatwerk (001:L2041-2043), de eindevaluatie vraagt "
            "consistente toepassing (000:L136-138): een afwijking legt een professional vast "
            "als override."
        ),
    ),
    Criterion(
        id="kv-middelburg.groepsgeschiktheid",
        label=N_("Groepsgeschikt"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite("001:L2030", N_("Toelatingscriterium: groepsgeschiktheid.")),
                    HARD_CRITERIUM,
                    cite(
                        "000:L142-145",
                        N_(
                            "De combinatie van KVM en BBA vraagt alertheid op de groepsdynamiek, "
                            "om het positieve leefklimaat te faciliteren."
                        ),
                    ),
                ),
            ),
        ),
        description=N_(
            "Oordeel van een professional; het plan laat hier ruimte voor maatwerk "
            "(001:L2041-2043)."
        ),
        inputs=("intake.group_suitable",),
    ),
    Criterion(
        id="kv-middelburg.middelengebruik",
        label=N_("Geen middelengebruik tijdens deelname (urinecontrole)"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2031-2033",
                        N_(
                            "Geen middelengebruik tijdens deelname aan het KV-programma; bij "
                            "instroom en daarna steekproefsgewijs wordt een urinecontrole gedaan."
                        ),
                    ),
                    cite(
                        "001:L2253-2269",
                        N_(
                            "PI Middelburg begeleidt, controleert bij werkgevers, treedt op bij "
                            "ongeregeldheden (terugplaatsing) en neemt urinecontroles af."
                        ),
                    ),
                    HARD_CRITERIUM,
                ),
            ),
        ),
        description=N_(
            "Oordeel van een professional, met de verslavingsproblematiek als gegeven. "
            "⚠ keuze: de urinecontrole vindt plaats bij de instroom in de KV en daarna "
            "steekproefsgewijs (001:L2031-2033), dus na het plaatsingsbesluit van de directie "
            "(001:L2169-2171). Haar uitslag (kv-middelburg.urinecontrole) wordt vastgelegd, "
            "maar is geen regel en geen gegeven van de screening: dan bleef elke screening "
            "vóór de instroom zonder uitkomst. Op ongeregeldheden tijdens het verblijf treedt "
            "de PI op met terugplaatsing (001:L2263-2269)."
        ),
        inputs=("intake.addiction_problems",),
    ),
    Criterion(
        id="kv-middelburg.onderlinge-relaties",
        label=N_("Risicovolle onderlinge relaties met anderen in de KV (bijvoorbeeld mededaders)"),
        kind=CriterionKind.WEIGHED_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2034-2036",
                        N_(
                            "Geen risicovolle onderlinge relaties met anderen in de KV, "
                            "bijvoorbeeld met wie een delict is gepleegd."
                        ),
                    ),
                    HARD_CRITERIUM,
                ),
                note=N_(
                    "⚠ Het plan noemt dit een toelatingscriterium met ruimte voor maatwerk "
                    "(001:L2034-2036, 001:L2041-2043): gekozen is een te wegen indicatie, die "
                    "plaatsing niet zelf blokkeert."
                ),
            ),
        ),
        description=N_(
            "Oordeel van een professional: of een relatie risicovol is, wordt gewogen. Als "
            "gegevens leest het of er een relatie is met iemand die nu in de KV verblijft "
            "(kv-middelburg.relatie_in_kv) en of er medeverdachten zijn."
        ),
        inputs=("intake.co_suspects", RELATIE_IN_KV),
    ),
    Criterion(
        id="kv-middelburg.maatschappelijke-onrust",
        label=N_("Aanleiding voor maatschappelijke onrust bij verlof naar buiten"),
        kind=CriterionKind.WEIGHED_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2037-2039",
                        N_(
                            "Geen aanleiding voor maatschappelijke onrust bij verlof naar buiten; "
                            "hoe daar zicht op te krijgen, moest nog worden verkend."
                        ),
                    ),
                    HARD_CRITERIUM,
                ),
                rule=Compare("intake.public_unrest_or_media_attention", "eq", True),
                note=N_(
                    "⚠ Het plan noemt dit een toelatingscriterium, met ruimte voor maatwerk en "
                    "zonder vastgestelde werkwijze om het te beoordelen (001:L2037-2043): gekozen "
                    "is een te wegen indicatie, die plaatsing niet zelf blokkeert."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-middelburg.begeleiding",
        label=N_("Bereid mee te werken aan mentorgesprekken en begeleiding in de KV"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2040",
                        N_(
                            "Toelatingscriterium: bereidheid mee te werken aan mentorgesprekken en "
                            "begeleiding in de KV."
                        ),
                    ),
                    cite(
                        "000:L14-15",
                        N_(
                            "De KVM is gericht op zelfmelders die gemotiveerd zijn tijdens "
                            "detentie te blijven werken aan een delictvrij leven."
                        ),
                    ),
                ),
            ),
        ),
        description=N_(
            "Oordeel van een professional, met als gegevens wat de zelfmelder zelf verklaart "
            "(kv-middelburg.bereid_tot_begeleiding) en de motivatie. ⚠ keuze: de bron noemt "
            "de bereidheid als criterium (001:L2040) maar niet hoe of wanneer die wordt "
            "vastgesteld, en laat bij dit criterium ruimte voor maatwerk (001:L2041-2043): "
            "daarom geen regel."
        ),
        inputs=("intake.motivated", BEREID_TOT_BEGELEIDING),
    ),
    Criterion(
        id="kv-middelburg.prescan-bezwaar",
        label=N_("Bezwaar van een ketenpartner in de pre-scan"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2143-2149",
                        N_(
                            "Pre-scan: het OM checkt op lopende onderzoeken, de politie op "
                            "actuele meldingen, reclassering en Veiligheidshuis op "
                            "contra-indicaties; zij melden alleen of zij bezwaar hebben, zonder "
                            "inhoudelijke informatie te delen."
                        ),
                    ),
                    cite(
                        "001:L2189",
                        N_(
                            "Of de politiecheck deel van het instroomproces wordt, stond nog niet "
                            "vast."
                        ),
                    ),
                    cite(
                        "001:L4007-4008",
                        N_(
                            "Wie niet door de pre-scan komt, wordt aan DIZ doorgegeven, die hem "
                            "gewoon oproept."
                        ),
                    ),
                    cite(
                        "000:L126-128",
                        N_(
                            "Terugkoppeling aan ketenpartners helpt de controle op "
                            "contra-indicaties voor de pre-scan te verbeteren."
                        ),
                    ),
                    cite(
                        "001:L2151",
                        N_(
                            "Alleen wanneer uit de pre-scan een positief besluit voortkomt, "
                            "wordt de zelfmelder uitgenodigd."
                        ),
                    ),
                ),
                rule=PRESCAN_OBJECTION,
                note=N_(
                    "⚠ keuze: het bezwaar zelf is het oordeel van de ketenpartner; vastgelegd "
                    "wordt alleen de uitkomst, omdat de partners geen inhoudelijke informatie "
                    "delen (001:L2148-2149). Een vastgelegd bezwaar van het OM, de politie of "
                    "reclassering en Veiligheidshuis is aanwezig; 'niet uitgevoerd' telt als "
                    "geen bezwaar, omdat de politiecheck nog niet vaststond (001:L2189)."
                ),
            ),
        ),
        description=N_(
            "Een bezwaar sluit plaatsing uit: alleen na een positief besluit uit de pre-scan "
            "volgt een uitnodiging (001:L2151), en wie niet door de pre-scan komt, wordt "
            "gewoon opgeroepen (001:L4007-4008). Leest de drie vastgelegde uitkomsten van de "
            "pre-scan; onbekend zolang er geen bezwaar is en niet elke uitkomst is vastgelegd."
        ),
    ),
)


@hookimpl
def kleinschalig_register_translations(register: TranslationRegister) -> None:
    """Make this plugin's English labels available next to the core's."""
    register.add(DOMAIN, LOCALE_DIR)


@hookimpl
def kleinschalig_register_partner_roles(register: PartnerRoleRegister) -> None:
    """Register the local roles the national ones do not cover."""
    for role in PARTNER_ROLES:
        register.add(role)


@hookimpl
def kleinschalig_register_facilities(register: FacilityRegister) -> None:
    """Register the facility."""
    register.add(FACILITY)


@hookimpl
def kleinschalig_register_facts(register: FactRegister) -> None:
    """Declare the facts the KVM records beyond the case record's fields (``facts.py``)."""
    for fact in FACTS:
        register.add(fact)


@hookimpl
def kleinschalig_register_intervention_logic(
    register: InterventionLogicRegister,
) -> None:
    """Register the facility's intervention logic."""
    register.add(FACILITY_CODE, INTERVENTION_LOGIC)


@hookimpl
def kleinschalig_register_criteria(register: CriterionRegister) -> None:
    """Register the facility's placement criteria."""
    for criterion in CRITERIA:
        register.add(criterion)


@hookimpl
def kleinschalig_register_workflows(register: WorkflowRegister) -> None:
    """Register the facility's inflow workflow (two dated versions)."""
    from kleinschalig_kv_middelburg.workflow import INFLOW

    register.add(INFLOW)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register the facility-specific indicators of appendix 4 (see ``indicators.py``)."""
    from kleinschalig_kv_middelburg.indicators import INDICATORS

    for indicator in INDICATORS:
        register.add(indicator)
