"""The yes/no pass the host runs first says "valid" exactly when the detailed walk finds nothing."""

import datetime as dt
import random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinschalig.model import instances
from kleinschalig.model._valid import is_valid
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.facilities import Facility, FacilityKind
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.sources import DocumentSource
from kleinschalig.model.workflows import Workflow
from kleinschalig.plugins import PluginHost
from kleinschalig.testing.strategies import for_model

#: Values of many types, for putting where they do not belong.
WRONG = (None, "x", "", 0, -1, 1.5, True, (), ("x",), dt.date(2026, 1, 1), FacilityKind.KV)


def detailed(item):
    return instances._fields(item, ())


def agree(item):
    """Assert that both walks agree on ``item`` and neither raises; return whether it is valid."""
    valid = is_valid(item)
    errors = detailed(item)
    assert (errors == []) == valid, item
    assert instances.instance_errors(item) == errors
    return valid


def nested(item):
    """``item`` and every model instance inside it."""
    yield item
    for field in attrs.fields(type(item)):
        value = getattr(item, field.name)
        for inner in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(inner)):
                yield from nested(inner)


def tampered(item, choose):
    """A copy of a nested instance with one field set, bypassing ``frozen`` and validators."""
    inner = choose(list(nested(item)))
    fields = attrs.fields(type(inner))
    field = choose(fields)
    copy = attrs.evolve(inner)
    object.__setattr__(copy, field.name, choose(WRONG))
    return copy


@pytest.fixture(scope="module")
def registered():
    host = PluginHost.load()
    catalogue = host.catalogue
    return [
        *catalogue.facilities,
        *catalogue.criteria,
        *catalogue.workflows,
        *catalogue.indicators,
        *catalogue.intervention_logics,
        *catalogue.titles,
        *catalogue.roles,
    ]


def test_every_bundled_object_passes_both(registered):
    assert len(registered) > 100
    for item in registered:
        assert is_valid(item), item
        assert detailed(item) == []


def test_tampering_with_any_field_of_any_bundled_object_is_seen_alike(registered):
    seen_invalid = 0
    for number, item in enumerate(registered):
        rng = random.Random(number)
        for _ in range(5):
            seen_invalid += not agree(tampered(item, rng.choice))
    assert seen_invalid > len(registered)


MODELS = (Facility, Criterion, Workflow, Indicator, InterventionLogic, DocumentSource)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(MODELS).flatmap(for_model), st.randoms(use_true_random=False))
def test_generated_objects_with_a_field_tampered_are_seen_alike(item, rng):
    assert agree(item)
    agree(tampered(item, rng.choice))


def test_a_validator_failing_on_a_value_of_the_right_type_is_seen():
    source = DocumentSource("001", 10, 12)
    object.__setattr__(source, "last_line", 5)
    assert not is_valid(source)
    assert [e.code for e in instances.instance_errors(source)] == ["value.too_small"]


def test_a_mistyped_field_read_by_another_fields_validator_is_reported_not_raised():
    source = DocumentSource("001", 10, 12)
    object.__setattr__(source, "first_line", "tien")
    assert not is_valid(source)
    assert [(e.code, e.path) for e in instances.instance_errors(source)] == [
        ("type.invalid", "/first_line")
    ]


def test_a_validator_raising_on_values_of_the_right_type_is_a_bug_and_not_hidden():
    @attrs.frozen(slots=True)
    class Broken:
        count: int = attrs.field(validator=lambda _i, _a, v: v + "")  # a bug in the model

    item = object.__new__(Broken)
    object.__setattr__(item, "count", 1)
    assert not is_valid(item)
    with pytest.raises(TypeError):
        instances.instance_errors(item)


def test_something_that_is_not_a_model_object_is_invalid():
    assert not is_valid("facility")
    assert [e.code for e in instances.instance_errors("facility")] == ["type.invalid"]


def test_an_object_found_valid_once_is_not_walked_again_but_must_still_fit_its_field(registered):
    facility = next(item for item in registered if isinstance(item, Facility))
    checked = {}
    assert is_valid(facility.location, checked)
    assert checked == {id(facility.location): facility.location}
    # Remembered as valid, yet the field for the target group still refuses a location.
    copy = attrs.evolve(facility)
    object.__setattr__(copy, "target_group", facility.location)
    assert not is_valid(copy, checked)
    assert id(copy) not in checked
    assert [e.path for e in instances.instance_errors(copy, checked)] == ["/target_group"]


def test_an_invalid_object_is_not_remembered():
    source = DocumentSource("001", 10, 12)
    object.__setattr__(source, "document", 1)
    checked = {}
    assert not is_valid(source, checked)
    assert checked == {}
    assert instances.instance_errors(source, checked) != []


def test_a_plugin_sharing_one_source_across_objects_gets_each_object_checked(registered):
    checked = {}
    for item in registered:
        assert is_valid(item, checked)
    sources = [v for v in checked.values() if isinstance(v, DocumentSource)]
    assert sources
    assert all(is_valid(item, checked) for item in registered)
