"""How the host finds plugins: directories, entry points, allow- and block-lists, strictness."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

__all__ = ["ENV", "HostConfig"]

#: The environment variables the host reads, and what each means.
ENV = {
    "KLEINSCHALIG_PLUGIN_DIR": (
        "directories of local plugins (*.py, *.yaml), separated by os.pathsep"
    ),
    "KLEINSCHALIG_PLUGINS": "allow-list: comma-separated plugin names; only these load",
    "KLEINSCHALIG_DISABLE_PLUGINS": "block-list: comma-separated plugin names not to load",
    "KLEINSCHALIG_DISABLE_AUTOLOAD": "1: do not load installed entry-point plugins",
    "KLEINSCHALIG_STRICT": "1: any plugin failure is fatal",
    "KLEINSCHALIG_GRANTS": (
        "grants, comma-separated GRANTEE:OWNER: the grantee may register into what the owner owns"
    ),
    "KLEINSCHALIG_DATA_ONLY": (
        "1: data-only mode: load declarative plugins only, plus KLEINSCHALIG_CODE_PLUGINS"
    ),
    "KLEINSCHALIG_CODE_PLUGINS": (
        "data-only mode's allow-list of code plugins: comma-separated plugin names"
    ),
    "KLEINSCHALIG_LOAD_BUDGET_MS": (
        "milliseconds a plugin may take to load (import and hooks) before a warning; default 1000"
    ),
    "KLEINSCHALIG_CACHE_DIR": (
        "where data plugins' built files are cached (default ~/.cache/kleinschalig); off: no cache"
    ),
    "KLEINSCHALIG_RECEIPT_KEY": (
        "key (text) of the HMAC-SHA256 seal that receipts get and verify checks; unset: no seal"
    ),
}


def _names(value: str | None) -> frozenset[str] | None:
    if value is None or not value.strip():
        return None
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


#: A plugin that takes longer to load (import and hooks) than this is warned about.
DEFAULT_LOAD_BUDGET_MS = 1000.0


def _milliseconds(value: str | None, variable: str) -> float:
    if value is None or not value.strip():
        return DEFAULT_LOAD_BUDGET_MS
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < float("inf"):
        raise ValueError(f"{variable} is a number of milliseconds, not {value!r}")
    return number


def _paths(value: Iterable[str | os.PathLike[str]]) -> tuple[Path, ...]:
    if isinstance(value, (str, os.PathLike)):
        value = (value,)
    return tuple(Path(p) for p in value)


def _grants(value: Iterable[str | tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """``("kv-zwolle", "kv-almelo")`` or ``"kv-zwolle:kv-almelo"``: grantee, then owner."""
    import re

    name = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    found = set()
    for item in value:
        pair = tuple(p.strip() for p in item.split(":")) if isinstance(item, str) else item
        if len(pair) != 2 or not all(isinstance(p, str) and name.match(p) for p in pair):
            raise ValueError(f"a grant is GRANTEE:OWNER, two plugin names, not {item!r}")
        found.add((pair[0], pair[1]))
    return frozenset(found)


@attrs.frozen(slots=True)
class HostConfig:
    """Where plugins come from and how failures are treated.

    ``allow`` (when set) and ``block`` name plugins; the core plugin ``kleinschalig``
    is always loaded. ``grants`` lets a plugin (the grantee) register into what
    another plugin (the owner) owns: scope a criterion, workflow or indicator onto
    its facilities, replace one of its criteria, add intervention logic for its
    facility, or re-register one of its codes. A fixed contra-indication can never be
    replaced, grant or not (see the plugin guide, "Trust and integrity").
    """

    #: Directories of local plugins; text paths are accepted and made :class:`~pathlib.Path`.
    plugin_dirs: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    entry_points: bool = True
    allow: frozenset[str] | None = None
    block: frozenset[str] = frozenset()
    strict: bool = False
    #: ``(grantee, owner)`` pairs; ``"grantee:owner"`` text is accepted.
    grants: frozenset[tuple[str, str]] = attrs.field(default=frozenset(), converter=_grants)
    #: A plugin whose import and hooks take longer than this gets a warning (never an error).
    load_budget_ms: float = DEFAULT_LOAD_BUDGET_MS
    #: Load only declarative plugins (and the core); code plugins need ``code_allow``.
    data_only: bool = False
    #: The code plugins that may load in data-only mode.
    code_allow: frozenset[str] = frozenset()

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        plugin_dirs: tuple[Path, ...] = (),
        strict: bool = False,
    ) -> HostConfig:
        """Settings from the environment, with command-line values added on top."""
        env = os.environ if environ is None else environ
        dirs = tuple(Path(p) for p in env.get("KLEINSCHALIG_PLUGIN_DIR", "").split(os.pathsep) if p)
        return cls(
            plugin_dirs=dirs + tuple(plugin_dirs),
            entry_points=not _flag(env.get("KLEINSCHALIG_DISABLE_AUTOLOAD")),
            allow=_names(env.get("KLEINSCHALIG_PLUGINS")),
            block=_names(env.get("KLEINSCHALIG_DISABLE_PLUGINS")) or frozenset(),
            strict=strict or _flag(env.get("KLEINSCHALIG_STRICT")),
            grants=_names(env.get("KLEINSCHALIG_GRANTS")) or frozenset(),
            load_budget_ms=_milliseconds(
                env.get("KLEINSCHALIG_LOAD_BUDGET_MS"), "KLEINSCHALIG_LOAD_BUDGET_MS"
            ),
            data_only=_flag(env.get("KLEINSCHALIG_DATA_ONLY")),
            code_allow=_names(env.get("KLEINSCHALIG_CODE_PLUGINS")) or frozenset(),
        )
