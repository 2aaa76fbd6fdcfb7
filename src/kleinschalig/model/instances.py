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
import types
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue

__all__ = ["instance_errors"]

_UNIONS = (Union, types.UnionType)


def _wrong(expected: str, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    return [InvalidValue("type.invalid", expected=expected).detail(*path)]


def _check(value: Any, tp: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    origin = get_origin(tp)
    if origin in _UNIONS:
        members = get_args(tp)
        if value is None:
            return [] if type(None) in members else _wrong("a value", path)
        for member in members:
            target = get_origin(member) or member
            if isinstance(target, type) and isinstance(value, target):
                if target is int and type(value) is bool and bool not in members:
                    continue
                return _check(value, member, path)
        return _wrong(" | ".join(getattr(m, "__name__", str(m)) for m in members), path)
    if origin is Literal:
        return [] if value in get_args(tp) else _wrong(", ".join(map(str, get_args(tp))), path)
    if origin is tuple:
        if type(value) is not tuple:
            return _wrong("tuple", path)
        element = get_args(tp)[0]
        return [e for i, item in enumerate(value) for e in _check(item, element, (*path, i))]
    if tp is bool or tp is str:
        return [] if type(value) is tp else _wrong(tp.__name__, path)
    if tp is int:
        return [] if type(value) is int else _wrong("int", path)
    if tp is float:
        return [] if type(value) in (int, float) else _wrong("float", path)
    if tp is dt.date:
        return [] if type(value) is dt.date else _wrong("date", path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        if isinstance(value, tp):
            return []
        allowed = ", ".join(str(m.value) for m in tp)
        return [InvalidValue("value.not_allowed", allowed=allowed).detail(*path)]
    if attrs.has(tp):
        if not isinstance(value, tp):
            return _wrong(tp.__name__, path)
        return _fields(value, path)
    return [] if isinstance(value, tp) else _wrong(getattr(tp, "__name__", str(tp)), path)


def _fields(instance: Any, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    cls = type(instance)
    attrs.resolve_types(cls)
    errors: list[ErrorDetail] = []
    for f in attrs.fields(cls):
        value = getattr(instance, f.name)
        found = _check(value, f.type, (*path, f.name))
        errors += found
        if not found and f.validator is not None:
            try:
                f.validator(instance, f, value)
            except InvalidValue as exc:
                errors.append(exc.detail(*path) if exc.field else exc.detail(*path, f.name))
    return errors


def instance_errors(instance: Any) -> list[ErrorDetail]:
    """Every problem with ``instance`` (an attrs model object); empty when it is valid."""
    if not attrs.has(type(instance)):
        return _wrong("a model object", ())
    return _fields(instance, ())
