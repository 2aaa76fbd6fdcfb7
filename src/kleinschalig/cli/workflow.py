"""``kleinschalig workflow (--facility CODE | --workflow CODE | --list) [--on DATE]
[--format mermaid|dot|table|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from kleinschalig.cli._common import add_lang, load_host, print_json, t, unknown_facility
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--facility", metavar="CODE", help="the workflows that apply to this facility"
    )
    which.add_argument(
        "--workflow", metavar="CODE", help="one workflow, e.g. volwassenen.detentieverloop"
    )
    which.add_argument("--list", action="store_true", help="list every registered workflow")
    parser.add_argument("--on", metavar="DATE", help="version in force on DATE (default: today)")
    parser.add_argument(
        "--format",
        choices=("mermaid", "dot", "table", "json"),
        default="table",
        help="diagram text, a table, or the workflow itself as JSON (default: table)",
    )
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.codec.converter import unstructure
    from kleinschalig.dates import parse_date
    from kleinschalig.diagrams import RENDERERS, workflow_graph
    from kleinschalig.errors import InvalidValue
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
    catalogue = host.catalogue
    if args.list:
        for workflow in catalogue.workflows:
            scope = workflow.scope
            where = ", ".join([*scope.facilities, *(k.value for k in scope.kinds)]) or "national"
            owner = catalogue.workflows.owner(workflow.code)
            label = translate(workflow.label, lang)
            print(f"{workflow.code}\t{label}\t{where}\t{owner}\t{len(workflow.versions)}")
        return 0
    if args.facility is not None:
        if args.facility not in catalogue.facilities:
            print(unknown_facility(args.facility, catalogue, lang), file=sys.stderr)
            return 1
        workflows = catalogue.workflows_for(args.facility)
    elif args.workflow in catalogue.workflows:
        workflows = [catalogue.workflow(args.workflow)]
    else:
        print(t(N_("Onbekend werkproces: {code}"), lang, code=args.workflow), file=sys.stderr)
        return 1
    if args.format == "json":
        print_json([unstructure(w) for w in workflows])
        return 0
    for workflow in workflows:
        version = workflow.version_on(on)
        title = f"{workflow.code}: {translate(workflow.label, lang)}"
        if version is None:
            note = t(N_("geen versie van kracht op {date}"), lang, date=on.isoformat())
            print(f"%% {title} — {note}" if args.format == "mermaid" else f"# {title} — {note}")
            continue
        graph = workflow_graph(version, lang, title)
        if args.format == "table":
            print(f"# {title}")
        elif args.format == "mermaid":
            print(f"%% {title}")
        print(RENDERERS[args.format](graph))
    if not workflows:
        print(t(N_("Geen werkprocessen voor deze voorziening."), lang), file=sys.stderr)
        return 1
    return 0
