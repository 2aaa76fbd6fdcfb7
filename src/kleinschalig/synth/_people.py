"""The person's facts: title and sentence, intake, daytime activity, measurements, recidivism.

Distributions are invented for test data, loosely shaped on what the sources
describe (short sentences, mostly property, violence and drugs offences, most
basisvoorwaarden not in order at intake); they are no statistics of anyone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from random import Random
from typing import Any, Final

import attrs

from kleinschalig.dates import Duration
from kleinschalig.model.basisvoorwaarden import (
    BasisvoorwaardenMeasurement,
    BVStatus,
    MeasurementMoment,
)
from kleinschalig.model.case import (
    ActivityKind,
    LifeDomainScores,
    OffenceType,
    OutflowReason,
    PreviousStay,
    ProsecutorPosition,
    RecidivismEvent,
    RecidivismType,
    RiskLevel,
    Severity,
)

_DELTAS: Final = tuple(dt.timedelta(days=k) for k in range(4000))


def days(n: float) -> dt.timedelta:
    """``n`` whole days (a fraction is dropped)."""
    k = int(n)
    return _DELTAS[k] if 0 <= k < 4000 else dt.timedelta(days=k)


def between(rng: Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive (faster than ``randint``)."""
    return low + int(rng.random() * (high - low + 1))


class Weights:
    """Values with relative weights, to draw from quickly.

    >>> Weights(("a", 3), ("b", 1)).values
    ('a', 'b')
    """

    __slots__ = ("cumulative", "total", "values")

    def __init__(self, *pairs: tuple[Any, float]) -> None:
        self.values = tuple(v for v, _w in pairs)
        self.cumulative = list(itertools.accumulate(w for _v, w in pairs))
        self.total = self.cumulative[-1]


def pick(rng: Random, table: Weights) -> Any:
    """One value of ``table``, by weight."""
    return table.values[bisect.bisect_right(table.cumulative, rng.random() * table.total)]


def maybe(rng: Random, p_missing: float, value: Any) -> Any:
    """``value``, or ``None`` (not recorded) with chance ``p_missing``."""
    return None if rng.random() < p_missing else value


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months forward; ``day`` is at most the 28th, so the day always exists."""
    total = day.month - 1 + months
    return day.replace(year=day.year + total // 12, month=total % 12 + 1)


def early_day(day: dt.date) -> dt.date:
    """The same month, on the 28th at the latest (calendar arithmetic then never fails)."""
    return day if day.day <= 28 else day.replace(day=28)


def length(months: int) -> Duration:
    return Duration(years=months // 12, months=months % 12)


def release(start: dt.date, end: dt.date) -> dt.date:
    """The planned day out: the sentence end, or an approximate v.i. date after a year."""
    total = (end - start).days
    if total <= 365:
        return end
    return start + days(365 + (total - 365) * 2 / 3)


@attrs.define
class Sentence:
    """Title holdings and sentence facts of one profile, with the day placement could end."""

    profile: str
    holdings: list[dict[str, Any]]
    imposed: Duration | None = None
    start: dt.date | None = None
    expected: Duration | None = None
    reporting: dt.date | None = None
    since: dt.date = dt.date.min
    planned_out: dt.date = dt.date.min


#: Sentence profile per accepted title, and its weight in the mix.
PROFILES: Final[dict[str, tuple[str, float]]] = {
    "gevangenisstraf": ("detention", 1.0),
    "zelfmelder": ("self_report", 1.0),
    "pbw.43.3": ("court_order", 0.3),
    "voorlopige_hechtenis": ("pretrial", 1.0),
    "jeugddetentie": ("detention", 0.45),
    "pij": ("measure", 0.25),
}


def sentence(title: str | None, referral: dt.date, youth: bool, rng: Random) -> Sentence:
    profile = PROFILES.get(title or "", ("detention", 1.0))[0]
    if profile in ("self_report", "court_order"):
        reporting = referral + days(between(rng, 42, 56))
        while reporting.day > 28:
            reporting = referral + days(between(rng, 42, 56))
        months = max(1, round(rng.triangular(1, 8 if profile == "court_order" else 12, 3)))
        base = "zelfmelder" if profile == "self_report" else title or "pbw.43.3"
        since = referral - days(between(rng, 14, 70))
        holdings = [
            {
                "title": base,
                "since": since,
                "decided_by": "cjib" if base == "zelfmelder" else "rechter",
            },
            {"title": "gevangenisstraf", "since": reporting, "decided_by": "rechter"},
        ]
        return Sentence(
            profile,
            holdings,
            imposed=length(months),
            reporting=reporting,
            since=since,
            planned_out=release(reporting, add_months(reporting, months)),
        )
    if profile == "pretrial":
        start = early_day(referral - days(between(rng, 2, 21)))
        months = round(rng.triangular(1, 4 if youth else 6, 2 if youth else 3))
        holdings = [{"title": "voorlopige_hechtenis", "since": start, "decided_by": "rc"}]
        return Sentence(
            profile,
            holdings,
            start=start,
            expected=length(max(1, months)),
            since=start,
            planned_out=add_months(start, max(1, months)),
        )
    if profile == "measure":
        years = between(rng, 2, 4)
        target = referral + days(between(rng, 90, 420))
        start = dt.date(target.year - years, target.month, min(target.day, 28))
        end = start.replace(year=start.year + years)
        holdings = [{"title": title, "since": start, "decided_by": "rechter"}]
        return Sentence(
            profile,
            holdings,
            imposed=Duration(years=years),
            start=start,
            since=start,
            planned_out=end,
        )
    start = early_day(referral - days(between(rng, 14, 240 if youth else 720)))
    served = (referral.year - start.year) * 12 + referral.month - start.month
    left = max(2, round(rng.triangular(1, 10 if youth else 20, 3 if youth else 6)))
    months = min(served + left, 24) if youth else served + left
    months = max(months, served + 2)
    phase = None
    if title == "gevangenisstraf":
        phase = pick(rng, _PHASES)
    holdings = [
        {
            "title": title or "gevangenisstraf",
            "since": start,
            "phase": phase,
            "decided_by": "rechter",
        }
    ]
    end = add_months(start, months)
    return Sentence(
        profile,
        holdings,
        imposed=length(months),
        start=start,
        since=start,
        planned_out=release(start, end),
    )


_SEVERITY = Weights((Severity.NONE, 55), (Severity.PRESENT, 35), (Severity.SEVERE, 10))
_SEVERITY_FIT = Weights((Severity.NONE, 62), (Severity.PRESENT, 36), (Severity.SEVERE, 2))
_OFFENCES = Weights(
    (OffenceType.PROPERTY, 30),
    (OffenceType.VIOLENCE, 20),
    (OffenceType.DRUGS, 18),
    (OffenceType.PROPERTY_WITH_VIOLENCE, 8),
    (OffenceType.TRAFFIC, 8),
    (OffenceType.PUBLIC_ORDER, 7),
    (OffenceType.OTHER, 6),
    (OffenceType.SEXUAL, 3),
)
_PHASES = Weights(("plusprogramma", 65), ("basisprogramma", 25), (None, 10))
_RISKS = Weights((RiskLevel.LOW, 35), (RiskLevel.MEDIUM, 45), (RiskLevel.HIGH, 20))
_PROSECUTOR_FIT = Weights(
    (ProsecutorPosition.CONSENT, 60),
    (ProsecutorPosition.POSITIVE_ADVICE, 20),
    (ProsecutorPosition.NO_CONSENT, 5),
    (ProsecutorPosition.NEGATIVE_ADVICE, 5),
)
_PROSECUTOR = Weights(
    (ProsecutorPosition.CONSENT, 30),
    (ProsecutorPosition.POSITIVE_ADVICE, 20),
    (ProsecutorPosition.NO_CONSENT, 30),
    (ProsecutorPosition.NEGATIVE_ADVICE, 20),
)
_PREVIOUS_STAY = Weights((PreviousStay.POSITIVE, 70), (PreviousStay.NEGATIVE, 30))
_LANGUAGES = Weights(
    (("nl",), 84), (("nl", "en"), 8), (("en",), 3), (("ar",), 2), (("pl",), 2), ((), 1)
)


def intake(
    rng: Random, *, fit: bool, youth: bool, profile: str, referral: dt.date, town: str | None
) -> dict[str, Any]:
    """Intake facts; ``fit`` people (those offered a place) have fewer contra-indications."""
    sev = _SEVERITY_FIT if fit else _SEVERITY
    yes = 0.9 if fit else 0.6
    prior = rng.random() < (0.5 if youth else 0.72)
    risk = maybe(rng, 0.3, pick(rng, _RISKS))
    facts: dict[str, Any] = {
        "offence_type": maybe(rng, 0.1, pick(rng, _OFFENCES)),
        "prior_offences": maybe(rng, 0.15, prior),
        "prior_offence_count": maybe(rng, 0.4, int(rng.expovariate(1 / 4)) + 1) if prior else None,
        "languages": pick(rng, _LANGUAGES),
        "regional_tie": maybe(rng, 0.15, rng.random() < (0.9 if fit else 0.7)),
        "outflow_municipality": maybe(rng, 0.5, town),
        "distance_to_outflow_municipality_km": maybe(rng, 0.5, round(rng.uniform(2, 140), 1)),
        "group_suitable": maybe(rng, 0.15, rng.random() < yes),
        "motivated": maybe(rng, 0.1, rng.random() < (0.95 if fit else 0.65)),
        "psychiatric_problems": maybe(rng, 0.2, pick(rng, sev)),
        "addiction_problems": maybe(rng, 0.2, pick(rng, sev)),
        "care_problems": maybe(rng, 0.3, pick(rng, sev)),
        "intellectual_disability": maybe(rng, 0.4, rng.random() < 0.1),
        "escape_risk": maybe(rng, 0.3, rng.random() < (0.01 if fit else 0.08)),
        "violence_risk": maybe(rng, 0.3, rng.random() < (0.02 if fit else 0.1)),
        "history_with_staff": maybe(rng, 0.5, rng.random() < 0.03),
        "recidivism_risk": risk,
        "risk_assessment_date": referral - days(between(rng, 0, 240)) if risk else None,
        "victim_nearby": maybe(rng, 0.4, rng.random() < 0.05),
        "public_unrest_or_media_attention": maybe(rng, 0.4, rng.random() < 0.03),
    }
    if profile == "pretrial":
        facts["suspected_serious_violent_or_sexual_offence"] = maybe(
            rng, 0.2, rng.random() < (0.02 if fit else 0.12)
        )
        facts["co_suspects"] = maybe(rng, 0.3, rng.random() < 0.2)
        facts["prosecutor_position"] = maybe(
            rng, 0.3, pick(rng, _PROSECUTOR_FIT if fit else _PROSECUTOR)
        )
    if youth:
        facts["suicidality"] = maybe(rng, 0.4, rng.random() < 0.05)
        facts["clinical_care_needed"] = maybe(rng, 0.4, rng.random() < (0.02 if fit else 0.08))
        facts["self_reliant"] = maybe(rng, 0.4, rng.random() < 0.8)
        facts["network_near_facility"] = maybe(rng, 0.3, rng.random() < 0.75)
        facts["extra_care_need"] = maybe(rng, 0.4, rng.random() < 0.15)
        facts["pending_criminal_case"] = maybe(rng, 0.3, rng.random() < 0.2)
        if rng.random() < 0.2:
            facts["previous_stay_same_kind"] = pick(rng, _PREVIOUS_STAY)
        if profile == "measure":
            facts["leave_status_executable"] = maybe(rng, 0.2, rng.random() < 0.85)
            facts["next_placement_known"] = maybe(rng, 0.3, rng.random() < 0.7)
        elif profile == "detention":
            facts["measure_follows_directly"] = maybe(rng, 0.3, rng.random() < 0.1)
    return facts


_ACTIVITY = Weights(
    (ActivityKind.WORK, 35),
    (ActivityKind.EDUCATION, 12),
    (ActivityKind.DAY_ACTIVITY, 23),
    (ActivityKind.CARE_TRAJECTORY, 10),
    (ActivityKind.NONE, 20),
)
_ACTIVITY_YOUTH = Weights(
    (ActivityKind.EDUCATION, 55),
    (ActivityKind.DAY_ACTIVITY, 23),
    (ActivityKind.CARE_TRAJECTORY, 10),
    (ActivityKind.NONE, 20),
)
_HOURS = {
    ActivityKind.WORK: (16, 40),
    ActivityKind.EDUCATION: (12, 32),
    ActivityKind.DAY_ACTIVITY: (8, 24),
    ActivityKind.CARE_TRAJECTORY: (4, 16),
}


def daytime(rng: Random, *, youth: bool, working: bool, referral: dt.date) -> dict[str, Any] | None:
    if rng.random() < 0.1:
        return None
    table = _ACTIVITY_YOUTH if youth else _ACTIVITY
    kind = ActivityKind.WORK if working and rng.random() < 0.75 else pick(rng, table)
    if kind is ActivityKind.NONE:
        return {"kind": kind}
    low, high = _HOURS[kind]
    minutes = between(rng, 5, 95)
    return {
        "kind": kind,
        "hours_per_week": maybe(rng, 0.1, float(between(rng, low, high))),
        "since": maybe(rng, 0.25, referral - days(between(rng, 30, 2000))),
        "employer_willing_to_be_checked": (
            maybe(rng, 0.2, rng.random() < 0.8) if kind is ActivityKind.WORK else None
        ),
        "travel_minutes_one_way": maybe(rng, 0.3, minutes),
        "distance_km": maybe(rng, 0.4, round(minutes * rng.uniform(0.4, 1.1), 1)),
    }


_BV_T0 = {
    "housing": Weights((BVStatus.MISSING, 35), (BVStatus.IN_PROGRESS, 15), (BVStatus.MET, 40)),
    "income": Weights((BVStatus.MISSING, 40), (BVStatus.IN_PROGRESS, 20), (BVStatus.MET, 30)),
    "debts": Weights((BVStatus.MISSING, 30), (BVStatus.IN_PROGRESS, 20), (BVStatus.MET, 15)),
    "id_document": Weights((BVStatus.MISSING, 25), (BVStatus.IN_PROGRESS, 10), (BVStatus.MET, 55)),
    "care_insurance": Weights(
        (BVStatus.MISSING, 15), (BVStatus.IN_PROGRESS, 10), (BVStatus.MET, 65)
    ),
}
_BV_NEXT = {
    BVStatus.MISSING: Weights(
        (BVStatus.MET, 45), (BVStatus.IN_PROGRESS, 30), (BVStatus.MISSING, 25)
    ),
    BVStatus.IN_PROGRESS: Weights(
        (BVStatus.MET, 70), (BVStatus.IN_PROGRESS, 25), (BVStatus.MISSING, 5)
    ),
    BVStatus.MET: Weights((BVStatus.MET, 95), (BVStatus.IN_PROGRESS, 5)),
    BVStatus.UNKNOWN: Weights(
        (BVStatus.MET, 40), (BVStatus.IN_PROGRESS, 20), (BVStatus.UNKNOWN, 40)
    ),
}
_BV_SETBACK = {
    BVStatus.MISSING: Weights((BVStatus.IN_PROGRESS, 30), (BVStatus.MISSING, 70)),
    BVStatus.IN_PROGRESS: Weights(
        (BVStatus.MET, 35), (BVStatus.IN_PROGRESS, 45), (BVStatus.MISSING, 20)
    ),
    BVStatus.MET: Weights((BVStatus.MET, 85), (BVStatus.MISSING, 15)),
    BVStatus.UNKNOWN: Weights((BVStatus.UNKNOWN, 70), (BVStatus.MISSING, 30)),
}


def measurements(
    rng: Random, inflow: dt.date, outflow: dt.date | None, good: bool, end: dt.date
) -> tuple[BasisvoorwaardenMeasurement, ...]:
    """T0 at inflow, T1 at outflow, sometimes T2 half a year later; statuses tend to improve."""
    debts_present = maybe(rng, 0.1, rng.random() < 0.7)
    status: dict[str, BVStatus] = {}
    for name, table in _BV_T0.items():
        if rng.random() < 0.07:
            status[name] = BVStatus.UNKNOWN
        elif name == "debts" and debts_present is False:
            status[name] = BVStatus.NOT_APPLICABLE
        else:
            status[name] = pick(rng, table)
    care_need = maybe(rng, 0.15, rng.random() < 0.45)
    found = []
    if rng.random() < 0.92:
        found.append(
            BasisvoorwaardenMeasurement(
                MeasurementMoment.T0,
                inflow,
                debts_present=debts_present,
                care_need=care_need,
                **status,
            )
        )
    if outflow is None or outflow > end or rng.random() < 0.12:
        return tuple(found)
    moves = _BV_NEXT if good else _BV_SETBACK
    for name, value in status.items():
        if value is not BVStatus.NOT_APPLICABLE:
            status[name] = pick(rng, moves[value])
    found.append(
        BasisvoorwaardenMeasurement(
            MeasurementMoment.T1,
            outflow,
            debts_present=debts_present,
            care_need=care_need,
            **status,
        )
    )
    later = outflow + days(between(rng, 170, 200))
    if later <= end and rng.random() < 0.35:
        for name, value in status.items():
            if value is not BVStatus.NOT_APPLICABLE:
                status[name] = pick(
                    rng, _BV_SETBACK[value] if rng.random() < 0.3 else _BV_NEXT[value]
                )
        found.append(
            BasisvoorwaardenMeasurement(
                MeasurementMoment.T2,
                later,
                debts_present=debts_present,
                care_need=care_need,
                **status,
            )
        )
    return tuple(found)


_DOMAINS: Final = (
    "work_activity_education",
    "finances",
    "housing",
    "attitude_behaviour",
    "social_network",
    "leisure",
    "psychological_wellbeing",
    "substance_use",
)
_SCORE = Weights((-2, 15), (-1, 30), (0, 25), (1, 20), (2, 10))
_GAIN = Weights((-1, 10), (0, 45), (1, 35), (2, 10))
_LOSS = Weights((-2, 10), (-1, 35), (0, 40), (1, 15))


def life_domains(
    rng: Random, inflow: dt.date, outflow: dt.date | None, good: bool, end: dt.date
) -> tuple[LifeDomainScores, ...]:
    if rng.random() < 0.4:
        return ()
    t0 = {d: maybe(rng, 0.08, pick(rng, _SCORE)) for d in _DOMAINS}
    found = [LifeDomainScores(MeasurementMoment.T0, inflow, **t0)]
    if outflow is not None and outflow <= end and rng.random() < 0.85:
        shift = _GAIN if good else _LOSS
        t1 = {
            d: None if v is None else max(-2, min(2, v + pick(rng, shift))) for d, v in t0.items()
        }
        found.append(LifeDomainScores(MeasurementMoment.T1, outflow, **t1))
    return tuple(found)


_RECIDIVISM = Weights(
    (RecidivismType.POLICE_INCIDENT, 35),
    (RecidivismType.POLICE_REPORT, 25),
    (RecidivismType.PRETRIAL_DETENTION, 15),
    (RecidivismType.CONVICTION, 25),
)
_SOURCE = {
    RecidivismType.POLICE_INCIDENT: "politie",
    RecidivismType.POLICE_REPORT: "politie",
    RecidivismType.PRETRIAL_DETENTION: "jdd",
    RecidivismType.CONVICTION: "jdd",
}
_RISK = {RiskLevel.LOW: 0.6, RiskLevel.MEDIUM: 1.0, RiskLevel.HIGH: 1.5, None: 1.0}


def recidivism(
    rng: Random, outflow: dt.date, reason: OutflowReason, risk: Any, end: dt.date
) -> tuple[RecidivismEvent, ...]:
    """Events after outflow for a minority: some within a year, some later (censored at end)."""
    chance = (0.5 if reason is OutflowReason.PLACED_BACK else 0.3) * _RISK.get(risk, 1.0)
    if rng.random() >= chance:
        return ()
    found: list[RecidivismEvent] = []
    day = outflow + days(rng.expovariate(1 / 330) + 1)
    while day <= end and len(found) < 4:
        kind = pick(rng, _RECIDIVISM)
        found.append(RecidivismEvent(kind, day, _SOURCE[kind]))
        if rng.random() > 0.35:
            break
        day += days(rng.expovariate(1 / 200) + 1)
    return tuple(found)
