"""Checks on the KVJJ data beyond the conformance suite and the case files.

The plugin is data (``src/kleinschalig_kvjj/*.yaml``): every object is read back
from the catalogue the host built from those files, as a facility team's tests would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
import yaml

from kleinschalig.catalogue import Registry
from kleinschalig.codec.converter import structure
from kleinschalig.model import (
    CaseRecord,
    DaytimeActivity,
    DocumentSource,
    Facility,
    FacilityKind,
    IntakeFacts,
    Jurisdiction,
    OperatingStatus,
    SecurityLevel,
    TitleHolding,
)
from kleinschalig.model.case import (
    ActivityKind,
    OffenceType,
    PreviousStay,
    ProsecutorPosition,
    RiskLevel,
    Severity,
)
from kleinschalig.model.conditions import HoldsTitle, facts_read
from kleinschalig.model.criteria import Criterion, CriterionKind
from kleinschalig.model.fact_definitions import FactDefinition, Sensitivity
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import decide

PLUGIN = "kvjj"
PACKAGE = Path(__file__).resolve().parent.parent / "src" / "kleinschalig_kvjj"
ON = dt.date(2023, 9, 1)
CODES = ("kvjj-amsterdam", "kvjj-den-haag", "kvjj-groningen", "kvjj-krimpen", "kvjj-venlo")
FIXED = CriterionKind.FIXED_CONTRA_INDICATION
TO_WEIGH = (CriterionKind.WEIGHED_INDICATION, CriterionKind.PROTECTIVE_FACTOR)
SEED_003_LINES = 233
CASES = Path(__file__).parent / "cases"
#: The core's per-facility facts the travel-time and network criteria read [003:L51].
TRAVEL_FACT = "core.travel_minutes_to_activity"
NETWORK_FACT = "core.network_near_facility"
#: The fact this plugin declares, "vestigen in regio" [003:L124].
SETTLES_IN_REGION = "kvjj.vestigen_in_regio"
#: The route condition of the two items that hold only with a PIJ-maatregel [003:L109-110].
PIJ_ONLY = HoldsTitle(("pij",))

T = TypeVar("T")


@pytest.fixture(scope="module")
def host() -> PluginHost:
    host = PluginHost.load(
        HostConfig(entry_points=False, strict=True), plugins=[(PLUGIN, "kleinschalig_kvjj")]
    )
    assert not host.errors
    return host


def _owned(registry: Registry[T]) -> list[T]:
    """What this plugin registered in ``registry``, in registration order."""
    return [item for _code, item, owner in registry.items() if owner == PLUGIN]


@pytest.fixture(scope="module")
def criteria(host: PluginHost) -> list[Criterion]:
    return _owned(host.catalogue.criteria)


@pytest.fixture(scope="module")
def facilities(host: PluginHost) -> list[Facility]:
    return _owned(host.catalogue.facilities)


@pytest.fixture(scope="module")
def facts(host: PluginHost) -> list[FactDefinition]:
    return _owned(host.catalogue.facts)


def _route(criteria: list[Criterion], prefix: str) -> list[Criterion]:
    return [c for c in criteria if c.id.startswith(prefix)]


def test_the_routes_have_the_numbers_of_the_source(criteria: list[Criterion]) -> None:
    """VH: 2 fixed, 13 to weigh [003:L81-100]; FCJ: 6 fixed, 9 to weigh [003:L102-124]."""
    vh, fcj = _route(criteria, "kvjj.vh."), _route(criteria, "kvjj.fcj.")
    assert sum(c.kind is FIXED for c in vh) == 2
    assert sum(c.kind in TO_WEIGH for c in vh) == 13
    assert sum(c.kind is FIXED for c in fcj) == 6
    assert sum(c.kind in TO_WEIGH for c in fcj) == 9
    assert len(criteria) == 1 + 15 + 15


def test_only_fixed_contra_indications_and_the_target_group_can_block(
    criteria: list[Criterion],
) -> None:
    blocking = {c.id for c in criteria if c.kind.can_block}
    assert blocking == {"kvjj.jeugdstrafrecht"} | {c.id for c in criteria if c.kind is FIXED}


def test_every_criterion_is_national_and_selects_its_route(criteria: list[Criterion]) -> None:
    for criterion in criteria:
        assert criterion.scope.kinds == (FacilityKind.KVJJ,)
        assert not criterion.scope.facilities
        if criterion.id != "kvjj.jeugdstrafrecht":
            assert criterion.applies_when is not None, criterion.id
    pij_only = {c.id for c in criteria if c.applies_when == PIJ_ONLY}
    assert pij_only == {"kvjj.fcj.pij-verlofstatus", "kvjj.fcj.pij-vervolgplek"}


def test_a_weighed_item_without_a_fact_has_inputs_instead_of_a_rule(host: PluginHost) -> None:
    offence = host.catalogue.criterion("kvjj.vh.aard-delict")
    assert offence.versions[0].rule is None
    assert offence.inputs == ("intake.offence_type",)


def _document_sources(value: Any) -> Iterator[DocumentSource]:
    if isinstance(value, tuple):
        for item in value:
            yield from _document_sources(item)
    elif isinstance(value, DocumentSource):
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _document_sources(getattr(value, field.name))


def _seeds() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


def _everything(host: PluginHost) -> tuple[Any, ...]:
    """Everything this plugin registered: facilities, criteria, roles, the logic, facts."""
    catalogue = host.catalogue
    return (
        tuple(_owned(catalogue.facilities)),
        tuple(_owned(catalogue.criteria)),
        tuple(_owned(catalogue.roles)),
        tuple(_owned(catalogue.intervention_logics)),
        tuple(_owned(catalogue.facts)),
    )


def test_every_citation_points_at_lines_with_text(host: PluginHost) -> None:
    sources = list(_document_sources(_everything(host)))
    assert sources
    assert {s.document for s in sources} <= {"001", "003"}
    for s in sources:
        if s.document == "003":
            assert s.last_line <= SEED_003_LINES, s.citation
    seeds = _seeds()
    if seeds is None:
        pytest.skip("the seed documents are not next to this checkout")
    texts = {
        doc: next(seeds.glob(f"{doc}_*.txt")).read_text(encoding="utf-8").splitlines()
        for doc in ("001", "003")
    }
    for s in sources:
        lines = texts[s.document][s.first_line - 1 : s.last_line]
        assert len(lines) == s.last_line - s.first_line + 1, s.citation
        assert any(line.strip() for line in lines), f"{s.citation} cites only blank lines"


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            inner = getattr(value, field.name)
            if isinstance(inner, str):
                yield inner
            else:
                yield from _texts(inner)


def test_every_recorded_choice_cites_its_lines(host: PluginHost) -> None:
    """A ⚠ names its lines, or (on a link of the logic) points at the link's own sources."""
    choices = [t for t in _texts(_everything(host)) if "⚠" in t]
    assert len(set(choices)) >= 12
    for text in choices:
        assert re.search(r"\b00[13]:L\d+", text) or "geciteerde passages" in text, text


def _places(facility: Any) -> int:
    entry = facility.capacity_on(ON)
    assert entry is not None
    return int(entry.places)


def test_the_five_locations_as_the_source_gives_them(facilities: list[Facility]) -> None:
    assert tuple(f.code for f in facilities) == CODES
    for facility in facilities:
        assert facility.kind is FacilityKind.KVJJ
        assert facility.security is SecurityLevel.YOUTH_KVJJ
        assert facility.target_group.jurisdiction is Jurisdiction.YOUTH
        assert facility.accepted_titles == ("jeugddetentie", "pij", "voorlopige_hechtenis")
        assert facility.operating.status is OperatingStatus.OPEN
        assert facility.operating.opened_on is None, "no source gives an opening date"
        assert "⚠" in facility.operating.note
        assert _places(facility) == 8
    assert sum(_places(f) for f in facilities) == 40


def test_known_open_in_the_month_of_the_sheet_unknown_before_and_after_it(
    facilities: list[Facility],
) -> None:
    """No opening date; open in the sheet's month, "versie september 2023" [003:L9], [003:L51],
    and unknown after it: no later source says the KVJJs are still open."""
    for facility in facilities:
        operating = facility.operating
        assert operating.opened_on is None
        assert operating.known_open_on == dt.date(2023, 9, 1)
        assert operating.attested_until == dt.date(2023, 9, 30)
        assert operating.is_open_on(dt.date(2023, 8, 31)) is None
        assert operating.is_open_on(dt.date(2023, 9, 1)) is True
        assert operating.is_open_on(ON) is True
        assert operating.is_open_on(dt.date(2023, 9, 30)) is True
        assert operating.is_open_on(dt.date(2023, 10, 1)) is None
        assert operating.is_open_on(dt.date(2026, 6, 1)) is None
        assert any(s.citation.startswith("003:L5-9") for s in operating.sources)


def test_before_the_sheet_the_facility_is_unknown_never_closed(host: PluginHost) -> None:
    facility = host.catalogue.facility("kvjj-amsterdam")
    case = attrs.evolve(
        _vh(risk_assessment_date=dt.date(2023, 8, 24)),
        legal_titles=(TitleHolding("voorlopige_hechtenis", since=dt.date(2023, 8, 20)),),
    )
    before = decide(case, facility, host.catalogue, dt.date(2023, 8, 31))
    assert before.outcome.value == "insufficient_information"
    assert not before.blocking
    assert not before.missing_inputs
    opened = next(r for r in before.criteria if r.criterion == "core.facility-open")
    assert opened.outcome.value == "unknown"
    on_the_date = decide(case, facility, host.catalogue, dt.date(2023, 9, 1))
    assert on_the_date.outcome.value == "needs_assessment"


def test_after_the_sheet_the_facility_is_unknown_never_open(host: PluginHost) -> None:
    """Screening on 2026-06-01 does not pass core.facility-open on a sheet from 2023."""
    facility = host.catalogue.facility("kvjj-amsterdam")
    case = attrs.evolve(
        _vh(risk_assessment_date=dt.date(2026, 5, 24)),
        legal_titles=(TitleHolding("voorlopige_hechtenis", since=dt.date(2026, 5, 20)),),
    )
    after = decide(case, facility, host.catalogue, dt.date(2026, 6, 1))
    assert after.outcome.value == "insufficient_information"
    assert not after.blocking
    opened = next(r for r in after.criteria if r.criterion == "core.facility-open")
    assert opened.outcome.value == "unknown"
    assert "na de laatste datum" in opened.reason
    last = decide(case, facility, host.catalogue, dt.date(2023, 9, 30))
    opened = next(r for r in last.criteria if r.criterion == "core.facility-open")
    assert opened.outcome.value == "met"


def test_the_logic_is_registered_for_each_location(host: PluginHost) -> None:
    """One national logic: written once in facility.yaml, the other four locations alias it."""
    logic = host.catalogue.intervention_logic(CODES[0])
    assert logic.nodes
    for code in CODES:
        assert host.catalogue.intervention_logic(code) == logic
    raw = yaml.safe_load((PACKAGE / "facility.yaml").read_text("utf-8"))["intervention_logic"]
    assert set(raw) == set(CODES)
    assert all(raw[code] is raw[CODES[0]] for code in CODES)


def _per_location(value: Any) -> dict[str, Any]:
    return dict.fromkeys(CODES, value)


#: Travel time and network recorded for every location, within the bound [003:L100].
_EVERY_LOCATION = {
    TRAVEL_FACT: _per_location(50),
    NETWORK_FACT: _per_location(True),
}


def _vh(**intake: Any) -> CaseRecord:
    base: dict[str, Any] = {
        "prosecutor_position": ProsecutorPosition.CONSENT,
        "addiction_problems": Severity.NONE,
        "suicidality": False,
        "clinical_care_needed": False,
        "offence_type": OffenceType.PROPERTY,
        "recidivism_risk": RiskLevel.LOW,
        "risk_assessment_date": dt.date(2023, 8, 24),
        "escape_risk": False,
        "co_suspects": False,
        "victim_nearby": False,
        "public_unrest_or_media_attention": False,
        "intellectual_disability": False,
        "self_reliant": True,
        "previous_stay_same_kind": PreviousStay.POSITIVE,
        "extra_care_need": False,
        "motivated": True,
    }
    return CaseRecord(
        "fictief-py-1",
        "fictief-py-1",
        jurisdiction=Jurisdiction.YOUTH,
        facility="kvjj-amsterdam",
        legal_titles=(TitleHolding("voorlopige_hechtenis", since=dt.date(2023, 8, 20)),),
        daytime_activity=DaytimeActivity(ActivityKind.EDUCATION),
        intake=IntakeFacts(**{**base, **intake}),
        facts=FactValues(_EVERY_LOCATION),
    )


def test_a_vh_case_is_not_judged_by_fcj_criteria(
    host: PluginHost, criteria: list[Criterion]
) -> None:
    facility = host.catalogue.facility("kvjj-amsterdam")
    decision = decide(_vh(), facility, host.catalogue, ON)
    assert set(decision.not_applicable) == {c.id for c in _route(criteria, "kvjj.fcj.")}
    assert decision.protective_factors == (
        "kvjj.vh.dagbesteding",
        "kvjj.vh.motivatie",
        "kvjj.vh.netwerk",
        "kvjj.vh.reistijd",
    )
    assert decision.risk_factors == ()


def test_a_jeugddetentie_case_is_not_judged_by_vh_or_pij_criteria(
    host: PluginHost, criteria: list[Criterion]
) -> None:
    case = attrs.evolve(
        _vh(), legal_titles=(TitleHolding("jeugddetentie", since=dt.date(2022, 11, 1)),)
    )
    decision = decide(case, host.catalogue.facility("kvjj-venlo"), host.catalogue, ON)
    assert set(decision.not_applicable) == {c.id for c in _route(criteria, "kvjj.vh.")} | {
        "kvjj.fcj.pij-verlofstatus",
        "kvjj.fcj.pij-vervolgplek",
    }


def test_risk_factors_never_decide(host: PluginHost) -> None:
    case = _vh(
        recidivism_risk=RiskLevel.HIGH,
        escape_risk=True,
        co_suspects=True,
        victim_nearby=True,
        public_unrest_or_media_attention=True,
        intellectual_disability=True,
        self_reliant=False,
        previous_stay_same_kind=PreviousStay.NEGATIVE,
        extra_care_need=True,
    )
    decision = decide(case, host.catalogue.facility("kvjj-groningen"), host.catalogue, ON)
    assert decision.outcome.value == "needs_assessment"
    assert len(decision.risk_factors) == 8
    assert not decision.blocking


@pytest.mark.parametrize(
    ("assessed", "risk", "flagged"),
    [
        (dt.date(2023, 8, 24), RiskLevel.LOW, False),
        (dt.date(2023, 3, 1), RiskLevel.LOW, False),  # 6 months before 1 September: recent
        (dt.date(2023, 2, 28), RiskLevel.LOW, True),  # older than 6 months: no recent basis
        (dt.date(2023, 8, 24), RiskLevel.MEDIUM, True),
        (dt.date(2023, 8, 24), RiskLevel.HIGH, True),
    ],
)
def test_recidivism_risk_needs_a_recent_assessment(
    host: PluginHost, assessed: dt.date, risk: RiskLevel, flagged: bool
) -> None:
    case = _vh(recidivism_risk=risk, risk_assessment_date=assessed)
    decision = decide(case, host.catalogue.facility("kvjj-den-haag"), host.catalogue, ON)
    assert ("kvjj.vh.recidiverisico" in decision.risk_factors) is flagged


@pytest.mark.parametrize(("minutes", "present"), [(90, True), (91, False)])
def test_travel_time_bound_is_90_minutes_inclusive(
    host: PluginHost, minutes: int, present: bool
) -> None:
    travel = {**_per_location(50), "kvjj-krimpen": minutes}
    case = attrs.evolve(_vh(), facts=FactValues({**_EVERY_LOCATION, TRAVEL_FACT: travel}))
    decision = decide(case, host.catalogue.facility("kvjj-krimpen"), host.catalogue, ON)
    assert ("kvjj.vh.reistijd" in decision.protective_factors) is present
    other = decide(case, host.catalogue.facility("kvjj-venlo"), host.catalogue, ON)
    assert "kvjj.vh.reistijd" in other.protective_factors  # 50 minutes from Venlo


def _rule_facts(host: PluginHost, criterion_id: str) -> set[str]:
    (version,) = host.catalogue.criterion(criterion_id).versions
    assert version.rule is not None
    return set(facts_read(version.rule))


def test_travel_network_and_region_are_read_per_location(
    host: PluginHost, criteria: list[Criterion]
) -> None:
    """Issue 13: one case is screened against five locations [003:L51], [003:L187].

    The rules were replaced in their only version (no new date: source 003 did not
    change); the per-case fields are no fallback, and each note says so.
    """
    assert _rule_facts(host, "kvjj.vh.reistijd") == {TRAVEL_FACT}
    assert _rule_facts(host, "kvjj.fcj.reistijd-of-regio") == {TRAVEL_FACT, SETTLES_IN_REGION}
    for cid in ("kvjj.vh.netwerk", "kvjj.fcj.netwerk"):
        assert _rule_facts(host, cid) == {NETWORK_FACT}
    per_case = {
        "daytime_activity.travel_minutes_one_way",
        "intake.network_near_facility",
        "intake.regional_tie",
    }
    for criterion in criteria:
        for version in criterion.versions:
            assert version.rule is None or not per_case & set(facts_read(version.rule))
    for cid, line in (
        ("kvjj.vh.reistijd", "003:L187"),
        ("kvjj.fcj.reistijd-of-regio", "003:L187"),
        ("kvjj.vh.netwerk", "003:L96"),
        ("kvjj.fcj.netwerk", "003:L119"),
    ):
        note = host.catalogue.criterion(cid).versions[0].note
        assert "⚠" in note, cid
        assert "terugval" in note, cid
        assert line in note, cid


def test_the_declared_fact_is_per_location_and_cited(
    host: PluginHost, facts: list[FactDefinition]
) -> None:
    (fact,) = facts
    assert fact.id == SETTLES_IN_REGION
    assert fact.per_facility
    assert not fact.moments
    assert fact.sensitivity is Sensitivity.ORDINARY
    assert {s.citation for s in fact.sources} == {"003:L124", "003:L187"}
    assert "⚠ keuze" in fact.description
    assert host.catalogue.fact(fact.id) == fact
    assert fact in host.catalogue.facts_for("kvjj-venlo")


class _CaseLoader(yaml.SafeLoader):
    """Keeps dates as text, as the case files are read by kleinschalig's pytest plugin."""


_CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _decisions(host: PluginHost, document: int) -> dict[str, Any]:
    """Screen one case of reistijd-per-locatie.case.yaml against the five locations."""
    text = (CASES / "reistijd-per-locatie.case.yaml").read_text("utf-8")
    case = list(yaml.load_all(text, Loader=_CaseLoader))[document]
    record = structure(case["case"], CaseRecord)
    catalogue = host.catalogue
    return {code: decide(record, catalogue.facility(code), catalogue, ON) for code in CODES}


def test_one_vh_case_gets_an_answer_per_location(host: PluginHost) -> None:
    """reistijd-per-locatie.case.yaml, first case: travel 45/90/91/150/-, network per location."""
    decisions = _decisions(host, 0)
    present = {
        code: {c for c in d.protective_factors if c in {"kvjj.vh.reistijd", "kvjj.vh.netwerk"}}
        for code, d in decisions.items()
    }
    both = {"kvjj.vh.reistijd", "kvjj.vh.netwerk"}
    assert present == {
        "kvjj-amsterdam": both,
        "kvjj-den-haag": both,  # 90 minutes: the bound is included
        "kvjj-krimpen": set(),  # 91 minutes, no network there
        "kvjj-groningen": set(),
        "kvjj-venlo": set(),  # not recorded for Venlo: unknown, asked for
    }
    venlo = {r.criterion: r.outcome.value for r in decisions["kvjj-venlo"].criteria}
    assert venlo["kvjj.vh.reistijd"] == venlo["kvjj.vh.netwerk"] == "unknown"
    assert {d.outcome.value for d in decisions.values()} == {"needs_assessment"}


def test_one_fcj_case_gets_an_answer_per_location(host: PluginHost) -> None:
    """Second case: travel within 90 minutes and/or settling in the location's region."""
    decisions = _decisions(host, 1)
    outcome = {
        code: next(r for r in d.criteria if r.criterion == "kvjj.fcj.reistijd-of-regio")
        for code, d in decisions.items()
    }
    assert {code: r.present for code, r in outcome.items()} == {
        "kvjj-amsterdam": "true",  # 60 minutes
        "kvjj-groningen": "true",  # 120 minutes, but settles in the region
        "kvjj-den-haag": "false",
        "kvjj-krimpen": "unknown",  # 95 minutes, region not recorded
        "kvjj-venlo": "true",  # travel not recorded, settles in the region
    }
