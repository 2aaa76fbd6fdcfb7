"""Facility data of KV Almelo: dated capacity and the opening date (⚠ choices)."""

import datetime as dt

import pytest
from kleinschalig_kv_almelo import plugin

FACILITY = plugin.FACILITY


@pytest.mark.parametrize(
    ("on", "places", "temporary"),
    [
        (dt.date(2021, 1, 1), 20, True),
        (dt.date(2021, 4, 30), 20, True),
        (dt.date(2021, 5, 1), 29, False),
        (dt.date(2023, 1, 1), 29, False),
    ],
)
def test_capacity_with_the_corona_reduction(on, places, temporary):
    entry = FACILITY.capacity_on(on)
    assert entry is not None
    assert (entry.places, entry.temporary) == (places, temporary)


def test_no_capacity_before_opening():
    assert FACILITY.capacity_on(dt.date(2020, 12, 31)) is None


def test_open_from_january_2021():
    assert not FACILITY.operating.is_open_on(dt.date(2020, 12, 31))
    assert FACILITY.operating.is_open_on(dt.date(2021, 1, 1))


def test_criteria_ids_are_namespaced_and_unique():
    ids = [c.id for c in plugin.CRITERIA]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("kv-almelo.") for i in ids)


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(("kv-almelo", plugin), strict=True)
    assert host.catalogue.role("kv-almelo.weegtafel").label
    assert host.catalogue.facility("kv-almelo").accepted_titles == ("gevangenisstraf",)
