"""Computing indicators over a cohort in one streaming pass.

Each record is judged once per indicator: *out of scope* (the denominator's
condition is false), *excluded* (in scope, or possibly in scope, but the data
are missing — counted per reason, with the case ids up to a limit), or
*counted* with a value. Memory does not grow with the number of records.

>>> import datetime as dt
>>> from kleinschalig.model import CaseRecord, IntakeFacts, PlacementFacts, PlacementDecision
>>> from kleinschalig.national.indicators import CORE_INDICATORS
>>> placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2022, 1, 3))
>>> cohort = [
...     CaseRecord("fictief-1", "c-1", placement=placed, intake=IntakeFacts(group_suitable=True)),
...     CaseRecord("fictief-2", "c-2", placement=placed, intake=IntakeFacts(group_suitable=False)),
...     CaseRecord("fictief-3", "c-3", placement=placed),
... ]
>>> report = compute(cohort, CORE_INDICATORS, on=dt.date(2022, 12, 31))
>>> r = report.result("core.tg.groepsgeschikt")
>>> (int(r.numerator), r.denominator, r.value, r.in_scope, r.coverage)
(1, 2, 0.5, 3, 0.6666666666666666)
>>> [(e.reason, e.count, e.case_ids) for e in r.excluded]
[('data.missing', 1, ('c-3',))]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add
from kleinschalig.errors import ValidationFailed
from kleinschalig.i18n import N_
from kleinschalig.indicators.fast import compile_condition
from kleinschalig.indicators.results import Category, Exclusion, IndicatorReport, IndicatorResult
from kleinschalig.model.basisvoorwaarden import Basisvoorwaarde, BVStatus
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.facts import MISSING, fact_reader
from kleinschalig.model.indicators import (
    BasisvoorwaardenMet,
    Distribution,
    DomainChange,
    FeedbackSent,
    Indicator,
    Mean,
    Observation,
    Recidivism,
    Share,
    StayLength,
)
from kleinschalig.screening.evaluate import Evaluation, Truth, evaluate
from kleinschalig.workflows.timeline import feedback_due

if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = ["IndicatorRun", "compute", "in_period"]

_MET = (BVStatus.MET, BVStatus.NOT_APPLICABLE)


@attrs.frozen(slots=True)
class _Counted:
    value: float
    weight: int = 1  # feedback: several items per record


@attrs.frozen(slots=True)
class _Excluded:
    reason: str
    missing: tuple[str, ...] = ()


_ONE = _Counted(1.0)
_ZERO = _Counted(0.0)


def in_period(case: CaseRecord, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the record belongs to the cohort of ``[start, end]``.

    It does when it was referred, decided, admitted or discharged in the
    period, or was inside during it. Without bounds every record belongs.
    """
    if start is None and end is None:
        return True
    low = start or dt.date.min
    high = end or dt.date.max
    placement = case.placement
    dates = [case.referral.date if case.referral else None]
    if placement is not None:
        dates += [placement.decision_date, placement.inflow_date, placement.outflow_date]
        inflow, outflow = placement.inflow_date, placement.outflow_date
        if inflow is not None and inflow <= high and (outflow is None or outflow >= low):
            return True
    return any(d is not None and low <= d <= high for d in dates)


class _Accumulator:
    __slots__ = (
        "categories",
        "counted",
        "excluded",
        "in_scope",
        "indicator",
        "missing",
        "samples",
        "total",
    )

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.in_scope = 0
        self.counted = 0
        self.total = 0.0
        self.excluded: Counter[str] = Counter()
        self.missing: dict[str, Counter[str]] = {}
        self.samples: dict[str, list[str]] = {}
        self.categories: Counter[str] = Counter()

    def add(self, case_id: str, outcome: Any, keep: int | None) -> None:
        if type(outcome) is _Counted:
            self.in_scope += outcome.weight
            self.counted += outcome.weight
            self.total += outcome.value
            return
        if outcome is None:
            return
        if isinstance(outcome, _Excluded):
            if outcome.reason != "scope.unknown":
                self.in_scope += 1
            self.excluded[outcome.reason] += 1
            self.missing.setdefault(outcome.reason, Counter()).update(outcome.missing)
            sample = self.samples.setdefault(outcome.reason, [])
            if keep is None or len(sample) < keep:
                sample.append(case_id)
            return
        if isinstance(outcome, str):  # a category
            self.in_scope += 1
            self.counted += 1
            self.categories[outcome] += 1
            return
        self.in_scope += outcome.weight
        self.counted += outcome.weight
        self.total += outcome.value

    def result(self, window_set: bool) -> IndicatorResult:
        measure = self.indicator.measure
        excluded = tuple(
            Exclusion(
                reason,
                count,
                tuple(self.samples.get(reason, ())),
                tuple(sorted(self.missing.get(reason, Counter()))),
            )
            for reason, count in sorted(self.excluded.items())
        )
        if isinstance(measure, Distribution):
            breakdown = tuple(
                Category(value, count, count / self.counted)
                for value, count in sorted(self.categories.items())
            )
            return IndicatorResult(
                self.indicator, self.in_scope, self.counted, self.counted, None, excluded, breakdown
            )
        if isinstance(measure, FeedbackSent):
            # items, not records: in scope counts records with feedback owed
            value = None if self.counted == 0 else self.total / self.counted
            return IndicatorResult(
                self.indicator, self.in_scope, self.counted, self.total, value, excluded
            )
        value = None if self.counted == 0 else self.total / self.counted
        note = ""
        if isinstance(measure, Observation):
            note = N_(
                "Niet uit dossiers te berekenen: gemeten met interviews, een vragenlijst "
                "of een registratie op voorzieningsniveau."
            )
        if isinstance(measure, Recidivism) and not window_set:
            note = N_("Geen termijn gekozen: geef een termijn op om recidive te berekenen.")
        return IndicatorResult(
            self.indicator, self.in_scope, self.counted, self.total, value, excluded, note=note
        )


def _unknown_scope(condition: Any, case: CaseRecord, on: dt.date) -> _Excluded:
    ev = Evaluation(on)
    evaluate(condition, case, ev)
    return _Excluded("scope.unknown", tuple(sorted(ev.missing)))


class _Scope:
    """A denominator condition, compiled once; many indicators share one (everyone placed)."""

    __slots__ = ("_compiled", "_condition")

    def __init__(self, condition: Any) -> None:
        self._condition = condition
        self._compiled = compile_condition(condition)

    def judge(self, case: CaseRecord, on: dt.date) -> Any:
        """True when in scope, ``None`` when out, an :class:`_Excluded` when unknown."""
        truth = self._compiled(case, on)
        if truth is Truth.TRUE:
            return True
        if truth is Truth.FALSE:
            return None
        return _unknown_scope(self._condition, case, on)


def _plan(
    measure: Any, window: Duration | None, catalogue: Catalogue | None
) -> Callable[[CaseRecord, dt.date], Any]:
    """The per-record evaluation of one measure, with its conditions compiled."""
    if isinstance(measure, Share):
        numerator = compile_condition(measure.numerator)

        def share(case: CaseRecord, on: dt.date) -> Any:
            truth = numerator(case, on)
            if truth is Truth.UNKNOWN:
                ev = Evaluation(on)
                evaluate(measure.numerator, case, ev)
                return _Excluded("data.missing", tuple(sorted(ev.missing)))
            return _ONE if truth is Truth.TRUE else _ZERO

        return share
    if isinstance(measure, Mean):
        get = fact_reader(measure.fact)

        def mean(case: CaseRecord, _on: dt.date) -> Any:
            value = get(case)
            if value is MISSING:
                return _Excluded("data.missing", (measure.fact,))
            return _Counted(float(value))

        return mean
    if isinstance(measure, Distribution):
        get = fact_reader(measure.fact)

        def distribution(case: CaseRecord, _on: dt.date) -> Any:
            value = get(case)
            if value is MISSING:
                return _Excluded("data.missing", (measure.fact,))
            return str(value)

        return distribution
    if isinstance(measure, BasisvoorwaardenMet):
        return _basisvoorwaarden_plan(measure)
    if isinstance(measure, DomainChange):
        return lambda case, _on: _domain_change(measure, case)
    if isinstance(measure, Recidivism):
        return lambda case, on: _recidivism(measure, case, on, window)
    if isinstance(measure, StayLength):
        return _stay_length
    if isinstance(measure, FeedbackSent):
        return lambda case, _on: _feedback(case, catalogue)
    if isinstance(measure, Observation):
        return lambda _case, _on: None  # measured outside the case record
    raise TypeError(f"unknown measure {type(measure).__name__}")


def _stay_length(case: CaseRecord, _on: dt.date) -> Any:
    placement = case.placement
    if placement is None or placement.outflow_date is None:
        return None
    if placement.inflow_date is None:
        return _Excluded("data.missing", ("placement.inflow_date",))
    return _Counted(float((placement.outflow_date - placement.inflow_date).days))


def _basisvoorwaarden_plan(measure: BasisvoorwaardenMet) -> Callable[[CaseRecord, dt.date], Any]:
    path = f"basisvoorwaarden[{measure.moment.value}]"
    absent = _Excluded("data.missing", (path,))
    moment = measure.moment
    conditions = (measure.condition,) if measure.condition else tuple(Basisvoorwaarde)
    names = tuple(c.value for c in conditions)
    unknown_status, met = BVStatus.UNKNOWN, _MET

    def basisvoorwaarden(case: CaseRecord, _on: dt.date) -> Any:
        measurement = None
        for m in case.basisvoorwaarden:
            if m.moment is moment:
                measurement = m
        if measurement is None:
            return absent
        statuses = [getattr(measurement, name) for name in names]
        if unknown_status in statuses:
            unknown = [
                f"{path}.{name}"
                for name, s in zip(names, statuses, strict=True)
                if s is unknown_status
            ]
            return _Excluded("data.missing", tuple(unknown))
        return _ONE if all(s in met for s in statuses) else _ZERO

    return basisvoorwaarden


def _domain_change(measure: DomainChange, case: CaseRecord) -> Any:
    def score(moment: Any) -> int | None:
        for scores in case.life_domains:
            if scores.moment is moment:
                return getattr(scores, measure.domain)  # type: ignore[no-any-return]
        return None

    first, last = score(measure.start), score(measure.end)
    if first is None or last is None:
        missing = [
            f"life_domains[{m.value}].{measure.domain}"
            for m, v in ((measure.start, first), (measure.end, last))
            if v is None
        ]
        return _Excluded("data.missing", tuple(missing))
    return _Counted(float(last - first))


def _recidivism(measure: Recidivism, case: CaseRecord, on: dt.date, window: Duration | None) -> Any:
    placement = case.placement
    if placement is None or placement.outflow_date is None:
        return None  # never left: not in scope
    length = window or measure.window
    if length is None:
        return _Excluded("window.unset")
    left = placement.outflow_date
    try:
        until = _window_end(left, length)
    except DateArithmeticError:  # pragma: no cover - DOWN always lands on a day
        return _Excluded("data.missing", ("placement.outflow_date",))
    if until > on:
        return _Excluded("window.not_passed")
    hit = any(
        event.type in measure.types and left < event.date <= until for event in case.recidivism
    )
    return _Counted(1.0 if hit else 0.0)


@functools.lru_cache(maxsize=65_536)
def _window_end(left: dt.date, length: Duration) -> dt.date:
    return add(left, length, Rounding.DOWN)


def _feedback(case: CaseRecord, catalogue: Catalogue | None) -> Any:
    if catalogue is None:
        return _Excluded("catalogue.missing") if case.events else None
    if not case.events:
        return None
    try:
        owed = feedback_due(case, catalogue)
    except ValidationFailed:
        return _Excluded("log.invalid", ("events",))
    if not owed:
        return None
    return _Counted(float(sum(1 for f in owed if f.sent_on is not None)), weight=len(owed))


class IndicatorRun:
    """Indicators computed incrementally: ``add`` each record, then ``report``.

    :func:`compute` is the one-call form; a run lets one pass over a large file
    feed several analyses (see :class:`~kleinschalig.indicators.cohort.OccupancyRun`).
    """

    def __init__(
        self,
        indicators: Sequence[Indicator],
        *,
        on: dt.date,
        start: dt.date | None = None,
        end: dt.date | None = None,
        window: Duration | None = None,
        catalogue: Catalogue | None = None,
        keep_case_ids: int | None = 20,
    ) -> None:
        self._accumulators = [_Accumulator(indicator) for indicator in indicators]
        scopes: dict[Any, int] = {}
        self._rows: list[tuple[_Accumulator, int | None, Callable[[CaseRecord, dt.date], Any]]] = []
        for acc in self._accumulators:
            denominator = getattr(acc.indicator.measure, "denominator", None)
            index = None if denominator is None else scopes.setdefault(denominator, len(scopes))
            self._rows.append((acc, index, _plan(acc.indicator.measure, window, catalogue)))
        self._scopes = [_Scope(condition) for condition in scopes]
        self._on, self._start, self._end = on, start, end
        self._window, self._catalogue, self._keep = window, catalogue, keep_case_ids
        self.records = 0
        self.outside_period = 0

    def add(self, case: CaseRecord) -> None:
        if not in_period(case, self._start, self._end):
            self.outside_period += 1
            return
        self.records += 1
        on, keep, case_id = self._on, self._keep, case.case_id
        answers = [scope.judge(case, on) for scope in self._scopes]
        for acc, index, plan in self._rows:
            scope = True if index is None else answers[index]
            outcome = plan(case, on) if scope is True else scope
            if outcome is not None:
                acc.add(case_id, outcome, keep)

    def report(self) -> IndicatorReport:
        params = {} if self._window is None else {"window": str(self._window)}
        return IndicatorReport(
            on=self._on,
            start=self._start,
            end=self._end,
            records=self.records,
            outside_period=self.outside_period,
            results=tuple(
                acc.result(
                    self._window is not None
                    or getattr(acc.indicator.measure, "window", None) is not None
                )
                for acc in self._accumulators
            ),
            parameters=MappingProxyType(params),
        )


def compute(
    records: Iterable[CaseRecord],
    indicators: Sequence[Indicator],
    *,
    on: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
    window: Duration | None = None,
    catalogue: Catalogue | None = None,
    keep_case_ids: int | None = 20,
) -> IndicatorReport:
    """Compute ``indicators`` over ``records`` in one pass.

    :param on: the reference date (conditions are judged on it; a recidivism
        window must have passed by it).
    :param start: the first day of the cohort period (see :func:`in_period`);
        records outside the period are counted in ``outside_period`` and not used.
    :param end: the last day of the cohort period.
    :param window: the recidivism window, overriding each indicator's own; the
        sources fix none, so without any the recidivism values stay empty.
    :param catalogue: needed for feedback indicators (the workflows).
    :param keep_case_ids: how many excluded case ids to keep per reason
        (``None``: all).
    """
    run = IndicatorRun(
        indicators,
        on=on,
        start=start,
        end=end,
        window=window,
        catalogue=catalogue,
        keep_case_ids=keep_case_ids,
    )
    for case in records:
        run.add(case)
    return run.report()
