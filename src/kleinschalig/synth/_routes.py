"""Walking a facility's inflow workflow: the paths a case can take, by outcome.

Every trail (each transition at most once) from the initial state to a final
state is listed once per workflow version and classified from the states'
:class:`~kleinschalig.model.workflows.Stage` alone: ``declined`` when it ends
in a ``declined`` state; ``placed`` when it passes an ``inside`` state and
leaves the inside states for a ``left`` state; ``placed_back`` when it leaves
them for a ``placed_back`` state, or for a state without a stage that is not
final (the process goes on elsewhere); ``not_placed`` when it never is inside.
A version without ``inside`` states is judged by the stage of its end state
(``left`` is placed). A trail whose outcome the stages do not tell is left
out, so a workflow without stages gives no paths and the log has no steps.

The decision is the last step with ``feedback`` (for a stay: before the
inflow); without one, the step into the facility, or for a trail that never
gets there the last step away from it (:func:`_turned_away`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from enum import Enum
from random import Random
from typing import Any, Final, Literal

import attrs

from kleinschalig.model.conditions import (
    All,
    AnyOf,
    Compare,
    Condition,
    Contains,
    HoldsTitle,
    Not,
    OneOf,
)
from kleinschalig.model.fact_definitions import is_declared_path
from kleinschalig.model.facts import fact_type
from kleinschalig.model.workflows import Stage, Transition, WorkflowVersion
from kleinschalig.national.workflows import KVJJ_PLACEMENT

Outcome = Literal["placed", "placed_back", "not_placed", "declined"]


@attrs.frozen
class _Steps:
    """Steps of a workflow whose role the data cannot show.

    ``referral``: the transitions that are the referral (default: the first
    step of the log); ``titles``: steps only people holding one of the given
    legal titles take.
    """

    referral: frozenset[str] = frozenset()
    titles: Mapping[str, frozenset[str]] = attrs.field(factory=dict)


#: By national workflow code (core data, no facility). The KVJJ route starts
#: before the referral, with arraignment or a stay in an FCJ, and nothing in the
#: data says which step refers the young person (the advice, or the FCJ's request
#: for a transfer) nor that only a pre-trial detainee is arraigned: no stage or
#: flag of a state or transition carries that. (Its decisions are derived.)
_STEPS: Final[Mapping[str, _Steps]] = {
    KVJJ_PLACEMENT.code: _Steps(
        referral=frozenset({"advies_vh", "doorplaatsing_aanvragen"}),
        titles={"voorgeleiden": frozenset({"voorlopige_hechtenis"})},
    ),
}

_MAX_PATHS = 5000
_MAX_STEPS = 40


@attrs.frozen
class Path:
    """One trail through a version with its key steps (indices into ``steps``)."""

    steps: tuple[Transition, ...]
    outcome: Outcome
    referral: int
    decision: int
    inflow: int | None
    exit: int | None
    weight: float
    guards: tuple[tuple[int, Condition], ...]
    titles: frozenset[str] | None


_Pool = tuple[list[Path], list[float], tuple[Condition, ...]]


@attrs.frozen
class Plan:
    """The classified paths of one workflow version, and its self-loops by state."""

    code: str
    version: WorkflowVersion
    paths: Mapping[str, tuple[Path, ...]]
    loops: Mapping[str, tuple[Transition, ...]]
    _pools: dict[tuple[str, str | None], _Pool] = attrs.field(factory=dict, eq=False)

    def choose(self, outcome: str, facts: Facts, title: str | None, rng: Random) -> Path | None:
        """A path to ``outcome`` (or ``any``): the title fits, no guard false if avoidable."""
        key = (outcome, title)
        pool = self._pools.get(key)
        if pool is None:
            fitting = [p for p in self.paths[outcome] if p.titles is None or title in p.titles]
            cumulative = list(itertools.accumulate(p.weight for p in fitting))
            guards = tuple(dict.fromkeys(g for p in fitting for _k, g in p.guards))
            pool = self._pools[key] = (fitting, cumulative, guards)
        fitting, cumulative, guards = pool
        if not fitting:
            return None
        false = [g for g in guards if truth(g, facts) is False]
        if false:
            easy = [p for p in fitting if not any(g in false for _k, g in p.guards)]
            if easy:
                return rng.choices(easy, weights=[p.weight for p in easy])[0]
        return rng.choices(fitting, cum_weights=cumulative)[0]


@attrs.frozen
class _Graph:
    """What classifying a trail needs to know about its version."""

    stages: Mapping[str, Stage | None]
    finals: frozenset[str]
    inside: frozenset[str]
    distance: Mapping[str, int]  # fewest steps to an inside state; absent: none reachable


def plan(code: str, version: WorkflowVersion) -> Plan:
    known = _STEPS.get(code, _Steps())
    outgoing: dict[str, list[Transition]] = {}
    loops: dict[str, list[Transition]] = {}
    for t in version.transitions:
        (loops if t.source == t.target else outgoing).setdefault(t.source, []).append(t)
    trails: list[tuple[Transition, ...]] = []
    graph = _graph(version)

    def walk(state: str, path: list[Transition], used: set[str]) -> None:
        if len(trails) >= _MAX_PATHS or len(path) > _MAX_STEPS:
            return
        if state in graph.finals:
            trails.append(tuple(path))
            return
        for t in outgoing.get(state, ()):
            if t.id not in used:
                used.add(t.id)
                path.append(t)
                walk(t.target, path, used)
                path.pop()
                used.discard(t.id)

    walk(version.initial_state.code, [], set())
    found: dict[Outcome, list[Path]] = {o: [] for o in _OUTCOMES}
    for steps in trails:
        path = _classify(steps, graph, known)
        if path is not None and _supported(path):
            found[path.outcome].append(path)
    paths: dict[str, tuple[Path, ...]] = {o: tuple(_weighted(found[o])) for o in _OUTCOMES}
    paths["any"] = paths["placed"] + paths["not_placed"]
    return Plan(code, version, paths, {state: tuple(ts) for state, ts in loops.items()})


_OUTCOMES: Final[tuple[Outcome, ...]] = ("placed", "placed_back", "not_placed", "declined")


def _graph(version: WorkflowVersion) -> _Graph:
    stages = {s.code: s.stage for s in version.states}
    inside = frozenset(code for code, stage in stages.items() if stage is Stage.INSIDE)
    distance = dict.fromkeys(inside, 0)
    frontier = list(inside)
    while frontier:
        nearer = []
        for t in version.transitions:
            if t.target in frontier and t.source not in distance:
                distance[t.source] = distance[t.target] + 1
                nearer.append(t.source)
        frontier = nearer
    return _Graph(stages, frozenset(s.code for s in version.states if s.final), inside, distance)


def _classify(steps: tuple[Transition, ...], graph: _Graph, known: _Steps) -> Path | None:
    states = [t.target for t in steps]
    stage = graph.stages[states[-1]]
    inside = graph.inside
    inflow: int | None = None
    exit_: int | None = None
    outcome: Outcome
    entered = [k for k, s in enumerate(states) if s in inside]
    if stage is Stage.DECLINED:
        outcome = "declined"
    elif entered:
        inflow = entered[0]
        leaving = [k for k, t in enumerate(steps) if t.source in inside and t.target not in inside]
        if leaving:
            exit_ = leaving[-1]
            target = steps[exit_].target
            after = graph.stages[target]
            if after is Stage.LEFT:
                outcome = "placed"
            elif after is Stage.PLACED_BACK or target not in graph.finals:
                outcome = "placed_back"
            else:
                return None  # an end state without a stage (or an odd one) after a stay
        else:
            outcome = "placed"  # the workflow ends with the person inside
    elif inside or stage is Stage.NOT_PLACED:
        outcome = "not_placed"
    elif stage is Stage.LEFT:
        outcome = "placed"
    elif stage is Stage.PLACED_BACK:
        outcome = "placed_back"
    else:
        return None
    decisive = [k for k, t in enumerate(steps) if t.feedback]
    if outcome in ("placed", "placed_back"):
        limit = inflow if inflow is not None else len(steps) - 1
        before = [k for k in decisive if k <= limit]
        decision = before[-1] if before else limit
    elif outcome == "not_placed" and decisive:
        decision = decisive[-1]
    elif outcome == "not_placed" and inside:
        decision = _turned_away(steps, graph.distance)
    else:
        decision = len(steps) - 1
    referral = 0
    if known.referral:
        marked = [k for k, t in enumerate(steps) if t.id in known.referral]
        if not marked or marked[0] > decision:
            return None
        referral = marked[0]
    revisits = len(states) - len(set(states))
    allowed: frozenset[str] | None = None
    for t in steps:
        if t.id in known.titles:
            titles = known.titles[t.id]
            allowed = titles if allowed is None else allowed & titles
    return Path(
        steps,
        outcome,
        referral,
        decision,
        inflow,
        exit_,
        0.3**revisits,
        tuple((k, t.guard) for k, t in enumerate(steps) if t.guard is not None),
        allowed,
    )


def _turned_away(steps: tuple[Transition, ...], distance: Mapping[str, int]) -> int:
    """The decision of a path that never gets inside, when no step of it has ``feedback``.

    The last step that takes the person no nearer to the inside states (where
    another step would have: a refusal, a placement elsewhere) before a step
    after which they cannot be reached; else that step.
    """
    gone = next(k for k, t in enumerate(steps) if t.target not in distance)
    away = [k for k, t in enumerate(steps[:gone]) if distance[t.target] >= distance[t.source]]
    return away[-1] if away else gone


def _weighted(paths: list[Path]) -> list[Path]:
    """Weights as if each branch were chosen with equal chance at every state."""
    branches: dict[tuple[str, ...], set[str]] = {}
    for p in paths:
        ids = tuple(t.id for t in p.steps)
        for k in range(len(ids)):
            branches.setdefault(ids[:k], set()).add(ids[k])
    result = []
    for p in paths:
        ids = tuple(t.id for t in p.steps)
        weight = p.weight
        for k in range(len(ids)):
            weight /= len(branches[ids[:k]])
        result.append(attrs.evolve(p, weight=weight))
    return result


# -- facts the guards read: plain dicts until the record is built ------------


@attrs.define
class Facts:
    """The person's facts as mutable data, so guards can be met before the record exists."""

    sex: Any
    intake: dict[str, Any]
    daytime: dict[str, Any] | None
    residence: dict[str, Any] | None
    holdings: list[dict[str, Any]]
    since: dt.date
    #: Declared facts a guard set, by the path it reads (``kv-x.fact``, ``kv-x.fact@t1``).
    declared: dict[str, Any] = attrs.field(factory=dict)


def _supported(path: Path) -> bool:
    """Whether the generator can meet every guard of the path at once (facts do not change)."""
    if not all(_can_satisfy(g) for _k, g in path.guards):
        return False
    blank = Facts(None, {}, None, None, [], dt.date.min)
    for _k, guard in path.guards:
        satisfy(guard, blank, Random(0))
    return all(truth(g, blank) is True for _k, g in path.guards)


def _can_satisfy(cond: Condition) -> bool:
    if isinstance(cond, All):
        return all(_can_satisfy(c) for c in cond.conditions)
    if isinstance(cond, AnyOf):
        return any(_can_satisfy(c) for c in cond.conditions)
    if isinstance(cond, Not):
        inner = cond.condition
        return (isinstance(inner, OneOf) and _enum(inner.fact) is not None) or (
            isinstance(inner, Compare) and inner.cmp == "eq" and isinstance(inner.value, bool)
        )
    if isinstance(cond, (Compare, OneOf, Contains)):
        return _slot(cond.fact) is not None and (not isinstance(cond, Compare) or cond.cmp != "ne")
    return isinstance(cond, HoldsTitle)


def _slot(fact: str) -> tuple[str, str] | None:
    if is_declared_path(fact):
        return "declared", fact
    head, _, rest = fact.partition(".")
    if head in ("intake", "daytime_activity", "residence") and rest and "." not in rest:
        return head, rest
    if fact == "sex":
        return "", "sex"
    return None


def _enum(fact: str) -> type[Enum] | None:
    tp = fact_type(fact)
    return tp if isinstance(tp, type) and issubclass(tp, Enum) else None


def _get(facts: Facts, fact: str) -> Any:
    slot = _slot(fact)
    if slot is None:
        return None
    head, name = slot
    if not head:
        value = facts.sex
        return None if value is None or value == "unknown" else value
    if head == "declared":
        return facts.declared.get(name)
    data = {"intake": facts.intake, "daytime_activity": facts.daytime, "residence": facts.residence}
    found = data[head]
    return None if found is None else found.get(name)


def _set(facts: Facts, fact: str, value: Any) -> None:
    head, name = _slot(fact) or ("", "")
    enum = _enum(fact)
    if enum is not None:
        value = enum(value)
    if not head:
        facts.sex = value
    elif head == "declared":
        facts.declared[name] = value
    elif head == "intake":
        facts.intake[name] = value
    elif head == "residence":
        facts.residence = {**(facts.residence or {}), name: value}
    else:
        from kleinschalig.model.case import ActivityKind

        facts.daytime = {"kind": ActivityKind.WORK, **(facts.daytime or {}), name: value}


def truth(cond: Condition, facts: Facts) -> bool | None:
    """A light three-valued reading of the guards the generator can meet."""
    if isinstance(cond, All):
        parts = [truth(c, facts) for c in cond.conditions]
        return False if False in parts else (None if None in parts else True)
    if isinstance(cond, AnyOf):
        parts = [truth(c, facts) for c in cond.conditions]
        return True if True in parts else (None if None in parts else False)
    if isinstance(cond, Not):
        inner = truth(cond.condition, facts)
        return None if inner is None else not inner
    if isinstance(cond, HoldsTitle):
        return any(
            h["title"] in cond.titles and (cond.phase is None or h.get("phase") == cond.phase)
            for h in facts.holdings
        )
    if isinstance(cond, (Compare, OneOf, Contains)):
        value = _get(facts, cond.fact)
        if value is None or value == ():
            return None
        if isinstance(cond, OneOf):
            return str(value) in cond.values
        if isinstance(cond, Contains):
            return cond.value in value
        return bool(_COMPARE[cond.cmp](value, cond.value))
    return None


_COMPARE: Final[dict[str, Any]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def satisfy(cond: Condition, facts: Facts, rng: Random) -> None:
    """Change or fill in facts so that ``cond`` holds (only for supported conditions)."""
    if truth(cond, facts) is True:
        return
    if isinstance(cond, All):
        for inner in cond.conditions:
            satisfy(inner, facts, rng)
    elif isinstance(cond, AnyOf):
        satisfy(next(c for c in cond.conditions if _can_satisfy(c)), facts, rng)
    elif isinstance(cond, Not):
        inner = cond.condition
        if isinstance(inner, OneOf):
            enum = _enum(inner.fact)
            assert enum is not None
            others = [m.value for m in enum if m.value not in inner.values and m.value != "unknown"]
            _set(facts, inner.fact, rng.choice(others))
        elif isinstance(inner, Compare):
            _set(facts, inner.fact, not inner.value)
    elif isinstance(cond, OneOf):
        _set(facts, cond.fact, rng.choice(cond.values))
    elif isinstance(cond, Contains):
        present = tuple(_get(facts, cond.fact) or ())
        _set(facts, cond.fact, (*present, cond.value))
    elif isinstance(cond, Compare):
        value = cond.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if cond.cmp in ("ge", "gt"):
                value = value + (1 if cond.cmp == "gt" else 0) + rng.randint(0, 8)
            elif cond.cmp in ("le", "lt"):
                below = (1 if cond.cmp == "lt" else 0) + rng.randint(0, int(value) // 2)
                value = max(0, value - below)
        if fact_type(cond.fact) is float:
            value = float(value)
        _set(facts, cond.fact, value)
    elif isinstance(cond, HoldsTitle):
        for holding in facts.holdings:
            if holding["title"] in cond.titles:
                holding["phase"] = cond.phase
                return
        facts.holdings.append({"title": cond.titles[0], "since": facts.since, "phase": cond.phase})
