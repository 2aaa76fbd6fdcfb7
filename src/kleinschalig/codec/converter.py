"""The one converter configuration for every public model.

Valid input takes a fast path (cattrs without detailed validation). Only when
that fails is the input structured again with detailed validation, to collect
every error with its path. Both converters come from :func:`make_converter`, so
they accept exactly the same documents.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, TypeVar

import attrs
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter

from kleinschalig.codec import hooks
from kleinschalig.codec.detailed import attrs_hook_factory
from kleinschalig.codec.errors import details
from kleinschalig.codec.strict import DEFAULT_LIMITS, Limits, check_output, parse
from kleinschalig.errors import ErrorDetail, ValidationFailed

T = TypeVar("T")

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "dump_json",
    "load_json",
    "make_converter",
    "structure",
    "unstructure",
]


def make_converter(*, detailed: bool) -> JsonConverter:
    """A converter that rejects unknown keys, omits defaults and coerces nothing."""
    converter = _make_json_converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    hooks.register(converter)
    if detailed:
        converter.register_structure_hook_factory(attrs.has, attrs_hook_factory(converter))
    return converter


@lru_cache(maxsize=2)
def converter(detailed: bool = False) -> JsonConverter:
    return make_converter(detailed=detailed)


def structure(data: Any, model: type[T], *, limits: Limits = DEFAULT_LIMITS) -> T:
    """Build ``model`` from plain data (as parsed from JSON).

    Raises :class:`~kleinschalig.errors.ValidationFailed` listing every problem;
    of the unknown keys, the first ``limits.max_unknown_keys`` are listed.
    """
    try:
        return converter(False).structure(data, model)
    except Exception:
        pass
    try:
        result = converter(True).structure(data, model)
    except Exception as exc:
        found = details(exc) or [ErrorDetail(code="type.invalid")]
        raise ValidationFailed(_cap_unknown(found, limits.max_unknown_keys)) from None
    return result  # the fast path failed for a reason the detailed path accepts: trust it


def _cap_unknown(errors: list[ErrorDetail], limit: int) -> list[ErrorDetail]:
    unknown = [e for e in errors if e.code == "field.unknown"]
    if len(unknown) <= limit:
        return errors
    kept = set(sorted(unknown, key=lambda e: e.path)[:limit])
    rest = [e for e in errors if e.code != "field.unknown" or e in kept]
    more = ErrorDetail(code="field.unknown_more", params={"count": str(len(unknown) - limit)})
    return [*rest, more]


def unstructure(value: Any, model: Any = None) -> Any:
    """Plain JSON-ready data for a model instance (``model``: unstructure as that type)."""
    return converter(False).unstructure(value, unstructure_as=model)


def parse_json(text: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Strict JSON within ``limits`` (see :mod:`kleinschalig.codec.strict`)."""
    return parse(text, limits)


def load_json(text: str | bytes, model: type[T], *, limits: Limits = DEFAULT_LIMITS) -> T:
    """Parse and structure a JSON document in one step, within ``limits``."""
    return structure(parse(text, limits), model, limits=limits)


def dump_json(value: Any, *, indent: int | None = None) -> str:
    """Serialise a model instance to JSON text (UTF-8 characters kept as is).

    Never writes ``NaN``, ``Infinity`` or a lone surrogate: such a value raises
    :class:`~kleinschalig.errors.ValidationFailed` at its path.
    """
    data = unstructure(value)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        raise ValidationFailed(check_output(data)) from None
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationFailed(check_output(data)) from None
    return text
