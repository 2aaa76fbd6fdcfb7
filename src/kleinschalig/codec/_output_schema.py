"""The building blocks of the hand-written schemas of the outputs for a reader.

Each ``*_SCHEMA`` of a localized output (decisions, timelines, facilities,
indicator reports, the web answers) is written with these, so a date, a text and a
closed object read the same in all of them.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["DATE", "DRAFT", "MAYBE_DATE", "MAYBE_TEXT", "TEXT", "closed_object"]

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
TEXT: Final = {"type": "string"}
MAYBE_TEXT: Final = {"type": ["string", "null"]}
DATE: Final = {"type": "string", "format": "date"}
MAYBE_DATE: Final = {"anyOf": [DATE, {"type": "null"}]}


def closed_object(properties: dict[str, Any]) -> dict[str, Any]:
    """An object with exactly these properties, every one required."""
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }
