"""Facility-level analyses of a cohort: occupancy against the dated capacity, the inflow
funnel, and data-consistency warnings.

All three stream over the records once and keep memory proportional to the
number of days (occupancy) or workflow states (funnel), not to the records.

>>> import datetime as dt
>>> from kleinschalig.model import (CapacityEntry, CaseRecord, PlacePool, PlacementDecision,
...     PlacementFacts)
>>> from tests.factories import facility
>>> kv = facility(code="kv-proef", capacity=(CapacityEntry(dt.date(2022, 1, 1),
...     (PlacePool("kv", 2),)),))
>>> stays = [
...     CaseRecord("fictief-1", "c-1", facility="kv-proef", placement=PlacementFacts(
...         PlacementDecision.PLACED, inflow_date=dt.date(2022, 1, 1),
...         outflow_date=dt.date(2022, 1, 10))),
...     CaseRecord("fictief-2", "c-2", facility="kv-proef", placement=PlacementFacts(
...         PlacementDecision.PLACED, inflow_date=dt.date(2022, 1, 5))),
... ]
>>> report = occupancy(stays, kv, dt.date(2022, 1, 1), dt.date(2022, 1, 31))
>>> report.bed_days, report.capacity_days, round(report.occupancy, 3)
(36, 62, 0.581)
>>> report.per("quarter").to_records()[0]["quarter"], report.per("year").columns[:2]
('2022-Q1', ('year', 'days'))
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal

import attrs

from kleinschalig.i18n import N_, translate
from kleinschalig.indicators.table import Table
from kleinschalig.model.case import CaseRecord, OutflowReason, PlacementDecision
from kleinschalig.model.facilities import Facility

if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = [
    "CONSISTENCY_CODES",
    "ConsistencyWarning",
    "Funnel",
    "FunnelRun",
    "OccupancyReport",
    "OccupancyRun",
    "funnel",
    "occupancy",
]

#: Data-consistency warnings; stable codes, Dutch msgids.
CONSISTENCY_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "stay.outside_open_period": N_(
            "Verblijf buiten de periode waarin de voorziening open was ({start} – {end})."
        ),
        "census.above_capacity": N_(
            "Op {day} verbleven er {occupied} personen bij een capaciteit van {capacity}."
        ),
        "stay.without_placement": N_("Instroomdatum vastgelegd zonder plaatsingsbesluit."),
        "stay.no_capacity": N_("Verblijf op {day}, waarvoor geen capaciteit is vastgelegd."),
        "census.after_attested": N_(
            "De bronnen tonen de voorziening open tot en met {day}; daarna zijn open en "
            "capaciteit onbekend en tellen de ligdagen niet mee in de bezetting."
        ),
    }
)


@attrs.frozen(slots=True)
class ConsistencyWarning:
    code: str
    case_id: str | None = None
    params: Mapping[str, str] = attrs.field(factory=dict)

    def message(self, lang: str = "nl") -> str:
        return translate(CONSISTENCY_CODES[self.code], lang).format(**self.params)


Period = Literal["month", "quarter", "year"]
_PERIOD_LABELS: Final[dict[str, Callable[[dt.date], str]]] = {
    "month": lambda day: f"{day.year:04d}-{day.month:02d}",
    "quarter": lambda day: f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
    "year": lambda day: f"{day.year:04d}",
}


@attrs.frozen(slots=True)
class OccupancyReport:
    """Daily census and capacity of one facility over ``[start, end]``."""

    facility: str
    start: dt.date
    end: dt.date
    census: tuple[int, ...]
    capacity: tuple[int | None, ...]
    warnings: tuple[ConsistencyWarning, ...]

    @property
    def bed_days(self) -> int:
        return sum(self.census)

    @property
    def capacity_days(self) -> int:
        return sum(c for c in self.capacity if c is not None)

    @property
    def bed_days_without_capacity(self) -> int:
        """Bed-days on days without a capacity in force (each warned as ``stay.no_capacity``)."""
        return sum(n for n, c in zip(self.census, self.capacity, strict=True) if c is None)

    @property
    def occupancy(self) -> float | None:
        """Bed-days on days with a capacity in force over capacity-days; ``None`` when no
        capacity was in force. Bed-days on other days are left out, not set against
        another day's places (see :attr:`bed_days_without_capacity`)."""
        if self.capacity_days == 0:
            return None
        return (self.bed_days - self.bed_days_without_capacity) / self.capacity_days

    def days(self) -> Table:
        rows = tuple(
            ((self.start + dt.timedelta(days=i)).isoformat(), occupied, capacity)
            for i, (occupied, capacity) in enumerate(zip(self.census, self.capacity, strict=True))
        )
        return Table(("day", "occupied", "capacity"), rows)

    def months(self) -> Table:
        """Bed-days, capacity-days, mean census and occupancy per calendar month."""
        return self.per("month")

    def per(self, period: Period) -> Table:
        """Bed-days, capacity-days, mean census and occupancy per calendar ``period``.

        Periods are labelled ``2021-03`` (month), ``2021-Q1`` (quarter) or
        ``2021`` (year); the first and last may be partial, cut off at
        ``start`` and ``end``, and ``days`` says how many days each covers.
        Occupancy is computed as for the whole report (see :attr:`occupancy`).
        """
        label = _PERIOD_LABELS.get(period)
        if label is None:
            raise ValueError(
                f"unknown period {period!r}; choose one of {', '.join(_PERIOD_LABELS)}"
            )
        totals: dict[str, list[int]] = {}
        for i, (occupied, capacity) in enumerate(zip(self.census, self.capacity, strict=True)):
            day = self.start + dt.timedelta(days=i)
            total = totals.setdefault(label(day), [0, 0, 0, 0])
            total[0] += occupied
            total[1] += capacity or 0
            total[2] += 1
            total[3] += occupied if capacity is None else 0
        rows = tuple(
            (name, days, bed, cap, bed / days, None if cap == 0 else (bed - outside) / cap, outside)
            for name, (bed, cap, days, outside) in sorted(totals.items())
        )
        columns = (
            period,
            "days",
            "bed_days",
            "capacity_days",
            "mean_occupied",
            "occupancy",
            "bed_days_without_capacity",
        )
        return Table(columns, rows)


class OccupancyRun:
    """The daily census of one facility, built record by record (see :func:`occupancy`)."""

    def __init__(self, facility: Facility, start: dt.date, end: dt.date) -> None:
        self._facility, self._start, self._end = facility, start, end
        self._length = (end - start).days + 1
        self._delta = [0] * (self._length + 1)
        self._warnings: list[ConsistencyWarning] = []

    def add(self, case: CaseRecord) -> None:
        placement = case.placement
        facility = self._facility
        if case.facility != facility.code or placement is None or placement.inflow_date is None:
            return
        if placement.decision is not PlacementDecision.PLACED:
            self._warnings.append(ConsistencyWarning("stay.without_placement", case.case_id))
        op = facility.operating
        inflow, outflow = placement.inflow_date, placement.outflow_date
        last = (outflow - dt.timedelta(days=1)) if outflow is not None else None
        if op.is_open_on(inflow) is False or (last is not None and op.is_open_on(last) is False):
            self._warnings.append(
                ConsistencyWarning(
                    "stay.outside_open_period",
                    case.case_id,
                    {"start": str(op.opened_on or "…"), "end": str(op.closed_on or "…")},
                )
            )
        first = max((inflow - self._start).days, 0)
        stop = self._length if outflow is None else min((outflow - self._start).days, self._length)
        if first < stop:
            self._delta[first] += 1
            self._delta[stop] -= 1

    def report(self) -> OccupancyReport:
        census: list[int] = []
        capacity: list[int | None] = []
        warnings = list(self._warnings)
        operating = self._facility.operating
        if operating.attested_until is not None and self._end > operating.attested_until:
            params = {"day": operating.attested_until.isoformat()}
            warnings.append(ConsistencyWarning("census.after_attested", None, params))
        running = 0
        for i in range(self._length):
            running += self._delta[i]
            day = self._start + dt.timedelta(days=i)
            census.append(running)
            if operating.after_attested(day):
                capacity.append(None)  # unknown whether open: warned once above
                continue
            entry = self._facility.capacity_on(day)
            places = None if entry is None else entry.places
            capacity.append(places)
            if places is not None and running > places:
                params = {"day": day.isoformat(), "occupied": str(running), "capacity": str(places)}
                warnings.append(ConsistencyWarning("census.above_capacity", None, params))
            elif places is None and running > 0:
                warnings.append(
                    ConsistencyWarning("stay.no_capacity", None, {"day": day.isoformat()})
                )
        return OccupancyReport(
            self._facility.code,
            self._start,
            self._end,
            tuple(census),
            tuple(capacity),
            tuple(warnings),
        )


def occupancy(
    records: Iterable[CaseRecord], facility: Facility, start: dt.date, end: dt.date
) -> OccupancyReport:
    """The daily census of ``facility`` from admissions and discharges, against its capacity.

    A stay counts from its inflow date up to (not including) its outflow date;
    a stay without an outflow date lasts beyond ``end``. Records of other
    facilities are ignored.

    A stay outside the facility's operating period is warned as
    ``stay.outside_open_period``. After the last day the sources show the
    facility open (its ``attested_until``), whether it is open, and so its
    capacity, is unknown: those days have no capacity, their bed-days are
    counted apart (:attr:`OccupancyReport.bed_days_without_capacity`), and
    the report warns once, ``census.after_attested``.
    """
    run = OccupancyRun(facility, start, end)
    for case in records:
        run.add(case)
    return run.report()


@attrs.frozen(slots=True)
class Funnel:
    """The inflow funnel of one facility: how far candidates got and how stays ended.

    ``stages`` counts the records that reached each state of the facility's
    inflow workflow (from their event logs, in the order of the workflow);
    ``decisions`` the placement decisions; ``outflow`` how stays ended.
    """

    facility: str
    candidates: int
    stages: tuple[tuple[str, int], ...]
    decisions: tuple[tuple[str, int], ...]
    outflow: tuple[tuple[str, int], ...]
    by_exception: int
    invalid_logs: int

    def table(self) -> Table:
        rows = [("candidates", "referred", self.candidates)]
        rows += [("workflow", state, count) for state, count in self.stages]
        rows += [("decision", value, count) for value, count in self.decisions]
        rows += [("placed_by_exception", "true", self.by_exception)]
        rows += [("outflow", value, count) for value, count in self.outflow]
        return Table(("stage", "value", "count"), tuple(rows))


class FunnelRun:
    """The inflow funnel of one facility, built record by record (see :func:`funnel`)."""

    def __init__(self, catalogue: Catalogue, facility: str) -> None:
        self._catalogue, self._facility = catalogue, facility
        flows = [w for w in catalogue.workflows_for(facility) if not w.scope.national]
        self._order: list[str] = []
        for workflow in flows:
            for version in workflow.versions:
                self._order += [s.code for s in version.states if s.code not in self._order]
        self._codes = {w.code for w in flows}
        self._reached: Counter[str] = Counter()
        self._decisions: Counter[str] = Counter()
        self._outflow: Counter[str] = Counter()
        self._candidates = self._by_exception = self._invalid = 0

    def add(self, case: CaseRecord) -> None:
        from kleinschalig.errors import ValidationFailed
        from kleinschalig.workflows import replay_all

        if case.facility != self._facility:
            return
        self._candidates += 1
        placement = case.placement
        decision = placement.decision if placement else PlacementDecision.PENDING
        self._decisions[decision.value] += 1
        if placement is not None and placement.admitted_by_exception:
            self._by_exception += 1
        if placement is not None and placement.inflow_date is not None:
            if placement.outflow_date is None:
                self._outflow["inside"] += 1
            else:
                reason = placement.outflow_reason
                key = reason.value if isinstance(reason, OutflowReason) else "unknown"
                self._outflow[key] += 1
        if not case.events:
            return
        try:
            progress = replay_all(case, self._catalogue)
        except ValidationFailed:
            self._invalid += 1
            return
        seen: set[str] = set()
        for code, p in progress.items():
            if code in self._codes:
                seen.add(p.version.initial_state.code)
                seen.update(step.transition.target for step in p.steps)
        self._reached.update(seen)

    def report(self) -> Funnel:
        return Funnel(
            self._facility,
            self._candidates,
            tuple((state, self._reached[state]) for state in self._order),
            tuple(sorted(self._decisions.items())),
            tuple(sorted(self._outflow.items())),
            self._by_exception,
            self._invalid,
        )


def funnel(records: Iterable[CaseRecord], catalogue: Catalogue, facility: str) -> Funnel:
    """Count how far each candidate of ``facility`` got, from referral to outflow."""
    run = FunnelRun(catalogue, facility)
    for case in records:
        run.add(case)
    return run.report()
