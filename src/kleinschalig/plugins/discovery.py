"""Finding plugins: the core, explicit objects, a local directory and installed entry points."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from types import ModuleType

import attrs

from kleinschalig._version import __version__
from kleinschalig.plugins.config import HostConfig
from kleinschalig.plugins.markers import PROJECT

__all__ = ["ENTRY_POINT_GROUP", "Candidate", "PluginSource", "candidates"]

#: Installed plugins declare ``[project.entry-points.kleinschalig]``.
ENTRY_POINT_GROUP = PROJECT
CORE_PLUGIN = "kleinschalig.national.plugin"
LOCAL_PACKAGE = "kleinschalig_local_plugins"


class PluginSource(StrEnum):
    CORE = "core"
    ENTRY_POINT = "entry_point"
    DIRECTORY = "directory"
    EXPLICIT = "explicit"


@attrs.frozen(slots=True)
class Candidate:
    """A plugin that may be loaded: ``load`` imports it (and may fail)."""

    name: str
    source: PluginSource
    location: str
    version: str | None
    load: Callable[[], object] = attrs.field(eq=False, repr=False)


def _load_file(path: Path) -> Callable[[], object]:
    def load() -> ModuleType:
        name = f"{LOCAL_PACKAGE}.{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return module

    return load


def _explicit(name: str, plugin: object) -> Candidate:
    if isinstance(plugin, str):
        module_name = plugin
        return Candidate(
            name,
            PluginSource.EXPLICIT,
            module_name,
            None,
            lambda: importlib.import_module(module_name),
        )
    location = getattr(plugin, "__name__", type(plugin).__name__)
    version = getattr(plugin, "__version__", None)
    return Candidate(
        name,
        PluginSource.EXPLICIT,
        str(location),
        version if isinstance(version, str) else None,
        lambda: plugin,
    )


def _load_data(name: str, path: Path) -> Callable[[], object]:
    def load() -> object:
        from kleinschalig.plugins.data import data_plugin

        return data_plugin(name, path)

    return load


def _directory(directory: Path) -> Iterator[Candidate]:
    """``*.py`` plugins and ``*.yaml`` data plugins, each named after its file."""
    paths = sorted([*directory.glob("*.py"), *directory.glob("*.yaml")], key=lambda p: p.name)
    for path in paths:
        if path.name.startswith("_"):
            continue
        load = _load_file(path) if path.suffix == ".py" else _load_data(path.stem, path)
        yield Candidate(path.stem, PluginSource.DIRECTORY, str(path), None, load)


def _entry_points() -> Iterator[Candidate]:
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        location, version = ep.value, None
        if ep.dist is not None:
            # ``dist.name`` and ``dist.version`` each parse the metadata file again.
            metadata = ep.dist.metadata
            version = metadata["Version"]
            location = f"{ep.value} ({metadata['Name']} {version})"
        yield Candidate(ep.name, PluginSource.ENTRY_POINT, location, version, ep.load)


def candidates(
    config: HostConfig, explicit: Iterable[tuple[str, object]] = ()
) -> tuple[list[Candidate], list[Path]]:
    """Every plugin that could load, and the plugin directories that do not exist."""
    found = [
        Candidate(
            PROJECT,
            PluginSource.CORE,
            CORE_PLUGIN,
            __version__,
            lambda: importlib.import_module(CORE_PLUGIN),
        )
    ]
    found += [_explicit(name, plugin) for name, plugin in explicit]
    missing: list[Path] = []
    for directory in config.plugin_dirs:
        if directory.is_dir():
            found += list(_directory(directory))
        else:
            missing.append(directory)
    if config.entry_points:
        found += list(_entry_points())
    return found, missing
