"""``kleinschalig validate FILE... [--model NAME] [--format text|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kleinschalig.cli._common import (
    add_format,
    add_lang,
    error_lines,
    input_limits,
    load_host,
    print_json,
    t,
)
from kleinschalig.errors import ErrorDetail
from kleinschalig.i18n import N_

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue
    from kleinschalig.codec.strict import Limits


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSON document(s) to check")
    parser.add_argument("--model", default="case-record", help="model name (see schema --list)")
    add_format(parser)
    add_lang(parser)


def check_file(
    path: Path, model_name: str, catalogue: Catalogue, limits: Limits | None = None
) -> list[ErrorDetail]:
    """Every error in one file: what ``screen`` and ``timeline`` would refuse in it.

    Structure and constraints, catalogue references and, for a case record, the
    replay of its event log (an event that could not have happened, such as a step
    taken without the consent it needs).
    """
    from kleinschalig.codec.strict import DEFAULT_LIMITS
    from kleinschalig.validation import check_document

    try:
        text = path.read_bytes()
    except OSError:
        return [ErrorDetail("file.unreadable")]
    return check_document(text, model_name, catalogue, limits or DEFAULT_LIMITS)[1]


def run(args: argparse.Namespace) -> int:
    limits = input_limits(args)
    if isinstance(limits, int):
        return limits
    host = load_host(args)
    if isinstance(host, int):
        return host
    results: list[tuple[str, list[ErrorDetail]]] = []
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            print(t(N_("Bestand niet gevonden: {file}"), args.lang, file=name), file=sys.stderr)
            return 2
        results.append((name, check_file(path, args.model, host.catalogue, limits)))
    valid = all(not errors for _, errors in results)
    if args.format == "json":
        several = len(results) > 1
        errors_out = [
            {**e.to_dict(args.lang), **({"file": name} if several else {})}
            for name, errors in results
            for e in errors
        ]
        print_json({"valid": valid, "errors": errors_out})
    else:
        for name, errors in results:
            if errors:
                print(t(N_("{file}: ongeldig"), args.lang, file=name))
                for line in error_lines(errors, args.lang, "  "):
                    print(line)
            else:
                print(t(N_("{file}: geldig"), args.lang, file=name))
    return 0 if valid else 1
