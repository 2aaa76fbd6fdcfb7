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

#: facility -> (own indicators computable, observations, criteria with a rule, judged,
#: declared facts that apply to it)
PINNED = {
    "kv-almelo": (13, 4, 13, 5, 16),
    "kv-amsterdam": (6, 0, 9, 10, 10),
    "kv-krimpen": (17, 2, 9, 5, 25),
    "kv-middelburg": (6, 1, 7, 4, 10),
    "kv-rotterdam-hoogvliet": (3, 1, 8, 1, 3),
    **{
        f"kvjj-{place}": (0, 0, 30, 1, 1)
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
    got = (row["computable"], row["observation"], row["with_rule"], row["judged"], row["facts"])
    assert got == PINNED[facility]
    assert row["computable"] + row["observation"] == row["indicators"]


def test_the_core_indicators_are_all_computable(found):
    assert found["core_computable"] == found["core_indicators"] == 48
    assert found["core_facts"] == 9


def test_the_kvs_compute_most_of_their_own_indicators_now(found):
    kvs = [r for r in found["facilities"] if r["facility"].startswith("kv-") and r["indicators"]]
    computable = sum(r["computable"] for r in kvs)
    total = sum(r["indicators"] for r in kvs)
    assert (computable, total) == (45, 53)


def test_the_script_prints_a_table():
    out = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "kv-krimpen" in out.stdout
    assert "core: 48/48 indicators computable" in out.stdout
