"""``kleinschalig export-plugin NAME``: what a loaded plugin registered, as a data file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kleinschalig.cli._common import load_host, t
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the plugin's name (see kleinschalig plugins)")
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument(
        "--sections",
        metavar="NAMES",
        help="only these sections, comma-separated (facilities,facts,criteria,...)",
    )
    from kleinschalig.cli._common import add_lang

    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.plugins.data.document import SECTIONS
    from kleinschalig.plugins.data.export import export_yaml

    host = load_host(args)
    if isinstance(host, int):
        return host
    names = [p.name for p in host.plugins if p.status == "active"]
    if args.name not in names:
        print(
            t(
                N_("Geen actieve plugin {name}; actief: {allowed}."),
                args.lang,
                name=args.name,
                allowed=", ".join(names),
            ),
            file=sys.stderr,
        )
        return 1
    sections = None
    if args.sections is not None:
        sections = [part.strip() for part in args.sections.split(",") if part.strip()]
        unknown = [part for part in sections if part not in SECTIONS]
        if unknown or not sections:
            print(
                t(
                    N_("Onbekende sectie {name}; kies uit: {allowed}."),
                    args.lang,
                    name=", ".join(unknown),
                    allowed=", ".join(SECTIONS),
                ),
                file=sys.stderr,
            )
            return 1
    header = (
        f"{args.name}: written by `kleinschalig export-plugin {args.name}`.\n"
        "Format: see `kleinschalig schema plugin` and the plugin guide (Facilities as data files)."
    )
    text = export_yaml(host.catalogue, args.name, header=header, sections=sections)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    staging = target.with_name(f".{target.name}.tmp")
    staging.write_text(text, encoding="utf-8")
    staging.replace(target)
    return 0
