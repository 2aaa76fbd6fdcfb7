"""``kleinschalig timeline CASE.json [--on DATE] [--format text|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import datetime as dt
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
)
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE.json", help="a case record (JSON) with its events")
    parser.add_argument(
        "--on", metavar="DATE", help="the day to judge deadlines on (default: today)"
    )
    add_format(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.codec.converter import load_json
    from kleinschalig.dates import parse_date
    from kleinschalig.errors import InvalidValue, ValidationFailed
    from kleinschalig.model.case import CaseRecord
    from kleinschalig.workflows import timeline

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
        on = parse_date(args.on) if args.on else dt.date.today()
        case = load_json(path.read_bytes(), CaseRecord, limits=limits)
        errors = host.catalogue.check_case(case)
        if errors:
            raise ValidationFailed(errors)
        result = timeline(case, host.catalogue, on)
    except InvalidValue as exc:
        return report_invalid(args, [exc.detail("on")])
    except ValidationFailed as exc:
        return report_invalid(args, list(exc.errors))
    if args.format == "json":
        print_json(result.to_dict(lang))
    else:
        print(_to_text(result, host.catalogue, lang))
    return 0


def _to_text(result: Any, catalogue: Any, lang: str) -> str:
    from kleinschalig.i18n import translate

    lines = [f"{result.case_id} — {result.on.isoformat()}"]
    if not result.workflows:
        lines.append(t(N_("Geen gebeurtenissen en geen werkproces van de voorziening."), lang))
    for wt in result.workflows:
        p = wt.progress
        state = translate(p.version.state(p.state).label, lang)
        lines.append("")
        lines.append(f"{p.workflow.code}: {translate(p.workflow.label, lang)}")
        lines.append("  " + t(N_("Huidige toestand: {state}"), lang, state=f"{state} ({p.state})"))
        for step in p.steps:
            actor = step.event.actor or step.transition.actor or "?"
            label = translate(step.transition.label, lang)
            lines.append(f"  {step.event.date.isoformat()}  {label} [{actor}]")
        for due in wt.due:
            window = " – ".join(
                d.isoformat() if d is not None else "…" for d in (due.earliest, due.latest)
            )
            label = translate(p.version.transition(due.transition).label, lang)
            lines.append(
                "  "
                + t(
                    N_("Te doen: {step} ({window}) {status}"),
                    lang,
                    step=label,
                    window=window,
                    status=due.status,
                )
            )
        for warning in wt.warnings:
            lines.append("  ⚠ " + warning.message(lang))
    return "\n".join(lines)
