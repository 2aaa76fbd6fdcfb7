"""Containment while plugins load: their output, their time, their files, their hook names.

The host runs each plugin's import and each of its hook calls inside
:meth:`Containment.around`, which captures what the plugin writes to
``sys.stdout`` and ``sys.stderr`` (so it never mixes into a command's output)
and adds up the time it takes. Exceptions are the host's business: everything a
plugin raises, :class:`BaseException` included, is caught there, except
:class:`KeyboardInterrupt`.

>>> contain = Containment()
>>> with contain.around("kv-praat"):
...     print("hallo")
>>> contain.output("kv-praat")
('hallo\\n', False)
>>> contain.milliseconds("kv-praat") >= 0
True
"""

from __future__ import annotations

import difflib
import inspect
import io
import os
import stat
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Final, TextIO, cast

from kleinschalig.plugins.markers import PROJECT
from kleinschalig.plugins.problems import PluginError, Stage

__all__ = ["OUTPUT_LIMIT", "CappedOutput", "Containment", "hook_problems", "unsafe"]

#: At most this many characters of a plugin's output are kept; the rest is counted only.
OUTPUT_LIMIT: Final = 4000
#: How alike a name must be to a hook's (``difflib`` ratio) to count as that hook misspelt.
NEAR_HOOK: Final = 0.8
#: How alike a name marked ``@hookimpl`` must be to a hook's to suggest that hook.
SUGGEST: Final = 0.6


class CappedOutput(io.TextIOBase):
    """A text stream that keeps the first ``limit`` characters written to it."""

    def __init__(self, limit: int = OUTPUT_LIMIT) -> None:
        super().__init__()
        self.limit = limit
        self.truncated = False
        self._parts: list[str] = []
        self._kept = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self.limit - self._kept
        if len(text) > room:
            self.truncated = True
            text_kept = text[: max(room, 0)]
        else:
            text_kept = text
        if text_kept:
            self._parts.append(text_kept)
            self._kept += len(text_kept)
        return len(text)

    def getvalue(self) -> str:
        return "".join(self._parts)


class _Contained:
    """The context of one plugin's import or hook call: its streams swapped, its clock on."""

    __slots__ = ("_contain", "_plugin", "_saved", "_start")

    def __init__(self, contain: Containment, plugin: str) -> None:
        self._contain = contain
        self._plugin = plugin
        self._saved: tuple[TextIO, TextIO] = (sys.stdout, sys.stderr)
        self._start = 0.0

    def __enter__(self) -> None:
        stream = cast(TextIO, self._contain.stream(self._plugin))
        self._saved = (sys.stdout, sys.stderr)
        sys.stdout = sys.stderr = stream
        self._start = time.perf_counter()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exception: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        elapsed = time.perf_counter() - self._start
        # Restored even when the plugin replaced sys.stdout or sys.stderr itself.
        sys.stdout, sys.stderr = self._saved
        self._contain.add_time(self._plugin, elapsed)


class Containment:
    """Per plugin: what it printed while loading, and how long loading took."""

    def __init__(self, limit: int = OUTPUT_LIMIT) -> None:
        self._limit = limit
        self._streams: dict[str, CappedOutput] = {}
        self._seconds: dict[str, float] = {}

    def around(self, plugin: str) -> _Contained:
        """A context manager for one import or hook call of ``plugin``."""
        return _Contained(self, plugin)

    def stream(self, plugin: str) -> CappedOutput:
        stream = self._streams.get(plugin)
        if stream is None:
            stream = self._streams[plugin] = CappedOutput(self._limit)
        return stream

    def add_time(self, plugin: str, seconds: float) -> None:
        self._seconds[plugin] = self._seconds.get(plugin, 0.0) + seconds

    def output(self, plugin: str) -> tuple[str, bool]:
        """What ``plugin`` wrote (at most the limit), and whether more was cut off."""
        stream = self._streams.get(plugin)
        return ("", False) if stream is None else (stream.getvalue(), stream.truncated)

    def milliseconds(self, plugin: str) -> float | None:
        """The time ``plugin`` took, or ``None`` when it was never loaded."""
        seconds = self._seconds.get(plugin)
        return None if seconds is None else round(seconds * 1000, 3)


def _marked(function: object) -> bool:
    """Whether pluggy takes ``function`` as a hook implementation (as ``@hookimpl`` marks it)."""
    if not inspect.isroutine(function):
        return False
    try:
        return isinstance(getattr(function, f"{PROJECT}_impl", None), dict)
    except Exception:
        return False


def _close(name: str, hooks: Sequence[str], cutoff: float) -> str | None:
    found = difflib.get_close_matches(name, hooks, n=1, cutoff=cutoff)
    return found[0] if found else None


def hook_problems(
    plugin_name: str, plugin: object, hooks: Sequence[str], *, needs_hook: bool
) -> list[PluginError]:
    """Hooks that were meant but will never be called, and a plugin with no hook at all.

    pluggy calls only the functions named exactly like a hook and marked with
    ``@hookimpl``. Reported, in stage ``hooks``: a hook without ``@hookimpl``; a
    function marked ``@hookimpl`` that is not a hook; a public function whose
    name is close to a hook's (``kleinschalg_register_criteria``); and, when
    ``needs_hook``, a plugin that implements no hook. Names starting with ``_``
    and attributes that are not callable are left alone.
    """
    problems: list[PluginError] = []
    implemented = False
    for attribute in sorted(dir(plugin)):
        if attribute.startswith("_"):
            continue
        function = getattr(plugin, attribute, None)
        if not callable(function):
            continue
        marked = _marked(function)
        if attribute in hooks:
            implemented = implemented or marked
            if not marked:
                problems.append(
                    PluginError(
                        plugin_name, Stage.HOOKS, hook=attribute, detail="missing @hookimpl"
                    )
                )
        elif marked:
            problems.append(
                PluginError(
                    plugin_name,
                    Stage.HOOKS,
                    hook=attribute,
                    detail="no such hook",
                    meant=_close(attribute, hooks, SUGGEST),
                )
            )
        else:
            meant = _close(attribute, hooks, NEAR_HOOK)
            if meant is not None:
                problems.append(
                    PluginError(
                        plugin_name,
                        Stage.HOOKS,
                        hook=attribute,
                        detail="name close to a hook's, not a hook",
                        meant=meant,
                    )
                )
    if needs_hook and not implemented and not problems:
        problems.append(PluginError(plugin_name, Stage.HOOKS, detail="implements no hook"))
    return problems


def unsafe(path: Path) -> str | None:
    """Why someone else than the current user (or root) may change ``path``, or ``None``.

    POSIX only: where :func:`os.getuid` does not exist nothing is checked. A path
    that cannot be read is not reported here (loading it reports it).
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    uid = getuid()
    reasons = []
    if info.st_uid not in (uid, 0):
        reasons.append(f"owned by uid {info.st_uid}, not by you (uid {uid}) or root")
    writers = [
        who
        for who, bit in (("group", stat.S_IWGRP), ("others", stat.S_IWOTH))
        if info.st_mode & bit
    ]
    if writers:
        reasons.append("writable by " + " and ".join(writers))
    return f"{path}: {', '.join(reasons)}" if reasons else None


def file_problems(file: Path, checked: dict[Path, str | None]) -> list[str]:
    """Why others may change the plugin ``file``, its directory or its ``__pycache__``.

    ``checked`` remembers the answers for paths several plugins share.
    """
    places = [file.parent]
    if file.suffix == ".py":
        places.append(file.parent / "__pycache__")
    places.append(file)
    found = []
    for place in places:
        if place not in checked:
            checked[place] = unsafe(place)
        reason = checked[place]
        if reason is not None:
            found.append(reason)
    return found


def printable(text: str) -> str:
    """``text`` with control characters (other than newline and tab) shown escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in "\n\t" else repr(c)[1:-1] for c in text)
