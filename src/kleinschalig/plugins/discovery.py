"""Finding plugins: the core, explicit objects, a local directory and installed entry points."""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.machinery
import importlib.metadata
import importlib.util
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from types import ModuleType

import attrs

from kleinschalig._version import __version__
from kleinschalig.plugins.config import HostConfig
from kleinschalig.plugins.markers import PROJECT

__all__ = ["ENTRY_POINT_GROUP", "Candidate", "PluginSource", "candidates", "data_package"]

#: Installed plugins declare ``[project.entry-points.kleinschalig]``.
ENTRY_POINT_GROUP = PROJECT
CORE_PLUGIN = "kleinschalig.national.plugin"
LOCAL_PACKAGE = "kleinschalig_local_plugins"


class PluginSource(StrEnum):
    CORE = "core"
    ENTRY_POINT = "entry_point"
    DIRECTORY = "directory"
    EXPLICIT = "explicit"


#: What a plugin is, found without running any of its code: a loader that reads only
#: its data files, or the reason it counts as code.
Declared = Callable[[], object] | str


def _code() -> Declared:
    return "a Python plugin"


@attrs.frozen(slots=True)
class Candidate:
    """A plugin that may be loaded: ``load`` imports it (and may fail).

    ``declared`` tells, without importing anything of the plugin, whether it is
    declarative (see :data:`Declared`); data-only mode loads it that way.
    """

    name: str
    source: PluginSource
    location: str
    version: str | None
    load: Callable[[], object] = attrs.field(eq=False, repr=False)
    declared: Callable[[], Declared] = attrs.field(default=_code, eq=False, repr=False)


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
            functools.partial(_declared_module, name, module_name),
        )
    location = getattr(plugin, "__name__", type(plugin).__name__)
    version = getattr(plugin, "__version__", None)
    return Candidate(
        name,
        PluginSource.EXPLICIT,
        str(location),
        version if isinstance(version, str) else None,
        lambda: plugin,
        functools.partial(_declared_object, plugin),
    )


def _declared_object(plugin: object) -> Declared:
    from kleinschalig.plugins.data import DataPlugin

    if isinstance(plugin, DataPlugin) and plugin.code is None:
        return lambda: plugin
    return "a Python object passed to PluginHost.load"


#: Files in a package directory that Python can import as code.
_CODE_SUFFIXES = (".py", ".pyc", ".pyw", ".so", ".pyd")


def _find_spec(name: str) -> importlib.machinery.ModuleSpec | None:
    """The spec of the module ``name``, found without executing it or its parent packages."""
    top, *rest = name.split(".")
    spec = importlib.util.find_spec(top)  # a top-level name imports nothing
    for depth in range(len(rest)):
        search = None if spec is None else spec.submodule_search_locations
        if search is None:
            return None
        full = ".".join([top, *rest[: depth + 1]])
        module = sys.modules.get(full)
        spec = module.__spec__ if module is not None else _find_in(full, list(search))
    return spec


def _find_in(name: str, path: Sequence[str]) -> importlib.machinery.ModuleSpec | None:
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        spec = find_spec(name, path)
        if spec is not None:
            return spec  # type: ignore[no-any-return]
    return None


def _inert(node: ast.stmt) -> bool:
    """A docstring, ``from __future__ import ...``, or a literal assigned to names."""
    if isinstance(node, ast.Expr):
        return isinstance(node.value, ast.Constant)
    if isinstance(node, ast.ImportFrom):
        return node.module == "__future__"
    if isinstance(node, ast.Assign):
        targets, value = node.targets, node.value
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets, value = [node.target], node.value
    else:
        return False
    if not all(isinstance(target, ast.Name) for target in targets):
        return False
    try:
        ast.literal_eval(value)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def data_package(module: str) -> list[Path] | str:
    """The data files of the package ``module`` when it is declarative, else why it is code.

    Found without importing anything of it: ``module`` must be a package whose
    directory has ``*.yaml`` files and no Python file besides ``__init__.py``, and
    whose ``__init__.py`` holds nothing but a docstring and literals assigned to
    names (such as ``__version__ = "0.1.0"``).
    """
    if ":" in module:
        return f"the entry point {module} names an object in a module"
    try:
        spec = _find_spec(module)
    except (ImportError, ValueError) as exc:
        return f"{module} cannot be found: {type(exc).__name__}: {exc}"
    if spec is None:
        return f"{module} cannot be found"
    origin = spec.origin
    if (
        spec.submodule_search_locations is None
        or origin is None
        or not origin.endswith("__init__.py")
    ):
        return f"{module} is a Python module, not a package of data files"
    init = Path(origin)
    folder = init.parent
    files = sorted(folder.glob("*.yaml"))
    if not files:
        return f"{module} has no *.yaml data files"
    code = sorted(
        p.name for p in folder.iterdir() if p.suffix in _CODE_SUFFIXES and p.name != "__init__.py"
    )
    if code:
        return f"{module} has Python files besides __init__.py: {', '.join(code)}"
    try:
        tree = ast.parse(init.read_bytes(), str(init))
    except (OSError, SyntaxError, ValueError) as exc:
        return f"{init} cannot be read: {type(exc).__name__}: {exc}"
    for node in tree.body:
        if not _inert(node):
            return f"{module}/__init__.py runs code (line {node.lineno})"
    return files


def _declared_module(name: str, module: str) -> Declared:
    found = data_package(module)
    if isinstance(found, str):
        return found

    def load() -> object:
        from kleinschalig.plugins.data import data_plugin

        return data_plugin(name, *found)

    return load


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
        if path.suffix == ".py":
            load, declared = _load_file(path), _python_file
        else:
            load = _load_data(path.stem, path)
            declared = functools.partial(_same, load)
        yield Candidate(path.stem, PluginSource.DIRECTORY, str(path), None, load, declared)


def _python_file() -> Declared:
    return "a Python file in a plugin directory"


def _same(load: Callable[[], object]) -> Declared:
    return load


def _entry_points() -> Iterator[Candidate]:
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        location, version = ep.value, None
        if ep.dist is not None:
            # ``dist.name`` and ``dist.version`` each parse the metadata file again.
            metadata = ep.dist.metadata
            version = metadata["Version"]
            location = f"{ep.value} ({metadata['Name']} {version})"
        declared = functools.partial(_declared_module, ep.name, ep.value)
        yield Candidate(ep.name, PluginSource.ENTRY_POINT, location, version, ep.load, declared)


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
