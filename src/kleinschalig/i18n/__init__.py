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
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal, TypeAlias

import attrs

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
    "has_translation",
    "normalize_language",
    "registering",
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

#: One added catalog: its domain and a locale directory or ``(lang, msgid, text)`` triples.
_Entry: TypeAlias = tuple[str, Path | tuple[tuple[str, str, str], ...]]


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


def _merge(catalogs: tuple[_Entry, ...], lang: Language) -> _gettext.NullTranslations:
    """A new merged catalog for ``lang``; nothing shared with other merged catalogs is changed."""
    if lang == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    # gettext.translation returns a fresh copy each call, so add_fallback below
    # changes only objects that belong to this merged catalog.
    core = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    for domain, source in reversed(catalogs):
        if isinstance(source, Path):
            extra = _gettext.translation(domain, source, languages=[lang], fallback=True)
        else:
            extra = _Messages({msgid: text for code, msgid, text in source if code == lang})
        core.add_fallback(extra)
    return core


@attrs.frozen(slots=True)
class _Snapshot:
    """The added catalogs at one moment, never changed once published.

    ``merged`` memoises the merged catalog per language. Every value in it is
    built from this snapshot's own ``catalogs`` alone, so two threads that build
    the same language at once build equal catalogs, and whichever is stored is
    right. Registering catalogs publishes a new snapshot; it never clears this one.
    """

    catalogs: tuple[_Entry, ...]
    merged: dict[str, _gettext.NullTranslations] = attrs.field(factory=dict, eq=False)
    #: ``(lang, msgid)`` → text, as this snapshot's catalogs translate it: a lookup walks
    #: the chain of every plugin's catalog, so repeated msgids are remembered (bounded).
    memo: dict[tuple[str, str], str] = attrs.field(factory=dict, eq=False)

    def translations(self, lang: Language) -> _gettext.NullTranslations:
        found = self.merged.get(lang)
        if found is None:
            found = self.merged.setdefault(lang, _merge(self.catalogs, lang))
        return found


#: The published snapshot. Readers take this reference once per call; writers
#: replace it, holding ``_lock``, with a snapshot built beside it.
_snapshot: _Snapshot = _Snapshot(())
#: Serialises writers. Re-entrant: a batch (:func:`registering`) adds many catalogs.
_lock: Final = threading.RLock()
#: The catalogs of the batch being registered, or ``None``; only touched holding ``_lock``.
_pending: list[_Entry] | None = None


def N_(msgid: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a Dutch msgid for extraction without translating it."""
    return msgid


@contextmanager
def registering() -> Iterator[None]:
    """Register several catalogs as one change, published when the outermost block ends.

    While the block runs, other threads keep translating with the catalogs as
    they were; afterwards they see all of the batch at once, never a part of it.
    Other writers wait. :class:`~kleinschalig.plugins.PluginHost` registers a
    host's catalogs this way.
    """
    global _pending, _snapshot
    with _lock:
        outermost = _pending is None
        if outermost:
            _pending = list(_snapshot.catalogs)
        try:
            yield
        finally:
            if outermost:
                assert _pending is not None
                catalogs = tuple(_pending)
                _pending = None
                if catalogs != _snapshot.catalogs:
                    fresh = _Snapshot(catalogs)
                    for lang in LANGUAGES:  # built before it is published
                        fresh.translations(lang)
                    _snapshot = fresh


def _add(entry: _Entry) -> None:
    with registering():
        assert _pending is not None
        if _pending[-1:] != [entry]:
            if entry in _pending:
                _pending.remove(entry)
            _pending.append(entry)


def add_catalog_dir(domain: str, locale_dir: Path) -> None:
    """Merge another gettext domain (for example a plugin's) into every language.

    The core catalog is always consulted first, so plugins cannot relabel core
    terms. Among plugin catalogs the one added (or re-added, when a host loads
    it again) most recently is consulted first: when two plugins translate the
    same Dutch msgid differently, the plugins of the host loaded last win.

    Catalogs are process-wide and only ever added: a new merged catalog is built
    beside the one in use and then put in its place, so a thread translating at
    the same moment sees either the old catalogs or the new ones, never none.
    """
    _add((domain, Path(locale_dir)))


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
    _add((domain, frozen))


@lru_cache(maxsize=256)
def _normalized(tag: str) -> Language | None:
    from babel import Locale, UnknownLocaleError

    try:
        language = Locale.parse(tag.strip().replace("-", "_")).language
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    return "nl" if language == "nl" else "en" if language == "en" else None


def normalize_language(tag: object) -> Language:
    """The supported language of a language tag, normalised with Babel.

    ``"en-US"``, ``"en_GB"`` and ``"EN"`` are English; ``"nl_NL"`` and ``"nl-BE"``
    Dutch. Any other tag, or one Babel does not know, raises
    :class:`~kleinschalig.errors.UnsupportedLanguage` (code
    ``language.unsupported``), which is also a :class:`ValueError`.

    >>> normalize_language("en-US"), normalize_language("nl_BE")
    ('en', 'nl')
    """
    if tag == "nl" or tag == "en":
        return tag  # the common case, without Babel
    found = _normalized(tag) if isinstance(tag, str) else None
    if found is None:
        from kleinschalig.errors import UnsupportedLanguage

        raise UnsupportedLanguage()
    return found


def translations(lang: str) -> _gettext.NullTranslations:
    """The merged catalog for ``lang``: the core domain plus every added domain.

    The object returned is never changed afterwards; registering catalogs
    replaces it with a new one.
    """
    return _snapshot.translations(normalize_language(lang))


#: At most this many translations are remembered per snapshot.
_MEMO_MAX: Final = 50_000


def translate(msgid: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Translate a Dutch msgid; an untranslated msgid comes back unchanged.

    ``lang`` is a language tag (``"en"``, ``"en-US"``, ``"nl_NL"``, …); see
    :func:`normalize_language`.
    """
    snapshot = _snapshot  # one reference for the whole call: never a mix of two
    key = (normalize_language(lang), msgid)
    found = snapshot.memo.get(key)
    if found is None:
        found = snapshot.translations(key[0]).gettext(msgid)
        if len(snapshot.memo) < _MEMO_MAX:
            snapshot.memo[key] = found
    return found


def has_translation(msgid: str, lang: str) -> bool:
    """Whether ``msgid`` has an explicit, non-empty translation in ``lang``."""
    language = normalize_language(lang)
    if language == DEFAULT_LANGUAGE:
        return True
    sentinel = "\x00missing\x00"
    # Walk the chain by hand: gettext() returns the msgid itself when missing.
    current: _gettext.NullTranslations | None = _snapshot.translations(language)
    while current is not None:
        messages = getattr(current, "_catalog", None)
        if messages is not None and messages.get(msgid, sentinel) not in (sentinel, ""):
            return True
        current = getattr(current, "_fallback", None)
    return False


def format_date(value: _dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date in words, the Dutch or English long form ("23 november 2026")."""
    from babel.dates import format_date as _format_date

    return str(_format_date(value, format="long", locale=_BABEL_LOCALE[normalize_language(lang)]))


def format_number(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number with the language's decimal separator ("1,5" / "1.5")."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_BABEL_LOCALE[normalize_language(lang)]))
