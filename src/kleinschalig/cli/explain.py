"""``kleinschalig explain CASE.json --facility CODE [--on DATE] [--redact] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import sys

from kleinschalig.cli._common import add_lang, error_lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE.json", help="a case record (JSON)")
    parser.add_argument(
        "--facility",
        metavar="CODE",
        required=True,
        action="append",
        help="the facility whose decision to explain",
    )
    parser.add_argument("--on", metavar="DATE", help="reference date (default: referral date)")
    parser.add_argument(
        "--redact",
        action="store_true",
        help="replace special-category and identifying values by a marker",
    )
    parser.set_defaults(format="text")
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.cli.screen import prepare
    from kleinschalig.screening import RuleConflictError, explain, screen

    prepared = prepare(args)
    if isinstance(prepared, int):
        return prepared
    host, case, on, facilities = prepared
    try:
        decisions = screen(case, host.catalogue, on, facilities)
    except RuleConflictError as exc:
        print("\n".join(error_lines(list(exc.errors), args.lang)), file=sys.stderr)
        return 1
    for decision in decisions:
        name = host.catalogue.facility(decision.facility).name
        print(explain(decision, args.lang, name, catalogue=host.catalogue, redact=args.redact))
    return 0
