"""All core indicators over a synthetic cohort from JSON Lines, against hand-written pandas.

1. A seeded synthetic cohort of N candidates for ``kv-almelo`` is written to a JSON
   Lines file (``kleinschalig.synth``; not timed).
2. In a fresh process each, the library computes every core indicator in one streaming
   pass (``JsonlReader`` + ``IndicatorRun``: every line parsed and validated into a
   ``CaseRecord``), and a hand-written pandas version computes the same indicators
   (``_indicators_pandas.py``: ``json.loads`` per line, flattened into columns,
   vectorised expressions; the feedback indicator from the facility's workflow rules,
   taken from the catalogue before timing). Wall time
   and peak RSS (``ru_maxrss``) of each process are reported; the library also runs on
   N/10 records so the growth of its peak memory can be seen.
3. In a third process, only ``json.loads`` of every line: the floor that any
   reader of the file with the standard library pays, both sides included.
4. Both must compute the same indicators and agree on every value (on the counts per
   category for distributions) before anything is reported.

Run with ``python bench/bench_indicators.py [N] [--data=DIR]`` (default 1 000 000;
N=1 000 000 takes several minutes, mostly generating the file; with ``--data`` the
cohort files are kept in DIR and reused by later runs). Always exits 0; prints TARGET MET or
TARGET MISSED per target: the library at most 15 s for 1 000 000 records on one core,
peak memory at most 300 MB and flat in N, and at most 2x the pandas time.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ON = "2030-12-31"
WINDOW_YEARS = 1
FACILITY = "kv-almelo"

LIBRARY = f"""
import datetime as dt, json, resource, sys, time
from kleinschalig.dates import Duration
from kleinschalig.indicators import IndicatorRun, JsonlReader
from kleinschalig.national.indicators import CORE_INDICATORS
from kleinschalig.plugins import HostConfig, PluginHost
catalogue = PluginHost.load(HostConfig()).catalogue
start, cpu = time.perf_counter(), time.process_time()
run = IndicatorRun(CORE_INDICATORS, on=dt.date.fromisoformat("{ON}"),
                   window=Duration(years={WINDOW_YEARS}), catalogue=catalogue)
with open(sys.argv[1], encoding="utf-8") as stream:
    reader = JsonlReader(stream)
    for case in reader:
        run.add(case)
report = run.report()
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
values = {{r.id: {{c.value: c.count for c in r.breakdown}} if r.breakdown else r.value
          for r in report.results}}
print(json.dumps({{"seconds": elapsed, "cpu": cpu, "records": report.records,
                  "invalid": len(reader.invalid),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "values": values}}))
"""

PARSE_ONLY = """
import json, resource, sys, time
start, cpu = time.perf_counter(), time.process_time()
records = 0
with open(sys.argv[1], encoding="utf-8") as stream:
    for line in stream:
        json.loads(line)
        records += 1
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "records": records,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


#: Contents of an information flow that ask the recipient for advice (workflows/timeline.py).
ASKED = ("objection_only", "decision")
PANDAS = (Path(__file__).parent / "_indicators_pandas.py").read_text(encoding="utf-8")


def run(code: str, path: Path, *args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _cohort(catalogue: object, n: int, folder: Path) -> Path:
    """The seeded cohort of ``n`` records in ``folder``, written unless it is already there."""
    from kleinschalig.synth import synthesize, write_jsonl

    path = folder / f"{FACILITY}-seed7-{n}.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            write_jsonl(synthesize(catalogue, FACILITY, n, seed=7), out)  # type: ignore[arg-type]
        partial.rename(path)
    return path


def _feedback_rules(catalogue: object, folder: Path) -> Path:
    """The facility's workflow rules the hand-written feedback indicator reads, as JSON."""
    rules = {}
    for workflow in catalogue.workflows_for(FACILITY):  # type: ignore[attr-defined]
        if len(workflow.versions) != 1:
            raise SystemExit(f"{workflow.code}: the pandas baseline handles one version only")
        version = workflow.versions[0]
        rules[workflow.code] = {
            "internal": sorted(version.internal_roles),
            "transitions": {
                t.id: [
                    t.feedback,
                    t.actor,
                    sorted({f.recipient for f in t.informs if f.content.value in ASKED}),
                ]
                for t in version.transitions
            },
        }
    path = folder / f"{FACILITY}-rules.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    return path


#: How many records of the small cohort, at most, are turned into edge cases.
EDGE_CASES = 600


def _edge_cases(source: Path, folder: Path) -> tuple[Path, int]:
    """Records of ``source`` changed into shapes the synthetic cohort never has but the
    library reads in its own way: sex ``unknown`` and no languages (not recorded), and
    a stay with an outflow date under a decision other than placed. Returns the file and
    how many records it holds."""
    path = folder / f"{FACILITY}-edge-cases.jsonl"
    written = 0
    with source.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(itertools.islice(lines, EDGE_CASES)):
            written += 1
            d = json.loads(line)
            if number % 7 == 0:
                d["sex"] = "unknown"
            if number % 11 == 0 and "intake" in d:
                d["intake"]["languages"] = []
            placement = d.get("placement") or {}
            if number % 5 == 0 and placement.get("outflow_date"):
                placement["decision"] = "withdrawn"
            out.write(json.dumps(d) + "\n")
    return path, written


def _disagreement(ours: dict[str, object], theirs: dict[str, object]) -> str | None:
    """Why the two sides' values differ, or ``None`` when they agree on every indicator."""
    mine, other = ours["values"], theirs["values"]
    if set(mine) != set(other):  # type: ignore[call-overload]
        return f"different indicators: {sorted(set(mine) ^ set(other))}"  # type: ignore[call-overload]
    disagree = [key for key in other if not _agree(mine[key], other[key])]  # type: ignore[index,attr-defined]
    if disagree:
        return str({k: (mine[k], other[k]) for k in disagree})  # type: ignore[index]
    return None


def _agree(mine: object, theirs: object) -> bool:
    """Equal values: counts per category for distributions, 1e-9 apart for numbers."""
    if isinstance(mine, dict) or isinstance(theirs, dict) or mine is None or theirs is None:
        return mine == theirs
    return abs(float(mine) - float(theirs)) <= 1e-9  # type: ignore[arg-type]


def _seconds(result: dict[str, object]) -> str:
    wall, cpu = float(result["seconds"]), float(result["cpu"])  # type: ignore[arg-type]
    return f"{wall:.1f} s wall, {cpu:.1f} s CPU"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--data=")]
    n = int(args[0]) if args else 1_000_000
    data = next((a.removeprefix("--data=") for a in sys.argv[1:] if a.startswith("--data=")), None)
    from kleinschalig.plugins import HostConfig, PluginHost

    catalogue = PluginHost.load(HostConfig()).catalogue
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(data) if data else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        big, small = _cohort(catalogue, n, folder), _cohort(catalogue, max(n // 10, 1), folder)
        print(
            f"cohort of {n:,} records ready in {time.perf_counter() - started:.1f} s "
            f"({big.stat().st_size / 1e6:.0f} MB)"
        )
        ours = run(LIBRARY, big)
        ours_small = run(LIBRARY, small)
        rules = _feedback_rules(catalogue, folder)
        edges, edge_count = _edge_cases(small, folder)
        edge_problem = _disagreement(
            run(LIBRARY, edges), run(PANDAS, edges, str(rules), ON, str(WINDOW_YEARS))
        )
        if edge_problem:
            print("DISAGREEMENT on the edge cases:", edge_problem)
            return
        theirs = run(PANDAS, big, str(rules), ON, str(WINDOW_YEARS))
        floor = run(PARSE_ONLY, big)
    problem = _disagreement(ours, theirs)
    if problem:
        print("DISAGREEMENT:", problem)
        return
    print(
        f"agreement on {len(theirs['values'])} indicators, "  # type: ignore[arg-type]
        f"also on {edge_count} edge-case records"
    )
    # CPU time is judged: it is what one core spends, and unlike wall time it does not
    # grow when other work shares the machine.
    cpu, pandas_cpu = float(ours["cpu"]), float(theirs["cpu"])  # type: ignore[arg-type]
    floor_cpu = float(floor["cpu"])  # type: ignore[arg-type]
    peak, peak_small = float(ours["peak_mb"]), float(ours_small["peak_mb"])  # type: ignore[arg-type]
    print(
        f"library: {_seconds(ours)} for {n:,} records ({cpu / n * 1e6:.0f} us/record CPU), "
        f"peak {peak:.0f} MB"
    )
    small_n, small_cpu = int(ours_small["records"]), float(ours_small["cpu"])  # type: ignore[call-overload,arg-type]
    print(
        f"library at N/10: {_seconds(ours_small)} for {small_n:,} records "
        f"({small_cpu / small_n * 1e6:.0f} us/record CPU), peak {peak_small:.0f} MB"
    )
    print(f"pandas:  {_seconds(theirs)}, peak {float(theirs['peak_mb']):.0f} MB")  # type: ignore[arg-type]
    print(
        f"json.loads alone: {_seconds(floor)} ({floor_cpu / n * 1e6:.0f} us/record CPU): "
        "the floor for any reader of this file with the standard library"
    )
    scaled = cpu * 1_000_000 / n
    print(
        f"CPU time for 1 000 000 records: {scaled:.1f} s; target <= 15 s: "
        f"{'TARGET MET' if scaled <= 15 else 'TARGET MISSED'}"
    )
    print(
        f"peak memory {peak:.0f} MB (x{peak / peak_small:.2f} of N/10); target <= 300 MB and "
        f"flat: {'TARGET MET' if peak <= 300 and peak / peak_small <= 1.1 else 'TARGET MISSED'}"
    )
    ratio = cpu / pandas_cpu
    print(
        f"library / pandas = {ratio:.2f}x CPU "
        f"({float(ours['seconds']) / float(theirs['seconds']):.2f}x wall); target <= 2x: "  # type: ignore[arg-type]
        f"{'TARGET MET' if ratio <= 2 else 'TARGET MISSED'}"
    )


if __name__ == "__main__":
    main()
