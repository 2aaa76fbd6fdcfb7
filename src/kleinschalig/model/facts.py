"""Reading facts from a case record: a dotted path per fact, ``None`` as "not recorded".

A path is a case-record field (``intake.motivated``) or a declared fact
(``kv-krimpen.buddy``, ``core.daytime_activity@t1``; see
:mod:`kleinschalig.model.fact_definitions`). A declared fact recorded per
facility is read for the facility given to the reader — the one being screened —
or else for the facility the record is about.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import cache, lru_cache
from typing import Any, Final, get_args, get_origin

import attrs

from kleinschalig.dates import DateArithmeticError, Duration
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.fact_definitions import Sensitivity, is_declared_path, split_fact_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = [
    "DERIVED_READERS",
    "MISSING",
    "data_class",
    "fact_exists",
    "fact_is_sensitive",
    "fact_reader",
    "fact_type",
    "read_fact",
]


class _Missing:
    """The fact is not recorded: evaluation yields *unknown*, never a guess."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()

#: The enum value that records "not known" (``Sex.UNKNOWN``); read as :data:`MISSING`.
NOT_RECORDED: Final = "unknown"


def _age_at_intake(case: Any) -> Any:
    """Whole years on the inflow date; the birth date itself is never read out."""
    placement = getattr(case, "placement", None)
    inflow = placement.inflow_date if placement is not None else None
    if inflow is None or getattr(case, "birth_date", None) is None:
        return MISSING
    return case.age_on(inflow)


def _strafrestant_at_intake(case: Any) -> Any:
    """Days of the sentence left on the inflow date (calendar arithmetic, no rounding)."""
    placement = getattr(case, "placement", None)
    inflow = placement.inflow_date if placement is not None else None
    sentence = getattr(case, "sentence", None)
    if inflow is None or sentence is None:
        return MISSING
    try:
        rest = sentence.remaining_at(inflow)
    except DateArithmeticError:
        return MISSING  # a start on a day the length cannot land on: unknown, not guessed
    return MISSING if rest is None else rest.total_days


#: Declared facts the core computes from other fields instead of reading them.
DERIVED_READERS: dict[str, Callable[[Any], Any]] = {
    "core.age_at_intake": _age_at_intake,
    "core.strafrestant_at_intake": _strafrestant_at_intake,
}


def _declared_reader(path: str, facility: str | None) -> Callable[[Any], Any]:
    fact, moment = split_fact_path(path)
    derived = DERIVED_READERS.get(fact)
    if derived is not None:
        return derived

    def read(case: Any) -> Any:
        facts = getattr(case, "facts", None)
        if not facts:
            return MISSING
        if moment is not None:
            value = facts.get(fact, moment)
        else:
            value = facts.lookup(fact, facility if facility is not None else case.facility)
        if value is None or value == ():
            return MISSING
        return value

    return read


@cache
def fact_reader(path: str, facility: str | None = None) -> Callable[[Any], Any]:
    """A function reading ``path`` from a case record, built once per path (and facility).

    It returns the value (enum values as text), or :data:`MISSING` when the
    fact is not recorded: an empty field, an empty list, or an enum's
    ``unknown`` member (sex), which means "not recorded", not a value.
    ``facility`` chooses the value of a declared per-facility fact.
    """
    if is_declared_path(path):
        return _declared_reader(path, facility)
    parts = tuple(path.split("."))

    def read(case: Any) -> Any:
        value = case
        for part in parts:
            value = getattr(value, part, None)
            if value is None:
                return MISSING
        if isinstance(value, Enum):
            return MISSING if value.value == NOT_RECORDED else value.value
        if isinstance(value, tuple) and not value:
            return MISSING
        return value

    return read


def read_fact(case: CaseRecord, path: str, facility: str | None = None) -> Any:
    """The value at ``path`` (enum values as text), or :data:`MISSING`."""
    return fact_reader(path, facility)(case)


@cache
def fact_type(path: str) -> Any:
    """The declared type of the field at ``path`` (without ``None``); ``None`` if no such field."""
    current: Any = CaseRecord
    found: Any = None
    for part in path.split("."):
        if current is None or not attrs.has(current):
            return None
        attrs.resolve_types(current)
        fields = {f.name: f.type for f in attrs.fields(current)}
        if part not in fields:
            return None
        found = fields[part]
        current = _attrs_class(found)
    members = [a for a in get_args(found) if a is not type(None)]
    if get_origin(found) is not tuple and len(members) == 1:
        return members[0]
    return found


@cache
def fact_is_sensitive(path: str) -> bool:
    """Whether any field on ``path`` is marked sensitive (birth date, free text)."""
    from kleinschalig._fields import is_sensitive

    current: Any = CaseRecord
    for part in path.split("."):
        if current is None or not attrs.has(current):
            return False
        attrs.resolve_types(current)
        by_name = {f.name: f for f in attrs.fields(current)}
        if part not in by_name:
            return False
        if is_sensitive(by_name[part]):
            return True
        current = _attrs_class(by_name[part].type)
    return False


_RANK: Final = (Sensitivity.ORDINARY, Sensitivity.IDENTIFYING, Sensitivity.SPECIAL_CATEGORY)


def _most_sensitive(classes: Any) -> Sensitivity:
    return max(classes, key=_RANK.index, default=Sensitivity.ORDINARY)


def records_in(tp: Any) -> list[type]:
    """The attrs classes in a type hint (``tuple[X, ...]``, ``X | None``, a union)."""
    if isinstance(tp, type) and attrs.has(tp):
        return [tp]
    return [r for arg in get_args(tp) for r in records_in(arg)]


@cache
def _record_class(cls: type) -> Sensitivity:
    """The data class of a record: that of its most sensitive field."""
    attrs.resolve_types(cls)
    return _most_sensitive(_field_class(f) for f in attrs.fields(cls))


def _field_class(field: attrs.Attribute[Any]) -> Sensitivity:
    from kleinschalig._fields import NESTED, data_class_of
    from kleinschalig.model.fact_values import FactValues

    found = data_class_of(field)
    if found != NESTED:
        return Sensitivity.SPECIAL_CATEGORY if found is None else found
    records = records_in(field.type)
    if FactValues in records:
        return Sensitivity.SPECIAL_CATEGORY  # declared facts: see the catalogue
    return _most_sensitive(_record_class(r) for r in records if r is not Duration)


#: Paths a trace names that are computed from a field, with that field.
_COMPUTED: Final = {"sentence.remaining": "sentence.imposed_length"}


def data_class(path: str, catalogue: Catalogue | None = None) -> Sensitivity:
    """The data class of the fact at ``path``: a case-record field or a declared fact.

    A record (``intake``) is as sensitive as its most sensitive field; a declared fact
    has the sensitivity its definition in ``catalogue`` gives. A path that is not known
    (or a declared fact without a catalogue) is handled as special category: the safe
    side. The classes are declared once, on the model's fields
    (``classified`` in ``kleinschalig._fields``).
    """
    if not (is_declared_path(path) or path == "facts"):
        return _core_data_class(path)
    if catalogue is None:
        return Sensitivity.SPECIAL_CATEGORY
    if path == "facts":
        return _most_sensitive(d.sensitivity for d in catalogue.facts)
    fact, _moment = split_fact_path(path)
    if fact not in catalogue.facts:
        return Sensitivity.SPECIAL_CATEGORY
    return catalogue.fact(fact).sensitivity


@lru_cache(maxsize=4096)
def _core_data_class(path: str) -> Sensitivity:
    """The data class of a case-record field (the model never changes: remembered)."""
    current: Any = CaseRecord
    field: attrs.Attribute[Any] | None = None
    for part in _COMPUTED.get(path, path).split("."):
        records = records_in(field.type) if field is not None else [current]
        records = [r for r in records if r is not Duration]
        if not records:
            return Sensitivity.SPECIAL_CATEGORY
        candidates: list[attrs.Attribute[Any]] = []
        for record in records:
            attrs.resolve_types(record)
            candidates += [f for f in attrs.fields(record) if f.name == part]
        if not candidates:
            return Sensitivity.SPECIAL_CATEGORY
        field = candidates[0]
    assert field is not None
    return _field_class(field)


def fact_exists(path: str) -> bool:
    """Whether ``path`` names a field of the case record (checked when criteria register)."""
    return fact_type(path) is not None


def record_fields(cls: type) -> list[tuple[str, type | None]]:
    """The fields of a record on a fact path, each with the record a path descends into."""
    attrs.resolve_types(cls)
    return [(f.name, _attrs_class(f.type)) for f in attrs.fields(cls)]


def _attrs_class(tp: Any) -> Any:
    """The attrs class a path may descend into: a nested record, possibly optional.

    Lists (``legal_titles``) are not descended into: a fact names one value.
    """
    from kleinschalig.model.fact_values import FactValues

    if tp is Duration or tp is FactValues:  # lengths are compared as a whole; declared facts
        return None  # are read by their own ids
    if attrs.has(tp):
        return tp
    if get_origin(tp) is not tuple:
        for arg in get_args(tp):
            if attrs.has(arg) and arg is not Duration:
                return arg
    return None
