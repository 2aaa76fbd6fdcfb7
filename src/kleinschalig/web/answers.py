"""The answers every web integration gives alike: the criteria in force, the schemas.

:mod:`kleinschalig.web.fastapi` and :mod:`kleinschalig.web.django.views` both answer
``facilities/<code>/criteria`` and ``schemas/<name>`` with these, so the two serve
the same documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kleinschalig.plugins import PluginHost

__all__ = ["criteria_in_force", "published_schemas"]


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
