"""Conditions compiled to functions that explain what they read.

A compiled condition gives the same truth value as
:func:`kleinschalig.screening.evaluate.evaluate` and records the same trace: the
inputs read (as display text), the inputs missing and the date arithmetic that
needed a rounding choice. A property test pins the equivalence. What the
compilation saves is the interpretation of the condition tree for every case,
and calendar arithmetic counted from the reference date itself, which is the same
for every case on that date and is done once per date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import (
    COMPARISONS,
    All,
    AnyOf,
    Compare,
    Condition,
    Contains,
    Elapsed,
    HoldsTitle,
    OneOf,
    Recorded,
    SentenceWithin,
)
from kleinschalig.model.facts import MISSING, fact_reader
from kleinschalig.screening.evaluate import Truth

__all__ = ["Explained", "compile_explained", "record_fact", "text"]

#: ``(case, reference date, read, missing, problems) -> truth``; ``read`` maps a path to its
#: display text.
Explained = Callable[[CaseRecord, dt.date, dict[str, str], set[str], set[str]], Truth]
#: A date plus a length, or the error code of arithmetic that needs a rounding choice.
_Dated = Callable[[dt.date], "dt.date | str"]
#: Reference dates a bound keeps its date for; past this it starts over.
DATES_KEPT: Final = 4096

_TRUE, _FALSE, _UNKNOWN = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN
_NOT = {_TRUE: _FALSE, _FALSE: _TRUE, _UNKNOWN: _UNKNOWN}


def text(value: Any) -> str:
    """An input as the trace shows it."""
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record_fact(
    path: str, facility: str | None = None
) -> Callable[[CaseRecord, dict[str, str], set[str]], Any]:
    """A reader of ``path`` that notes the value as read, or the path as missing."""
    get = fact_reader(path, facility)

    def read_one(case: CaseRecord, read: dict[str, str], missing: set[str]) -> Any:
        value = get(case)
        if value is MISSING:
            missing.add(path)
        else:
            read[path] = text(value)
        return value

    return read_one


def _added(length: Duration, rounding: Rounding) -> _Dated:
    def plus(start: dt.date) -> dt.date | str:
        try:
            return add(start, length, rounding)
        except DateArithmeticError as exc:
            return exc.detail.code

    return plus


def _bound(length: Duration | None, rounding: Rounding) -> Callable[[dt.date, dt.date], Any]:
    """``start + length``, worked out once per reference date ``on`` for ``start == on``."""
    if length is None:
        return lambda _start, _on: None
    plus = _added(length, rounding)
    from_on: dict[dt.date, dt.date | str] = {}

    def bound(start: dt.date, on: dt.date) -> dt.date | str:
        if start != on:
            return plus(start)
        found = from_on.get(on)
        if found is None:
            if len(from_on) >= DATES_KEPT:
                from_on.clear()
            found = from_on[on] = plus(on)
        return found

    return bound


def _within(
    condition: SentenceWithin | Elapsed,
) -> Callable[[dt.date, dt.date, dt.date], Truth | str]:
    """Whether ``end`` lies within the bounds counted from ``start``, or an error code."""
    low = _bound(condition.minimum, condition.rounding)
    high = _bound(condition.maximum, condition.rounding)
    has_low, has_high = condition.minimum is not None, condition.maximum is not None
    low_inclusive, high_inclusive = condition.minimum_inclusive, condition.maximum_inclusive

    def within(start: dt.date, end: dt.date, on: dt.date) -> Truth | str:
        ok = True
        if has_low:
            bound = low(start, on)
            if isinstance(bound, str):
                return bound
            ok = end >= bound if low_inclusive else end > bound
        if ok and has_high:
            bound = high(start, on)
            if isinstance(bound, str):
                return bound
            ok = end <= bound if high_inclusive else end < bound
        return _TRUE if ok else _FALSE

    return within


def compile_explained(condition: Condition, facility: str | None = None) -> Explained:
    """``condition`` as a function recording what it reads (for ``facility``, when screening
    for one: it chooses the value of a per-facility fact)."""
    if isinstance(condition, Compare):
        return _compare(condition, facility)
    if isinstance(condition, OneOf):
        return _one_of(condition, facility)
    if isinstance(condition, Contains):
        return _contains(condition, facility)
    if isinstance(condition, Recorded):
        return _recorded(condition, facility)
    if isinstance(condition, HoldsTitle):
        return _holds_title(condition)
    if isinstance(condition, SentenceWithin):
        return _sentence_within(condition)
    if isinstance(condition, Elapsed):
        return _elapsed(condition, facility)
    if isinstance(condition, (All, AnyOf)):
        return _junction(condition, facility)
    inner = compile_explained(condition.condition, facility)
    return lambda case, on, read, missing, problems: _NOT[inner(case, on, read, missing, problems)]


def _compare(condition: Compare, facility: str | None) -> Explained:
    fact, cmp, expected = (
        record_fact(condition.fact, facility),
        COMPARISONS[condition.cmp],
        condition.value,
    )

    def compare(
        case: CaseRecord, _on: dt.date, read: dict[str, str], missing: set[str], _p: set[str]
    ) -> Truth:
        value = fact(case, read, missing)
        if value is MISSING:
            return _UNKNOWN
        try:
            return _TRUE if cmp(value, expected) else _FALSE
        except TypeError:
            return _UNKNOWN

    return compare


def _one_of(condition: OneOf, facility: str | None) -> Explained:
    fact, values = record_fact(condition.fact, facility), condition.values

    def one_of(
        case: CaseRecord, _on: dt.date, read: dict[str, str], missing: set[str], _p: set[str]
    ) -> Truth:
        value = fact(case, read, missing)
        if value is MISSING:
            return _UNKNOWN
        return _TRUE if value in values else _FALSE

    return one_of


def _contains(condition: Contains, facility: str | None) -> Explained:
    fact, item = record_fact(condition.fact, facility), condition.value

    def contains(
        case: CaseRecord, _on: dt.date, read: dict[str, str], missing: set[str], _p: set[str]
    ) -> Truth:
        value = fact(case, read, missing)
        if value is MISSING or not isinstance(value, tuple):
            return _UNKNOWN
        return _TRUE if item in value else _FALSE

    return contains


def _recorded(condition: Recorded, facility: str | None) -> Explained:
    get, path = fact_reader(condition.fact, facility), condition.fact

    def recorded(
        case: CaseRecord, _on: dt.date, read: dict[str, str], _m: set[str], _p: set[str]
    ) -> Truth:
        if get(case) is MISSING:
            read[path] = "not recorded"
            return _FALSE
        read[path] = "recorded"
        return _TRUE

    return recorded


def _junction(condition: All | AnyOf, facility: str | None) -> Explained:
    # Every part is evaluated, even after the answer is known: the trace shows all inputs.
    parts = tuple(compile_explained(c, facility) for c in condition.conditions)
    decisive, otherwise = (_FALSE, _TRUE) if isinstance(condition, All) else (_TRUE, _FALSE)

    def junction(
        case: CaseRecord, on: dt.date, read: dict[str, str], missing: set[str], problems: set[str]
    ) -> Truth:
        results = [part(case, on, read, missing, problems) for part in parts]
        if decisive in results:
            return decisive
        return _UNKNOWN if _UNKNOWN in results else otherwise

    return junction


def _holds_title(condition: HoldsTitle) -> Explained:
    titles, phase = condition.titles, condition.phase

    def holds_title(
        case: CaseRecord, on: dt.date, read: dict[str, str], missing: set[str], _p: set[str]
    ) -> Truth:
        holdings = case.legal_titles
        if not holdings:
            missing.add("legal_titles")
            return _UNKNOWN
        answers = []
        held_titles = []
        for holding in holdings:
            held = holding.held_on(on)
            if held is not False:
                held_titles.append(holding.title)
            if holding.title not in titles:
                continue
            if held and phase is not None:
                held = None if holding.phase is None else holding.phase == phase
            answers.append(held)
        read["legal_titles"] = text(sorted(held_titles))
        if True in answers:
            return _TRUE
        if None in answers:
            missing.add("legal_titles")
            return _UNKNOWN
        return _FALSE

    return holds_title


def _sentence_within(condition: SentenceWithin) -> Explained:
    within, rounding = _within(condition), condition.rounding
    if condition.measure == "remaining":

        def remaining(
            case: CaseRecord,
            on: dt.date,
            read: dict[str, str],
            missing: set[str],
            problems: set[str],
        ) -> Truth:
            sentence = case.sentence
            try:
                rest = sentence.remaining_at(on, rounding) if sentence else None
            except DateArithmeticError as exc:
                problems.add(exc.detail.code)
                return _UNKNOWN
            if rest is None:
                if sentence is None or sentence.imposed_length is None:
                    missing.add("sentence.imposed_length")
                if sentence is None or (
                    sentence.start_date is None and sentence.reporting_date is None
                ):
                    missing.add("sentence.start_date")
                return _UNKNOWN
            read["sentence.remaining"] = f"{rest.months}m{rest.days}d"
            return _judged(within(rest.counted_from, rest.end_date, on), problems)

        return remaining
    expected = condition.measure == "expected"
    path = f"sentence.{condition.measure}_length"

    def length(
        case: CaseRecord, on: dt.date, read: dict[str, str], missing: set[str], problems: set[str]
    ) -> Truth:
        sentence = case.sentence
        measured = None
        if sentence is not None:
            measured = sentence.expected_length if expected else sentence.imposed_length
        if measured is None:
            missing.add(path)
            return _UNKNOWN
        read[path] = str(measured)
        try:
            end = add(on, measured, rounding)
        except DateArithmeticError as exc:
            problems.add(exc.detail.code)
            return _UNKNOWN
        return _judged(within(on, end, on), problems)

    return length


def _elapsed(condition: Elapsed, facility: str | None) -> Explained:
    fact, path = record_fact(condition.fact, facility), condition.fact
    within = _within(condition)

    def elapsed(
        case: CaseRecord, on: dt.date, read: dict[str, str], missing: set[str], problems: set[str]
    ) -> Truth:
        since = fact(case, read, missing)
        if since is MISSING:
            return _UNKNOWN
        read[path] = since.isoformat()
        return _judged(within(since, on, on), problems)

    return elapsed


def _judged(answer: Truth | str, problems: set[str]) -> Truth:
    if isinstance(answer, str):
        problems.add(answer)
        return _UNKNOWN
    return answer
