"""JSON Schema (draft 2020-12) generated from the attrs models.

The schema is derived from the same type hints and field constraints the
converter and validators use, so it accepts what the converter accepts.

Every field has a ``title`` and a ``description`` and every enum value a label, in
the language asked for (Dutch by default, English with ``lang="en"``); an enum is a
``oneOf`` of ``const`` values with a ``title`` each, the form generators read.

>>> from kleinschalig.model.case import DaytimeActivity
>>> schema = json_schema(DaytimeActivity)
>>> hours = schema["$defs"]["DaytimeActivity"]["properties"]["hours_per_week"]
>>> hours["anyOf"], hours["x-sensitivity"]
([{'type': 'number', 'minimum': 0, 'maximum': 168}, {'type': 'null'}], 'ordinary')
>>> hours["title"], json_schema(DaytimeActivity, lang="en")["$defs"]["DaytimeActivity"][
...     "properties"]["hours_per_week"]["title"]
('Uren per week', 'Hours per week')
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, Final, Literal, Union, get_args, get_origin

import attrs

from kleinschalig._fields import (
    CODE_PATTERN,
    NESTED,
    constraints_of,
    data_class_of,
    is_sensitive,
)
from kleinschalig._labels import ENUM_LABELS
from kleinschalig._texts import CLASS_TITLES, LITERAL_LABELS, field_text
from kleinschalig.codec.strict import DEFAULT_LIMITS
from kleinschalig.dates import Duration
from kleinschalig.i18n import DEFAULT_LANGUAGE, N_, translate
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

__all__ = [
    "CHECKS_KEYWORD",
    "DRAFT",
    "UNEXPRESSED_CHECKS",
    "choices_schema",
    "json_schema",
    "unexpressed_codes",
]

#: The JSON Schema dialect of every generated schema.
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
#: Compact (``1y6m``), working days alone (``10wd``) or ISO 8601 (``P1Y6M``).
DURATION_PATTERN: Final = (
    r"^(?=.)(\d+y)?(\d+m)?(\d+w)?(\d+d)?$|^\d+wd$|^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$"
)
#: The keyword naming the library's checks that JSON Schema cannot express.
CHECKS_KEYWORD: Final = "x-kleinschalig-checks"
#: Checks the library makes on loading that no JSON Schema keyword can state. A document
#: the schema accepts may still be refused for one of these, and for nothing else.
UNEXPRESSED_CHECKS: Final[tuple[dict[str, Any], ...]] = (
    {
        "check": "integer-literal",
        "codes": ["type.invalid"],
        "description": "An integer is written without fraction or exponent: 1.0 is refused "
        "where an integer is asked for, although JSON Schema counts it as an integer.",
    },
    {
        "check": "unique-key",
        "codes": ["value.duplicate"],
        "description": "Items of a list of objects differ in their key (a code, a moment, "
        "a regime); lists of plain values carry uniqueItems instead.",
    },
    {
        "check": "date-order",
        "codes": ["date.order"],
        "description": "An end date is not before its start date.",
    },
    {
        "check": "period-overlap",
        "codes": ["period.overlap"],
        "description": "Periods (versions, operating periods, capacity) do not overlap.",
    },
    {
        "check": "line-order",
        "codes": ["value.too_small"],
        "fields": ["last_line"],
        "description": "A document citation's last line is not before its first line.",
    },
    {
        "check": "workflow-graph",
        "codes": [
            "workflow.unreachable",
            "workflow.initial",
            "workflow.from_final",
            "workflow.dead_end",
            "graph.cycle",
        ],
        "description": "A workflow has one initial state, every state is reachable, no step "
        "leaves a final state; an intervention logic has no cycle.",
    },
    {
        "check": "document-limits",
        "codes": ["json.too_deep", "json.too_large", "object.too_large"],
        "description": "Nesting depth, document size and members per object stay within "
        "the documented limits (strings and lists carry maxLength and maxItems).",
    },
    {
        "check": "at-least-one",
        "codes": ["value.empty"],
        "fields": ["scope"],
        "description": "A criterion's scope names at least one facility, kind or the "
        "national level.",
    },
    {
        "check": "choices-present",
        "codes": ["value.empty"],
        "fields": ["choices"],
        "description": "A fact definition of type enum or set lists its choices.",
    },
    {
        "check": "fields-for-content",
        "codes": ["value.empty", "value.not_allowed"],
        "fields": ["fields"],
        "description": "An information flow lists fields exactly when its content is fields.",
    },
    {
        "check": "feedback-deadline",
        "codes": ["value.not_allowed"],
        "fields": ["feedback_deadline"],
        "description": "A workflow step has a feedback deadline only when feedback is owed "
        "after it (feedback: true).",
    },
    {
        "check": "internal-reference",
        "codes": ["reference.unknown"],
        "description": "A code refers to another part of the same document (a workflow "
        "step to one of its states).",
    },
    {
        "check": "fact-rules",
        "codes": [
            "fact.unknown_namespace",
            "fact.recorded_once",
            "fact.not_for_type",
            "fact.namespace_reserved",
            "fact.moments_and_facility",
            "fact.derived",
        ],
        "description": "A fact definition's type, moments, facility scope and namespace fit "
        "together.",
    },
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


def choices_schema(choices: Iterable[tuple[Any, str]], lang: str) -> dict[str, Any]:
    """Allowed values with their labels: a ``oneOf`` of ``const`` values, each with a
    ``title`` in ``lang`` (accepting exactly what ``{"enum": [...]}`` accepts)."""
    options = [{"const": value, "title": translate(label, lang)} for value, label in choices]
    if all(isinstance(o["const"], str) for o in options):
        return {"type": "string", "oneOf": options}
    return {"oneOf": options}


def generic_facts_schema(lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """``facts`` without a catalogue: the shapes a declared fact's value can take."""
    text = DEFAULT_LIMITS.max_text
    scalar = {
        "anyOf": [
            {"type": ["boolean", "integer", "number"]},
            {"type": "string", "minLength": 1, "maxLength": text},
            {
                "type": "array",
                "maxItems": DEFAULT_LIMITS.max_list,
                "items": {"type": "string", "minLength": 1, "maxLength": text},
            },
        ]
    }
    return {
        "type": "object",
        "description": translate(
            N_("Gedeclareerde feiten, per id; de geïnstalleerde catalogus bepaalt welke er zijn."),
            lang,
        ),
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


def unexpressed_codes() -> frozenset[str]:
    """The error codes of :data:`UNEXPRESSED_CHECKS`."""
    return frozenset(code for check in UNEXPRESSED_CHECKS for code in check["codes"])


def _validators(field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    validator = field.validator
    return tuple(getattr(validator, "_validators", (validator,)))


def _has_unique_key(field: attrs.Attribute[Any]) -> bool:
    return any(getattr(c, "unique_key", None) is not None for c in _validators(field))


def _item_pattern(field: attrs.Attribute[Any]) -> str | None:
    """The pattern every text of a tuple field must match, where one is declared."""
    found = [getattr(c, "item_pattern", None) for c in _validators(field)]
    return next((p for p in found if p is not None), None)


def _is_plain(tp: Any) -> bool:
    """Items compared whole: a unique key over them is JSON Schema's ``uniqueItems``."""
    return (
        tp in (str, int)
        or get_origin(tp) is Literal
        or (isinstance(tp, type) and issubclass(tp, Enum))
    )


class _Builder:
    def __init__(self, facts: dict[str, Any] | None = None, lang: str = DEFAULT_LANGUAGE) -> None:
        self.defs: dict[str, Any] = {}
        self.lang = lang
        self.facts = facts if facts is not None else generic_facts_schema(lang)

    def choices(self, values: Iterable[Any], labels: Mapping[Any, str] | None) -> dict[str, Any]:
        """``values`` with their labels; a value without one is its own title."""
        found = labels or {}
        return choices_schema(((v, found.get(v, str(v))) for v in values), self.lang)

    def for_type(
        self,
        tp: Any,
        constraints: dict[str, Any] | None = None,
        labels: Mapping[Any, str] | None = None,
    ) -> dict[str, Any]:
        """``labels`` names the values of a ``Literal`` (a field's declared labels)."""
        constraints = constraints or {}
        origin = get_origin(tp)
        if tp == Source:
            return self.tagged("kind", {"law": LegalSource, "document": DocumentSource})
        for union, tag, classes in _TAGGED:
            if tp == union:
                return self.tagged(tag, classes)
        if tp == Scalar:
            return {
                "type": ["boolean", "integer", "number", "string"],
                "maxLength": DEFAULT_LIMITS.max_text,
            }
        if origin is Literal:
            return self.choices(get_args(tp), labels)
        if origin in (Union, types.UnionType):
            members = [a for a in get_args(tp) if a is not type(None)]
            rest: Any = Union[tuple(members)]  # noqa: UP007 - rebuilt from parts
            if len(members) == 1:
                inner = self.for_type(members[0], constraints, labels)
            elif rest in (Source, *(union for union, _, _ in _TAGGED)):
                inner = self.for_type(rest)  # ``Condition | None``: the tag stays required
                if type(None) in get_args(tp):  # null in the type, not an anyOf to search
                    return {**inner, "type": ["object", "null"]}
            else:
                inner = {"anyOf": [self.for_type(m) for m in members]}
            if type(None) in get_args(tp):
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        if origin is tuple:
            item_pattern = constraints.pop("x-item-pattern", None)
            items = self.for_type(get_args(tp)[0], labels=labels)
            if item_pattern is not None:
                items = {**items, "pattern": item_pattern}
            array = {  # maxItems first: validators stop at the first failing keyword
                "type": "array",
                "maxItems": DEFAULT_LIMITS.max_list,
                "items": items,
            }
            if constraints.pop("x-unique", False) and _is_plain(get_args(tp)[0]):
                array["uniqueItems"] = True
            return _apply(array, constraints)
        if tp is str:
            limit = constraints.pop("x-max-length", DEFAULT_LIMITS.max_text)
            return _apply({"type": "string", "maxLength": limit}, constraints)
        if tp in _PRIMITIVES:
            return _apply({"type": _PRIMITIVES[tp]}, constraints)
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if tp is Duration:
            return {"type": "string", "pattern": DURATION_PATTERN}
        if tp is FactValues:
            return self.facts

        if isinstance(tp, type) and issubclass(tp, Enum):
            names = ENUM_LABELS.get(tp, {})
            return choices_schema(((m.value, names.get(m, m.value)) for m in tp), self.lang)
        if attrs.has(tp):
            return self.for_class(tp)
        raise TypeError(f"no JSON Schema mapping for {tp!r}")

    def tagged(self, tag: str, classes: dict[str, Any]) -> dict[str, Any]:
        """A union told apart by ``tag``: the tag is required and picks the one member
        schema that applies (``if``/``then``, so a validator checks only that member)."""
        return {
            "type": "object",
            "required": [tag],
            "properties": {
                tag: self.choices(classes, {v: CLASS_TITLES.get(c, v) for v, c in classes.items()})
            },
            "allOf": [
                {
                    "if": {
                        "type": "object",
                        "properties": {tag: {"const": value}},
                        "required": [tag],
                    },
                    "then": self.for_type(cls),
                }
                for value, cls in classes.items()
            ],
        }

    @staticmethod
    def labels(cls: type, field: attrs.Attribute[Any]) -> Mapping[Any, str] | None:
        """Labels of a ``Literal`` field: declared, or the class's title for its tag."""
        declared = LITERAL_LABELS.get(cls, {}).get(field.name)
        if declared is not None:
            return declared
        args = get_args(field.type)
        if get_origin(field.type) is Literal and len(args) == 1 and cls in CLASS_TITLES:
            return {args[0]: CLASS_TITLES[cls]}
        return None

    def for_class(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            attrs.resolve_types(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for f in attrs.fields(cls):
                constraints = dict(constraints_of(f))
                if f.name in DEFAULT_LIMITS.long_text_keys:
                    constraints["x-max-length"] = DEFAULT_LIMITS.max_notes
                if _has_unique_key(f):
                    constraints["x-unique"] = True
                if _item_pattern(f) is not None:
                    constraints["x-item-pattern"] = _item_pattern(f)
                prop = self.for_type(f.type, constraints, self.labels(cls, f))
                text = field_text(cls, f.name)
                if text is not None:
                    title, description = text
                    prop = {
                        "title": translate(title, self.lang),
                        "description": translate(description, self.lang),
                        **prop,
                    }
                if is_sensitive(f):
                    prop = {**prop, "x-sensitive": True}
                data_class = data_class_of(f)
                if data_class is not None and data_class != NESTED:
                    prop = {**prop, "x-sensitivity": data_class.value}
                properties[f.name] = prop
                if f.default is attrs.NOTHING:
                    required.append(f.name)
            definition: dict[str, Any] = {"type": "object"}
            if cls in CLASS_TITLES:
                definition["title"] = translate(CLASS_TITLES[cls], self.lang)
            if cls.__doc__ and self.lang == "en":  # docstrings are English
                definition["description"] = cls.__doc__.strip().split("\n\n")[0]
            definition.update(properties=properties, required=required, additionalProperties=False)
            self.defs[name] = definition
        return {"$ref": f"#/$defs/{name}"}


def json_schema(
    model: Any,
    *,
    title: str | None = None,
    facts: dict[str, Any] | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> dict[str, Any]:
    """The JSON Schema document for ``model`` (an attrs class or the source union).

    ``facts`` is the schema of the ``facts`` object (see
    :func:`kleinschalig.codec.fact_schema.facts_schema` for one made from a
    catalogue, in the same ``lang``); by default any well-formed declared facts are
    accepted. Titles, descriptions and the labels of enum values are in ``lang``
    (``"nl"``, the default, or ``"en"``); what the schema accepts does not depend on it.
    """
    builder = _Builder(facts, lang)
    root = builder.for_type(model)
    document: dict[str, Any] = {
        "$schema": DRAFT,
        **root,
        "$defs": builder.defs,
        CHECKS_KEYWORD: [dict(check) for check in UNEXPRESSED_CHECKS],
    }
    if title:
        document["title"] = title
    return document
