"""The README is a contract: its Quick start has two blocks and its examples are real."""

import re
import shlex
from pathlib import Path

import pytest

from kleinschalig.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_shell_blocks():
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", README, re.S | re.M)
    assert section is not None
    assert len(re.findall(r"^```sh\n", section.group(1), re.M)) == 2


def console_examples():
    taste = re.search(r"^## A taste\n.*?```console\n(.*?)```", README, re.S | re.M)
    assert taste is not None
    examples, current = [], None
    for line in taste.group(1).splitlines():
        if line.startswith("$ kleinschalig "):
            current = (shlex.split(line[len("$ kleinschalig ") :]), [])
            examples.append(current)
        elif current is not None:
            current[1].append(line)
    return examples


@pytest.mark.parametrize(("args", "expected"), console_examples(), ids=lambda v: str(v)[:40])
def test_console_examples_print_what_the_readme_says(args, expected, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines() == expected
