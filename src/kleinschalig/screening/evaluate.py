"""Three-valued evaluation of conditions (Kleene logic), recording every input read.

``All`` is false as soon as one part is false, whatever is unknown elsewhere, so
adding a missing input can never turn a definite answer around.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import attrs

from kleinschalig.dates import DateArithmeticError, add
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
from kleinschalig.model.facts import MISSING, read_fact

__all__ = ["Evaluation", "Truth", "evaluate"]


class Truth(Enum):
    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool) -> Truth:
        return cls.TRUE if value else cls.FALSE


@attrs.define
class Evaluation:
    """The inputs a condition actually read, and those it needed but did not find."""

    reference_date: dt.date
    #: The facility screened for (a per-facility fact's value is read for it).
    facility: str | None = None
    read: dict[str, Any] = attrs.field(factory=dict)
    missing: set[str] = attrs.field(factory=set)
    #: Error codes of computations that could not be done (e.g. ``date.nonexistent``).
    problems: set[str] = attrs.field(factory=set)

    def fact(self, case: CaseRecord, path: str) -> Any:
        value = read_fact(case, path, self.facility)
        if value is MISSING:
            self.missing.add(path)
        else:
            self.read[path] = value
        return value


def evaluate(condition: Condition, case: CaseRecord, ev: Evaluation) -> Truth:
    """Evaluate ``condition`` for ``case`` on ``ev.reference_date``."""
    if isinstance(condition, Compare):
        value = ev.fact(case, condition.fact)
        if value is MISSING:
            return Truth.UNKNOWN
        try:
            return Truth.of(bool(COMPARISONS[condition.cmp](value, condition.value)))
        except TypeError:
            return Truth.UNKNOWN
    if isinstance(condition, OneOf):
        value = ev.fact(case, condition.fact)
        return Truth.UNKNOWN if value is MISSING else Truth.of(value in condition.values)
    if isinstance(condition, Contains):
        value = ev.fact(case, condition.fact)
        if value is MISSING or not isinstance(value, tuple):
            return Truth.UNKNOWN  # a non-list fact is refused at registration
        return Truth.of(condition.value in value)
    if isinstance(condition, HoldsTitle):
        return _holds_title(condition, case, ev)
    if isinstance(condition, SentenceWithin):
        return _sentence_within(condition, case, ev)
    if isinstance(condition, Elapsed):
        return _elapsed(condition, case, ev)
    if isinstance(condition, Recorded):
        present = read_fact(case, condition.fact, ev.facility) is not MISSING
        ev.read[condition.fact] = "recorded" if present else "not recorded"
        return Truth.of(present)
    if isinstance(condition, All):
        results = [evaluate(c, case, ev) for c in condition.conditions]
        if Truth.FALSE in results:
            return Truth.FALSE
        return Truth.UNKNOWN if Truth.UNKNOWN in results else Truth.TRUE
    if isinstance(condition, AnyOf):
        results = [evaluate(c, case, ev) for c in condition.conditions]
        if Truth.TRUE in results:
            return Truth.TRUE
        return Truth.UNKNOWN if Truth.UNKNOWN in results else Truth.FALSE
    inner = evaluate(condition.condition, case, ev)
    return {Truth.TRUE: Truth.FALSE, Truth.FALSE: Truth.TRUE}.get(inner, Truth.UNKNOWN)


def _holds_title(condition: HoldsTitle, case: CaseRecord, ev: Evaluation) -> Truth:
    if not case.legal_titles:
        ev.missing.add("legal_titles")
        return Truth.UNKNOWN
    on = ev.reference_date
    answers = []
    for holding in case.legal_titles:
        if holding.title not in condition.titles:
            continue
        held = holding.held_on(on)
        if held and condition.phase is not None:
            held = None if holding.phase is None else holding.phase == condition.phase
        answers.append(held)
    ev.read["legal_titles"] = sorted(
        h.title for h in case.legal_titles if h.held_on(on) is not False
    )
    if True in answers:
        return Truth.TRUE
    if None in answers:
        ev.missing.add("legal_titles")
        return Truth.UNKNOWN
    return Truth.FALSE


def _sentence_within(condition: SentenceWithin, case: CaseRecord, ev: Evaluation) -> Truth:
    try:
        return _sentence_within_exact(condition, case, ev)
    except DateArithmeticError as exc:
        ev.problems.add(exc.detail.code)
        return Truth.UNKNOWN


def _sentence_within_exact(condition: SentenceWithin, case: CaseRecord, ev: Evaluation) -> Truth:
    sentence = case.sentence
    on = ev.reference_date
    rounding = condition.rounding
    if condition.measure == "remaining":
        remaining = sentence.remaining_at(on, rounding) if sentence else None
        if remaining is None:
            start_known = sentence is not None and (
                sentence.start_date is not None or sentence.reporting_date is not None
            )
            if sentence is None or sentence.imposed_length is None:
                ev.missing.add("sentence.imposed_length")
            if not start_known:
                ev.missing.add("sentence.start_date")
            return Truth.UNKNOWN
        ev.read["sentence.remaining"] = f"{remaining.months}m{remaining.days}d"
        return _within(condition, remaining.counted_from, remaining.end_date)
    length = None
    if sentence is not None:
        length = (
            sentence.expected_length
            if condition.measure == "expected"
            else (sentence.imposed_length)
        )
    path = f"sentence.{condition.measure}_length"
    if length is None:
        ev.missing.add(path)
        return Truth.UNKNOWN
    ev.read[path] = str(length)
    return _within(condition, on, add(on, length, rounding))


def _elapsed(condition: Elapsed, case: CaseRecord, ev: Evaluation) -> Truth:
    since = ev.fact(case, condition.fact)
    if since is MISSING:
        return Truth.UNKNOWN
    ev.read[condition.fact] = since.isoformat()
    try:
        return _within(condition, since, ev.reference_date)
    except DateArithmeticError as exc:
        ev.problems.add(exc.detail.code)
        return Truth.UNKNOWN


def _within(condition: SentenceWithin | Elapsed, start: dt.date, end: dt.date) -> Truth:
    ok = True
    if condition.minimum is not None:
        low = add(start, condition.minimum, condition.rounding)
        ok = end >= low if condition.minimum_inclusive else end > low
    if ok and condition.maximum is not None:
        high = add(start, condition.maximum, condition.rounding)
        ok = end <= high if condition.maximum_inclusive else end < high
    return Truth.of(ok)
