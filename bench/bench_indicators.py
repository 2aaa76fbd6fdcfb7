"""All core indicators over a synthetic cohort from JSON Lines, against hand-written pandas.

1. A seeded synthetic cohort of N candidates for ``kv-almelo`` is written to a JSON
   Lines file (``kleinschalig.synth``; not timed).
2. In a fresh process each, the library computes every core indicator in one streaming
   pass (``JsonlReader`` + ``IndicatorRun``: every line parsed and validated into a
   ``CaseRecord``), and a hand-written pandas version computes the same indicators
   (``json.loads`` per line, flattened into columns, vectorised expressions). Wall time
   and peak RSS (``ru_maxrss``) of each process are reported; the library also runs on
   N/10 records so the growth of its peak memory can be seen.
3. In a third process, only ``json.loads`` of every line: the floor that any
   reader of the file with the standard library pays, both sides included.
4. Both must agree on every indicator the pandas version computes before anything is
   reported. The feedback indicator (which replays event logs) has no pandas
   counterpart and is left out of the comparison.

Run with ``python bench/bench_indicators.py [N] [--data=DIR]`` (default 1 000 000;
N=1 000 000 takes several minutes, mostly generating the file; with ``--data`` the
cohort files are kept in DIR and reused by later runs). Always exits 0; prints TARGET MET or
TARGET MISSED per target: the library at most 15 s for 1 000 000 records on one core,
peak memory at most 300 MB and flat in N, and at most 2x the pandas time.
"""

from __future__ import annotations

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
values = {{r.id: r.value for r in report.results}}
print(json.dumps({{"seconds": elapsed, "cpu": cpu, "records": report.records,
                  "invalid": len(reader.invalid),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "values": values}}))
"""

PANDAS = f"""
import datetime as dt, json, resource, sys, time
import pandas as pd
start, cpu = time.perf_counter(), time.process_time()
rows = []
with open(sys.argv[1], encoding="utf-8") as stream:
    for line in stream:
        d = json.loads(line)
        p = d.get("placement") or {{}}
        i = d.get("intake") or {{}}
        bv = {{m["moment"]: m for m in d.get("basisvoorwaarden", [])}}
        ld = {{m["moment"]: m for m in d.get("life_domains", [])}}
        row = {{
            "decision": p.get("decision"), "inflow": p.get("inflow_date"),
            "outflow": p.get("outflow_date"), "reason": p.get("outflow_reason"),
            "group_suitable": i.get("group_suitable"), "motivated": i.get("motivated"),
            "regional_tie": i.get("regional_tie"), "prior": i.get("prior_offences"),
            "addiction": i.get("addiction_problems"),
            "conviction": [r["date"] for r in d.get("recidivism", []) if r["type"] == "conviction"],
        }}
        for moment in ("t0", "t1"):
            m = bv.get(moment)
            for name in ("housing", "income", "debts", "id_document", "care_insurance"):
                row[f"bv_{{name}}_{{moment}}"] = None if m is None else m.get(name, "unknown")
            s = ld.get(moment) or {{}}
            row[f"housing_{{moment}}"] = s.get("housing")
        rows.append(row)
df = pd.DataFrame(rows)
placed = df["decision"] == "placed"
values = {{}}
def share(column, mask=placed):
    known = df.loc[mask, column].dropna()
    values_ = known.astype(bool)
    return None if len(values_) == 0 else float(values_.mean())
values["core.tg.groepsgeschikt"] = share("group_suitable")
values["core.tg.gemotiveerd"] = share("motivated")
values["core.tg.regiobinding"] = share("regional_tie")
values["core.tg.eerdere-delicten"] = share("prior")
add = df.loc[placed, "addiction"].dropna()
values["core.tg.verslaving"] = None if add.empty else float(add.isin(["present", "severe"]).mean())
decided = df["decision"].notna() & (df["decision"] != "pending")
values["core.in.geplaatst"] = float((df.loc[decided, "decision"] == "placed").mean())
for name in ("housing", "income", "debts", "id_document", "care_insurance"):
    for moment in ("t0", "t1"):
        col = df.loc[placed, f"bv_{{name}}_{{moment}}"].dropna()
        col = col[col != "unknown"]
        values[f"core.st.bv.{{name}}.{{moment}}"] = (
            None if col.empty else float(col.isin(["met", "not_applicable"]).mean())
        )
both = df.loc[placed, ["housing_t0", "housing_t1"]].dropna()
values["core.lt.leefgebied.housing"] = (
    None if both.empty else float((both["housing_t1"] - both["housing_t0"]).mean())
)
left = df[placed & df["outflow"].notna()].copy()
inflow = pd.to_datetime(left["inflow"]); outflow = pd.to_datetime(left["outflow"])
values["core.of.verblijfsduur"] = None if left.empty else float((outflow - inflow).dt.days.mean())
end = outflow + pd.DateOffset(years={WINDOW_YEARS})
due = left[end <= pd.Timestamp("{ON}")]
due_out = pd.to_datetime(due["outflow"]); due_end = due_out + pd.DateOffset(years={WINDOW_YEARS})
hits = [any(o < pd.Timestamp(x) <= e for x in dates)
        for o, e, dates in zip(due_out, due_end, due["conviction"])]
values["core.fg.conviction"] = None if not hits else float(sum(hits) / len(hits))
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({{"seconds": elapsed, "cpu": cpu, "records": len(df),
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


def run(code: str, path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
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
        theirs = run(PANDAS, big)
        floor = run(PARSE_ONLY, big)
    mine, other = ours["values"], theirs["values"]  # type: ignore[index]
    disagree = [
        key
        for key, value in other.items()  # type: ignore[attr-defined]
        if not (value is None and mine[key] is None)  # type: ignore[index]
        and (value is None or mine[key] is None or abs(value - mine[key]) > 1e-9)  # type: ignore[index,operator]
    ]
    if disagree:
        print("DISAGREEMENT:", {k: (mine[k], other[k]) for k in disagree})  # type: ignore[index]
        return
    print(f"agreement on {len(other)} indicators")  # type: ignore[arg-type]
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
