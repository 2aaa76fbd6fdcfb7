"""Resolve references to kleinschalig objects by the name users import them under.

The API reference documents each public object once, under the namespace users
import it from (``kleinschalig.model.Workflow``), while type hints and guides name
the module that defines it (``kleinschalig.model.workflows.Workflow``) or the
top-level re-export (``kleinschalig.Workflow``). A reference that Sphinx cannot
resolve is retried against the documented object with the same name, when there
is exactly one such object; anything else stays unresolved and, with
``nitpicky``, fails the build.
"""

from __future__ import annotations

import builtins
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

PACKAGE = "kleinschalig"
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))


def _documented(env: BuildEnvironment, tail: str, role: str) -> list[str]:
    """Documented kleinschalig objects of a kind ``role`` can name, ending in ``tail``.

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
        and (name == tail or name.endswith(f".{tail}"))
    )


def _builtins_as_text(app: Sphinx, doctree: nodes.document) -> None:
    """Show references to built-ins (``type[T]`` in a signature) as plain text.

    Nothing documents the built-ins here (no intersphinx without a network), and
    Sphinx would otherwise match ``type`` against every attribute named ``type``.
    """
    for node in list(doctree.findall(pending_xref)):
        if node.get("refdomain") == "py" and node["reftarget"] in _BUILTINS:
            node.replace_self(node.children)


def _candidates(target: str) -> list[str]:
    """The tails to look for, longest first: ``Class.method`` before ``method``."""
    parts = target.split(".")
    if parts[0] == PACKAGE:
        parts = parts[1:]
    tails = [".".join(parts[-2:])] if len(parts) > 1 and parts[-2][:1].isupper() else []
    return [*tails, parts[-1]]


def resolve(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.Element) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    if not (target.startswith(f"{PACKAGE}.") or "." not in target):
        return None
    for tail in _candidates(target):
        found = _documented(env, tail, node["reftype"])
        if len(found) == 1 and found[0] != target:
            retry = node.deepcopy()
            retry["reftarget"] = found[0]
            return env.get_domain("py").resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], found[0], retry, contnode
            )
        if found:
            return None  # ambiguous: leave it to the author
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("doctree-read", _builtins_as_text)
    app.connect("missing-reference", resolve)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
