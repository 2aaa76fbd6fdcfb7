"""Checks on a criterion's rules against the case-record model, made when it is registered.

A rule that cannot fit its fact (``ge`` on text, an enum value that does not
exist, ``contains`` on something that is not a list) would silently evaluate to
*unknown*; it is refused on the way in instead.

Case-record fields are checked when a plugin adds its object. Declared facts can
come from any plugin, so those paths are checked once every plugin has
registered its facts (:func:`declared_lookup`), whatever the load order.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from typing import Final

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
from kleinschalig.model.fact_definitions import FactDefinition, is_declared_path, split_fact_path
from kleinschalig.model.fact_shapes import FactShape, declared_shape, fact_shape, sensitive_on_path
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.workflows import DERIVED_ANCHORS, Workflow

__all__ = [
    "DEFERRED",
    "Deferred",
    "Lookup",
    "core_lookup",
    "criterion_problems",
    "declared_lookup",
    "indicator_problems",
    "workflow_problems",
]

_NUMBERS = (int, float)
_NUMBER_KINDS = ("int", "float")


class Deferred:
    """The type of :data:`DEFERRED`."""

    def __repr__(self) -> str:
        return "DEFERRED"


#: What a lookup answers for a path it leaves to the other pass (case-record field or
#: declared fact).
DEFERRED: Final = Deferred()

#: Reads a path and answers its shape, why it names no fact (a sentence), or DEFERRED.
Lookup = Callable[[str], "FactShape | str | Deferred"]


def core_lookup(path: str) -> FactShape | str | Deferred:
    """Case-record fields; declared facts are deferred to :func:`declared_lookup`."""
    if is_declared_path(path):
        return DEFERRED
    shape = fact_shape(path)
    return f"unknown case-record fact {path!r}" if shape is None else shape


def declared_lookup(facts: Mapping[str, FactDefinition]) -> Lookup:
    """Declared facts, against the registered definitions; case-record fields are deferred."""
    namespaces = sorted({d.namespace for d in facts.values()})

    def lookup(path: str) -> FactShape | str | Deferred:
        if not is_declared_path(path):
            return DEFERRED
        fact, moment = split_fact_path(path)
        definition = facts.get(fact)
        if definition is None:
            namespace = fact.split(".", 1)[0]
            if namespace not in namespaces:
                return (
                    f"{path!r}: no installed plugin declares facts in namespace {namespace!r} "
                    f"(declared: {', '.join(namespaces) or 'none'})"
                )
            near = difflib.get_close_matches(fact, list(facts), n=3)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            return f"unknown declared fact {fact!r}{hint}"
        moments = [m.value for m in definition.moments]
        if moment is None and moments:
            return f"{fact!r} is recorded per moment: name one ({fact}@{moments[0]})"
        if moment is not None and not moments:
            return f"{fact!r} has no measurement moments: write {fact!r}"
        if moment is not None and moment not in moments:
            return f"{fact!r} is not recorded at {moment!r} (moments: {', '.join(moments)})"
        return declared_shape(definition)

    return lookup


def _condition_problems(condition: Condition, lookup: Lookup) -> Iterator[str]:
    if isinstance(condition, (All, AnyOf)):
        for inner in condition.conditions:
            yield from _condition_problems(inner, lookup)
        return
    if isinstance(condition, Not):
        yield from _condition_problems(condition.condition, lookup)
        return
    if isinstance(condition, (HoldsTitle, SentenceWithin)):
        return
    shape = lookup(condition.fact)
    if isinstance(shape, Deferred):
        return
    if isinstance(shape, str):
        yield shape
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


def _path_problems(path: str, lookup: Lookup, sensitive: str) -> list[str]:
    shape = lookup(path)
    if isinstance(shape, Deferred):
        return []
    if isinstance(shape, str):
        return [shape]
    if shape.sensitive or (not is_declared_path(path) and sensitive_on_path(path)):
        return [f"{path!r} is sensitive: {sensitive}"]
    return []


def criterion_problems(criterion: Criterion, lookup: Lookup = core_lookup) -> list[str]:
    """Why the criterion's rules cannot be evaluated as written (empty when they can)."""
    problems = [
        p
        for path in criterion.inputs
        for p in _path_problems(path, lookup, "criteria may not read it (it would enter traces)")
    ]
    rules = [v.rule for v in criterion.versions if v.rule is not None]
    if criterion.applies_when is not None:
        rules.append(criterion.applies_when)
    for rule in rules:
        problems.extend(_condition_problems(rule, lookup))
    return sorted(set(problems))


def workflow_problems(workflow: Workflow, lookup: Lookup = core_lookup) -> list[str]:
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
                problems += [f"{where}: {p}" for p in _condition_problems(transition.guard, lookup)]
            for flow in transition.informs:
                for path in flow.fields:
                    shape = lookup(path)
                    if isinstance(shape, Deferred):
                        continue
                    if isinstance(shape, str):
                        problems.append(f"{where}: {shape.replace('fact', 'field', 1)}")
                    elif shape.sensitive or shape.special:
                        problems.append(f"{where}: {path!r} is sensitive and is never shared")
            timing = transition.timing
            if timing is None:
                continue
            anchor = timing.transition_anchor
            if anchor is not None:
                if anchor not in ids:
                    problems.append(f"{where}: timing counts from unknown transition {anchor!r}")
            elif timing.anchor not in DERIVED_ANCHORS:
                shape = lookup(timing.anchor)
                if isinstance(shape, str) or (
                    isinstance(shape, FactShape) and shape.kind != "date"
                ):
                    problems.append(f"{where}: timing anchor {timing.anchor!r} is not a date fact")
    return sorted(set(problems))


def indicator_problems(indicator: Indicator, lookup: Lookup = core_lookup) -> list[str]:
    """Why an indicator cannot be computed as written (empty when it can)."""
    measure = indicator.measure
    problems: list[str] = []
    for name in ("numerator", "denominator"):
        condition = getattr(measure, name, None)
        if condition is not None:
            problems += [f"{name}: {p}" for p in _condition_problems(condition, lookup)]
    fact = getattr(measure, "fact", None)
    if fact is not None:
        shape = lookup(fact)
        if isinstance(shape, Deferred):
            pass
        elif isinstance(shape, str):
            problems.append(shape)
        elif shape.sensitive:
            problems.append(f"{fact!r} is sensitive: indicators may not read it")
        elif measure.kind == "mean" and shape.kind not in _NUMBER_KINDS:
            problems.append(f"mean needs a number fact; {fact!r} is not one")
        elif measure.kind == "distribution" and shape.kind not in ("choice", "str"):
            problems.append(f"distribution needs a choice or text fact; {fact!r} is not one")
    return sorted(set(problems))
