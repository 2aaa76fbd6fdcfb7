"""The FastAPI integration, as a web developer would use it: TestClient and a real server."""

import contextlib
import datetime as dt
import json
import socket
import threading
import time
from pathlib import Path

import jsonschema
import pytest

fastapi = pytest.importorskip("fastapi", reason="the fastapi extra is not installed")
httpx = pytest.importorskip("httpx2", reason="httpx2 (web-test extra) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from kleinschalig.codec import dump_json  # noqa: E402
from kleinschalig.plugins import HostConfig, PluginHost  # noqa: E402
from kleinschalig.web.fastapi import create_app  # noqa: E402
from kleinschalig.web.outputs import OUTPUT_SCHEMAS  # noqa: E402
from tests.screening_fixtures import good_case  # noqa: E402

CASE = Path(__file__).resolve().parent.parent / "examples" / "cases" / "kvm-zelfmelder.json"


def _validator(name):
    return jsonschema.Draft202012Validator(
        OUTPUT_SCHEMAS[name], format_checker=jsonschema.FormatChecker()
    )


@pytest.fixture(scope="module")
def host():
    return PluginHost.load(HostConfig.from_env(environ={}))


@pytest.fixture(scope="module")
def client(host):
    with TestClient(create_app(host)) as test_client:
        yield test_client


def test_screen_answers_in_the_requested_language_and_matches_its_schema(client):
    body = CASE.read_bytes()
    for headers, lang in (({"Accept-Language": "en-US,en;q=0.9"}, "en"), ({}, "nl")):
        answer = client.post("/screen?facility=kv-middelburg", content=body, headers=headers)
        assert answer.status_code == 200
        data = answer.json()
        assert not list(_validator("screening-localized").iter_errors(data))
        (decision,) = data["decisions"]
        assert decision["lang"] == lang
    english = client.post("/screen?facility=kv-middelburg&lang=en", content=body).json()
    assert english["decisions"][0]["outcome"]["label"] == "weighing by a professional needed"


def test_an_invalid_body_is_422_in_the_library_shape_and_never_echoed(client):
    secret = "1990-05-17"
    body = json.dumps({"subject_id": "p-1", "case_id": "c-1", "birth_date": secret, "zz": 1})
    answer = client.post("/screen?lang=en", content=body)
    assert answer.status_code == 422
    data = answer.json()
    assert not list(_validator("errors").iter_errors(data))
    assert {e["code"] for e in data["errors"]} == {"field.unknown"}
    assert secret not in answer.text
    broken = client.post("/validate", content=b'{"subject_id": NaN}')
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["code"] == "json.non_finite"


def test_web_boundary_failures_have_codes_and_statuses(client):
    body = CASE.read_bytes()
    unknown = client.post("/screen?facility=kv-midelburg&lang=en", content=body)
    assert unknown.status_code == 404
    assert unknown.json()["errors"][0]["code"] == "reference.not_registered"
    assert "kv-middelburg" in unknown.json()["errors"][0]["message"]
    no_date = client.post("/screen", content=dump_json(good_case(referral=None)))
    assert no_date.status_code == 422
    assert no_date.json()["errors"][0] == {
        "code": "screening.no_reference_date",
        "path": "/referral/date",
        "message": "Geen peildatum: geef er een op, of leg de verwijsdatum (referral.date) vast.",
    }
    bad_query = client.post("/screen?on=2025-13-01", content=body)
    assert bad_query.status_code == 422
    assert bad_query.json()["errors"][0]["path"] == "/query/on"
    missing = client.post("/explain", content=body)  # facility is required
    assert missing.status_code == 422
    assert missing.json()["errors"] == [
        {"code": "field.missing", "path": "/query/facility", "message": "Verplicht veld ontbreekt."}
    ]
    language = client.post("/screen?lang=fr", content=body)
    assert language.status_code == 400
    assert language.json()["errors"][0]["code"] == "language.unsupported"


def test_explain_timeline_facilities_criteria_and_schemas(client):
    body = CASE.read_bytes()
    explained = client.post("/explain?facility=kv-middelburg&lang=en", content=body).json()
    assert not list(_validator("explanation-localized").iter_errors(explained))
    assert explained["text"].startswith("Kleinschalige Voorziening Middelburg (KVM) on ")
    timeline = client.post("/timeline?on=2022-09-01&lang=en", content=body).json()
    assert not list(_validator("timeline-localized").iter_errors(timeline))
    facilities = client.get("/facilities?on=2021-06-01", headers={"Accept-Language": "en"}).json()
    assert not list(_validator("facilities-localized").iter_errors(facilities))
    almelo = next(f for f in facilities["facilities"] if f["code"] == "kv-almelo")
    assert almelo["open"] is None
    criteria = client.get("/facilities/kv-middelburg/criteria?on=2021-06-01&lang=en").json()
    assert not list(_validator("criteria-localized").iter_errors(criteria))
    assert any(c["id"] == "core.facility-open" for c in criteria["criteria"])
    assert client.get("/facilities/kv-nergens/criteria").status_code == 404
    schema = client.get("/schemas/case-record").json()
    assert "kv-krimpen.buddy" in json.dumps(schema)  # the installed plugins' facts
    assert client.get("/schemas/decision-localized").json() == OUTPUT_SCHEMAS["decision-localized"]
    assert client.get("/schemas/nope").status_code == 404
    assert client.post("/validate", content=body).json() == {"valid": True, "errors": []}


def test_the_openapi_document_shows_the_library_models_and_every_ref_resolves(client):
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    for name in ("CaseRecord", "DecisionLocalized", "ScreeningAnswer", "ValidationReport"):
        assert name in schemas
    body = document["paths"]["/screen"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/CaseRecord"}
    text = json.dumps(document)
    assert "#/$defs/" not in text
    refs = {r.split("/")[-1] for r in _refs(document) if r.startswith("#/components/schemas/")}
    assert refs <= set(schemas), refs - set(schemas)
    resolver = {"$schema": "https://json-schema.org/draft/2020-12/schema", **document}
    validator = jsonschema.Draft202012Validator(
        {**resolver, "$ref": "#/components/schemas/CaseRecord"}
    )
    assert validator.is_valid(json.loads(CASE.read_text(encoding="utf-8")))
    assert not validator.is_valid({"subject_id": "p-1"})


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_the_app_builds_its_host_once_at_start_up(monkeypatch):
    built = []
    real = PluginHost.load

    def counting(config):
        built.append(config)
        return real(config)

    monkeypatch.setattr(PluginHost, "load", staticmethod(counting))
    app = create_app(config=HostConfig.from_env(environ={}))
    with TestClient(app) as test_client:
        threads = [
            threading.Thread(target=test_client.get, args=("/facilities?on=2021-06-01",))
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(built) == 1


# --- a real server ---------------------------------------------------------------------


def _free_port():
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(host):
    uvicorn = pytest.importorskip("uvicorn", reason="uvicorn (web-test extra) is not installed")
    port = _free_port()
    config = uvicorn.Config(create_app(host), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def test_concurrent_dutch_and_english_requests_never_mix_languages(server):
    body = CASE.read_bytes()
    expected = {"nl": "weging door professional nodig", "en": "weighing by a professional needed"}
    wrong: list[str] = []
    done = []

    def worker(lang):
        with httpx.Client(base_url=server, timeout=30) as http:
            for _ in range(15):
                answer = http.post(
                    "/screen?facility=kv-middelburg",
                    content=body,
                    headers={"Accept-Language": lang},
                )
                data = answer.json()
                decision = data["decisions"][0]
                labels = {decision["outcome"]["label"], decision["criteria"][0]["outcome"]["label"]}
                if decision["lang"] != lang or expected[lang] not in labels:
                    wrong.append(lang)
                other = "en" if lang == "nl" else "nl"
                if expected[other] in json.dumps(data):
                    wrong.append(f"{lang}+{other}")
                done.append(lang)

    threads = [threading.Thread(target=worker, args=(lang,)) for lang in ("nl", "en") * 4]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(done) == 8 * 15
    assert wrong == []


def test_a_real_server_refuses_a_deep_document_with_the_library_error(server):
    deep = "[" * 100_000 + "]" * 100_000
    with httpx.Client(base_url=server, timeout=30) as http:
        answer = http.post("/validate?lang=en", content=deep)
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["code"] == "json.too_deep"
    assert dt.date.today()  # the server kept running


def test_a_route_of_your_own_takes_a_typed_case_record(host):
    from fastapi import Depends, FastAPI

    from kleinschalig.model import CaseRecord
    from kleinschalig.web.fastapi import CASE_RECORD_BODY, case_record_body, install

    app = FastAPI()
    install(app, host)

    @app.post("/mine", openapi_extra=CASE_RECORD_BODY)
    async def mine(case: CaseRecord = Depends(case_record_body)) -> dict[str, str]:  # noqa: B008
        return {"case_id": case.case_id, "type": type(case).__name__}

    with TestClient(app) as own:
        assert own.post("/mine", content=CASE.read_bytes()).json()["type"] == "CaseRecord"
        bad = own.post("/mine?lang=en", content=b'{"subject_id": "p-1"}')
        assert bad.status_code == 422
        assert bad.json()["errors"][0] == {
            "code": "field.missing",
            "path": "/case_id",
            "message": "Required field is missing.",
        }
        schema = own.get("/openapi.json").json()
        body = schema["paths"]["/mine"]["post"]["requestBody"]["content"]["application/json"]
        assert body["schema"]["$ref"] == "#/components/schemas/CaseRecord"
        assert "CaseRecord" in schema["components"]["schemas"]
