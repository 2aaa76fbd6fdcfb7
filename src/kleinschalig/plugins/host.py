"""The plugin host: load every plugin, isolate the broken ones, build the catalogue.

>>> host = PluginHost.load(HostConfig(entry_points=False))
>>> [p.name for p in host.plugins]
['kleinschalig']
>>> "voorlopige_hechtenis" in host.catalogue.titles
True
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs
import pluggy

from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import add_catalog_dir, add_catalog_messages, registering
from kleinschalig.plugins import hookspecs
from kleinschalig.plugins.config import HostConfig
from kleinschalig.plugins.containment import Containment, file_problems, hook_problems
from kleinschalig.plugins.discovery import Candidate, Declared, PluginSource, candidates
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

_P = ParamSpec("_P")
_R = TypeVar("_R")
#: One host is built at a time: loading swaps ``sys.stdout``/``sys.stderr`` around
#: each plugin call and registers process-wide catalogs (see docs/guide/languages.rst).
_BUILDING = threading.RLock()


def _one_at_a_time(load: Callable[_P, _R]) -> Callable[_P, _R]:
    @functools.wraps(load)
    def serialised(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _BUILDING:
            return load(*args, **kwargs)

    return serialised


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
    #: What it registered into another plugin's domain, under a grant of the host config.
    granted: tuple[str, ...] = ()
    #: Why it did not load, for the status ``code_not_allowed``.
    reason: str = ""
    #: Milliseconds its import and its hooks took; ``None`` when it was not loaded.
    load_ms: float | None = None
    #: What it wrote to stdout and stderr while loading, at most
    #: :data:`~kleinschalig.plugins.containment.OUTPUT_LIMIT` characters.
    output: str = ""
    #: Whether it wrote more than that (the rest is not kept).
    output_truncated: bool = False
    #: Problems that do not stop it from loading (load time, permissions).
    warnings: list[PluginError] = attrs.field(factory=list)

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
            "granted": list(self.granted),
            "reason": self.reason,
            "load_ms": self.load_ms,
            "output": self.output,
            "output_truncated": self.output_truncated,
            "warnings": [w.to_dict(lang) for w in self.warnings],
        }


class PluginHost:
    """Loads plugins and holds the resulting :class:`~kleinschalig.catalogue.Catalogue`.

    Use :meth:`load`. ``plugins`` lists every plugin found (also blocked and failed
    ones), ``errors`` every problem, ``warnings`` the problems that do not stop a
    plugin from loading (a slow plugin; in non-strict mode, a plugin file others may
    change); in strict mode :meth:`load` raises
    :class:`~kleinschalig.plugins.PluginLoadFailed` instead of returning when there
    are errors.
    """

    def __init__(
        self,
        config: HostConfig,
        catalogue: Catalogue,
        plugins: list[PluginInfo],
        errors: list[PluginError],
        pm: pluggy.PluginManager,
        warnings: Iterable[PluginError] = (),
    ) -> None:
        self.config = config
        self.catalogue = catalogue
        self.plugins = tuple(plugins)
        self.errors = tuple(errors)
        self.warnings = tuple(warnings)
        self.pm = pm
        self.hooks = Hooks(pm)

    def plugin(self, name: str) -> PluginInfo:
        for info in self.plugins:
            if info.name == name:
                return info
        raise KeyError(name)

    @classmethod
    @_one_at_a_time
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
        contain = Containment()
        warnings: list[PluginError] = []
        checked: dict[Path, str | None] = {}
        for candidate in unique:
            info = infos[candidate.name]
            if candidate.source is not PluginSource.CORE:
                if config.allow is not None and candidate.name not in config.allow:
                    info.status = "not_allowed"
                    continue
                if candidate.name in config.block:
                    info.status = "blocked"
                    continue
                if config.data_only and candidate.name not in config.code_allow:
                    declared = _declared(candidate)
                    if isinstance(declared, str):
                        info.status, info.reason = "code_not_allowed", declared
                        continue
                    candidate = attrs.evolve(candidate, load=declared)
                unsafe = _unsafe(candidate, checked)
                if unsafe is not None and config.strict:
                    info.status = "failed"  # not imported: its code may not be what was meant
                    info.errors.append(unsafe)
                    errors.append(unsafe)
                    continue
                if unsafe is not None:
                    info.warnings.append(unsafe)
            staging = Staging(
                candidate.name,
                trusted=candidate.source is PluginSource.CORE,
                rank=_RANKS[candidate.source],
            )
            stagings[candidate.name] = staging
            plugin = _register(pm, candidate, staging, contain)
            if plugin is not None:
                loaded[candidate.name] = plugin
                info.form = _form(plugin)
            elif any(e.stage is Stage.DATA for e in staging.errors):
                info.form = "data"  # its files could not be read, but they are what it is
            info.hooks = tuple(h for h in HOOK_NAMES if candidate.name in Hooks(pm).implementers(h))
        _call_hooks(Hooks(pm, contain.around), stagings)
        for name, info in infos.items():
            info.output, info.output_truncated = contain.output(name)
            info.load_ms = contain.milliseconds(name)
            if info.source is not PluginSource.CORE and (info.load_ms or 0) > config.load_budget_ms:
                info.warnings.append(
                    PluginError(
                        name,
                        Stage.LOAD_TIME,
                        detail=f"{info.load_ms:.0f} ms, budget {config.load_budget_ms:g} ms",
                    )
                )
            warnings += info.warnings
        resolution = resolve(stagings, PROJECT, config.grants)
        resolution.catalogue.plugin_versions.update({n: infos[n].version for n in stagings})
        with registering():  # readers see all of this host's catalogs at once
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
        for name, uses in resolution.granted.items():
            infos[name].granted = uses
        for registration in resolution.winners:
            registered = infos[registration.plugin].registered
            registered[registration.kind] = (
                *registered.get(registration.kind, ()),
                registration.key,
            )
        errors.sort(key=_error_order)
        warnings.sort(key=_error_order)
        host = cls(config, resolution.catalogue, sorted(listed, key=_order), errors, pm, warnings)
        if config.strict and errors:
            failure = PluginLoadFailed(tuple(errors))
            failure.host = host  # type: ignore[attr-defined]
            raise failure
        return host


#: Who keeps a code that two plugins register, when neither owns it by its name.
_RANKS: dict[PluginSource, int] = {
    PluginSource.CORE: 0,
    PluginSource.EXPLICIT: 1,
    PluginSource.ENTRY_POINT: 2,
    PluginSource.DIRECTORY: 3,
}


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


def _declared(candidate: Candidate) -> Declared:
    """What ``candidate`` is, found without running its code; code when that cannot be told."""
    try:
        return candidate.declared()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return f"cannot tell whether it is data: {_describe(exc)}"


def _unsafe(candidate: Candidate, checked: dict[Path, str | None]) -> PluginError | None:
    """A plugin file, or its directory, that others than the current user may change."""
    if candidate.source is not PluginSource.DIRECTORY:
        return None
    reasons = file_problems(Path(candidate.location), checked)
    if not reasons:
        return None
    return PluginError(candidate.name, Stage.PERMISSIONS, detail="; ".join(reasons))


def _register(
    pm: pluggy.PluginManager, candidate: Candidate, staging: Staging, contain: Containment
) -> object | None:
    """Import ``candidate`` and register its hooks, with its output captured and timed.

    Anything it raises (a :class:`BaseException` such as :class:`SystemExit` too,
    but not :class:`KeyboardInterrupt`) is a problem of this plugin only.
    """
    from kleinschalig.plugins.data import DataPlugin, DataPluginInvalid, with_data

    name = candidate.name
    stage = Stage.IMPORT
    try:
        with contain.around(name):
            raw = candidate.load()
            plugin = with_data(name, raw)
            stage = Stage.HOOKS
            scanned = raw.code if isinstance(raw, DataPlugin) else raw
            problems = (
                []
                if scanned is None
                else hook_problems(
                    name, scanned, HOOK_NAMES, needs_hook=not isinstance(plugin, DataPlugin)
                )
            )
            if problems:
                staging.errors.extend(problems)
                return None
            try:
                pm.register(plugin, name=name)
            except (pluggy.PluginValidationError, ValueError) as exc:
                _forget(pm, name)
                staging.errors.append(PluginError(name, Stage.HOOKS, detail=str(exc)))
                return None
            return plugin
    except KeyboardInterrupt:
        raise
    except DataPluginInvalid as invalid:
        staging.errors.extend(
            PluginError(name, Stage.DATA, location=e.location, errors=(e.error,))
            for e in invalid.errors
        )
    except BaseException as exc:
        _forget(pm, name)
        staging.errors.append(PluginError(name, stage, detail=_describe(exc)))
    return None


def _describe(exc: BaseException) -> str:
    """``SystemExit: 0``; the type alone when the exception says nothing (``sys.exit()``)."""
    try:
        text = str(exc)  # a plugin's own __str__ may fail too
    except KeyboardInterrupt:
        raise
    except BaseException:
        text = "(unprintable)"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _forget(pm: pluggy.PluginManager, name: str) -> None:
    """Unregister what ``pm.register`` registered of ``name`` before it failed."""
    if pm.get_plugin(name) is not None:
        pm.unregister(name=name)


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
                detail=_describe(failure.exception),
            )
        )
