"""Bad input yields structured errors with stable codes and JSON Pointer paths."""

import json

import pytest

from kleinschalig.codec import dump_json, load_json
from kleinschalig.codec.converter import structure
from kleinschalig.errors import ERROR_CODES, ValidationFailed
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.facilities import Facility
from kleinschalig.model.sources import Source

MINIMAL = {"subject_id": "p-1", "case_id": "c-1"}
EVENT = {"type": "transition", "workflow": "w", "transition": "stap", "date": "2024-01-01"}


def errors_of(document, model=CaseRecord):
    with pytest.raises(ValidationFailed) as info:
        structure(document, model)
    return {(e.code, e.path) for e in info.value.errors}


@pytest.mark.parametrize(
    ("patch", "code", "path"),
    [
        ({"sex": 1}, "value.not_allowed", "/sex"),
        ({"sex": "m"}, "value.not_allowed", "/sex"),
        ({"birth_date": "1990-02-30"}, "date.invalid", "/birth_date"),
        ({"birth_date": 19900101}, "date.invalid", "/birth_date"),
        (
            {"daytime_activity": {"kind": "work", "hours_per_week": -1}},
            "value.too_small",
            "/daytime_activity/hours_per_week",
        ),
        (
            {"daytime_activity": {"kind": "work", "hours_per_week": 169}},
            "value.too_large",
            "/daytime_activity/hours_per_week",
        ),
        (
            {"daytime_activity": {"kind": "work", "hours_per_week": "24"}},
            "type.invalid",
            "/daytime_activity/hours_per_week",
        ),
        (
            {"daytime_activity": {"kind": "work", "employer_willing_to_be_checked": "yes"}},
            "type.invalid",
            "/daytime_activity/employer_willing_to_be_checked",
        ),
        ({"daytime_activity": {"hours_per_week": 3}}, "field.missing", "/daytime_activity/kind"),
        (
            {"legal_titles": [{"title": "gevangenisstraf"}, {"since": "2024-01-01"}]},
            "field.missing",
            "/legal_titles/1/title",
        ),
        ({"legal_titles": {"title": "x"}}, "type.invalid", "/legal_titles"),
        (
            {"legal_titles": [{"title": "Gevangenisstraf!"}]},
            "value.pattern",
            "/legal_titles/0/title",
        ),
        (
            {"legal_titles": [{"title": "x", "since": "2024-02-01", "until": "2024-01-01"}]},
            "date.order",
            "/legal_titles/0/until",
        ),
        (
            {"sentence": {"imposed_length": "18 maanden"}},
            "duration.invalid",
            "/sentence/imposed_length",
        ),
        (
            {"consents": [{"partner": "om", "scope": [], "given_on": "2024-01-01"}]},
            "value.empty",
            "/consents/0/scope",
        ),
        (
            {"basisvoorwaarden": [{"moment": "t0"}, {"moment": "t0"}]},
            "value.duplicate",
            "/basisvoorwaarden/1",
        ),
        (
            {"basisvoorwaarden": [{"moment": "t0", "housing": "ok"}]},
            "value.not_allowed",
            "/basisvoorwaarden/0/housing",
        ),
        (
            {"life_domains": [{"moment": "t1", "finances": 3}]},
            "value.too_large",
            "/life_domains/0/finances",
        ),
        ({"intake": {"prior_offence_count": -2}}, "value.too_small", "/intake/prior_offence_count"),
        ({"intake": {"prior_offence_count": "2"}}, "type.invalid", "/intake/prior_offence_count"),
        ({"intake": {"prior_offence_count": True}}, "type.invalid", "/intake/prior_offence_count"),
        ({"intake": {"group_suitable": 1}}, "type.invalid", "/intake/group_suitable"),
        ({"sex": ["male"]}, "value.not_allowed", "/sex"),
        (
            {"events": [{**EVENT, "transition": "Stap!"}]},
            "value.pattern",
            "/events/0/transition",
        ),
        ({"events": [{"type": "besluit", "workflow": "w"}]}, "value.not_allowed", "/events/0/type"),
        (
            {"events": [{"type": "feedback", "workflow": "w", "about": "a", "recipient": "r"}]},
            "field.missing",
            "/events/0/date",
        ),
        (
            {"placement": {"inflow_date": "2024-05-01", "outflow_date": "2024-04-30"}},
            "date.order",
            "/placement/outflow_date",
        ),
        ({"unknown_key": True}, "field.unknown", "/unknown_key"),
        ({"intake": {"langauges": ["nl"]}}, "field.unknown", "/intake/langauges"),
        ({"subject_id": "123456789"}, "value.bsn_like", "/subject_id"),
        ({"subject_id": "Jan Jansen"}, "value.pattern", "/subject_id"),
    ],
)
def test_each_bad_field_gets_its_code_and_path(patch, code, path):
    assert (code, path) in errors_of({**MINIMAL, **patch})


def test_missing_required_fields_are_all_reported():
    assert errors_of({}) == {("field.missing", "/subject_id"), ("field.missing", "/case_id")}


def test_every_problem_is_reported_in_one_pass():
    document = {
        "subject_id": "123456789",
        "case_id": "c 1",
        "sex": "x",
        "extra": 1,
        "birth_date": "2001-02-29",
        "legal_titles": [{"title": 5}],
        "basisvoorwaarden": [{"moment": "t0"}, {"moment": "t0"}],
    }
    assert errors_of(document) == {
        ("value.bsn_like", "/subject_id"),
        ("value.pattern", "/case_id"),
        ("value.not_allowed", "/sex"),
        ("field.unknown", "/extra"),
        ("date.invalid", "/birth_date"),
        ("type.invalid", "/legal_titles/0/title"),
        ("value.duplicate", "/basisvoorwaarden/1"),
    }


@pytest.mark.parametrize("document", [[], "case", 3, None])
def test_a_document_that_is_not_an_object(document):
    assert errors_of(document) == {("type.invalid", "")}


def test_json_syntax_errors_have_a_position():
    with pytest.raises(ValidationFailed) as info:
        load_json('{"subject_id": "p-1",\n "case_id": }', CaseRecord)
    [error] = info.value.errors
    assert error.code == "json.syntax"
    assert error.path == ""
    assert "regel 2" in error.message("nl")
    assert "line 2" in error.message("en")


def test_messages_exist_in_both_languages_and_differ():
    with pytest.raises(ValidationFailed) as info:
        structure({**MINIMAL, "sex": "x"}, CaseRecord)
    [error] = info.value.errors
    assert error.message("nl").startswith("Waarde niet toegestaan")
    assert error.message("en").startswith("Value not allowed")
    assert set(error.to_dict("en")) == {"code", "path", "message"}


def test_errors_never_echo_sensitive_input():
    secret_date = "1984-02-30"
    secret_note = "heeft schulden bij zijn broer"
    document = {**MINIMAL, "birth_date": secret_date, "notes": 42, "subject_id": "bsn 123"}
    with pytest.raises(ValidationFailed) as info:
        structure(document, CaseRecord)
    rendered = json.dumps(info.value.to_dicts("nl") + info.value.to_dicts("en")) + str(info.value)
    assert secret_date not in rendered
    assert "bsn 123" not in rendered
    ok = structure({**MINIMAL, "notes": secret_note}, CaseRecord)
    assert secret_note not in repr(ok)


def test_source_union_needs_a_known_kind():
    assert ("value.not_allowed", "/kind") in errors_of({"kind": "blog", "law": "x"}, Source)
    assert errors_of(
        {"document": "001", "first_line": 5, "last_line": 4, "kind": "document"}, Source
    ) == {("value.too_small", "/last_line")}


def test_facility_capacity_periods_must_not_overlap():
    pool = [{"regime": "kv", "places": 10}]
    document = {
        "code": "x",
        "name": "X",
        "kind": "kv",
        "security": "adult.limited",
        "location": {"municipality": "Middelburg"},
        "operator": "DJI",
        "target_group": {"description": "d", "jurisdiction": "adult"},
        "operating": {"status": "open", "opened_on": "2020-08-01"},
        "sources": [{"kind": "document", "document": "000", "first_line": 3, "last_line": 12}],
        "capacity": [
            {"valid_from": "2020-08-01", "pools": pool},
            {"valid_from": "2021-01-01", "pools": pool},
        ],
    }
    assert errors_of(document, Facility) == {("period.overlap", "/capacity/1")}


def test_valid_documents_round_trip_and_omit_defaults():
    case = load_json(json.dumps({**MINIMAL, "sex": "female"}), CaseRecord)
    assert json.loads(dump_json(case)) == {**MINIMAL, "sex": "female"}


def test_all_codes_used_in_the_tests_are_declared():
    assert {"field.missing", "field.unknown", "type.invalid", "date.invalid"} <= set(ERROR_CODES)


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        ({"birth_date": "2024-W01-1"}, "/birth_date"),
        ({"birth_date": "2024-01-01T00:00"}, "/birth_date"),
        ({"birth_date": "２０２４-01-01"}, "/birth_date"),
        ({"subject_id": "p-1\n"}, "/subject_id"),
        ({"sentence": {"imposed_length": "１y６m"}}, "/sentence/imposed_length"),
        ({"sentence": {"imposed_length": " 18m"}}, "/sentence/imposed_length"),
    ],
)
def test_lookalike_values_are_rejected_as_json_schema_would(patch, path):
    assert path in {p for _code, p in errors_of({**MINIMAL, **patch})}


def test_values_remembered_as_valid_do_not_let_invalid_ones_through():
    """Codes and dates are remembered once valid; a bad value is refused every time."""
    event = EVENT
    for _ in range(2):
        assert structure({**MINIMAL, "events": [event]}, CaseRecord).events[0].transition == "stap"
        assert ("value.pattern", "/events/0/transition") in errors_of(
            {**MINIMAL, "events": [{**event, "transition": "Stap!"}]}
        )
        assert ("date.invalid", "/events/0/date") in errors_of(
            {**MINIMAL, "events": [{**event, "date": "2024-02-30"}]}
        )
