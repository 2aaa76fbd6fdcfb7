"""Django configured for the app alone: for a script, the docs and the tests.

>>> import kleinschalig.web.django.standalone as standalone
>>> sorted(standalone.SETTINGS["INSTALLED_APPS"])[-1]
'kleinschalig.web.django'

:func:`configure` does nothing when settings are already configured (by a project),
so it is safe to call from a library's test suite or a notebook.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["SETTINGS", "configure"]

#: The minimal settings, with the app, its dependencies and an in-memory SQLite database.
SETTINGS: Final[dict[str, Any]] = {
    "INSTALLED_APPS": [
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "kleinschalig.web.django",
    ],
    "DATABASES": {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    "USE_TZ": True,
    "USE_I18N": True,
    "LANGUAGE_CODE": "nl",
    "LANGUAGES": [("nl", "Nederlands"), ("en", "English")],
    "ROOT_URLCONF": "kleinschalig.web.django.urls",
    "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
    "SECRET_KEY": "kleinschalig-standalone-not-secret",
}


def configure(**overrides: Any) -> bool:
    """Configure Django with :data:`SETTINGS` updated by ``overrides`` and set it up;
    ``False`` (and nothing done) when settings were configured already."""
    import django
    from django.conf import settings

    if settings.configured:
        return False
    settings.configure(**{**SETTINGS, **overrides})
    django.setup()
    return True
