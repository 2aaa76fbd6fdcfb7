"""A bounded fuzz suite: generated and mutated documents through the API and the CLI.

Nothing may escape but the library's structured errors, and no document may take
long. The full run (``scripts/fuzz.py``, 100 000 documents) uses the same mutations.
"""

import contextlib
import io
import json
import os
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kleinschalig.codec.converter import unstructure
from kleinschalig.codec.models import MODELS
from kleinschalig.testing.strategies import for_type
from tests.scripts import load_script

fuzz = load_script("fuzz")

#: Documents per test under the ci profile (a few thousand in all); more under dev.
_CI = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev") == "ci"
MUTATED = 1_500 if _CI else 3_000
PER_MODEL = 10 if _CI else 40


def test_mutated_documents_through_api_and_cli_raise_only_structured_errors():
    started = time.monotonic()
    outcome = fuzz.fuzz(MUTATED, seed=16, time_limit=2.0, cli_every=25, quiet=True)
    assert outcome.counts["tried"] == MUTATED
    for kind in fuzz.KINDS:
        assert outcome.counts[kind] == 0, (kind, outcome.examples.get(kind))
    assert time.monotonic() - started < 110


@pytest.mark.parametrize("name", sorted(MODELS))
def test_generated_and_mutated_documents_never_raise_a_traceback(name, tmp_path):
    model = MODELS[name]
    oracle = fuzz.Oracle()

    @settings(max_examples=PER_MODEL, deadline=None, suppress_health_check=list(HealthCheck))
    @given(for_type(model), st.sampled_from(fuzz.MUTATIONS), st.integers(0, 2**32))
    def check(instance, kind, seed):
        changed = fuzz.mutate(unstructure(instance, model), kind, random.Random(seed))
        if changed is None:
            return
        doc, _where = changed
        text = json.dumps(doc)
        t0 = time.monotonic()
        result, _errors = oracle.library(name, text)
        if result is not None:
            fuzz.run_api(name, result)
        status, _out = fuzz.run_cli(name, text, tmp_path)
        assert status in (0, 1)
        assert time.monotonic() - t0 < 5

    check()


def test_the_cli_reports_a_broken_document_as_json_not_a_traceback(tmp_path):
    from kleinschalig.cli import main

    path = tmp_path / "case.json"
    path.write_text('{"case_id": "c-1", "subject_id": 1.0, "zz": [null]}', encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["validate", "--format", "json", str(path)]) == 1
    report = json.loads(out.getvalue())
    assert report["valid"] is False
    assert {e["path"] for e in report["errors"]} >= {"/subject_id", "/zz"}


def test_an_error_path_is_placed_only_where_the_document_has_that_place():
    doc = {"sentence": {"start_date": "2020-01-01"}, "legal_titles": [{"title": "x"}]}
    assert fuzz.placed(doc, "")
    assert fuzz.placed(doc, "/sentence/start_date")
    assert fuzz.placed(doc, "/sentence/length")  # missing key of an object that is there
    assert fuzz.placed(doc, "/legal_titles/0/title")
    assert not fuzz.placed(doc, "/legal_titles/1/title")
    assert not fuzz.placed(doc, "/referral/by")
    assert not fuzz.placed(doc, "/sentence/start_date/day")
