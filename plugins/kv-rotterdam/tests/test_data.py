"""Dated facts of KV Rotterdam Hoogvliet that case files cannot express: period, capacity."""

import datetime as dt

import pytest
from kleinschalig_kv_rotterdam import plugin

D = dt.date


@pytest.mark.parametrize(
    ("on", "is_open", "places", "places_max"),
    [
        (D(2019, 3, 31), False, None, None),
        (D(2019, 4, 1), True, 6, 8),
        (D(2019, 12, 31), True, 6, 8),
        (D(2020, 1, 1), True, 4, 4),
        (D(2020, 6, 30), True, 4, 4),
        (D(2020, 7, 1), False, None, None),
    ],
)
def test_operating_period_and_dated_capacity(on, is_open, places, places_max):
    facility = plugin.FACILITY
    assert facility.operating.is_open_on(on) is is_open
    entry = facility.capacity_on(on)
    assert (entry.places if entry else None) == places
    assert (entry.places_max if entry else None) == places_max


def test_the_capacity_choice_is_recorded():
    reduced = plugin.FACILITY.capacity[-1]
    assert "⚠" in reduced.reason
    assert "001:L4164" in reduced.reason


def test_the_closing_choice_is_recorded():
    assert "⚠" in plugin.FACILITY.operating.note
    assert "001:L4207-4208" in plugin.FACILITY.operating.note


def test_every_criterion_is_scoped_to_the_facility_and_prefixed():
    for c in plugin.CRITERIA:
        assert c.id.startswith("kv-rotterdam-hoogvliet.")
        assert c.scope.facilities == ("kv-rotterdam-hoogvliet",)
