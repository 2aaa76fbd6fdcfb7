"""Conditions compiled, once per reference date, to functions that explain what they read.

A compiled condition gives the same truth value as
:func:`kleinschalig.screening.evaluate.evaluate` and records the same trace: the
inputs read (as display text), the inputs missing and the date arithmetic that
needed a rounding choice. A property test pins the equivalence. What the
compilation saves is the interpretation of the condition tree for every case,
and calendar arithmetic from the reference date itself, which is the same for
every case and is done once.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from typing import Any

from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import (
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

#: ``(case, read, missing, problems) -> truth``; ``read`` maps a path to its display text.
Explained = Callable[[CaseRecord, dict[str, str], set[str], set[str]], Truth]
#: An end date to compare with, or the error code of arithmetic that needs a rounding choice.
_Dated = Callable[[dt.date], "dt.date | str"]

_COMPARE = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}
_TRUE, _FALSE, _UNKNOWN = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN
_NOT = {_TRUE: _FALSE, _FALSE: _TRUE, _UNKNOWN: _UNKNOWN}


def text(value: Any) -> str:
    """An input as the trace shows it."""
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record_fact(path: str) -> Callable[[CaseRecord, dict[str, str], set[str]], Any]:
    """A reader of ``path`` that notes the value as read, or the path as missing."""
    get = fact_reader(path)

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


def _bound(length: Duration | None, rounding: Rounding, on: dt.date) -> _Dated | None:
    """``start + length``, worked out once for ``start == on``."""
    if length is None:
        return None
    plus = _added(length, rounding)
    from_on = plus(on)
    return lambda start: from_on if start == on else plus(start)


def _within(
    condition: SentenceWithin | Elapsed, on: dt.date
) -> Callable[[dt.date, dt.date], Truth | str]:
    """Whether ``end`` lies within the bounds counted from ``start``, or an error code."""
    low = _bound(condition.minimum, condition.rounding, on)
    high = _bound(condition.maximum, condition.rounding, on)
    low_inclusive, high_inclusive = condition.minimum_inclusive, condition.maximum_inclusive

    def within(start: dt.date, end: dt.date) -> Truth | str:
        ok = True
        if low is not None:
            bound = low(start)
            if isinstance(bound, str):
                return bound
            ok = end >= bound if low_inclusive else end > bound
        if ok and high is not None:
            bound = high(start)
            if isinstance(bound, str):
                return bound
            ok = end <= bound if high_inclusive else end < bound
        return _TRUE if ok else _FALSE

    return within


def compile_explained(condition: Condition, on: dt.date) -> Explained:
    """``condition`` on reference date ``on`` as a function recording what it reads."""
    if isinstance(condition, Compare):
        return _compare(condition)
    if isinstance(condition, OneOf):
        fact, values = record_fact(condition.fact), condition.values

        def one_of(
            case: CaseRecord, read: dict[str, str], missing: set[str], _p: set[str]
        ) -> Truth:
            value = fact(case, read, missing)
            if value is MISSING:
                return _UNKNOWN
            return _TRUE if value in values else _FALSE

        return one_of
    if isinstance(condition, Contains):
        fact, item = record_fact(condition.fact), condition.value

        def contains(
            case: CaseRecord, read: dict[str, str], missing: set[str], _p: set[str]
        ) -> Truth:
            value = fact(case, read, missing)
            if value is MISSING or not isinstance(value, tuple):
                return _UNKNOWN
            return _TRUE if item in value else _FALSE

        return contains
    if isinstance(condition, Recorded):
        get, path = fact_reader(condition.fact), condition.fact

        def recorded(case: CaseRecord, read: dict[str, str], _m: set[str], _p: set[str]) -> Truth:
            if get(case) is MISSING:
                read[path] = "not recorded"
                return _FALSE
            read[path] = "recorded"
            return _TRUE

        return recorded
    if isinstance(condition, HoldsTitle):
        return _holds_title(condition, on)
    if isinstance(condition, SentenceWithin):
        return _sentence_within(condition, on)
    if isinstance(condition, Elapsed):
        return _elapsed(condition, on)
    if isinstance(condition, (All, AnyOf)):
        return _junction(condition, on)
    inner = compile_explained(condition.condition, on)
    return lambda case, read, missing, problems: _NOT[inner(case, read, missing, problems)]


def _compare(condition: Compare) -> Explained:
    fact, cmp, expected = record_fact(condition.fact), _COMPARE[condition.cmp], condition.value

    def compare(case: CaseRecord, read: dict[str, str], missing: set[str], _p: set[str]) -> Truth:
        value = fact(case, read, missing)
        if value is MISSING:
            return _UNKNOWN
        try:
            return _TRUE if cmp(value, expected) else _FALSE
        except TypeError:
            return _UNKNOWN

    return compare


def _junction(condition: All | AnyOf, on: dt.date) -> Explained:
    # Every part is evaluated, even after the answer is known: the trace shows all inputs.
    parts = tuple(compile_explained(c, on) for c in condition.conditions)
    decisive, otherwise = (_FALSE, _TRUE) if isinstance(condition, All) else (_TRUE, _FALSE)

    def junction(
        case: CaseRecord, read: dict[str, str], missing: set[str], problems: set[str]
    ) -> Truth:
        results = [part(case, read, missing, problems) for part in parts]
        if decisive in results:
            return decisive
        return _UNKNOWN if _UNKNOWN in results else otherwise

    return junction


def _holds_title(condition: HoldsTitle, on: dt.date) -> Explained:
    titles, phase = condition.titles, condition.phase

    def holds_title(
        case: CaseRecord, read: dict[str, str], missing: set[str], _p: set[str]
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


def _sentence_within(condition: SentenceWithin, on: dt.date) -> Explained:
    within, rounding = _within(condition, on), condition.rounding
    if condition.measure == "remaining":

        def remaining(
            case: CaseRecord, read: dict[str, str], missing: set[str], problems: set[str]
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
            return _judged(within(rest.counted_from, rest.end_date), problems)

        return remaining
    expected = condition.measure == "expected"
    path = f"sentence.{condition.measure}_length"

    def length(
        case: CaseRecord, read: dict[str, str], missing: set[str], problems: set[str]
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
        return _judged(within(on, end), problems)

    return length


def _elapsed(condition: Elapsed, on: dt.date) -> Explained:
    fact, path, within = record_fact(condition.fact), condition.fact, _within(condition, on)

    def elapsed(
        case: CaseRecord, read: dict[str, str], missing: set[str], problems: set[str]
    ) -> Truth:
        since = fact(case, read, missing)
        if since is MISSING:
            return _UNKNOWN
        read[path] = since.isoformat()
        return _judged(within(since, on), problems)

    return elapsed


def _judged(answer: Truth | str, problems: set[str]) -> Truth:
    if isinstance(answer, str):
        problems.add(answer)
        return _UNKNOWN
    return answer
