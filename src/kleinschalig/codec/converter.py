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
from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed

T = TypeVar("T")

__all__ = ["dump_json", "load_json", "make_converter", "structure", "unstructure"]


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


def structure(data: Any, model: type[T]) -> T:
    """Build ``model`` from plain data (as parsed from JSON).

    Raises :class:`~kleinschalig.errors.ValidationFailed` listing every problem.
    """
    try:
        return converter(False).structure(data, model)
    except Exception:
        pass
    try:
        result = converter(True).structure(data, model)
    except Exception as exc:
        raise ValidationFailed(details(exc) or [ErrorDetail(code="type.invalid")]) from None
    return result  # the fast path failed for a reason the detailed path accepts: trust it


def unstructure(value: Any, model: Any = None) -> Any:
    """Plain JSON-ready data for a model instance (``model``: unstructure as that type)."""
    return converter(False).unstructure(value, unstructure_as=model)


def parse_json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            [InvalidValue("json.syntax", line=str(exc.lineno), column=str(exc.colno)).detail()]
        ) from None
    except UnicodeDecodeError:
        raise ValidationFailed(
            [InvalidValue("json.syntax", line="1", column="1").detail()]
        ) from None


def load_json(text: str | bytes, model: type[T]) -> T:
    """Parse and structure a JSON document in one step."""
    return structure(parse_json(text), model)


def dump_json(value: Any, *, indent: int | None = None) -> str:
    """Serialise a model instance to JSON text (UTF-8 characters kept as is)."""
    return json.dumps(unstructure(value), ensure_ascii=False, indent=indent)
