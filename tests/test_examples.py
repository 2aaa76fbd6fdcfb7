from pathlib import Path

import pytest

from kleinschalig.codec import load_json
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "cases").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_cases_are_valid_and_clearly_fictional(path):
    case = load_json(path.read_bytes(), CaseRecord)
    # Examples may refer to the bundled facility plugins (installed by the README).
    catalogue = PluginHost.load(HostConfig.from_env(environ={})).catalogue
    assert catalogue.check_case(case) == []
    assert case.subject_id.startswith("fictief-")


def test_there_are_a_handful_of_examples():
    assert len(EXAMPLES) >= 5
