"""``kleinschalig screen CASE.json [--facility CODE] [--on DATE] [--lang] [--format]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kleinschalig.cli._common import (
    add_format,
    add_lang,
    input_limits,
    load_host,
    print_json,
    report_invalid,
    t,
    unknown_facility,
)
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE.json", help="a case record (JSON)")
    parser.add_argument(
        "--facility",
        metavar="CODE",
        action="append",
        help="screen against this facility only (repeatable; default: all)",
    )
    parser.add_argument("--on", metavar="DATE", help="reference date (default: referral date)")
    add_format(parser, "text", "json", "localized", "receipt")
    parser.add_argument(
        "--redact",
        action="store_true",
        help="replace special-category and identifying values (json, receipt: for an audit log)",
    )
    add_lang(parser)


def prepare(args: argparse.Namespace) -> Any:
    """The host, the case and the reference date; or an exit code after reporting why not."""
    from kleinschalig.codec.converter import load_json
    from kleinschalig.dates import parse_date
    from kleinschalig.errors import InvalidValue, ValidationFailed
    from kleinschalig.model.case import CaseRecord

    lang = args.lang
    path = Path(args.case)
    if not path.is_file():
        print(t(N_("Bestand niet gevonden: {file}"), lang, file=args.case), file=sys.stderr)
        return 2
    limits = input_limits(args)
    if isinstance(limits, int):
        return limits
    host = load_host(args)
    if isinstance(host, int):
        return host
    try:
        case = load_json(path.read_bytes(), CaseRecord, limits=limits)
    except ValidationFailed as exc:
        return report_invalid(args, list(exc.errors))
    errors = host.catalogue.check_case(case)
    if errors:
        return report_invalid(args, errors)
    try:
        on = parse_date(args.on) if args.on else None
    except InvalidValue as exc:
        return report_invalid(args, [exc.detail("on")])
    if on is None and case.referral is None:
        print(
            t(N_("Geen peildatum: geef --on of leg de verwijsdatum vast."), lang), file=sys.stderr
        )
        return 1
    facilities = args.facility or None
    for code in facilities or ():
        if code not in host.catalogue.facilities:
            print(unknown_facility(code, host.catalogue, lang), file=sys.stderr)
            return 1
    return host, case, on, facilities


def run(args: argparse.Namespace) -> int:
    from kleinschalig._labels import label_of
    from kleinschalig.codec.converter import unstructure
    from kleinschalig.i18n import translate
    from kleinschalig.screening import (
        Decision,
        DecisionRecord,
        RuleConflictError,
        receipt,
        screen,
    )

    prepared = prepare(args)
    if isinstance(prepared, int):
        return prepared
    host, case, on, facilities = prepared
    try:
        decisions = screen(case, host.catalogue, on, facilities)
    except RuleConflictError as exc:
        return report_invalid(args, list(exc.errors))
    redact = getattr(args, "redact", False)
    if args.format == "json":
        if redact:
            from kleinschalig.screening.redact import redact_decision

            decisions = tuple(redact_decision(d, host.catalogue) for d in decisions)
        print_json(unstructure(decisions, tuple[Decision, ...]))
        return 0
    if args.format == "localized":
        print_json(
            [d.to_dict(args.lang, catalogue=host.catalogue, redact=redact) for d in decisions]
        )
        return 0
    if args.format == "receipt":
        versions = {p.name: p.version for p in host.plugins if p.status == "active"}
        records = tuple(receipt(d, case, versions, host.catalogue) for d in decisions)
        data = unstructure(records, tuple[DecisionRecord, ...])
        if redact:
            from kleinschalig.screening.redact import redact_receipt

            data = [redact_receipt(r, host.catalogue) for r in data]
        print_json(data)
        return 0
    lang = args.lang
    for d in decisions:
        line = f"{d.facility}: {translate(label_of(d.outcome), lang)}"
        if d.blocking:
            line += " — " + t(N_("Blokkerend: {ids}"), lang, ids=", ".join(d.blocking))
        if d.missing_inputs:
            line += " — " + t(
                N_("Ontbrekende gegevens: {inputs}"), lang, inputs=", ".join(d.missing_inputs)
            )
        print(line)
    if not decisions:
        print(t(N_("Geen voorzieningen geregistreerd."), lang))
    return 0
