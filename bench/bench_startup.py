"""Start-up cost of ``kleinschalig --version`` against a bare interpreter.

Each command runs as a fresh process; the runs are interleaved so that drift in the
machine's load hits every command alike. The baseline is ``python -c pass`` with the
same interpreter (and so the same ``site`` set-up and ``.pth`` files).

Two set-ups are timed:

* *bytecode cached*: byte code is written to and read from a temporary
  ``PYTHONPYCACHEPREFIX``, as for an installed wheel. This is the representative figure.
* *environment as is*: the caller's environment unchanged. When it sets
  ``PYTHONDONTWRITEBYTECODE`` an editable install recompiles kleinschalig's modules on
  every start, which inflates the figure.

A second check runs ``python -X importtime -m kleinschalig.cli --version`` and lists
every module it imports from attrs, cattrs, Babel or python-dateutil: the CLI promises
that ``--version`` loads none of them.

Run with ``python bench/bench_startup.py``. The script is a report and always exits 0.
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

from _harness import base_env, cached_env, import_times, run

RUNS: Final = 20
WARMUP: Final = 2
#: Top-level packages that ``--version`` must not import.
HEAVY: Final = ("attr", "attrs", "cattr", "cattrs", "babel", "dateutil")
#: Imports beyond the baseline shown in the import tree when at least this many µs.
TREE_MIN_US: Final = 300

BASELINE: Final = "python -c pass"
VERSION_ARGV: Final = [sys.executable, "-m", "kleinschalig.cli", "--version"]


def commands() -> dict[str, list[str]]:
    found = {
        BASELINE: [sys.executable, "-c", "pass"],
        "python -m kleinschalig.cli --version": VERSION_ARGV,
    }
    script = Path(sys.executable).parent / "kleinschalig"
    if script.is_file():
        found["kleinschalig --version (console script)"] = [str(script), "--version"]
    else:
        print(f"console script not found at {script}; skipped")
    return found


def time_commands(cmds: dict[str, list[str]], env: dict[str, str]) -> dict[str, list[float]]:
    """Wall seconds per process for each command, interleaved, order rotated per round."""
    names = list(cmds)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(WARMUP + RUNS):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            run(cmds[name], env)
            elapsed = time.perf_counter() - start
            if round_no >= WARMUP:
                times[name].append(elapsed)
    return times


def report_times(title: str, times: dict[str, list[float]]) -> None:
    base = statistics.median(times[BASELINE])
    print(f"\n{title}: {RUNS} interleaved runs each after {WARMUP} warm-up rounds")
    header = f"{'command':<42}{'median ms':>10}{'min ms':>9}{'+ms vs base':>13}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    for name, samples in times.items():
        median = statistics.median(samples)
        print(
            f"{name:<42}{median * 1e3:>10.1f}{min(samples) * 1e3:>9.1f}"
            f"{(median - base) * 1e3:>+13.1f}{median / base:>7.2f}x"
        )


def report_imports(env: dict[str, str]) -> None:
    run(VERSION_ARGV, env)  # make sure every byte-code file is cached
    version = import_times(VERSION_ARGV, env)
    baseline = {i.name for i in import_times([sys.executable, "-c", "pass"], env)}
    heavy = [i.name for i in version if i.name.split(".", 1)[0] in HEAVY]

    print(f"\n-X importtime -m kleinschalig.cli --version: {len(version)} modules imported")
    print(f"heavy modules imported ({', '.join(HEAVY)}): {', '.join(heavy) if heavy else 'none'}")

    extra = [i for i in version if i.name not in baseline]
    print(
        f"{len(extra)} modules beyond `python -c pass`; "
        f"those with cumulative >= {TREE_MIN_US} µs (one run, bytecode cached):"
    )
    print(f"  {'cumulative µs':>13} {'self µs':>8}  module")
    # importtime prints a module after its own imports; reverse to show parents first.
    for item in reversed(extra):
        if item.cumulative_us >= TREE_MIN_US:
            indent = "  " * item.depth
            print(f"  {item.cumulative_us:>13} {item.self_us:>8}  {indent}{item.name}")


def main() -> int:
    started = time.perf_counter()
    cmds = commands()
    print(f"Python {platform.python_version()} at {sys.executable}")
    for name, argv in cmds.items():
        if name != BASELINE:
            print(f"{name}: prints {run(argv, base_env()).stdout.strip()!r}")

    with tempfile.TemporaryDirectory(prefix="kleinschalig-bench-pycache-") as cache_dir:
        env = cached_env(base_env(), cache_dir)
        report_times("bytecode cached (representative)", time_commands(cmds, env))
        report_imports(env)

    as_is = base_env()
    note = (
        "PYTHONDONTWRITEBYTECODE is set: sources without a cached .pyc are compiled each start"
        if as_is.get("PYTHONDONTWRITEBYTECODE")
        else "PYTHONDONTWRITEBYTECODE is not set"
    )
    report_times(f"environment as is ({note})", time_commands(cmds, as_is))
    print(f"\n(took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
