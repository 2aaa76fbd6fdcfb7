"""Dutch labels for enum members, kept beside the enums and checked by tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=type[Enum])

ENUM_LABELS: dict[type[Enum], Mapping[Enum, str]] = {}


def labelled(labels: Mapping[str, str]) -> Callable[[E], E]:
    """Class decorator: attach a Dutch msgid to every member (by value)."""

    def decorate(cls: E) -> E:
        missing = {m.value for m in cls} - set(labels)
        extra = set(labels) - {m.value for m in cls}
        if missing or extra:
            raise TypeError(f"{cls.__name__}: labels missing {missing} or unknown {extra}")
        ENUM_LABELS[cls] = {m: labels[m.value] for m in cls}
        return cls

    return decorate


def label_of(member: Enum) -> str:
    """The Dutch msgid of an enum member."""
    return ENUM_LABELS[type(member)][member]
