"""Declarative plugins: a facility described in YAML data files, loaded through the same
registers and validators as a Python plugin.

A data plugin runs no code. :func:`data_plugin` reads one or more files into a
plugin object whose hooks register what the files define; errors name the file,
the line and the key path. See :mod:`kleinschalig.plugins.data.document` for the
format and ``kleinschalig schema plugin`` for its JSON Schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kleinschalig.plugins.data.document import DataDocument, LocatedError, read_document
from kleinschalig.plugins.markers import hookimpl

__all__ = [
    "DataDocument",
    "DataPlugin",
    "DataPluginInvalid",
    "LocatedError",
    "data_files",
    "data_plugin",
    "read_document",
    "with_data",
]

#: Hook -> the kind of object it registers from the data files.
_HOOK_KINDS: dict[str, str] = {
    "kleinschalig_register_legal_titles": "legal_title",
    "kleinschalig_register_partner_roles": "partner_role",
    "kleinschalig_register_facilities": "facility",
    "kleinschalig_register_facts": "fact",
    "kleinschalig_register_intervention_logic": "intervention_logic",
    "kleinschalig_register_criteria": "criterion",
    "kleinschalig_register_workflows": "workflow",
    "kleinschalig_register_indicators": "indicator",
}


class DataPluginInvalid(Exception):
    """A data plugin's files have problems; ``errors`` lists each with file and line."""

    def __init__(self, errors: Sequence[LocatedError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(e.text("en") for e in self.errors))


class DataPlugin:
    """The plugin object of one or more data files: each hook registers what they define.

    ``code`` is a module with Python hooks of the same plugin, for what data cannot
    say: each hook registers the data first, then calls the module's hook.
    """

    def __init__(
        self, name: str, documents: Sequence[DataDocument], code: object | None = None
    ) -> None:
        self.name = name
        self.documents = tuple(documents)
        self.code = code

    @property
    def form(self) -> str:
        """How ``kleinschalig plugins`` describes the plugin: ``data`` or ``both``."""
        return "data" if self.code is None else "both"

    def __dir__(self) -> list[str]:
        # pluggy registers the hooks dir() names: only those with something to register.
        own = [
            hook
            for hook, kind in _HOOK_KINDS.items()
            if self._all(kind) or self._code_hook(hook) is not None
        ]
        if any(d.messages for d in self.documents) or self._code_hook(_TRANSLATIONS):
            own.append(_TRANSLATIONS)
        return [*own, "code", "documents", "form", "locate", "name"]

    def _code_hook(self, hook: str) -> Any:
        function = getattr(self.code, hook, None)
        return function if callable(function) and hasattr(function, "kleinschalig_impl") else None

    def _then_code(self, hook: str, register: Any) -> None:
        function = self._code_hook(hook)
        if function is not None:
            function(register)

    def _all(self, kind: str) -> list[tuple[str, Any]]:
        return [pair for document in self.documents for pair in document.of(kind)]

    def locate(self, kind: str, key: str) -> str | None:
        """``file:line /pointer`` of the object ``kind:key``."""
        for document in self.documents:
            found = document.locate(kind, key)
            if found is not None:
                return found
        return None

    @hookimpl
    def kleinschalig_register_translations(self, register: Any) -> None:
        messages = {m: t for d in self.documents for m, t in d.messages.items()}
        if messages:
            register.add_messages(f"{self.name}.data", {"en": messages})
        self._then_code("kleinschalig_register_translations", register)


def _section_hook(hook: str, kind: str) -> Any:
    """The hook method that registers every object of ``kind`` in the files, then the code's."""

    def register_section(self: DataPlugin, register: Any) -> None:
        for key, item in self._all(kind):
            if kind == "intervention_logic":
                register.add(key, item)  # keyed by the facility it belongs to
            else:
                register.add(item)
        self._then_code(hook, register)

    register_section.__name__ = register_section.__qualname__ = hook
    return hookimpl(register_section)


for _hook, _kind in _HOOK_KINDS.items():
    setattr(DataPlugin, _hook, _section_hook(_hook, _kind))


_TRANSLATIONS = "kleinschalig_register_translations"


def data_plugin(name: str, *paths: Path, code: object | None = None) -> DataPlugin:
    """The plugin ``name`` described by the data files ``paths``.

    Raises :class:`DataPluginInvalid` with every problem of every file.
    """
    documents: list[DataDocument] = []
    errors: list[LocatedError] = []
    for path in paths:
        document, problems = read_document(Path(path))
        documents.append(document)
        errors += problems
    if errors:
        raise DataPluginInvalid(errors)
    return DataPlugin(name, documents, code)


def data_files(module: object) -> list[Path]:
    """The data files of a plugin package: the ``*.yaml`` files beside its ``__init__.py``."""
    if not hasattr(module, "__path__"):
        return []
    file = getattr(module, "__file__", None)
    if not isinstance(file, str):
        return []
    return sorted(Path(file).parent.glob("*.yaml"))


def with_data(name: str, plugin: object) -> object:
    """``plugin`` as loaded, or, for a package that ships data files, a :class:`DataPlugin`
    of those files with the package as its code."""
    if isinstance(plugin, DataPlugin):
        return plugin
    files = data_files(plugin)
    if not files:
        return plugin
    has_hooks = any(hasattr(getattr(plugin, a, None), "kleinschalig_impl") for a in dir(plugin))
    return data_plugin(name, *files, code=plugin if has_hooks else None)
