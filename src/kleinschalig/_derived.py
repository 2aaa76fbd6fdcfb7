"""Values derived once from an immutable object, remembered for as long as it lives.

Frozen model objects (a workflow version, say) are often asked the same
question many times — which transition has this id — over a long cohort pass.
Hashing a deep frozen object costs more than the answer, so entries are keyed
by identity and dropped when their object is collected (a weak reference), so
nothing outlives what it was derived from.

>>> import attrs
>>> @attrs.frozen(slots=True)
... class Box:
...     items: tuple[str, ...]
>>> positions = Derived(lambda box: {item: i for i, item in enumerate(box.items)})
>>> box = Box(("a", "b"))
>>> positions(box)["b"], positions(box) is positions(box)
(1, True)
>>> del box
>>> len(positions)
0
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Derived"]

K = TypeVar("K")
V = TypeVar("V")


class Derived(Generic[K, V]):
    """``derive(obj)`` computed once per live object ``obj`` (which must allow weak references)."""

    __slots__ = ("_derive", "_entries")

    def __init__(self, derive: Callable[[K], V]) -> None:
        self._derive = derive
        self._entries: dict[int, tuple[weakref.ref[K], V]] = {}

    def __call__(self, obj: K) -> V:
        key = id(obj)
        entry = self._entries.get(key)
        if entry is not None and entry[0]() is obj:
            return entry[1]
        value = self._derive(obj)
        entries = self._entries

        def forget(ref: weakref.ref[K], key: int = key) -> None:
            if (current := entries.get(key)) is not None and current[0] is ref:
                del entries[key]

        entries[key] = (weakref.ref(obj, forget), value)
        return value

    def __len__(self) -> int:
        return len(self._entries)
