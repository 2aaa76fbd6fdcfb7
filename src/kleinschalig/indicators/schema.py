"""The JSON Schema of an indicator report for a reader (``IndicatorReport.to_dict(lang)``).

``kleinschalig indicators --format json`` prints the same object with what the
command adds about the file it read (``facility``, ``lines``, ``totals``, the
invalid and duplicate lines, occupancy, funnel and warnings).
"""

from __future__ import annotations

from typing import Any, Final

from kleinschalig.model.indicators import IndicatorLevel, IndicatorMoment, IndicatorUnit

__all__ = ["REPORT_SCHEMA"]

_MAYBE_DATE: Final = {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
_SHARE: Final = {"type": ["number", "null"]}


def _object(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [k for k in properties if k not in optional],
        "properties": properties,
        "additionalProperties": False,
    }


_RESULT: Final = _object(
    {
        "id": {"type": "string"},
        "label": {"type": "string"},
        "level": {"enum": [v.value for v in IndicatorLevel]},
        "level_label": {"type": "string"},
        "moment": {"enum": [v.value for v in IndicatorMoment]},
        "moment_label": {"type": "string"},
        "unit": {"enum": [v.value for v in IndicatorUnit]},
        "unit_label": {"type": "string"},
        "common_key": {"type": ["string", "null"]},
        "numerator": {"type": "number"},
        "denominator": {"type": "integer", "minimum": 0},
        "value": _SHARE,
        "in_scope": {"type": "integer", "minimum": 0},
        "coverage": _SHARE,
        "excluded": {
            "type": "array",
            "items": _object(
                {
                    "reason": {"type": "string"},
                    "message": {"type": "string"},
                    "count": {"type": "integer", "minimum": 0},
                    "case_ids": {"type": "array", "items": {"type": "string"}},
                    "missing": {"type": "array", "items": {"type": "string"}},
                }
            ),
        },
        "breakdown": {
            "type": "array",
            "items": _object(
                {
                    "value": {"type": "string"},
                    "count": {"type": "integer", "minimum": 0},
                    "share": _SHARE,
                }
            ),
        },
        "note": {"type": "string"},
    }
)

#: The JSON Schema (draft 2020-12) of an indicator report for a reader.
REPORT_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kleinschalig.nl/schemas/indicators.localized/1",
    "title": "IndicatorReport",
    **_object(
        {
            "lang": {"enum": ["nl", "en"]},
            "on": {"type": "string", "format": "date"},
            "start": _MAYBE_DATE,
            "end": _MAYBE_DATE,
            "records": {"type": "integer", "minimum": 0},
            "outside_period": {"type": "integer", "minimum": 0},
            "parameters": {"type": "object", "additionalProperties": {"type": "string"}},
            "indicators": {"type": "array", "items": _RESULT},
        }
    ),
}
