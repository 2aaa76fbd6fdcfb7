"""The facility-specific indicators of appendix 4 (Tabel B4.5) that kv-rotterdam registers."""

import datetime as dt
from typing import ClassVar

import pytest

from kleinschalig.i18n import translate
from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, IntakeFacts, PlacementDecision, PlacementFacts
from kleinschalig.model.case import ActivityKind, DaytimeActivity
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance

PLUGIN_NAME = "kv-rotterdam"
#: The plugin is data: the package holds the YAML files the host reads.
PLUGIN = "kleinschalig_kv_rotterdam"
FACILITY_CODE = "kv-rotterdam-hoogvliet"


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = PLUGIN_NAME
    plugin = PLUGIN
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (7537, 8089)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "rhv-tg-10": 7636,
        "rhv-out-01": 7674,
        "rhv-out-03": 7682,
        "rhv-out-16": 7791,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {}
    #: Rotterdam's own targets from the project sheet 004 [004:L13-19], not in appendix 4.
    other_sources: ClassVar[dict[str, str]] = {
        "doel-behoud-activiteit": "004:L15",
        "doel-arbeidsreintegratie-gestart": "004:L16",
        "doel-arbeidsreintegratie-afgerond": "004:L16",
        "doel-bezetting": "004:L19",
    }
    #: Ids computed from the case record; the rest are observations.
    computable = frozenset(
        {
            "rhv-tg-10",
            "rhv-out-01",
            "rhv-out-03",
            "doel-behoud-activiteit",
            "doel-arbeidsreintegratie-gestart",
            "doel-arbeidsreintegratie-afgerond",
        }
    )

    def test_english_speaking_is_computed_among_those_placed(self, own):
        """English among the recorded languages; the denominator is everyone placed."""
        placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1))
        cohort = [
            CaseRecord(
                "fictief-rhv-ind-1",
                "c-1",
                placement=placed,
                intake=IntakeFacts(languages=("nl", "en")),
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

    @pytest.mark.parametrize(
        ("key", "fact"),
        [
            ("rhv-out-01", "kv-rotterdam.dossierscreening"),
            ("rhv-out-03", "kv-rotterdam.taaltest_afgenomen"),
        ],
    )
    def test_intake_steps_are_computed_from_declared_facts_among_those_placed(self, own, key, fact):
        """Yes among those placed; a placed record without the fact is excluded as missing;
        a candidate who was not placed is outside the denominator."""
        placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1))
        cohort = [
            CaseRecord(
                "fictief-rhv-ind-1", "c-1", placement=placed, facts=FactValues({fact: True})
            ),
            CaseRecord(
                "fictief-rhv-ind-2", "c-2", placement=placed, facts=FactValues({fact: True})
            ),
            CaseRecord(
                "fictief-rhv-ind-3", "c-3", placement=placed, facts=FactValues({fact: False})
            ),
            CaseRecord("fictief-rhv-ind-4", "c-4", placement=placed),
            CaseRecord(
                "fictief-rhv-ind-5",
                "c-5",
                placement=PlacementFacts(PlacementDecision.NOT_PLACED),
                facts=FactValues({fact: True}),
            ),
        ]
        report = compute(cohort, list(own.values()), on=dt.date(2020, 1, 1))
        r = report.result(f"{FACILITY_CODE}.{key}")
        assert (r.numerator, r.denominator, r.in_scope) == (2, 3, 4)
        assert r.value == pytest.approx(2 / 3)
        assert [(e.reason, e.case_ids, e.missing) for e in r.excluded] == [
            ("data.missing", ("c-4",), (fact,))
        ]


def test_the_main_outcome_is_computed_by_the_core_from_the_core_facts():
    """Keeping work or daytime activity through detention [004:L15, 001:L7884-7898] is
    Rotterdam's main outcome; the core indicators compute it from core facts at T1."""
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[(PLUGIN_NAME, PLUGIN)])
    assert host.errors == ()
    core = [i for i in host.catalogue.indicators_for(FACILITY_CODE) if i.id.startswith("core.")]
    left = PlacementFacts(
        PlacementDecision.PLACED,
        inflow_date=dt.date(2019, 5, 1),
        outflow_date=dt.date(2019, 7, 1),
    )

    def record(n, kind, facts=None, placement=left):
        return CaseRecord(
            f"fictief-rhv-uit-{n}",
            f"c-{n}",
            facility=FACILITY_CODE,
            placement=placement,
            daytime_activity=DaytimeActivity(kind),
            facts=FactValues(facts or {}),
        )

    def at_t1(throughout, activity):
        return {
            "core.activity_throughout_detention": {"t1": throughout},
            "core.daytime_activity": {"t1": activity},
        }

    still_in = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1))
    cohort = [
        record(1, ActivityKind.WORK, at_t1(True, "work")),
        record(2, ActivityKind.EDUCATION, at_t1(False, "none")),
        record(3, ActivityKind.NONE, at_t1(False, "work")),
        record(4, ActivityKind.WORK, at_t1(True, "work"), placement=still_in),
        record(5, ActivityKind.WORK),
    ]
    report = compute(cohort, core, on=dt.date(2020, 1, 1))
    throughout = report.result("core.st.dagbesteding-hele-detentie")
    # Those who left: 1, 2, 3 and 5; 5 has no T1 answer.
    assert (throughout.numerator, throughout.denominator, throughout.in_scope) == (1, 3, 4)
    kept = report.result("core.of.dagbesteding-behouden")
    # Those who left with an activity at intake: 1, 2 and 5; 5 has no T1 answer.
    assert (kept.numerator, kept.denominator, kept.in_scope, kept.value) == (1, 2, 3, 0.5)
    assert [e.case_ids for e in kept.excluded] == [("c-5",)]


def test_the_targets_of_the_project_sheet_are_computed_or_listed():
    """Rotterdam's own targets [004:L15-19]: kept activity among those who had one, the
    re-integration trajectory started in week one and completed after detention; the 70 %
    occupancy is the occupancy analysis, listed but not computed from case records."""
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[(PLUGIN_NAME, PLUGIN)])
    own = [i for i in host.catalogue.indicators_for(FACILITY_CODE) if ".doel-" in i.id]
    assert len(own) == 4
    left = PlacementFacts(
        PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1), outflow_date=dt.date(2019, 7, 1)
    )

    def record(n, kind, facts):
        return CaseRecord(
            f"fictief-rhv-doel-{n}",
            f"c-{n}",
            facility=FACILITY_CODE,
            placement=left,
            daytime_activity=DaytimeActivity(kind),
            facts=FactValues(facts),
        )

    week_one = "kv-rotterdam.arbeidsreintegratie_eerste_week"
    done = "kv-rotterdam.arbeidsreintegratie_afgerond"
    cohort = [
        record(1, ActivityKind.WORK, {"core.activity_throughout_detention": {"t1": True}}),
        record(2, ActivityKind.EDUCATION, {"core.activity_throughout_detention": {"t1": False}}),
        # daytime activity at intake: outside the target "opleiding, baan of zorgtraject"
        record(3, ActivityKind.DAY_ACTIVITY, {week_one: True, done: {"t2": True}}),
        record(4, ActivityKind.NONE, {week_one: True}),
        record(5, ActivityKind.NONE, {week_one: False}),
    ]
    report = compute(cohort, own, on=dt.date(2020, 1, 1))
    kept = report.result(f"{FACILITY_CODE}.doel-behoud-activiteit")
    assert (kept.numerator, kept.denominator, kept.in_scope) == (1, 2, 2)
    started = report.result(f"{FACILITY_CODE}.doel-arbeidsreintegratie-gestart")
    assert (started.numerator, started.denominator, started.in_scope) == (2, 3, 3)
    completed = report.result(f"{FACILITY_CODE}.doel-arbeidsreintegratie-afgerond")
    assert (completed.numerator, completed.denominator, completed.in_scope) == (1, 1, 2)
    assert [e.case_ids for e in completed.excluded] == [("c-4",)]
    occupancy = report.result(f"{FACILITY_CODE}.doel-bezetting")
    assert (occupancy.denominator, occupancy.value) == (0, None)
    bezetting = host.catalogue.indicator(f"{FACILITY_CODE}.doel-bezetting")
    assert "70 %" in translate(bezetting.label, "nl")
    assert "70 %" in translate(bezetting.description, "en")
