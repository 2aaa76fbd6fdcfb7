"""Strict structure hooks: no silent coercion of ``"5"`` to 5 or ``"yes"`` to True."""

from __future__ import annotations

import datetime as dt
import types
from enum import Enum, StrEnum
from functools import cache
from typing import Any, Union, get_args, get_origin

from cattrs import Converter
from cattrs.errors import ClassValidationError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_unstructure_fn

from kleinschalig.dates import Duration, parse_date
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.conditions import CONDITION_CLASSES, Condition, Scalar
from kleinschalig.model.events import EVENT_CLASSES, CaseEvent
from kleinschalig.model.fact_values import FactValues, normalise_facts
from kleinschalig.model.indicators import MEASURE_CLASSES, Measure
from kleinschalig.model.sources import DocumentSource, LegalSource, Source

_EXPECTED = {
    str: N_("tekst"),
    int: N_("een geheel getal"),
    float: N_("een getal"),
    bool: N_("true of false"),
    list: N_("een lijst"),
    dict: N_("een object"),
}


def wrong_type(expected: type) -> InvalidValue:
    return InvalidValue("type.invalid", expected=_EXPECTED.get(expected, expected.__name__))


def _structure_str(value: Any, _t: type) -> str:
    if type(value) is not str:
        raise wrong_type(str)
    return value


def _optional_str(value: Any, _t: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    raise wrong_type(str)


def _structure_facts(value: Any, _t: type) -> FactValues:
    """The ``facts`` object: every malformed value reported at its own path."""
    if type(value) is not dict:
        raise wrong_type(dict)
    entries, problems = normalise_facts(value)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ClassValidationError("invalid facts", problems, FactValues)
    return FactValues(entries)


def _structure_int(value: Any, _t: type) -> int:
    if type(value) is not int:
        raise wrong_type(int)
    return value


def _structure_float(value: Any, _t: type) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise wrong_type(float)


def _structure_bool(value: Any, _t: type) -> bool:
    if type(value) is not bool:
        raise wrong_type(bool)
    return value


def _structure_date(value: Any, _t: type) -> dt.date:
    if type(value) is not str:
        raise InvalidValue("date.invalid")
    return parse_date(value)


def _structure_duration(value: Any, _t: type) -> Duration:
    if type(value) is not str:
        raise InvalidValue("duration.invalid")
    known = _PARSED_DURATIONS.get(value)
    if known is None:
        known = Duration.parse(value)
        if len(_PARSED_DURATIONS) < 4_096:  # sentence lengths recur; bounded, never evicted
            _PARSED_DURATIONS[value] = known
    return known


_PARSED_DURATIONS: dict[str, Duration] = {}


@cache
def _enum_table(enum_type: type[Enum]) -> tuple[dict[Any, Enum], str]:
    by_value = {member.value: member for member in enum_type}
    return by_value, ", ".join(str(v) for v in by_value)


def _structure_enum(value: Any, enum_type: type[Enum]) -> Enum:
    by_value, allowed = _enum_table(enum_type)
    try:
        return by_value[value]
    except (KeyError, TypeError):
        raise InvalidValue("value.not_allowed", allowed=allowed) from None


def _optional_bool(value: Any, _t: Any) -> bool | None:
    if value is None or type(value) is bool:
        return value
    raise wrong_type(bool)


def _optional_int(value: Any, _t: Any) -> int | None:
    if value is None or type(value) is int:
        return value
    raise wrong_type(int)


def _optional_date(value: Any, _t: Any) -> dt.date | None:
    return None if value is None else _structure_date(value, dt.date)


_OPTIONAL_SCALARS: dict[Any, Any] = {
    bool: _optional_bool,
    int: _optional_int,
    dt.date: _optional_date,
}


def _optional_enum(enum_type: type[Enum]) -> Any:
    """``SomeEnum | None`` in one call: these fill most of a record's optional fields."""
    by_value, allowed = _enum_table(enum_type)

    def structure(value: Any, _t: Any) -> Enum | None:
        if value is None:
            return None
        try:
            return by_value[value]
        except (KeyError, TypeError):
            raise InvalidValue("value.not_allowed", allowed=allowed) from None

    return structure


_SOURCE_CLASSES: dict[str, type[LegalSource] | type[DocumentSource]] = {
    "law": LegalSource,
    "document": DocumentSource,
}


def _enum_value(value: Any) -> Any:
    # A wrong value (a plain string where an enum belongs) passes through, so that
    # structuring it again reports the field instead of crashing here.
    return value.value if isinstance(value, Enum) else value


def _is(union: Any) -> Any:
    return lambda t: t == union


def _tagged(base: Any, tag: str) -> Any:
    """Write the tag of a union member (``op``, ``type``) even though it equals its default."""

    def unstructure(value: Any) -> dict[str, Any]:
        return {tag: getattr(value, tag), **base(value)}

    return unstructure


def _is_simple_optional(t: Any) -> bool:
    """``X | None`` with exactly one other member (not the source union)."""
    if get_origin(t) not in (Union, types.UnionType):
        return False
    args = get_args(t)
    return len(args) == 2 and type(None) in args and t not in (Source, Condition)


def register(converter: Converter) -> None:
    """Install every hook on ``converter``."""
    # Class hooks dispatch on the MRO, so StrEnum must be named before str wins it.
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(Duration, _structure_duration)
    converter.register_unstructure_hook(Duration, str)
    converter.register_structure_hook(FactValues, _structure_facts)
    converter.register_unstructure_hook(FactValues, FactValues.to_json)
    converter.register_structure_hook(Enum, _structure_enum)
    converter.register_structure_hook(StrEnum, _structure_enum)
    converter.register_unstructure_hook(Enum, _enum_value)
    converter.register_unstructure_hook(StrEnum, _enum_value)

    detailed = converter.detailed_validation

    def tuple_factory(t: Any) -> Any:
        element = get_args(t)[0]
        hook = converter.get_structure_hook(element)

        def structure_tuple(value: Any, _t: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise wrong_type(list)
            if not detailed:
                return tuple([hook(item, element) for item in value])
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(hook(item, element))
                except Exception as exc:
                    exc.add_note(IterableValidationNote(f"@ index {index}", index, element))
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, t)
            return tuple(items)

        return structure_tuple

    converter.register_structure_hook_factory(
        lambda t: getattr(t, "__origin__", None) is tuple and get_args(t)[1:] == (Ellipsis,),
        tuple_factory,
    )

    def optional_factory(t: Any) -> Any:
        inner = next(a for a in get_args(t) if a is not type(None))
        if inner is str:
            return _optional_str
        if inner in _OPTIONAL_SCALARS:
            return _OPTIONAL_SCALARS[inner]
        if isinstance(inner, type) and issubclass(inner, Enum):
            return _optional_enum(inner)
        hook = converter.get_structure_hook(inner)

        def structure_optional(value: Any, _t: Any) -> Any:
            return None if value is None else hook(value, inner)

        return structure_optional

    converter.register_structure_hook_factory(_is_simple_optional, optional_factory)

    def tagged_union(tag: str, classes: dict[str, Any]) -> Any:
        """Structure a union whose members are told apart by the value of ``tag``."""

        member_hooks: dict[Any, tuple[Any, Any]] = {}  # filled on first use: hooks are final

        def structure(value: Any, _t: Any) -> Any:
            if type(value) is not dict:
                raise wrong_type(dict)
            key = value.get(tag)
            member = member_hooks.get(key) if type(key) is str else None
            if member is None:
                cls = classes.get(key) if isinstance(key, str) else None
                if cls is None and tag not in value:
                    # the tag is absent: say so where it belongs, not "not allowed"
                    raise InvalidValue("field.missing", tag)
                if cls is None:
                    raise InvalidValue("value.not_allowed", tag, allowed=", ".join(classes))
                member = member_hooks[key] = (converter.get_structure_hook(cls), cls)
            return member[0](value, member[1])

        return structure

    def unstructure_source(value: Source) -> dict[str, Any]:
        # Inside the union the tag is always written, even though it is the default.
        return {"kind": value.kind, **converter.unstructure(value, type(value))}

    def structure_scalar(value: Any, _t: Any) -> Any:
        if type(value) in (bool, int, float, str):
            return value
        raise InvalidValue("type.invalid", expected=N_("tekst, getal of true/false"))

    for union, tag, classes in (
        (Condition, "op", CONDITION_CLASSES),
        (CaseEvent, "type", EVENT_CLASSES),
        (Measure, "kind", MEASURE_CLASSES),
    ):
        for cls in classes.values():
            base: Any = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
            converter.register_unstructure_hook(cls, _tagged(base, tag))
        converter.register_structure_hook_func(_is(union), tagged_union(tag, classes))
    converter.register_structure_hook_func(lambda t: t == Scalar, structure_scalar)
    converter.register_structure_hook_func(
        lambda t: t == Source, tagged_union("kind", _SOURCE_CLASSES)
    )
    converter.register_unstructure_hook_func(lambda t: t == Source, unstructure_source)
    # A source written on its own carries its tag too, so it reads back as a Source.
    for cls in _SOURCE_CLASSES.values():
        base = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
        converter.register_unstructure_hook(cls, _tagged(base, "kind"))
