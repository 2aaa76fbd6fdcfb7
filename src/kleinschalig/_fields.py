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
DOC: Final = "kleinschalig.doc"

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
    doc: str = "",
    validator: Callable[[Any, Any, Any], None] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for :func:`attrs.field` carrying declared constraints.

    Use as ``attrs.field(default=None, **spec(minimum=0))``. ``sensitive`` fields
    (birth dates, free text) are left out of ``repr`` and marked in the schema with
    ``x-sensitive`` so front ends and role views can treat them with care.
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
        "metadata": {CONSTRAINTS: constraints, SENSITIVE: sensitive, DOC: doc},
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


def doc_of(attribute: attrs.Attribute[Any]) -> str:
    return str(attribute.metadata.get(DOC, ""))


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
