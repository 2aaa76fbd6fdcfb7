"""``kleinschalig vi --start DATE --length LENGTH [--rule …] [--rounding …] [--format …]``."""

from __future__ import annotations

import argparse
import sys

from kleinschalig.cli._common import add_format, add_lang, error_lines, print_json, t
from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", required=True, help="start of execution, YYYY-MM-DD")
    parser.add_argument("--length", required=True, help="sentence length: 18m, 3y, 45d, 1y6m")
    parser.add_argument("--rule", choices=("current", "proposed-2018"), default="current")
    parser.add_argument(
        "--rounding",
        choices=("raise", "down", "up"),
        default="raise",
        help="what to do with a non-existent day or a fraction (default: refuse)",
    )
    add_format(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.dates import DateArithmeticError, Duration, Rounding, parse_date
    from kleinschalig.i18n import format_date, translate
    from kleinschalig.rules.vi import VI_RULES, vi_date

    errors: list[ErrorDetail] = []
    try:
        start = parse_date(args.start)
    except InvalidValue as exc:
        errors.append(exc.detail("start"))
    try:
        length = Duration.parse(args.length)
    except InvalidValue as exc:
        errors.append(exc.detail("length"))
    if not errors:
        try:
            result = vi_date(start, length, args.rule, Rounding(args.rounding))
        except DateArithmeticError as exc:
            # out of range: the length carries the start beyond year 9999
            out = exc.detail.code == "date.out_of_range"
            errors.append(exc.detail.under("length") if out else exc.detail)
    if errors:
        if args.format == "json":
            print_json({"valid": False, "errors": [e.to_dict(args.lang) for e in errors]})
        else:
            print("\n".join(error_lines(errors, args.lang)), file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(
            {
                "rule": result.rule,
                "start_date": result.start_date.isoformat(),
                "length": str(result.length),
                "end_date": result.end_date.isoformat(),
                "eligible": result.eligible,
                "vi_date": result.vi_date.isoformat() if result.vi_date else None,
                "vi_period_days": result.vi_period.days,
                "cap_applied": result.cap_applied,
                "method": result.method,
            }
        )
        return 0
    lang = args.lang
    rule = VI_RULES[args.rule]
    print(t(N_("Regel: {rule}"), lang, rule=translate(rule.label, lang)))
    print(t(N_("Einde straf: {date}"), lang, date=format_date(result.end_date, lang)))
    if result.vi_date is None:
        print(t(N_("Geen v.i.: de straf is korter dan één jaar."), lang))
    else:
        print(t(N_("v.i.-datum: {date}"), lang, date=format_date(result.vi_date, lang)))
        print(t(N_("v.i.-periode: {days} dagen"), lang, days=str(result.vi_period.days)))
        if result.cap_applied:
            print(t(N_("De v.i.-periode is begrensd op twee jaar."), lang))
    return 0
