"""The kleinschalig plugin of the Kleinschalige Voorziening Rotterdam Hoogvliet.

Encoded from the sources the project is built from: seed 004 (the project card
"Kleinschalige voorziening Rotterdam") and seed 001 (plan and process evaluation of
the five KV pilots: the plan in §2.5, the realisation in §3.5). Every object cites
the seed and line range it comes from, as ``cite("001:L2428", ...)``.

Where the sources are vague or disagree (⚠), the choice made here is written into
the data itself — a criterion version's ``note``, the operating period's ``note``, a
capacity entry's ``reason``, a criterion's ``description`` — with the citations, so
that it travels with the data (JSON, digests, catalogue).

No local partner roles: every actor the sources name is covered by a national role
(the ZSM-afdoeningsoverleg is part of the Veiligheidshuis Rotterdam Rijnmond
[001:L4247-4249]; 3RO is the reclassering; DJI Hoofdkantoor is DJI; Gevangenenzorg
volunteers are vrijwilligers).

Labels are Dutch gettext msgids marked with ``N_()``; their English translations are
in ``locale/en/LC_MESSAGES/kleinschalig_kv_rotterdam.po`` (README.md explains how to
update them).

The inflow workflow is in ``workflow.py``; the facility-specific indicators of
appendix 4 are in ``indicators.py``.
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
    Elapsed,
    OneOf,
    SentenceWithin,
)
from kleinschalig.model.criteria import (
    Criterion,
    CriterionKind,
    CriterionScope,
    CriterionVersion,
)
from kleinschalig.model.fact_definitions import FactDefinition, FactType
from kleinschalig.plugins import (
    CriterionRegister,
    FacilityRegister,
    FactRegister,
    IndicatorRegister,
    InterventionLogicRegister,
    TranslationRegister,
    WorkflowRegister,
    hookimpl,
)

#: This plugin's gettext domain, and the directory holding
#: ``<lang>/LC_MESSAGES/<domain>.mo``.
DOMAIN = "kleinschalig_kv_rotterdam"
LOCALE_DIR = Path(__file__).parent / "locale"

#: The facility code: case records refer to it.
FACILITY_CODE = "kv-rotterdam-hoogvliet"

OPENED_ON = dt.date(2019, 4, 1)
#: ⚠ "medio 2020": the exact day is not in the sources (see ``OPERATING.note``).
CLOSED_ON = dt.date(2020, 6, 30)
#: ⚠ The places were reduced to four "after the start": the day is not in the sources
#: (see the ``reason`` of the capacity entries).
REDUCED_ON = dt.date(2020, 1, 1)

# --- Citations used more than once --------------------------------------------------------

DOELGROEP = cite(
    "001:L2428",
    N_(
        "De doelgroep: mannelijke voorlopig gehechten met een strafverwachting van 2 tot 4 maanden."
    ),
)
DOELGROEP_REALISATIE = cite(
    "001:L4156-4160",
    N_(
        "Mannen in voorlopige hechtenis met een strafverwachting van 2 tot 4 maanden, voor wie "
        "het feit te ernstig is om de voorlopige hechtenis te schorsen maar detentie te grote "
        "schadelijke gevolgen heeft."
    ),
)
PROJECTKAART = cite(
    "004:L3",
    N_(
        "Schadebeperkende detentie: preventief gehechten kunnen werk, school of langdurige zorg "
        "voortzetten, om detentieschade te voorkomen en recidivegevaar te verkleinen."
    ),
)
VARIANT_VH = cite(
    "004:L6",
    N_(
        "Strafrechtpartners en gemeente willen een variant van voorlopige hechtenis waarbij de "
        "verdachte baan, opleiding of hulpverleningstraject behoudt; met het oog op de "
        "onschuldpresumptie moet onnodige detentieschade worden voorkomen."
    ),
)
SCHORSING = cite(
    "001:L2574-2576",
    N_(
        "De rechter-commissaris besluit tot plaatsing in de KV en schorst de detentie onder "
        "voorwaarden voor vijf dagen per week, zodat de gedetineerde extramuraal kan werken."
    ),
)
VOORWAARDE_WERK = cite(
    "001:L2429-2432",
    N_(
        "Voorwaarde: bij aankomst in de KV een opleiding volgen, werk of dagbesteding hebben of "
        "in een zorgtraject zitten; voor werk geldt de vuistregel dat iemand kan aantonen al "
        "minimaal drie maanden in dienst te zijn, minimaal 26 uur per week."
    ),
)
UITZONDERING = cite(
    "001:L2438-2439",
    N_(
        "Incidenteel kunnen gedetineerden worden geplaatst die hun leven op de rit hebben maar "
        "een zetje nodig hebben om werk te vinden of vast te houden, met een "
        "arbeidsre-integratietraject."
    ),
)
FLEXIBEL = cite(
    "001:L4316-4319",
    N_(
        "Tijdens de looptijd is per kandidaat afgewogen of hij voldoende aan de doelgroep "
        "voldeed; daarbij is enigszins flexibel met de selectiecriteria omgegaan."
    ),
)
NIEMAND_VOLLEDIG = cite(
    "001:L4211-4217",
    N_(
        "Negen gedetineerden stroomden in, geen van hen voldeed volledig aan de selectiecriteria; "
        "andere kandidaten werden niet geplaatst, bijvoorbeeld bij een strafverwachting van meer "
        "dan vier maanden. Alle kandidaten werden door stuurgroepleden aangedragen."
    ),
)
PLAATSEN = cite(
    "001:L4162-4164",
    N_(
        "Volgens het projectplan heeft de KV zes tot acht plaatsen op een ZBBI-afdeling in PI "
        "Rotterdam; na de start is het aantal plaatsen teruggebracht naar vier."
    ),
)
BEZETTING = cite(
    "001:L4219-4221",
    N_(
        "Na een langzame start waren enkele maanden alle vier plekken bezet, daarna niet meer; "
        "ketenpartners gaven begin 2020 twee mogelijke verklaringen."
    ),
)
DOELEN = cite(
    "001:L2452-2456",
    N_(
        "Het einddoel is het voorkomen van recidive, via twee hoofddoelen na detentie: "
        "detentieschade voorkomen en re-integratie bevorderen; daartoe werkdoelen tijdens het "
        "verblijf."
    ),
)
VERNIEUWEND = cite(
    "001:L2797-2807",
    N_(
        "Vernieuwende elementen van KV Rotterdam (tabel 2.5.3): presentietheorie, leefklimaat, "
        "betrekken sociaal netwerk, betrekken ketenpartners, extramuraal werken en behoud van "
        "baan, kleinschaligheid, beperkt beveiligingsniveau en regiobinding."
    ),
)
INTAKE = cite(
    "001:L2500-2504",
    N_(
        "Intake: de reclassering screent het dossier en de casemanager voert een gesprek; "
        "hulpvragen, vaardigheden en beperkingen worden in beeld gebracht, eventueel met een "
        "taaltest of de SCIL."
    ),
)
EIGEN_PLAN = cite(
    "001:L2506-2512",
    N_(
        "De gedetineerde stelt zelf een herstelgericht plan op voor een delictvrije toekomst; dat "
        "bevordert zelfinzicht, verantwoordelijkheid en motivatie en versterkt beschermende "
        "factoren zoals baan, opleiding en een positief netwerk."
    ),
)
CASEMANAGER = cite(
    "001:L2514-2517",
    N_(
        "De casemanager voert het intakegesprek en ondersteunt bij het opstellen en uitvoeren "
        "van het plan; dat is nodig voor resultaat op alle vier werkdoelen."
    ),
)
ZORG = cite(
    "001:L2519-2527",
    N_(
        "Op basis van het plan worden ketenpartners betrokken (gemeente van herkomst, "
        "reclassering, zorgpartners), in de KV of buiten, door de voorlopige hechtenis voor "
        "afspraken te schorsen; dat behoudt beschermende factoren en bevordert re-integratie."
    ),
)
VOORTZETTING = cite(
    "001:L2529-2534",
    N_(
        "Tijdens het verblijf behoudt de gedetineerde werk, opleiding of zorgtraject of start hij "
        "een arbeidsre-integratietraject; inkomen helpt de woning te behouden; de voorlopige "
        "hechtenis wordt daarvoor geschorst."
    ),
)
MAATJES = cite(
    "001:L2536-2542",
    N_(
        "Getrainde vrijwilligers van Gevangenenzorg Nederland zijn enkele avonden en op "
        "zaterdagmiddag aanwezig en werken volgens de presentiefilosofie; dat helpt "
        "gedetineerden gemotiveerd te blijven."
    ),
)
BEZOEK = cite(
    "001:L2544-2550",
    N_(
        "Ruimer en flexibeler bezoek dan in een gewoon huis van bewaring, in het weekend; dat "
        "houdt de relatie met het sociale netwerk in stand als vangnet voor later."
    ),
)
SPECIALISTISCH = cite(
    "001:L2552-2559",
    N_(
        "Intensieve ondersteuning: twee ervaren medewerkers op een groep van maximaal acht, "
        "gericht op contact en een activerend leefklimaat, zodat gedetineerden toekomstgericht "
        "gaan denken."
    ),
)
VEILIG_DICHTBIJ = cite(
    "001:L2736-2740",
    N_(
        "Voor gedetineerden zonder werk start de gemeente een arbeidsre-integratietraject; "
        "regiobinding (woon/werk) is vereist, wat behoud van werk en contact met het sociaal "
        "netwerk ondersteunt."
    ),
)

# --- The facility ------------------------------------------------------------------------

OPERATING = OperatingPeriod(
    status=OperatingStatus.CLOSED,
    opened_on=OPENED_ON,
    closed_on=CLOSED_ON,
    sources=(
        cite(
            "001:L4207-4208",
            N_(
                "De KV opende op 1 april 2019; ruim een jaar later, medio 2020, is zij gesloten "
                "nadat de laatste gedetineerden waren uitgestroomd."
            ),
        ),
        cite(
            "001:L4232-4234",
            N_(
                "Het uitblijven van voldoende instroom was de aanleiding om de KV voortijdig te "
                "sluiten."
            ),
        ),
        cite(
            "001:L4913-4914",
            N_(
                "KV Rotterdam Hoogvliet is na een jaar open te zijn geweest door gebrek aan "
                "instroom gesloten."
            ),
        ),
    ),
    note=N_(
        "⚠ Sluitingsdatum: de bronnen zeggen alleen 'medio 2020, nadat de laatste gedetineerden "
        "waren uitgestroomd' (001:L4207-4208) en 'na een jaar geopend te zijn geweest' "
        "(001:L4913-4914). Gekozen: 30 juni 2020 als laatste dag, het einde van het eerste "
        "halfjaar."
    ),
)

FACILITY = Facility(
    code=FACILITY_CODE,
    name="KV Rotterdam Hoogvliet",
    kind=FacilityKind.KV,
    security=SecurityLevel.ADULT_LIMITED,
    location=Location(
        municipality="Rotterdam",
        region="Rotterdam Rijnmond",
        host_institution="PI Rotterdam, locatie Hoogvliet (afdeling Tussenwater)",
    ),
    operator="DJI, PI Rotterdam",
    target_group=TargetGroup(
        description=N_(
            "Mannelijke voorlopig gehechten met een strafverwachting van 2 tot 4 maanden, voor "
            "wie het feit te ernstig is om de voorlopige hechtenis te schorsen maar detentie te "
            "schadelijk is. De rechter-commissaris schorst de voorlopige hechtenis onder "
            "voorwaarden vijf dagen per week, zodat werk, opleiding of zorg buiten doorgaat."
        ),
        jurisdiction=Jurisdiction.ADULT,
        sexes=(Sex.MALE,),
        sources=(DOELGROEP, DOELGROEP_REALISATIE, PROJECTKAART, VARIANT_VH, SCHORSING),
    ),
    operating=OPERATING,
    sources=(
        cite(
            "001:L2411-2417",
            N_(
                "PI Rotterdam, locatie Hoogvliet (afdeling Tussenwater), ontwikkelde met "
                "strafrechtpartners en gemeente preventieve hechtenis op een kleine afdeling met "
                "extra begeleiding, als alternatief tussen schorsen en detentie."
            ),
        ),
        cite(
            "001:L2419-2422",
            N_(
                "Een kleine, afgezonderde afdeling met 6 tot 8 plaatsen in PI Rotterdam, die "
                "toegang, binnenplaats en keuken deelt met de ZBBI."
            ),
        ),
        cite(
            "001:L2805",
            N_(
                "⚠ Beveiliging: tabel 2.5.3 noemt een beperkt beveiligingsniveau; de plaatsen "
                "liggen op een ZBBI-afdeling (001:L4162-4163). Gekozen: beperkt beveiligd."
            ),
        ),
        SCHORSING,
        cite(
            "001:L2578-2579",
            N_(
                "De daadwerkelijke plaatsing loopt via het plaatsingskantoor van DJI, door "
                "vermelding op het voorgeleidingsformulier."
            ),
        ),
        cite(
            "001:L2714-2717",
            N_(
                "Het projectplan vroeg instemming van de minister om verlof als tijdelijke "
                "juridische basis te gebruiken; omdat de rechter-commissaris de voorlopige "
                "hechtenis schorst, is die instemming niet nodig."
            ),
        ),
        cite(
            "001:L4258-4259",
            N_(
                "Over de KV is gecommuniceerd als een zware vorm van schorsen, niet als een "
                "lichte vorm van voorlopige hechtenis."
            ),
        ),
        NIEMAND_VOLLEDIG,
        PROJECTKAART,
    ),
    capacity=(
        CapacityEntry(
            valid_from=OPENED_ON,
            valid_until=REDUCED_ON - dt.timedelta(days=1),
            pools=(
                PlacePool(
                    regime="kv",
                    places=6,
                    places_max=8,
                    label=N_("KV-plaatsen voor voorlopig gehechten"),
                ),
            ),
            reason=N_(
                "Geplande capaciteit van 6 tot 8 plaatsen (001:L2419, 001:L4162-4163). ⚠ Na de "
                "start is het aantal plaatsen teruggebracht naar vier (001:L4164), op een datum "
                "die niet in de bronnen staat; zie de volgende periode."
            ),
            sources=(
                cite(
                    "001:L2419-2420",
                    N_("De KV bestaat uit een kleine, afgezonderde afdeling met 6 tot 8 plaatsen."),
                ),
                PLAATSEN,
            ),
        ),
        CapacityEntry(
            valid_from=REDUCED_ON,
            valid_until=CLOSED_ON,
            pools=(
                PlacePool(
                    regime="kv",
                    places=4,
                    label=N_("KV-plaatsen voor voorlopig gehechten"),
                ),
            ),
            reason=N_(
                "⚠ Teruggebracht naar vier plaatsen 'na de start' (001:L4164); de datum staat "
                "niet in de bronnen. De maanden met alle vier plekken bezet gingen vooraf aan de "
                "verklaringen van ketenpartners van begin 2020 (001:L4219-4221), dus de "
                "vermindering lag in 2019. Gekozen: 1 januari 2020, de laatste datum die de "
                "bronnen toelaten; tot de sluiting."
            ),
            sources=(PLAATSEN, BEZETTING),
        ),
    ),
    accepted_titles=("voorlopige_hechtenis",),
    aliases=("KV Rotterdam", "Kleinschalige voorziening Rotterdam"),
)

# --- Intervention logic ------------------------------------------------------------------


def _node(code: str, level: NodeLevel, label: str, *sources, description: str = ""):
    return InterventionNode(
        code=code, level=level, label=label, sources=tuple(sources), description=description
    )


def _link(source: str, target: str, *sources, note: str = ""):
    return InterventionLink(source=source, target=target, sources=tuple(sources), note=note)


_WERKDOELEN = (
    "continuiteit",
    "sociaal_netwerk_betrokken",
    "duurzame_ondersteuning",
    "motivatie",
)

INTERVENTION_LOGIC = InterventionLogic(
    nodes=(
        # Werkzame (vernieuwende) elementen [001:L2797-2807]
        _node("presentietheorie", NodeLevel.WERKZAAM_ELEMENT, N_("Presentietheorie"), VERNIEUWEND),
        _node("leefklimaat", NodeLevel.WERKZAAM_ELEMENT, N_("Leefklimaat"), VERNIEUWEND),
        _node(
            "sociaal_netwerk",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Betrekken sociaal netwerk"),
            VERNIEUWEND,
        ),
        _node(
            "ketenpartners", NodeLevel.WERKZAAM_ELEMENT, N_("Betrekken ketenpartners"), VERNIEUWEND
        ),
        _node(
            "extramuraal_werken",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Extramuraal werken en behoud van baan"),
            VERNIEUWEND,
        ),
        _node("kleinschaligheid", NodeLevel.WERKZAAM_ELEMENT, N_("Kleinschaligheid"), VERNIEUWEND),
        _node(
            "beperkte_beveiliging",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Beperkt beveiligingsniveau"),
            VERNIEUWEND,
        ),
        _node(
            "regiobinding",
            NodeLevel.WERKZAAM_ELEMENT,
            N_("Regiobinding: detentie dicht bij de woonplaats"),
            VERNIEUWEND,
        ),
        # Activiteiten [001:L2496-2559]
        _node("intake", NodeLevel.ACTIVITEIT, N_("Intake"), INTAKE),
        _node(
            "eigen_plan",
            NodeLevel.ACTIVITEIT,
            N_("Zelf een plan laten opstellen en uitvoeren"),
            EIGEN_PLAN,
            cite(
                "004:L11",
                N_(
                    "Professionals, de gedetineerde en zijn familie of netwerk werken samen; "
                    "de verdachte stelt zijn eigen detentieplan op en stelt zelf de hulpvraag."
                ),
            ),
        ),
        _node(
            "casemanager_ondersteuning",
            NodeLevel.ACTIVITEIT,
            N_("Individuele ondersteuning door een casemanager"),
            CASEMANAGER,
        ),
        _node(
            "zorg_ondersteuning",
            NodeLevel.ACTIVITEIT,
            N_("(Individuele) zorg en ondersteuning binnen en buiten de KV"),
            ZORG,
        ),
        _node(
            "voortzetting_werk",
            NodeLevel.ACTIVITEIT,
            N_("Voortzetting van werk, opleiding, zorg en huisvesting tijdens het verblijf"),
            VOORTZETTING,
        ),
        _node("maatjes", NodeLevel.ACTIVITEIT, N_("Contact met persoonlijke maatjes"), MAATJES),
        _node(
            "ruim_bezoek", NodeLevel.ACTIVITEIT, N_("Ruim bezoek door het sociaal netwerk"), BEZOEK
        ),
        _node(
            "specialistische_ondersteuning",
            NodeLevel.ACTIVITEIT,
            N_("Intensieve specialistische ondersteuning"),
            SPECIALISTISCH,
        ),
        # Werkdoelen [001:L2456-2483], [001:L4170-4173]
        _node(
            "continuiteit",
            NodeLevel.WERKDOEL,
            N_("Continuïteit van (kans op) werk, opleiding, zorgtraject en huisvesting"),
            cite(
                "001:L2457-2465",
                N_(
                    "Door werk, opleiding of zorg door te laten lopen blijven beschermende "
                    "factoren in stand; behoud van inkomen houdt de woning; dat bevordert "
                    "participatie, perspectief en welzijn."
                ),
            ),
        ),
        _node(
            "sociaal_netwerk_betrokken",
            NodeLevel.WERKDOEL,
            N_("Betrokkenheid van een ondersteunend sociaal netwerk"),
            cite(
                "001:L2467-2471",
                N_(
                    "Partners, kinderen en familie met een steunende invloed worden betrokken; "
                    "zo ontstaat een sociaal vangnet na detentie."
                ),
            ),
        ),
        _node(
            "duurzame_ondersteuning",
            NodeLevel.WERKDOEL,
            N_("Duurzame ondersteuning door professionals"),
            cite(
                "001:L2473-2479",
                N_(
                    "Professionals van gemeente, reclassering of zorg ondersteunen tijdens en "
                    "na detentie; voor uitstroom worden afspraken gemaakt over hun rol na "
                    "detentie."
                ),
            ),
            cite(
                "004:L17-18",
                N_(
                    "Elke gedetineerde maakt met casemanager en netwerk een plan om niet terug "
                    "te keren; bij uitstroom zijn afspraken gemaakt met steunende partners "
                    "over hun rol na detentie."
                ),
            ),
        ),
        _node(
            "motivatie",
            NodeLevel.WERKDOEL,
            N_("Motivatie voor een delictvrije toekomst stimuleren"),
            cite(
                "001:L2481-2483",
                N_(
                    "Motivatie om een toekomst zonder delicten op te bouwen is noodzakelijk; "
                    "de gedetineerde moet erin geloven en eraan willen werken."
                ),
            ),
        ),
        # Hoofddoelen [001:L2452-2454], [004:L3]
        _node(
            "detentieschade",
            NodeLevel.HOOFDDOEL,
            N_("Detentieschade voorkomen"),
            DOELEN,
            PROJECTKAART,
        ),
        _node("re_integratie", NodeLevel.HOOFDDOEL, N_("Re-integratie bevorderen"), DOELEN),
        # Einddoel and the side goal
        _node("recidive", NodeLevel.EINDDOEL, N_("Recidive voorkomen"), DOELEN, PROJECTKAART),
        _node(
            "doelmatige_inzet",
            NodeLevel.EINDDOEL,
            N_("Nevendoel: doelmatiger inzet van middelen voor verblijf in een huis van bewaring"),
            cite(
                "001:L2486-2490",
                N_(
                    "Naast de doelen voor individuele trajecten beoogt de KV een doelmatiger "
                    "inzet van middelen: doorlopende zorg en ondersteuning hoeven na detentie "
                    "niet opnieuw te starten, wat (maatschappelijke) kosten verlaagt."
                ),
            ),
            description=N_(
                "⚠ Een nevendoel naast de doelen voor individuele trajecten (001:L2486-2490). "
                "De bronnen verbinden het niet met het voorkomen van recidive; het staat "
                "daarom op het niveau van het einddoel, als eigen eindpunt van de keten."
            ),
        ),
    ),
    links=(
        # werkzame elementen -> activiteiten
        _link("presentietheorie", "maatjes", MAATJES),
        _link("leefklimaat", "specialistische_ondersteuning", SPECIALISTISCH),
        _link("kleinschaligheid", "specialistische_ondersteuning", SPECIALISTISCH),
        _link("sociaal_netwerk", "ruim_bezoek", BEZOEK),
        _link(
            "sociaal_netwerk",
            "eigen_plan",
            cite("004:L11", N_("De gedetineerde en zijn familie of netwerk werken samen.")),
        ),
        _link("ketenpartners", "zorg_ondersteuning", ZORG),
        _link("extramuraal_werken", "voortzetting_werk", VOORTZETTING),
        # werkzame elementen -> werkdoelen and hoofddoelen
        _link("regiobinding", "continuiteit", VEILIG_DICHTBIJ),
        _link("regiobinding", "sociaal_netwerk_betrokken", VEILIG_DICHTBIJ),
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
        # activiteiten -> werkdoelen
        _link(
            "intake",
            "duurzame_ondersteuning",
            INTAKE,
            cite(
                "001:L2742-2744",
                N_(
                    "Op basis van de intake en het plan wordt samenwerking gezocht met "
                    "specifieke ketenpartners."
                ),
            ),
        ),
        _link("eigen_plan", "motivatie", EIGEN_PLAN),
        _link("eigen_plan", "continuiteit", EIGEN_PLAN),
        _link("eigen_plan", "sociaal_netwerk_betrokken", EIGEN_PLAN),
        *(_link("casemanager_ondersteuning", goal, CASEMANAGER) for goal in _WERKDOELEN),
        _link("zorg_ondersteuning", "duurzame_ondersteuning", ZORG),
        _link("voortzetting_werk", "continuiteit", VOORTZETTING),
        _link("maatjes", "motivatie", MAATJES),
        _link("ruim_bezoek", "sociaal_netwerk_betrokken", BEZOEK),
        _link("specialistische_ondersteuning", "motivatie", SPECIALISTISCH),
        # werkdoelen -> hoofddoelen: the plan links the werkdoelen to both hoofddoelen
        # as a whole [001:L2452-2456]
        *(
            _link(goal, main, DOELEN)
            for goal in _WERKDOELEN
            for main in ("detentieschade", "re_integratie")
        ),
        # hoofddoelen -> einddoel; side goal
        _link("detentieschade", "recidive", DOELEN, PROJECTKAART),
        _link("re_integratie", "recidive", DOELEN),
        _link(
            "continuiteit",
            "doelmatige_inzet",
            cite("001:L2486-2490", N_("Doorlopende zorg en ondersteuning verlagen kosten.")),
        ),
        _link(
            "duurzame_ondersteuning",
            "doelmatige_inzet",
            cite("001:L2486-2490", N_("Doorlopende zorg en ondersteuning verlagen kosten.")),
        ),
    ),
)

# --- Declared facts ----------------------------------------------------------------------

#: The plugin's name (its entry point in pyproject.toml): the namespace of its facts.
FACT_NAMESPACE = "kv-rotterdam"

#: "Indien geen: geschikt voor arbeidsre-integratietraject" (appendix 4, Tabel B4.5).
GESCHIKT_ARBEIDSREINTEGRATIE = cite(
    "001:L7628-7630",
    N_(
        "Bij instroom, voor wie geen werk, dagbesteding, opleiding of zorgtraject heeft: "
        "geschikt voor een arbeidsre-integratietraject."
    ),
)

# Facts the case record has no field for, declared in this plugin's namespace. The
# indicators in indicators.py and the criteria below read them by id, like core fields;
# a case record carries them under "facts". The main outcome, keeping work or daytime
# activity through detention [004:L15, 001:L7884-7898], is read from the core facts
# core.activity_throughout_detention@t1 and core.daytime_activity@t1 (core indicators
# core.st.dagbesteding-hele-detentie and core.of.dagbesteding-behouden); it is not
# declared again here.
FACTS = (
    FactDefinition(
        id=f"{FACT_NAMESPACE}.dossierscreening",
        type=FactType.BOOL,
        label=N_("Dossierscreening door de reclassering uitgevoerd"),
        description=N_(
            "Of de reclassering bij de intake het dossier heeft gescreend. ⚠ keuze: de "
            "dossierscreening is ook een stap van de instroomworkflow (001:L2500-2504); een "
            "indicator leest feiten van het dossier, niet het logboek van de workflow, dus legt "
            "de KV de screening ook als feit vast, zoals bijlage 4 een registratie vraagt "
            "(001:L7664-7674)."
        ),
        sources=(
            INTAKE,
            cite(
                "001:L7674",
                N_("Bijlage 4, activiteiten (output): dossierscreening door reclassering."),
            ),
        ),
    ),
    FactDefinition(
        id=f"{FACT_NAMESPACE}.taaltest_afgenomen",
        type=FactType.BOOL,
        label=N_("Taaltest afgenomen"),
        description=N_(
            "Of bij de intake een taaltest is afgenomen; die is facultatief ('eventueel', "
            "001:L2500-2504). ⚠ keuze: de uitkomst van de taaltest (001:L7684) is niet als feit "
            "vastgelegd: de bronnen noemen geen test en geen schaal voor de uitkomst."
        ),
        sources=(
            INTAKE,
            cite("001:L7682", N_("Bijlage 4, activiteiten (output): taaltest afgenomen.")),
        ),
    ),
    FactDefinition(
        id=f"{FACT_NAMESPACE}.geschikt_arbeidsreintegratie",
        type=FactType.BOOL,
        label=N_("Geschikt voor een arbeidsre-integratietraject"),
        description=N_(
            "Bij instroom vastgelegd voor wie geen werk, dagbesteding, opleiding of zorgtraject "
            "heeft (001:L7628-7630). Voor wie geen werk heeft start de gemeente zo'n traject "
            "(001:L2737-2738); incidenteel kan zo iemand worden geplaatst (001:L2438-2439)."
        ),
        sources=(
            GESCHIKT_ARBEIDSREINTEGRATIE,
            UITZONDERING,
            cite(
                "001:L2737-2738",
                N_(
                    "Voor gedetineerden die niet over werk beschikken, wordt via de gemeente een "
                    "arbeidsre-integratietraject gestart."
                ),
            ),
        ),
    ),
)

# --- Placement criteria ------------------------------------------------------------------

HERE = CriterionScope(facilities=(FACILITY_CODE,))

CRITERIA = (
    Criterion(
        id="kv-rotterdam-hoogvliet.man",
        label=N_("Man"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(DOELGROEP, DOELGROEP_REALISATIE),
                rule=Compare("sex", "eq", "male"),
            ),
        ),
        description=N_("De doelgroep bestaat uit mannelijke voorlopig gehechten."),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.strafverwachting",
        label=N_("Strafverwachting van 2 tot 4 maanden"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(DOELGROEP, DOELGROEP_REALISATIE, NIEMAND_VOLLEDIG),
                rule=SentenceWithin(
                    "expected", minimum=Duration(months=2), maximum=Duration(months=4)
                ),
                note=N_(
                    "⚠ 'Van 2 tot 4 maanden' (001:L2428) zegt niet of de grenzen meetellen. "
                    "Gekozen: beide inclusief. Kandidaten werden afgewezen bij een "
                    "strafverwachting van 'meer dan vier maanden' (001:L4213-4216), dus precies "
                    "vier maanden valt erbinnen; de ondergrens is naar analogie inclusief."
                ),
            ),
        ),
        description=N_(
            "De strafverwachting in voorlopige hechtenis, vanaf de peildatum uitgezet. De bronnen "
            "geven geen afrondingsregel: een berekening die op een niet-bestaande dag uitkomt, "
            "blijft onbekend."
        ),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.dagbesteding",
        label=N_("Bij aankomst opleiding, werk, dagbesteding of een zorgtraject"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(VOORWAARDE_WERK, PROJECTKAART, VARIANT_VH, UITZONDERING),
                rule=OneOf(
                    "daytime_activity.kind",
                    ("work", "education", "day_activity", "care_trajectory"),
                ),
                note=N_(
                    "⚠ keuze: incidenteel kan iemand worden geplaatst die zijn leven op de rit "
                    "heeft maar met een arbeidsre-integratietraject werk moet vinden of "
                    "vasthouden (001:L2438-2439); voor wie geen werk heeft start de gemeente zo'n "
                    "traject (001:L2737-2738, 004:L16). Of iemand geschikt is voor zo'n traject "
                    "wordt vastgelegd als kv-rotterdam.geschikt_arbeidsreintegratie "
                    "(001:L7628-7630) en is invoer van deze eis. De uitzondering zelf blijft een "
                    "afweging ('incidenteel', 'leven op de rit'): de rechter-commissaris, die "
                    "over plaatsing besluit (001:L2574-2576), legt haar vast als override."
                ),
            ),
        ),
        description=N_(
            "Voorwaarde voor plaatsing: de gedetineerde volgt bij aankomst een opleiding, heeft "
            "werk of dagbesteding of zit in een zorgtraject."
        ),
        inputs=(f"{FACT_NAMESPACE}.geschikt_arbeidsreintegratie",),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.vuistregel-werk",
        label=N_("Werk: minstens drie maanden in dienst, minstens 26 uur per week (vuistregel)"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        applies_when=OneOf("daytime_activity.kind", ("work",)),
        versions=(
            CriterionVersion(
                sources=(VOORWAARDE_WERK, UITZONDERING, FLEXIBEL),
                rule=All(
                    (
                        Compare("daytime_activity.hours_per_week", "ge", 26),
                        Elapsed("daytime_activity.since", minimum=Duration(months=3)),
                    )
                ),
                note=N_(
                    "⚠ De bron noemt dit een vuistregel, met een uitzondering voor wie met een "
                    "arbeidsre-integratietraject werk moet vinden of vasthouden "
                    "(001:L2429-2439); in de praktijk werd flexibel met de criteria omgegaan "
                    "(001:L4316-4319). Gekozen: een toelatingseis met beide grenzen inclusief "
                    "('minimaal'); een afwijking legt de rechter-commissaris, die over plaatsing "
                    "besluit (001:L2574-2576), vast als override met een reden. De geschiktheid "
                    "voor een arbeidsre-integratietraject "
                    "(kv-rotterdam.geschikt_arbeidsreintegratie, 001:L7628-7630) is invoer, geen "
                    "deel van de regel."
                ),
            ),
        ),
        description=N_(
            "Alleen voor wie werk als dagbesteding heeft: in dienst sinds minstens drie maanden "
            "voor de peildatum (daytime_activity.since) en minstens 26 uur per week. De bronnen "
            "geven geen afrondingsregel: een berekening die op een niet-bestaande dag uitkomt, "
            "blijft onbekend."
        ),
        inputs=(f"{FACT_NAMESPACE}.geschikt_arbeidsreintegratie",),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.taal",
        label=N_("Spreekt Nederlands of Engels"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(cite("001:L2441", N_("Gedetineerden spreken Nederlands of Engels.")),),
                rule=AnyOf(
                    (
                        Contains("intake.languages", "nl"),
                        Contains("intake.languages", "en"),
                    )
                ),
            ),
        ),
        description=N_("Taalcodes volgens ISO 639-1: nl (Nederlands), en (Engels)."),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.regiobinding",
        label=N_(
            "Regiobinding met Rotterdam Rijnmond of Zuid-Holland Zuid: hoogstens ongeveer een "
            "uur reistijd"
        ),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2442-2444",
                        N_(
                            "Gedetineerden hebben een regiobinding met Rotterdam Rijnmond of "
                            "Zuid-Holland Zuid: maximaal ongeveer een uur reistijd tussen de KV "
                            "en werk of woning."
                        ),
                    ),
                    VEILIG_DICHTBIJ,
                ),
                rule=All(
                    (
                        Compare("intake.regional_tie", "eq", True),
                        Compare("daytime_activity.travel_minutes_one_way", "le", 60),
                        Compare("core.travel_minutes_to_home", "le", 60),
                    )
                ),
                note=N_(
                    "⚠ keuze: 'maximaal ongeveer een uur reistijd tussen de KV en werk/woning' "
                    "(001:L2442-2444) is gelezen als beide: hoogstens 60 minuten enkele reis "
                    "(inclusief) tussen de KV en het werk of de dagbesteding "
                    "(daytime_activity.travel_minutes_one_way) én tussen de KV en de woning "
                    "(core.travel_minutes_to_home, de waarde voor deze KV), omdat ook "
                    "001:L2738 'regiobinding vereist (woon/werk)' beide kanten noemt. "
                    "'Ongeveer' geeft geen marge die als getal vast te leggen is. De band met "
                    "de regio zelf leest de vastgelegde regiobinding (intake.regional_tie)."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.gewelds-zedendelict",
        label=N_("Verdacht van een ernstig gewelds- of zedendelict"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2445",
                        N_(
                            "Gedetineerden worden niet verdacht van een ernstig gewelds- of "
                            "zedendelict."
                        ),
                    ),
                    cite(
                        "001:L4195-4197",
                        N_(
                            "De projectgroep bakende de doelgroep af op minimale en maximale "
                            "strafverwachting en het type delict, met de expertise van OvJ en RC."
                        ),
                    ),
                ),
                rule=Compare("intake.suspected_serious_violent_or_sexual_offence", "eq", True),
                note=N_(
                    "⚠ Gekozen als vaststaande contra-indicatie: het plan sluit deze verdachten "
                    "uit de doelgroep (001:L2445). In de praktijk werd flexibel met de criteria "
                    "omgegaan (001:L4316-4319), zonder dat de bronnen zeggen met welke."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.zorg-verslaving",
        label=N_("Ernstige (ontregelende) zorg- of verslavingsproblematiek"),
        kind=CriterionKind.FIXED_CONTRA_INDICATION,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2446",
                        N_(
                            "Er is geen sprake van ernstig (ontregelende) zorg- en/of "
                            "verslavingsproblematiek."
                        ),
                    ),
                ),
                rule=AnyOf(
                    (
                        OneOf("intake.care_problems", ("severe",)),
                        OneOf("intake.addiction_problems", ("severe",)),
                    )
                ),
                note=N_(
                    "⚠ 'Ernstig (ontregelend)' is gelezen als de ernst 'ernstig' van zorg- of "
                    "verslavingsproblematiek. Gekozen als vaststaande contra-indicatie: het plan "
                    "sluit deze problematiek uit de doelgroep (001:L2446); in de praktijk werd "
                    "flexibel met de criteria omgegaan (001:L4316-4319)."
                ),
            ),
        ),
    ),
    Criterion(
        id="kv-rotterdam-hoogvliet.motivatie",
        label=N_("Gemotiveerd om te werken aan een delictvrije toekomst"),
        kind=CriterionKind.REQUIREMENT,
        scope=HERE,
        versions=(
            CriterionVersion(
                sources=(
                    cite(
                        "001:L2447-2449",
                        N_(
                            "Gedetineerden zijn gemotiveerd een maatschappelijk aanvaardbaar "
                            "bestaan op te bouwen: ze moeten willen werken aan een delictvrije "
                            "toekomst."
                        ),
                    ),
                    cite(
                        "001:L4249-4252",
                        N_(
                            "Reclassering, OvJ en rechter misten informatie om plaatsing te "
                            "onderbouwen, zoals of de kandidaat werk heeft en zelf achter "
                            "plaatsing staat."
                        ),
                    ),
                ),
            ),
        ),
        description=N_("Oordeel van een professional."),
        inputs=("intake.motivated",),
    ),
)


@hookimpl
def kleinschalig_register_translations(register: TranslationRegister) -> None:
    """Make this plugin's English labels available next to the core's."""
    register.add(DOMAIN, LOCALE_DIR)


@hookimpl
def kleinschalig_register_facilities(register: FacilityRegister) -> None:
    """Register the facility."""
    register.add(FACILITY)


@hookimpl
def kleinschalig_register_facts(register: FactRegister) -> None:
    """Declare the facts this facility records beyond the core's fields."""
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
    """Register the inflow workflow (plan and realisation, see ``workflow.py``)."""
    from kleinschalig_kv_rotterdam.workflow import INFLOW

    register.add(INFLOW)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register the facility-specific indicators of appendix 4 (see ``indicators.py``)."""
    from kleinschalig_kv_rotterdam.indicators import INDICATORS

    for indicator in INDICATORS:
        register.add(indicator)
