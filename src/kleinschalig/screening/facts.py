"""Reading facts from a case record: a dotted path per fact, ``None`` as "not recorded"."""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Any, Final, get_args, get_origin

import attrs

from kleinschalig.model.case import CaseRecord

__all__ = ["MISSING", "fact_exists", "read_fact"]


class _Missing:
    """The fact is not recorded: evaluation yields *unknown*, never a guess."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


def read_fact(case: CaseRecord, path: str) -> Any:
    """The value at ``path`` (enum values as text), or :data:`MISSING`."""
    value: Any = case
    for part in path.split("."):
        value = getattr(value, part, MISSING)
        if value is None or value is MISSING:
            return MISSING
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple) and not value:
        return MISSING
    return value


@cache
def fact_exists(path: str) -> bool:
    """Whether ``path`` names a field of the case record (checked when criteria register)."""
    current: Any = CaseRecord
    for part in path.split("."):
        if current is None or not attrs.has(current):
            return False
        attrs.resolve_types(current)
        fields = {f.name: f.type for f in attrs.fields(current)}
        if part not in fields:
            return False
        current = _attrs_class(fields[part])
    return True


def _attrs_class(tp: Any) -> Any:
    """The attrs class a path may descend into: a nested record, possibly optional.

    Lists (``legal_titles``) are not descended into: a fact names one value.
    """
    if attrs.has(tp):
        return tp
    if get_origin(tp) is not tuple:
        for arg in get_args(tp):
            if attrs.has(arg):
                return arg
    return None
