"""Hypothesis strategies for every public model, derived from the models themselves.

Each strategy is built from the same type hints and field constraints as the
converter, validators and JSON Schema; models with cross-field invariants (date
order, unique codes, non-overlapping periods, a well-formed goal chain) have an
explicit strategy. Generated values are valid by construction.

>>> from hypothesis import given, settings
>>> from kleinschalig.model.case import CaseRecord
>>> @settings(max_examples=5)
... @given(for_model(CaseRecord))
... def check(case):
...     assert isinstance(case, CaseRecord)
>>> check()
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, Final, Literal, TypeVar, Union, get_args, get_origin

import attrs
from hypothesis import strategies as st

from kleinschalig._fields import constraints_of
from kleinschalig.dates import Duration
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.case import Consent, PlacementDecision, PlacementFacts, TitleHolding
from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Compare,
    Condition,
    Contains,
    Elapsed,
    HoldsTitle,
    Not,
    OneOf,
    Recorded,
    Scalar,
    SentenceWithin,
)
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope, CriterionVersion
from kleinschalig.model.facilities import (
    CapacityEntry,
    Facility,
    FacilityKind,
    OperatingPeriod,
    OperatingStatus,
    PlacePool,
)
from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType, Sensitivity
from kleinschalig.model.fact_values import FactEntry, FactValues
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.intervention import InterventionLink, InterventionLogic, InterventionNode
from kleinschalig.model.sources import DocumentSource, LegalSource, Source
from kleinschalig.model.workflows import Workflow

__all__ = [
    "SAMPLE_FACTS",
    "dates",
    "durations",
    "fact_value",
    "fact_values",
    "fact_values_for",
    "for_model",
    "for_type",
    "register",
]

T = TypeVar("T")

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)

_OVERRIDES: dict[type, Callable[[], st.SearchStrategy[Any]]] = {}


def register(
    cls: type[T],
) -> Callable[[Callable[[], st.SearchStrategy[T]]], Callable[[], st.SearchStrategy[T]]]:
    """Register an explicit strategy for ``cls`` (plugin authors may add their own)."""

    def decorate(fn: Callable[[], st.SearchStrategy[T]]) -> Callable[[], st.SearchStrategy[T]]:
        _OVERRIDES[cls] = fn
        return fn

    return decorate


def conditions() -> st.SearchStrategy[Condition]:
    """Conditions over real case-record facts, nested a few levels deep."""
    facts = st.sampled_from(
        [
            "sex",
            "daytime_activity.hours_per_week",
            "intake.addiction_problems",
            "intake.languages",
            "residence.region",
            "intake.motivated",
            "kv-test.flag",
            "kv-test.score",
            "kv-test.stage@t1",
            "kv-test.minutes",
        ]
    )
    leaves = st.one_of(
        st.builds(
            Compare,
            facts,
            st.sampled_from(["eq", "ne", "lt", "le", "gt", "ge"]),
            st.one_of(st.integers(0, 60), st.sampled_from(["male", "severe"])),
        ),
        st.builds(
            OneOf,
            facts,
            st.lists(st.sampled_from(["male", "none", "severe"]), min_size=1, max_size=3).map(
                tuple
            ),
        ),
        st.builds(Contains, facts, st.sampled_from(["nl", "en"])),
        st.builds(
            HoldsTitle,
            st.lists(
                st.sampled_from(["gevangenisstraf", "pij", "isd"]),
                min_size=1,
                max_size=2,
                unique=True,
            ).map(tuple),
        ),
        st.builds(
            SentenceWithin,
            st.sampled_from(["remaining", "imposed", "expected"]),
            st.none() | durations(),
            st.none() | durations(),
        ),
        st.builds(Recorded, facts),
        st.builds(
            Elapsed,
            st.sampled_from(["daytime_activity.since", "sentence.start_date"]),
            st.none() | durations(),
            st.none() | durations(),
        ),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.builds(All, st.lists(inner, min_size=1, max_size=3).map(tuple)),
            st.builds(AnyOf, st.lists(inner, min_size=1, max_size=3).map(tuple)),
            st.builds(Not, inner),
        ),
        max_leaves=6,
    )


def dates() -> st.SearchStrategy[dt.date]:
    """Dates in the range the models accept."""
    return st.dates(MIN_DATE, MAX_DATE)


def durations() -> st.SearchStrategy[Duration]:
    """Durations of up to 40 years, months, weeks and days each, or up to 400 working days."""
    small = st.integers(0, 40)
    calendar = st.builds(Duration, years=small, months=small, weeks=small, days=small)
    return calendar | st.builds(Duration, working_days=st.integers(1, 400))


def _unique_key(attribute: attrs.Attribute[Any]) -> Callable[[Any], Any] | None:
    validator = attribute.validator
    candidates = getattr(validator, "_validators", (validator,))
    for candidate in candidates:
        key = getattr(candidate, "unique_key", None)
        if key is not None:
            return key  # type: ignore[no-any-return]
    return None


def _strict(pattern: str) -> re.Pattern[str]:
    """The pattern as validators read it: ASCII classes, and ``$`` only at the very end."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern, re.ASCII)


def for_type(tp: Any, constraints: dict[str, Any] | None = None) -> st.SearchStrategy[Any]:
    """A strategy for a type as it appears in a model's annotations."""
    constraints = constraints or {}
    origin = get_origin(tp)
    if tp == Source:
        return st.one_of(for_model(LegalSource), for_model(DocumentSource))
    if tp == Condition:
        return conditions()
    if tp == Scalar:
        return st.one_of(
            st.booleans(), st.integers(-1000, 1000), st.floats(-1e6, 1e6), st.text(max_size=10)
        )
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(tp) if a is not type(None)]
        inner = st.one_of(*(for_type(m, constraints) for m in members))
        return st.none() | inner if type(None) in get_args(tp) else inner
    if origin is tuple:
        min_size = constraints.get("minLength", 0)
        return st.lists(for_type(get_args(tp)[0]), min_size=min_size, max_size=3).map(tuple)
    if origin is Literal:
        return st.sampled_from(get_args(tp))
    if tp is str:
        pattern = constraints.get("pattern")
        if pattern:
            text = st.from_regex(_strict(pattern), fullmatch=True)
        else:
            text = st.text(min_size=constraints.get("minLength", 0), max_size=20)
        if constraints.get("x-not-bsn"):
            text = text.filter(lambda s: not (s.isdigit() and len(s) in (8, 9)))
        return text
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(constraints.get("minimum", -(10**6)), constraints.get("maximum", 10**6))
    if tp is float:
        return st.floats(
            constraints.get("minimum", -1e6),
            constraints.get("maximum", 1e6),
            allow_nan=False,
            allow_infinity=False,
        )
    if tp is dt.date:
        return dates()
    if tp is Duration:
        return durations()
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if attrs.has(tp):
        return for_model(tp)
    raise TypeError(f"no strategy for {tp!r}")


def for_model(cls: type[T]) -> st.SearchStrategy[T]:
    """A strategy producing valid instances of the attrs model ``cls``."""
    if cls in _OVERRIDES:
        return _OVERRIDES[cls]()
    model: Any = cls
    attrs.resolve_types(model)
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for f in attrs.fields(model):
        strategy = for_type(f.type, dict(constraints_of(f)))
        key = _unique_key(f)
        if key is not None and get_origin(f.type) is tuple:
            element = for_type(get_args(f.type)[0])
            min_size = constraints_of(f).get("minLength", 0)
            strategy = st.lists(element, min_size=min_size, max_size=3, unique_by=key).map(tuple)
        kwargs[f.name] = strategy
    return st.builds(cls, **kwargs)


def _ordered(optional_second: bool = True) -> st.SearchStrategy[tuple[dt.date, dt.date | None]]:
    def pair(first: dt.date, gap: int | None) -> tuple[dt.date, dt.date | None]:
        if gap is None:
            return first, None
        return first, min(first + dt.timedelta(days=gap), MAX_DATE)

    gaps = st.none() | st.integers(0, 4000) if optional_second else st.integers(0, 4000)
    return st.builds(pair, dates(), gaps)


@register(DocumentSource)
def _document_sources() -> st.SearchStrategy[DocumentSource]:
    return st.builds(
        lambda doc, first, extra, why: DocumentSource(doc, first, first + extra, why, "document"),
        st.sampled_from(["000", "001", "002", "003", "004"]),
        st.integers(1, 9000),
        st.integers(0, 40),
        st.text(max_size=20),
    )


@register(TitleHolding)
def _title_holdings() -> st.SearchStrategy[TitleHolding]:
    return st.builds(
        lambda pair, title, phase, by: TitleHolding(title, pair[0], pair[1], phase, by),
        st.none().map(lambda _: (None, None)) | _ordered(),
        for_type(str, {"pattern": r"^[a-z0-9][a-z0-9_.-]{0,20}$"}),
        st.none() | for_type(str, {"pattern": r"^[a-z0-9][a-z0-9_.-]{0,20}$"}),
        st.none() | for_type(str, {"pattern": r"^[a-z0-9][a-z0-9_.-]{0,20}$"}),
    )


@register(Consent)
def _consents() -> st.SearchStrategy[Consent]:
    return st.builds(
        lambda pair, partner, scope: Consent(partner, scope, pair[0], pair[1]),
        _ordered(),
        for_type(str, {"pattern": r"^[a-z0-9][a-z0-9_.-]{0,20}$"}),
        st.lists(
            st.sampled_from(["employer_contact", "data_exchange", "placement_outcome"]),
            min_size=1,
            max_size=3,
            unique=True,
        ).map(tuple),
    )


@register(PlacementFacts)
def _placements() -> st.SearchStrategy[PlacementFacts]:
    return st.builds(
        lambda pair, decision, decided: PlacementFacts(decision, decided, pair[0], pair[1]),
        st.none().map(lambda _: (None, None)) | _ordered(),
        st.sampled_from(list(PlacementDecision)),
        st.none() | dates(),
    )


@register(PlacePool)
def _pools() -> st.SearchStrategy[PlacePool]:
    return st.builds(
        lambda regime, places, extra: PlacePool(
            regime, places, None if extra is None else places + extra
        ),
        st.sampled_from(["kv", "bba", "zbbi", "kvjj", "wmo_bridging"]),
        st.integers(0, 60),
        st.none() | st.integers(0, 10),
    )


def _capacity(temporary: bool) -> st.SearchStrategy[CapacityEntry]:
    return st.builds(
        lambda pair, pools, why: CapacityEntry(pair[0], pools, pair[1], temporary, why),
        _ordered(),
        st.lists(_pools(), min_size=1, max_size=3, unique_by=lambda p: p.regime).map(tuple),
        st.text(max_size=20),
    )


@register(CapacityEntry)
def _capacity_entries() -> st.SearchStrategy[CapacityEntry]:
    return st.booleans().flatmap(_capacity)


@register(OperatingPeriod)
def _operating() -> st.SearchStrategy[OperatingPeriod]:
    def build(status: OperatingStatus, pair: tuple[dt.date, dt.date | None]) -> OperatingPeriod:
        if status in (OperatingStatus.NEVER_OPENED, OperatingStatus.PLANNED):
            return OperatingPeriod(status)
        if status is OperatingStatus.OPEN:
            return OperatingPeriod(status, pair[0])
        return OperatingPeriod(status, pair[0], pair[1] or pair[0])

    return st.builds(build, st.sampled_from(list(OperatingStatus)), _ordered())


@register(Facility)
def _facilities() -> st.SearchStrategy[Facility]:
    attrs.resolve_types(Facility)
    generic = {f.name: for_type(f.type, dict(constraints_of(f))) for f in attrs.fields(Facility)}
    generic["capacity"] = st.tuples(
        st.lists(_capacity(False), max_size=1), st.lists(_capacity(True), max_size=1)
    ).map(lambda parts: tuple(parts[0] + parts[1]))
    generic["accepted_titles"] = st.lists(
        for_type(str, {"pattern": r"^[a-z0-9][a-z0-9_.-]{0,20}$"}), max_size=3, unique=True
    ).map(tuple)
    return st.builds(Facility, **generic)


@register(Workflow)
def _workflows() -> st.SearchStrategy[Workflow]:
    """The national trajectories under other codes: valid processes by construction."""
    from kleinschalig.national.workflows import NATIONAL_WORKFLOWS

    return st.builds(
        lambda workflow, code: attrs.evolve(workflow, code=code),
        st.sampled_from(NATIONAL_WORKFLOWS),
        st.from_regex(r"[a-z][a-z0-9_.-]{0,20}", fullmatch=True),
    )


@register(Indicator)
def _indicators() -> st.SearchStrategy[Indicator]:
    """The core indicators under other ids: every measure kind, units that fit."""
    from kleinschalig.national.indicators import CORE_INDICATORS

    return st.builds(
        lambda indicator, code: attrs.evolve(indicator, id=code),
        st.sampled_from(CORE_INDICATORS),
        st.from_regex(r"[a-z][a-z0-9_.-]{0,20}", fullmatch=True),
    )


@register(InterventionLogic)
def _logics() -> st.SearchStrategy[InterventionLogic]:
    @st.composite
    def build(draw: st.DrawFn) -> InterventionLogic:
        nodes = draw(
            st.lists(
                for_model(InterventionNode), min_size=1, max_size=6, unique_by=lambda n: n.code
            )
        )
        possible = [(a.code, b.code) for a in nodes for b in nodes if a.level.order < b.level.order]
        chosen = (
            draw(st.lists(st.sampled_from(possible), unique=True, max_size=5)) if possible else []
        )
        sources = draw(st.lists(_document_sources(), min_size=1, max_size=2).map(tuple))
        links = tuple(InterventionLink(s, t, sources) for s, t in chosen)
        return InterventionLogic(tuple(nodes), links)

    return build()


@register(CriterionVersion)
def _criterion_versions() -> st.SearchStrategy[CriterionVersion]:
    return st.builds(
        lambda pair, rule, sources: CriterionVersion(sources, rule, pair[0], pair[1]),
        st.none().map(lambda _: (None, None)) | _ordered(),
        st.none() | conditions(),
        st.lists(_document_sources(), min_size=1, max_size=2).map(tuple),
    )


@register(Criterion)
def _criteria() -> st.SearchStrategy[Criterion]:
    @st.composite
    def build(draw: st.DrawFn) -> Criterion:
        starts = sorted(draw(st.lists(dates(), min_size=1, max_size=3, unique=True)))
        versions = []
        for index, start in enumerate(starts):
            last = index == len(starts) - 1
            until = None if last else starts[index + 1] - dt.timedelta(days=1)
            rule = draw(st.none() | conditions())
            sources = draw(st.lists(_document_sources(), min_size=1, max_size=2).map(tuple))
            versions.append(CriterionVersion(sources, rule, start, until))
        facilities = draw(
            st.lists(st.sampled_from(["kv-a", "kv-b", "kvm"]), unique=True, max_size=2).map(tuple)
        )
        kinds = draw(
            st.lists(
                st.sampled_from(list(FacilityKind)),
                unique=True,
                min_size=0 if facilities else 1,
                max_size=2,
            ).map(tuple)
        )
        return Criterion(
            id=draw(st.from_regex(_strict(r"^[a-z][a-z0-9.-]{0,20}$"), fullmatch=True)),
            label=draw(st.text(min_size=1, max_size=20)),
            kind=draw(st.sampled_from(list(CriterionKind))),
            scope=CriterionScope(facilities, kinds),
            versions=tuple(versions),
            inputs=draw(
                st.lists(
                    st.sampled_from(["intake.motivated", "intake.group_suitable"]),
                    unique=True,
                    max_size=2,
                ).map(tuple)
            ),
            applies_when=draw(st.none() | conditions()),
        )

    return build()


#: The declared facts the generic strategies record (one of each shape, see
#: :func:`fact_values`); plugins' own facts come from :func:`fact_values_for`.
SAMPLE_FACTS: Final = ("kv-test.flag", "kv-test.score", "kv-test.stage", "kv-test.minutes")


@register(FactValues)
def fact_values() -> st.SearchStrategy[FactValues]:
    """Well-formed declared-fact values of every shape, for facts a test plugin declares.

    ``kv-test.flag`` is true/false, ``kv-test.score`` a number, ``kv-test.stage`` a
    choice per moment and ``kv-test.minutes`` a number per facility.
    """

    @st.composite
    def build(draw: st.DrawFn) -> FactValues:
        data: dict[str, Any] = {}
        if draw(st.booleans()):
            data["kv-test.flag"] = draw(st.booleans())
        if draw(st.booleans()):
            data["kv-test.score"] = draw(st.integers(0, 60))
        moments = draw(st.lists(st.sampled_from(["t0", "t1", "t2"]), unique=True, max_size=2))
        if moments:
            data["kv-test.stage"] = {m: draw(st.sampled_from(["start", "end"])) for m in moments}
        places = draw(st.lists(st.sampled_from(["kv-a", "kv-b", "kvm"]), unique=True, max_size=2))
        if places:
            data["kv-test.minutes"] = {p: draw(st.integers(0, 240)) for p in places}
        return FactValues(data)

    return build()


def fact_value(definition: FactDefinition) -> st.SearchStrategy[Any]:
    """A valid value of one declared fact, as
    :meth:`~kleinschalig.model.fact_values.FactValues.get` returns it."""
    kind = definition.type
    if kind is FactType.BOOL:
        return st.booleans()
    if kind in (FactType.INT, FactType.DECIMAL):
        low = int(definition.minimum) if definition.minimum is not None else -1000
        high = int(definition.maximum) if definition.maximum is not None else low + 2000
        if kind is FactType.INT:
            return st.integers(low, high)
        return st.floats(float(low), float(high), allow_nan=False, allow_infinity=False)
    if kind is FactType.DATE:
        return dates()
    if kind is FactType.DURATION:
        return durations().map(str)
    codes = definition.choice_codes()
    if kind is FactType.ENUM:
        return st.sampled_from(codes)
    return st.lists(st.sampled_from(codes), min_size=1, max_size=3, unique=True).map(tuple)


def fact_values_for(
    definitions: Sequence[FactDefinition], facilities: Sequence[str] = ()
) -> st.SearchStrategy[FactValues]:
    """Values that :meth:`~kleinschalig.catalogue.Catalogue.check_case` accepts for
    ``definitions``: each recorded or not, per declared moment, or for some of
    ``facilities``."""
    recorded = [d for d in definitions if not d.derived]

    @st.composite
    def build(draw: st.DrawFn) -> FactValues:
        entries: list[FactEntry] = []
        for definition in recorded:
            if definition.moments:
                keys: list[str | None] = draw(
                    st.lists(st.sampled_from([m.value for m in definition.moments]), unique=True)
                )
            elif definition.per_facility:
                keys = (
                    draw(st.lists(st.sampled_from(list(facilities)), unique=True))
                    if facilities
                    else []
                )
            else:
                keys = [None] if draw(st.booleans()) else []
            entries += [FactEntry(definition.id, draw(fact_value(definition)), k) for k in keys]
        return FactValues(tuple(entries))

    return build()


@register(FactDefinition)
def _fact_definitions() -> st.SearchStrategy[FactDefinition]:
    @st.composite
    def build(draw: st.DrawFn) -> FactDefinition:
        kind = draw(st.sampled_from(list(FactType)))
        numeric = kind in (FactType.INT, FactType.DECIMAL)
        choices: tuple[FactChoice, ...] = ()
        if kind in (FactType.ENUM, FactType.ENUM_LIST):
            codes = draw(
                st.lists(
                    st.from_regex(_strict(r"^[a-z][a-z0-9_]{0,8}$"), fullmatch=True),
                    min_size=1,
                    max_size=4,
                    unique=True,
                )
            )
            choices = tuple(FactChoice(code, code.upper()) for code in codes)
        minimum = draw(st.none() | st.integers(0, 10)) if numeric else None
        maximum = draw(st.none() | st.integers(minimum or 0, 100)) if numeric else None
        moments = draw(st.lists(st.sampled_from(list(MeasurementMoment)), unique=True, max_size=2))
        per_facility = not moments and draw(st.booleans())
        return FactDefinition(
            id=draw(
                st.from_regex(_strict(r"^kv-[a-z]{1,6}\.[a-z][a-z0-9_]{0,10}$"), fullmatch=True)
            ),
            type=kind,
            label=draw(st.text(min_size=1, max_size=20)),
            sources=draw(st.lists(_document_sources(), min_size=1, max_size=2).map(tuple)),
            unit=draw(st.none() | st.sampled_from(["uur", "km"])) if numeric else None,
            minimum=minimum,
            maximum=maximum,
            choices=choices,
            moments=tuple(moments),
            per_facility=per_facility,
            sensitivity=draw(st.sampled_from(list(Sensitivity))),
        )

    return build()
