"""The Django app, as a Django developer would use it: the test Client, a real SQLite
database with the app's migrations, a model with a CaseRecordField, the admin.

Django's settings are global: this module configures them only when nothing else has
(with the app, the admin and a SQLite file in a temporary directory), and changes them
only with ``override_settings``; it sets no environment variable.
"""

import contextlib
import datetime as dt
import json
import shutil
import tempfile
import threading
from pathlib import Path

import attrs
import jsonschema
import pytest

django = pytest.importorskip("django", reason="the django extra is not installed")

from django.conf import settings  # noqa: E402

from kleinschalig.plugins import HostConfig, PluginHost  # noqa: E402

_DB_DIR = Path(tempfile.mkdtemp(prefix="kleinschalig-django-"))

if not settings.configured:
    from kleinschalig.web.django.standalone import configure

    configure(
        INSTALLED_APPS=[
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "kleinschalig.web.django",
        ],
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(_DB_DIR / "db")}
        },
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.locale.LocaleMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ],
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ],
        ALLOWED_HOSTS=["testserver"],
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        KLEINSCHALIG_HOST_CONFIG=HostConfig.from_env(environ={}),
    )
elif "kleinschalig.web.django" not in settings.INSTALLED_APPS:  # pragma: no cover
    pytest.skip("Django is configured without kleinschalig.web.django", allow_module_level=True)

from django import forms  # noqa: E402
from django.contrib import admin  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client, RequestFactory, override_settings  # noqa: E402
from django.urls import include, path, reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from kleinschalig.codec import dump_json, load_json, unstructure  # noqa: E402
from kleinschalig.model.case import CaseRecord  # noqa: E402
from kleinschalig.screening import screen  # noqa: E402
from kleinschalig.web.django import apps as app_config  # noqa: E402
from kleinschalig.web.django import views  # noqa: E402
from kleinschalig.web.django.fields import CaseRecordField  # noqa: E402
from kleinschalig.web.django.models import (  # noqa: E402
    DecisionReceipt,
    ReceiptChanged,
    record_receipt,
)
from kleinschalig.web.outputs import OUTPUT_SCHEMAS  # noqa: E402

CASE = Path(__file__).resolve().parent.parent / "examples" / "cases" / "kvm-zelfmelder.json"
BIRTH_DATE = "1990-05-17"
CONFIG = HostConfig.from_env(environ={})


class URLs:
    """The test project's URLconf: the admin, and the app under ``kleinschalig/``."""

    urlpatterns = (
        path("admin/", admin.site.urls),
        path("kleinschalig/", include("kleinschalig.web.django.urls")),
    )


class Screening(models.Model):
    """A host project's model with a CaseRecordField (its table is made in the fixture)."""

    case = CaseRecordField()
    note = models.CharField(max_length=20, blank=True)

    class Meta:
        app_label = "kleinschalig_tests"


class ScreeningForm(forms.ModelForm):
    class Meta:
        model = Screening
        fields = ("case",)


@pytest.fixture(scope="module", autouse=True)
def database():
    """The app's migrations, run on a SQLite file; the test model's table beside them."""
    with override_settings(ROOT_URLCONF=URLs):
        call_command("migrate", verbosity=0)
        with connection.schema_editor() as editor:
            editor.create_model(Screening)
        yield
    connection.close()
    shutil.rmtree(_DB_DIR, ignore_errors=True)


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)  # the API views are exempt


def _url(name, *args):
    return reverse(f"kleinschalig:{name}", args=args)


def _validator(name):
    return jsonschema.Draft202012Validator(
        OUTPUT_SCHEMAS[name], format_checker=jsonschema.FormatChecker()
    )


def _case(**changes):
    case = load_json(CASE.read_bytes(), CaseRecord)
    return attrs.evolve(case, **changes) if changes else case


def _post(client, url, body, **headers):
    return client.post(url, data=body, content_type="application/json", headers=headers)


# --- the app and its host ------------------------------------------------------------


def test_the_migrations_made_the_tables_and_none_are_missing():
    assert "kleinschalig_decisionreceipt" in connection.introspection.table_names()
    call_command("makemigrations", "kleinschalig", "--check", "--dry-run", verbosity=0)


def test_the_host_is_built_once_in_ready_and_rebuilt_when_the_setting_changes(monkeypatch):
    host = app_config.get_host()
    assert host is app_config.get_host()
    assert "kv-middelburg" in host.catalogue.facilities
    built = []

    def build():
        built.append(threading.get_ident())
        return PluginHost.load(CONFIG)

    with override_settings(KLEINSCHALIG_HOST_CONFIG=build):
        hosts = []
        threads = [
            threading.Thread(target=lambda: hosts.append(app_config.get_host())) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(built) == 1
        assert len({id(h) for h in hosts}) == 1
        assert hosts[0] is not host
    assert app_config.get_host() is not hosts[0]  # the setting is back: built again
    with override_settings(KLEINSCHALIG_HOST_CONFIG=host):
        assert app_config.get_host() is host  # a ready host is used as it is
    with (
        override_settings(KLEINSCHALIG_HOST_CONFIG=42),
        pytest.raises(django.core.exceptions.ImproperlyConfigured),
    ):
        app_config.get_host()


# --- the views -----------------------------------------------------------------------


def test_screen_answers_in_the_active_language_and_matches_its_schema(client):
    body = CASE.read_bytes()
    url = _url("screen") + "?facility=kv-middelburg"
    for headers, lang in (({"Accept-Language": "en-US,en;q=0.9"}, "en"), ({}, "nl")):
        answer = _post(client, url, body, **headers)  # LocaleMiddleware sets the language
        assert answer.status_code == 200, answer.content
        assert answer["Content-Type"] == "application/json"
        data = answer.json()
        assert not list(_validator("screening-localized").iter_errors(data))
        (decision,) = data["decisions"]
        assert decision["lang"] == lang
    dutch = _post(client, url, body, **{"Accept-Language": "nl"}).json()
    assert dutch["decisions"][0]["outcome"]["label"] != "weighing by a professional needed"
    wins = _post(client, url + "&lang=en", body, **{"Accept-Language": "nl"}).json()
    assert wins["decisions"][0]["outcome"]["label"] == "weighing by a professional needed"
    two = _post(client, _url("screen") + "?facility=kv-middelburg&facility=kv-almelo", body)
    assert sorted(d["facility"] for d in two.json()["decisions"]) == ["kv-almelo", "kv-middelburg"]


def test_the_language_follows_django_when_the_view_is_called_directly():
    factory = RequestFactory()
    request = factory.post(
        "/screen?facility=kv-middelburg", CASE.read_bytes(), content_type="application/json"
    )
    with translation.override("en-gb"):
        assert json.loads(views.screen(request).content)["decisions"][0]["lang"] == "en"
    with translation.override("nl"):
        assert json.loads(views.screen(request).content)["decisions"][0]["lang"] == "nl"
    # An active language the library does not speak: the header, else Dutch.
    german = factory.get("/facilities", headers={"Accept-Language": "de, en;q=0.5"})
    with translation.override("de"):
        assert views.request_language(german) == "en"
        assert views.request_language(factory.get("/facilities")) == "nl"


def test_an_invalid_body_is_422_in_the_library_shape_and_never_echoed(client):
    body = json.dumps({"subject_id": "p-1", "case_id": "c-1", "birth_date": BIRTH_DATE, "zz": 1})
    answer = _post(client, _url("screen") + "?lang=en", body)
    assert answer.status_code == 422
    data = answer.json()
    assert not list(_validator("errors").iter_errors(data))
    assert {e["code"] for e in data["errors"]} == {"field.unknown"}
    assert BIRTH_DATE not in answer.content.decode()
    wrong_date = json.dumps({"subject_id": "p-1", "case_id": "c-1", "birth_date": "17-05-1990"})
    answer = _post(client, _url("validate") + "?lang=en", wrong_date)
    assert answer.status_code == 422
    assert answer.json()["errors"] == [
        {
            "code": "date.invalid",
            "path": "/birth_date",
            "message": "Not a valid date; use YYYY-MM-DD.",
        }
    ]
    assert "17-05-1990" not in answer.content.decode()
    broken = _post(client, _url("validate"), b'{"subject_id": NaN}')
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["code"] == "json.non_finite"


def test_web_boundary_failures_have_codes_and_statuses(client):
    body = CASE.read_bytes()
    unknown = _post(client, _url("screen") + "?facility=kv-midelburg&lang=en", body)
    assert unknown.status_code == 404
    assert unknown.json()["errors"][0]["code"] == "reference.not_registered"
    assert "kv-middelburg" in unknown.json()["errors"][0]["message"]
    from tests.screening_fixtures import good_case

    no_date = _post(client, _url("screen"), dump_json(good_case(referral=None)))
    assert no_date.status_code == 422
    assert no_date.json()["errors"][0]["code"] == "screening.no_reference_date"
    bad_query = _post(client, _url("screen") + "?on=2025-13-01", body)
    assert bad_query.status_code == 422
    assert bad_query.json()["errors"][0]["path"] == "/query/on"
    missing = _post(client, _url("explain"), body)
    assert missing.status_code == 422
    assert missing.json()["errors"] == [
        {"code": "field.missing", "path": "/query/facility", "message": "Verplicht veld ontbreekt."}
    ]
    flag = _post(client, _url("screen") + "?redact=maybe&lang=en", body)
    assert flag.status_code == 422
    assert flag.json()["errors"] == [
        {
            "code": "type.invalid",
            "path": "/query/redact",
            "message": "Wrong type: expected true or false.",
        }
    ]
    language = _post(client, _url("screen") + "?lang=fr", body)
    assert language.status_code == 400
    assert language.json()["errors"][0]["code"] == "language.unsupported"
    assert client.get(_url("screen")).status_code == 405
    assert client.post(_url("facilities")).status_code == 405
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100):
        large = _post(client, _url("validate") + "?lang=en", body)
    assert large.status_code == 422
    assert large.json()["errors"][0]["code"] == "json.too_large"


def test_explain_timeline_facilities_criteria_and_schemas(client):
    body = CASE.read_bytes()
    explained = _post(client, _url("explain") + "?facility=kv-middelburg&lang=en", body).json()
    assert not list(_validator("explanation-localized").iter_errors(explained))
    assert explained["text"].startswith("Kleinschalige Voorziening Middelburg (KVM) on ")
    redacted = _post(client, _url("explain") + "?facility=kv-middelburg&redact=true", body)
    assert "Vlissingen" not in redacted.content.decode()
    timeline = _post(client, _url("timeline") + "?on=2022-09-01&lang=en", body).json()
    assert not list(_validator("timeline-localized").iter_errors(timeline))
    facilities = client.get(_url("facilities") + "?on=2021-06-01", HTTP_ACCEPT_LANGUAGE="en")
    assert not list(_validator("facilities-localized").iter_errors(facilities.json()))
    assert facilities.json()["lang"] == "en"
    almelo = next(f for f in facilities.json()["facilities"] if f["code"] == "kv-almelo")
    assert almelo["open"] is None
    criteria = client.get(_url("criteria", "kv-middelburg") + "?on=2021-06-01&lang=en").json()
    assert not list(_validator("criteria-localized").iter_errors(criteria))
    assert any(c["id"] == "core.facility-open" for c in criteria["criteria"])
    assert client.get(_url("criteria", "kv-nergens")).status_code == 404
    schema = client.get(_url("schema", "case-record")).json()
    assert "kv-krimpen.buddy" in json.dumps(schema)  # the installed plugins' facts
    decision = client.get(_url("schema", "decision-localized")).json()
    assert decision == OUTPUT_SCHEMAS["decision-localized"]
    assert client.get(_url("schema", "nope")).status_code == 404
    assert _post(client, _url("validate"), body).json() == {"valid": True, "errors": []}


def test_django_and_fastapi_give_the_same_answers(client):
    pytest.importorskip("fastapi", reason="the fastapi extra is not installed")
    pytest.importorskip("httpx2", reason="httpx2 (web-test extra) is not installed")
    from fastapi.testclient import TestClient

    from kleinschalig.web.fastapi import create_app

    body = CASE.read_bytes()
    bad = b'{"subject_id": "p-1", "case_id": "c-1", "birth_date": "x"}'
    requests = [
        ("post", "screen?facility=kv-middelburg&lang=en", body),
        ("post", "screen?facility=kv-midelburg", body),
        ("post", "explain?facility=kv-middelburg&redact=true&lang=en", body),
        ("post", "timeline?on=2022-09-01", body),
        ("post", "validate?lang=en", bad),
        ("get", "facilities?on=2021-06-01&lang=en", None),
        ("get", "facilities/kv-middelburg/criteria?on=2021-06-01", None),
        ("get", "schemas/case-record", None),
    ]
    with TestClient(create_app(app_config.get_host())) as other:
        for method, url, data in requests:
            if method == "post":
                mine = _post(client, f"/kleinschalig/{url}", data)
                theirs = other.post(f"/{url}", content=data)
            else:
                mine = client.get(f"/kleinschalig/{url}")
                theirs = other.get(f"/{url}")
            assert (mine.status_code, mine.json()) == (theirs.status_code, theirs.json()), url


# --- the field -----------------------------------------------------------------------


def test_a_case_record_field_round_trips_through_sqlite_as_a_typed_record():
    case = _case(birth_date=dt.date(1990, 5, 17))
    row = Screening(case=case)
    row.full_clean()
    row.save()
    again = Screening.objects.get(pk=row.pk)
    assert isinstance(again.case, CaseRecord)
    assert again.case == case
    with connection.cursor() as cursor:
        table = Screening._meta.db_table
        cursor.execute(f"SELECT [case] FROM {table} WHERE id = %s", [row.pk])
        (stored,) = cursor.fetchone()
    assert json.loads(stored) == unstructure(case, CaseRecord)  # the library's JSON form
    assert Screening.objects.filter(case__case_id=case.case_id).count() == 1
    assert list(Screening.objects.filter(pk=row.pk).values_list("case__subject_id", flat=True)) == [
        case.subject_id
    ]
    row.note = "gewijzigd"
    row.save()  # saving again writes the record again, unchanged
    assert Screening.objects.get(pk=row.pk).case == case
    from_dict = Screening(case=json.loads(CASE.read_bytes()))
    from_dict.full_clean()  # the JSON form is turned into the typed record
    assert isinstance(from_dict.case, CaseRecord)


def test_an_invalid_record_is_refused_with_the_library_codes_and_never_its_values():
    row = Screening(case={"subject_id": "p-1", "case_id": "c-1", "birth_date": "17-05-1990"})
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        row.full_clean()
    (error,) = caught.value.error_dict["case"]
    assert (error.code, error.params["path"]) == ("date.invalid", "/birth_date")
    assert caught.value.message_dict["case"] == ["/birth_date: Not a valid date; use YYYY-MM-DD."]
    assert "17-05-1990" not in str(caught.value)
    # Valid in structure, refused by the catalogue: a legal title nobody registered.
    unknown = json.loads(CASE.read_bytes())
    unknown["legal_titles"][0]["title"] = "geen-titel"
    with pytest.raises(ValidationError) as caught:
        Screening(case=unknown).full_clean()
    codes = {e.code for e in caught.value.error_dict["case"]}
    assert codes == {"reference.unknown"}
    assert "geen-titel" not in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        Screening(case="not json").full_clean()
    assert caught.value.error_dict["case"][0].code == "json.syntax"


def test_a_model_form_takes_json_text_and_gives_the_typed_record():
    form = ScreeningForm(data={"case": CASE.read_text(encoding="utf-8")})
    assert form.is_valid(), form.errors
    assert isinstance(form.cleaned_data["case"], CaseRecord)
    saved = form.save()
    assert Screening.objects.get(pk=saved.pk).case == form.cleaned_data["case"]
    bound = ScreeningForm(instance=saved)
    assert json.loads(bound["case"].value()) == unstructure(saved.case, CaseRecord)
    assert "voorbeeld-kvm-001" in str(bound["case"])  # renders the JSON form
    assert not ScreeningForm(data={"case": bound["case"].value()}, instance=saved).has_changed()
    bad = ScreeningForm(data={"case": '{"subject_id": NaN, "case_id": "c-1"}'})
    assert not bad.is_valid()
    assert [e.code for e in bad.errors.as_data()["case"]] == ["json.non_finite"]


# --- the receipts --------------------------------------------------------------------


def _decision(case):
    (decision,) = screen(case, app_config.get_host().catalogue, None, ["kv-middelburg"])
    return decision


class _User:
    pk = 7
    is_authenticated = True


def test_a_receipt_is_recorded_redacted_reloaded_and_verified():
    case = _case(birth_date=dt.date(1990, 5, 17))
    decision = _decision(case)
    row = record_receipt(decision, case, actor=_User(), key=None)
    again = DecisionReceipt.objects.get(pk=row.pk)
    assert (again.actor, again.case_id, again.facility) == ("user:7", case.case_id, "kv-middelburg")
    assert again.reference_date == decision.reference_date
    assert again.outcome == decision.outcome.value
    assert again.decision_digest == decision.digest == again.receipt["decision"]["digest"]
    assert again.ruleset_digest == decision.ruleset_digest
    assert again.receipt_digest == again.receipt["receipt_digest"]
    assert again.plugin_versions["kv-middelburg"] is not None
    assert again.redacted
    assert again.receipt["redacted"] is True
    text = json.dumps(again.receipt)
    assert BIRTH_DATE not in text
    assert "Vlissingen" not in text  # the residence is identifying
    report = again.verify(key=None)
    assert report.ok, report.to_dict("en")
    assert [n.code for n in report.notes] == ["receipt.redacted"]
    with pytest.raises(ReceiptChanged):
        again.save()


def test_an_edited_receipt_or_column_is_found():
    case = _case()
    row = record_receipt(_decision(case), case, actor="system:intake", key=None)
    edited = dict(row.receipt, decision={**row.receipt["decision"], "outcome": "eligible"})
    DecisionReceipt.objects.filter(pk=row.pk).update(receipt=edited)  # around save()
    report = DecisionReceipt.objects.get(pk=row.pk).verify(key=None)
    assert not report.ok
    assert ("receipt.part_changed", "/decision/outcome") in {
        (f.code, f.path) for f in report.findings
    }
    DecisionReceipt.objects.filter(pk=row.pk).update(receipt=row.receipt, outcome="eligible")
    report = DecisionReceipt.objects.get(pk=row.pk).verify(key=None)
    assert [(f.code, f.path) for f in report.findings] == [("receipt.column", "/decision/outcome")]
    assert "outcome" in report.findings[0].message("en")


def test_a_full_sealed_receipt_is_derived_again_in_a_fresh_process():
    case = _case()
    with override_settings(KLEINSCHALIG_REDACT_RECEIPTS=False):
        row = record_receipt(_decision(case), case, actor="user:1", key=b"geheim")
    again = DecisionReceipt.objects.get(pk=row.pk)
    assert not again.redacted
    assert again.sealed
    assert again.receipt["case"]["residence"]["municipality"] == "Vlissingen"
    report = again.verify(config=CONFIG, key=b"geheim")
    assert report.ok, report.to_dict("en")
    assert report.rederived is not None
    assert report.rederived.digest == again.decision_digest


def test_the_admin_is_read_only_and_shows_no_special_category_data():
    from django.contrib.auth.models import User

    case = _case(birth_date=dt.date(1990, 5, 17))
    row = record_receipt(_decision(case), case, actor="user:1", redact=False, key=None)
    user = User.objects.create_superuser("beheer", "beheer@example.org", "x")
    client = Client()
    client.force_login(user)
    listing = client.get(reverse("admin:kleinschalig_decisionreceipt_changelist"))
    assert listing.status_code == 200
    assert case.case_id in listing.content.decode()
    page = client.get(reverse("admin:kleinschalig_decisionreceipt_change", args=[row.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert row.decision_digest in text
    assert "special_category" in text  # the redacted receipt, marked
    assert BIRTH_DATE not in text
    assert "Vlissingen" not in text
    assert client.get(reverse("admin:kleinschalig_decisionreceipt_add")).status_code == 403
    with contextlib.suppress(ReceiptChanged):
        client.post(reverse("admin:kleinschalig_decisionreceipt_change", args=[row.pk]), {})
    assert DecisionReceipt.objects.get(pk=row.pk).receipt == row.receipt
