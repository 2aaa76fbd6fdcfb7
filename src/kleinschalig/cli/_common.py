"""Options and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kleinschalig.errors import ErrorDetail
from kleinschalig.i18n import LANGUAGES, translate


def add_format(parser: argparse.ArgumentParser, *choices: str) -> None:
    parser.add_argument("--format", choices=choices or ("text", "json"), default="text")


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of messages")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def error_lines(errors: list[ErrorDetail], lang: str, prefix: str = "") -> list[str]:
    return [
        f"{prefix}{e.path + ': ' if e.path else ''}{e.message(lang)} [{e.code}]" for e in errors
    ]


def t(msgid: str, lang: str, **params: str) -> str:
    text = translate(msgid, lang)
    return text.format(**params) if params else text
