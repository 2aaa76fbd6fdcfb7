"""The ``kleinschalig`` command line.

Subcommands live in their own modules and are imported only when chosen, so
``kleinschalig --version`` starts without loading attrs, cattrs or Babel.
"""

from __future__ import annotations

import importlib
import os
import sys

from kleinschalig._version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

#: subcommand -> (module under kleinschalig.cli, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "Validate JSON documents against a model."),
    "schema": ("schema", "Print the JSON Schema of a model, or list the models."),
    "vi": ("vi", "Compute the v.i. date of a prison sentence."),
    "screen": ("screen", "Screen a case against every facility's placement criteria."),
    "explain": ("explain", "Explain the decision for one facility, criterion by criterion."),
    "criteria": ("criteria", "List a facility's criteria in force, or what changed."),
    "plugins": ("plugins", "List plugins, what they registered and any load errors."),
    "facilities": ("facilities", "List registered facilities with their capacity on a date."),
    "workflow": ("workflow", "Show a facility's workflows or a national trajectory as a diagram."),
    "timeline": ("timeline", "Show a case's events, current states, deadlines and warnings."),
    "synth": ("synth", "Generate a seeded synthetic cohort for a facility as JSON Lines."),
    "indicators": ("indicators", "Compute a facility's indicators over a JSON Lines cohort."),
    "new-plugin": ("new_plugin", "Generate a working facility plugin package."),
    "export-plugin": ("export_plugin", "Write what a loaded plugin registered as a data file."),
    "verify": ("verify", "Check a decision receipt: its digest, its decision derived again."),
}


def add_plugin_options(parser: argparse.ArgumentParser, default: object) -> None:
    """``--plugin-dir`` and ``--strict``, accepted before or after the command."""
    parser.add_argument(
        "--plugin-dir",
        action="append",
        metavar="DIR",
        default=default,
        help=(
            "load every *.py and *.yaml in DIR as a plugin "
            "(repeatable; also KLEINSCHALIG_PLUGIN_DIR)"
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        default=default,
        help="make any plugin failure fatal (also KLEINSCHALIG_STRICT=1)",
    )
    parser.add_argument(
        "--limit",
        action="append",
        metavar="NAME=N",
        default=default,
        help=(
            "a limit on input documents, such as max_depth=32 or max_bytes=1048576 "
            "(repeatable; also KLEINSCHALIG_LIMITS, comma-separated)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="kleinschalig",
        description="Domain library for Dutch small-scale detention facilities (KV, KVJJ).",
    )
    parser.add_argument("--version", action="version", version=f"kleinschalig {__version__}")
    add_plugin_options(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        add_plugin_options(command, argparse.SUPPRESS)
        importlib.import_module(f"kleinschalig.cli.{module}").add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:
        print(f"kleinschalig {__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(args_list)
    args.plugin_dir = getattr(args, "plugin_dir", None) or []
    args.strict = getattr(args, "strict", False)
    args.limit = getattr(args, "limit", None) or []
    if args.command is None:
        parser.print_help()
        return 2
    module = importlib.import_module(f"kleinschalig.cli.{COMMANDS[args.command][0]}")
    try:
        return int(module.run(args))
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error of ours, and no traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
