"""Strict JSON with documented limits: what the library reads, and what it writes.

Python's ``json`` module accepts more than RFC 8259 allows and has no limits. Here a
document is refused, with a structured error at the path concerned, when it has

* ``NaN``, ``Infinity`` or ``-Infinity``, or a number too large for a float
  (``1e400``): ``json.non_finite``;
* a key twice in one object (``json.duplicate_key``, at the second occurrence: the
  first value is never silently replaced);
* a lone surrogate (``"\\ud800"``) in a key or a string: ``json.surrogate``;
* an integer of more than 4 300 digits: ``json.number_too_large``;
* bytes that are not UTF-8 (or UTF-16/32 with its byte-order mark): ``json.encoding``;
* more than :class:`Limits` allows: ``json.too_large``, ``json.too_deep``,
  ``list.too_long``, ``object.too_large``, ``text.too_long``.

>>> parse('{"a": 1, "a": 2}')
Traceback (most recent call last):
...
kleinschalig.errors.ValidationFailed: /a: json.duplicate_key
>>> parse('[1, 2, 3]', Limits(max_list=2))
Traceback (most recent call last):
...
kleinschalig.errors.ValidationFailed: /: list.too_long
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed, join_pointer

__all__ = ["DEFAULT_LIMITS", "LIMITS_VARIABLE", "Limits", "check_output", "parse"]

#: The environment variable with limits for the command line and ``Limits.from_env``.
LIMITS_VARIABLE: Final = "KLEINSCHALIG_LIMITS"


@attrs.frozen(slots=True)
class Limits:
    """How large a JSON document may be. Pass one to :func:`~kleinschalig.codec.load_json`.

    ``max_list`` bounds the items of a list and the members of an object alike;
    ``max_notes`` applies to strings under a key in ``long_text_keys``, ``max_text``
    to every other string and to every key. ``max_unknown_keys`` is how many
    ``field.unknown`` errors are listed; the rest are counted in one
    ``field.unknown_more``.
    """

    max_depth: int = 64
    max_bytes: int = 16 * 2**20
    max_text: int = 2_000
    max_notes: int = 10_000
    max_list: int = 10_000
    max_unknown_keys: int = 100
    long_text_keys: frozenset[str] = frozenset({"notes"})

    def updated(self, settings: Iterable[str], *, origin: str = "") -> Limits:
        """These limits with ``NAME=NUMBER`` settings applied, later ones winning.

        Each setting may hold several, comma-separated (``max_depth=32,max_list=500``).
        A name that is no limit is ``limit.unknown``, a number that is not a whole
        number of at least 1 is ``limit.invalid``; the path is ``/NAME`` after
        ``origin`` (say ``KLEINSCHALIG_LIMITS``), and every problem is reported.

        >>> DEFAULT_LIMITS.updated(["max_depth=32", "max_list=1_000"]).max_list
        1000
        >>> DEFAULT_LIMITS.updated(["max_dept=3"])
        Traceback (most recent call last):
        ...
        kleinschalig.errors.ValidationFailed: /max_dept: limit.unknown
        """
        names = sorted(_NUMERIC_LIMITS)
        changes: dict[str, int] = {}
        errors: list[ErrorDetail] = []
        for setting in settings:
            for item in (part.strip() for part in setting.split(",")):
                if not item:
                    continue
                name, equals, number = (part.strip() for part in item.partition("="))
                path = join_pointer(origin, name) if origin else join_pointer(name)
                if name not in _NUMERIC_LIMITS:
                    errors.append(
                        ErrorDetail(
                            code="limit.unknown", path=path, params={"allowed": ", ".join(names)}
                        )
                    )
                    continue
                value = _whole(number) if equals else None
                if value is None:
                    errors.append(ErrorDetail(code="limit.invalid", path=path))
                    continue
                changes[name] = value
        if errors:
            raise ValidationFailed(errors)
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, settings: Iterable[str] = ()
    ) -> Limits:
        """The defaults, then ``KLEINSCHALIG_LIMITS``, then ``settings`` (the command line's)."""
        env = os.environ if environ is None else environ
        limits = cls()
        errors: list[ErrorDetail] = []
        for origin, given in (
            (LIMITS_VARIABLE, [env.get(LIMITS_VARIABLE, "")]),
            ("--limit", settings),
        ):
            try:
                limits = limits.updated(given, origin=origin)
            except ValidationFailed as exc:
                errors += exc.errors
        if errors:
            raise ValidationFailed(errors)
        return limits


_NUMERIC_LIMITS: Final = frozenset(
    a.name for a in attrs.fields(Limits) if a.name.startswith("max_")
)


def _whole(text: str) -> int | None:
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value >= 1 else None


#: The limits :func:`~kleinschalig.codec.load_json` applies unless given others.
DEFAULT_LIMITS: Final = Limits()

#: At most this many errors are collected from one document.
_MAX_ERRORS: Final = 100

#: A raw surrogate, or a ``\\uD800``-``\\uDFFF`` escape: only then are strings checked one by one.
_MAYBE_SURROGATE: Final = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")


class _Duplicates(dict[str, Any]):
    """An object in which some key occurred twice (refused by the walk)."""

    __slots__ = ("duplicates",)

    duplicates: list[str]


class _Marker:
    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code


_NON_FINITE: Final = _Marker("json.non_finite")
_TOO_BIG: Final = _Marker("json.number_too_large")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    duplicated = _Duplicates(result)
    duplicated.duplicates = []
    for key, _value in pairs:
        if key in seen:
            duplicated.duplicates.append(key)
        seen.add(key)
    return duplicated


def _constant(_name: str) -> _Marker:
    return _NON_FINITE


def _int(text: str) -> Any:
    try:
        return int(text)
    except ValueError:  # over the interpreter's limit of 4 300 digits
        return _TOO_BIG


def _fail(code: str, path: str = "", **params: str) -> ValidationFailed:
    return ValidationFailed([ErrorDetail(code=code, path=path, params=params)])


def _decode(data: bytes) -> str:
    try:
        return data.decode(json.detect_encoding(data))
    except UnicodeDecodeError:
        raise _fail("json.encoding") from None


def parse(text: str | bytes, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse strict JSON within ``limits``, or raise :class:`ValidationFailed`."""
    size = (
        len(text)
        if isinstance(text, bytes) or text.isascii()
        else len(text.encode("utf-8", "surrogatepass"))
    )
    if size > limits.max_bytes:
        raise _fail("json.too_large", maximum=str(limits.max_bytes))
    source = _decode(text) if isinstance(text, bytes) else text
    try:
        data = json.loads(source, object_pairs_hook=_pairs, parse_constant=_constant)
    except RecursionError:
        raise _fail("json.too_deep", maximum=str(limits.max_depth)) from None
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            [InvalidValue("json.syntax", line=str(exc.lineno), column=str(exc.colno)).detail()]
        ) from None
    except ValueError:  # an integer over 4 300 digits: parse again to find where
        data = json.loads(
            source, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_int
        )
    errors = _walk(data, limits, surrogates=_MAYBE_SURROGATE.search(source) is not None)
    if errors:
        raise ValidationFailed(errors)
    return data


def check_output(data: Any) -> list[ErrorDetail]:
    """What makes plain data unfit to be written as strict JSON (non-finite numbers,
    lone surrogates), each at its path."""
    unlimited = Limits(max_depth=2**31, max_text=2**62, max_notes=2**62, max_list=2**62)
    return _walk(data, unlimited, surrogates=True)


def _walk(data: Any, limits: Limits, *, surrogates: bool) -> list[ErrorDetail]:
    """Every problem in parsed ``data``, iteratively (no recursion on deep input)."""
    errors: list[ErrorDetail] = []

    def add(code: str, path: tuple[str | int, ...], **params: str) -> None:
        errors.append(ErrorDetail(code=code, path=join_pointer(*path), params=params))

    long_keys = limits.long_text_keys
    stack: list[tuple[Any, tuple[str | int, ...], int]] = [(data, (), 0)]
    while stack and len(errors) < _MAX_ERRORS:
        value, path, depth = stack.pop()
        kind = type(value)
        if kind is str:
            key = path[-1] if path else None
            limit = limits.max_notes if key in long_keys else limits.max_text
            if len(value) > limit:
                add("text.too_long", path, maximum=str(limit))
            elif surrogates and _SURROGATE.search(value):
                add("json.surrogate", path)
        elif kind is dict or kind is _Duplicates:
            if depth >= limits.max_depth:
                add("json.too_deep", path, maximum=str(limits.max_depth))
                continue
            if len(value) > limits.max_list:
                add("object.too_large", path, maximum=str(limits.max_list))
                continue
            if kind is _Duplicates:
                for key in value.duplicates:
                    add("json.duplicate_key", (*path, key))
            for key, item in reversed(value.items()):
                if len(key) > limits.max_text:
                    add("text.too_long", path, maximum=str(limits.max_text))
                    break
                if surrogates and _SURROGATE.search(key):
                    add("json.surrogate", path)
                    break
                if type(item) in (str, dict, list, float, _Duplicates, _Marker):
                    stack.append((item, (*path, key), depth + 1))
        elif kind is list:
            if depth >= limits.max_depth:
                add("json.too_deep", path, maximum=str(limits.max_depth))
                continue
            if len(value) > limits.max_list:
                add("list.too_long", path, maximum=str(limits.max_list))
                continue
            for index in range(len(value) - 1, -1, -1):
                item = value[index]
                if type(item) in (str, dict, list, float, _Duplicates, _Marker):
                    stack.append((item, (*path, index), depth + 1))
        elif kind is float:
            if not math.isfinite(value):
                add("json.non_finite", path)
        elif kind is _Marker:
            add(value.code, path)
    return errors
