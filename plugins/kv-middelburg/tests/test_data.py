"""Dated facts of the KVM that case files cannot express: versions, period, capacity."""

import datetime as dt

import pytest
from kleinschalig_kv_middelburg import plugin

D = dt.date


def criterion(cid: str):
    return next(c for c in plugin.CRITERIA if c.id == cid)


@pytest.mark.parametrize(
    ("on", "minimum", "maximum"),
    [
        (D(2020, 8, 1), "2w", "6m"),
        (D(2021, 3, 31), "2w", "6m"),
        (D(2021, 4, 1), "1m", "1y"),
        (D(2024, 5, 31), "1m", "1y"),
    ],
)
def test_sentence_bounds_switch_on_the_chosen_date(on, minimum, maximum):
    rule = criterion("kv-middelburg.strafduur").version_on(on).rule
    assert (str(rule.minimum), str(rule.maximum)) == (minimum, maximum)


def test_every_version_records_the_switch_choice_with_both_citations():
    for version in criterion("kv-middelburg.strafduur").versions:
        assert "⚠" in version.note
        assert "001:L2029" in version.note
        assert "000:L3-4" in version.note


@pytest.mark.parametrize(
    ("on", "is_open", "places"),
    [
        (D(2020, 7, 31), False, None),
        (D(2020, 8, 1), True, 10),
        (D(2024, 5, 31), True, 10),
        (D(2024, 6, 1), False, None),
    ],
)
def test_pilot_period_and_capacity(on, is_open, places):
    facility = plugin.FACILITY
    assert facility.operating.is_open_on(on) is is_open
    entry = facility.capacity_on(on)
    assert (entry.places if entry else None) == places


def test_every_criterion_is_scoped_to_the_facility_and_prefixed():
    for c in plugin.CRITERIA:
        assert c.id.startswith("kv-middelburg.")
        assert c.scope.facilities == ("kv-middelburg",)
