"""Maintain the gettext catalogs: extract Dutch msgids, merge, compile.

    python scripts/i18n.py update [--translations FILE.json]
    python scripts/i18n.py check

``update`` extracts every ``N_("…")`` from ``src/``, writes the template, merges
it into each language's ``.po`` (keeping existing translations, taking new ones
from the optional JSON file) and compiles the ``.mo``. ``check`` exits non-zero
when a msgid lacks a translation or a ``.mo`` is stale; the tests run it too.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "kleinschalig"
LOCALE = SOURCE / "i18n" / "locale"
DOMAIN = "kleinschalig"
TRANSLATED = ("en",)


def extract(source: Path = SOURCE, domain: str = DOMAIN) -> Catalog:
    template = Catalog(project=domain, locale=None, fuzzy=False)
    for filename, lineno, message, _comments, _context in extract_from_dir(
        source, method_map=[("**.py", "python")], keywords={"N_": None}
    ):
        template.add(message, locations=[(filename, lineno)])
    return template


def po_path(lang: str, locale: Path = LOCALE, domain: str = DOMAIN) -> Path:
    return locale / lang / "LC_MESSAGES" / f"{domain}.po"


FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def messages(catalog: Catalog) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def update(translations: dict[str, str], source: Path, locale: Path, domain: str) -> None:
    template = extract(source, domain)
    with open(locale / f"{domain}.pot", "wb") as fh:
        write_po(fh, template, omit_header=True, sort_output=True)
    for lang in TRANSLATED:
        path = po_path(lang, locale, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        old = Catalog(locale=lang)
        if path.exists():
            with path.open("rb") as fh:
                old = read_po(fh, locale=lang)
        new = Catalog(
            locale=lang, project=domain, creation_date=FIXED_DATE, revision_date=FIXED_DATE
        )
        for message in template:
            if not message.id:
                continue
            previous = old.get(message.id)
            text = translations.get(message.id) or (previous.string if previous else "")
            new.add(message.id, text, locations=message.locations)
        with open(path, "wb") as fh:
            write_po(fh, new, omit_header=True, sort_output=True, include_lineno=False)
        path.with_suffix(".mo").write_bytes(compiled(new))


def problems(source: Path = SOURCE, locale: Path = LOCALE, domain: str = DOMAIN) -> list[str]:
    found: list[str] = []
    template = extract(source, domain)
    for lang in TRANSLATED:
        path = po_path(lang, locale, domain)
        if not path.exists():
            return [f"{path} is missing"]
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for message in template:
            if message.id and not (catalog.get(message.id) and catalog.get(message.id).string):
                found.append(f"{lang}: no translation for {message.id!r}")
        mo = path.with_suffix(".mo")
        if not mo.exists():
            found.append(f"{mo} is missing: run scripts/i18n.py update")
            continue
        with mo.open("rb") as fh:
            stale = messages(read_mo(fh)) != messages(catalog)
        if stale:
            found.append(f"{mo} is stale: run scripts/i18n.py update")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("update", "check"))
    parser.add_argument("--translations", type=Path, help="JSON object msgid -> English")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--locale", type=Path, default=LOCALE)
    parser.add_argument("--domain", default=DOMAIN)
    args = parser.parse_args()
    if args.action == "update":
        extra = json.loads(args.translations.read_text()) if args.translations else {}
        update(extra, args.source, args.locale, args.domain)
    found = problems(args.source, args.locale, args.domain)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
