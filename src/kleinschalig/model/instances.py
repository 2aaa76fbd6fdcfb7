"""Checking a model instance built in Python: every value of the declared type, every
field's validator passing, every problem with its JSON Pointer path.

attrs runs validators when an instance is built but never checks types, so a
plugin can pass ``kind="kv"`` where an enum belongs. This walk catches that
without the JSON layer, so loading plugins stays fast.

>>> from kleinschalig.model.facilities import PlacePool
>>> pool = PlacePool("kv", 10)
>>> instance_errors(pool)
[]
>>> object.__setattr__(pool, "places", "tien")
>>> [(e.code, e.path) for e in instance_errors(pool)]
[('type.invalid', '/places')]
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.model._valid import Checked, is_valid

__all__ = ["instance_errors"]

_UNIONS = (Union, types.UnionType)


def _wrong(expected: str, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    return [InvalidValue("type.invalid", expected=expected).detail(*path)]


Checker = Callable[[Any, tuple[str | int, ...]], list[ErrorDetail]]
_NONE: list[ErrorDetail] = []


@functools.cache
def _checker(tp: Any) -> Checker:
    """A function checking a value against ``tp``, built once per type."""
    origin = get_origin(tp)
    if origin in _UNIONS:
        members = get_args(tp)
        optional = type(None) in members
        branches = [(get_origin(m) or m, m) for m in members if m is not type(None)]
        bool_allowed = bool in members
        expected = " | ".join(getattr(m, "__name__", str(m)) for m in members)

        def union(value: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
            if value is None:
                return _NONE if optional else _wrong("a value", path)
            for target, member in branches:
                if isinstance(target, type) and isinstance(value, target):
                    if target is int and type(value) is bool and not bool_allowed:
                        continue
                    return _checker(member)(value, path)
            return _wrong(expected, path)

        return union
    if origin is Literal:
        allowed = get_args(tp)
        text = ", ".join(map(str, allowed))
        return lambda value, path: _NONE if value in allowed else _wrong(text, path)
    if origin is tuple:
        element = get_args(tp)[0]

        def sequence(value: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
            if type(value) is not tuple:
                return _wrong("tuple", path)
            check = _checker(element)
            errors: list[ErrorDetail] = []
            for i, item in enumerate(value):
                errors += check(item, (*path, i))
            return errors

        return sequence
    if tp in (bool, str, int):
        name = tp.__name__
        return lambda value, path: _NONE if type(value) is tp else _wrong(name, path)
    if tp is float:
        return lambda value, path: _NONE if type(value) in (int, float) else _wrong("float", path)
    if tp is dt.date:
        return lambda value, path: _NONE if type(value) is dt.date else _wrong("date", path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        allowed_values = ", ".join(str(m.value) for m in tp)

        def enum(value: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
            if isinstance(value, tp):
                return _NONE
            return [InvalidValue("value.not_allowed", allowed=allowed_values).detail(*path)]

        return enum
    if attrs.has(tp):

        def model(value: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
            if not isinstance(value, tp):
                return _wrong(tp.__name__, path)
            return _fields(value, path)

        return model
    name = getattr(tp, "__name__", str(tp))
    return lambda value, path: _NONE if isinstance(value, tp) else _wrong(name, path)


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, Any, Checker], ...]:
    attrs.resolve_types(cls)
    return tuple((f.name, f, _checker(f.type)) for f in attrs.fields(cls))


def _fields(instance: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    cls: type = type(instance)
    checked = [
        (name, field, value, check(value, (*path, name)))
        for name, field, check in _plan(cls)
        for value in (getattr(instance, name),)
    ]
    mistyped = any(found for *_rest, found in checked)
    errors: list[ErrorDetail] = []
    for name, field, value, found in checked:
        if found:
            errors += found
        elif field.validator is not None:
            try:
                field.validator(instance, field, value)
            except InvalidValue as exc:
                errors.append(exc.detail(*path) if exc.field else exc.detail(*path, name))
            except (TypeError, AttributeError, ValueError):
                # A validator comparing fields read one already reported as mistyped.
                if not mistyped:
                    raise
    return errors


def instance_errors(instance: Any, checked: Checked | None = None) -> list[ErrorDetail]:
    """Every problem with ``instance`` (an attrs model object); empty when it is valid.

    ``checked``: model objects already found valid, skipped (see ``_valid.is_valid``).
    """
    if is_valid(instance, checked):
        return []
    if not attrs.has(type(instance)):
        return _wrong("a model object", ())
    return list(_fields(instance, ()))
