"""Facility data of KV Amsterdam: never opened, planned capacity 15/4/5."""

import datetime as dt

from kleinschalig_kv_amsterdam import plugin

from kleinschalig.model import OperatingStatus

FACILITY = plugin.FACILITY


def test_never_opened():
    assert FACILITY.operating.status is OperatingStatus.NEVER_OPENED
    assert FACILITY.operating.opened_on is None
    assert not FACILITY.operating.is_open_on(dt.date(2021, 3, 1))


def test_planned_capacity_by_regime():
    entry = FACILITY.capacity_on(dt.date(2019, 6, 26))
    assert entry is not None
    assert {p.regime: p.places for p in entry.pools} == {
        "kv": 15,
        "wmo_bridging": 4,
        "flexibel": 5,
    }
    assert entry.places == 24


def test_placement_basis_is_accepted():
    assert "pbw.43.3" in FACILITY.accepted_titles


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(("kv-amsterdam", plugin), strict=True)
    assert host.catalogue.role("kv-amsterdam.weegcommissie").label
    assert host.catalogue.role("kv-amsterdam.exodus").label
