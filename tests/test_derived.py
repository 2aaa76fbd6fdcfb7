"""Values derived from immutable objects are remembered per object and leave with it."""

import gc

import attrs

from kleinschalig._derived import Derived


@attrs.frozen(slots=True)
class Box:
    items: tuple[str, ...]


def test_each_object_gets_its_own_value_even_when_equal():
    calls = []
    size = Derived(lambda box: calls.append(box) or len(box.items))
    first, second = Box(("a",)), Box(("a",))
    assert first == second
    assert (size(first), size(first), size(second)) == (1, 1, 1)
    assert [c is first for c in calls] == [True, False]
    assert len(size) == 2


def test_entries_leave_with_their_object():
    size = Derived(lambda box: len(box.items))
    boxes = [Box(tuple("x" * n)) for n in range(50)]
    assert [size(b) for b in boxes] == list(range(50))
    del boxes
    gc.collect()
    assert len(size) == 0
    assert size(Box(("y",))) == 1  # an object reusing a freed id is derived afresh
