"""Facility data of KV Almelo: dated capacity and the opening date (⚠ choices)."""

import datetime as dt
from pathlib import Path

import kleinschalig_kv_almelo
import pytest
import yaml

from kleinschalig.plugins import HostConfig, PluginHost

#: The plugin is its data package: the YAML files beside ``__init__.py``.
PLUGIN = ("kv-almelo", "kleinschalig_kv_almelo")
CRITERIA_FILE = Path(kleinschalig_kv_almelo.__file__).parent / "criteria.yaml"


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    assert host.errors == ()
    return host.catalogue


@pytest.fixture(scope="module")
def facility(catalogue):
    return catalogue.facility("kv-almelo")


@pytest.mark.parametrize(
    ("on", "places", "temporary"),
    [
        (dt.date(2021, 1, 1), 20, True),
        (dt.date(2021, 4, 30), 20, True),
        (dt.date(2021, 5, 1), 29, False),
        (dt.date(2023, 1, 1), 29, False),
    ],
)
def test_capacity_with_the_corona_reduction(facility, on, places, temporary):
    entry = facility.capacity_on(on)
    assert entry is not None
    assert (entry.places, entry.temporary) == (places, temporary)


def test_no_capacity_before_opening(facility):
    assert facility.capacity_on(dt.date(2020, 12, 31)) is None


def test_open_from_january_2021(facility):
    assert not facility.operating.is_open_on(dt.date(2020, 12, 31))
    assert facility.operating.is_open_on(dt.date(2021, 1, 1))


def test_criteria_ids_are_namespaced_and_unique(catalogue):
    # Uniqueness is checked on criteria.yaml itself (the register keeps one object per id),
    # and the ids written there are exactly those registered for this plugin.
    written = [c["id"] for c in yaml.safe_load(CRITERIA_FILE.read_text("utf-8"))["criteria"]]
    assert len(written) == len(set(written))
    assert all(i.startswith("kv-almelo.") for i in written)
    registered = [code for code, _c, owner in catalogue.criteria.items() if owner == "kv-almelo"]
    assert sorted(registered) == sorted(written)


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(PLUGIN, strict=True)
    assert host.catalogue.role("kv-almelo.weegtafel").label
    assert host.catalogue.facility("kv-almelo").accepted_titles == ("gevangenisstraf",)
