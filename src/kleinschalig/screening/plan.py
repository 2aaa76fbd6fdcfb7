"""The plan for one facility on one reference date: the criteria in force and their judges.

A criterion version is compiled to its judge (see :mod:`.judge`) once per catalogue
revision and serves the plans of every date; a plan is the list of judges in force,
the ruleset digest and the start of the decision digest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from collections.abc import Sequence
from typing import Any, Final

import attrs

from kleinschalig.catalogue import CORE_OWNER, Catalogue
from kleinschalig.model.criteria import Criterion, CriterionVersion
from kleinschalig.model.facilities import Facility
from kleinschalig.screening.judge import Judge, judge_for, reads_declared
from kleinschalig.screening.results import FORMAT
from kleinschalig.screening.select import criteria_in_force, facility_criteria

__all__ = ["Plan", "canonical", "owner_of", "plan_for", "ruleset_digest"]

#: Plans kept per catalogue (one per facility and reference date) before starting over.
PLANS_KEPT: Final = 4096
#: Judges kept per catalogue (one per facility and criterion version) before starting over.
JUDGES_KEPT: Final = 4096


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def owner_of(catalogue: Catalogue, criterion_id: str) -> str:
    """The plugin that registered a criterion; the core for a facility's own (``core.*``)."""
    if criterion_id in catalogue.criteria:
        return catalogue.criteria.owner(criterion_id)
    return CORE_OWNER


def ruleset_digest(
    pairs: Sequence[tuple[Criterion, CriterionVersion]], catalogue: Catalogue
) -> str:
    """A digest of the criteria in force (id, kind, version, rule, sources), order-free.

    Each criterion is digested with the plugin that registered it (see :func:`owner_of`)
    and that plugin's version (:attr:`Catalogue.plugin_versions
    <kleinschalig.catalogue.Catalogue.plugin_versions>`), so the same rule from another
    plugin, or from another version of its plugin, gives another digest.
    """
    from kleinschalig.codec.converter import unstructure

    versions = catalogue.plugin_versions
    payload = []
    for c, v in sorted(pairs, key=lambda pair: pair[0].id):
        owner = owner_of(catalogue, c.id)
        payload.append(
            {
                "id": c.id,
                "kind": c.kind.value,
                "overrides": c.overrides,
                "applies_when": unstructure(c.applies_when) if c.applies_when else None,
                "version": unstructure(v, CriterionVersion),
                "plugin": owner,
                "plugin_version": versions.get(owner),
            }
        )
    return hashlib.sha256(canonical(payload).encode()).hexdigest()


@attrs.frozen(slots=True)
class Plan:
    """What :func:`decide` needs for one facility on one reference date."""

    facility: Facility = attrs.field(eq=False, repr=False)
    #: The criteria in force, in order, and their judges.
    criteria: tuple[str, ...]
    judges: tuple[Judge, ...]
    ruleset_digest: str
    #: The start of the ``repr`` the decision digest is taken of, up to the outcome.
    head: str
    #: Criteria of another plugin that apply only under the facility owner's grant.
    granted: tuple[str, ...] = ()
    ids: frozenset[str] = attrs.field(init=False)

    @ids.default
    def _ids(self) -> frozenset[str]:
        return frozenset(self.criteria)


@attrs.define
class _Store:
    revision: Any
    plans: dict[Any, Plan] = attrs.field(factory=dict)
    #: Judges and ruleset digests, shared by the plans of every date.
    judges: dict[Any, Judge] = attrs.field(factory=dict)
    digests: dict[Any, str] = attrs.field(factory=dict)


_STORES: weakref.WeakKeyDictionary[Catalogue, _Store] = weakref.WeakKeyDictionary()


def plan_for(catalogue: Catalogue, facility: Facility, on: dt.date) -> Plan:
    """The plan, cached per catalogue revision, facility and date."""
    store = _STORES.get(catalogue)
    revision = catalogue.revision
    if store is None or store.revision != revision:
        store = _STORES[catalogue] = _Store(revision)
    key = (facility.code, on)
    plan = store.plans.get(key)
    if plan is None or (plan.facility is not facility and plan.facility != facility):
        if len(store.plans) >= PLANS_KEPT:
            store.plans.clear()
        if len(store.judges) >= JUDGES_KEPT:
            store.judges.clear()
            store.digests.clear()
        plan = store.plans[key] = _make_plan(store, facility, catalogue, on)
    return plan


def _make_plan(store: _Store, facility: Facility, catalogue: Catalogue, on: dt.date) -> Plan:
    own = [(c, c.versions[0]) for c in facility_criteria(facility)]
    registered = criteria_in_force(catalogue, facility, on)
    pairs = own + registered
    # Within one catalogue revision a criterion's version is known by when it starts. The
    # facility's own criteria follow from the facility; the registered ones do not.
    # A criterion reading a declared fact may read a per-facility value: its judge is the
    # facility's own.
    keys = (
        *((facility, c.id, v.valid_from) for c, v in own),
        *(
            (facility.code if reads_declared(c) else None, c.id, v.valid_from)
            for c, v in registered
        ),
    )
    judges = []
    for key, (criterion, version) in zip(keys, pairs, strict=True):
        judge = store.judges.get(key)
        if judge is None:
            judge = store.judges[key] = judge_for(criterion, version, facility)
        judges.append(judge)
    rules = store.digests.get(keys)
    if rules is None:
        rules = store.digests[keys] = ruleset_digest(pairs, catalogue)
    head = ", ".join(repr(part) for part in (FORMAT, facility.code, on.isoformat(), rules))
    return Plan(
        facility,
        tuple(c.id for c, _v in pairs),
        tuple(judges),
        rules,
        f"({head}, ",
        granted_criteria(catalogue, facility, [c for c, _v in registered]),
    )


def granted_criteria(
    catalogue: Catalogue, facility: Facility, criteria: Sequence[Criterion]
) -> tuple[str, ...]:
    """The criteria that apply to ``facility`` only under a grant of its owner, as
    ``"<criterion> (<plugin>, granted by <owner>)"``."""
    if facility.code not in catalogue.facilities:
        return ()
    owner = catalogue.facilities.owner(facility.code)
    found = []
    for criterion in criteria:
        by = catalogue.criteria.owner(criterion.id)
        if by not in (owner, CORE_OWNER):
            found.append(f"{criterion.id} ({by}, granted by {owner})")
    return tuple(sorted(found))
