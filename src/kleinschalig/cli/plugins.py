"""``kleinschalig plugins [--format text|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kleinschalig.cli._common import add_format, add_lang, print_json, t
from kleinschalig.i18n import N_

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.plugins import PluginInfo


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_format(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.plugins import HostConfig, PluginHost, PluginLoadFailed

    try:
        config = HostConfig.from_env(
            plugin_dirs=tuple(Path(d) for d in args.plugin_dir), strict=args.strict
        )
    except ValueError as exc:  # a malformed setting, such as KLEINSCHALIG_LOAD_BUDGET_MS
        print(
            t(N_("Ongeldige instelling: {problem}"), args.lang, problem=str(exc)), file=sys.stderr
        )
        return 2
    code = 0
    try:
        host = PluginHost.load(config)
    except PluginLoadFailed as failure:
        host = failure.host  # type: ignore[attr-defined]
        code = 3
    lang = args.lang
    if args.format == "json":
        print_json(
            {
                "plugins": [info.to_dict(lang) for info in host.plugins],
                "errors": [error.to_dict(lang) for error in host.errors],
                "warnings": [warning.to_dict(lang) for warning in host.warnings],
            }
        )
        return code
    for info in host.plugins:
        version = f" {info.version}" if info.version else ""
        print(f"{info.name}{version} ({info.source.value}, {info.form}, {info.status})")
        print(t(N_("  locatie: {location}"), lang, location=info.location))
        if info.reason:
            print(t(N_("  reden: {reason}"), lang, reason=info.reason))
        if info.load_ms is not None:
            print(t(N_("  laadtijd: {ms} ms"), lang, ms=f"{info.load_ms:.1f}"))
        if info.hooks:
            print(t(N_("  hooks: {hooks}"), lang, hooks=", ".join(info.hooks)))
        for kind, codes in sorted(info.registered.items()):
            print(f"  {kind} ({len(codes)}): {', '.join(codes)}")
        for use in info.granted:
            print(t(N_("  met toestemming: {use}"), lang, use=use))
        for error in info.errors:
            for line in error.lines(lang):
                print("  ! " + line)
        for warning in info.warnings:
            for line in warning.lines(lang):
                print(t(N_("  waarschuwing: {line}"), lang, line=line))
        _print_output(info, lang)
    orphans = [e for e in host.errors if e.plugin not in {i.name for i in host.plugins}]
    for error in orphans:
        for line in error.lines(lang):
            print("! " + line)
    return code


def _print_output(info: PluginInfo, lang: str) -> None:
    """What the plugin printed while loading, each line marked ``|``, control characters escaped."""
    from kleinschalig.plugins.containment import OUTPUT_LIMIT, printable

    if not info.output and not info.output_truncated:
        return
    if info.output_truncated:
        print(t(N_("  uitvoer (afgekapt na {limit} tekens):"), lang, limit=str(OUTPUT_LIMIT)))
    else:
        print(t(N_("  uitvoer:"), lang))
    for line in printable(info.output).splitlines():
        print("    | " + line)
