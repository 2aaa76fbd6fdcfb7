"""The case record: one person in one trajectory, pseudonymous and minimal.

Conventions for every optional field: ``None`` means *not recorded* (unknown),
never "no". ``False`` is a recorded "no". Names and BSN have no place in the
model; ``subject_id`` is a pseudonym. Birth dates and free text are sensitive:
they never appear in ``repr``, in error messages or in logs. Every field has a data
class (ordinary, identifying, special category: the ``field_transformer`` on each
model); special-category (health) and identifying values show in ``repr`` as
``<special category>`` and ``<identifying>``, pseudonymous ids excepted.

>>> import datetime as dt
>>> case = CaseRecord(subject_id="p-0001", case_id="c-0001", sex=Sex.MALE,
...                   birth_date=dt.date(1990, 5, 17))
>>> "1990" in repr(case)
False
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import attrs

from kleinschalig._fields import CODE_PATTERN, ID_PATTERN, classified, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import described
from kleinschalig.dates import Duration, RemainingSentence, Rounding, add, remaining
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import BasisvoorwaardenMeasurement, MeasurementMoment
from kleinschalig.model.common import Jurisdiction, RecidivismType, Sex
from kleinschalig.model.events import CaseEvent
from kleinschalig.model.fact_values import FactValues

__all__ = [
    "ActivityKind",
    "CaseRecord",
    "Consent",
    "DaytimeActivity",
    "IntakeFacts",
    "LifeDomainScores",
    "OffenceType",
    "PlacementDecision",
    "PlacementFacts",
    "RecidivismEvent",
    "RecidivismType",
    "Referral",
    "Residence",
    "SentenceFacts",
    "Severity",
    "TitleHolding",
]


def _not_before(other: str) -> Any:
    def validate(inst: Any, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
        earlier = getattr(inst, other)
        if value is not None and earlier is not None and value < earlier:
            raise InvalidValue("date.order", attribute.name, other=other)

    return validate


@described(
    N_("Woonplaats"),
    municipality=(N_("Gemeente"), N_("De gemeente waar de persoon woont of zich vestigt.")),
    municipality_code=(
        N_("Gemeentecode"),
        N_("De CBS-code van de gemeente (GM gevolgd door vier cijfers)."),
    ),
    region=(N_("Regio"), N_("De regio van de woonplaats.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        identifying="municipality municipality_code region",
    ),
)
class Residence:
    """Where the person lives (or will settle): municipality name, CBS code and region."""

    municipality: str | None = None
    municipality_code: str | None = attrs.field(default=None, **spec(pattern=r"^GM\d{4}$"))
    region: str | None = None


@described(
    N_("Juridische titel van de persoon"),
    title=(N_("Titel"), N_("De code van een geregistreerde juridische titel.")),
    since=(N_("Sinds"), N_("De eerste dag waarop de titel geldt.")),
    until=(N_("Tot en met"), N_("De laatste dag waarop de titel geldt.")),
    phase=(N_("Fase"), N_("De code van de fase binnen de titel.")),
    decided_by=(N_("Besloten door"), N_("De code van de partnerrol die over de titel besliste.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="title since until phase decided_by",
    ),
)
class TitleHolding:
    """A legal title the person holds, by the code of a registered title."""

    title: str = attrs.field(**spec(pattern=CODE_PATTERN))
    since: dt.date | None = None
    until: dt.date | None = attrs.field(default=None, **spec(validator=_not_before("since")))
    phase: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    decided_by: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))

    def held_on(self, on: dt.date) -> bool | None:
        """Whether the title is held on ``on``; ``None`` when the dates do not say."""
        if self.since is None:
            return None if self.until is None or on <= self.until else False
        return self.since <= on and (self.until is None or on <= self.until)


@described(
    N_("Straf"),
    imposed_length=(
        N_("Opgelegde straf"),
        N_("De duur van het onvoorwaardelijke deel van de opgelegde straf."),
    ),
    start_date=(N_("Begin straf"), N_("De dag waarop de straf begon.")),
    expected_length=(
        N_("Strafverwachting"),
        N_("De verwachte straf van iemand in voorlopige hechtenis."),
    ),
    reporting_date=(N_("Meldingsdatum"), N_("De dag waarop een zelfmelder zich moet melden.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="imposed_length start_date expected_length reporting_date",
    ),
)
class SentenceFacts:
    """Sentence facts: imposed length and start, or the expected sentence in pre-trial detention.

    ``imposed_length`` is the unconditional part; ``expected_length`` is the
    strafverwachting for someone in voorlopige hechtenis; ``reporting_date`` is when
    a zelfmelder must report.
    """

    imposed_length: Duration | None = None
    start_date: dt.date | None = None
    expected_length: Duration | None = None
    reporting_date: dt.date | None = None

    def end_date(self, rounding: Rounding = Rounding.RAISE) -> dt.date | None:
        start = self.start_date or self.reporting_date
        if start is None or self.imposed_length is None:
            return None
        return add(start, self.imposed_length, rounding)

    def remaining_at(
        self, reference: dt.date, rounding: Rounding = Rounding.RAISE
    ) -> RemainingSentence | None:
        """The strafrestant at ``reference``; ``None`` when length or start is unknown.

        For a zelfmelder who has not reported yet, the reporting date is the start.
        """
        start = self.start_date or self.reporting_date
        if start is None or self.imposed_length is None:
            return None
        return remaining(start, self.imposed_length, reference, rounding)


@labelled(
    {
        "work": N_("betaald werk"),
        "education": N_("opleiding"),
        "day_activity": N_("dagbesteding"),
        "care_trajectory": N_("zorgtraject"),
        "none": N_("geen"),
    }
)
class ActivityKind(StrEnum):
    WORK = "work"
    EDUCATION = "education"
    DAY_ACTIVITY = "day_activity"
    CARE_TRAJECTORY = "care_trajectory"
    NONE = "none"


@described(
    N_("Dagbesteding"),
    kind=(N_("Soort dagbesteding"), N_("Werk, opleiding, dagbesteding, zorgtraject of geen.")),
    hours_per_week=(N_("Uren per week"), N_("Het aantal uren per week (0 tot 168).")),
    since=(N_("Sinds"), N_("De dag waarop de dagbesteding begon.")),
    employer_willing_to_be_checked=(
        N_("Werkgever controleerbaar"),
        N_("Of de werkgever bereid is zich te laten controleren."),
    ),
    travel_minutes_one_way=(
        N_("Reistijd enkele reis"),
        N_("De reistijd in minuten voor een enkele reis."),
    ),
    distance_km=(N_("Afstand"), N_("De afstand in kilometers.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary=(
            "kind hours_per_week since employer_willing_to_be_checked travel_minutes_one_way "
            "distance_km"
        ),
    ),
)
class DaytimeActivity:
    """Structured daytime activity before and during detention."""

    kind: ActivityKind
    hours_per_week: float | None = attrs.field(default=None, **spec(minimum=0, maximum=168))
    since: dt.date | None = None
    employer_willing_to_be_checked: bool | None = None
    travel_minutes_one_way: int | None = attrs.field(default=None, **spec(minimum=0, maximum=1440))
    distance_km: float | None = attrs.field(default=None, **spec(minimum=0))


@described(
    N_("Scores leefgebieden"),
    moment=(N_("Meetmoment"), N_("Het moment van de meting.")),
    date=(N_("Meetdatum"), N_("De dag van de meting.")),
    work_activity_education=(
        N_("Werk, dagbesteding en opleiding"),
        N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2."),
    ),
    finances=(N_("Financiën"), N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2.")),
    housing=(N_("Huisvesting"), N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2.")),
    attitude_behaviour=(
        N_("Houding en gedrag"),
        N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2."),
    ),
    social_network=(
        N_("Sociaal netwerk"),
        N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2."),
    ),
    leisure=(N_("Vrije tijd"), N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2.")),
    psychological_wellbeing=(
        N_("Psychisch welbevinden"),
        N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2."),
    ),
    substance_use=(
        N_("Middelengebruik"),
        N_("De score op dit leefgebied, van -2 (zeer negatief) tot +2."),
    ),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary=(
            "moment date work_activity_education finances housing attitude_behaviour "
            "social_network leisure"
        ),
        special="psychological_wellbeing substance_use",
    ),
)
class LifeDomainScores:
    """Scores on the eight life domains at one moment, from -2 (very negative) to +2."""

    moment: MeasurementMoment
    date: dt.date | None = None
    work_activity_education: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    finances: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    housing: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    attitude_behaviour: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    social_network: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    leisure: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    psychological_wellbeing: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))
    substance_use: int | None = attrs.field(default=None, **spec(minimum=-2, maximum=2))


@described(
    N_("Toestemming"),
    partner=(N_("Partner"), N_("De code van de partnerrol waarmee gedeeld mag worden.")),
    scope=(N_("Reikwijdte"), N_("Wat gedeeld mag worden, bijvoorbeeld employer_contact.")),
    given_on=(N_("Gegeven op"), N_("De dag waarop de toestemming is gegeven.")),
    withdrawn_on=(N_("Ingetrokken op"), N_("De dag waarop de toestemming is ingetrokken.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="partner scope given_on withdrawn_on",
    ),
)
class Consent:
    """Consent to share information with a partner role, for a scope, from a date."""

    partner: str = attrs.field(**spec(pattern=CODE_PATTERN))
    scope: tuple[str, ...] = attrs.field(**spec(non_empty=True))
    given_on: dt.date
    withdrawn_on: dt.date | None = attrs.field(
        default=None, **spec(validator=_not_before("given_on"))
    )

    def valid_on(self, on: dt.date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or on < self.withdrawn_on)


@described(
    N_("Verwijzing"),
    date=(N_("Datum"), N_("De dag van de verwijzing.")),
    by=(N_("Verwezen door"), N_("De code van de partnerrol die verwees.")),
    route=(N_("Route"), N_("De code van de route waarlangs verwezen is.")),
)
@attrs.frozen(slots=True, field_transformer=classified(ordinary="date by route"))
class Referral:
    """Who referred the person, by which route, when."""

    date: dt.date
    by: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    route: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))


@labelled({"none": N_("geen"), "present": N_("aanwezig"), "severe": N_("ernstig")})
class Severity(StrEnum):
    NONE = "none"
    PRESENT = "present"
    SEVERE = "severe"


@labelled(
    {
        "violence": N_("geweld"),
        "sexual": N_("zeden"),
        "property": N_("vermogen"),
        "property_with_violence": N_("vermogen met geweld"),
        "drugs": N_("drugs"),
        "public_order": N_("openbare orde"),
        "traffic": N_("verkeer"),
        "other": N_("overig"),
    }
)
class OffenceType(StrEnum):
    """Offence classes; the appendix fixes no list, this is the indicator digest's proposal."""

    VIOLENCE = "violence"
    SEXUAL = "sexual"
    PROPERTY = "property"
    PROPERTY_WITH_VIOLENCE = "property_with_violence"
    DRUGS = "drugs"
    PUBLIC_ORDER = "public_order"
    TRAFFIC = "traffic"
    OTHER = "other"


@labelled(
    {
        "consent": N_("akkoord"),
        "no_consent": N_("niet akkoord"),
        "positive_advice": N_("positief advies"),
        "negative_advice": N_("negatief advies"),
    }
)
class ProsecutorPosition(StrEnum):
    """The OM's position on a placement: consent or advice [003:L83], [003:L106]."""

    CONSENT = "consent"
    NO_CONSENT = "no_consent"
    POSITIVE_ADVICE = "positive_advice"
    NEGATIVE_ADVICE = "negative_advice"


@labelled({"low": N_("laag"), "medium": N_("gemiddeld"), "high": N_("hoog")})
class RiskLevel(StrEnum):
    """A risk assessment's outcome (risicotaxatie) [003:L89], [003:L116]."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@labelled({"positive": N_("positief verlopen"), "negative": N_("negatief verlopen")})
class PreviousStay(StrEnum):
    """How an earlier stay in the same kind of facility went [003:L95]."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


@described(
    N_("Kenmerken bij instroom"),
    offence_type=(N_("Type delict"), N_("Het soort delict waarvoor de persoon gedetineerd is.")),
    prior_offences=(N_("Eerdere delicten"), N_("Of er eerdere delicten zijn.")),
    prior_offence_count=(N_("Aantal eerdere delicten"), N_("Het aantal eerdere delicten.")),
    languages=(N_("Talen"), N_("De codes van de talen die de persoon spreekt.")),
    regional_tie=(
        N_("Regiobinding"),
        N_("Of de persoon binding heeft met de regio (uitstroom in de regio)."),
    ),
    outflow_municipality=(
        N_("Uitstroomgemeente"),
        N_("De gemeente waarheen de persoon uitstroomt."),
    ),
    distance_to_outflow_municipality_km=(
        N_("Afstand tot uitstroomgemeente"),
        N_("De afstand tot de uitstroomgemeente in kilometers."),
    ),
    group_suitable=(N_("Groepsgeschikt"), N_("Of de persoon in een groep kan functioneren.")),
    motivated=(
        N_("Gemotiveerd"),
        N_("Of de persoon gemotiveerd is te werken aan een delictvrije toekomst."),
    ),
    psychiatric_problems=(
        N_("Psychiatrische problematiek"),
        N_("Of er psychiatrische problematiek is, en hoe ernstig."),
    ),
    addiction_problems=(
        N_("Verslavingsproblematiek"),
        N_("Of er verslavingsproblematiek is, en hoe ernstig."),
    ),
    care_problems=(N_("Zorgproblematiek"), N_("Of er zorgproblematiek is, en hoe ernstig.")),
    intellectual_disability=(
        N_("Verstandelijke beperking"),
        N_("Of er een verstandelijke beperking is (zoals IQ < 70)."),
    ),
    suspected_serious_violent_or_sexual_offence=(
        N_("Verdacht van ernstig gewelds- of zedendelict"),
        N_("Of de persoon verdacht wordt van een ernstig gewelds- of zedendelict."),
    ),
    escape_risk=(N_("Risico op onttrekking"), N_("Of er een risico op onttrekking is.")),
    violence_risk=(N_("Geweldsrisico"), N_("Of er een risico op geweld is.")),
    history_with_staff=(
        N_("Voorgeschiedenis met personeel"),
        N_("Of er een voorgeschiedenis met het personeel is."),
    ),
    prosecutor_position=(
        N_("Standpunt OM"),
        N_("Het standpunt van het OM over de plaatsing: akkoord of advies."),
    ),
    suicidality=(N_("Suïcidaliteit"), N_("Of er sprake is van suïcidaliteit.")),
    clinical_care_needed=(
        N_("Klinische zorg nodig"),
        N_("Of klinische observatie of behandeling nodig is."),
    ),
    recidivism_risk=(N_("Recidiverisico"), N_("De uitkomst van de risicotaxatie.")),
    risk_assessment_date=(N_("Datum risicotaxatie"), N_("De dag van de risicotaxatie.")),
    co_suspects=(N_("Medeverdachten"), N_("Of er medeverdachten zijn.")),
    victim_nearby=(
        N_("Nabijheid slachtoffer"),
        N_("Of het slachtoffer in de nabijheid van de voorziening is."),
    ),
    public_unrest_or_media_attention=(
        N_("Maatschappelijke onrust of media"),
        N_("Of er potentieel maatschappelijke onrust of mediagevoeligheid is."),
    ),
    self_reliant=(N_("Zelfredzaam"), N_("Of de persoon zelfredzaam is.")),
    previous_stay_same_kind=(
        N_("Eerder verblijf"),
        N_("Hoe een eerder verblijf in dezelfde soort voorziening verliep."),
    ),
    network_near_facility=(
        N_("Netwerk nabij voorziening"),
        N_("Of de persoon een netwerk heeft in de omgeving van de voorziening."),
    ),
    extra_care_need=(N_("Extra zorgbehoefte"), N_("Of er een extra zorgbehoefte is.")),
    pending_criminal_case=(
        N_("Openstaande strafzaak"),
        N_("Of er een openstaande strafzaak of vervolgvonnis is."),
    ),
    leave_status_executable=(
        N_("Verlofstatus uitvoerbaar"),
        N_("Of de voorziening de verlofstatus kan uitvoeren."),
    ),
    next_placement_known=(
        N_("Vervolgplek bekend"),
        N_("Of de vervolgplek na het verblijf bekend is."),
    ),
    measure_follows_directly=(
        N_("Aansluitend maatregel"),
        N_("Of aansluitend een maatregel (zoals een PIJ-maatregel) is opgelegd."),
    ),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary=(
            "offence_type prior_offences prior_offence_count languages regional_tie "
            "distance_to_outflow_municipality_km group_suitable motivated "
            "suspected_serious_violent_or_sexual_offence escape_risk violence_risk "
            "history_with_staff prosecutor_position recidivism_risk risk_assessment_date "
            "co_suspects victim_nearby public_unrest_or_media_attention self_reliant "
            "previous_stay_same_kind network_near_facility pending_criminal_case "
            "leave_status_executable next_placement_known measure_follows_directly"
        ),
        identifying="outflow_municipality",
        special=(
            "psychiatric_problems addiction_problems care_problems intellectual_disability "
            "suicidality clinical_care_needed extra_care_need"
        ),
    ),
)
class IntakeFacts:
    """Characteristics at intake (T0) that criteria and indicators read.

    The evaluation measures them at intake (nulmeting) [001:L5378-5380], in the
    block "Kenmerken gedetineerde ten tijde van instroom" of each KV's table
    (Almelo's: [001:L5483-5559]).

    The fields from ``prosecutor_position`` on are the inputs of the national
    KVJJ criteria [003:L81-124]; adult facilities may read them too.
    """

    offence_type: OffenceType | None = None
    prior_offences: bool | None = None
    prior_offence_count: int | None = attrs.field(default=None, **spec(minimum=0))
    languages: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda code: code, "language"))
    )
    regional_tie: bool | None = None
    outflow_municipality: str | None = None
    distance_to_outflow_municipality_km: float | None = attrs.field(default=None, **spec(minimum=0))
    group_suitable: bool | None = None
    motivated: bool | None = None
    psychiatric_problems: Severity | None = None
    addiction_problems: Severity | None = None
    care_problems: Severity | None = None
    intellectual_disability: bool | None = None
    suspected_serious_violent_or_sexual_offence: bool | None = None
    escape_risk: bool | None = None
    violence_risk: bool | None = None
    history_with_staff: bool | None = None
    prosecutor_position: ProsecutorPosition | None = None
    suicidality: bool | None = None
    clinical_care_needed: bool | None = None
    recidivism_risk: RiskLevel | None = None
    risk_assessment_date: dt.date | None = None
    co_suspects: bool | None = None
    victim_nearby: bool | None = None
    public_unrest_or_media_attention: bool | None = None
    self_reliant: bool | None = None
    previous_stay_same_kind: PreviousStay | None = None
    network_near_facility: bool | None = None
    extra_care_need: bool | None = None
    pending_criminal_case: bool | None = None
    leave_status_executable: bool | None = None
    next_placement_known: bool | None = None
    measure_follows_directly: bool | None = None


@labelled(
    {
        "placed": N_("geplaatst"),
        "not_placed": N_("niet geplaatst"),
        "withdrawn": N_("teruggetrokken"),
        "declined": N_("aanbod afgeslagen"),
        "pending": N_("in afwachting"),
    }
)
class PlacementDecision(StrEnum):
    """``declined``: offered a place, the person said no (for example preferring
    the freedoms of a ZBBI or penitentiair programma [001:L3152-3157])."""

    PLACED = "placed"
    NOT_PLACED = "not_placed"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"
    PENDING = "pending"


@labelled(
    {
        "completed": N_("verblijf afgerond"),
        "placed_back": N_("teruggeplaatst in een gesloten setting"),
        "transferred": N_("overgeplaatst"),
        "other": N_("anders"),
    }
)
class OutflowReason(StrEnum):
    """Why a stay ended; ``placed_back`` is a return to a closed setting before the end
    of the sentence [001:L3037-3040], [000:L59-61]."""

    COMPLETED = "completed"
    PLACED_BACK = "placed_back"
    TRANSFERRED = "transferred"
    OTHER = "other"


@described(
    N_("Plaatsing"),
    decision=(N_("Plaatsingsbesluit"), N_("Het besluit over de plaatsing.")),
    decision_date=(N_("Datum besluit"), N_("De dag van het plaatsingsbesluit.")),
    inflow_date=(N_("Instroomdatum"), N_("De dag waarop het verblijf begon.")),
    outflow_date=(N_("Uitstroomdatum"), N_("De dag waarop het verblijf eindigde.")),
    outflow_reason=(N_("Reden uitstroom"), N_("Waarom het verblijf eindigde.")),
    admitted_by_exception=(
        N_("Bij uitzondering geplaatst"),
        N_("Geplaatst terwijl een criterium niet voldaan was (een afwijking)."),
    ),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary=(
            "decision decision_date inflow_date outflow_date outflow_reason admitted_by_exception"
        ),
    ),
)
class PlacementFacts:
    """The placement decision and the dates of the stay."""

    decision: PlacementDecision = PlacementDecision.PENDING
    decision_date: dt.date | None = None
    inflow_date: dt.date | None = None
    outflow_date: dt.date | None = attrs.field(
        default=None, **spec(validator=_not_before("inflow_date"))
    )
    outflow_reason: OutflowReason | None = None
    admitted_by_exception: bool | None = None


@described(
    N_("Recidivegebeurtenis"),
    type=(N_("Soort recidive"), N_("Het soort gebeurtenis.")),
    date=(N_("Datum"), N_("De dag van de gebeurtenis.")),
    source=(N_("Bron"), N_("De code van de bron van de gebeurtenis.")),
)
@attrs.frozen(slots=True, field_transformer=classified(ordinary="type date source"))
class RecidivismEvent:
    """A dated recidivism event after outflow (the window is chosen at analysis time)."""

    type: RecidivismType
    date: dt.date
    source: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))


@described(
    N_("Dossier"),
    subject_id=(N_("Persoonscode"), N_("Een pseudoniem; nooit een naam of BSN.")),
    case_id=(N_("Dossiercode"), N_("De pseudonieme code van dit dossier.")),
    jurisdiction=(N_("Rechtsgebied"), N_("Volwassenen of jeugd.")),
    facility=(
        N_("Voorziening"),
        N_("De code van de voorziening; leeg: getoetst tegen elke voorziening."),
    ),
    sex=(N_("Geslacht"), N_("Het geslacht van de persoon.")),
    birth_date=(N_("Geboortedatum"), N_("De geboortedatum; gevoelig, nooit gelogd.")),
    residence=(N_("Woonplaats"), N_("Waar de persoon woont of zich vestigt.")),
    legal_titles=(N_("Juridische titels"), N_("De juridische titels die de persoon heeft.")),
    sentence=(N_("Straf"), N_("De opgelegde of verwachte straf.")),
    daytime_activity=(N_("Dagbesteding"), N_("Werk, opleiding of andere dagbesteding.")),
    intake=(
        N_("Kenmerken bij instroom"),
        N_("De kenmerken bij instroom (T0) die criteria en indicatoren lezen."),
    ),
    basisvoorwaarden=(
        N_("Basisvoorwaarden"),
        N_("De metingen van de vijf basisvoorwaarden, één per meetmoment."),
    ),
    life_domains=(
        N_("Leefgebieden"),
        N_("De scores op de leefgebieden, één meting per meetmoment."),
    ),
    consents=(N_("Toestemmingen"), N_("De toestemmingen om gegevens te delen.")),
    referral=(N_("Verwijzing"), N_("Wie de persoon verwees, langs welke route, wanneer.")),
    placement=(N_("Plaatsing"), N_("Het plaatsingsbesluit en de data van het verblijf.")),
    recidivism=(N_("Recidive"), N_("De gedateerde recidive na uitstroom.")),
    events=(
        N_("Gebeurtenissen"),
        N_("Het logboek van de werkprocessen, oudste eerst; alleen aanvullen."),
    ),
    facts=(
        N_("Gedeclareerde feiten"),
        N_("Gedeclareerde feiten per id, per meetmoment of voorziening waar zo gedeclareerd."),
    ),
    notes=(N_("Notities"), N_("Vrije tekst; gevoelig, nooit gelogd.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="jurisdiction facility sex",
        identifying="subject_id case_id birth_date",
        special="notes",
        nested=(
            "residence legal_titles sentence daytime_activity intake basisvoorwaarden "
            "life_domains consents referral placement recidivism events facts"
        ),
    ),
)
class CaseRecord:
    """One person in one trajectory: everything the engines read, nothing identifying.

    ``facility`` is the code of the facility the record is about (``None`` for a
    person being screened against every facility).
    """

    subject_id: str = attrs.field(**spec(pattern=ID_PATTERN, not_bsn=True))
    case_id: str = attrs.field(**spec(pattern=ID_PATTERN))
    jurisdiction: Jurisdiction = Jurisdiction.ADULT
    facility: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    sex: Sex = Sex.UNKNOWN
    birth_date: dt.date | None = attrs.field(default=None, **spec(sensitive=True))
    residence: Residence | None = None
    legal_titles: tuple[TitleHolding, ...] = ()
    sentence: SentenceFacts | None = None
    daytime_activity: DaytimeActivity | None = None
    intake: IntakeFacts | None = None
    basisvoorwaarden: tuple[BasisvoorwaardenMeasurement, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda m: m.moment, "moment"))
    )
    life_domains: tuple[LifeDomainScores, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda m: m.moment, "moment"))
    )
    consents: tuple[Consent, ...] = ()
    referral: Referral | None = None
    placement: PlacementFacts | None = None
    recidivism: tuple[RecidivismEvent, ...] = ()
    events: tuple[CaseEvent, ...] = ()
    facts: FactValues = attrs.field(factory=FactValues)
    notes: str | None = attrs.field(default=None, **spec(sensitive=True))

    def age_on(self, on: dt.date) -> int | None:
        """Age in whole years on ``on``; ``None`` when the birth date is not recorded."""
        if self.birth_date is None:
            return None
        born = self.birth_date
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

    def titles_on(self, on: dt.date) -> tuple[str, ...]:
        """Codes of the titles certainly held on ``on``."""
        return tuple(h.title for h in self.legal_titles if h.held_on(on))

    def basisvoorwaarden_at(self, moment: MeasurementMoment) -> BasisvoorwaardenMeasurement | None:
        for m in self.basisvoorwaarden:
            if m.moment is moment:
                return m
        return None
