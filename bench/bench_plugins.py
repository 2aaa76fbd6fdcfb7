"""Start-up cost of ``PluginHost.load()`` against importing kleinschalig's dependencies alone.

Four ``python -c`` commands run as fresh processes, interleaved (the order rotates each
round) so that drift in the machine's load hits every command alike:

* **A** imports the dependencies alone: attrs, cattrs, pluggy, dateutil.relativedelta,
  babel.dates, babel.numbers, gettext and importlib.metadata;
* **B** imports :class:`kleinschalig.plugins.PluginHost` and calls ``PluginHost.load()``:
  discovery and loading of every installed plugin (entry-point group ``kleinschalig``)
  plus the core plugin with the national catalogue;
* **C** is B with ``KLEINSCHALIG_DISABLE_AUTOLOAD=1`` (no entry-point plugins);
* **D** is ``python -c pass``, the bare interpreter.

The overhead of B is ``(B - D) / (A - D) - 1``: how much kleinschalig adds on top of the
time its dependencies take to import. Target: at most 30 %.

As in ``bench_startup.py`` two set-ups are timed: *bytecode cached* in a temporary
``PYTHONPYCACHEPREFIX`` (as for an installed wheel; the representative figure, judged
against the target) and *environment as is* (where ``PYTHONDONTWRITEBYTECODE`` may force
the editable install to recompile kleinschalig on every start). Variables that change
start-up (``PYTHONSTARTUP`` and the like) and every ``KLEINSCHALIG_*`` variable are
removed from the environment of the timed processes.

The script also lists the installed entry-point plugins, checks what B and C actually
load, splits B into import and ``load()`` time, and parses ``-X importtime`` for B to
show where the time goes.

With ``--baseline PYTHON`` a fifth command **P** runs ``PluginHost.load()`` under another
interpreter — a virtual environment with an earlier checkout installed, such as the bundled
plugins in their Python form — interleaved with the others, and the report prints the
ratio ``(B - D) / (P - D)``: what loading costs now against the baseline, in one run.
Target: at most 1.10 (no regression beyond the noise of the machine).

The report also times, in-process, reading every installed data plugin's YAML files:
parsing alone with libyaml's C parser and with the pure-Python one, and parsing plus
building the models.

Run with ``python bench/bench_plugins.py [--baseline PYTHON]``. The script is a report and
always exits 0.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from _harness import Import, base_env, cached_env, import_times, run

RUNS: Final = 20
WARMUP: Final = 2
#: Runs of the probe that splits B into import and ``load()`` time.
PROBE_RUNS: Final = 5
#: Largest overhead of B over the dependencies' import time that counts as "target met".
TARGET: Final = 0.30
#: Largest ratio (B - D) / (P - D) against the baseline that counts as "no regression".
BASELINE_TARGET: Final = 1.10
#: kleinschalig modules shown in the ``-X importtime`` breakdown.
TOP: Final = 15

ENTRY_POINT_GROUP: Final = "kleinschalig"
#: The modules command A imports.
DEPENDENCIES: Final = (
    "attrs",
    "cattrs",
    "pluggy",
    "dateutil.relativedelta",
    "babel.dates",
    "babel.numbers",
    "gettext",
    "importlib.metadata",
)
LOAD_CODE: Final = "from kleinschalig.plugins import PluginHost; PluginHost.load()"
AUTOLOAD_OFF: Final = {"KLEINSCHALIG_DISABLE_AUTOLOAD": "1"}

#: Run in a fresh process: times the import and ``load()`` separately, reports what loaded.
PROBE_CODE: Final = f"""
import sys, time
t0 = time.perf_counter()
from kleinschalig.plugins import PluginHost
t1 = time.perf_counter()
host = PluginHost.load()
t2 = time.perf_counter()
import json
print(json.dumps({{
    "import_s": t1 - t0,
    "load_s": t2 - t1,
    "plugins": [[p.name, p.source.value, p.status, p.version] for p in host.plugins],
    "errors": len(host.errors),
    "titles": len(host.catalogue.titles),
    "dependencies": [m for m in {DEPENDENCIES!r} if m in sys.modules],
    "kleinschalig_modules": sum(m.split(".")[0] == "kleinschalig" for m in sys.modules),
}}))
"""


@dataclass(frozen=True)
class Command:
    """One ``python -c`` command, with variables added to its environment."""

    label: str
    title: str
    code: str
    extra_env: Mapping[str, str] = field(default_factory=dict)
    python: str = sys.executable

    @property
    def argv(self) -> list[str]:
        return [self.python, "-c", self.code]

    def env(self, base: Mapping[str, str]) -> dict[str, str]:
        return {**base, **self.extra_env}


COMMANDS: Final = (
    Command("A", "dependencies alone", "import " + ", ".join(DEPENDENCIES)),
    Command("B", "PluginHost.load()", LOAD_CODE),
    Command("C", "B, KLEINSCHALIG_DISABLE_AUTOLOAD=1", LOAD_CODE, AUTOLOAD_OFF),
    Command("D", "python -c pass", "pass"),
)
BY_LABEL: Final = {c.label: c for c in COMMANDS}


def time_commands(
    base: Mapping[str, str], commands: tuple[Command, ...] = COMMANDS
) -> dict[str, list[float]]:
    """Wall seconds per process for each command, interleaved, order rotated per round."""
    times: dict[str, list[float]] = {c.label: [] for c in commands}
    envs = {c.label: c.env(base) for c in commands}
    for round_no in range(WARMUP + RUNS):
        shift = round_no % len(commands)
        for command in commands[shift:] + commands[:shift]:
            start = time.perf_counter()
            run(command.argv, envs[command.label])
            elapsed = time.perf_counter() - start
            if round_no >= WARMUP:
                times[command.label].append(elapsed)
    return times


def overhead(lib: float, deps: float, bare: float) -> float | None:
    """``(lib - bare) / (deps - bare) - 1``; None when the dependencies cost nothing."""
    if deps - bare <= 0:
        return None
    return (lib - bare) / (deps - bare) - 1


def percent(value: float | None) -> str:
    return "n/a (A <= D)" if value is None else f"{value * 100:+.0f} %"


def report_times(
    title: str, times: dict[str, list[float]], commands: tuple[Command, ...] = COMMANDS
) -> float | None:
    """Print the table and the overheads; return B's overhead from the medians."""
    medians = {label: statistics.median(samples) for label, samples in times.items()}
    mins = {label: min(samples) for label, samples in times.items()}
    bare = medians["D"]
    print(f"\n{title}: {RUNS} interleaved runs each after {WARMUP} warm-up rounds")
    header = f"{'command':<42}{'median ms':>10}{'min ms':>9}{'+ms vs D':>10}{'+ms vs A':>10}"
    print(header)
    print("-" * len(header))
    for command in commands:
        median = medians[command.label]
        print(
            f"{command.label}  {command.title:<39}{median * 1e3:>10.1f}"
            f"{mins[command.label] * 1e3:>9.1f}{(median - bare) * 1e3:>+10.1f}"
            f"{(median - medians['A']) * 1e3:>+10.1f}"
        )
    result = overhead(medians["B"], medians["A"], bare)
    for label in ("B", "C"):
        from_medians = overhead(medians[label], medians["A"], medians["D"])
        from_mins = overhead(mins[label], mins["A"], mins["D"])
        print(
            f"overhead of {label} = ({label} - D) / (A - D) - 1: {percent(from_medians)} "
            f"(medians), {percent(from_mins)} (minimums)"
        )
    if "P" in medians:
        ratio = (medians["B"] - bare) / (medians["P"] - bare)
        ratio_min = (mins["B"] - mins["D"]) / (mins["P"] - mins["D"])
        verdict = "TARGET MET" if ratio <= BASELINE_TARGET else "TARGET MISSED"
        print(
            f"B against the baseline P: (B - D) / (P - D) = {ratio:.3f} (medians), "
            f"{ratio_min:.3f} (minimums); target <= {BASELINE_TARGET:.2f}: {verdict}"
        )
    return result


def report_yaml() -> None:
    """Reading the installed data plugins' files in-process: parse (C, Python), and build."""
    import yaml

    from kleinschalig.plugins.data import data_files
    from kleinschalig.plugins.data._yaml import read_yaml
    from kleinschalig.plugins.data.document import read_document

    files = []
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            files += data_files(importlib.import_module(ep.value))
        except ImportError:
            continue
    if not files:
        print("\nno installed plugin ships data files")
        return
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    lines = sum(t.count("\n") for t in texts)

    def best(work: Any) -> float:
        samples = []
        for _ in range(PROBE_RUNS):
            start = time.perf_counter()
            work()
            samples.append(time.perf_counter() - start)
        return statistics.median(samples) * 1e3

    c_parse = best(lambda: [read_yaml(t) for t in texts])
    py_parse = best(lambda: [yaml.compose(t, Loader=yaml.SafeLoader) for t in texts])
    build = best(lambda: [read_document(f) for f in files])
    loader = "libyaml (C)" if hasattr(yaml, "CSafeLoader") else "pure Python (libyaml missing)"
    print(
        f"\nreading the data plugins' files in-process ({len(files)} files, {lines} lines, "
        f"{size / 1024:.0f} KiB), median of {PROBE_RUNS}:"
    )
    print(f"  parse with the loader in use, {loader}, with line map: {c_parse:.1f} ms")
    print(f"  parse with PyYAML's pure-Python composer, for comparison: {py_parse:.1f} ms")
    print(f"  parse and build the models (read_document): {build:.1f} ms")


def list_entry_points() -> None:
    found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    print(f"\ninstalled entry-point plugins (group {ENTRY_POINT_GROUP!r}): {len(found)}")
    for ep in found:
        dist = f"{ep.dist.name} {ep.dist.version}" if ep.dist else "unknown distribution"
        print(f"  {ep.name} = {ep.value}  ({dist})")
    if not found:
        print("  none: B and C differ only in the entry-point scan")


def probe(command: Command, base: Mapping[str, str]) -> list[dict[str, Any]]:
    env = command.env(base)
    return [
        json.loads(run([sys.executable, "-c", PROBE_CODE], env).stdout) for _ in range(PROBE_RUNS)
    ]


def report_probes(base: Mapping[str, str]) -> None:
    print(f"\nwhat B and C load, and B/C split in-process (median of {PROBE_RUNS} runs):")
    for label in ("B", "C"):
        results = probe(BY_LABEL[label], base)
        first = results[0]
        import_ms = statistics.median(r["import_s"] for r in results) * 1e3
        load_ms = statistics.median(r["load_s"] for r in results) * 1e3
        plugins = ", ".join(
            f"{n} ({src}, {status}, {ver})" for n, src, status, ver in first["plugins"]
        )
        missing = [m for m in DEPENDENCIES if m not in first["dependencies"]]
        print(
            f"  {label}: import kleinschalig.plugins {import_ms:.1f} ms, "
            f"PluginHost.load() {load_ms:.1f} ms"
        )
        print(f"     plugins: {plugins}; errors: {first['errors']}; titles: {first['titles']}")
        print(
            f"     {first['kleinschalig_modules']} kleinschalig modules imported; "
            f"of A's modules not imported: {', '.join(missing) if missing else 'none'}"
        )


def is_kleinschalig(name: str) -> bool:
    return name.split(".", 1)[0] == "kleinschalig"


def report_imports(env: Mapping[str, str]) -> None:
    b = BY_LABEL["B"]
    run(b.argv, b.env(env))  # make sure every byte-code file is cached
    loaded = import_times(b.argv, b.env(env))
    deps = {i.name for i in import_times(BY_LABEL["A"].argv, env)}

    own = [i for i in loaded if is_kleinschalig(i.name)]
    beyond = [i for i in loaded if not is_kleinschalig(i.name) and i.name not in deps]
    shared = [i for i in loaded if not is_kleinschalig(i.name) and i.name in deps]
    print(f"\n-X importtime, run B (one run, bytecode cached): {len(loaded)} modules imported")
    print(
        f"  self time: {sum(i.self_us for i in own) / 1e3:.1f} ms in {len(own)} kleinschalig "
        f"modules, {sum(i.self_us for i in shared) / 1e3:.1f} ms in {len(shared)} modules "
        f"A imports too, {sum(i.self_us for i in beyond) / 1e3:.1f} ms in {len(beyond)} "
        "other modules"
    )
    if beyond:
        heaviest = sorted(beyond, key=lambda i: i.self_us, reverse=True)[:5]
        print(
            "  heaviest of the others: " + ", ".join(f"{i.name} {i.self_us} µs" for i in heaviest)
        )

    # ``import a.b.c`` of a package not yet loaded gives two lines for a.b.c: an outer one
    # that includes importing the package a.b (whose __init__ may import a.b.c) and an inner
    # one. Merge them: the larger cumulative time, the sum of the self times.
    merged: dict[str, Import] = {}
    for item in own:
        seen = merged.get(item.name)
        if seen is not None:
            item = Import(
                item.name,
                min(item.depth, seen.depth),
                item.self_us + seen.self_us,
                max(item.cumulative_us, seen.cumulative_us),
            )
        merged[item.name] = item
    top = sorted(merged.values(), key=lambda i: i.cumulative_us, reverse=True)[:TOP]
    print(f"  top {TOP} kleinschalig modules by cumulative time (includes what they import):")
    print(f"  {'cumulative µs':>13} {'self µs':>8}  module")
    for item in top:
        print(f"  {item.cumulative_us:>13} {item.self_us:>8}  {item.name}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--baseline", metavar="PYTHON", help="interpreter of the baseline")
    args = parser.parse_args()
    commands = COMMANDS
    if args.baseline:
        baseline = Command(
            "P", "PluginHost.load(), baseline interpreter", LOAD_CODE, python=args.baseline
        )
        commands = (*COMMANDS, baseline)
    started = time.perf_counter()
    print(f"Python {platform.python_version()} at {sys.executable}")
    for command in commands:
        extra = " ".join(f"{k}={v}" for k, v in command.extra_env.items())
        where = "" if command.python == sys.executable else f" ({command.python})"
        print(f"  {command.label}: {extra + ' ' if extra else ''}python{where} -c {command.code!r}")
    base = base_env("KLEINSCHALIG_")
    list_entry_points()

    with tempfile.TemporaryDirectory(prefix="kleinschalig-bench-pycache-") as cache_dir:
        env = cached_env(base, cache_dir)
        result = report_times(
            "bytecode cached (representative)", time_commands(env, commands), commands
        )
        report_probes(env)
        report_yaml()
        report_imports(env)

    note = (
        "PYTHONDONTWRITEBYTECODE is set: sources without a cached .pyc are compiled each start"
        if base.get("PYTHONDONTWRITEBYTECODE")
        else "PYTHONDONTWRITEBYTECODE is not set"
    )
    report_times(f"environment as is ({note})", time_commands(base, commands), commands)

    verdict = "TARGET MET" if result is not None and result <= TARGET else "TARGET MISSED"
    print(
        f"\noverhead of B (bytecode cached, medians): {percent(result)}; "
        f"target <= {TARGET * 100:.0f} %: {verdict}"
    )
    print(f"(took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
