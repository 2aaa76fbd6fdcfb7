"""The published JSON Schema accepts a document exactly when the library does.

Documents are generated for every public model and then mutated (see
``scripts/fuzz.py``). The only disagreements allowed are the checks the schema
itself names in ``x-kleinschalig-checks``. Every public model round-trips, and
``validate`` refuses what ``timeline`` refuses.
"""

import datetime as dt
import json
import random

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kleinschalig.codec.converter import dump_json, load_json, unstructure
from kleinschalig.codec.models import MODELS
from kleinschalig.codec.schema import CHECKS_KEYWORD, UNEXPRESSED_CHECKS, json_schema
from kleinschalig.errors import ValidationFailed
from kleinschalig.model.sources import DocumentSource, LegalSource, Source
from kleinschalig.testing.strategies import for_type
from tests.scripts import load_script

fuzz = load_script("fuzz")


def validator_for(model):
    schema = json_schema(model)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


VALIDATORS = {name: validator_for(model) for name, model in MODELS.items()}


def library(name, doc):
    try:
        load_json(json.dumps(doc), MODELS[name])
    except ValidationFailed as exc:
        return list(exc.errors)
    return []


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_accepts_exactly_what_the_library_accepts(name):
    model = MODELS[name]

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        for_type(model),
        st.sampled_from(fuzz.MUTATIONS),
        st.integers(0, 2**32),
    )
    def check(instance, kind, seed):
        changed = fuzz.mutate(unstructure(instance, model), kind, random.Random(seed))
        if changed is None:
            return
        doc, where = changed
        errors = library(name, doc)
        by_schema = VALIDATORS[name].is_valid(doc)
        if not errors:
            assert by_schema, f"library accepts what the schema refuses: {kind} at {where}"
        elif by_schema:
            unexcused = [(e.code, e.path) for e in errors if not fuzz.excused_error(doc, e)]
            assert not unexcused, f"schema accepts, library refuses: {kind} {unexcused}"

    check()


def test_the_schema_names_the_checks_it_cannot_express():
    schema = json_schema(MODELS["case-record"])
    names = {c["check"] for c in schema[CHECKS_KEYWORD]}
    assert {"integer-literal", "date-order", "unique-key", "period-overlap"} <= names
    assert all(c["description"] and c["codes"] for c in UNEXPRESSED_CHECKS)


def test_one_point_zero_for_an_integer_is_refused_and_excused_only_there():
    doc = {"document": "001", "first_line": 2.0, "last_line": 3}
    errors = library("document-source", doc)
    assert [(e.code, e.path) for e in errors] == [("type.invalid", "/first_line")]
    assert VALIDATORS["document-source"].is_valid(doc)  # JSON Schema: 2.0 is an integer
    assert all(fuzz.excused_error(doc, e) for e in errors)
    assert not fuzz.excused_error({"document": "001", "first_line": "2", "last_line": 3}, errors[0])


def test_a_list_of_plain_values_that_must_differ_has_unique_items():
    doc = {
        "workflow": "a.b",
        "transition": "t",
        "date": "2026-01-01",
        "documents": ["x", "x"],
        "type": "transition",
    }
    assert library("case-event", doc)
    assert not VALIDATORS["case-event"].is_valid(doc)


def test_a_long_https_url_is_accepted_by_both():
    doc = {"law": "Pbw", "url": "https://wetten.overheid.nl/BWBR0009709/2024-01-01#Artikel43"}
    assert library("legal-source", doc) == []
    assert VALIDATORS["legal-source"].is_valid(doc)
    assert library("legal-source", {"law": "Pbw", "url": "https://a b"})
    assert not VALIDATORS["legal-source"].is_valid({"law": "Pbw", "url": "https://a b"})


# --- round trips --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_public_model_round_trips_through_its_json(name):
    model = MODELS[name]

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(for_type(model))
    def check(instance):
        assert load_json(json.dumps(unstructure(instance, model)), model) == instance
        if attrs.has(model):
            assert load_json(dump_json(instance), model) == instance

    check()


@pytest.mark.parametrize(
    "source",
    [LegalSource(law="Penitentiaire beginselenwet", short_name="Pbw"), DocumentSource("001", 2, 3)],
)
def test_a_source_survives_dump_json_and_reload(source):
    assert load_json(dump_json(source), Source) == source


# --- validate runs what timeline runs -------------------------------------------------


def test_validate_refuses_an_event_log_that_timeline_refuses(tmp_path):
    from kleinschalig.cli.validate import check_file
    from kleinschalig.model import Consent
    from kleinschalig.workflows import timeline
    from tests.test_workflows import HAPPY, case
    from tests.test_workflows import catalogue as catalogue_fixture

    catalogue = catalogue_fixture.__wrapped__()
    good = case(consents=(Consent("werkgever", ("employer_contact",), dt.date(2026, 9, 1)),))
    record = attrs.evolve(good, consents=(), events=HAPPY[:3])
    with pytest.raises(ValidationFailed) as refused:
        timeline(record, catalogue, dt.date(2026, 10, 1))
    expected = [(e.code, e.path) for e in refused.value.errors]
    assert ("workflow.consent_missing", "/events/2") in expected
    path = tmp_path / "case.json"
    path.write_text(dump_json(record), encoding="utf-8")
    assert [(e.code, e.path) for e in check_file(path, "case-record", catalogue)] == expected
