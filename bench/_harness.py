"""What the benchmark scripts share: running commands, timing calls, reading -X importtime."""

from __future__ import annotations

import gc
import os
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Import:
    """One line of ``-X importtime`` output."""

    name: str
    depth: int
    self_us: int
    cumulative_us: int


def base_env(drop_prefix: str | None = None) -> dict[str, str]:
    """The current environment without variables that would change start-up.

    ``drop_prefix`` also removes variables starting with it (and says so).
    """
    env = dict(os.environ)
    for name in ("PYTHONSTARTUP", "PYTHONPROFILEIMPORTTIME", "PYTHONVERBOSE", "PYTHONINSPECT"):
        env.pop(name, None)
    if drop_prefix:
        for name in [n for n in env if n.startswith(drop_prefix)]:
            print(f"note: {name} removed from the environment of the timed processes")
            del env[name]
    return env


def cached_env(base: Mapping[str, str], cache_dir: str) -> dict[str, str]:
    """``base`` with bytecode cached in ``cache_dir``, as for an installed package."""
    env = dict(base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


def run(argv: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{argv} exited with {result.returncode}: {result.stderr.strip()}")
    return result


def import_times(argv: list[str], env: Mapping[str, str]) -> list[Import]:
    """The modules a command imports, parsed from the stderr of ``-X importtime``."""
    result = run([argv[0], "-X", "importtime", *argv[1:]], env)
    imports: list[Import] = []
    for line in result.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package", nested names indented
        if not line.startswith("import time:"):
            continue
        self_us, cumulative_us, raw_name = line.removeprefix("import time:").split("|", 2)
        if not self_us.strip().isdigit():
            continue  # the header line
        name = raw_name.strip()
        depth = (len(raw_name) - len(raw_name.lstrip(" ")) - 1) // 2
        imports.append(Import(name, depth, int(self_us), int(cumulative_us)))
    return imports


def loop(func: Callable[[], object], loops: int) -> float:
    """Seconds per call over ``loops`` calls, with the garbage collector off (as timeit)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(loops):
            func()
        return (time.perf_counter() - start) / loops
    finally:
        if gc_was_enabled:
            gc.enable()
