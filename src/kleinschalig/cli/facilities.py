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
    from kleinschalig.i18n import translate
    from kleinschalig.model import OperatingStatus, label_of

    lang = args.lang
    try:
        on = parse_date(args.on) if args.on else dt.date.today()
    except InvalidValue as exc:
        print(f"--on: {exc.detail().message(lang)} [{exc.code}]", file=sys.stderr)
        return 1
    host = load_host(args)
    if isinstance(host, int):
        return host
    rows: list[dict[str, Any]] = []
    for facility in host.catalogue.facilities:
        entry = facility.capacity_on(on)
        rows.append(
            {
                "code": facility.code,
                "name": facility.name,
                "kind": facility.kind.value,
                "security": facility.security.value,
                "plugin": host.catalogue.facilities.owner(facility.code),
                "open": facility.operating.is_open_on(on),
                "status": facility.operating.status.value,
                "attested_until": None
                if facility.operating.attested_until is None
                else facility.operating.attested_until.isoformat(),
                "capacity": None
                if entry is None
                else {
                    "places": entry.places,
                    "places_max": entry.places_max,
                    "temporary": entry.temporary,
                    "pools": [
                        {"regime": p.regime, "places": p.places, "places_max": p.places_max}
                        for p in entry.pools
                    ],
                },
            }
        )
    if args.format == "json":
        print_json({"on": on.isoformat(), "facilities": rows})
        return 0
    if not rows:
        print(t(N_("Geen voorzieningen geregistreerd."), lang))
        return 0
    for facility, row in zip(host.catalogue.facilities, rows, strict=True):
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
        is_open = row["open"]
        if is_open:
            status = translate(label_of(OperatingStatus.OPEN), lang)
        elif is_open is None and facility.operating.after_attested(on):
            status = t(N_("onbekend (bronnen tot en met {day})"), lang, day=row["attested_until"])
        elif is_open is None:
            status = translate(N_("onbekend"), lang)
        elif facility.operating.opened_on is not None and on < facility.operating.opened_on:
            status = translate(N_("nog niet open"), lang)
        else:
            status = translate(label_of(facility.operating.status), lang)
        kind = translate(label_of(facility.kind), lang)
        print(f"{row['code']}\t{row['name']}\t{kind}\t{row['plugin']}\t{places}\t{status}")
    return 0
