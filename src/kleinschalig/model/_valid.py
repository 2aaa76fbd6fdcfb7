"""A yes/no pass over a model instance: the checks of :mod:`kleinschalig.model.instances`
without collecting errors or building paths.

Nearly every object a plugin registers is valid, so the host asks this pass first
and walks the instance again for the detailed errors only when it says no. It
checks exactly what the detailed walk checks: every value against its declared
type at every level, and every field's validator on values of the right type.

>>> from kleinschalig.model.facilities import PlacePool
>>> pool = PlacePool("kv", 10)
>>> is_valid(pool)
True
>>> object.__setattr__(pool, "places", "tien")
>>> is_valid(pool)
False
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from kleinschalig.errors import InvalidValue

__all__ = ["is_valid"]

_UNIONS = (Union, types.UnionType)
#: Types whose values are checked with ``type(value) is tp`` (no subclasses, no bool for int).
_EXACT = (bool, str, int, dt.date)

#: Model objects already found valid, by id. The objects are kept with their ids so that
#: an id cannot be taken over by another object while the dict lives.
Checked = dict[int, Any]
Valid = Callable[[Any, Checked], bool]


def _valid_if_exact(tp: type) -> Valid:
    return lambda value, _checked: type(value) is tp


@functools.cache
def _validity(tp: Any) -> Valid:
    """A function telling whether a value fits ``tp``, built once per type."""
    origin = get_origin(tp)
    if origin in _UNIONS:
        members = get_args(tp)
        optional = type(None) in members
        branches = [(get_origin(m) or m, _validity(m)) for m in members if m is not type(None)]
        bool_allowed = bool in members

        def union(value: Any, checked: Checked) -> bool:
            if value is None:
                return optional
            for target, valid in branches:
                if isinstance(target, type) and isinstance(value, target):
                    if target is int and type(value) is bool and not bool_allowed:
                        continue
                    return valid(value, checked)
            return False

        return union
    if origin is Literal:
        allowed = get_args(tp)
        return lambda value, _checked: value in allowed
    if origin is tuple:
        valid = _validity(get_args(tp)[0])

        def sequence(value: Any, checked: Checked) -> bool:
            if type(value) is not tuple:
                return False
            return all(valid(item, checked) for item in value)

        return sequence
    if tp in _EXACT:
        return _valid_if_exact(tp)
    if tp is float:
        return lambda value, _checked: type(value) in (int, float)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda value, _checked: isinstance(value, tp)
    if attrs.has(tp):
        return lambda value, checked: isinstance(value, tp) and _model_valid(value, checked)
    return lambda value, _checked: isinstance(value, tp)


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, type | None, Valid, Any], ...]:
    """Per field: name, the exact type when one suffices, the type check and the field."""
    attrs.resolve_types(cls)
    return tuple(
        (f.name, f.type if f.type in _EXACT else None, _validity(f.type), f)
        for f in attrs.fields(cls)
    )


def _model_valid(instance: Any, checked: Checked) -> bool:
    """Whether the fields of ``instance`` are valid; remembered in ``checked`` when they are."""
    if checked.get(id(instance)) is instance:
        return True
    cls: type = type(instance)
    for name, exact, valid, field in _plan(cls):
        value = getattr(instance, name)
        if exact is not None:
            if type(value) is not exact:
                return False
        elif not valid(value, checked):
            return False
        if field.validator is not None:
            try:
                field.validator(instance, field, value)
            except (InvalidValue, TypeError, AttributeError, ValueError):
                return False  # the detailed walk says which field, or re-raises a real bug
    checked[id(instance)] = instance
    return True


def is_valid(instance: Any, checked: Checked | None = None) -> bool:
    """Whether ``instance`` (an attrs model object) has no problem the detailed walk reports.

    ``checked`` remembers the model objects found valid, so that objects shared by
    several registrations (a source cited throughout a plugin) are walked once. Pass
    the same dict only while the objects cannot change: model objects are frozen.
    """
    if not attrs.has(type(instance)):
        return False
    return _model_valid(instance, {} if checked is None else checked)
