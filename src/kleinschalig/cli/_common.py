"""Options and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kleinschalig.errors import ErrorDetail
from kleinschalig.i18n import LANGUAGES, N_, normalize_language, translate

if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue


def add_format(parser: argparse.ArgumentParser, *choices: str) -> None:
    parser.add_argument("--format", choices=choices or ("text", "json"), default="text")


def _lang_tag(tag: str) -> str:
    """``en-US``, ``nl_NL``, ``EN``, … as ``en``/``nl``; any other tag as given, for ``choices``."""
    try:
        return normalize_language(tag)
    except ValueError:
        return tag


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", type=_lang_tag, choices=LANGUAGES, default="nl", help="language of messages"
    )


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def error_lines(errors: list[ErrorDetail], lang: str, prefix: str = "") -> list[str]:
    return [
        f"{prefix}{e.path + ': ' if e.path else ''}{e.message(lang)} [{e.code}]" for e in errors
    ]


def report_invalid(args: argparse.Namespace, errors: list[ErrorDetail]) -> int:
    """Report structured errors (JSON on stdout, or lines on stderr); exit status 1."""
    if args.format == "json":
        print_json({"valid": False, "errors": [e.to_dict(args.lang) for e in errors]})
    else:
        print("\n".join(error_lines(errors, args.lang)), file=sys.stderr)
    return 1


def t(msgid: str, lang: str, **params: str) -> str:
    text = translate(msgid, lang)
    return text.format(**params) if params else text


def input_limits(args: argparse.Namespace) -> Any:
    """The :class:`~kleinschalig.codec.strict.Limits` for input documents, or exit code 2.

    ``KLEINSCHALIG_LIMITS`` first, then every ``--limit``; a bad setting is reported
    on stderr as structured errors.
    """
    from kleinschalig.codec.strict import Limits
    from kleinschalig.errors import ValidationFailed

    try:
        return Limits.from_env(settings=getattr(args, "limit", None) or ())
    except ValidationFailed as exc:
        lang = getattr(args, "lang", "nl")
        print(t(N_("Ongeldige limieten:"), lang), file=sys.stderr)
        print("\n".join(error_lines(list(exc.errors), lang, "  ")), file=sys.stderr)
        return 2


def load_host(args: argparse.Namespace) -> Any:
    """The plugin host for this run, or an exit code when strict loading failed.

    Load problems are reported on stderr; the command goes on without the broken
    plugins unless ``--strict`` is given. Warnings (a slow plugin, a plugin file
    others may change) are reported on stderr too, each line marked as a warning.
    """
    from pathlib import Path

    from kleinschalig.plugins import HostConfig, PluginHost, PluginLoadFailed

    lang = getattr(args, "lang", "nl")
    try:
        config = HostConfig.from_env(
            plugin_dirs=tuple(Path(d) for d in args.plugin_dir), strict=args.strict
        )
    except ValueError as exc:  # a malformed setting, such as KLEINSCHALIG_GRANTS
        print(t(N_("Ongeldige instelling: {problem}"), lang, problem=str(exc)), file=sys.stderr)
        return 2
    try:
        host = PluginHost.load(config)
    except PluginLoadFailed as failure:
        for error in failure.errors:
            print("\n".join(error.lines(lang)), file=sys.stderr)
        print_warnings(failure.host, lang)  # type: ignore[attr-defined]
        return 3
    for error in host.errors:
        print("\n".join(error.lines(lang)), file=sys.stderr)
    print_warnings(host, lang)
    return host


def print_warnings(host: Any, lang: str) -> None:
    """The host's warnings on stderr, each line marked ``waarschuwing:``."""
    for warning in host.warnings:
        for line in warning.lines(lang):
            print(t(N_("waarschuwing: {line}"), lang, line=line), file=sys.stderr)


def unknown_facility(code: str, catalogue: Catalogue, lang: str) -> str:
    """Why ``code`` names no facility, with the registered codes it may have meant.

    Offered, in this order of preference: the facilities that have ``code`` as
    an alias (``HvH`` for ``kv-almelo``) or whose code starts with it, else the
    codes that look like it; when none does, every registered code is listed.
    """
    from kleinschalig.catalogue import nearest_codes

    codes = catalogue.facilities.codes()
    suggestions = nearest_codes(code, codes, catalogue.facility_aliases(), fallback=False)
    if suggestions:
        return t(
            N_("Onbekende voorziening: {code}. Bedoelde u {suggestions}?"),
            lang,
            code=code,
            suggestions=", ".join(suggestions),
        )
    return t(
        N_("Onbekende voorziening: {code}. Geregistreerde voorzieningen: {codes}."),
        lang,
        code=code,
        codes=", ".join(codes),
    )
