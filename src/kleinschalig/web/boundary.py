"""The language of a request and the HTTP answer to each of the library's errors.

>>> negotiate_language("en-US,en;q=0.9,nl;q=0.8")
'en'
>>> negotiate_language("fr-FR, de;q=0.5")  # nothing supported: the default
'nl'
>>> negotiate_language("nl;q=0.2, en;q=0.9", query="nl")  # ?lang= wins
'nl'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from kleinschalig.errors import (
    ErrorDetail,
    InvalidValue,
    KleinschaligError,
    MissingReferenceDate,
    NotRegistered,
    UnsupportedLanguage,
    ValidationFailed,
)
from kleinschalig.i18n import DEFAULT_LANGUAGE, normalize_language

__all__ = ["ERRORS_SCHEMA", "error_body", "http_status", "negotiate_language", "parse_query_date"]

#: At most this many language ranges of an ``Accept-Language`` header are looked at.
_MAX_RANGES: Final = 20


def negotiate_language(accept_language: str | None, query: str | None = None) -> str:
    """The language to answer in: ``query`` (``?lang=``) when given, which must be
    supported (else :class:`~kleinschalig.errors.UnsupportedLanguage`); otherwise the
    supported language the ``Accept-Language`` header prefers; otherwise Dutch."""
    if query:
        return normalize_language(query)
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((accept_language or "").split(",")[:_MAX_RANGES]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and 0 < quality <= 1:
            ranked.append((-quality, position, tag))
    for _quality, _position, tag in sorted(ranked):
        try:
            return normalize_language(tag)
        except UnsupportedLanguage:
            continue
    return DEFAULT_LANGUAGE


def parse_query_date(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` query parameter, or ``None``; a bad one is a
    :class:`~kleinschalig.errors.ValidationFailed` at ``/query/NAME``."""
    from kleinschalig.dates import parse_date

    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except InvalidValue as exc:
        raise ValidationFailed([exc.detail("query", name)]) from None


def http_status(error: KleinschaligError) -> int:
    """The HTTP status for ``error``: 404 for a code that names nothing registered,
    409 for a rule conflict, 400 for an unsupported language, 422 for invalid input
    (a missing reference date included)."""
    from kleinschalig.screening import RuleConflictError

    if isinstance(error, NotRegistered):
        return 404
    if isinstance(error, RuleConflictError):
        return 409
    if isinstance(error, UnsupportedLanguage):
        return 400
    if isinstance(error, (MissingReferenceDate, ValidationFailed)):
        return 422
    return 500


def error_body(errors: ValidationFailed | list[ErrorDetail], lang: str) -> dict[str, Any]:
    """``{"valid": false, "errors": [...]}`` in ``lang``: the one error shape of every
    answer, as ``kleinschalig validate --format json`` prints it. Never an input value."""
    details = list(errors.errors) if isinstance(errors, ValidationFailed) else list(errors)
    return {"valid": False, "errors": [e.to_dict(lang) for e in details]}


_ERROR: Final = {
    "type": "object",
    "required": ["code", "path", "message"],
    "properties": {
        "code": {"type": "string"},
        "path": {"type": "string"},
        "message": {"type": "string"},
        "file": {"type": "string"},
    },
    "additionalProperties": False,
}

#: The JSON Schema of :func:`error_body` (and of ``validate --format json``).
ERRORS_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kleinschalig.nl/schemas/errors/1",
    "title": "ValidationReport",
    "type": "object",
    "required": ["valid", "errors"],
    "properties": {"valid": {"type": "boolean"}, "errors": {"type": "array", "items": _ERROR}},
    "additionalProperties": False,
}
