"""Conditions compiled to plain functions, for evaluating many records quickly.

The compiled form gives the same truth value as
:func:`kleinschalig.screening.evaluate.evaluate` (a property test checks it)
but records nothing; when it answers *unknown*, the caller asks the
explaining evaluator which facts were missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import (
    COMPARISONS,
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
from kleinschalig.screening.evaluate import Evaluation, Truth, evaluate

__all__ = ["compile_condition"]

Compiled = Callable[[CaseRecord, dt.date], Truth]

_TRUE, _FALSE, _UNKNOWN = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN


def compile_condition(condition: Condition) -> Compiled:
    """A function ``(case, on) -> Truth`` equivalent to evaluating ``condition``."""
    if isinstance(condition, Compare):
        get, cmp, expected = (
            fact_reader(condition.fact),
            COMPARISONS[condition.cmp],
            condition.value,
        )

        def compare(case: CaseRecord, _on: dt.date) -> Truth:
            value = get(case)
            if value is MISSING:
                return _UNKNOWN
            try:
                return _TRUE if cmp(value, expected) else _FALSE
            except TypeError:
                return _UNKNOWN

        return compare
    if isinstance(condition, OneOf):
        get, values = fact_reader(condition.fact), frozenset(condition.values)

        def one_of(case: CaseRecord, _on: dt.date) -> Truth:
            value = get(case)
            if value is MISSING:
                return _UNKNOWN
            return _TRUE if value in values else _FALSE

        return one_of
    if isinstance(condition, Contains):
        get, item = fact_reader(condition.fact), condition.value

        def contains(case: CaseRecord, _on: dt.date) -> Truth:
            value = get(case)
            if value is MISSING or not isinstance(value, tuple):
                return _UNKNOWN
            return _TRUE if item in value else _FALSE

        return contains
    if isinstance(condition, Recorded):
        get = fact_reader(condition.fact)
        return lambda case, _on: _FALSE if get(case) is MISSING else _TRUE
    if isinstance(condition, All):
        parts = tuple(compile_condition(c) for c in condition.conditions)

        def all_(case: CaseRecord, on: dt.date) -> Truth:
            unknown = False
            for part in parts:
                truth = part(case, on)
                if truth is _FALSE:
                    return _FALSE
                unknown = unknown or truth is _UNKNOWN
            return _UNKNOWN if unknown else _TRUE

        return all_
    if isinstance(condition, AnyOf):
        parts = tuple(compile_condition(c) for c in condition.conditions)

        def any_(case: CaseRecord, on: dt.date) -> Truth:
            unknown = False
            for part in parts:
                truth = part(case, on)
                if truth is _TRUE:
                    return _TRUE
                unknown = unknown or truth is _UNKNOWN
            return _UNKNOWN if unknown else _FALSE

        return any_
    if isinstance(condition, Not):
        inner = compile_condition(condition.condition)
        flip = {_TRUE: _FALSE, _FALSE: _TRUE, _UNKNOWN: _UNKNOWN}
        return lambda case, on: flip[inner(case, on)]
    # Titles, sentence measures and elapsed time: the explaining evaluator.
    return lambda case, on: evaluate(condition, case, Evaluation(on))
