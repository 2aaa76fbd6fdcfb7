"""The JSON Schema of a data plugin file, for editors that validate and complete while a team
types (``kleinschalig schema plugin``).

It is built from the models' own schemas, so it cannot drift from what the loader
accepts, with the two things a data file writes differently: a text as
``{nl: …, en: …}`` and a source as its citation (``"001:L2023-2026"``).
"""

from __future__ import annotations

import copy
from typing import Any, Final

from kleinschalig.codec.schema import DRAFT, json_schema
from kleinschalig.plugins.data.document import FORMAT_VERSION, SECTIONS, TEXT_FIELDS

__all__ = ["CITATION_PATTERN", "plugin_schema"]

#: A citation of document lines, as ``cite()`` reads it.
CITATION_PATTERN: Final = r"^[0-9A-Za-z_-]+:L\d+(-\d+)?$"

_TEXT: Final = {
    "type": "object",
    "description": "Dutch text and its English translation.",
    "properties": {
        "nl": {"type": "string", "minLength": 1},
        "en": {"type": "string", "minLength": 1},
    },
    "required": ["nl", "en"],
    "additionalProperties": False,
}


def _citation() -> dict[str, Any]:
    return {
        "anyOf": [
            {"type": "string", "pattern": CITATION_PATTERN},
            {
                "type": "object",
                "properties": {
                    "cite": {"type": "string", "pattern": CITATION_PATTERN},
                    "explanation": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Text"}]},
                },
                "required": ["cite"],
                "additionalProperties": False,
            },
        ]
    }


def _adapt(node: Any) -> Any:
    """Texts may be pairs and sources may be citations, wherever they appear."""
    if isinstance(node, list):
        return [_adapt(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _adapt(value) for key, value in node.items()}
    properties = out.get("properties")
    if isinstance(properties, dict):
        for name, prop in list(properties.items()):
            if name in TEXT_FIELDS:
                properties[name] = {"anyOf": [prop, {"$ref": "#/$defs/Text"}]}
            elif name == "sources" and isinstance(prop, dict) and "items" in prop:
                properties[name] = {**prop, "items": {"anyOf": [prop["items"], _citation()]}}
    return out


def plugin_schema() -> dict[str, Any]:
    """The schema of a data plugin file (draft 2020-12)."""
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {
        "kleinschalig": {"const": FORMAT_VERSION, "description": "Format version of the file."}
    }
    for section, (_kind, model) in SECTIONS.items():
        schema = json_schema(model)
        defs.update(copy.deepcopy(schema["$defs"]))
        item = {k: v for k, v in schema.items() if k not in ("$schema", "$defs")}
        if section == "intervention_logic":
            properties[section] = {"type": "object", "additionalProperties": item}
        else:
            properties[section] = {"type": "array", "items": item}
    defs["Text"] = _TEXT
    return {
        "$schema": DRAFT,
        "title": "kleinschalig data plugin",
        "type": "object",
        "properties": _adapt(properties),
        "required": ["kleinschalig"],
        "additionalProperties": False,
        "$defs": _adapt(defs),
    }
