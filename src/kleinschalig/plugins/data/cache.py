"""Data files read once: the built objects of a data file, cached by its content.

Parsing YAML and building the models costs far more than importing the same data
written as Python (see ``bench/bench_plugins.py``), so a successfully read file is
kept, like Python's own ``__pycache__``, in the user's cache directory. The key is
the SHA-256 of the file's bytes, its name, the file format version and a
fingerprint of the installed library (its version, the Python version and the
size and modification time of every kleinschalig module). A changed file, or a
changed library, never meets an old entry. Only files without errors are kept;
the checks of the registers run on every load, cached or not.

The directory is ``KLEINSCHALIG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kleinschalig``,
else ``~/.cache/kleinschalig``; ``KLEINSCHALIG_CACHE_DIR=off`` switches the cache
off. Entries are pickles, so they are read only from a directory that belongs to
the current user and that no one else may write to; anything unreadable is
ignored and the file is read again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any, Final

__all__ = ["CACHE_ENV", "cache_dir", "load", "store"]

#: The variable that names the cache directory, or switches the cache ``off``.
CACHE_ENV: Final = "KLEINSCHALIG_CACHE_DIR"
_OFF: Final = frozenset({"off", "0", "no", "false"})


def cache_dir(environ: Any = None) -> Path | None:
    """The cache directory in use, or ``None`` when the cache is off."""
    env = os.environ if environ is None else environ
    chosen = env.get(CACHE_ENV, "").strip()
    if chosen.lower() in _OFF:
        return None
    if chosen:
        return Path(chosen)
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kleinschalig"


@cache
def _fingerprint() -> bytes:
    """What the built objects depend on besides the file: this library and this Python."""
    import kleinschalig

    root = Path(kleinschalig.__file__).parent
    digest = hashlib.sha256(f"{kleinschalig.__version__}|{sys.version}".encode())
    for path in sorted(root.rglob("*.py")):
        info = path.stat()
        digest.update(f"{path.relative_to(root)}|{info.st_size}|{info.st_mtime_ns}\n".encode())
    return digest.digest()


def _key(name: str, content: bytes, version: int) -> str:
    digest = hashlib.sha256(_fingerprint())
    digest.update(f"|{version}|{name}|".encode())
    digest.update(content)
    return digest.hexdigest()


def _trusted(directory: Path) -> bool:
    """Only a directory of our own that others cannot write to may hold pickles we load."""
    try:
        info = directory.stat()
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(name: str, content: bytes, version: int) -> Any:
    """The cached document of this file content, or ``None``."""
    directory = cache_dir()
    if directory is None or not _trusted(directory):
        return None
    entry = directory / f"{_key(name, content, version)}.pickle"
    try:
        with entry.open("rb") as handle:
            # Our own entries, in a directory only this user may write to (see _trusted).
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged or foreign entry is never used: read the file again
        return None


def store(name: str, content: bytes, version: int, document: Any) -> None:
    """Keep ``document`` for this file content; a failure to write is not an error."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(directory):
            return
        entry = directory / f"{_key(name, content, version)}.pickle"
        handle, staging = tempfile.mkstemp(dir=directory, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(document, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(staging, entry)
        except BaseException:
            Path(staging).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return
