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
        (dt.date(2019, 1, 1), {"gesloten": 14, "zbbi": 16}),
        (dt.date(2020, 4, 30), {"gesloten": 14, "zbbi": 16}),
        (dt.date(2020, 5, 1), {"gesloten": 28}),
        (dt.date(2021, 4, 1), {"gesloten": 28}),
    ],
)
def test_places_by_regime(catalogue, on, pools):
    entry = catalogue.facility(FACILITY_CODE).capacity_on(on)
    assert entry is not None
    assert {p.regime: p.places for p in entry.pools} == pools


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
