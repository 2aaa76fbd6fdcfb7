"""From everything the plugins staged to one consistent catalogue, whatever the load order.

A plugin with any error is left out as a whole. Leaving a plugin out can break
another plugin's references or end a conflict, so resolution repeats until
nothing changes. The result depends only on the set of registrations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

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


def _conflicts(
    registrations: list[Registration], core: str
) -> tuple[dict[tuple[str, str], Registration], list[PluginError]]:
    groups: dict[tuple[str, str], list[Registration]] = defaultdict(list)
    for registration in registrations:
        groups[(registration.kind, registration.key)].append(registration)
    winners: dict[tuple[str, str], Registration] = {}
    errors: list[PluginError] = []
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
        )
        if chain_ok:
            winners[(kind, key)] = top[0]
            continue
        for plugin in sorted(set(plugins) - {core}):
            others = tuple(sorted(p for p in set(plugins) if p != plugin))
            errors.append(
                PluginError(plugin, Stage.CONFLICT, object=f"{kind}:{key}", others=others)
            )
    return winners, errors


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


def resolve(stagings: Mapping[str, Staging], core: str) -> Resolution:
    errors: list[PluginError] = [e for s in stagings.values() for e in s.errors]
    failed = {name for name, staging in stagings.items() if staging.errors}
    while True:
        active = [
            r for name, s in sorted(stagings.items()) if name not in failed for r in s.registrations
        ]
        winners, conflict_errors = _conflicts(active, core)
        catalogue, catalogs = _build(winners)
        new_errors = conflict_errors + _references(catalogue, winners)
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
    return Resolution(
        catalogue=catalogue,
        catalogs=tuple(catalogs),
        winners=tuple(reg for _key, reg in sorted(winners.items())),
        errors=tuple(errors),
        failed=frozenset(failed),
    )
