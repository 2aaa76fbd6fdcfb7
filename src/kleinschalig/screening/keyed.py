"""Judges of criteria that read plain facts only, answering from the values they read.

When a criterion's conditions compare, list or check facts (no dates, no titles),
its line follows from the values at the paths it reads and from nothing else, not
even the reference date. Two cases whose values there have the same type and the
same text get the same line, so the line found for the first is handed to the next.
Values of other types (dates, lists, records) always go to the full judge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final, TypeVar

from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Compare,
    Condition,
    Contains,
    Not,
    OneOf,
    Recorded,
)
from kleinschalig.model.facts import MISSING, fact_reader

__all__ = ["KEYS_KEPT", "by_values", "reads_plain_facts"]

T = TypeVar("T")

#: Answers a judge keeps per criterion; past this it starts over, so memory stays flat.
KEYS_KEPT: Final = 2048
#: Types whose text tells equal values apart exactly (a float's text round-trips).
_PLAIN: Final = frozenset({str, int, float, bool})
_ABSENT: Final = object()


def reads_plain_facts(condition: Condition) -> bool:
    """Whether ``condition`` depends on nothing but the values of the facts it reads."""
    if isinstance(condition, (Compare, OneOf, Contains, Recorded)):
        return True
    if isinstance(condition, (All, AnyOf)):
        return all(reads_plain_facts(c) for c in condition.conditions)
    if isinstance(condition, Not):
        return reads_plain_facts(condition.condition)
    return False


def by_values(
    paths: tuple[str, ...],
    judge: Callable[[CaseRecord, dt.date], T],
    facility: str | None = None,
) -> Callable[[CaseRecord, dt.date], T]:
    """``judge``, answering again for values at ``paths`` it has answered for."""
    getters = tuple(fact_reader(path, facility) for path in paths)
    plain = _PLAIN
    kept: dict[Any, T] = {}

    def keyed(case: CaseRecord, on: dt.date) -> T:
        key: list[Any] = []
        for get in getters:
            value = get(case)
            kind = value.__class__
            if kind in plain:
                key += (kind, str(value))
            elif value is MISSING:
                key.append(value)
            else:
                return judge(case, on)
        found = kept.get(tuple(key), _ABSENT)
        if found is _ABSENT:
            if len(kept) >= KEYS_KEPT:
                kept.clear()
            found = kept[tuple(key)] = judge(case, on)
        return found  # type: ignore[return-value]

    if len(getters) != 1:
        return keyed
    (get,) = getters

    def keyed_one(case: CaseRecord, on: dt.date) -> T:
        value = get(case)
        kind = value.__class__
        if kind in plain:
            key: Any = (kind, str(value))
        elif value is MISSING:
            key = value
        else:
            return judge(case, on)
        found = kept.get(key, _ABSENT)
        if found is _ABSENT:
            if len(kept) >= KEYS_KEPT:
                kept.clear()
            found = kept[key] = judge(case, on)
        return found  # type: ignore[return-value]

    return keyed_one
