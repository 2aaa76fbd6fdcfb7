"""Seeded synthetic cohorts: fictional candidates referred to one facility.

For demos, load tests and indicator development: nothing in the output is
about a real person. Ids read ``synth-<facility>-<seed>-<n>`` and
``synth-case-<facility>-<seed>-<n>`` (see :func:`id_stem`), so cohorts of
different facilities can be merged; there are no birth dates and no notes,
and every distribution is invented (see ``kleinschalig.synth._people``), not
estimated from data.

The simulation places people only on days the facility is open. After the
last day the sources show it open (``attested_until``), whether it is open is
unknown; being fiction, the simulation carries the last state the sources show
forward (see :func:`simulated_open`), and an occupancy report over such a
cohort says so (``census.after_attested``).

>>> import datetime as dt
>>> from kleinschalig.catalogue import national_catalogue
>>> from kleinschalig.model import (Facility, FacilityKind, Jurisdiction, Location,
...     OperatingPeriod, OperatingStatus, SecurityLevel, TargetGroup, cite)
>>> from kleinschalig.model.facilities import CapacityEntry, PlacePool
>>> catalogue = national_catalogue()
>>> catalogue.facilities.add(Facility(
...     code="fictief", name="KV Fictief", kind=FacilityKind.KV,
...     security=SecurityLevel.ADULT_LIMITED, location=Location("Fictiefstad"),
...     operator="DJI", target_group=TargetGroup("Fictief", Jurisdiction.ADULT),
...     operating=OperatingPeriod(OperatingStatus.OPEN, dt.date(2024, 1, 1)),
...     sources=(cite("004:L1-8"),), accepted_titles=("gevangenisstraf",),
...     capacity=(CapacityEntry(dt.date(2024, 1, 1), (PlacePool("kv", 6),)),)), "docs")
>>> cohort = list(synthesize(catalogue, "fictief", 200, seed=7))
>>> cohort[0].subject_id, cohort[0].case_id, cohort[0].birth_date, cohort[0].notes
('synth-fictief-7-1', 'synth-case-fictief-7-1', None, None)
>>> cohort == list(synthesize(catalogue, "fictief", 200, seed=7))
True
>>> sorted({r.placement.decision.value for r in cohort})
['declined', 'not_placed', 'pending', 'placed', 'withdrawn']
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from random import Random
from typing import Any, Final, TextIO

from kleinschalig.catalogue import Catalogue
from kleinschalig.codec.converter import dump_json
from kleinschalig.model.case import (
    CaseRecord,
    Consent,
    DaytimeActivity,
    IntakeFacts,
    OutflowReason,
    PlacementDecision,
    PlacementFacts,
    Referral,
    Residence,
    SentenceFacts,
    Severity,
    TitleHolding,
)
from kleinschalig.model.common import Jurisdiction, Sex
from kleinschalig.model.events import CaseEvent, FeedbackSent, WorkflowEvent
from kleinschalig.model.facilities import Facility
from kleinschalig.model.workflows import Content, Transition, Workflow
from kleinschalig.synth import _people as people
from kleinschalig.synth._facts import declared_facts
from kleinschalig.synth._routes import Facts, Path, Plan, plan, satisfy

__all__ = ["DEFAULT_YEARS", "id_stem", "simulated_open", "synthesize", "window", "write_jsonl"]

#: Length of the default window when the facility's operating period has no end.
DEFAULT_YEARS: Final = 3

_INTENT: Final = people.Weights(
    (PlacementDecision.PLACED, 52),
    (PlacementDecision.NOT_PLACED, 33),
    (PlacementDecision.DECLINED, 6),
    (PlacementDecision.WITHDRAWN, 5),
    (PlacementDecision.PENDING, 4),
)
_EXCEPTION: Final = people.Weights((False, 85), (True, 5), (None, 10))
_REFERRERS: Final[dict[tuple[str, bool], tuple[tuple[str, float], ...]]] = {
    ("detention", False): (
        ("casemanager", 50),
        ("reclassering", 25),
        ("diz", 15),
        ("gemeente", 10),
    ),
    ("self_report", False): (("diz", 70), ("reclassering", 20), ("casemanager", 10)),
    ("court_order", False): (("reclassering", 80), ("om", 20)),
    ("pretrial", False): (("advocaat", 40), ("reclassering", 40), ("om", 20)),
    ("pretrial", True): (("rvdk", 60), ("jeugdreclassering", 40)),
    ("detention", True): (("fcj", 70), ("jeugdreclassering", 30)),
    ("measure", True): (("fcj", 80), ("jeugdreclassering", 20)),
}
_ROUTES: Final = {
    ("detention", False): "from_detention",
    ("self_report", False): "self_report_letter",
    ("court_order", False): "court_order",
    ("pretrial", False): "rechter_commissaris",
    ("pretrial", True): "rechter_commissaris",
    ("detention", True): "transfer_from_fcj",
    ("measure", True): "transfer_from_fcj",
}
_JUDGES: Final = frozenset({"rc", "rechter"})
_ASKED: Final = (Content.OBJECTION_ONLY, Content.DECISION)


#: The longest id ``ID_PATTERN`` allows.
_ID_LENGTH: Final = 64


def id_stem(facility: str, seed: int, n: int) -> str:
    """The part of every id of a cohort after ``synth-`` or ``synth-case-``, before ``-<n>``.

    It is ``<facility>-<seed>``; when the longest case id of the cohort would not
    fit in an id, the facility code is replaced by the first eight hexadecimal
    digits of its SHA-256, so ids stay distinct per facility.

    >>> id_stem("kv-almelo", 7, 1000)
    'kv-almelo-7'
    >>> id_stem("x" * 60, 7, 1000)
    '42f2d973-7'
    """
    stem = f"{facility}-{seed}"
    if len(f"synth-case-{stem}-{n}") > _ID_LENGTH:
        stem = f"{hashlib.sha256(facility.encode()).hexdigest()[:8]}-{seed}"
    if len(f"synth-case-{stem}-{n}") > _ID_LENGTH:
        raise ValueError("seed and n too large: the synthetic ids would not fit in 64 characters")
    return stem


def window(facility: Facility) -> tuple[dt.date, dt.date] | None:
    """The default referral window: the facility's open period, or ``None`` if it has none.

    It starts on the first day the facility is known to be open (for one that
    never opened: its first capacity entry) and ends on its closing day, or
    :data:`DEFAULT_YEARS` later when the period is open-ended.
    """
    operating = facility.operating
    first = operating.opened_on or operating.known_open_on
    if first is None and facility.capacity:
        first = min(e.valid_from for e in facility.capacity)
    if first is None:
        return None
    return first, _default_end(facility, first)


def _default_end(facility: Facility, start: dt.date) -> dt.date:
    closed = facility.operating.closed_on
    if closed is not None and closed >= start:
        return closed
    return people.add_months(people.early_day(start), 12 * DEFAULT_YEARS) - people.days(1)


def synthesize(
    catalogue: Catalogue,
    facility: str,
    n: int,
    *,
    seed: int = 0,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Iterator[CaseRecord]:
    """``n`` fictional candidates referred to ``facility`` between ``start`` and ``end``.

    The default window is the facility's open period (:func:`window`). Records
    come in referral order. Of those referred, about half are meant to be
    placed, a third not placed, and a few decline, withdraw or stay pending;
    a placement needs a free place on every day of the stay
    (``capacity_on(day).places``, none when no capacity is in force or the
    facility is not open), so when demand exceeds capacity the rest are not
    placed. Everything is censored at ``end``: a decision after it is still
    pending, a stay that goes on has no outflow date, later events are not in
    the log. For a facility that never opened, candidates are referred and
    screened but none is placed.

    The same arguments and seed give the same records; only ``random.Random(seed)``
    is used. Raises :class:`KeyError` for an unknown facility and
    :class:`ValueError` for ``n < 0``, ``seed < 0``, ``start > end``, a facility without
    any date to start from when ``start`` is not given, or a seed and ``n`` so
    large that the ids would not fit (:func:`id_stem`).
    """
    if n < 0:
        raise ValueError("n must not be negative")
    if seed < 0:  # Random(-s) draws what Random(s) draws: two cohorts, the same people
        raise ValueError("seed must not be negative")
    id_stem(facility, seed, n)
    found = catalogue.facility(facility)
    default = window(found)
    if start is None:
        if default is None:
            raise ValueError(f"{facility} has no operating dates: give start")
        start = default[0]
    if end is None:
        end = _default_end(found, start)
    if start > end:
        raise ValueError("start is after end")
    return _Cohort(catalogue, found, n, seed, start, end).records()


def write_jsonl(records: Iterable[CaseRecord], stream: TextIO) -> int:
    """Write each record as one compact JSON object per line; returns how many."""
    count = 0
    for record in records:
        stream.write(dump_json(record))
        stream.write("\n")
        count += 1
    return count


def simulated_open(facility: Facility, day: dt.date) -> bool:
    """Whether the simulation treats ``facility`` as open on ``day``: where the sources
    tell, what they say; after the last day they show it open, still open (fiction,
    not a claim about the facility); before they show it open, not open."""
    operating = facility.operating
    return bool(operating.is_open_on(day)) or operating.after_attested(day)


class _Places:
    """Free places per day of the window; 0 where the facility is not open."""

    def __init__(self, facility: Facility, start: dt.date, end: dt.date) -> None:
        self.facility = facility
        self.start = start
        self.end = end
        free = []
        for k in range((end - start).days + 1):
            day = start + people.days(k)
            entry = facility.capacity_on(day) if simulated_open(facility, day) else None
            free.append(0 if entry is None else entry.places)
        self.free = free

    def first_free(self, earliest: dt.date, latest: dt.date, until: dt.date) -> dt.date | None:
        """The first day in ``[earliest, latest]`` from which a place is free up to ``until``."""
        if earliest > self.end:
            entry = self.facility.capacity_on(earliest)
            is_open = simulated_open(self.facility, earliest)
            return earliest if is_open and entry is not None and entry.places else None
        first = (earliest - self.start).days
        last_start = (min(latest, self.end) - self.start).days
        last = (min(until, self.end) - self.start).days
        free = self.free
        day = first
        while day <= last_start and day <= last:
            stretch = free[day : last + 1]
            if 0 not in stretch:
                return self.start + people.days(day)
            day = last - stretch[::-1].index(0) + 1
        return None

    def take(self, inflow: dt.date, outflow: dt.date) -> None:
        free = self.free
        for k in range((inflow - self.start).days, (min(outflow, self.end) - self.start).days + 1):
            free[k] -= 1


class _Cohort:
    def __init__(
        self,
        catalogue: Catalogue,
        facility: Facility,
        n: int,
        seed: int,
        start: dt.date,
        end: dt.date,
    ) -> None:
        self.catalogue = catalogue
        self.facility = facility
        self.n = n
        self.seed = seed
        self.stem = id_stem(facility.code, seed, n)
        self.start = start
        self.end = end
        self.rng = Random(seed)
        self.youth = facility.target_group.jurisdiction is Jurisdiction.YOUTH
        self.roles = set(catalogue.roles.codes())
        accepted = [t for t in facility.accepted_titles if t in catalogue.titles]
        if not accepted:
            accepted = ["jeugddetentie" if self.youth else "gevangenisstraf"]
        self.titles = people.Weights(*((t, people.PROFILES.get(t, ("", 1.0))[1]) for t in accepted))
        sexes = facility.target_group.sexes
        if sexes == (Sex.MALE,):
            self.sexes = people.Weights((Sex.MALE, 99), (Sex.UNKNOWN, 1))
        elif Sex.FEMALE in sexes and Sex.MALE in sexes:
            self.sexes = people.Weights((Sex.MALE, 82), (Sex.FEMALE, 17), (Sex.UNKNOWN, 1))
        else:
            self.sexes = people.Weights((Sex.MALE, 88), (Sex.FEMALE, 10), (Sex.UNKNOWN, 2))
        self.referrers: dict[str, people.Weights | None] = {}
        self.workflow = _inflow_workflow(catalogue, facility)
        self.plans: dict[int, Plan] = {}
        self.places = _Places(facility, start, end)
        owner = (
            catalogue.facilities.owner(facility.code)
            if facility.code in catalogue.facilities
            else None
        )
        self.facts = [
            d
            for d in catalogue.facts
            if d.namespace == "core" or catalogue.facts.owner(d.id) == owner
        ]

    def records(self) -> Iterator[CaseRecord]:
        rng = self.rng
        span = (self.end - self.start).days + 1
        referrals = []
        for _ in range(self.n):
            day = self.start + people.days(rng.randrange(span))
            if day.weekday() >= 5 and rng.random() < 0.85:
                day = self.start + people.days(rng.randrange(span))
            referrals.append(day)
        referrals.sort()
        for index, day in enumerate(referrals, start=1):
            yield self.candidate(index, day)

    def plan_for(self, day: dt.date) -> Plan | None:
        if self.workflow is None:
            return None
        version = self.workflow.version_on(day)
        if version is None:
            return None
        key = id(version)
        if key not in self.plans:
            self.plans[key] = plan(self.workflow.code, version)
        return self.plans[key]

    def candidate(self, index: int, referral: dt.date) -> CaseRecord:
        rng = self.rng
        end = self.end
        title = people.pick(rng, self.titles)
        s = people.sentence(title, referral, self.youth, rng)
        intent: PlacementDecision = people.pick(rng, _INTENT)
        fit = intent in (PlacementDecision.PLACED, PlacementDecision.DECLINED)
        location = self.facility.location
        facts = Facts(
            sex=people.pick(rng, self.sexes),
            intake=people.intake(
                rng,
                fit=fit,
                youth=self.youth,
                profile=s.profile,
                referral=referral,
                town=location.municipality,
            ),
            daytime=people.daytime(
                rng, youth=self.youth, working=s.profile == "self_report", referral=referral
            ),
            residence=_residence(rng, location.municipality, location.region),
            holdings=s.holdings,
            since=s.since,
        )
        decided = self.decision_day(s, referral, intent)
        decision = intent
        inflow = outflow = None
        reason = None
        if intent is PlacementDecision.PLACED:
            inflow, outflow, reason = self.stay(s, decided, facts)
            if inflow is None:
                decision = PlacementDecision.NOT_PLACED
        version_plan = self.plan_for(referral)
        by = None
        events: tuple[CaseEvent, ...] = ()
        consents: list[Consent] = []
        if version_plan is not None:
            log = self.walk(
                version_plan,
                decision,
                reason,
                referral,
                decided,
                inflow,
                outflow,
                facts,
                s.reporting,
            )
            if log is not None:
                steps, dates, referral_step, decided = log
                by = _actor(referral_step, self.roles) or self.referrer(s.profile)
                events, consents = self.log(version_plan, steps, dates, referral, by, facts)
        if by is None:
            by = self.referrer(s.profile)
        asked = any(c.partner == "gemeente" for c in consents)
        if not asked and "gemeente" in self.roles and rng.random() < 0.6:
            withdrawn = None
            if rng.random() < 0.05:
                withdrawn = min(end, referral + people.days(people.between(rng, 1, 400)))
            consents.append(Consent("gemeente", ("information_exchange",), referral, withdrawn))
        # Censoring: nothing after the end of the window is known yet.
        if decided is None or decided > end:
            decision, decided = PlacementDecision.PENDING, None
        if inflow is not None and inflow > end:
            inflow = outflow = None
            reason = None
        if outflow is not None and outflow > end:
            outflow = reason = None
        placement = PlacementFacts(
            decision,
            decided,
            inflow,
            outflow,
            reason,
            people.pick(rng, _EXCEPTION) if decision is PlacementDecision.PLACED else None,
        )
        measured: tuple[Any, ...] = ()
        domains: tuple[Any, ...] = ()
        recidivism: tuple[Any, ...] = ()
        if inflow is not None:
            good = reason is not OutflowReason.PLACED_BACK
            measured = people.measurements(rng, inflow, outflow, good, end)
            domains = people.life_domains(rng, inflow, outflow, good, end)
        if outflow is not None and reason is not None:
            risk = facts.intake.get("recidivism_risk")
            recidivism = people.recidivism(rng, outflow, reason, risk, end)
        return CaseRecord(
            subject_id=f"synth-{self.stem}-{index}",
            case_id=f"synth-case-{self.stem}-{index}",
            jurisdiction=self.facility.target_group.jurisdiction,
            facility=self.facility.code,
            sex=facts.sex,
            residence=None if facts.residence is None else Residence(**facts.residence),
            legal_titles=tuple(self.holding(h) for h in facts.holdings),
            sentence=SentenceFacts(s.imposed, s.start, s.expected, s.reporting),
            daytime_activity=None if facts.daytime is None else DaytimeActivity(**facts.daytime),
            intake=IntakeFacts(**facts.intake),
            basisvoorwaarden=measured,
            life_domains=domains,
            consents=tuple(sorted(consents, key=lambda c: (c.given_on, c.partner))),
            referral=Referral(referral, by, _route(s.profile, self.youth, by)),
            placement=placement,
            recidivism=recidivism,
            events=events,
            facts=declared_facts(
                Random(f"{self.seed}-{index}"),
                self.facts,
                self.facility.code,
                inflow,
                outflow,
                end,
                None if facts.daytime is None else str(facts.daytime["kind"].value),
                facts.intake.get("prior_offences"),
                facts.declared,
            ),
        )

    def holding(self, data: dict[str, Any]) -> TitleHolding:
        decided_by = data.get("decided_by")
        return TitleHolding(
            **{**data, "decided_by": decided_by if decided_by in self.roles else None}
        )

    def referrer(self, profile: str) -> str | None:
        if profile not in self.referrers:
            table = _REFERRERS.get((profile, self.youth)) or _REFERRERS[("detention", self.youth)]
            known = [(r, w) for r, w in table if r in self.roles]
            self.referrers[profile] = people.Weights(*known) if known else None
        found = self.referrers[profile]
        return None if found is None else people.pick(self.rng, found)

    def decision_day(
        self, s: people.Sentence, referral: dt.date, intent: PlacementDecision
    ) -> dt.date | None:
        rng = self.rng
        if intent is PlacementDecision.PENDING:
            return None
        if s.reporting is not None:
            day = referral + people.days(people.between(rng, 7, (s.reporting - referral).days - 3))
        elif s.profile == "pretrial":
            day = referral + people.days(people.between(rng, 1, 10))
        elif self.youth:
            day = referral + people.days(people.between(rng, 10, 45))
        else:
            version = self.workflow.version_on(referral) if self.workflow else None
            typical = version.selection_time if version is not None else None
            usual = (typical.days_if_fixed() or 56) if typical is not None else 42
            day = referral + people.days(rng.triangular(10, usual * 1.6, usual * 0.8))
        if intent is PlacementDecision.WITHDRAWN:
            day = referral + people.days(people.between(rng, 1, max(1, (day - referral).days)))
        return day

    def stay(
        self, s: people.Sentence, decided: dt.date | None, facts: Facts
    ) -> tuple[dt.date | None, dt.date | None, OutflowReason | None]:
        rng = self.rng
        assert decided is not None
        if s.reporting is not None:
            earliest, wait = s.reporting, 0
        elif s.profile == "pretrial":
            earliest, wait = decided + people.days(people.between(rng, 0, 2)), 14
        else:
            earliest, wait = decided + people.days(people.between(rng, 2, 21)), 56
        closed = self.facility.operating.closed_on
        planned = s.planned_out if closed is None else min(s.planned_out, closed)
        latest = min(earliest + people.days(wait), planned - people.days(14))
        if latest < earliest:
            return None, None, None
        inflow = self.places.first_free(earliest, latest, planned)
        if inflow is None:
            return None, None, None
        intake = facts.intake
        back = 0.1 + (0.08 if str(intake.get("recidivism_risk")) == "high" else 0)
        if Severity.SEVERE in (
            intake.get("addiction_problems"),
            intake.get("psychiatric_problems"),
        ):
            back += 0.1
        if rng.random() < back:
            reason = OutflowReason.PLACED_BACK
            outflow = inflow + people.days(
                max(1, (s.planned_out - inflow).days * rng.uniform(0.1, 0.85))
            )
        else:
            reason, outflow = OutflowReason.COMPLETED, s.planned_out
        if closed is not None and outflow > closed:
            reason, outflow = OutflowReason.TRANSFERRED, closed
        self.places.take(inflow, outflow)
        return inflow, outflow, reason

    def walk(
        self,
        version_plan: Plan,
        decision: PlacementDecision,
        reason: OutflowReason | None,
        referral: dt.date,
        decided: dt.date | None,
        inflow: dt.date | None,
        outflow: dt.date | None,
        facts: Facts,
        reporting: dt.date | None,
    ) -> tuple[list[Transition], list[dt.date], Transition | None, dt.date | None] | None:
        """The steps of the log, their dates, the referral step and the decision date.

        The log is cut at the end of the window.
        """
        rng = self.rng
        paths = version_plan.paths
        title = facts.holdings[0]["title"] if facts.holdings else None

        def choose(outcome: str) -> Path | None:
            return version_plan.choose(outcome, facts, title, rng)

        cut: int | None = None
        chosen: Path | None
        if decision is PlacementDecision.PLACED:
            wanted = "placed_back" if reason is OutflowReason.PLACED_BACK else "placed"
            chosen = choose(wanted)
            if chosen is None:
                other = "placed" if wanted == "placed_back" else "placed_back"
                chosen = choose(other)
                if chosen is not None and wanted == "placed_back":
                    cut = chosen.exit  # no step back in this workflow: the log stops inside
        elif decision is PlacementDecision.NOT_PLACED:
            chosen = choose("not_placed")
        elif decision is PlacementDecision.DECLINED and paths["declined"]:
            chosen = choose("declined")
        else:
            chosen = choose("any")
            if chosen is not None:
                first = chosen.referral + 1
                if decision is PlacementDecision.DECLINED:
                    cut = chosen.decision
                else:
                    cut = people.between(rng, min(first, chosen.decision), chosen.decision)
        if chosen is None:
            return None
        steps = list(chosen.steps)
        anchors: dict[int, dt.date] = {chosen.referral: referral}
        if cut is None or cut > chosen.decision:
            if chosen.inflow == chosen.decision and inflow is not None and not reporting:
                decided = inflow  # one step decides and moves the person: when a place is free
            if decided is not None:
                anchors[chosen.decision] = decided
            if (
                inflow is not None
                and chosen.inflow is not None
                and chosen.inflow != chosen.decision
            ):
                anchors[chosen.inflow] = inflow
            if outflow is not None and chosen.exit is not None:
                anchors[chosen.exit] = outflow
        else:
            stalled = decided or referral + people.days(people.between(rng, 7, 90))
            anchors[cut] = stalled
        if cut is not None:
            steps = steps[:cut]
        # Self-loops (an extra advice, a psychologist's assessment) before the decision.
        limit = min(chosen.decision, len(steps))
        expanded: list[Transition] = []
        moved: dict[int, int] = {}
        for k, step in enumerate(steps):
            moved[k] = len(expanded)
            expanded.append(step)
            if k < limit:
                for loop in version_plan.loops.get(step.target, ()):
                    if loop.guard is None and rng.random() < 0.2:
                        expanded.append(loop)
        moved[len(steps)] = len(expanded)
        pinned = {moved[k]: day for k, day in anchors.items() if k in moved}
        version = version_plan.version
        earliest = min(facts.since, referral)
        if version.valid_from is not None:
            earliest = max(earliest, min(version.valid_from, referral))
        quick = chosen.inflow if chosen.inflow is not None else chosen.decision
        dates = _dates(len(expanded), pinned, earliest, moved.get(quick), rng)
        _keep_timings(expanded, dates, set(pinned))
        kept = 0
        while kept < len(expanded) and dates[kept] <= self.end:
            kept += 1
        for step in expanded[:kept]:
            if step.guard is not None:
                satisfy(step.guard, facts, rng)
        referral_step = moved[chosen.referral]
        found = expanded[referral_step] if referral_step < kept else None
        return expanded[:kept], dates[:kept], found, decided

    def log(
        self,
        version_plan: Plan,
        steps: list[Transition],
        dates: list[dt.date],
        referral: dt.date,
        by: str | None,
        facts: Facts,
    ) -> tuple[tuple[CaseEvent, ...], list[Consent]]:
        rng = self.rng
        code = version_plan.code
        internal = set(version_plan.version.internal_roles)
        dated: list[tuple[dt.date, int, CaseEvent]] = []
        consents: dict[str, Consent] = {}
        advisers: set[str] = {by} if by else set()
        for k, (step, day) in enumerate(zip(steps, dates, strict=True)):
            dated.append(
                (day, 2 * k, WorkflowEvent(code, step.id, day, step.actor, step.documents))
            )
            for role in step.consent:
                if role not in consents and role in self.roles:
                    lower = min(referral, day)
                    given = lower + people.days(people.between(rng, 0, (day - lower).days))
                    scope = (
                        ("employer_contact",) if role == "werkgever" else ("information_exchange",)
                    )
                    consents[role] = Consent(role, scope, given)
            if step.feedback:
                owed = advisers - {step.actor} - internal
                for role in sorted(owed):
                    sent = day + people.days(people.between(rng, 0, 10))
                    if role in self.roles and sent <= self.end and rng.random() < 0.65:
                        dated.append((sent, 2 * k + 1, FeedbackSent(code, step.id, role, sent)))
            if step.actor is not None:
                advisers.add(step.actor)
            advisers.update(f.recipient for f in step.informs if f.content in _ASKED)
        dated.sort(key=lambda item: (item[0], item[1]))
        return tuple(e for _d, _k, e in dated), list(consents.values())


def _dates(
    count: int, anchors: dict[int, dt.date], earliest: dt.date, quick: int | None, rng: Random
) -> list[dt.date]:
    """A non-decreasing date per step: anchored steps on their day, the others in between.

    Steps right after the ``quick`` anchor (the inflow) follow it within days.
    """
    dates: list[dt.date] = []
    previous = min(earliest, *anchors.values()) if anchors else earliest
    position = -1
    for index in sorted(anchors):
        day = max(anchors[index], previous)
        gap = (day - previous).days
        between = range(position + 1, min(index, count))
        if position == quick:
            current = previous
            for _ in between:
                current = min(day, current + people.days(people.between(rng, 0, 7)))
                dates.append(current)
        else:
            dates.extend(
                previous + people.days(d)
                for d in sorted(people.between(rng, 0, gap) for _ in between)
            )
        if index < count:
            dates.append(day)
        previous, position = day, index
    while len(dates) < count:
        previous += people.days(people.between(rng, 1, 21))
        dates.append(previous)
    return dates


def _keep_timings(steps: list[Transition], dates: list[dt.date], pinned: set[int]) -> None:
    """Move unpinned steps into the window their timing gives after an earlier step.

    Only when that keeps the dates in order and the pinned dates (decision,
    inflow, outflow) where they are; a step that cannot be moved stays late or early.
    """
    for k, step in enumerate(steps):
        timing = step.timing
        anchor = timing.transition_anchor if timing is not None else None
        if timing is None or anchor is None or timing.relation != "after" or k in pinned:
            continue
        before = [j for j in range(k) if steps[j].id == anchor]
        if not before:
            continue
        start = dates[before[-1]]
        low = timing.minimum.days_if_fixed() if timing.minimum else None
        high = timing.maximum.days_if_fixed() if timing.maximum else None
        if high is not None and dates[k] > start + people.days(high):
            target = start + people.days(high)
            moving = range(before[-1] + 1, k + 1)
            if not any(j in pinned and dates[j] > target for j in moving):
                for j in moving:
                    dates[j] = min(dates[j], target)
        elif low is not None and dates[k] < start + people.days(low):
            target = start + people.days(low)
            moving = range(k, len(dates))
            if not any(j in pinned and dates[j] < target for j in moving):
                for j in moving:
                    dates[j] = max(dates[j], target)


def _route(profile: str, youth: bool, by: str | None) -> str | None:
    return "transfer_from_fcj" if by == "fcj" else _ROUTES.get((profile, youth))


def _actor(step: Transition | None, roles: set[str]) -> str | None:
    if step is None or step.actor is None or step.actor in _JUDGES or step.actor not in roles:
        return None
    return step.actor


def _residence(rng: Random, town: str, region: str | None) -> dict[str, Any] | None:
    r = rng.random()
    if r < 0.55:
        return {"municipality": town, "region": region}
    if r < 0.85:
        return {"region": region} if region else None
    return None


def _inflow_workflow(catalogue: Catalogue, facility: Facility) -> Workflow | None:
    """The facility's own inflow workflow, else one for its kind; never a national trajectory."""
    found = [w for w in catalogue.workflows_for(facility.code) if not w.scope.national]
    found.sort(key=lambda w: (facility.code not in w.scope.facilities, w.code))
    return found[0] if found else None
