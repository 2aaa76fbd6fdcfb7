"""Facility data of KV Krimpen: places of different regimes on one ward, dated versions."""

import datetime as dt

import pytest

from kleinschalig.catalogue import Catalogue
from kleinschalig.plugins import HostConfig, PluginHost

PLUGIN = ("kv-krimpen", "kleinschalig_kv_krimpen")
FACILITY_CODE = "kv-krimpen"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The plugin's data package loaded alone next to the core."""
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    assert host.errors == ()
    return host.catalogue


@pytest.mark.parametrize(
    ("on", "pools"),
    [
        (dt.date(2019, 1, 1), {"zbbi": 16}),
        (dt.date(2020, 4, 30), {"zbbi": 16}),
    ],
)
def test_the_kv_is_the_sixteen_zbbi_places_of_dc_ii(catalogue, on, pools):
    # 001:L3526: 16 ZBBI places in the KV, and besides them 14 places for De Compagnie I.
    entry = catalogue.facility(FACILITY_CODE).capacity_on(on)
    assert entry is not None
    assert {p.regime: p.places for p in entry.pools} == pools


@pytest.mark.parametrize("on", [dt.date(2020, 5, 1), dt.date(2021, 4, 1)])
def test_dc_iia_is_not_the_kv(catalogue, on):
    # DC II was open until 1 May 2020; DC IIa is a closed regime (001:L3586, L3591-3596).
    facility = catalogue.facility(FACILITY_CODE)
    assert facility.capacity_on(on) is None
    assert facility.operating.is_open_on(on) is False
    assert facility.operating.closed_on == dt.date(2020, 4, 30)
    assert facility.operating.is_open_on(dt.date(2020, 4, 30)) is True


def test_remaining_sentence_switches_on_the_recorded_revision_date(catalogue):
    criterion = catalogue.criterion("kv-krimpen.strafrestant")
    old = criterion.version_on(dt.date(2019, 12, 31))
    new = criterion.version_on(dt.date(2020, 1, 1))
    assert old is not None
    assert new is not None
    assert old is not new
    assert (old.rule.minimum.months, old.rule.maximum.months) == (3, 36)
    assert (new.rule.minimum.months, new.rule.maximum.months) == (6, 24)


def test_distance_rule_is_dropped_with_the_revision(catalogue):
    criterion = catalogue.criterion("kv-krimpen.afstand-uitstroomgemeente")
    assert criterion.version_on(dt.date(2019, 12, 31)) is not None
    assert criterion.version_on(dt.date(2020, 1, 1)) is None


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(PLUGIN, strict=True)
    for code in ("kv-krimpen.gnd", "kv-krimpen.afdelingshoofd", "kv-krimpen.mdo"):
        assert host.catalogue.role(code).label
