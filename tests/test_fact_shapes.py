"""The fact table that registration checks read instead of the case-record model."""

import datetime as dt
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import get_args, get_origin

import pytest

from kleinschalig.dates import Duration
from kleinschalig.model._fact_table import FACTS
from kleinschalig.model.checks import _condition_problems, core_lookup
from kleinschalig.model.conditions import Compare, Contains, Elapsed, OneOf, Recorded
from kleinschalig.model.fact_shapes import (
    FactShape,
    derive_fact_shapes,
    fact_shape,
    sensitive_on_path,
)
from kleinschalig.model.facts import fact_is_sensitive, fact_type

ROOT = Path(__file__).resolve().parent.parent

#: Paths that are not facts, or that go on past a fact.
NOT_FACTS = (
    "",
    "nope",
    "birth_date.year",
    "notes.text",
    "sentence.imposed_length.months",
    "legal_titles.title",
    "intake.nope",
    "daytime_activity.kind.value",
)


def test_the_table_is_generated_from_the_current_case_record():
    derived = {
        path: (s.kind, s.values, s.sensitive, s.special) for path, s in derive_fact_shapes().items()
    }
    assert derived == FACTS, "the fact table is out of date: run python scripts/fact_table.py"


def test_the_script_reports_a_current_table():
    script = ROOT / "scripts" / "fact_table.py"
    result = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert result.returncode == 0


@pytest.mark.parametrize("path", [*FACTS, *NOT_FACTS])
def test_a_path_is_known_and_sensitive_exactly_as_the_model_says(path):
    assert (fact_shape(path) is None) == (fact_type(path) is None)
    assert sensitive_on_path(path) == fact_is_sensitive(path)


def test_every_kind_occurs_and_choices_are_listed():
    kinds = {shape.kind for shape in map(fact_shape, FACTS)}
    assert kinds >= {"date", "duration", "bool", "int", "float", "str", "choice", "list", "other"}
    assert fact_shape("intake.addiction_problems") == FactShape(
        "choice", ("none", "present", "severe"), special=True
    )


# The rules as they were written against the declared types, before the table: the
# table-based checks must give the same answer for every fact and every kind of condition.


def _enum_values(tp):
    return {m.value for m in tp} if isinstance(tp, type) and issubclass(tp, Enum) else None


def _by_type(condition):
    numbers = (int, float)
    tp = fact_type(condition.fact)
    if tp is None:
        return ["unknown"]
    if fact_is_sensitive(condition.fact):
        return ["sensitive"]
    if isinstance(condition, Recorded):
        return []
    if isinstance(condition, Elapsed):
        return [] if tp is dt.date else ["elapsed"]
    is_list = get_origin(tp) is tuple
    values = _enum_values(get_args(tp)[0] if is_list else tp)
    if isinstance(condition, Contains):
        if not is_list:
            return ["contains"]
        return ["value"] if values is not None and condition.value not in values else []
    if is_list:
        return ["list"]
    if isinstance(condition, OneOf):
        if values is None:
            return [] if tp is str else ["one_of"]
        return ["values"] if set(condition.values) - values else []
    value = condition.value
    if tp is Duration:
        return ["length"]
    if tp is dt.date:
        return ["date"]
    if condition.cmp in ("lt", "le", "gt", "ge"):
        ok = tp in numbers and not isinstance(value, bool) and isinstance(value, numbers)
        return [] if ok else ["number"]
    if tp is bool:
        return [] if isinstance(value, bool) else ["bool"]
    if values is not None:
        return [] if value in values else ["value"]
    if tp in numbers:
        return [] if isinstance(value, numbers) and not isinstance(value, bool) else ["number"]
    if tp is str:
        return [] if isinstance(value, str) else ["text"]
    return []


def _conditions(path):
    yield Recorded(path)
    yield Elapsed(path, minimum=Duration(months=1))
    for value in ("none", "severe", "x"):
        yield Contains(path, value)
    for values in (("none",), ("none", "x"), ("x",)):
        yield OneOf(path, values)
    for cmp in ("eq", "ge"):
        for value in (True, 3, 2.5, "none", "x"):
            yield Compare(path, cmp, value)


MESSAGES = {
    "unknown": "unknown case-record fact",
    "sensitive": "is sensitive",
    "elapsed": "elapsed needs a date fact",
    "contains": "which is not a list",
    "value": "is not a value of",
    "list": "is a list: use contains",
    "one_of": "needs a text or choice fact",
    "values": "not among the values",
    "length": "is a length",
    "date": "is a date",
    "number": "number",
    "bool": "is true/false",
    "text": "is text",
}


@pytest.mark.parametrize("path", [*FACTS, *NOT_FACTS[1:]])
def test_checks_read_from_the_table_agree_with_checks_by_declared_type(path):
    for condition in _conditions(path):
        found = list(_condition_problems(condition, core_lookup))
        expected = [MESSAGES[key] for key in _by_type(condition)]
        assert len(found) == len(expected), (condition, found)
        assert all(e in f for e, f in zip(expected, found, strict=True)), (condition, found)
