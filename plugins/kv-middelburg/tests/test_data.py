"""Dated facts of the KVM that case files cannot express: versions, period, capacity.

The plugin is data (the YAML files of ``kleinschalig_kv_middelburg``); these tests load it
through the plugin host and read the registered objects from the catalogue.
"""

import datetime as dt

import pytest

from kleinschalig.model.conditions import All, AnyOf, Compare, Not, OneOf
from kleinschalig.model.fact_definitions import FactType
from kleinschalig.plugins import HostConfig, PluginHost

D = dt.date
PLUGIN = "kv-middelburg"
FACILITY_CODE = "kv-middelburg"


@pytest.fixture(scope="module")
def host():
    loaded = PluginHost.load(
        HostConfig(entry_points=False), plugins=[(PLUGIN, "kleinschalig_kv_middelburg")]
    )
    assert loaded.errors == ()
    return loaded


@pytest.fixture(scope="module")
def catalogue(host):
    return host.catalogue


@pytest.fixture(scope="module")
def criteria(host, catalogue):
    """Every criterion the plugin registers (what ``plugin.CRITERIA`` held)."""
    ids = host.plugin(PLUGIN).registered["criterion"]
    assert ids
    return [catalogue.criterion(cid) for cid in ids]


@pytest.mark.parametrize(
    ("on", "minimum", "maximum"),
    [
        (D(2020, 8, 1), "2w", "6m"),
        (D(2021, 3, 31), "2w", "6m"),
        (D(2021, 4, 1), "1m", "1y"),
        (D(2024, 5, 31), "1m", "1y"),
    ],
)
def test_sentence_bounds_switch_on_the_chosen_date(catalogue, on, minimum, maximum):
    rule = catalogue.criterion("kv-middelburg.strafduur").version_on(on).rule
    assert (str(rule.minimum), str(rule.maximum)) == (minimum, maximum)


def test_every_version_records_the_switch_choice_with_both_citations(catalogue):
    for version in catalogue.criterion("kv-middelburg.strafduur").versions:
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
def test_pilot_period_and_capacity(catalogue, on, is_open, places):
    facility = catalogue.facility(FACILITY_CODE)
    assert facility.operating.is_open_on(on) is is_open
    entry = facility.capacity_on(on)
    assert (entry.places if entry else None) == places


def test_every_criterion_is_scoped_to_the_facility_and_prefixed(criteria):
    for c in criteria:
        assert c.id.startswith("kv-middelburg.")
        assert c.scope.facilities == ("kv-middelburg",)


# --- What the Python form shared by construction ------------------------------------------
# facts.py defined the pre-scan fact ids once (PRESCAN) and one condition "a partner
# objected" (PRESCAN_OBJECTION) that the criterion, the workflow and the indicators all used;
# in the YAML each place writes it out, so these tests keep the places the same.

PRESCAN = (
    "kv-middelburg.prescan_om",
    "kv-middelburg.prescan_politie",
    "kv-middelburg.prescan_reclassering_veiligheidshuis",
)
CHECK_OUTCOMES = ("geen_bezwaar", "bezwaar", "niet_uitgevoerd")
SCREENING_GUARD = All(
    (
        Compare("daytime_activity.hours_per_week", "ge", 24),
        Compare("daytime_activity.employer_willing_to_be_checked", "eq", True),
    )
)


def prescan_objection():
    return AnyOf(tuple(OneOf(fact, ("bezwaar",)) for fact in PRESCAN))


def test_the_pre_scan_checks_and_the_employer_check_share_the_three_outcomes(catalogue):
    for fact_id in (*PRESCAN, "kv-middelburg.werkgeverscheck"):
        fact = catalogue.fact(fact_id)
        assert fact.type is FactType.ENUM, fact_id
        assert tuple(choice.code for choice in fact.choices) == CHECK_OUTCOMES, fact_id


def test_one_objection_condition_for_criterion_workflow_and_indicators(catalogue):
    objection = prescan_objection()
    (version,) = catalogue.criterion("kv-middelburg.prescan-bezwaar").versions
    assert version.rule == objection
    no_objection = All(tuple(OneOf(fact, ("geen_bezwaar", "niet_uitgevoerd")) for fact in PRESCAN))
    workflow = catalogue.workflow("kv-middelburg.instroom")
    assert len(workflow.versions) == 2
    for flow in workflow.versions:
        assert flow.transition("prescan_bezwaar").guard == objection
        assert flow.transition("uitnodigen").guard == no_objection
        assert flow.transition("advies_vragen").guard == SCREENING_GUARD
    candidates = Compare("facility", "eq", FACILITY_CODE)
    screened = All((candidates, Not(objection), *SCREENING_GUARD.conditions))
    denominators = {
        i.id: i.measure.denominator
        for i in catalogue.indicators_for(FACILITY_CODE)
        if i.id.startswith("kv-middelburg.mid-in-")
    }
    assert denominators == {
        "kv-middelburg.mid-in-02": candidates,
        "kv-middelburg.mid-in-03": candidates,
        "kv-middelburg.mid-in-04": candidates,
        "kv-middelburg.mid-in-06": screened,
        "kv-middelburg.mid-in-08": screened,
        "kv-middelburg.mid-in-10": screened,
    }
