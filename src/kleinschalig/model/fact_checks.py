"""Declared-fact values checked against their registered definitions.

The JSON layer reads ``facts`` without knowing which plugins are installed, and
keeps every value (so nothing is stripped where a plugin is missing). This check
is what makes a value *valid*: its fact is declared, it sits at a declared moment
or facility, and it fits the declared type, bounds and choices. Errors carry a
path below ``/facts`` and never the value itself.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import TYPE_CHECKING, Any

from kleinschalig.dates import Duration
from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.fact_definitions import FactDefinition, FactType
from kleinschalig.model.fact_values import FactEntry, FactValues

if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = ["fact_value_errors", "value_problem"]

_EXPECTED = {
    FactType.BOOL: N_("true of false"),
    FactType.INT: N_("een geheel getal"),
    FactType.DECIMAL: N_("een getal"),
    FactType.DATE: N_("een datum (JJJJ-MM-DD)"),
    FactType.DURATION: N_("een duur zoals 18m"),
    FactType.ENUM: N_("een keuzecode"),
    FactType.ENUM_LIST: N_("een lijst keuzecodes"),
}


def value_problem(definition: FactDefinition, value: Any) -> InvalidValue | None:
    """Why ``value`` does not fit ``definition`` (``None`` when it does)."""
    kind = definition.type
    wrong = InvalidValue("type.invalid", expected=_EXPECTED[kind])
    if kind is FactType.BOOL:
        return None if type(value) is bool else wrong
    if kind in (FactType.INT, FactType.DECIMAL):
        allowed = (int,) if kind is FactType.INT else (int, float)
        if type(value) not in allowed:
            return wrong
        if definition.minimum is not None and value < definition.minimum:
            return InvalidValue("value.too_small", minimum=_number(definition.minimum))
        if definition.maximum is not None and value > definition.maximum:
            return InvalidValue("value.too_large", maximum=_number(definition.maximum))
        return None
    if kind is FactType.DATE:
        return None if type(value) is dt.date else wrong
    if kind is FactType.DURATION:
        if type(value) is not str:
            return wrong
        try:
            Duration.parse(value)
        except InvalidValue:
            return InvalidValue("duration.invalid")
        return None
    codes = definition.choice_codes()
    allowed_text = ", ".join(codes)
    if kind is FactType.ENUM:
        if type(value) is not str:
            return wrong
        return None if value in codes else InvalidValue("value.not_allowed", allowed=allowed_text)
    if type(value) is not tuple:
        return wrong
    for index, item in enumerate(value):
        if item not in codes:
            return InvalidValue("value.not_allowed", (str(index),), allowed=allowed_text)
        if item in value[:index]:
            return InvalidValue("value.duplicate", (str(index),), key=item)
    return None


def _number(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def fact_value_errors(facts: FactValues, catalogue: Catalogue) -> list[ErrorDetail]:
    """Every problem with the declared-fact values of one record, at ``/facts/…``."""
    errors: list[ErrorDetail] = []
    namespaces = catalogue.fact_namespaces()
    for fact in facts.ids():
        if fact not in catalogue.facts:
            errors.append(_unknown(fact, catalogue, namespaces).detail("facts", fact))
            continue
        definition = catalogue.fact(fact)
        entries = [e for e in facts.entries if e.fact == fact]
        errors += _entry_errors(definition, entries, catalogue)
    return errors


def _unknown(fact: str, catalogue: Catalogue, namespaces: list[str]) -> InvalidValue:
    namespace = fact.split(".", 1)[0]
    if namespace not in namespaces:
        return InvalidValue("fact.unknown_namespace", installed=", ".join(namespaces) or N_("geen"))
    near = difflib.get_close_matches(fact, catalogue.facts.codes(), n=3)
    return InvalidValue("fact.unknown", nearest=", ".join(near) or N_("geen"))


def _entry_errors(
    definition: FactDefinition, entries: list[FactEntry], catalogue: Catalogue
) -> list[ErrorDetail]:
    fact = definition.id
    if definition.derived:
        return [InvalidValue("fact.derived").detail("facts", fact)]
    moments = [m.value for m in definition.moments]
    errors: list[ErrorDetail] = []
    for entry in entries:
        where: tuple[str, ...] = ("facts", fact) if entry.at is None else ("facts", fact, entry.at)
        if moments and entry.at not in moments:
            errors.append(InvalidValue("fact.moment", allowed=", ".join(moments)).detail(*where))
            continue
        if definition.per_facility and (entry.at is None or entry.at not in catalogue.facilities):
            errors.append(InvalidValue("fact.facility").detail(*where))
            continue
        if not moments and not definition.per_facility and entry.at is not None:
            errors.append(InvalidValue("fact.recorded_once").detail(*where))
            continue
        problem = value_problem(definition, entry.value)
        if problem is not None:
            errors.append(problem.detail(*where))
    return errors
