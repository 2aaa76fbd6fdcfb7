"""Dutch-first labels and messages with English as the first translation.

Every user-facing string in kleinschalig is a Dutch gettext msgid, marked in the
source with :func:`N_` so that ``pybabel extract -k N_`` finds it. Nothing is
translated at import time: callers translate with :func:`translate` and an
explicit language, so a web request in English and a CLI run in Dutch can share
one process.

>>> translate("Voorlopige hechtenis", "en")
'Pre-trial detention'
>>> translate("Voorlopige hechtenis", "nl")
'Voorlopige hechtenis'
>>> format_date(__import__("datetime").date(2026, 11, 23), "nl")
'23 november 2026'
>>> format_date(__import__("datetime").date(2026, 11, 23), "en")
'23 November 2026'
"""

from __future__ import annotations

import datetime as _dt
import gettext as _gettext
from functools import cache
from pathlib import Path
from typing import Final, Literal

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "N_",
    "Language",
    "add_catalog_dir",
    "add_catalog_messages",
    "format_date",
    "format_number",
    "translate",
    "translations",
]

#: A supported language, Dutch (the source) or English.
Language = Literal["nl", "en"]
#: The supported languages, Dutch first.
LANGUAGES: Final[tuple[Language, ...]] = ("nl", "en")
#: The language of messages when none is asked for.
DEFAULT_LANGUAGE: Final[Language] = "nl"
#: The core's gettext domain; each plugin has its own.
DOMAIN: Final = "kleinschalig"
LOCALE_DIR: Final = Path(__file__).parent / "locale"

#: Babel locales used for formatting: English dates read "23 November 2026".
_BABEL_LOCALE: Final[dict[str, str]] = {"nl": "nl_NL", "en": "en_GB"}

_extra_catalogs: list[tuple[str, Path | tuple[tuple[str, str, str], ...]]] = []


class _Messages(_gettext.NullTranslations):
    """A catalog held in memory: a declarative plugin's inline ``{nl: …, en: …}`` texts."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self._catalog = messages

    def gettext(self, message: str) -> str:
        found = self._catalog.get(message)
        if found:
            return found
        fallback: _gettext.NullTranslations | None = getattr(self, "_fallback", None)
        return fallback.gettext(message) if fallback is not None else message


def N_(msgid: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a Dutch msgid for extraction without translating it."""
    return msgid


def add_catalog_dir(domain: str, locale_dir: Path) -> None:
    """Merge another gettext domain (for example a plugin's) into every language.

    The core catalog is always consulted first, so plugins cannot relabel core
    terms. Among plugin catalogs the one added (or re-added, when a host loads
    it again) most recently is consulted first: when two plugins translate the
    same Dutch msgid differently, the plugins of the host loaded last win.
    Catalogs are process-wide.
    """
    entry = (domain, Path(locale_dir))
    if _extra_catalogs[-1:] != [entry]:
        if entry in _extra_catalogs:
            _extra_catalogs.remove(entry)
        _extra_catalogs.append(entry)
        translations.cache_clear()


def add_catalog_messages(domain: str, messages: dict[str, dict[str, str]]) -> None:
    """Merge translations held in memory, ``{lang: {msgid: text}}``, like a catalog directory.

    Declarative plugins give their texts inline; this makes them a catalog of
    the same standing as a ``.mo`` file (see :func:`add_catalog_dir`).
    """
    frozen = tuple(
        sorted(
            (lang, msgid, text) for lang, texts in messages.items() for msgid, text in texts.items()
        )
    )
    entry = (domain, frozen)
    if _extra_catalogs[-1:] != [entry]:
        if entry in _extra_catalogs:
            _extra_catalogs.remove(entry)
        _extra_catalogs.append(entry)
        translations.cache_clear()


def _check_language(lang: str) -> Language:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


@cache
def translations(lang: Language) -> _gettext.NullTranslations:
    """The merged catalog for ``lang``: the core domain plus every added domain."""
    _check_language(lang)
    if lang == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    core = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    for domain, source in reversed(_extra_catalogs):
        if isinstance(source, Path):
            extra = _gettext.translation(domain, source, languages=[lang], fallback=True)
        else:
            extra = _Messages({msgid: text for code, msgid, text in source if code == lang})
        core.add_fallback(extra)
    return core


def translate(msgid: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Translate a Dutch msgid; an untranslated msgid comes back unchanged."""
    return translations(_check_language(lang)).gettext(msgid)


def has_translation(msgid: str, lang: Language) -> bool:
    """Whether ``msgid`` has an explicit, non-empty translation in ``lang``."""
    if lang == DEFAULT_LANGUAGE:
        return True
    sentinel = "\x00missing\x00"
    catalog = translations(lang)
    fallback = _gettext.NullTranslations()
    # Walk the chain by hand: gettext() returns the msgid itself when missing.
    current: _gettext.NullTranslations | None = catalog
    while current is not None and current is not fallback:
        messages = getattr(current, "_catalog", None)
        if messages is not None and messages.get(msgid, sentinel) not in (sentinel, ""):
            return True
        current = getattr(current, "_fallback", None)
    return False


def format_date(value: _dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date in words, the Dutch or English long form ("23 november 2026")."""
    from babel.dates import format_date as _format_date

    return str(_format_date(value, format="long", locale=_BABEL_LOCALE[_check_language(lang)]))


def format_number(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number with the language's decimal separator ("1,5" / "1.5")."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_BABEL_LOCALE[_check_language(lang)]))
