"""Checks on a criterion's rules against the case-record model, made when it is registered.

A rule that cannot fit its fact (``ge`` on text, an enum value that does not
exist, ``contains`` on something that is not a list) would silently evaluate to
*unknown*; it is refused on the way in instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Condition,
    Contains,
    Elapsed,
    HoldsTitle,
    Not,
    OneOf,
    Recorded,
    SentenceWithin,
)
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.fact_shapes import fact_shape, sensitive_on_path
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.workflows import DERIVED_ANCHORS, Workflow

__all__ = ["criterion_problems", "indicator_problems", "workflow_problems"]

_NUMBERS = (int, float)
_NUMBER_KINDS = ("int", "float")


def _condition_problems(condition: Condition) -> Iterator[str]:
    if isinstance(condition, (All, AnyOf)):
        for inner in condition.conditions:
            yield from _condition_problems(inner)
        return
    if isinstance(condition, Not):
        yield from _condition_problems(condition.condition)
        return
    if isinstance(condition, (HoldsTitle, SentenceWithin)):
        return
    shape = fact_shape(condition.fact)
    if shape is None:
        yield f"unknown case-record fact {condition.fact!r}"
        return
    if shape.sensitive:
        yield f"{condition.fact!r} is sensitive: criteria may not read it (it would enter traces)"
        return
    if isinstance(condition, Recorded):
        return
    if isinstance(condition, Elapsed):
        if shape.kind != "date":
            yield f"elapsed needs a date fact; {condition.fact!r} is not a date"
        return
    is_list = shape.kind == "list"
    choices = shape.values
    if isinstance(condition, Contains):
        if not is_list:
            yield f"contains on {condition.fact!r}, which is not a list"
        elif choices is not None and condition.value not in choices:
            yield f"{condition.value!r} is not a value of {condition.fact!r}"
        return
    if is_list:
        yield f"{condition.fact!r} is a list: use contains"
        return
    if isinstance(condition, OneOf):
        if choices is None and shape.kind != "str":
            yield f"one_of on {condition.fact!r} needs a text or choice fact"
        elif choices is not None:
            wrong = sorted(set(condition.values) - set(choices))
            if wrong:
                yield f"{', '.join(wrong)} not among the values of {condition.fact!r}"
        return
    value = condition.value
    if shape.kind == "duration":
        yield f"{condition.fact!r} is a length: compare it with sentence_within"
    elif shape.kind == "date":
        yield f"{condition.fact!r} is a date: measure time since it with elapsed"
    elif condition.cmp in ("lt", "le", "gt", "ge"):
        numeric = shape.kind in _NUMBER_KINDS
        if not numeric or isinstance(value, bool) or not isinstance(value, _NUMBERS):
            yield f"{condition.cmp} needs a number fact and a number value ({condition.fact!r})"
    elif shape.kind == "bool" and not isinstance(value, bool):
        yield f"{condition.fact!r} is true/false; compare with true or false"
    elif choices is not None and value not in choices:
        yield f"{value!r} is not a value of {condition.fact!r}"
    elif shape.kind in _NUMBER_KINDS and (
        isinstance(value, bool) or not isinstance(value, _NUMBERS)
    ):
        yield f"{condition.fact!r} is a number; compare with a number"
    elif shape.kind == "str" and not isinstance(value, str):
        yield f"{condition.fact!r} is text; compare with text"


def _is_date(path: str) -> bool:
    shape = fact_shape(path)
    return shape is not None and shape.kind == "date"


def criterion_problems(criterion: Criterion) -> list[str]:
    """Why the criterion's rules cannot be evaluated as written (empty when they can)."""
    shapes = [(path, fact_shape(path)) for path in criterion.inputs]
    problems = [f"unknown case-record fact {path!r}" for path, shape in shapes if shape is None]
    problems += [
        f"{path!r} is sensitive: criteria may not read it (it would enter traces)"
        for path in criterion.inputs
        if sensitive_on_path(path)
    ]
    rules = [v.rule for v in criterion.versions if v.rule is not None]
    if criterion.applies_when is not None:
        rules.append(criterion.applies_when)
    for rule in rules:
        problems.extend(_condition_problems(rule))
    return sorted(set(problems))


def workflow_problems(workflow: Workflow) -> list[str]:
    """Why a workflow cannot be followed as written (empty when it can).

    Guards must fit their facts, information flows may list only existing,
    non-sensitive case fields, and a timing must count from a date fact, the
    sentence end or a transition of the same version.
    """
    problems: list[str] = []
    for number, version in enumerate(workflow.versions, start=1):
        ids = {t.id for t in version.transitions}
        for transition in version.transitions:
            where = f"version {number}, transition {transition.id!r}"
            if transition.guard is not None:
                problems += [f"{where}: {p}" for p in _condition_problems(transition.guard)]
            for flow in transition.informs:
                for path in flow.fields:
                    shape = fact_shape(path)
                    if shape is None:
                        problems.append(f"{where}: unknown case-record field {path!r}")
                    elif shape.sensitive:
                        problems.append(f"{where}: {path!r} is sensitive and is never shared")
            timing = transition.timing
            if timing is None:
                continue
            anchor = timing.transition_anchor
            if anchor is not None:
                if anchor not in ids:
                    problems.append(f"{where}: timing counts from unknown transition {anchor!r}")
            elif timing.anchor not in DERIVED_ANCHORS and not _is_date(timing.anchor):
                problems.append(f"{where}: timing anchor {timing.anchor!r} is not a date fact")
    return sorted(set(problems))


def indicator_problems(indicator: Indicator) -> list[str]:
    """Why an indicator cannot be computed as written (empty when it can)."""
    measure = indicator.measure
    problems: list[str] = []
    for name in ("numerator", "denominator"):
        condition = getattr(measure, name, None)
        if condition is not None:
            problems += [f"{name}: {p}" for p in _condition_problems(condition)]
    fact = getattr(measure, "fact", None)
    if fact is not None:
        shape = fact_shape(fact)
        if shape is None:
            problems.append(f"unknown case-record fact {fact!r}")
        elif shape.sensitive:
            problems.append(f"{fact!r} is sensitive: indicators may not read it")
        elif measure.kind == "mean" and shape.kind not in _NUMBER_KINDS:
            problems.append(f"mean needs a number fact; {fact!r} is not one")
        elif measure.kind == "distribution" and shape.kind not in ("choice", "str"):
            problems.append(f"distribution needs a choice or text fact; {fact!r} is not one")
    return sorted(set(problems))
