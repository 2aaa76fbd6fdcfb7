"""``kleinschalig verify RECEIPT.json [--format text|json] [--lang nl|en]``.

This process loads no plugin: it reads the receipts and hands the re-derivation to a
fresh process (see :mod:`kleinschalig.screening.verify`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kleinschalig.cli._common import (
    add_format,
    add_lang,
    error_lines,
    input_limits,
    print_json,
    t,
)
from kleinschalig.errors import ErrorDetail
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "receipt",
        metavar="RECEIPT.json",
        help="a decision receipt, or the list that screen --format receipt writes",
    )
    add_format(parser, "text", "json")
    add_lang(parser)


def _unreadable(args: argparse.Namespace, errors: list[ErrorDetail]) -> int:
    if args.format == "json":
        print_json({"valid": False, "errors": [e.to_dict(args.lang) for e in errors]})
    else:
        print("\n".join(error_lines(errors, args.lang)), file=sys.stderr)
    return 2


def _read(args: argparse.Namespace) -> tuple[list[Any], bool] | int:
    """The receipts in the file and whether it holds a list; or exit status 2."""
    from kleinschalig.codec.converter import parse_json
    from kleinschalig.errors import ValidationFailed
    from kleinschalig.screening.verify import read_receipt

    path = Path(args.receipt)
    if not path.is_file():
        print(t(N_("Bestand niet gevonden: {file}"), args.lang, file=args.receipt), file=sys.stderr)
        return 2
    limits = input_limits(args)
    if isinstance(limits, int):
        return limits
    try:
        data = parse_json(path.read_bytes(), limits=limits)
    except ValidationFailed as exc:
        return _unreadable(args, list(exc.errors))
    except OSError:
        return _unreadable(args, [ErrorDetail("file.unreadable")])
    listed = isinstance(data, list)
    items = data if listed else [data]
    errors: list[ErrorDetail] = []
    if not items:
        errors.append(ErrorDetail("receipt.format", "", {"allowed": "kleinschalig.decision/2"}))
    from kleinschalig.screening.redact import is_redacted

    for i, item in enumerate(items):
        if is_redacted(item):
            continue  # checked part by part; its case cannot be read back
        try:
            read_receipt(item)
        except ValidationFailed as exc:
            errors += [e.under(i) if listed else e for e in exc.errors]
    if errors:
        return _unreadable(args, errors)
    return items, listed


def run(args: argparse.Namespace) -> int:
    from kleinschalig.plugins import HostConfig
    from kleinschalig.screening.verify import verify_receipts

    read = _read(args)
    if isinstance(read, int):
        return read
    items, listed = read
    lang = args.lang
    config = HostConfig.from_env(plugin_dirs=tuple(Path(d) for d in args.plugin_dir))
    reports = verify_receipts(items, config=config)
    out = []
    for i, (item, report) in enumerate(zip(items, reports, strict=True)):
        decision = item["decision"]
        where = (i,) if listed else ()
        findings = [f.under(*where) for f in report.findings]
        notes = [n.under(*where) for n in report.notes]
        out.append(
            {
                "facility": decision.get("facility"),
                "reference_date": decision.get("reference_date"),
                "ok": report.ok,
                "findings": [f.to_dict(lang) for f in findings],
                "notes": [n.to_dict(lang) for n in notes],
            }
        )
        if args.format == "json":
            continue
        head = f"{decision.get('facility')}, {decision.get('reference_date')}: "
        if report.ok and item.get("redacted") is True:
            head += t(N_("geredigeerde bon: de niet-geredigeerde delen kloppen."), lang)
        elif report.ok:
            head += t(N_("de bon klopt, en het besluit is in een vers proces gelijk."), lang)
        else:
            head += t(
                N_("de bon klopt niet ({count} bevindingen):"), lang, count=str(len(findings))
            )
        print(head)
        for line in error_lines(findings, lang, prefix="  "):
            print(line)
        for line in error_lines(notes, lang, prefix="  " + t(N_("let op:"), lang) + " "):
            print(line)
    ok = all(r.ok for r in reports)
    if args.format == "json":
        print_json({"ok": ok, "receipts": out})
    return 0 if ok else 1
