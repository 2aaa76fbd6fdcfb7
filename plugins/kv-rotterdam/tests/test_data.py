"""Dated facts of KV Rotterdam Hoogvliet that case files cannot express: period, capacity.

The plugin is data (``facility.yaml``, ``criteria.yaml``, ...); these tests read the
objects it registers from the catalogue, as the conformance suite loads it.
"""

import datetime as dt

import pytest

from kleinschalig.plugins import HostConfig, PluginHost

D = dt.date

PLUGIN_NAME = "kv-rotterdam"
PLUGIN = "kleinschalig_kv_rotterdam"
FACILITY_CODE = "kv-rotterdam-hoogvliet"


@pytest.fixture(scope="module")
def host() -> PluginHost:
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[(PLUGIN_NAME, PLUGIN)])
    assert host.errors == ()
    return host


@pytest.fixture(scope="module")
def facility(host):
    return host.catalogue.facility(FACILITY_CODE)


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
def test_operating_period_and_dated_capacity(facility, on, is_open, places, places_max):
    assert facility.operating.is_open_on(on) is is_open
    entry = facility.capacity_on(on)
    assert (entry.places if entry else None) == places
    assert (entry.places_max if entry else None) == places_max


def test_the_capacity_choice_is_recorded(facility):
    reduced = facility.capacity[-1]
    assert "⚠" in reduced.reason
    assert "001:L4164" in reduced.reason


def test_the_closing_choice_is_recorded(facility):
    assert "⚠" in facility.operating.note
    assert "001:L4207-4208" in facility.operating.note


def test_every_criterion_is_scoped_to_the_facility_and_prefixed(host):
    ids = host.plugin(PLUGIN_NAME).registered["criterion"]
    assert ids
    for criterion_id in ids:
        c = host.catalogue.criterion(criterion_id)
        assert c.id.startswith("kv-rotterdam-hoogvliet.")
        assert c.scope.facilities == ("kv-rotterdam-hoogvliet",)
