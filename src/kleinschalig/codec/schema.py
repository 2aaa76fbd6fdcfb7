"""JSON Schema (draft 2020-12) generated from the attrs models.

The schema is derived from the same type hints and field constraints the
converter and validators use, so it accepts what the converter accepts.

>>> from kleinschalig.model.case import DaytimeActivity
>>> schema = json_schema(DaytimeActivity)
>>> schema["$defs"]["DaytimeActivity"]["properties"]["hours_per_week"]
{'anyOf': [{'type': 'number', 'minimum': 0, 'maximum': 168}, {'type': 'null'}]}
"""

from __future__ import annotations

import datetime as dt
import types
from enum import Enum
from typing import Any, Final, Literal, Union, get_args, get_origin

import attrs

from kleinschalig._fields import CODE_PATTERN, constraints_of, doc_of, is_sensitive
from kleinschalig.dates import Duration
from kleinschalig.model.conditions import CONDITION_CLASSES, Condition, Scalar
from kleinschalig.model.events import EVENT_CLASSES, CaseEvent
from kleinschalig.model.fact_definitions import DECLARED_FACT_PATTERN
from kleinschalig.model.fact_values import FactValues
from kleinschalig.model.indicators import MEASURE_CLASSES, Measure
from kleinschalig.model.sources import DocumentSource, LegalSource, Source

_TAGGED: tuple[tuple[Any, str, dict[str, type]], ...] = (
    (Condition, "op", CONDITION_CLASSES),
    (CaseEvent, "type", EVENT_CLASSES),
    (Measure, "kind", MEASURE_CLASSES),
)

__all__ = ["DRAFT", "json_schema"]

#: The JSON Schema dialect of every generated schema.
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
DURATION_PATTERN: Final = (
    r"^(?=.)(\d+y)?(\d+m)?(\d+w)?(\d+d)?$|^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$"
)
_PRIMITIVES: Final[dict[type, str]] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
}


def _apply(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    for key, value in constraints.items():
        if key == "minLength" and schema.get("type") == "array":
            schema["minItems"] = value
        elif key == "x-not-bsn":
            schema["not"] = {"pattern": r"^\d{8,9}$"}
        else:
            schema[key] = value
    return schema


def generic_facts_schema() -> dict[str, Any]:
    """``facts`` without a catalogue: the shapes a declared fact's value can take."""
    scalar = {
        "anyOf": [
            {"type": ["boolean", "integer", "number"]},
            {"type": "string", "minLength": 1},
            {"type": "array", "items": {"type": "string", "minLength": 1}},
        ]
    }
    return {
        "type": "object",
        "description": "Declared facts by id; the installed catalogue says which exist.",
        "propertyNames": {"pattern": DECLARED_FACT_PATTERN},
        "additionalProperties": {
            "anyOf": [
                scalar,
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"pattern": CODE_PATTERN},
                    "additionalProperties": scalar,
                },
            ]
        },
    }


class _Builder:
    def __init__(self, facts: dict[str, Any] | None = None) -> None:
        self.defs: dict[str, Any] = {}
        self.facts = facts if facts is not None else generic_facts_schema()

    def for_type(self, tp: Any, constraints: dict[str, Any] | None = None) -> dict[str, Any]:
        constraints = constraints or {}
        origin = get_origin(tp)
        if tp == Source:
            return {
                "oneOf": [
                    {"allOf": [self.for_type(cls), {"required": ["kind"]}]}
                    for cls in (LegalSource, DocumentSource)
                ]
            }
        for union, tag, classes in _TAGGED:
            if tp == union:
                return {
                    "oneOf": [
                        {"allOf": [self.for_type(cls), {"required": [tag]}]}
                        for cls in classes.values()
                    ]
                }
        if tp == Scalar:
            return {"type": ["boolean", "integer", "number", "string"]}
        if origin is Literal:
            return {"enum": list(get_args(tp))}
        if origin in (Union, types.UnionType):
            members = [a for a in get_args(tp) if a is not type(None)]
            inner = (
                self.for_type(members[0], constraints)
                if len(members) == 1
                else {"anyOf": [self.for_type(m) for m in members]}
            )
            if type(None) in get_args(tp):
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        if origin is tuple:
            return _apply({"type": "array", "items": self.for_type(get_args(tp)[0])}, constraints)
        if tp in _PRIMITIVES:
            return _apply({"type": _PRIMITIVES[tp]}, constraints)
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if tp is Duration:
            return {"type": "string", "pattern": DURATION_PATTERN}
        if tp is FactValues:
            return self.facts

        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"enum": [m.value for m in tp]}
        if attrs.has(tp):
            return self.for_class(tp)
        raise TypeError(f"no JSON Schema mapping for {tp!r}")

    def for_class(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            attrs.resolve_types(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for f in attrs.fields(cls):
                prop = self.for_type(f.type, dict(constraints_of(f)))
                if doc_of(f):
                    prop = {**prop, "description": doc_of(f)}
                if is_sensitive(f):
                    prop = {**prop, "x-sensitive": True}
                properties[f.name] = prop
                if f.default is attrs.NOTHING:
                    required.append(f.name)
            definition: dict[str, Any] = {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
            if cls.__doc__:
                definition["description"] = cls.__doc__.strip().split("\n\n")[0]
            self.defs[name] = definition
        return {"$ref": f"#/$defs/{name}"}


def json_schema(
    model: Any, *, title: str | None = None, facts: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The JSON Schema document for ``model`` (an attrs class or the source union).

    ``facts`` is the schema of the ``facts`` object (see
    :func:`kleinschalig.codec.fact_schema.facts_schema` for one made from a
    catalogue); by default any well-formed declared facts are accepted.
    """
    builder = _Builder(facts)
    root = builder.for_type(model)
    document: dict[str, Any] = {"$schema": DRAFT, **root, "$defs": builder.defs}
    if title:
        document["title"] = title
    return document
