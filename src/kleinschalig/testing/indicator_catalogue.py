"""Checks for a plugin that registers indicators taken from a source catalogue.

A facility whose indicators come from a list in a source document (appendix 4
of the pilot evaluation, say) subclasses this in a test module and states what
it expects; every ``test_*`` method then checks the plugin against it::

    from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance

    class TestIndicators(IndicatorCatalogueConformance):
        plugin_name = "kv-voorbeeldstad"
        plugin = "kleinschalig_kv_voorbeeldstad.plugin"
        facility_code = "kv-voorbeeldstad"
        document = "001"
        section = (7092, 7535)          # the lines of the facility's part of the list
        catalogue_lines = {"vbs-in-01": 7114}  # local id -> the line the item starts on
        common_keys = {}                # local id -> concept key, where the list has one
        computable = set()              # local ids computed from the case record
        other_sources = {}              # local id -> first citation, for items not in the list

The checks: the plugin loads with exactly these indicators, each scoped to the
facility and citing its one line of the document within the section (an item
taken from another source, such as a project sheet's targets, is listed in
``other_sources`` with the citation it starts with instead); concept
keys are the listed ones and no core concept is claimed again; only the
computable ids are computed (each with a denominator); and every other
indicator is an observation that is listed with a note but never computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import ClassVar

import pytest

from kleinschalig.indicators import compute
from kleinschalig.model import (
    CaseRecord,
    DocumentSource,
    IntakeFacts,
    PlacementDecision,
    PlacementFacts,
)
from kleinschalig.model.indicators import Indicator, Observation
from kleinschalig.national.indicators import CORE_INDICATORS
from kleinschalig.plugins import HostConfig, PluginHost

__all__ = ["IndicatorCatalogueConformance"]


class IndicatorCatalogueConformance:
    """Base class of a plugin's indicator-catalogue tests; set the class attributes."""

    plugin_name: ClassVar[str]
    plugin: ClassVar[object]
    facility_code: ClassVar[str]
    #: The source document the items come from, and the first and last line of the part
    #: of the list that belongs to this facility.
    document: ClassVar[str]
    section: ClassVar[tuple[int, int]]
    #: Local id (without the facility prefix) -> the document line the item starts on.
    catalogue_lines: ClassVar[Mapping[str, int]]
    common_keys: ClassVar[Mapping[str, str]] = {}
    computable: ClassVar[frozenset[str] | set[str]] = frozenset()
    #: Local id -> the citation its sources start with, for the facility's own indicators
    #: that are not in the catalogue (``{"doel-bezetting": "004:L19"}``).
    other_sources: ClassVar[Mapping[str, str]] = {}

    def full_id(self, key: str) -> str:
        return f"{self.facility_code}.{key}"

    def expected_ids(self) -> set[str]:
        return {self.full_id(k) for k in (*self.catalogue_lines, *self.other_sources)}

    @pytest.fixture(scope="class")
    @classmethod
    def host(cls) -> PluginHost:
        """The plugin loaded alone next to the core, without installed plugins."""
        return PluginHost.load(
            HostConfig(entry_points=False), plugins=[(cls.plugin_name, cls.plugin)]
        )

    @pytest.fixture(scope="class")
    @classmethod
    def own(cls, host: PluginHost) -> dict[str, Indicator]:
        """The facility's own indicators (not the core ones), by id."""
        return {
            i.id: i
            for i in host.catalogue.indicators_for(cls.facility_code)
            if not i.id.startswith("core.")
        }

    def test_plugin_loads_with_its_indicators(self, host: PluginHost) -> None:
        assert host.errors == ()
        info = host.plugin(self.plugin_name)
        assert info.status == "active"
        assert set(info.registered["indicator"]) == self.expected_ids()

    def test_the_expected_ids_are_registered_for_the_facility(
        self, own: dict[str, Indicator]
    ) -> None:
        assert set(own) == self.expected_ids()
        assert all(i.scope.facilities == (self.facility_code,) for i in own.values())

    def test_every_id_maps_to_its_catalogue_line(self, own: dict[str, Indicator]) -> None:
        first, last = self.section
        for key, line in self.catalogue_lines.items():
            sources = own[self.full_id(key)].sources
            cited = [
                (s.document, s.first_line, s.last_line) if isinstance(s, DocumentSource) else s
                for s in sources
            ]
            assert cited == [(self.document, line, line)], key
            assert first <= line <= last, key
        for key, citation in self.other_sources.items():
            sources = own[self.full_id(key)].sources
            assert isinstance(sources[0], DocumentSource), key
            assert sources[0].citation == citation, key

    def test_concept_keys_are_the_catalogue_keys_and_not_core_ones(
        self, own: dict[str, Indicator]
    ) -> None:
        keys = {k: i.common_key for k, i in own.items() if i.common_key}
        assert keys == {self.full_id(k): v for k, v in self.common_keys.items()}
        assert not set(keys.values()) & {i.common_key for i in CORE_INDICATORS}

    def test_only_facts_of_the_case_record_are_computed(self, own: dict[str, Indicator]) -> None:
        computed = {k for k, i in own.items() if not isinstance(i.measure, Observation)}
        assert computed == {self.full_id(k) for k in self.computable}
        assert all(
            getattr(i.measure, "denominator", None) is not None
            for k, i in own.items()
            if k in computed
        )

    def test_observations_are_listed_but_not_computed(self, own: dict[str, Indicator]) -> None:
        placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2021, 3, 1))
        cohort = [
            CaseRecord(
                f"fictief-{self.facility_code}-ind-1",
                "c-1",
                placement=placed,
                intake=IntakeFacts(motivated=True),
            ),
            CaseRecord(f"fictief-{self.facility_code}-ind-2", "c-2"),
        ]
        report = compute(cohort, list(own.values()), on=dt.date(2022, 12, 31))
        for key, indicator in own.items():
            if isinstance(indicator.measure, Observation):
                r = report.result(key)
                assert (r.denominator, r.value, r.excluded) == (0, None, ())
                assert r.note
