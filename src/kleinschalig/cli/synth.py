"""``kleinschalig synth --facility CODE --n N [--seed S] [--from DATE] [--to DATE] [--lang]``."""

from __future__ import annotations

import argparse
import sys

from kleinschalig.cli._common import add_lang, load_host, t, unknown_facility
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--facility", metavar="CODE", required=True, help="facility code")
    parser.add_argument(
        "--n", metavar="N", type=int, required=True, help="number of candidates to generate"
    )
    parser.add_argument("--seed", metavar="S", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first referral date (default: when the facility opened)",
    )
    parser.add_argument(
        "--to", dest="end", metavar="DATE", help="last day of the window (default: see the docs)"
    )
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.dates import parse_date
    from kleinschalig.errors import InvalidValue
    from kleinschalig.synth import id_stem, synthesize, window, write_jsonl

    lang = args.lang
    problems = []
    dates = {}
    for option, name in (("--from", "start"), ("--to", "end")):
        text = getattr(args, name)
        try:
            dates[name] = parse_date(text) if text else None
        except InvalidValue as exc:
            problems.append(f"{option}: {exc.detail().message(lang)} [{exc.code}]")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if args.n < 0:
        print(t(N_("--n mag niet negatief zijn."), lang), file=sys.stderr)
        return 1
    if args.seed < 0:
        print(t(N_("--seed mag niet negatief zijn."), lang), file=sys.stderr)
        return 1
    try:
        id_stem(args.facility, args.seed, args.n)
    except ValueError:
        print(
            t(N_("--seed en --n zijn te groot: de ids passen niet in 64 tekens."), lang),
            file=sys.stderr,
        )
        return 1
    host = load_host(args)
    if isinstance(host, int):
        return host
    catalogue = host.catalogue
    if args.facility not in catalogue.facilities:
        print(unknown_facility(args.facility, catalogue, lang), file=sys.stderr)
        return 1
    start, end = dates["start"], dates["end"]
    if start is None and window(catalogue.facility(args.facility)) is None:
        message = N_("Voorziening {code} heeft geen openingsdatum: geef --from op.")
        print(t(message, lang, code=args.facility), file=sys.stderr)
        return 1
    try:
        records = synthesize(catalogue, args.facility, args.n, seed=args.seed, start=start, end=end)
    except ValueError:  # the window ends before it starts
        order = InvalidValue("date.order", other="--from")
        print(f"--to: {order.detail().message(lang)} [{order.code}]", file=sys.stderr)
        return 1
    write_jsonl(records, sys.stdout)
    return 0
