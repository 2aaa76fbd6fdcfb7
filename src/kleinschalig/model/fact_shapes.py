"""What each case-record fact is, as far as checking a rule against it needs to know.

Criteria, workflows and indicators are checked against the case record when a plugin
registers them (:mod:`kleinschalig.model.checks`). Those checks need only the kind of
each fact, its choice values and whether it is sensitive; reading that from this
table spares plugin loading the import of the whole case-record model.

The table (``kleinschalig.model._fact_table``) is generated from
:class:`~kleinschalig.model.case.CaseRecord` by :func:`derive_fact_shapes`
(``python scripts/fact_table.py``); a test fails when it is out of date.

>>> fact_shape("sentence.start_date")
FactShape(kind='date', values=None, sensitive=False, special=False)
>>> fact_shape("no.such.fact") is None
True
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Literal, get_args, get_origin

import attrs

from kleinschalig.dates import Duration
from kleinschalig.model._fact_table import FACTS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.model.fact_definitions import FactDefinition

__all__ = [
    "FactKind",
    "FactShape",
    "declared_shape",
    "derive_fact_shapes",
    "fact_shape",
    "sensitive_on_path",
    "shape_of",
]

#: The kinds of value a fact can hold, as the registration checks tell them apart.
FactKind = Literal["date", "duration", "bool", "int", "float", "str", "choice", "list", "other"]

_SCALARS: dict[Any, FactKind] = {
    dt.date: "date",
    Duration: "duration",
    bool: "bool",
    int: "int",
    float: "float",
    str: "str",
}


@attrs.frozen(slots=True)
class FactShape:
    """``kind`` of the fact's declared type; ``values`` of a choice (or of a list's choices).

    ``sensitive``: identifying, read by no rule; ``special``: special-category (health)
    data, which rules may read but no information flow may carry.
    """

    kind: FactKind
    values: tuple[str, ...] | None = None
    sensitive: bool = False
    special: bool = False


_DECLARED_KINDS: dict[str, FactKind] = {
    "bool": "bool",
    "int": "int",
    "decimal": "float",
    "date": "date",
    "duration": "duration",
    "enum": "choice",
    "enum_list": "list",
}


def declared_shape(definition: FactDefinition) -> FactShape:
    """The shape of a declared fact, as the registration checks read it."""
    values = definition.choice_codes() or None
    return FactShape(
        _DECLARED_KINDS[definition.type.value],
        values,
        sensitive=definition.sensitivity.value == "identifying",
        special=definition.sensitivity.value == "special_category",
    )


_SHAPES = {
    path: FactShape(kind, values, sensitive, special)
    for path, (kind, values, sensitive, special) in FACTS.items()
}


def fact_shape(path: str) -> FactShape | None:
    """The shape of the fact at ``path``; ``None`` if the case record has no such field."""
    return _SHAPES.get(path)


def sensitive_on_path(path: str) -> bool:
    """Whether a field on ``path`` is sensitive, even when the path goes on past it
    (as :func:`~kleinschalig.model.facts.fact_is_sensitive`)."""
    parts = path.split(".")
    for end in range(1, len(parts) + 1):
        shape = _SHAPES.get(".".join(parts[:end]))
        if shape is None:
            return False
        if shape.sensitive:
            return True
    return False


def _choices(tp: Any) -> tuple[str, ...] | None:
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tuple(sorted(m.value for m in tp))
    return None


def shape_of(tp: Any, sensitive: bool) -> FactShape:
    """The shape of a fact whose type (as :func:`~kleinschalig.model.facts.fact_type` gives it)
    is ``tp``."""
    if get_origin(tp) is tuple:
        return FactShape("list", _choices(get_args(tp)[0]), sensitive)
    values = _choices(tp)
    if values is not None:
        return FactShape("choice", values, sensitive)
    kind: FactKind = next((k for t, k in _SCALARS.items() if tp is t), "other")
    return FactShape(kind, None, sensitive)


def derive_fact_shapes() -> dict[str, FactShape]:
    """Every fact path of the case record with its shape, read from the model itself."""
    from kleinschalig._fields import data_class_of
    from kleinschalig.model.case import CaseRecord
    from kleinschalig.model.fact_definitions import Sensitivity
    from kleinschalig.model.facts import fact_is_sensitive, fact_type, record_fields

    shapes: dict[str, FactShape] = {}

    def visit(cls: type, prefix: str) -> None:
        for name, nested in record_fields(cls):
            path = prefix + name
            shape = shape_of(fact_type(path), fact_is_sensitive(path))
            # a field, not a record holding one: flows may list a record such as
            # ``basisvoorwaarden`` (see the privacy guide)
            own = data_class_of(attrs.fields_dict(cls)[name])
            shapes[path] = attrs.evolve(shape, special=own is Sensitivity.SPECIAL_CATEGORY)
            if nested is not None:
                visit(nested, path + ".")

    visit(CaseRecord, "")
    return shapes
