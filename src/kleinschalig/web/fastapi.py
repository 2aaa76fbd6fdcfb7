"""``kleinschalig[fastapi]``: the library as a FastAPI application or router.

>>> from kleinschalig.web.fastapi import create_app
>>> app = create_app()          # the host is built when the server starts
>>> len(app.openapi()["paths"]), "/screen" in app.openapi()["paths"]
(7, True)

``create_app()`` builds the plugin host once, at start-up (in the app's lifespan,
from the environment as the command line does), and serves validate, screen,
explain, timeline, facilities, criteria and the schemas. ``create_router()`` gives
the same routes for an application of your own; call :func:`install` on it (or
set ``app.state.kleinschalig_host`` yourself).

- Request bodies are read and validated by the library — strict JSON within the
  limits, every error with its path, in the request's language — never by a second
  pydantic model; the OpenAPI document shows the library's own JSON Schemas as
  named components (see :func:`kleinschalig.codec.openapi.openapi_components`).
- Every error, of the body or of a query parameter, is the library's error shape
  ``{"valid": false, "errors": [{"code", "path", "message"}]}`` with the status of
  :func:`kleinschalig.web.http_status`; no answer echoes an input value.
- The language is ``?lang=`` or else the ``Accept-Language`` header
  (:func:`kleinschalig.web.negotiate_language`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

try:
    from fastapi import APIRouter, FastAPI, Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.openapi.utils import get_openapi
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise ImportError(
        "kleinschalig.web.fastapi needs FastAPI: pip install 'kleinschalig[fastapi]'"
    ) from exc

from kleinschalig.errors import ErrorDetail, KleinschaligError, ValidationFailed
from kleinschalig.model.case import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.web import answers
from kleinschalig.web.boundary import (
    ERRORS_SCHEMA,
    error_body,
    http_status,
    negotiate_language,
    parse_query_date,
)

__all__ = [
    "CASE_RECORD_BODY",
    "case_record_body",
    "create_app",
    "create_router",
    "install",
    "openapi_document",
]

HostGetter = Callable[[Request], PluginHost]

_STATE = "kleinschalig_host"


def _host_from_state(request: Request) -> PluginHost:
    host: PluginHost = getattr(request.app.state, _STATE)
    return host


def _language(request: Request, lang: str | None) -> str:
    return negotiate_language(request.headers.get("accept-language"), lang)


def _json_body(component: str) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}
            },
        }
    }


def _answers(component: str) -> dict[int | str, dict[str, Any]]:
    error = {"content": {"application/json": {"schema": {"$ref": _ERRORS_REF}}}}
    return {
        200: {"content": {"application/json": {"schema": {"$ref": _ref(component)}}}},
        404: {"description": "A code that names nothing registered", **error},
        409: {"description": "A rule conflict between plugins", **error},
        422: {"description": "Invalid input", **error},
    }


def _ref(component: str) -> str:
    return f"#/components/schemas/{component}"


_ERRORS_REF = "#/components/schemas/ValidationReport"


def create_router(get_host: HostGetter = _host_from_state) -> APIRouter:
    """The routes, reading the host with ``get_host`` (default: ``app.state``)."""
    router = APIRouter()

    @router.post(
        "/validate",
        openapi_extra=_json_body("CaseRecord"),
        responses=_answers("ValidationReport"),
        summary="Validate a document (default: a case record)",
    )
    async def validate(
        request: Request, model: str = "case-record", lang: str | None = None
    ) -> JSONResponse:
        _language(request, lang)  # an unsupported ?lang= is refused before any work
        body = await request.body()
        return await _answer(answers.validation, get_host(request), body, model)

    @router.post(
        "/screen",
        openapi_extra=_json_body("CaseRecord"),
        responses=_answers("ScreeningAnswer"),
        summary="Screen a case record against the facilities' placement criteria",
    )
    async def screen_case(
        request: Request,
        on: str | None = None,
        facility: list[str] | None = Query(default=None),  # noqa: B008 - FastAPI's idiom
        redact: bool = False,
        lang: str | None = None,
    ) -> JSONResponse:
        language, day = _language(request, lang), parse_query_date(on, "on")
        body = await request.body()
        host = get_host(request)
        return await _answer(answers.screening, host, body, day, facility, language, redact)

    @router.post(
        "/explain",
        openapi_extra=_json_body("CaseRecord"),
        responses=_answers("Explanation"),
        summary="Explain the decision for one facility, criterion by criterion",
    )
    async def explain_case(
        request: Request,
        facility: str,
        on: str | None = None,
        redact: bool = False,
        lang: str | None = None,
    ) -> JSONResponse:
        language, day = _language(request, lang), parse_query_date(on, "on")
        body = await request.body()
        host = get_host(request)
        return await _answer(answers.explanation, host, body, facility, day, language, redact)

    @router.post(
        "/timeline",
        openapi_extra=_json_body("CaseRecord"),
        responses=_answers("TimelineLocalized"),
        summary="A case's workflows: state, steps taken and due, feedback, warnings",
    )
    async def timeline_case(
        request: Request, on: str | None = None, lang: str | None = None
    ) -> JSONResponse:
        language, day = _language(request, lang), parse_query_date(on, "on")
        body = await request.body()
        return await _answer(answers.timeline_of, get_host(request), body, day, language)

    @router.get(
        "/facilities",
        responses=_answers("FacilitiesLocalized"),
        summary="The registered facilities on a date",
    )
    def facilities(
        request: Request, on: str | None = None, lang: str | None = None
    ) -> JSONResponse:
        from kleinschalig.facility_summary import facilities_to_dict

        language = _language(request, lang)
        day = parse_query_date(on, "on") or dt.date.today()
        return JSONResponse(facilities_to_dict(get_host(request).catalogue, day, language))

    @router.get(
        "/facilities/{code}/criteria",
        responses=_answers("CriteriaInForce"),
        summary="A facility's placement criteria in force on a date",
    )
    def criteria(
        request: Request, code: str, on: str | None = None, lang: str | None = None
    ) -> JSONResponse:
        language = _language(request, lang)
        day = parse_query_date(on, "on") or dt.date.today()
        return JSONResponse(answers.criteria_in_force(get_host(request), code, day, language))

    @router.get("/schemas/{name}", summary="A published JSON Schema (see `kleinschalig schema`)")
    def schema(request: Request, name: str, lang: str | None = None) -> JSONResponse:
        return JSONResponse(answers.schema(get_host(request), name))

    return router


async def _answer(answer: Callable[..., dict[str, Any]], *args: Any) -> JSONResponse:
    """``answer(*args)`` off the event loop (screening is CPU work), as JSON."""
    return JSONResponse(await run_in_threadpool(answer, *args))


def _error_response(request: Request, error: KleinschaligError) -> JSONResponse:
    try:
        language = _language(request, request.query_params.get("lang"))
    except KleinschaligError:
        language = "nl"
    if isinstance(error, ValidationFailed):
        return JSONResponse(error_body(error, language), status_code=http_status(error))
    return JSONResponse(  # pragma: no cover - every error the routes raise is structured
        error_body([ErrorDetail("value.not_allowed")], language), status_code=500
    )


def _request_error(request: Request, error: RequestValidationError) -> JSONResponse:
    """FastAPI's own 422 echoes the input: this one names the place and never the value."""
    from kleinschalig.errors import join_pointer

    try:
        language = _language(request, request.query_params.get("lang"))
    except KleinschaligError:
        language = "nl"
    details = []
    for problem in error.errors():
        where = [str(part) for part in problem.get("loc", ())]
        code = "field.missing" if problem.get("type") == "missing" else "type.invalid"
        params = {} if code == "field.missing" else {"expected": "value"}
        details.append(ErrorDetail(code, join_pointer(*where), params))
    return JSONResponse(error_body(details, language), status_code=422)


def openapi_document(app: FastAPI, host: PluginHost | None = None) -> dict[str, Any]:
    """FastAPI's OpenAPI document with the library's schemas as named components."""
    from kleinschalig.codec.fact_schema import facts_schema
    from kleinschalig.codec.openapi import openapi_components
    from kleinschalig.web.outputs import OUTPUT_SCHEMAS, component_names

    document = get_openapi(
        title=app.title, version=app.version, routes=app.routes, description=app.description
    )
    facts = facts_schema(host.catalogue) if host is not None else None
    extra = {component_names[name]: schema for name, schema in OUTPUT_SCHEMAS.items()}
    extra["ValidationReport"] = ERRORS_SCHEMA
    components = openapi_components(facts=facts, documents=extra)
    document.setdefault("components", {}).setdefault("schemas", {}).update(components)
    return document


async def case_record_body(request: Request) -> CaseRecord:
    """A FastAPI dependency: the request body as a :class:`~kleinschalig.CaseRecord`,
    read and checked by the library (structure, catalogue references, event log).

    For a route of your own (on an app with :func:`install`)::

        @app.post("/mine", openapi_extra=CASE_RECORD_BODY)
        async def mine(case: CaseRecord = Depends(case_record_body)) -> dict[str, str]:
            return {"case_id": case.case_id}

    An invalid body is the library's 422 answer, like the routes' own.
    """
    from kleinschalig.validation import load_checked

    body = await request.body()
    host = _host_from_state(request)
    record: CaseRecord = await run_in_threadpool(load_checked, body, "case-record", host.catalogue)
    return record


#: ``openapi_extra`` for a route that reads a case record with :func:`case_record_body`.
CASE_RECORD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseRecord"}}},
    }
}


def install(app: FastAPI, host: PluginHost | None) -> None:
    """Make ``app`` serve the router's routes with ``host`` (``None``: one set later, as
    the lifespan of :func:`create_app` does): its state, error handlers and OpenAPI
    components (with the host's declared facts once it is there)."""
    if host is not None:
        setattr(app.state, _STATE, host)
        app.openapi_schema = None
    app.add_exception_handler(KleinschaligError, _error_response)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _request_error)  # type: ignore[arg-type]

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = openapi_document(app, getattr(app.state, _STATE, None))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(
    host: PluginHost | None = None, config: HostConfig | None = None, **settings: Any
) -> FastAPI:
    """A FastAPI app serving the library. The host is ``host``, or is built once at
    start-up from ``config`` (default: the environment, as the command line reads it).
    ``settings`` go to :class:`fastapi.FastAPI` (``title``, ``root_path``…)."""
    from kleinschalig._version import __version__

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, _STATE, None) is None:
            built = await run_in_threadpool(PluginHost.load, config or HostConfig.from_env())
            setattr(app.state, _STATE, built)
            app.openapi_schema = None  # again, with the facts the plugins declare
        yield

    settings.setdefault("title", "kleinschalig")
    settings.setdefault("version", __version__)
    app = FastAPI(lifespan=lifespan, **settings)
    app.include_router(create_router())
    install(app, host)
    return app
