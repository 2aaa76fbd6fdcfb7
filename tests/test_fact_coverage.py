"""scripts/fact_coverage.py: what the bundled plugins can compute, pinned.

The counts are pinned exactly so that a change that makes an indicator an
observation again, or a rule a professional's judgement, is a visible, deliberate
change of this table (and of the facility's README), not a silent regression.
Before facts could be declared (issue 13) the KVs computed 1 of their 53 own
indicators.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "fact_coverage.py"

#: The core indicators; since issue 17 they are scoped to the KVs (appendix 4 covers the
#: five KVs only, 001:L5368-5372), so none applies to a KVJJ.
CORE = 61
#: facility -> (own indicators computable, observations, criteria with a rule, judged,
#: declared facts that apply to it, core indicators that apply to it)
PINNED = {
    "kv-almelo": (13, 4, 13, 5, 16, CORE),
    "kv-amsterdam": (6, 0, 9, 10, 10, CORE),
    "kv-krimpen": (17, 2, 9, 5, 25, CORE),
    "kv-middelburg": (6, 1, 7, 4, 10, CORE),
    # issue 17: Rotterdam's own targets from 004 (3 computed, occupancy an observation)
    "kv-rotterdam-hoogvliet": (6, 2, 8, 1, 5, CORE),
    # issue 17: the KVJJ's own three indicators from 003, and no core ones
    **{
        f"kvjj-{place}": (3, 0, 30, 1, 1, 0)
        for place in ("amsterdam", "den-haag", "groningen", "krimpen", "venlo")
    },
}


@pytest.fixture(scope="module")
def found():
    return load_script("fact_coverage").coverage()


def test_every_bundled_facility_is_counted(found):
    assert {row["facility"] for row in found["facilities"]} >= set(PINNED)


@pytest.mark.parametrize("facility", sorted(PINNED))
def test_the_counts_are_the_pinned_ones(found, facility):
    [row] = [r for r in found["facilities"] if r["facility"] == facility]
    got = (
        row["computable"],
        row["observation"],
        row["with_rule"],
        row["judged"],
        row["facts"],
        row["core"],
    )
    assert got == PINNED[facility]
    assert row["computable"] + row["observation"] == row["indicators"]


def test_the_core_indicators_are_all_computable(found):
    assert found["core_computable"] == found["core_indicators"] == CORE
    assert found["core_facts"] == 13


def test_the_kvs_compute_most_of_their_own_indicators_now(found):
    kvs = [r for r in found["facilities"] if r["facility"].startswith("kv-") and r["indicators"]]
    computable = sum(r["computable"] for r in kvs)
    total = sum(r["indicators"] for r in kvs)
    assert (computable, total) == (48, 57)


def test_the_script_prints_a_table():
    out = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "kv-krimpen" in out.stdout
    assert f"core: {CORE}/{CORE} indicators computable" in out.stdout
