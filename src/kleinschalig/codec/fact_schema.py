"""The JSON Schema of ``facts`` for an installed catalogue: every declared fact with its
type, bounds, labels and allowed values.

Labels are given in one language (``title``); a choice is a ``oneOf`` of ``const``
values, each with its ``title``, the standard form editors and form generators
read. ``x-sensitivity`` carries the fact's data class and ``x-source`` its
citations, where JSON Schema has no keyword of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kleinschalig._fields import CODE_PATTERN
from kleinschalig.codec.schema import DATE_PATTERN, DURATION_PATTERN, choices_schema
from kleinschalig.i18n import N_, translate
from kleinschalig.model.fact_definitions import FactDefinition, FactType

if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = ["fact_value_schema", "facts_schema"]


def fact_value_schema(definition: FactDefinition, lang: str = "nl") -> dict[str, Any]:
    """The schema of one value of ``definition`` (at one moment or facility)."""
    kind = definition.type
    if kind is FactType.BOOL:
        return {"type": "boolean"}
    if kind in (FactType.INT, FactType.DECIMAL):
        schema: dict[str, Any] = {"type": "integer" if kind is FactType.INT else "number"}
        if definition.minimum is not None:
            schema["minimum"] = definition.minimum
        if definition.maximum is not None:
            schema["maximum"] = definition.maximum
        return schema
    if kind is FactType.DATE:
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if kind is FactType.DURATION:
        return {"type": "string", "pattern": DURATION_PATTERN}
    choices = choices_schema(((c.code, c.label) for c in definition.choices), lang)
    if kind is FactType.ENUM:
        return choices
    return {"type": "array", "items": choices, "minItems": 1, "uniqueItems": True}


def _fact_schema(definition: FactDefinition, facilities: list[str], lang: str) -> dict[str, Any]:
    value = fact_value_schema(definition, lang)
    if definition.moments:
        moments = [m.value for m in definition.moments]
        shape: dict[str, Any] = {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"enum": moments},
            "additionalProperties": value,
        }
    elif definition.per_facility:
        shape = {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"enum": facilities} if facilities else {"pattern": CODE_PATTERN},
            "additionalProperties": value,
        }
    else:
        shape = value
    shape = {"title": translate(definition.label, lang), **shape}
    if definition.description:
        shape["description"] = translate(definition.description, lang)
    if definition.unit:
        shape["x-unit"] = definition.unit
    shape["x-sensitivity"] = definition.sensitivity.value
    shape["x-source"] = [s.citation for s in definition.sources]
    return shape


def facts_schema(catalogue: Catalogue, lang: str = "nl") -> dict[str, Any]:
    """``facts`` as the installed catalogue declares them; nothing else is accepted."""
    facilities = catalogue.facilities.codes()
    recorded = [d for d in catalogue.facts if not d.derived]
    return {
        "type": "object",
        "description": translate(N_("Gedeclareerde feiten, per id."), lang),
        "properties": {d.id: _fact_schema(d, facilities, lang) for d in recorded},
        "additionalProperties": False,
    }
