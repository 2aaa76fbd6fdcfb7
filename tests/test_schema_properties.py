"""Schema, converter and strategies agree: generated instances validate and round-trip."""

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig.codec.converter import structure, unstructure
from kleinschalig.codec.models import MODELS
from kleinschalig.codec.schema import json_schema
from kleinschalig.errors import ValidationFailed
from kleinschalig.testing.strategies import for_type


def validator_for(model):
    schema = json_schema(model)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("name", sorted(MODELS))
def test_instances_validate_against_the_schema_and_round_trip(name):
    model = MODELS[name]
    validator = validator_for(model)

    @given(for_type(model))
    def check(instance):
        data = unstructure(instance, model)
        validator.validate(data)
        assert structure(data, model) == instance

    check()


@pytest.mark.parametrize("name", ["case-record", "facility", "legal-title", "intervention-logic"])
def test_schema_and_converter_both_reject_an_unknown_key(name):
    model = MODELS[name]
    validator = validator_for(model)

    @given(for_type(model), st.from_regex(r"^zz_[a-z]{1,8}$", fullmatch=True))
    def check(instance, key):
        data = {**unstructure(instance, model), key: 1}
        assert not validator.is_valid(data)
        with pytest.raises(ValidationFailed) as info:
            structure(data, model)
        assert ("field.unknown", f"/{key}") in {(e.code, e.path) for e in info.value.errors}

    check()


def test_schema_marks_sensitive_fields_and_forbids_bsn_like_ids():
    schema = json_schema(MODELS["case-record"])["$defs"]["CaseRecord"]["properties"]
    assert schema["birth_date"]["x-sensitive"] is True
    assert schema["notes"]["x-sensitive"] is True
    validator = validator_for(MODELS["case-record"])
    assert not validator.is_valid({"subject_id": "123456789", "case_id": "c-1"})
    assert validator.is_valid({"subject_id": "p-123456789", "case_id": "c-1"})
