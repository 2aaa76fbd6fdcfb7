"""What every web integration shares: the language of a request, errors as HTTP answers.

The framework modules (:mod:`kleinschalig.web.fastapi`) build on these, so a
Django view and a FastAPI route answer the same request the same way.
"""

from __future__ import annotations

from kleinschalig.web.boundary import (
    ERRORS_SCHEMA,
    error_body,
    http_status,
    negotiate_language,
    parse_query_date,
)

__all__ = ["ERRORS_SCHEMA", "error_body", "http_status", "negotiate_language", "parse_query_date"]
