"""``kleinschalig plugins [--format text|json] [--lang nl|en]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kleinschalig.cli._common import add_format, add_lang, print_json, t
from kleinschalig.i18n import N_


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_format(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from kleinschalig.plugins import HostConfig, PluginHost, PluginLoadFailed

    config = HostConfig.from_env(
        plugin_dirs=tuple(Path(d) for d in args.plugin_dir), strict=args.strict
    )
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
            }
        )
        return code
    for info in host.plugins:
        version = f" {info.version}" if info.version else ""
        print(f"{info.name}{version} ({info.source.value}, {info.form}, {info.status})")
        print(t(N_("  locatie: {location}"), lang, location=info.location))
        if info.hooks:
            print(t(N_("  hooks: {hooks}"), lang, hooks=", ".join(info.hooks)))
        for kind, codes in sorted(info.registered.items()):
            print(f"  {kind} ({len(codes)}): {', '.join(codes)}")
        for error in info.errors:
            for line in error.lines(lang):
                print("  ! " + line)
    orphans = [e for e in host.errors if e.plugin not in {i.name for i in host.plugins}]
    for error in orphans:
        for line in error.lines(lang):
            print("! " + line)
    return code
