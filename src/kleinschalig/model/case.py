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
    decided_by: str | None = attrs.field(
        default=None, **spec(pattern=CODE_PATTERN, doc="partner-role code")
    )

    def held_on(self, on: dt.date) -> bool | None:
        """Whether the title is held on ``on``; ``None`` when the dates do not say."""
        if self.since is None:
            return None if self.until is None or on <= self.until else False
        return self.since <= on and (self.until is None or on <= self.until)


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


@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="partner scope given_on withdrawn_on",
    ),
)
class Consent:
    """Consent to share information with a partner role, for a scope, from a date."""

    partner: str = attrs.field(**spec(pattern=CODE_PATTERN, doc="partner-role code"))
    scope: tuple[str, ...] = attrs.field(
        **spec(non_empty=True, doc="what may be shared, e.g. employer_contact")
    )
    given_on: dt.date
    withdrawn_on: dt.date | None = attrs.field(
        default=None, **spec(validator=_not_before("given_on"))
    )

    def valid_on(self, on: dt.date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or on < self.withdrawn_on)


@attrs.frozen(slots=True, field_transformer=classified(ordinary="date by route"))
class Referral:
    """Who referred the person, by which route, when."""

    date: dt.date
    by: str | None = attrs.field(
        default=None, **spec(pattern=CODE_PATTERN, doc="partner-role code")
    )
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
    admitted_by_exception: bool | None = attrs.field(
        default=None, **spec(doc="placed although a criterion was not met (an override)")
    )


@attrs.frozen(slots=True, field_transformer=classified(ordinary="type date source"))
class RecidivismEvent:
    """A dated recidivism event after outflow (the window is chosen at analysis time)."""

    type: RecidivismType
    date: dt.date
    source: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))


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

    subject_id: str = attrs.field(
        **spec(pattern=ID_PATTERN, not_bsn=True, doc="pseudonym; never a name or BSN")
    )
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
    events: tuple[CaseEvent, ...] = attrs.field(
        default=(), **spec(doc="the append-only workflow event log, oldest first")
    )
    facts: FactValues = attrs.field(
        factory=FactValues,
        **spec(doc="declared facts by id (per moment or facility where declared so)"),
    )
    notes: str | None = attrs.field(
        default=None, **spec(sensitive=True, doc="free text; never logged")
    )

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
