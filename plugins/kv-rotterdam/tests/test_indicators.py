"""The facility-specific indicators of appendix 4 (Tabel B4.5) that kv-rotterdam registers."""

import datetime as dt

import pytest
from kleinschalig_kv_rotterdam.plugin import FACILITY_CODE

from kleinschalig.i18n import translate
from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, IntakeFacts, PlacementDecision, PlacementFacts
from kleinschalig.model.indicators import Observation
from kleinschalig.national.indicators import CORE_INDICATORS
from kleinschalig.plugins import HostConfig, PluginHost

PLUGIN = ("kv-rotterdam", "kleinschalig_kv_rotterdam.plugin")

#: Appendix id (lower case) -> the seed-001 line where the topic starts
#: (the facility-specific items of the indicator catalogue, §3.3).
APPENDIX = {
    "rhv-tg-10": 7636,
    "rhv-out-01": 7674,
    "rhv-out-03": 7682,
    "rhv-out-16": 7791,
}
#: The concept keys of those items that have one (used by this KV only).
COMMON_KEYS = {}
#: Appendix ids computed from the case record; the rest are observations.
COMPUTABLE = {"rhv-tg-10"}


@pytest.fixture(scope="module")
def host():
    return PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])


@pytest.fixture(scope="module")
def own(host):
    return {
        i.id: i
        for i in host.catalogue.indicators_for(FACILITY_CODE)
        if not i.id.startswith("core.")
    }


def test_plugin_loads_with_its_indicators(host):
    assert host.errors == ()
    info = host.plugin(PLUGIN[0])
    assert info.status == "active"
    assert set(info.registered["indicator"]) == {f"{FACILITY_CODE}.{k}" for k in APPENDIX}


def test_the_expected_ids_are_registered_for_the_facility(own):
    assert set(own) == {f"{FACILITY_CODE}.{k}" for k in APPENDIX}
    assert all(i.scope.facilities == (FACILITY_CODE,) for i in own.values())


def test_every_id_maps_to_its_appendix_line(own):
    for key, line in APPENDIX.items():
        sources = own[f"{FACILITY_CODE}.{key}"].sources
        assert [(s.document, s.first_line, s.last_line) for s in sources] == [("001", line, line)]
        assert 7537 <= line <= 8089, key


def test_concept_keys_are_the_catalogue_keys_and_not_core_ones(own):
    keys = {k: i.common_key for k, i in own.items() if i.common_key}
    assert keys == {f"{FACILITY_CODE}.{k}": v for k, v in COMMON_KEYS.items()}
    assert not set(keys.values()) & {i.common_key for i in CORE_INDICATORS}


def test_only_facts_of_the_case_record_are_computed(own):
    computed = {k for k, i in own.items() if not isinstance(i.measure, Observation)}
    assert computed == {f"{FACILITY_CODE}.{k}" for k in COMPUTABLE}
    assert all(i.measure.denominator is not None for k, i in own.items() if k in computed)


def test_observations_are_listed_but_not_computed(own):
    placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2021, 3, 1))
    cohort = [
        CaseRecord(
            "fictief-rhv-ind-1", "c-1", placement=placed, intake=IntakeFacts(motivated=True)
        ),
        CaseRecord("fictief-rhv-ind-2", "c-2"),
    ]
    report = compute(cohort, list(own.values()), on=dt.date(2022, 12, 31))
    for key, indicator in own.items():
        if isinstance(indicator.measure, Observation):
            r = report.result(key)
            assert (r.denominator, r.value, r.excluded) == (0, None, ())
            assert r.note


def test_english_speaking_is_computed_among_those_placed(own):
    """English among the recorded languages; the denominator is everyone placed."""
    placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1))
    cohort = [
        CaseRecord(
            "fictief-rhv-ind-1", "c-1", placement=placed, intake=IntakeFacts(languages=("nl", "en"))
        ),
        CaseRecord(
            "fictief-rhv-ind-2", "c-2", placement=placed, intake=IntakeFacts(languages=("nl",))
        ),
        CaseRecord("fictief-rhv-ind-3", "c-3", placement=placed),
        CaseRecord(
            "fictief-rhv-ind-4",
            "c-4",
            placement=PlacementFacts(PlacementDecision.NOT_PLACED),
            intake=IntakeFacts(languages=("en",)),
        ),
    ]
    report = compute(cohort, list(own.values()), on=dt.date(2020, 1, 1))
    r = report.result(f"{FACILITY_CODE}.rhv-tg-10")
    assert (r.numerator, r.denominator, r.in_scope, r.value) == (1, 2, 3, 0.5)
    assert [(e.reason, e.case_ids, e.missing) for e in r.excluded] == [
        ("data.missing", ("c-3",), ("intake.languages",))
    ]
    assert translate(own[f"{FACILITY_CODE}.rhv-tg-10"].label, "en") == "English-speaking"
