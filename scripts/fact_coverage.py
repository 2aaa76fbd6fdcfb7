"""How much of each facility's sources the registered data can compute.

    python scripts/fact_coverage.py [--format table|json]

Per facility: its own indicators (appendix 4 of 001 for the KVs) that are
computed from case records, against those that stay an ``observation``
(interview, questionnaire, facility-level registration); its criteria that have
a rule, against those a professional judges without one; and the facts its
plugin declares. The core's indicators (``core.*``) are counted apart: in total,
and per facility the number that apply to it (scoped to facilities of kind ``kv``,
so none to a KVJJ). The tests run this and pin that it reports every facility.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def coverage() -> dict[str, Any]:
    from kleinschalig.plugins import PluginHost
    from kleinschalig.plugins.markers import PROJECT

    catalogue = PluginHost.load().catalogue

    def is_core(indicator: Any) -> bool:
        return bool(catalogue.indicators.owner(indicator.id) == PROJECT)

    rows = []
    for facility in catalogue.facilities:
        code = facility.code
        applying = catalogue.indicators_for(code)
        own = [i for i in applying if not is_core(i)]
        observed = [i for i in own if i.measure.kind == "observation"]
        criteria = [c for c in catalogue.criteria if c.scope.covers(code, facility.kind)]
        ruled = [c for c in criteria if all(v.rule is not None for v in c.versions)]
        rows.append(
            {
                "facility": code,
                "plugin": catalogue.facilities.owner(code),
                "indicators": len(own),
                "computable": len(own) - len(observed),
                "observation": len(observed),
                "criteria": len(criteria),
                "with_rule": len(ruled),
                "judged": len(criteria) - len(ruled),
                "facts": len(catalogue.facts_for(code)),
                "core": sum(1 for i in applying if is_core(i)),
            }
        )
    core = [i for i in catalogue.indicators if is_core(i)]
    return {
        "facilities": rows,
        "core_indicators": len(core),
        "core_computable": sum(1 for i in core if i.measure.kind != "observation"),
        "core_facts": sum(1 for d in catalogue.facts if d.namespace == "core"),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args()
    found = coverage()
    if args.format == "json":
        print(json.dumps(found, indent=2))
        return 0
    header = ("facility", "computable", "observation", "with_rule", "judged", "facts", "core")
    print("  ".join(f"{h:>16}" if i else f"{h:<16}" for i, h in enumerate(header)))
    for row in found["facilities"]:
        print(
            f"{row['facility']:<16}"
            f"  {row['computable']:>9}/{row['indicators']:<6}"
            f"  {row['observation']:>16}"
            f"  {row['with_rule']:>9}/{row['criteria']:<6}"
            f"  {row['judged']:>16}"
            f"  {row['facts']:>16}"
            f"  {row['core']:>16}"
        )
    print(
        f"core: {found['core_computable']}/{found['core_indicators']} indicators computable, "
        f"{found['core_facts']} facts"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
