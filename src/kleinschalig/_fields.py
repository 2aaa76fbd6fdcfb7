"""Field declarations whose constraints drive validators, JSON Schema and test data alike.

One declaration per constraint: :func:`spec` turns ``minimum=0`` into an attrs
validator, a ``"minimum": 0`` in the generated JSON Schema and a bounded
Hypothesis strategy, so the three cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from kleinschalig.errors import InvalidValue

CONSTRAINTS: Final = "kleinschalig.constraints"
SENSITIVE: Final = "kleinschalig.sensitive"
#: The field's data class: ``"ordinary"``, ``"identifying"``, ``"special_category"`` (the
#: values of :class:`~kleinschalig.model.fact_definitions.Sensitivity`) or :data:`NESTED`.
DATA_CLASS: Final = "kleinschalig.data_class"
#: The data class of a field holding nested records: that of the most sensitive field in them.
NESTED: Final = "nested"
DATA_CLASSES: Final = ("ordinary", "identifying", "special_category")
#: What ``repr`` shows instead of a special-category or identifying value.
REPR_HIDDEN: Final = {"special_category": "<special category>", "identifying": "<identifying>"}

#: Pseudonymous identifiers: letters, digits and ``._:-``; never a name or a BSN.
ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
#: Codes for registrable objects (titles, roles, facilities): lower-case slugs.
CODE_PATTERN: Final = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
#: Nine digits is what a BSN looks like; subject ids must not.
_BSN_LIKE: Final = re.compile(r"\d{8,9}\Z", re.ASCII)


_MATCHED: dict[str, set[str]] = {}
_MATCHED_MAX = 4_096


def _matched(pattern: str) -> set[str]:
    """Strings known to match ``pattern``: codes recur in every record, so each is matched once.

    Bounded and never evicted: once full, further values are matched every time.
    """
    return _MATCHED.setdefault(pattern, set())


def _check(name: str, constraints: Mapping[str, Any]) -> Callable[[Any, Any, Any], None]:
    """A validator doing only the checks that were declared (it runs on every instance)."""
    minimum = constraints.get("minimum")
    maximum = constraints.get("maximum")
    pattern = constraints.get("pattern")
    # ASCII and fullmatch: "\\d" is 0-9 only and "$" never matches before a final newline,
    # as in the ECMA-262 regexes of JSON Schema.
    fullmatch = re.compile(pattern, re.ASCII).fullmatch if pattern else None
    min_length = constraints.get("minLength")
    not_bsn = constraints.get("x-not-bsn", False)

    if fullmatch is not None and min_length is None and not not_bsn:
        matched = _matched(str(pattern))

        def validate(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
            if value is None or value in matched:
                return
            if fullmatch(value) is None:
                raise InvalidValue("value.pattern", attribute.name, pattern=str(pattern))
            if len(matched) < _MATCHED_MAX:
                matched.add(value)

    elif fullmatch is None and min_length is None and not not_bsn:

        def validate(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
            if value is None:
                return
            if minimum is not None and value < minimum:
                raise InvalidValue("value.too_small", attribute.name, minimum=str(minimum))
            if maximum is not None and value > maximum:
                raise InvalidValue("value.too_large", attribute.name, maximum=str(maximum))

    else:

        def validate(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
            if value is None:
                return
            if minimum is not None and value < minimum:
                raise InvalidValue("value.too_small", attribute.name, minimum=str(minimum))
            if maximum is not None and value > maximum:
                raise InvalidValue("value.too_large", attribute.name, maximum=str(maximum))
            if min_length is not None and len(value) < min_length:
                raise InvalidValue("value.empty", attribute.name)
            if fullmatch is not None and fullmatch(value) is None:
                raise InvalidValue("value.pattern", attribute.name, pattern=str(pattern))
            if not_bsn and _BSN_LIKE.match(value):
                raise InvalidValue("value.bsn_like", attribute.name)

    validate.__name__ = f"validate_{name}"
    return validate


def spec(
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    pattern: str | None = None,
    non_empty: bool = False,
    not_bsn: bool = False,
    sensitive: bool = False,
    validator: Callable[[Any, Any, Any], None] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for :func:`attrs.field` carrying declared constraints.

    Use as ``attrs.field(default=None, **spec(minimum=0))``. ``sensitive`` fields
    (birth dates, free text) are left out of ``repr`` and marked in the schema with
    ``x-sensitive`` so front ends and role views can treat them with care. A field's
    title and description are declared with its class (:func:`kleinschalig._texts.described`).
    """
    constraints: dict[str, Any] = {}
    if minimum is not None:
        constraints["minimum"] = minimum
    if maximum is not None:
        constraints["maximum"] = maximum
    if pattern is not None:
        constraints["pattern"] = pattern
    if non_empty:
        constraints["minLength"] = 1
    if not_bsn:
        constraints["x-not-bsn"] = True
    validators: list[Callable[[Any, Any, Any], None]] = []
    if constraints:
        validators.append(_check("constraints", constraints))
    if validator is not None:
        validators.append(validator)
    kwargs: dict[str, Any] = {
        "metadata": {CONSTRAINTS: constraints, SENSITIVE: sensitive},
        "repr": not sensitive,
    }
    if len(validators) == 1:
        kwargs["validator"] = validators[0]
    elif validators:
        kwargs["validator"] = validators
    return kwargs


def constraints_of(attribute: attrs.Attribute[Any]) -> Mapping[str, Any]:
    return attribute.metadata.get(CONSTRAINTS, {})  # type: ignore[no-any-return]


def is_sensitive(attribute: attrs.Attribute[Any]) -> bool:
    return bool(attribute.metadata.get(SENSITIVE, False))


def data_class_of(attribute: attrs.Attribute[Any]) -> Any:
    """The :class:`~kleinschalig.model.fact_definitions.Sensitivity` of a field,
    :data:`NESTED` for a field holding records, ``None`` for a field without one."""
    from kleinschalig.model.fact_definitions import Sensitivity

    value = attribute.metadata.get(DATA_CLASS)
    return Sensitivity(value) if value in DATA_CLASSES else value


def _hidden(label: str) -> Callable[[Any], str]:
    def shown(_value: Any) -> str:
        return label

    return shown


def classified(
    *, ordinary: str = "", identifying: str = "", special: str = "", nested: str = ""
) -> Callable[[type, list[attrs.Attribute[Any]]], list[attrs.Attribute[Any]]]:
    """An attrs ``field_transformer`` giving every field of a model its data class.

    Each argument names fields (separated by spaces). Every field must be named exactly
    once, so a new field without a data class fails at import. ``special`` (health, GDPR
    art. 9) and ``identifying`` values are hidden from ``repr`` (as ``<special category>``,
    ``<identifying>``), except pseudonymous ids (fields with the id pattern, which are
    needed to find a record). ``nested`` fields hold records whose own fields have classes.
    """
    by_name: dict[str, str] = {}
    for value, names in (
        ("ordinary", ordinary),
        ("identifying", identifying),
        ("special_category", special),
        (NESTED, nested),
    ):
        for name in names.split():
            if name in by_name:
                raise TypeError(f"field {name!r} has two data classes")
            by_name[name] = value

    def transform(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
        names = {f.name for f in fields}
        missing = sorted(names - by_name.keys())
        unknown = sorted(by_name.keys() - names)
        if missing or unknown:
            raise TypeError(
                f"{cls.__name__}: fields without a data class: {missing}; unknown: {unknown}"
            )
        out = []
        for f in fields:
            value = by_name[f.name]
            changes: dict[str, Any] = {"metadata": {**f.metadata, DATA_CLASS: value}}
            pseudonym = constraints_of(f).get("pattern") == ID_PATTERN
            if value in REPR_HIDDEN and f.repr is not False and not pseudonym:
                changes["repr"] = _hidden(REPR_HIDDEN[value])
            out.append(f.evolve(**changes))
        return out

    return transform


def unique_by(key: Callable[[Any], Any], label: str) -> Callable[[Any, Any, Any], None]:
    """Validator: no two items of a tuple share ``key``."""

    def validate(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        seen: set[Any] = set()
        for index, item in enumerate(value):
            k = key(item)
            if k in seen:
                raise InvalidValue("value.duplicate", (attribute.name, index), key=label)
            seen.add(k)

    validate.unique_key = key  # type: ignore[attr-defined] # read by the test-data strategies
    return validate
