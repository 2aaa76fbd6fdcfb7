"""Every published JSON Schema of an output, by name (as ``kleinschalig schema NAME`` and
``GET /schemas/NAME`` give them), and the OpenAPI component name of each."""

from __future__ import annotations

from typing import Any, Final

from kleinschalig.facility_summary import FACILITIES_SCHEMA
from kleinschalig.indicators.schema import REPORT_SCHEMA
from kleinschalig.screening.localized import DECISION_SCHEMA
from kleinschalig.web.boundary import ERRORS_SCHEMA
from kleinschalig.workflows.localized import TIMELINE_SCHEMA

__all__ = ["OUTPUT_SCHEMAS", "component_names"]

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("$schema", "$id")}


SCREENING_SCHEMA: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "$id": "https://kleinschalig.nl/schemas/screening.localized/1",
    "title": "ScreeningAnswer",
    "type": "object",
    "required": ["decisions"],
    "properties": {"decisions": {"type": "array", "items": {"$ref": "#/$defs/DecisionLocalized"}}},
    "additionalProperties": False,
    "$defs": {"DecisionLocalized": _body(DECISION_SCHEMA)},
}

EXPLANATION_SCHEMA: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "$id": "https://kleinschalig.nl/schemas/explanation.localized/1",
    "title": "Explanation",
    "type": "object",
    "required": ["text", "decision"],
    "properties": {"text": {"type": "string"}, "decision": {"$ref": "#/$defs/DecisionLocalized"}},
    "additionalProperties": False,
    "$defs": {"DecisionLocalized": _body(DECISION_SCHEMA)},
}

CRITERIA_SCHEMA: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "$id": "https://kleinschalig.nl/schemas/criteria.localized/1",
    "title": "CriteriaInForce",
    "type": "object",
    "required": ["facility", "on", "lang", "criteria"],
    "additionalProperties": False,
    "properties": {
        "facility": {"type": "string"},
        "on": {"type": "string", "format": "date"},
        "lang": {"enum": ["nl", "en"]},
        "criteria": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "label", "kind", "valid_from", "sources"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string"},
                    "label": {"type": "string"},
                    "kind": {
                        "type": "object",
                        "required": ["code", "label"],
                        "additionalProperties": False,
                        "properties": {"code": {"type": "string"}, "label": {"type": "string"}},
                    },
                    "valid_from": {
                        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]
                    },
                    "sources": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    },
}

#: Name → schema of every output a front end receives.
OUTPUT_SCHEMAS: Final[dict[str, dict[str, Any]]] = {
    "decision-localized": DECISION_SCHEMA,
    "screening-localized": SCREENING_SCHEMA,
    "explanation-localized": EXPLANATION_SCHEMA,
    "timeline-localized": TIMELINE_SCHEMA,
    "facilities-localized": FACILITIES_SCHEMA,
    "criteria-localized": CRITERIA_SCHEMA,
    "indicators-localized": REPORT_SCHEMA,
    "errors": ERRORS_SCHEMA,
}

#: The OpenAPI component each output schema becomes.
component_names: Final[dict[str, str]] = {
    "decision-localized": "DecisionLocalized",
    "screening-localized": "ScreeningAnswer",
    "explanation-localized": "Explanation",
    "timeline-localized": "TimelineLocalized",
    "facilities-localized": "FacilitiesLocalized",
    "criteria-localized": "CriteriaInForce",
    "indicators-localized": "IndicatorReport",
    "errors": "ValidationReport",
}
