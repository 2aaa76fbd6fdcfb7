"""The national KVJJ placement criteria [003:L73-124], for every KVJJ location.

Two routes, selected with ``Criterion.applies_when`` by the title held on the
reference date [003:L73]:

* voorlopige hechtenis (``kvjj.vh.*``): 2 fixed contra-indications and 13
  (contra-)indications to weigh [003:L81-100];
* jeugddetentie or PIJ-maatregel coming from an FCJ (``kvjj.fcj.*``): 6 fixed
  contra-indications, two of them only with a PIJ-maatregel and one only with
  jeugddetentie, and 9 to weigh [003:L102-124].

Only a fixed contra-indication blocks a placement [003:L75]. The items to weigh
are judged together by the professional (DIZ): the balance between protective
factors and risk factors [003:L77], [003:L67]. Items whose presence argues *for*
a placement (network, motivation, daytime activity, travel time) are encoded as
protective factors; the others as weighed (contra-)indications. Where the two
routes word an item differently, they are separate criteria with their own
wording. Every mapping of a source phrase onto a case-record fact that is not
literal is recorded in the version's ``note`` (⚠) with its citations.

One requirement comes before the routes: the KVJJ is for youth criminal law
only [003:L51] (``kvjj.jeugdstrafrecht``).
"""

from __future__ import annotations

from typing import Final

from kleinschalig.dates import Duration, Rounding
from kleinschalig.i18n import N_
from kleinschalig.model import FacilityKind, Source, cite
from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Compare,
    Condition,
    Elapsed,
    HoldsTitle,
    Not,
    OneOf,
)
from kleinschalig.model.criteria import (
    Criterion,
    CriterionKind,
    CriterionScope,
    CriterionVersion,
)
from kleinschalig_kvjj.facts import SETTLES_IN_REGION

__all__ = [
    "CRITERIA",
    "FCJ_ROUTE",
    "NETWORK_FACT",
    "PIJ_ONLY",
    "RECENT_RISK_ASSESSMENT",
    "SCOPE",
    "TRAVEL_FACT",
    "TRAVEL_MINUTES_ONE_WAY",
    "VH_ROUTE",
]

#: Every KVJJ, present and future: the criteria are national [003:L73].
SCOPE: Final = CriterionScope(kinds=(FacilityKind.KVJJ,))

#: Route selection by the title held on the reference date [003:L73].
VH_ROUTE: Final = HoldsTitle(("voorlopige_hechtenis",))
FCJ_ROUTE: Final = HoldsTitle(("jeugddetentie", "pij"))
PIJ_ONLY: Final = HoldsTitle(("pij",))
JEUGDDETENTIE_ONLY: Final = HoldsTitle(("jeugddetentie",))

#: ⚠ "recent" has no window in the sources [003:L89], [003:L116]: the recorded choice.
RECENT_RISK_ASSESSMENT: Final = Duration(months=6)
#: ⚠ "gemiddeld 1,5 uur" [003:L100] versus "maximaal ongeveer anderhalf uur" [003:L187].
TRAVEL_MINUTES_ONE_WAY: Final = 90

F = CriterionKind.FIXED_CONTRA_INDICATION
W = CriterionKind.WEIGHED_INDICATION
P = CriterionKind.PROTECTIVE_FACTOR

# --- Sources shared by many criteria -----------------------------------------------------

_NATIONAL = cite(
    "003:L73",
    N_(
        "Landelijke plaatsingscriteria voor alle KVJJ-locaties, leidend voor keten en plaatser "
        "(DIZ); aparte criteria voor voorlopige hechtenis en voor jeugddetentie en PIJ."
    ),
)
_ONLY_FIXED_BLOCKS = cite(
    "003:L75",
    N_(
        "Alleen bij een vaststaande contra-indicatie kan een jongere niet in de KVJJ worden "
        "geplaatst."
    ),
)
_BALANCE = cite(
    "003:L75-77",
    N_(
        "(Contra-)indicaties ter overweging worden in samenhang bekeken: de balans tussen "
        "beschermende factoren en risicofactoren; alleen een vaststaande contra-indicatie "
        "blokkeert."
    ),
)
_VH_FIXED = cite(
    "003:L81",
    N_(
        "Kop: criteria KVJJ-plaatsing voor jongeren in voorlopige hechtenis, vaststaande "
        "contra-indicaties."
    ),
)
_VH_WEIGHED = cite(
    "003:L86",
    N_("Kop: te wegen (contra-)indicaties voor jongeren in voorlopige hechtenis."),
)
_FCJ_FIXED = cite(
    "003:L102-104",
    N_(
        "Kop: criteria KVJJ-plaatsing voor jongeren met jeugddetentie of PIJ-maatregel vanuit "
        "FCJ, vaststaande contra-indicaties."
    ),
)
_FCJ_WEIGHED = cite(
    "003:L114",
    N_("Kop: te wegen (contra-)indicaties voor jongeren met jeugddetentie of PIJ vanuit FCJ."),
)
_OM_REQUIRED = cite(
    "003:L67",
    N_("Akkoord van het Openbaar Ministerie met de plaatsing in een KVJJ is een vereiste."),
)
_OM_BEFORE_EACH = cite(
    "003:L215-217",
    N_(
        "Officier van justitie en rechter kunnen de plaatsing vorderen; het OM geeft voorafgaand "
        "aan elke plaatsing in de KVJJ een akkoord."
    ),
)
_WORKING_AREA = cite(
    "003:L187",
    N_(
        "Het werkgebied van elke KVJJ is de regio waarbinnen jongeren binnen een maximale reistijd "
        "van ongeveer anderhalf uur op hun dagbesteding kunnen zijn."
    ),
)

# --- Descriptions: which route, and what the library does with the kind -------------------

_VH_FIXED_DESC = N_(
    "Route voorlopige hechtenis (003:L73, 003:L81): geldt voor jongeren die op de peildatum "
    "voorlopige hechtenis hebben. Vaststaande contra-indicatie: blokkeert de plaatsing als zij "
    "aanwezig is (003:L75)."
)
_VH_WEIGHED_DESC = N_(
    "Route voorlopige hechtenis (003:L73, 003:L86): geldt voor jongeren die op de peildatum "
    "voorlopige hechtenis hebben. Te wegen door de professional (DIZ) in samenhang met de andere "
    "factoren; beslist nooit zelf (003:L75-77)."
)
_FCJ_FIXED_DESC = N_(
    "Route jeugddetentie of PIJ-maatregel vanuit FCJ (003:L73, 003:L102): geldt voor jongeren "
    "die op de peildatum jeugddetentie of een PIJ-maatregel hebben. Vaststaande "
    "contra-indicatie: blokkeert de plaatsing als zij aanwezig is (003:L75). ⚠ Of de jongere uit "
    "een FCJ komt, wordt niet getoetst: de criteria zijn per titel opgesteld (003:L73) en de "
    "route loopt via doorplaatsing vanuit het FCJ (003:L69)."
)
_FCJ_WEIGHED_DESC = N_(
    "Route jeugddetentie of PIJ-maatregel vanuit FCJ (003:L73, 003:L114): geldt voor jongeren "
    "die op de peildatum jeugddetentie of een PIJ-maatregel hebben. Te wegen door de "
    "professional (DIZ) in samenhang met de andere factoren; beslist nooit zelf (003:L75-77). "
    "⚠ Of de jongere uit een FCJ komt, wordt niet getoetst (003:L69, 003:L73)."
)
_PIJ_DESC = N_(
    "Alleen bij een PIJ-maatregel, in de route vanuit FCJ (003:L109-110). Vaststaande "
    "contra-indicatie: blokkeert de plaatsing als zij aanwezig is (003:L75). ⚠ Alleen "
    "resocialiserende PIJ-jongeren horen tot de doelgroep (003:L59); de kern heeft geen feit voor "
    "de resocialisatiefase, die hier alleen via de verlofstatus en de vervolgplek wordt getoetst."
)
_JD_DESC = N_(
    "Alleen bij jeugddetentie, in de route vanuit FCJ (003:L112). Vaststaande contra-indicatie: "
    "blokkeert de plaatsing als zij aanwezig is (003:L75)."
)

# --- Notes: the recorded choices (⚠) -------------------------------------------------------

_OM_NOTE = N_(
    "⚠ De routes verwoorden het OM-oordeel anders: 'OM gaat niet akkoord met plaatsing' "
    "(003:L83) en 'negatief advies OM' (003:L106); volgens 003:L67 en 003:L217 is een akkoord "
    "van het OM voor elke plaatsing vereist. Gekozen: in beide routes is deze contra-indicatie "
    "aanwezig bij 'niet akkoord' en bij 'negatief advies', niet bij 'akkoord' of 'positief "
    "advies'; zonder vastgelegd OM-oordeel blijft de uitkomst onvoldoende gegevens. ⚠ Dat OM en "
    "rechter de plaatsing ook kunnen vorderen (003:L215) is een stap in de plaatsingsroute, geen "
    "criterium: niet hier gecodeerd."
)
_VH_CARE_NOTE = N_(
    "Aanwezig bij ernstige verslavingsproblematiek, suïcidaliteit of een noodzaak tot klinische "
    "zorg. ⚠ Eén feit, intake.clinical_care_needed, staat hier voor 'klinische "
    "observatie/behandeling' (003:L84); de route vanuit FCJ noemt alleen 'klinische behandeling' "
    "(003:L108). De kern onderscheidt observatie en behandeling niet."
)
_FCJ_CARE_NOTE = N_(
    "⚠ 003:L108 noemt 'actuele ernstige zorgproblematiek, zoals …': de opsomming is een "
    "voorbeeld. Gekozen: aanwezig bij ernstige zorgproblematiek (intake.care_problems), ernstige "
    "verslavingsproblematiek, suïcidaliteit of een noodzaak tot klinische zorg. "
    "intake.clinical_care_needed omvat ook klinische observatie, die 003:L108 anders dan 003:L84 "
    "niet noemt; die valt hier onder 'actuele ernstige zorgproblematiek'. 'Actueel' is: "
    "vastgelegd bij de intake. Ernstige psychiatrische problematiek (intake.psychiatric_problems) "
    "noemt de bron niet; wie die heeft, hoort onder intake.care_problems te worden vastgelegd."
)
_PENDING_NOTE = N_(
    "⚠ Eén feit, intake.pending_criminal_case, staat voor zowel een openstaande strafzaak als "
    "openstaande vervolgvonnissen (003:L111); de kern onderscheidt ze niet."
)
_PIJ_FOLLOWS_NOTE = N_(
    "⚠ intake.measure_follows_directly wordt gelezen als: aansluitend op de jeugddetentie is een "
    "PIJ-maatregel opgelegd (003:L112); het feit zegt niet welke maatregel volgt. In het "
    "jeugdstrafrecht van deze bron is dat de PIJ-maatregel (003:L59)."
)
_OFFENCE_NOTE = N_(
    "Geen regel: de bron zegt niet welke delicten zwaarder wegen (003:L88). De professional weegt "
    "de aard van het delict; intake.offence_type wordt getoond."
)
_RISK_NOTE = N_(
    "⚠ 'Recent' heeft in de bronnen geen termijn (003:L89, 003:L116). Gekozen: een risicotaxatie "
    "is recent als zij op de peildatum hoogstens 6 maanden oud is (bij een niet-bestaande dag "
    "naar beneden afgerond). Risicofactor aanwezig bij een gemiddeld of hoog recidiverisico, of "
    "als er geen recente risicotaxatie is: dan ontbreekt de basis die de bron vraagt en moet de "
    "professional dat wegen. Welk risiconiveau telt zegt de bron niet; ook dat is een keuze."
)
_IQ_NOTE = N_(
    "⚠ De kern kent geen IQ-score: intake.intellectual_disability wordt gelezen als 'IQ < 70', en "
    "intake.self_reliant (ja/nee) als 'de mate van zelfredzaamheid', die de bron als gradatie "
    "noemt (003:L94, 003:L118). Risicofactor aanwezig bij IQ < 70 en niet zelfredzaam."
)
_PREVIOUS_STAY_NOTE = N_(
    "Risicofactor aanwezig als een eerder verblijf in een KVJJ negatief verliep (003:L95). ⚠ De "
    "kern heeft geen waarde voor 'geen eerder verblijf': dan blijft "
    "intake.previous_stay_same_kind leeg en wordt het als ontbrekend gegeven gemeld; de uitkomst "
    "verandert daardoor niet, want het is te wegen."
)
_PROTECTIVE_NOTE = N_(
    "Staat in de bron onder de te wegen (contra-)indicaties; gecodeerd als beschermende factor, "
    "omdat de aanwezigheid ervan voor plaatsing pleit (003:L77)."
)
_DAYTIME_NOTE = N_(
    "Staat in de bron onder de te wegen (contra-)indicaties; gecodeerd als beschermende factor "
    "(003:L77): aanwezig bij werk, opleiding, dagbesteding of een zorgtraject. Het ontbreken van "
    "een dagbesteding kan een reden zijn voor plaatsing in een FCJ (003:L15-17)."
)
_TRAVEL_NOTE = N_(
    "⚠ 003:L100 noemt 'gemiddeld 1,5 uur voor enkele reis', 003:L187 een werkgebied met 'een "
    "maximale reistijd van ongeveer anderhalf uur' naar de dagbesteding. Gekozen: per jongere "
    "hoogstens 90 minuten enkele reis naar de dagbesteding, grens inbegrepen; een gemiddelde is "
    "voor één jongere niet te toetsen, en omdat het te wegen is houdt de professional de ruimte "
    "van 'ongeveer'. Beschermende factor (003:L77). De reistijd wordt gelezen uit "
    "core.travel_minutes_to_activity, vastgelegd per KVJJ-locatie, voor de locatie die wordt "
    "getoetst: het werkgebied is dat van elke KVJJ afzonderlijk (003:L187) en één jongere wordt "
    "tegen de vijf locaties getoetst (003:L51). ⚠ keuze: daytime_activity.travel_minutes_one_way "
    "(één waarde per dossier) wordt niet als terugval gelezen: een regel kan de locatie van het "
    "dossier niet vergelijken met de getoetste locatie, zodat die ene waarde voor alle vijf zou "
    "tellen. Zonder reistijd voor de getoetste locatie is de factor onbekend en wordt de "
    "reistijd gevraagd; de uitkomst verandert daardoor niet, want het is te wegen (003:L75-77). "
    "De regel is in deze versie vervangen, zonder nieuwe datum: de bron (003:L100, 003:L187) is "
    "niet veranderd, alleen het feit dat gelezen wordt."
)
_NETWORK_NOTE = N_(
    "Staat in de bron onder de te wegen (contra-)indicaties; gecodeerd als beschermende factor, "
    "omdat de aanwezigheid ervan voor plaatsing pleit (003:L77). 'In de omgeving van de KVJJ' "
    "(003:L96, 003:L119) hangt af van de locatie: gelezen uit core.network_near_facility, "
    "vastgelegd per KVJJ-locatie, voor de locatie die wordt getoetst. ⚠ keuze: "
    "intake.network_near_facility (één waarde per dossier) wordt niet als terugval gelezen: een "
    "regel kan de locatie van het dossier niet vergelijken met de getoetste locatie, zodat die "
    "ene waarde voor alle vijf locaties (003:L51) zou tellen. Zonder waarde voor de getoetste "
    "locatie wordt het netwerk gevraagd; de uitkomst verandert daardoor niet, want het is te "
    "wegen (003:L75-77). De regel is in deze versie vervangen, zonder nieuwe datum: de bron is "
    "niet veranderd."
)
_TRAVEL_REGION_NOTE = N_(
    "⚠ 003:L124 noemt geen getal: de grens van 90 minuten enkele reis komt uit 003:L100 "
    "('gemiddeld 1,5 uur') en 003:L187 ('maximaal ongeveer anderhalf uur'), met dezelfde keuze "
    "als kvjj.vh.reistijd: gelezen uit core.travel_minutes_to_activity voor de getoetste "
    "KVJJ-locatie (003:L187), zonder terugval op daytime_activity.travel_minutes_one_way. "
    "'Vestigen in regio' wordt gelezen als kvjj.vestigen_in_regio, ook per KVJJ-locatie: de "
    "regio is het werkgebied van de getoetste locatie (003:L187); intake.regional_tie (één "
    "waarde per dossier) is geen terugval. 'En/of': beschermende factor aanwezig als een van "
    "beide geldt. De regel is in deze versie vervangen, zonder nieuwe datum: de bron is niet "
    "veranderd."
)
_YOUTH_LAW_NOTE = N_(
    "⚠ Een toelatingseis naast de vaststaande contra-indicaties: 003:L75 gaat over jongeren "
    "binnen de doelgroep, en wie niet onder het jeugdstrafrecht valt hoort daar niet bij "
    "(003:L51, 003:L55). De kern vergelijkt de jurisdictie van een dossier niet met de doelgroep "
    "van de voorziening; dit criterium doet dat. Adolescentenstrafrecht is jeugdstrafrecht "
    "(003:L69)."
)


def _yes(fact: str) -> Compare:
    return Compare(fact, "eq", True)


def _no(fact: str) -> Compare:
    return Compare(fact, "eq", False)


def _criterion(
    id: str,
    label: str,
    kind: CriterionKind,
    sources: tuple[Source, ...],
    rule: Condition | None,
    *,
    applies_when: Condition | None,
    description: str,
    note: str = "",
    inputs: tuple[str, ...] = (),
) -> Criterion:
    return Criterion(
        id=id,
        label=label,
        kind=kind,
        scope=SCOPE,
        versions=(CriterionVersion(sources=sources, rule=rule, note=note),),
        description=description,
        inputs=inputs,
        applies_when=applies_when,
    )


def _vh_weighed(
    id: str,
    label: str,
    kind: CriterionKind,
    item: Source,
    rule: Condition | None,
    note: str = "",
    inputs: tuple[str, ...] = (),
    extra: tuple[Source, ...] = (),
) -> Criterion:
    return _criterion(
        f"kvjj.vh.{id}",
        label,
        kind,
        (_VH_WEIGHED, item, _BALANCE, *extra),
        rule,
        applies_when=VH_ROUTE,
        description=_VH_WEIGHED_DESC,
        note=note,
        inputs=inputs,
    )


def _fcj_weighed(
    id: str,
    label: str,
    kind: CriterionKind,
    item: Source,
    rule: Condition | None,
    note: str = "",
    extra: tuple[Source, ...] = (),
) -> Criterion:
    return _criterion(
        f"kvjj.fcj.{id}",
        label,
        kind,
        (_FCJ_WEIGHED, item, _BALANCE, *extra),
        rule,
        applies_when=FCJ_ROUTE,
        description=_FCJ_WEIGHED_DESC,
        note=note,
    )


# --- Rules shared by both routes ------------------------------------------------------------

_SEVERE_ADDICTION = OneOf("intake.addiction_problems", ("severe",))
_RECIDIVISM = AnyOf(
    (
        OneOf("intake.recidivism_risk", ("medium", "high")),
        Not(
            Elapsed(
                "intake.risk_assessment_date",
                maximum=RECENT_RISK_ASSESSMENT,
                rounding=Rounding.DOWN,
            )
        ),
    )
)
_OM_NEGATIVE = OneOf("intake.prosecutor_position", ("no_consent", "negative_advice"))
_IQ = All((_yes("intake.intellectual_disability"), _no("intake.self_reliant")))
_DAYTIME = OneOf("daytime_activity.kind", ("work", "education", "day_activity", "care_trajectory"))
#: Per-facility core facts, read for the KVJJ location being screened [003:L187], [003:L96].
TRAVEL_FACT: Final = "core.travel_minutes_to_activity"
NETWORK_FACT: Final = "core.network_near_facility"
_TRAVEL = Compare(TRAVEL_FACT, "le", TRAVEL_MINUTES_ONE_WAY)
_NETWORK = _yes(NETWORK_FACT)

# --- The target group -------------------------------------------------------------------------

_YOUTH_LAW = Criterion(
    id="kvjj.jeugdstrafrecht",
    label=N_("Vrijheidbenemende strafrechtelijke titel onder het jeugdstrafrecht"),
    kind=CriterionKind.REQUIREMENT,
    scope=SCOPE,
    versions=(
        CriterionVersion(
            sources=(
                cite(
                    "003:L51",
                    N_(
                        "Alle KVJJ's zijn bedoeld voor jongeren met een vrijheidbenemende "
                        "strafrechtelijke titel onder het jeugdstrafrecht."
                    ),
                ),
                cite(
                    "003:L55",
                    N_(
                        "Jongeren en jongvolwassenen met elke vrijheidbenemende strafrechtelijke "
                        "titel binnen het jeugdstrafrecht kunnen in een KVJJ worden geplaatst als "
                        "zij aan de criteria voldoen."
                    ),
                ),
                cite(
                    "003:L69",
                    N_(
                        "Ook jongeren die bij het delict tussen 18 en 23 jaar waren en bij wie het "
                        "jeugdstrafrecht is toegepast (adolescentenstrafrecht) kunnen in de KVJJ "
                        "worden geplaatst."
                    ),
                ),
            ),
            rule=Compare("jurisdiction", "eq", "youth"),
            note=_YOUTH_LAW_NOTE,
        ),
    ),
    description=N_(
        "Toelatingseis voor elke KVJJ: het dossier valt onder het jeugdstrafrecht (003:L51)."
    ),
)

# --- Route 1: voorlopige hechtenis [003:L81-100] -----------------------------------------------

_VH: Final[tuple[Criterion, ...]] = (
    _criterion(
        "kvjj.vh.om-niet-akkoord",
        N_("OM gaat niet akkoord met plaatsing"),
        F,
        (
            _VH_FIXED,
            cite(
                "003:L83", N_("Vaststaande contra-indicatie: OM gaat niet akkoord met plaatsing.")
            ),
            _OM_REQUIRED,
            _OM_BEFORE_EACH,
            _ONLY_FIXED_BLOCKS,
        ),
        _OM_NEGATIVE,
        applies_when=VH_ROUTE,
        description=_VH_FIXED_DESC,
        note=_OM_NOTE,
    ),
    _criterion(
        "kvjj.vh.zorgproblematiek",
        N_(
            "Ernstige verslavingsproblematiek, suïcidaliteit en/of noodzaak tot klinische "
            "observatie/behandeling"
        ),
        F,
        (
            _VH_FIXED,
            cite(
                "003:L84",
                N_(
                    "Vaststaande contra-indicatie: ernstige verslavingsproblematiek, suïcidaliteit "
                    "en/of noodzaak tot klinische observatie/behandeling."
                ),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        AnyOf(
            (
                _SEVERE_ADDICTION,
                _yes("intake.suicidality"),
                _yes("intake.clinical_care_needed"),
            )
        ),
        applies_when=VH_ROUTE,
        description=_VH_FIXED_DESC,
        note=_VH_CARE_NOTE,
    ),
    _vh_weighed(
        "aard-delict",
        N_("Aard van het delict"),
        W,
        cite("003:L88", N_("Te wegen: aard van het delict.")),
        None,
        note=_OFFENCE_NOTE,
        inputs=("intake.offence_type",),
    ),
    _vh_weighed(
        "recidiverisico",
        N_("Recidiverisico op basis van een recente risicotaxatie"),
        W,
        cite("003:L89", N_("Te wegen: recidiverisico op basis van een recente risicotaxatie.")),
        _RECIDIVISM,
        note=_RISK_NOTE,
        extra=(
            cite(
                "003:L11",
                N_(
                    "Op basis van risicotaxatie-instrumenten wordt bepaald of een jongere in een "
                    "KVJJ in plaats van een FCJ kan worden geplaatst."
                ),
            ),
        ),
    ),
    _vh_weighed(
        "onttrekking",
        N_("Risico op onttrekking"),
        W,
        cite("003:L90", N_("Te wegen: risico op onttrekking.")),
        _yes("intake.escape_risk"),
    ),
    _vh_weighed(
        "medeverdachten",
        N_("Medeverdachten"),
        W,
        cite("003:L91", N_("Te wegen: medeverdachten.")),
        _yes("intake.co_suspects"),
    ),
    _vh_weighed(
        "nabijheid-slachtoffer",
        N_("Nabijheid slachtoffer"),
        W,
        cite("003:L92", N_("Te wegen: nabijheid slachtoffer.")),
        _yes("intake.victim_nearby"),
    ),
    _vh_weighed(
        "maatschappelijke-onrust",
        N_("Potentieel maatschappelijke onrust of mediagevoeligheid"),
        W,
        cite("003:L93", N_("Te wegen: potentieel maatschappelijke onrust of mediagevoeligheid.")),
        _yes("intake.public_unrest_or_media_attention"),
    ),
    _vh_weighed(
        "iq-zelfredzaamheid",
        N_("IQ < 70 in combinatie met de mate van zelfredzaamheid"),
        W,
        cite("003:L94", N_("Te wegen: IQ < 70 in combinatie met de mate van zelfredzaamheid.")),
        _IQ,
        note=_IQ_NOTE,
    ),
    _vh_weighed(
        "eerder-verblijf",
        N_("Verloop van het eerder verblijf in een KVJJ"),
        W,
        cite("003:L95", N_("Te wegen: verloop van het eerder verblijf in een KVJJ.")),
        OneOf("intake.previous_stay_same_kind", ("negative",)),
        note=_PREVIOUS_STAY_NOTE,
    ),
    _vh_weighed(
        "netwerk",
        N_("Netwerk in de omgeving van de KVJJ"),
        P,
        cite("003:L96", N_("Te wegen: netwerk in de omgeving van de KVJJ.")),
        _NETWORK,
        note=_NETWORK_NOTE,
    ),
    _vh_weighed(
        "extra-zorgbehoefte",
        N_("Extra zorgbehoefte"),
        W,
        cite("003:L97", N_("Te wegen: extra zorgbehoefte.")),
        _yes("intake.extra_care_need"),
    ),
    _vh_weighed(
        "motivatie",
        N_("Motivatie"),
        P,
        cite("003:L98", N_("Te wegen: motivatie.")),
        _yes("intake.motivated"),
        note=_PROTECTIVE_NOTE,
    ),
    _vh_weighed(
        "dagbesteding",
        N_("Dagbesteding"),
        P,
        cite("003:L99", N_("Te wegen: dagbesteding.")),
        _DAYTIME,
        note=_DAYTIME_NOTE,
    ),
    _vh_weighed(
        "reistijd",
        N_("Aanvaardbare reistijden (gemiddeld 1,5 uur voor enkele reis)"),
        P,
        cite("003:L100", N_("Te wegen: aanvaardbare reistijden (gemiddeld 1,5 uur enkele reis).")),
        _TRAVEL,
        note=_TRAVEL_NOTE,
        extra=(_WORKING_AREA,),
    ),
)

# --- Route 2: jeugddetentie or PIJ-maatregel coming from an FCJ [003:L102-124] -------------------

_FCJ: Final[tuple[Criterion, ...]] = (
    _criterion(
        "kvjj.fcj.negatief-advies-om",
        N_("Negatief advies OM"),
        F,
        (
            _FCJ_FIXED,
            cite("003:L106", N_("Vaststaande contra-indicatie: negatief advies OM.")),
            _OM_REQUIRED,
            _OM_BEFORE_EACH,
            _ONLY_FIXED_BLOCKS,
        ),
        _OM_NEGATIVE,
        applies_when=FCJ_ROUTE,
        description=_FCJ_FIXED_DESC,
        note=_OM_NOTE,
    ),
    _criterion(
        "kvjj.fcj.zorgproblematiek",
        N_(
            "Actuele ernstige zorgproblematiek, zoals ernstige verslavingsproblematiek/"
            "suïcidaliteit en/of noodzaak tot klinische behandeling"
        ),
        F,
        (
            _FCJ_FIXED,
            cite(
                "003:L108",
                N_(
                    "Vaststaande contra-indicatie: actuele ernstige zorgproblematiek, zoals "
                    "ernstige verslavingsproblematiek/suïcidaliteit en/of noodzaak tot klinische "
                    "behandeling."
                ),
            ),
            cite(
                "003:L84",
                N_(
                    "De route voorlopige hechtenis noemt 'klinische observatie/behandeling', de "
                    "route vanuit FCJ alleen 'klinische behandeling'."
                ),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        AnyOf(
            (
                OneOf("intake.care_problems", ("severe",)),
                _SEVERE_ADDICTION,
                _yes("intake.suicidality"),
                _yes("intake.clinical_care_needed"),
            )
        ),
        applies_when=FCJ_ROUTE,
        description=_FCJ_FIXED_DESC,
        note=_FCJ_CARE_NOTE,
    ),
    _criterion(
        "kvjj.fcj.pij-verlofstatus",
        N_("Geen verlofstatus die de KVJJ kan uitvoeren (bij een PIJ-maatregel)"),
        F,
        (
            _FCJ_FIXED,
            cite(
                "003:L109",
                N_(
                    "Vaststaande contra-indicatie: geen verlofstatus die de KVJJ kan uitvoeren "
                    "(bij een PIJ-maatregel)."
                ),
            ),
            cite(
                "003:L199",
                N_(
                    "Het FCJ is eindverantwoordelijk voor verlofaanvragen en verlengingsadviezen "
                    "bij jongeren die naar de KVJJ uitstromen."
                ),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        _no("intake.leave_status_executable"),
        applies_when=PIJ_ONLY,
        description=_PIJ_DESC,
    ),
    _criterion(
        "kvjj.fcj.pij-vervolgplek",
        N_("Vervolgplek na KVJJ onbekend (bij een PIJ-maatregel)"),
        F,
        (
            _FCJ_FIXED,
            cite(
                "003:L110",
                N_(
                    "Vaststaande contra-indicatie: vervolgplek na KVJJ onbekend (bij een "
                    "PIJ-maatregel)."
                ),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        _no("intake.next_placement_known"),
        applies_when=PIJ_ONLY,
        description=_PIJ_DESC,
    ),
    _criterion(
        "kvjj.fcj.openstaande-strafzaak",
        N_("Openstaande strafzaak/vervolgvonnissen"),
        F,
        (
            _FCJ_FIXED,
            cite(
                "003:L111",
                N_("Vaststaande contra-indicatie: openstaande strafzaak/vervolgvonnissen."),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        _yes("intake.pending_criminal_case"),
        applies_when=FCJ_ROUTE,
        description=_FCJ_FIXED_DESC,
        note=_PENDING_NOTE,
    ),
    _criterion(
        "kvjj.fcj.jeugddetentie-aansluitend-pij",
        N_("Plaatsing tijdens jeugddetentie, terwijl aansluitend een PIJ-maatregel is opgelegd"),
        F,
        (
            _FCJ_FIXED,
            cite(
                "003:L112",
                N_(
                    "Vaststaande contra-indicatie: plaatsing tijdens jeugddetentie, terwijl "
                    "aansluitend een PIJ-maatregel is opgelegd."
                ),
            ),
            _ONLY_FIXED_BLOCKS,
        ),
        _yes("intake.measure_follows_directly"),
        applies_when=JEUGDDETENTIE_ONLY,
        description=_JD_DESC,
        note=_PIJ_FOLLOWS_NOTE,
    ),
    _fcj_weighed(
        "recidiverisico",
        N_("Recidiverisico op basis van een recente risicotaxatie"),
        W,
        cite("003:L116", N_("Te wegen: recidiverisico op basis van een recente risicotaxatie.")),
        _RECIDIVISM,
        note=_RISK_NOTE,
    ),
    _fcj_weighed(
        "onttrekking",
        N_("Risico op onttrekking"),
        W,
        cite("003:L117", N_("Te wegen: risico op onttrekking.")),
        _yes("intake.escape_risk"),
    ),
    _fcj_weighed(
        "iq-zelfredzaamheid",
        N_("IQ < 70 in combinatie met de mate van zelfredzaamheid"),
        W,
        cite("003:L118", N_("Te wegen: IQ < 70 in combinatie met de mate van zelfredzaamheid.")),
        _IQ,
        note=_IQ_NOTE,
    ),
    _fcj_weighed(
        "netwerk",
        N_("Netwerk in de omgeving van de KVJJ"),
        P,
        cite("003:L119", N_("Te wegen: netwerk in de omgeving van de KVJJ.")),
        _NETWORK,
        note=_NETWORK_NOTE,
    ),
    _fcj_weighed(
        "nabijheid-slachtoffer",
        N_("Nabijheid slachtoffer"),
        W,
        cite("003:L120", N_("Te wegen: nabijheid slachtoffer.")),
        _yes("intake.victim_nearby"),
    ),
    _fcj_weighed(
        "maatschappelijke-onrust",
        N_("Potentieel maatschappelijke onrust of mediagevoeligheid"),
        W,
        cite("003:L121", N_("Te wegen: potentieel maatschappelijke onrust of mediagevoeligheid.")),
        _yes("intake.public_unrest_or_media_attention"),
    ),
    _fcj_weighed(
        "motivatie",
        N_("Motivatie"),
        P,
        cite("003:L122", N_("Te wegen: motivatie.")),
        _yes("intake.motivated"),
        note=_PROTECTIVE_NOTE,
    ),
    _fcj_weighed(
        "dagbesteding",
        N_("Dagbesteding"),
        P,
        cite("003:L123", N_("Te wegen: dagbesteding.")),
        _DAYTIME,
        note=_DAYTIME_NOTE,
    ),
    _fcj_weighed(
        "reistijd-of-regio",
        N_("Aanvaardbare reistijden en/of vestigen in regio"),
        P,
        cite("003:L124", N_("Te wegen: aanvaardbare reistijden en/of vestigen in regio.")),
        AnyOf((_TRAVEL, _yes(SETTLES_IN_REGION))),
        note=_TRAVEL_REGION_NOTE,
        extra=(
            cite(
                "003:L100",
                N_("De route voorlopige hechtenis noemt gemiddeld 1,5 uur voor enkele reis."),
            ),
            _WORKING_AREA,
        ),
    ),
)

#: Every criterion of the plugin, in a stable order.
CRITERIA: Final[tuple[Criterion, ...]] = (_YOUTH_LAW, *_VH, *_FCJ)
