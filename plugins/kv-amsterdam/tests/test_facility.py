"""Facility data of KV Amsterdam: never opened, planned capacity 15/4/5."""

import datetime as dt

import pytest

from kleinschalig.model import OperatingStatus
from kleinschalig.plugins import HostConfig, PluginHost

PLUGIN = ("kv-amsterdam", "kleinschalig_kv_amsterdam")
FACILITY_CODE = "kv-amsterdam"


@pytest.fixture(scope="module")
def facility():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    assert host.errors == ()
    return host.catalogue.facility(FACILITY_CODE)


def test_never_opened(facility):
    assert facility.operating.status is OperatingStatus.NEVER_OPENED
    assert facility.operating.opened_on is None
    assert not facility.operating.is_open_on(dt.date(2021, 3, 1))


def test_planned_capacity_by_regime(facility):
    entry = facility.capacity_on(dt.date(2019, 6, 26))
    assert entry is not None
    assert {p.regime: p.places for p in entry.pools} == {
        "kv": 15,
        "wmo_bridging": 4,
        "flexibel": 5,
    }
    assert entry.places == 24


def test_placement_basis_is_accepted(facility):
    assert "pbw.43.3" in facility.accepted_titles


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(PLUGIN, strict=True)
    assert host.catalogue.role("kv-amsterdam.weegcommissie").label
    assert host.catalogue.role("kv-amsterdam.exodus").label
