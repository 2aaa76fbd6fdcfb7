"""The JSON Schema of an indicator report for a reader (``IndicatorReport.to_dict(lang)``).

``kleinschalig indicators --format json`` prints the same object with what the
command adds about the file it read (``facility``, ``lines``, ``totals``, the
invalid and duplicate lines, occupancy, funnel and warnings).
"""

from __future__ import annotations

from typing import Any, Final

from kleinschalig.codec._output_schema import DRAFT, MAYBE_DATE, closed_object
from kleinschalig.model.indicators import IndicatorLevel, IndicatorMoment, IndicatorUnit

__all__ = ["REPORT_SCHEMA"]

_SHARE: Final = {"type": ["number", "null"]}


_RESULT: Final = closed_object(
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
            "items": closed_object(
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
            "items": closed_object(
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
    "$schema": DRAFT,
    "$id": "https://kleinschalig.nl/schemas/indicators.localized/1",
    "title": "IndicatorReport",
    **closed_object(
        {
            "lang": {"enum": ["nl", "en"]},
            "on": {"type": "string", "format": "date"},
            "start": MAYBE_DATE,
            "end": MAYBE_DATE,
            "records": {"type": "integer", "minimum": 0},
            "outside_period": {"type": "integer", "minimum": 0},
            "parameters": {"type": "object", "additionalProperties": {"type": "string"}},
            "indicators": {"type": "array", "items": _RESULT},
        }
    ),
}
