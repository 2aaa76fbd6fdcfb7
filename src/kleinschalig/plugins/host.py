"""The plugin host: load every plugin, isolate the broken ones, build the catalogue.

>>> host = PluginHost.load(HostConfig(entry_points=False))
>>> [p.name for p in host.plugins]
['kleinschalig']
>>> "voorlopige_hechtenis" in host.catalogue.titles
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import add_catalog_dir, add_catalog_messages
from kleinschalig.plugins import hookspecs
from kleinschalig.plugins.config import HostConfig
from kleinschalig.plugins.discovery import Candidate, PluginSource, candidates
from kleinschalig.plugins.facade import HookFailure, Hooks
from kleinschalig.plugins.markers import PROJECT
from kleinschalig.plugins.problems import PluginError, PluginLoadFailed, Stage
from kleinschalig.plugins.register import (
    CriterionRegister,
    FacilityRegister,
    FactRegister,
    IndicatorRegister,
    InterventionLogicRegister,
    LegalTitleRegister,
    PartnerRoleRegister,
    Staging,
    TranslationRegister,
    WorkflowRegister,
)
from kleinschalig.plugins.resolve import resolve

__all__ = ["PluginHost", "PluginInfo"]

#: Every hook name, in the order the host calls them.
HOOK_NAMES: tuple[str, ...] = (
    "kleinschalig_register_translations",
    "kleinschalig_register_legal_titles",
    "kleinschalig_register_partner_roles",
    "kleinschalig_register_facilities",
    "kleinschalig_register_facts",
    "kleinschalig_register_intervention_logic",
    "kleinschalig_register_criteria",
    "kleinschalig_register_workflows",
    "kleinschalig_register_indicators",
)


@attrs.define
class PluginInfo:
    """What the host knows about one plugin, for ``kleinschalig plugins``."""

    name: str
    source: PluginSource
    location: str
    version: str | None
    status: str = "active"
    #: ``code`` (Python hooks), ``data`` (YAML files only) or ``both``.
    form: str = "code"
    hooks: tuple[str, ...] = ()
    registered: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    errors: list[PluginError] = attrs.field(factory=list)

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "source": self.source.value,
            "location": self.location,
            "status": self.status,
            "form": self.form,
            "hooks": list(self.hooks),
            "registered": {kind: list(codes) for kind, codes in sorted(self.registered.items())},
            "errors": [e.to_dict(lang) for e in self.errors],
        }


def _hook_problems(name: str, plugin: object) -> list[PluginError]:
    """Misspelt hooks and hook-like functions that lack ``@hookimpl`` (pluggy ignores both)."""
    problems = []
    for attribute in sorted(dir(plugin)):
        if not attribute.startswith(f"{PROJECT}_"):
            continue
        function = getattr(plugin, attribute, None)
        if not callable(function):
            continue
        marked = hasattr(function, f"{PROJECT}_impl")
        if marked and attribute not in HOOK_NAMES:
            problems.append(PluginError(name, Stage.HOOKS, hook=attribute, detail="no such hook"))
        elif not marked and attribute in HOOK_NAMES:
            problems.append(
                PluginError(name, Stage.HOOKS, hook=attribute, detail="missing @hookimpl")
            )
    return problems


class PluginHost:
    """Loads plugins and holds the resulting :class:`~kleinschalig.catalogue.Catalogue`.

    Use :meth:`load`. ``plugins`` lists every plugin found (also blocked and failed
    ones), ``errors`` every problem; in strict mode :meth:`load` raises
    :class:`~kleinschalig.plugins.PluginLoadFailed` instead of returning.
    """

    def __init__(
        self,
        config: HostConfig,
        catalogue: Catalogue,
        plugins: list[PluginInfo],
        errors: list[PluginError],
        pm: pluggy.PluginManager,
    ) -> None:
        self.config = config
        self.catalogue = catalogue
        self.plugins = tuple(plugins)
        self.errors = tuple(errors)
        self.pm = pm
        self.hooks = Hooks(pm)

    def plugin(self, name: str) -> PluginInfo:
        for info in self.plugins:
            if info.name == name:
                return info
        raise KeyError(name)

    @classmethod
    def load(
        cls,
        config: HostConfig | None = None,
        plugins: Iterable[tuple[str, object]] = (),
    ) -> PluginHost:
        """Discover, load and resolve plugins.

        :param config: where to look; by default :meth:`HostConfig.from_env`.
        :param plugins: explicit ``(name, plugin)`` pairs; a plugin is a module,
            an object with hook methods, or a module name.
        """
        config = HostConfig.from_env() if config is None else config
        found, missing_dirs = candidates(config, plugins)
        errors: list[PluginError] = [
            PluginError(str(d), Stage.IMPORT, detail="plugin directory not found")
            for d in missing_dirs
        ]
        listed, infos, unique = _unique(found)
        errors += [e for info in listed for e in info.errors]
        pm = pluggy.PluginManager(PROJECT)
        pm.add_hookspecs(hookspecs)
        stagings: dict[str, Staging] = {}
        loaded: dict[str, object] = {}
        for candidate in unique:
            info = infos[candidate.name]
            if candidate.source is not PluginSource.CORE:
                if config.allow is not None and candidate.name not in config.allow:
                    info.status = "not_allowed"
                    continue
                if candidate.name in config.block:
                    info.status = "blocked"
                    continue
            staging = Staging(candidate.name, trusted=candidate.source is PluginSource.CORE)
            stagings[candidate.name] = staging
            plugin = _register(pm, candidate, staging)
            if plugin is not None:
                loaded[candidate.name] = plugin
                info.form = _form(plugin)
            elif any(e.stage is Stage.DATA for e in staging.errors):
                info.form = "data"  # its files could not be read, but they are what it is
            info.hooks = tuple(h for h in HOOK_NAMES if candidate.name in Hooks(pm).implementers(h))
        _call_hooks(Hooks(pm), stagings)
        resolution = resolve(stagings, PROJECT)
        for catalog in resolution.catalogs:
            if catalog.locale_dir is not None:
                add_catalog_dir(catalog.domain, catalog.locale_dir)
            else:
                messages: dict[str, dict[str, str]] = {}
                for lang, msgid, text in catalog.messages:
                    messages.setdefault(lang, {})[msgid] = text
                add_catalog_messages(catalog.domain, messages)
        located = [_located(error, loaded.get(error.plugin)) for error in resolution.errors]
        errors += located
        for error in located:
            infos[error.plugin].errors.append(error)
        for name in resolution.failed:
            infos[name].status = "failed"
        for registration in resolution.winners:
            registered = infos[registration.plugin].registered
            registered[registration.kind] = (
                *registered.get(registration.kind, ()),
                registration.key,
            )
        errors.sort(key=_error_order)
        host = cls(config, resolution.catalogue, sorted(listed, key=_order), errors, pm)
        if config.strict and errors:
            failure = PluginLoadFailed(tuple(errors))
            failure.host = host  # type: ignore[attr-defined]
            raise failure
        return host


def _order(info: PluginInfo) -> tuple[bool, str]:
    return (info.source is not PluginSource.CORE, info.name)


def _error_order(error: PluginError) -> tuple[str, int, str, str]:
    return (error.plugin, list(Stage).index(error.stage), error.object or "", error.hook or "")


def _unique(
    found: list[Candidate],
) -> tuple[list[PluginInfo], dict[str, PluginInfo], list[Candidate]]:
    """Every candidate's info, the infos by name of those that may load, and those candidates.

    A name used by more than one plugin loads none of them (the core keeps its name).
    """
    counts: dict[str, int] = {}
    for candidate in found:
        counts[candidate.name] = counts.get(candidate.name, 0) + 1
    listed: list[PluginInfo] = []
    by_name: dict[str, PluginInfo] = {}
    unique: list[Candidate] = []
    for candidate in found:
        info = PluginInfo(candidate.name, candidate.source, candidate.location, candidate.version)
        listed.append(info)
        if counts[candidate.name] > 1 and candidate.source is not PluginSource.CORE:
            info.status = "failed"
            info.errors.append(
                PluginError(
                    candidate.name,
                    Stage.NAME,
                    detail=f"{candidate.source.value} {candidate.location}",
                )
            )
            continue
        by_name[candidate.name] = info
        unique.append(candidate)
    return listed, by_name, unique


def _form(plugin: object) -> str:
    """``data``, ``code`` or ``both``: what the plugin is made of."""
    return str(getattr(plugin, "form", "code"))


def _located(error: PluginError, plugin: object) -> PluginError:
    """``error`` with the place in a data file where its object is defined, if known."""
    locate = getattr(plugin, "locate", None)
    if error.location is not None or error.object is None or locate is None:
        return error
    kind, _, key = error.object.partition(":")
    found = locate(kind, key)
    return error if found is None else attrs.evolve(error, location=found)


def _register(pm: pluggy.PluginManager, candidate: Candidate, staging: Staging) -> object | None:
    from kleinschalig.plugins.data import DataPluginInvalid, with_data

    try:
        plugin = with_data(candidate.name, candidate.load())
    except DataPluginInvalid as invalid:
        staging.errors.extend(
            PluginError(candidate.name, Stage.DATA, location=e.location, errors=(e.error,))
            for e in invalid.errors
        )
        return None
    except Exception as exc:
        staging.errors.append(
            PluginError(candidate.name, Stage.IMPORT, detail=f"{type(exc).__name__}: {exc}")
        )
        return None
    problems = _hook_problems(candidate.name, plugin)
    if problems:
        staging.errors.extend(problems)
        return None
    try:
        pm.register(plugin, name=candidate.name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        staging.errors.append(PluginError(candidate.name, Stage.HOOKS, detail=str(exc)))
        return None
    return plugin


def _call_hooks(hooks: Hooks, stagings: dict[str, Staging]) -> None:
    def make(register_cls: Any, hook: str) -> Any:
        def register_for(plugin: str) -> Any:
            staging = stagings[plugin]
            staging.hook = hook
            return register_cls(staging)

        return register_for

    failures: list[HookFailure] = []
    failures += hooks.register_translations(
        make(TranslationRegister, "kleinschalig_register_translations")
    )
    failures += hooks.register_legal_titles(
        make(LegalTitleRegister, "kleinschalig_register_legal_titles")
    )
    failures += hooks.register_partner_roles(
        make(PartnerRoleRegister, "kleinschalig_register_partner_roles")
    )
    failures += hooks.register_facilities(
        make(FacilityRegister, "kleinschalig_register_facilities")
    )
    failures += hooks.register_facts(make(FactRegister, "kleinschalig_register_facts"))
    failures += hooks.register_intervention_logic(
        make(InterventionLogicRegister, "kleinschalig_register_intervention_logic")
    )
    failures += hooks.register_criteria(make(CriterionRegister, "kleinschalig_register_criteria"))
    failures += hooks.register_workflows(make(WorkflowRegister, "kleinschalig_register_workflows"))
    failures += hooks.register_indicators(
        make(IndicatorRegister, "kleinschalig_register_indicators")
    )
    for failure in failures:
        stagings[failure.plugin].errors.append(
            PluginError(
                failure.plugin,
                Stage.HOOK_CALL,
                hook=failure.hook,
                detail=f"{type(failure.exception).__name__}: {failure.exception}",
            )
        )
