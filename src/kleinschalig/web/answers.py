"""The answers every web integration gives alike, one function per route.

:mod:`kleinschalig.web.fastapi` and :mod:`kleinschalig.web.django.views` only read
the request (body, query, language) and call these, so the two serve the same
documents. Each raises the library's structured errors; the framework turns them
into its answer with :func:`kleinschalig.web.http_status`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kleinschalig.plugins import PluginHost

__all__ = [
    "criteria_in_force",
    "explanation",
    "published_schemas",
    "schema",
    "screening",
    "timeline_of",
    "validation",
]


def validation(host: PluginHost, body: bytes, model: str) -> dict[str, Any]:
    """``validate``: ``{"valid": true, "errors": []}``, or every error as
    :class:`~kleinschalig.errors.ValidationFailed`."""
    from kleinschalig.errors import ValidationFailed
    from kleinschalig.validation import check_document

    errors = check_document(body, model, host.catalogue)[1]
    if errors:
        raise ValidationFailed(errors)
    return {"valid": True, "errors": []}


def screening(
    host: PluginHost,
    body: bytes,
    on: dt.date | None,
    facilities: list[str] | None,
    lang: str,
    redact: bool,
) -> dict[str, Any]:
    """``screen``: the decisions for a reader (``screening-localized``)."""
    from kleinschalig.screening import screen
    from kleinschalig.validation import load_checked

    catalogue = host.catalogue
    case = load_checked(body, "case-record", catalogue)
    decisions = screen(case, catalogue, on, facilities or None)
    return {"decisions": [d.to_dict(lang, catalogue=catalogue, redact=redact) for d in decisions]}


def explanation(
    host: PluginHost, body: bytes, code: str, on: dt.date | None, lang: str, redact: bool
) -> dict[str, Any]:
    """``explain``: the trace as text and the decision (``explanation-localized``)."""
    from kleinschalig.screening import explain, screen
    from kleinschalig.validation import load_checked

    catalogue = host.catalogue
    case = load_checked(body, "case-record", catalogue)
    found = catalogue.facility(code)
    (decision,) = screen(case, catalogue, on, [found.code])
    text = explain(decision, lang, found.name, catalogue=catalogue, redact=redact)
    return {"text": text, "decision": decision.to_dict(lang, catalogue=catalogue, redact=redact)}


def timeline_of(host: PluginHost, body: bytes, on: dt.date | None, lang: str) -> dict[str, Any]:
    """``timeline``: the compact timeline on ``on`` (default today)."""
    from kleinschalig.validation import load_checked
    from kleinschalig.workflows import timeline

    case = load_checked(body, "case-record", host.catalogue)
    return timeline(case, host.catalogue, on or dt.date.today()).to_dict(lang)


def schema(host: PluginHost, name: str) -> dict[str, Any]:
    """``schemas/<name>``; an unknown name is :class:`~kleinschalig.errors.NotRegistered`."""
    from kleinschalig.catalogue import nearest_codes
    from kleinschalig.errors import NotRegistered

    schemas = published_schemas(host)
    if name not in schemas:
        raise NotRegistered("schema", "schema", nearest_codes(name, sorted(schemas)))
    return schemas[name]()


def criteria_in_force(host: PluginHost, code: str, on: dt.date, lang: str) -> dict[str, Any]:
    """Facility ``code``'s placement criteria in force on ``on`` (``criteria-localized``);
    an unknown code is :class:`~kleinschalig.errors.NotRegistered`."""
    from kleinschalig._labels import label_of
    from kleinschalig.i18n import translate
    from kleinschalig.screening.select import applicable_criteria

    catalogue = host.catalogue
    facility = catalogue.facility(code)
    rows = []
    for criterion, version in applicable_criteria(catalogue, facility, on).values():
        rows.append(
            {
                "id": criterion.id,
                "label": translate(criterion.label, lang),
                "kind": {
                    "code": criterion.kind.value,
                    "label": translate(label_of(criterion.kind), lang),
                },
                "valid_from": None
                if version.valid_from is None
                else version.valid_from.isoformat(),
                "sources": [s.citation for s in version.sources],
            }
        )
    return {"facility": facility.code, "on": on.isoformat(), "lang": lang, "criteria": rows}


def published_schemas(host: PluginHost) -> dict[str, Callable[[], dict[str, Any]]]:
    """Name -> a function giving that published JSON Schema: every model's (the case
    record's with the facts ``host``'s plugins declare) and every output's."""
    from functools import partial

    from kleinschalig.codec.fact_schema import facts_schema
    from kleinschalig.codec.models import MODELS
    from kleinschalig.codec.schema import json_schema
    from kleinschalig.web.outputs import OUTPUT_SCHEMAS

    def model_schema(name: str) -> dict[str, Any]:
        facts = facts_schema(host.catalogue) if name == "case-record" else None
        return json_schema(MODELS[name], title=name, facts=facts)

    def output_schema(name: str) -> dict[str, Any]:
        return OUTPUT_SCHEMAS[name]

    found: dict[str, Callable[[], dict[str, Any]]] = {
        name: partial(model_schema, name) for name in MODELS
    }
    found.update({name: partial(output_schema, name) for name in OUTPUT_SCHEMAS})
    return found
