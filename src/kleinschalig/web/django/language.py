"""Django's active language as the library's: ``"en-us"`` is ``"en"``."""

from __future__ import annotations

from django.utils.translation import get_language

from kleinschalig.errors import UnsupportedLanguage
from kleinschalig.i18n import normalize_language

__all__ = ["active_language"]


def active_language(default: str | None = "nl") -> str | None:
    """Django's active language (:func:`django.utils.translation.get_language`),
    normalised by the library; ``default`` when none is active or it is neither Dutch
    nor English.

    >>> from kleinschalig.web.django.standalone import configure
    >>> _ = configure()  # a project's settings, or these
    >>> from django.utils import translation
    >>> with translation.override("en-gb"):
    ...     active_language()
    'en'
    >>> with translation.override("de"):
    ...     active_language(), active_language(None)
    ('nl', None)
    """
    active = get_language()
    if active:
        try:
            return normalize_language(active)
        except UnsupportedLanguage:
            pass
    return default
