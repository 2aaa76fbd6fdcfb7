"""Facility data of KV Krimpen: places of different regimes on one ward, dated versions."""

import datetime as dt

import pytest
from kleinschalig_kv_krimpen import plugin

FACILITY = plugin.FACILITY
CRITERIA = {c.id: c for c in plugin.CRITERIA}


@pytest.mark.parametrize(
    ("on", "pools"),
    [
        (dt.date(2019, 1, 1), {"gesloten": 14, "zbbi": 16}),
        (dt.date(2020, 4, 30), {"gesloten": 14, "zbbi": 16}),
        (dt.date(2020, 5, 1), {"gesloten": 28}),
        (dt.date(2021, 4, 1), {"gesloten": 28}),
    ],
)
def test_places_by_regime(on, pools):
    entry = FACILITY.capacity_on(on)
    assert entry is not None
    assert {p.regime: p.places for p in entry.pools} == pools


def test_remaining_sentence_switches_on_the_recorded_revision_date():
    criterion = CRITERIA["kv-krimpen.strafrestant"]
    old = criterion.version_on(dt.date(2019, 12, 31))
    new = criterion.version_on(dt.date(2020, 1, 1))
    assert old is not None
    assert new is not None
    assert old is not new
    assert (old.rule.minimum.months, old.rule.maximum.months) == (3, 36)
    assert (new.rule.minimum.months, new.rule.maximum.months) == (6, 24)


def test_distance_rule_is_dropped_with_the_revision():
    criterion = CRITERIA["kv-krimpen.afstand-uitstroomgemeente"]
    assert criterion.version_on(dt.date(2019, 12, 31)) is not None
    assert criterion.version_on(dt.date(2020, 1, 1)) is None


def test_loads_strictly_with_roles(kleinschalig_host_factory):
    host = kleinschalig_host_factory(("kv-krimpen", plugin), strict=True)
    for code in ("kv-krimpen.gnd", "kv-krimpen.afdelingshoofd", "kv-krimpen.mdo"):
        assert host.catalogue.role(code).label
