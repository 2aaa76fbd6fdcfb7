"""Failures a web front end meets are structured errors with codes, not bare exceptions."""

import datetime as dt
import json

import pytest

from kleinschalig.catalogue import Registry, nearest_codes
from kleinschalig.errors import KleinschaligError, MissingReferenceDate, NotRegistered
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import reference_date_of, screen
from tests.screening_fixtures import good_case


@pytest.fixture(scope="module")
def catalogue():
    return PluginHost.load(HostConfig.from_env(environ={})).catalogue


def test_an_unknown_facility_is_a_structured_error_with_the_nearest_codes(catalogue):
    with pytest.raises(NotRegistered) as caught:
        catalogue.facility("kv-almelo2")
    error = caught.value
    assert isinstance(error, KeyError)  # what a failed lookup always was
    assert isinstance(error, KleinschaligError)
    assert error.kind == "facility"
    assert error.nearest[0] == "kv-almelo"
    (detail,) = error.to_dicts("en")
    assert detail["code"] == "reference.not_registered"
    assert detail["message"].startswith("Not registered as facility; the nearest codes: kv-almelo")
    assert "kv-almelo2" not in detail["message"]  # the input is never echoed
    assert error.to_dicts("nl")[0]["message"].startswith("Niet geregistreerd als voorziening")
    assert "kv-almelo2" not in str(error)


def test_an_alias_points_at_its_facility(catalogue):
    with pytest.raises(NotRegistered) as caught:
        catalogue.facility("hvh")
    assert caught.value.nearest[0] == "kv-almelo"


@pytest.mark.parametrize(
    ("lookup", "kind"),
    [
        (lambda c: c.criterion("kvm.dagbesteding"), "criterion"),
        (lambda c: c.indicator("core.xx"), "indicator"),
        (lambda c: c.workflow("volwassenen.detentie"), "workflow"),
        (lambda c: c.title("gevangenisstraf2"), "legal_title"),
        (lambda c: c.role("reclasering"), "partner_role"),
        (lambda c: c.fact("kv-krimpen.budy"), "fact"),
        (lambda c: c.intervention_logic("kv-nergens"), "intervention_logic"),
        (lambda c: c.indicators_for("kv-nergens"), "facility"),
        (lambda c: c.workflows_for("kv-nergens"), "facility"),
    ],
)
def test_every_lookup_fails_with_a_code_and_suggestions(catalogue, lookup, kind):
    with pytest.raises(NotRegistered) as caught:
        lookup(catalogue)
    assert caught.value.kind == kind
    assert caught.value.nearest
    assert caught.value.errors[0].code == "reference.not_registered"


def test_an_empty_registry_says_nothing_is_registered():
    with pytest.raises(NotRegistered) as caught:
        Registry("fact").get("kv-x.y")
    assert caught.value.nearest == ()
    assert caught.value.to_dicts("en")[0] == {
        "code": "reference.none_registered",
        "path": "",
        "message": "No fact is registered at all.",
    }


def test_nearest_codes_prefers_aliases_then_prefixes_then_look_alikes():
    codes = ["kv-almelo", "kv-amsterdam", "kvjj-venlo"]
    assert nearest_codes("HvH", codes, {"hvh": "kv-almelo"})[0] == "kv-almelo"
    assert nearest_codes("kv-a", codes)[:2] == ["kv-almelo", "kv-amsterdam"]
    assert nearest_codes("kvjj-venloo", codes)[0] == "kvjj-venlo"
    assert nearest_codes("", codes) == codes  # nothing to go on: offer what there is


def test_screening_without_a_reference_date_is_a_structured_error(catalogue):
    case = good_case(referral=None)
    with pytest.raises(MissingReferenceDate) as caught:
        screen(case, catalogue)
    assert isinstance(caught.value, ValueError)  # what it always was
    assert caught.value.to_dicts("en") == [
        {
            "code": "screening.no_reference_date",
            "path": "/referral/date",
            "message": "No reference date: pass one, or record the referral date (referral.date).",
        }
    ]
    assert reference_date_of(case, dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)


def test_screening_an_unknown_facility_is_a_structured_error(catalogue):
    with pytest.raises(NotRegistered) as caught:
        screen(good_case(), catalogue, dt.date(2021, 6, 1), facilities=["kv-midelburg"])
    assert caught.value.nearest[0] == "kv-middelburg"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "nl"),
        ("", "nl"),
        ("en", "en"),
        ("EN-us", "en"),
        ("nl-BE;q=0.4, en;q=0.6", "en"),
        ("en;q=0, nl;q=0.1", "nl"),  # q=0 means "not this one"
        ("fr, de;q=0.9", "nl"),
        ("*", "nl"),
        ("en;q=abc, nl;q=0.5", "nl"),  # a broken weight counts as 0
        ("fr," * 10_000 + "en", "nl"),  # only the first ranges are looked at
    ],
)
def test_accept_language_negotiation(header, expected):
    from kleinschalig.web import negotiate_language

    assert negotiate_language(header) == expected


def test_a_query_language_must_be_supported():
    from kleinschalig.errors import UnsupportedLanguage
    from kleinschalig.web import negotiate_language

    with pytest.raises(UnsupportedLanguage):
        negotiate_language("en", query="fr")


def test_http_statuses_and_the_error_body_schema(catalogue):
    import jsonschema

    from kleinschalig.errors import ValidationFailed
    from kleinschalig.web import ERRORS_SCHEMA, error_body, http_status, parse_query_date

    with pytest.raises(ValidationFailed) as bad_date:
        parse_query_date("2025-13-01", "on")
    assert bad_date.value.errors[0].path == "/query/on"
    assert http_status(bad_date.value) == 422
    with pytest.raises(NotRegistered) as unknown:
        catalogue.facility("kv-x")
    assert http_status(unknown.value) == 404
    assert http_status(MissingReferenceDate()) == 422
    body = error_body(bad_date.value, "en")
    jsonschema.validate(body, ERRORS_SCHEMA)
    assert parse_query_date(None, "on") is None


def test_two_classes_of_one_name_get_two_openapi_components():
    """The event ``FeedbackSent`` and the indicator measure ``FeedbackSent`` are different
    models: each model's references must reach its own (found in review)."""
    from kleinschalig.codec.openapi import openapi_components
    from kleinschalig.codec.schema import json_schema
    from kleinschalig.model.events import FeedbackSent as EventFeedback
    from kleinschalig.model.indicators import FeedbackSent as MeasureFeedback

    components = openapi_components(lang="en")
    event = json_schema(EventFeedback, lang="en")["$defs"]["FeedbackSent"]
    measure = json_schema(MeasureFeedback, lang="en")["$defs"]["FeedbackSent"]
    assert event != measure
    found = {name: schema for name, schema in components.items() if "FeedbackSent" in name}
    assert len(found) == 2
    assert set(map(json.dumps, found.values())) == {
        json.dumps(rewrite) for rewrite in (_rewritten(event), _rewritten(measure))
    }
    indicator = json.dumps(components["Indicator"])
    assert "#/components/schemas/IndicatorFeedbackSent" in indicator


def _rewritten(schema):
    from kleinschalig.codec.openapi import rewrite_refs

    return rewrite_refs(schema)
