"""Resolve references to kleinschalig objects by the name users import them under,
and fail the build when a public name has no entry in the docs.

The API reference documents each public object once, under the namespace users
import it from (``kleinschalig.model.Workflow``), while type hints and guides name
the module that defines it (``kleinschalig.model.workflows.Workflow``) or the
top-level re-export (``kleinschalig.Workflow``). A reference that Sphinx cannot
resolve is retried against the documented entry for the *same Python object*:
both names are imported and compared with ``is``. A name that imports nothing, or
an object documented under more than one name, stays unresolved and, with
``nitpicky``, fails the build.

When the environment is complete, every name in ``__all__`` of the public
namespaces (the top-level package, the modules directly below it, and every module
the docs document) must have an entry, and no entry may be registered under a doubled module path
(a directive placed below the wrong ``automodule``); otherwise a warning is
emitted, which fails the ``-W`` build.
"""

from __future__ import annotations

import builtins
import importlib
import pkgutil
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

PACKAGE = "kleinschalig"
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
#: Roles under which a type hint names a built-in (``type[T]``, ``str | None``).
_TYPE_ROLES = frozenset({"class", "obj", "exc"})
#: Public modules documented elsewhere than by their ``__all__`` alone.
_NOT_CHECKED = frozenset({"kleinschalig.cli"})

logger = logging.getLogger(__name__)


def _resolve(name: str) -> Any:
    """The object ``name`` imports as, or a sentinel when it imports nothing."""
    try:
        return pkgutil.resolve_name(name)
    except (ImportError, AttributeError, ValueError):
        return _NOTHING


_NOTHING = object()
_VALUES = (str, bytes, int, float, tuple, frozenset, type(None))


def _documented(env: BuildEnvironment, tail: str, role: str) -> list[str]:
    """Documented kleinschalig entries of a kind ``role`` can name whose name ends in ``tail``.

    Aliases (an object's canonical name next to the one it is documented under)
    are left out: they point at the same entry.
    """
    domain = env.get_domain("py")
    kinds = set(domain.objtypes_for_role(role) or ())
    return sorted(
        name
        for name, entry in domain.objects.items()  # type: ignore[attr-defined]
        if not entry.aliased
        and entry.objtype in kinds
        and name.startswith(f"{PACKAGE}.")
        and name.endswith(f".{tail}")
    )


def resolve(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.Element) -> Any:
    """Link an unresolved reference to the entry documenting the same object."""
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    if target.startswith(f"{PACKAGE}."):
        full = target
    elif "." not in target:  # a top-level name, as the public-API table lists them
        full = f"{PACKAGE}.{target}"
    else:
        return None
    wanted = _resolve(full)
    if wanted is _NOTHING:
        return None
    tail = full.rsplit(".", 1)[-1]
    same = [name for name in _documented(env, tail, node["reftype"]) if _resolve(name) is wanted]
    if len(same) != 1:
        return None
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], same[0], node, contnode
    )


def _builtins_as_text(app: Sphinx, doctree: nodes.document) -> None:
    """Show type-hint references to built-ins (``type[T]``) as plain text.

    Nothing documents the built-ins here (no intersphinx without a network), and
    Sphinx would otherwise match ``type`` against every attribute named ``type``.
    Attribute and method roles are left alone: ``:attr:`id``` means a member.
    """
    for node in list(doctree.findall(pending_xref)):
        if (
            node.get("refdomain") == "py"
            and node.get("reftype") in _TYPE_ROLES
            and node["reftarget"] in _BUILTINS
        ):
            node.replace_self(node.children)


def _public_modules(env: BuildEnvironment) -> list[str]:
    """The namespaces users import from: ``kleinschalig``, the modules and packages
    directly below it, and every module the docs document, each with ``__all__``."""
    package = importlib.import_module(PACKAGE)
    names = {PACKAGE}
    names |= {
        info.name
        for info in pkgutil.iter_modules(package.__path__, f"{PACKAGE}.")
        if not info.name.rsplit(".", 1)[-1].startswith("_")
    }
    names |= {m for m in env.get_domain("py").modules if m.startswith(PACKAGE)}  # type: ignore[attr-defined]
    return sorted(m for m in names - _NOT_CHECKED if hasattr(importlib.import_module(m), "__all__"))


def check_entries(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about public names without an entry and entries under a doubled path."""
    objects = env.get_domain("py").objects  # type: ignore[attr-defined]
    for name in objects:
        if name.count(f"{PACKAGE}.") > 1:
            logger.warning("%s: registered under a doubled module path", name)
    # A re-export is documented by its object's entry; plain values (a constant
    # that happens to equal another) need their own.
    documented: dict[int, str] = {}
    for name in objects:
        found = _resolve(name) if name.startswith(f"{PACKAGE}.") else _NOTHING
        if found is not _NOTHING and not isinstance(found, _VALUES):
            documented.setdefault(id(found), name)
    for module in _public_modules(env):
        for name in importlib.import_module(module).__all__:
            full = f"{module}.{name}"
            if full in objects or id(_resolve(full)) in documented:
                continue
            logger.warning("%s is public (in __all__) but has no entry in the docs", full)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("doctree-read", _builtins_as_text)
    app.connect("missing-reference", resolve)
    app.connect("env-check-consistency", check_entries)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
