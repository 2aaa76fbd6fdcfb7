"""The views: the routes of the FastAPI integration, for Django.

Every view answers JSON. The body is read and validated by the library (strict JSON
within the limits, every error with its path), and every error — of the body or of a
query parameter — is the library's shape ``{"valid": false, "errors": [...]}`` with
the status of :func:`kleinschalig.web.http_status`; no answer echoes an input value.

The language is ``?lang=`` when given; otherwise Django's active language
(:func:`django.utils.translation.get_language`, which ``LocaleMiddleware`` takes from
the URL, the cookie or ``Accept-Language``), normalised by the library; otherwise, when
that language is not Dutch or English, the ``Accept-Language`` header; otherwise Dutch.

The views are exempt from CSRF protection: they are an API for programs, which send
JSON without a CSRF token, and they have no side effects — nothing is stored or
changed, and a forged cross-site request cannot read the answer — so the token would
protect nothing. A view of your own that records something (a receipt with
:func:`~kleinschalig.web.django.models.record_receipt`) is not exempt: keep Django's
CSRF protection there. Authentication is your job, as a case record is personal data:
put the URLs behind it (a token checked in a middleware, or the views wrapped with
``login_required``/``permission_required``) and serve them over HTTPS only.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, Final

try:
    from django.core.exceptions import RequestDataTooBig
    from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
    from django.views.decorators.csrf import csrf_exempt
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise ImportError(
        "kleinschalig.web.django needs Django: pip install 'kleinschalig[django]'"
    ) from exc

from kleinschalig.errors import (
    ErrorDetail,
    KleinschaligError,
    UnsupportedLanguage,
    ValidationFailed,
)
from kleinschalig.i18n import DEFAULT_LANGUAGE, normalize_language
from kleinschalig.web import answers
from kleinschalig.web.boundary import error_body, http_status, negotiate_language, parse_query_date
from kleinschalig.web.django.apps import get_host
from kleinschalig.web.django.language import active_language

__all__ = [
    "criteria",
    "explain",
    "facilities",
    "request_language",
    "schema",
    "screen",
    "timeline",
    "validate",
]

View = Callable[..., HttpResponse]
_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"0", "false", "no", "off"})


def request_language(request: HttpRequest) -> str:
    """The language to answer ``request`` in (see the module's description).

    >>> from kleinschalig.web.django.standalone import configure
    >>> _ = configure()  # a project's settings, or these
    >>> from django.test import RequestFactory
    >>> from django.utils import translation
    >>> with translation.override("en-us"):
    ...     request_language(RequestFactory().get("/facilities"))
    'en'
    >>> request_language(RequestFactory().get("/facilities?lang=nl"))
    'nl'
    """
    query = request.GET.get("lang")
    if query:
        return normalize_language(query)
    return active_language(None) or negotiate_language(request.headers.get("accept-language"))


def _error(error: ValidationFailed, lang: str) -> JsonResponse:
    return JsonResponse(error_body(error, lang), status=http_status(error))


def _endpoint(method: str) -> Callable[[Callable[..., Any]], View]:
    """A view answering ``method`` only, with JSON and the library's errors."""

    def wrap(work: Callable[..., Any]) -> View:
        @functools.wraps(work)
        def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method != method:
                return HttpResponseNotAllowed([method])
            try:
                lang = request_language(request)
            except UnsupportedLanguage as exc:
                return _error(exc, DEFAULT_LANGUAGE)
            try:
                return JsonResponse(work(request, lang, *args, **kwargs))
            except ValidationFailed as exc:
                return _error(exc, lang)
            except KleinschaligError:  # pragma: no cover - every error raised is structured
                return JsonResponse(
                    error_body([ErrorDetail("value.not_allowed")], lang), status=500
                )

        exempt: View = csrf_exempt(view)  # every view: a POST to a GET view is 405, not 403
        return exempt

    return wrap


def _body(request: HttpRequest) -> bytes:
    try:
        body: bytes = request.body
        return body
    except RequestDataTooBig:
        from django.conf import settings

        maximum = str(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        raise ValidationFailed(
            [ErrorDetail("json.too_large", params={"maximum": maximum})]
        ) from None


def _day(request: HttpRequest) -> dt.date | None:
    return parse_query_date(request.GET.get("on"), "on")


def _flag(request: HttpRequest, name: str) -> bool:
    value = request.GET.get(name)
    if value is None or value == "":
        return False
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    from kleinschalig.codec.hooks import wrong_type

    raise ValidationFailed([wrong_type(bool).detail("query", name)])


def _required(request: HttpRequest, name: str) -> str:
    value: str | None = request.GET.get(name)
    if not value:
        raise ValidationFailed([ErrorDetail("field.missing", f"/query/{name}")])
    return value


@_endpoint("POST")
def validate(request: HttpRequest, lang: str) -> dict[str, Any]:
    """``POST validate?model=case-record``: ``{"valid": true, "errors": []}`` or 422."""
    model = request.GET.get("model") or "case-record"
    return answers.validation(get_host(), _body(request), model)


@_endpoint("POST")
def screen(request: HttpRequest, lang: str) -> dict[str, Any]:
    """``POST screen?on=&facility=&redact=``: ``{"decisions": [...]}``
    (``screening-localized``); ``facility`` may be repeated."""
    chosen = request.GET.getlist("facility") or None
    redact = _flag(request, "redact")
    return answers.screening(get_host(), _body(request), _day(request), chosen, lang, redact)


@_endpoint("POST")
def explain(request: HttpRequest, lang: str) -> dict[str, Any]:
    """``POST explain?facility=&on=&redact=``: the trace as text and the decision
    (``explanation-localized``)."""
    code = _required(request, "facility")
    body, redact = _body(request), _flag(request, "redact")
    return answers.explanation(get_host(), body, code, _day(request), lang, redact)


@_endpoint("POST")
def timeline(request: HttpRequest, lang: str) -> dict[str, Any]:
    """``POST timeline?on=``: the compact timeline (``timeline-localized``)."""
    return answers.timeline_of(get_host(), _body(request), _day(request), lang)


@_endpoint("GET")
def facilities(request: HttpRequest, lang: str) -> dict[str, Any]:
    """``GET facilities?on=``: the registered facilities (``facilities-localized``)."""
    from kleinschalig.facility_summary import facilities_to_dict

    return facilities_to_dict(get_host().catalogue, _day(request) or dt.date.today(), lang)


@_endpoint("GET")
def criteria(request: HttpRequest, lang: str, code: str) -> dict[str, Any]:
    """``GET facilities/<code>/criteria?on=``: the placement criteria in force
    (``criteria-localized``)."""
    return answers.criteria_in_force(get_host(), code, _day(request) or dt.date.today(), lang)


@_endpoint("GET")
def schema(request: HttpRequest, lang: str, name: str) -> dict[str, Any]:
    """``GET schemas/<name>``: a published JSON Schema; ``case-record`` with the
    installed plugins' facts."""
    return answers.schema(get_host(), name)
