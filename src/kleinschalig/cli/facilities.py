"""``kleinschalig facilities [--on DATE] [--format text|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from kleinschalig.cli._common import add_format, add_lang, load_host, print_json, t
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", metavar="DATE", help="reference date, YYYY-MM-DD (default: today)")
    add_format(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.dates import parse_date
    from kleinschalig.errors import InvalidValue
    from kleinschalig.facility_summary import facilities_to_dict
    from kleinschalig.i18n import translate

    lang = args.lang
    try:
        on = parse_date(args.on) if args.on else dt.date.today()
    except InvalidValue as exc:
        print(f"--on: {exc.detail().message(lang)} [{exc.code}]", file=sys.stderr)
        return 1
    host = load_host(args)
    if isinstance(host, int):
        return host
    data = facilities_to_dict(host.catalogue, on, lang)
    if args.format == "json":
        print_json(data)
        return 0
    rows: list[dict[str, Any]] = data["facilities"]
    if not rows:
        print(t(N_("Geen voorzieningen geregistreerd."), lang))
        return 0
    for row in rows:
        capacity = row["capacity"]
        if capacity is None:
            places = "—"
        elif capacity["places"] == capacity["places_max"]:
            places = str(capacity["places"])
        else:
            places = f"{capacity['places']}–{capacity['places_max']}"
        if capacity and capacity["temporary"]:
            places += " " + translate(N_("(tijdelijk)"), lang)
        # Whether it was open on the date, not its status today (a pilot that has
        # ended was open during its run); "unknown" where the sources do not tell.
        print(
            f"{row['code']}\t{row['name']}\t{row['kind_label']}\t{row['plugin']}\t"
            f"{places}\t{row['open_label']}"
        )
    return 0
