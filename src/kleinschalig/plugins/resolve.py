"""From everything the plugins staged to one consistent catalogue, whatever the load order.

A plugin with any error is left out as a whole. Leaving a plugin out can break
another plugin's references or end a conflict, so resolution repeats until
nothing changes. The result depends only on the set of registrations.

A plugin owns what it registers: its codes, and everything scoped to its
facilities. Registering into what another plugin owns — a criterion, workflow or
indicator scoped onto its facility, a criterion that replaces one of its
criteria, intervention logic for its facility, the same code again — is refused
unless the host configuration grants it (``HostConfig.grants``). When two plugins
register the same code without a grant, the one that owns it keeps it — the one
named after it (``kv-almelo`` owns ``kv-almelo`` and ``kv-almelo.*``), else the
one from the more trusted source — and only the other fails: adding a plugin
never takes away a facility that worked before. A fixed contra-indication is
never replaced, by anyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import ErrorDetail
from kleinschalig.model.checks import (
    Lookup,
    criterion_problems,
    declared_lookup,
    indicator_problems,
    workflow_problems,
)
from kleinschalig.model.workflows import Workflow
from kleinschalig.plugins.problems import PluginError, Stage
from kleinschalig.plugins.register import Catalog, Registration, Staging

__all__ = ["Resolution", "resolve"]


@attrs.frozen(slots=True)
class Resolution:
    catalogue: Catalogue
    catalogs: tuple[Catalog, ...]
    winners: tuple[Registration, ...]
    errors: tuple[PluginError, ...]
    failed: frozenset[str]
    #: Per plugin, what it registered into another plugin's domain under a grant.
    granted: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


def _named_after(plugin: str, key: str) -> bool:
    """Whether ``key`` is in ``plugin``'s own name space (``kv-almelo``, ``kv-almelo.x``)."""
    name = plugin.lower().replace("_", "-")
    return key == name or key.startswith((f"{name}.", f"{name}-"))


def _owner(regs: list[Registration], ranks: Mapping[str, int], core: str) -> Registration | None:
    """Whose registration of a code two plugins registered stands: the core's, the one
    named after it, else the one from the most trusted source; ``None`` when it is a tie."""
    acknowledged = {r.overrides for r in regs if r.overrides}
    for chosen in (
        [r for r in regs if r.plugin == core],
        # a plugin that declares it replaces another's code says whose it is
        [r for r in regs if r.plugin in acknowledged],
        [r for r in regs if _named_after(r.plugin, r.key)],
    ):
        if len({r.plugin for r in chosen}) == 1:
            return chosen[0]
    best = min(ranks.get(r.plugin, 3) for r in regs)
    top = [r for r in regs if ranks.get(r.plugin, 3) == best]
    return top[0] if len({r.plugin for r in top}) == 1 else None


def _conflicts(
    registrations: list[Registration],
    core: str,
    grants: frozenset[tuple[str, str]],
    ranks: Mapping[str, int],
) -> tuple[dict[tuple[str, str], Registration], list[PluginError], dict[str, set[str]]]:
    groups: dict[tuple[str, str], list[Registration]] = defaultdict(list)
    for registration in registrations:
        groups[(registration.kind, registration.key)].append(registration)
    winners: dict[tuple[str, str], Registration] = {}
    errors: list[PluginError] = []
    granted: dict[str, set[str]] = defaultdict(set)
    for (kind, key), regs in sorted(groups.items()):
        if len(regs) == 1:
            winners[(kind, key)] = regs[0]
            continue
        plugins = [r.plugin for r in regs]
        overridden = {r.overrides for r in regs if r.overrides}
        top = [r for r in regs if r.plugin not in overridden]
        chain_ok = (
            len(set(plugins)) == len(plugins)
            and len(top) == 1
            and all(r.plugin in overridden for r in regs if r is not top[0])
            and all((r.plugin, r.overrides) in grants for r in regs if r.overrides)
        )
        if chain_ok:
            winners[(kind, key)] = top[0]
            for r in regs:
                if r.overrides:
                    granted[r.plugin].add(f"{kind}:{key} (replaces {r.overrides}'s)")
            continue
        owner = _owner(regs, ranks, core)
        if owner is not None:
            winners[(kind, key)] = owner
        for plugin in sorted(set(plugins) - {core} - ({owner.plugin} if owner else set())):
            others = tuple(sorted(p for p in set(plugins) if p != plugin))
            errors.append(
                PluginError(
                    plugin,
                    Stage.CONFLICT,
                    object=f"{kind}:{key}",
                    others=others,
                    detail="" if owner is None else f"owned by {owner.plugin}; not granted",
                )
            )
    return winners, errors, granted


def _build(winners: Mapping[tuple[str, str], Registration]) -> tuple[Catalogue, list[Catalog]]:
    catalogue = Catalogue()
    catalogs: list[Catalog] = []
    registries = {
        "legal_title": catalogue.titles,
        "partner_role": catalogue.roles,
        "facility": catalogue.facilities,
        "intervention_logic": catalogue.intervention_logics,
        "criterion": catalogue.criteria,
        "workflow": catalogue.workflows,
        "indicator": catalogue.indicators,
        "fact": catalogue.facts,
    }
    for (kind, key), reg in sorted(winners.items()):
        if kind == "translation":
            catalogs.append(reg.item)
        else:
            registries[kind].add(reg.item, reg.plugin, key=key)  # type: ignore[attr-defined]
    return catalogue, catalogs


def _declared_problems(kind: str, item: object, lookup: Lookup) -> list[str]:
    """Why a rule's reading of declared facts does not fit their definitions."""
    if kind == "criterion":
        return criterion_problems(item, lookup)  # type: ignore[arg-type]
    if kind == "workflow":
        return workflow_problems(item, lookup)  # type: ignore[arg-type]
    if kind == "indicator":
        return indicator_problems(item, lookup)  # type: ignore[arg-type]
    return []


def _references(
    catalogue: Catalogue, winners: Mapping[tuple[str, str], Registration]
) -> list[PluginError]:
    errors: list[PluginError] = []
    lookup = declared_lookup({d.id: d for d in catalogue.facts})
    for (kind, key), reg in sorted(winners.items()):
        declared = _declared_problems(kind, reg.item, lookup)
        if declared:
            errors.append(
                PluginError(
                    reg.plugin, Stage.REFERENCE, object=f"{kind}:{key}", detail="; ".join(declared)
                )
            )
        details: list[ErrorDetail] = []
        if kind == "facility":
            details = catalogue.check_facility(reg.item)
        elif kind == "intervention_logic" and key not in catalogue.facilities:
            errors.append(
                PluginError(
                    reg.plugin,
                    Stage.REFERENCE,
                    object=f"{kind}:{key}",
                    detail=f"no facility with code {key!r} is registered",
                )
            )
        elif kind == "criterion":
            problems = [
                f"no facility with code {code!r} is registered"
                for code in reg.item.scope.facilities
                if code not in catalogue.facilities
            ]
            if reg.item.overrides and reg.item.overrides not in catalogue.criteria:
                problems.append(f"overrides unknown criterion {reg.item.overrides!r}")
            if problems:
                errors.append(
                    PluginError(
                        reg.plugin,
                        Stage.REFERENCE,
                        object=f"{kind}:{key}",
                        detail="; ".join(problems),
                    )
                )
        elif kind == "indicator":
            unknown = [c for c in reg.item.scope.facilities if c not in catalogue.facilities]
            if unknown:
                errors.append(
                    PluginError(
                        reg.plugin,
                        Stage.REFERENCE,
                        object=f"{kind}:{key}",
                        detail="; ".join(
                            f"no facility with code {c!r} is registered" for c in unknown
                        ),
                    )
                )
        elif kind == "workflow":
            problems = _workflow_references(catalogue, reg.item)
            if problems:
                errors.append(
                    PluginError(
                        reg.plugin,
                        Stage.REFERENCE,
                        object=f"{kind}:{key}",
                        detail="; ".join(problems),
                    )
                )
        if details:
            errors.append(
                PluginError(
                    reg.plugin, Stage.REFERENCE, object=f"{kind}:{key}", errors=tuple(details)
                )
            )
    return errors


def _workflow_references(catalogue: Catalogue, workflow: Workflow) -> list[str]:
    problems = [
        f"no facility with code {code!r} is registered"
        for code in workflow.scope.facilities
        if code not in catalogue.facilities
    ]
    roles = {role for version in workflow.versions for role in version.roles()}
    problems += [
        f"no partner role with code {code!r} is registered"
        for code in sorted(roles)
        if code not in catalogue.roles
    ]
    return problems


def _ownership(
    catalogue: Catalogue,
    winners: Mapping[tuple[str, str], Registration],
    core: str,
    grants: frozenset[tuple[str, str]],
    granted: dict[str, set[str]],
) -> list[PluginError]:
    """Registrations that reach into what another plugin owns without a grant."""
    errors: list[PluginError] = []
    for (kind, key), reg in sorted(winners.items()):
        if reg.plugin == core:
            continue
        problems: list[str] = []
        for owner, what in _entered(catalogue, kind, key, reg.item):
            if owner == reg.plugin:
                continue
            if owner is None:
                problems.append(f"{what} is a fixed contra-indication: it is never replaced")
            elif (reg.plugin, owner) in grants:
                granted[reg.plugin].add(f"{kind}:{key} ({what}, of {owner})")
            else:
                problems.append(f"{what} belongs to plugin {owner}; not granted")
        if problems:
            errors.append(
                PluginError(
                    reg.plugin, Stage.OWNERSHIP, object=f"{kind}:{key}", detail="; ".join(problems)
                )
            )
    return errors


def _entered(catalogue: Catalogue, kind: str, key: str, item: Any) -> list[tuple[str | None, str]]:
    """``(owner, what)`` of everything a registration reaches into; owner ``None`` for what
    nobody may replace."""
    from kleinschalig.model.criteria import CriterionKind

    facilities: tuple[str, ...] = ()
    if kind in ("criterion", "workflow", "indicator"):
        facilities = item.scope.facilities
    elif kind == "intervention_logic":
        facilities = (key,)
    found: list[tuple[str | None, str]] = [
        (catalogue.facilities.owner(code), f"facility {code}")
        for code in facilities
        if code in catalogue.facilities
    ]
    replaced = item.overrides if kind == "criterion" else None
    if replaced is not None and replaced in catalogue.criteria:
        fixed = catalogue.criteria.get(replaced).kind is CriterionKind.FIXED_CONTRA_INDICATION
        owner = None if fixed else catalogue.criteria.owner(replaced)
        found.append((owner, f"criterion {replaced}"))
    return found


def resolve(
    stagings: Mapping[str, Staging], core: str, grants: frozenset[tuple[str, str]] = frozenset()
) -> Resolution:
    errors: list[PluginError] = [e for s in stagings.values() for e in s.errors]
    failed = {name for name, staging in stagings.items() if staging.errors}
    ranks = {name: staging.rank for name, staging in stagings.items()}
    while True:
        active = [
            r for name, s in sorted(stagings.items()) if name not in failed for r in s.registrations
        ]
        winners, conflict_errors, granted = _conflicts(active, core, grants, ranks)
        catalogue, catalogs = _build(winners)
        new_errors = (
            conflict_errors
            + _ownership(catalogue, winners, core, grants, granted)
            + _references(catalogue, winners)
        )
        newly_failed = {e.plugin for e in new_errors} - failed
        errors += [e for e in new_errors if e.plugin in newly_failed]
        if not newly_failed:
            break
        failed |= newly_failed
    if core in failed:
        raise RuntimeError(
            "the core plugin failed to load: "
            + "; ".join(line for e in errors if e.plugin == core for line in e.lines("en"))
        )
    catalogue.grants = grants
    return Resolution(
        catalogue=catalogue,
        catalogs=tuple(catalogs),
        winners=tuple(reg for _key, reg in sorted(winners.items())),
        errors=tuple(errors),
        failed=frozenset(failed),
        granted={plugin: tuple(sorted(uses)) for plugin, uses in sorted(granted.items())},
    )
