"""``kleinschalig schema --list`` and ``kleinschalig schema NAME [--lang nl|en]``.

``--lang`` picks the language of the titles, descriptions and enum labels of a model's
schema (and of the installed catalogue's declared facts in ``case-record``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kleinschalig.cli._common import print_json, t
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="?", help="model name")
    parser.add_argument("--list", action="store_true", help="list the model names")
    from kleinschalig.cli._common import add_lang

    add_lang(parser)


def _plugin() -> dict[str, object]:
    from kleinschalig.plugins.data.schema import plugin_schema

    return plugin_schema()


def _other_schemas() -> dict[str, Any]:
    """The data-plugin format and every output schema (``kleinschalig.web.outputs``)."""
    from kleinschalig.web.outputs import OUTPUT_SCHEMAS

    return {"plugin": _plugin, **{name: (lambda s=s: s) for name, s in OUTPUT_SCHEMAS.items()}}


def run(args: argparse.Namespace) -> int:
    from kleinschalig.codec.models import MODELS
    from kleinschalig.codec.schema import json_schema

    OTHER_SCHEMAS = _other_schemas()  # noqa: N806 - a table
    if args.list or args.name is None:
        for name in sorted((*MODELS, *OTHER_SCHEMAS)):
            print(name)
        return 0
    if args.name in OTHER_SCHEMAS:
        print_json(OTHER_SCHEMAS[args.name]())
        return 0
    if args.name not in MODELS:
        print(
            t(
                N_("Onbekend model {name}; kies uit: {allowed}."),
                args.lang,
                name=args.name,
                allowed=", ".join(sorted((*MODELS, *OTHER_SCHEMAS))),
            ),
            file=sys.stderr,
        )
        return 1
    facts = None
    if args.name == "case-record":
        # The case record's ``facts`` are what the installed plugins declare.
        from kleinschalig.cli._common import load_host
        from kleinschalig.codec.fact_schema import facts_schema

        host = load_host(args)
        if isinstance(host, int):
            return host
        facts = facts_schema(host.catalogue, args.lang)
    print_json(json_schema(MODELS[args.name], title=args.name, facts=facts, lang=args.lang))
    return 0
