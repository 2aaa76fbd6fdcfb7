"""``kleinschalig criteria --facility CODE [--on DATE] [--diff DATE2] [--format] [--lang]``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from kleinschalig.cli._common import (
    add_format,
    add_lang,
    error_lines,
    load_host,
    print_json,
    t,
    unknown_facility,
)
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--facility", metavar="CODE", required=True, help="facility code")
    parser.add_argument("--on", metavar="DATE", help="reference date (default: today)")
    parser.add_argument("--diff", metavar="DATE2", help="show what changed between --on and DATE2")
    add_format(parser)
    add_lang(parser)


def _pairs(catalogue: Any, facility: Any, on: dt.date) -> dict[str, tuple[Any, Any]]:
    from kleinschalig.screening.select import applicable_criteria

    return applicable_criteria(catalogue, facility, on)


def _as_json(catalogue: Any, pairs: dict[str, tuple[Any, Any]]) -> dict[str, dict[str, Any]]:
    from kleinschalig.codec.converter import unstructure
    from kleinschalig.model.criteria import CriterionVersion

    return {
        cid: {
            "id": c.id,
            "label": c.label,
            "kind": c.kind.value,
            "owner": catalogue.criteria.owner(cid) if cid in catalogue.criteria else "facility",
            "overrides": c.overrides,
            "applies_when": unstructure(c.applies_when) if c.applies_when else None,
            "version": unstructure(v, CriterionVersion),
        }
        for cid, (c, v) in sorted(pairs.items())
    }


def run(args: argparse.Namespace) -> int:
    from kleinschalig._labels import label_of
    from kleinschalig.dates import parse_date
    from kleinschalig.errors import InvalidValue
    from kleinschalig.i18n import translate

    lang = args.lang
    try:
        on = parse_date(args.on) if args.on else dt.date.today()
        other = parse_date(args.diff) if args.diff else None
    except InvalidValue as exc:
        print(f"{exc.detail().message(lang)} [{exc.code}]", file=sys.stderr)
        return 1
    host = load_host(args)
    if isinstance(host, int):
        return host
    if args.facility not in host.catalogue.facilities:
        print(unknown_facility(args.facility, host.catalogue, lang), file=sys.stderr)
        return 1
    facility = host.catalogue.facility(args.facility)
    from kleinschalig.screening import RuleConflictError

    try:
        pairs = _pairs(host.catalogue, facility, on)
        then_pairs = _pairs(host.catalogue, facility, other) if other is not None else None
    except RuleConflictError as exc:
        print("\n".join(error_lines(list(exc.errors), args.lang)), file=sys.stderr)
        return 1
    now = _as_json(host.catalogue, pairs)
    if other is not None and then_pairs is not None:
        then = _as_json(host.catalogue, then_pairs)
        diff = {
            "from": on.isoformat(),
            "to": other.isoformat(),
            "added": sorted(set(then) - set(now)),
            "removed": sorted(set(now) - set(then)),
            "changed": sorted(k for k in set(now) & set(then) if now[k] != then[k]),
        }
        if args.format == "json":
            print_json(
                {**diff, "criteria_from": list(now.values()), "criteria_to": list(then.values())}
            )
            return 0
        for key, msgid in (
            ("added", N_("toegevoegd")),
            ("removed", N_("vervallen")),
            ("changed", N_("gewijzigd")),
        ):
            for cid in diff[key]:
                print(f"{translate(msgid, lang)}: {cid}")
        if not (diff["added"] or diff["removed"] or diff["changed"]):
            print(t(N_("Geen verschil."), lang))
        return 0
    if args.format == "json":
        print_json(
            {"facility": facility.code, "on": on.isoformat(), "criteria": list(now.values())}
        )
        return 0
    for cid, (criterion, version) in sorted(pairs.items()):
        sources = ", ".join(s.citation for s in version.sources)
        kind = translate(label_of(criterion.kind), lang)
        since = version.valid_from.isoformat() if version.valid_from else "—"
        print(f"{cid} ({kind}, {since}): {translate(criterion.label, lang)} [{sources}]")
        rule = now[cid]["version"].get("rule")
        if rule:
            print("    " + json.dumps(rule, ensure_ascii=False))
    return 0
