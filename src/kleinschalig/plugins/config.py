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
    "KLEINSCHALIG_CACHE_DIR": (
        "where data plugins' built files are cached (default ~/.cache/kleinschalig); off: no cache"
    ),
}


def _names(value: str | None) -> frozenset[str] | None:
    if value is None or not value.strip():
        return None
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _paths(value: Iterable[str | os.PathLike[str]]) -> tuple[Path, ...]:
    if isinstance(value, (str, os.PathLike)):
        value = (value,)
    return tuple(Path(p) for p in value)


@attrs.frozen(slots=True)
class HostConfig:
    """Where plugins come from and how failures are treated.

    ``allow`` (when set) and ``block`` name plugins; the core plugin ``kleinschalig``
    is always loaded.
    """

    #: Directories of local plugins; text paths are accepted and made :class:`~pathlib.Path`.
    plugin_dirs: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    entry_points: bool = True
    allow: frozenset[str] | None = None
    block: frozenset[str] = frozenset()
    strict: bool = False

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
        )
