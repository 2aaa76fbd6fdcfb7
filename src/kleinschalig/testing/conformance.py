"""The conformance suite every facility plugin runs in its own tests.

Subclass it in a test module and name the plugin::

    from kleinschalig.testing.conformance import FacilityPluginConformance

    class TestConformance(FacilityPluginConformance):
        plugin_name = "kv-voorbeeldstad"
        plugin = "kleinschalig_kv_voorbeeldstad.plugin"

Every ``test_*`` method below then runs against that plugin: it loads without
errors, its labels are translated, everything cites a source, its data
round-trips and matches the JSON Schema, its codes clash with no installed
plugin, its declared facts take valid values, and its intervention logic leads
to an einddoel.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import attrs
import pytest

from kleinschalig.codec.converter import structure, unstructure
from kleinschalig.codec.schema import json_schema
from kleinschalig.i18n import has_translation
from kleinschalig.model import (
    DocumentSource,
    Facility,
    InterventionLogic,
    LegalSource,
    LegalTitle,
    NodeLevel,
    PartnerRole,
)
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.fact_definitions import FactDefinition
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.workflows import Workflow
from kleinschalig.plugins import HostConfig, PluginHost, Stage

__all__ = ["FacilityPluginConformance"]

_MODELS: dict[str, type] = {
    "legal_title": LegalTitle,
    "partner_role": PartnerRole,
    "facility": Facility,
    "intervention_logic": InterventionLogic,
    "criterion": Criterion,
    "workflow": Workflow,
    "indicator": Indicator,
    "fact": FactDefinition,
}
#: Attribute names holding Dutch msgids (``Facility.name`` is a proper name: not translated).
_MSGID_FIELDS = frozenset(
    {"label", "description", "note", "explanation", "responsibilities", "reason"}
)


def _msgids(value: Any) -> Iterator[str]:
    if isinstance(value, tuple):
        for item in value:
            yield from _msgids(item)
    elif attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            inner = getattr(value, f.name)
            if f.name in _MSGID_FIELDS and isinstance(inner, str) and inner:
                yield inner
            else:
                yield from _msgids(inner)


def _sources(value: Any) -> Iterator[tuple[str, Any]]:
    """(object description, its sources) for every object that carries sources."""
    if isinstance(value, tuple):
        for item in value:
            yield from _sources(item)
    elif attrs.has(type(value)):
        names = {f.name for f in attrs.fields(type(value))}
        if "sources" in names:
            yield type(value).__name__, value.sources
        for f in attrs.fields(type(value)):
            if f.name != "sources":
                yield from _sources(getattr(value, f.name))


class FacilityPluginConformance:
    """Base class of a plugin's conformance tests; set ``plugin_name`` and ``plugin``."""

    plugin_name: ClassVar[str]
    plugin: ClassVar[object]

    @pytest.fixture
    def host(self) -> PluginHost:
        """The plugin loaded alone next to the core, without installed plugins.

        A plugin that did not load fails every test that uses it, with its errors:
        nothing would be left to check, and a check of nothing must not pass."""
        host = PluginHost.load(
            HostConfig(entry_points=False), plugins=[(self.plugin_name, self.plugin)]
        )
        if host.plugin(self.plugin_name).status != "active":
            problems = [line for e in host.errors for line in e.lines("en")]
            pytest.fail(f"{self.plugin_name} did not load:\n" + "\n".join(problems))
        return host

    def registered(self, host: PluginHost) -> list[tuple[str, str, Any]]:
        info = host.plugin(self.plugin_name)
        catalogue = host.catalogue
        lookup = {
            "legal_title": catalogue.title,
            "partner_role": catalogue.role,
            "facility": catalogue.facility,
            "intervention_logic": catalogue.intervention_logic,
            "criterion": catalogue.criterion,
            "workflow": catalogue.workflow,
            "indicator": catalogue.indicator,
            "fact": catalogue.fact,
        }
        return [
            (kind, code, lookup[kind](code))
            for kind, codes in sorted(info.registered.items())
            if kind in lookup
            for code in codes
        ]

    def test_loads_without_errors(self, host: PluginHost) -> None:
        problems = [line for e in host.errors for line in e.lines("en")]
        assert not problems, "\n".join(problems)
        assert host.plugin(self.plugin_name).status == "active"

    def test_registers_something(self, host: PluginHost) -> None:
        assert self.registered(host), f"{self.plugin_name} registered nothing"

    def test_labels_are_translated(self, host: PluginHost) -> None:
        missing = sorted(
            {msgid for _k, _c, item in self.registered(host) for msgid in _msgids(item)}
            - {
                m
                for _k, _c, item in self.registered(host)
                for m in _msgids(item)
                if has_translation(m, "en")
            }
        )
        assert not missing, "no English translation for: " + "; ".join(missing)

    def test_everything_cites_a_source(self, host: PluginHost) -> None:
        uncited = []
        for kind, code, item in self.registered(host):
            for owner, sources in _sources(item):
                if not sources:
                    uncited.append(f"{kind}:{code} {owner}")
                for source in sources:
                    if isinstance(source, LegalSource) and not (source.article or source.url):
                        uncited.append(f"{kind}:{code} {owner}: law without article or url")
                    elif isinstance(source, DocumentSource) and not source.document:
                        uncited.append(f"{kind}:{code} {owner}: document without name")
        assert not uncited, "objects without a source: " + "; ".join(uncited)

    def test_registered_data_round_trips_and_matches_its_schema(self, host: PluginHost) -> None:
        import jsonschema

        for kind, code, item in self.registered(host):
            model = _MODELS[kind]
            data = unstructure(item, model)
            validator = jsonschema.Draft202012Validator(
                json_schema(model), format_checker=jsonschema.FormatChecker()
            )
            problems = [
                f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)
            ]
            assert not problems, f"{kind}:{code} does not match its schema: {problems}"
            assert structure(data, model) == item, f"{kind}:{code} does not round-trip"

    def test_no_code_clashes_with_installed_plugins(self) -> None:
        host = PluginHost.load(HostConfig.from_env(environ={}))
        if self.plugin_name not in {p.name for p in host.plugins}:
            host = PluginHost.load(
                HostConfig.from_env(environ={}), plugins=[(self.plugin_name, self.plugin)]
            )
        clashes = [
            line
            for e in host.errors
            if e.stage in (Stage.CONFLICT, Stage.NAME)
            and (e.plugin == self.plugin_name or self.plugin_name in e.others)
            for line in e.lines("en")
        ]
        assert not clashes, "\n".join(clashes)

    def test_declared_facts_take_valid_values(self) -> None:
        """Values generated for the plugin's facts pass validation and screen without errors."""
        import datetime as dt

        from hypothesis import HealthCheck, given, settings

        from kleinschalig.model.case import CaseRecord
        from kleinschalig.screening import decide
        from kleinschalig.testing.strategies import fact_values_for

        host = PluginHost.load(
            HostConfig(entry_points=False), plugins=[(self.plugin_name, self.plugin)]
        )
        catalogue = host.catalogue
        own = [d for d in catalogue.facts if catalogue.facts.owner(d.id) == self.plugin_name]
        if not own:
            pytest.skip(f"{self.plugin_name} declares no facts")
        places = [
            c
            for c in catalogue.facilities.codes()
            if catalogue.facilities.owner(c) == self.plugin_name
        ]

        @settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
        @given(fact_values_for(own, places))
        def check(values: Any) -> None:
            case = CaseRecord("conformance-1", "conformance-1", facts=values)
            problems = catalogue.check_case(case)
            assert not problems, [p.to_dict("en") for p in problems]
            for code in places:
                decide(case, catalogue.facility(code), catalogue, dt.date.today())

        check()

    def test_criteria_screen_without_errors(self, host: PluginHost) -> None:
        """Every facility of the plugin can be screened on every version's start date."""
        import datetime as dt

        from kleinschalig.model.case import CaseRecord
        from kleinschalig.screening import decide

        empty = CaseRecord("conformance-1", "conformance-1")
        for kind, code, facility in self.registered(host):
            if kind != "facility":
                continue
            dates = {dt.date.today()} | {
                v.valid_from
                for c in host.catalogue.criteria
                if c.scope.covers(code, facility.kind)
                for v in c.versions
                if v.valid_from is not None
            }
            for on in sorted(dates):
                decision = decide(empty, facility, host.catalogue, on)
                assert all(r.sources for r in decision.criteria), f"{code} on {on}"

    def test_intervention_logic_leads_to_an_einddoel(self, host: PluginHost) -> None:
        for kind, code, logic in self.registered(host):
            if kind != "intervention_logic":
                continue
            goals = {n.code for n in logic.at_level(NodeLevel.EINDDOEL)}
            assert goals, f"{code}: no einddoel"
            up: dict[str, set[str]] = {}
            for link in logic.links:
                up.setdefault(link.source, set()).add(link.target)
            for node in logic.nodes:
                seen, todo = set(), [node.code]
                while todo:
                    current = todo.pop()
                    if current not in seen:
                        seen.add(current)
                        todo.extend(up.get(current, ()))
                assert seen & goals, f"{code}: {node.code} does not lead to an einddoel"

    def test_workflows_have_a_start_and_reachable_end_states(self, host: PluginHost) -> None:
        for kind, code, workflow in self.registered(host):
            if kind != "workflow":
                continue
            for number, version in enumerate(workflow.versions, start=1):
                where = f"{code} version {number}"
                assert sum(s.initial for s in version.states) == 1, f"{where}: one start"
                finals = {s.code for s in version.states if s.final}
                assert finals, f"{where}: no end state"
                forward: dict[str, set[str]] = {}
                for t in version.transitions:
                    forward.setdefault(t.source, set()).add(t.target)
                for state in version.states:
                    seen, todo = set(), [state.code]
                    while todo:
                        current = todo.pop()
                        if current not in seen:
                            seen.add(current)
                            todo.extend(forward.get(current, ()))
                    assert seen & finals, f"{where}: {state.code} is a dead end"

    def test_workflow_steps_name_their_actor_or_say_why_not(self, host: PluginHost) -> None:
        unexplained = [
            f"{code}: {t.id}"
            for kind, code, workflow in self.registered(host)
            if kind == "workflow"
            for version in workflow.versions
            for t in version.transitions
            if t.actor is None and not t.note
        ]
        assert not unexplained, "steps without actor and without a note: " + "; ".join(unexplained)

    def test_indicators_state_their_denominator(self, host: PluginHost) -> None:
        """A facility's indicators name their population; the whole cohort is not implied."""
        implicit = [
            code
            for kind, code, indicator in self.registered(host)
            if kind == "indicator"
            and hasattr(indicator.measure, "denominator")
            and indicator.measure.denominator is None
        ]
        assert not implicit, "indicators without an explicit denominator: " + ", ".join(implicit)
