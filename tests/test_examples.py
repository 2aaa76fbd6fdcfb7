from pathlib import Path

import pytest

from kleinschalig.catalogue import national_catalogue
from kleinschalig.codec import load_json
from kleinschalig.model import CaseRecord

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "cases").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_cases_are_valid_and_clearly_fictional(path):
    case = load_json(path.read_bytes(), CaseRecord)
    assert national_catalogue().check_case(case) == []
    assert case.subject_id.startswith("fictief-")


def test_there_are_a_handful_of_examples():
    assert len(EXAMPLES) >= 5
