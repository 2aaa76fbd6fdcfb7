"""The documentation covers every hook, every command-line option and every environment variable.

These tests read the reStructuredText sources directly, so they run without Sphinx.
A hook, option or variable added to the code without documentation fails here.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import re
from pathlib import Path

import pytest

from kleinschalig.plugins import ENV, hookspecs

DOCS = Path(__file__).resolve().parent.parent / "docs"
HOOKS_PAGE = DOCS / "plugins" / "hooks.rst"
CLI_PAGE = DOCS / "reference" / "cli.rst"
DISCOVERY_PAGE = DOCS / "plugins" / "discovery.rst"
TABLES_EXTENSION = DOCS / "_ext" / "kleinschalig_tables.py"
ENV_DIRECTIVE = "kleinschalig-plugin-env"

# A section title: a text line followed by an underline of one repeated punctuation
# character at least as long as the text (docutils' rule).
_UNDERLINE = re.compile(r"""^([=\-~^"'`#*+.:_])\1*$""")


def section_titles(text: str) -> list[str]:
    """The section titles of an rst document, inline literal markup removed."""
    lines = text.splitlines()
    titles = []
    for title, underline in itertools.pairwise(lines):
        stripped = title.strip()
        if (
            stripped
            and title == title.lstrip()
            and _UNDERLINE.match(underline)
            and len(underline) >= len(stripped)
        ):
            titles.append(stripped.replace("``", ""))
    return titles


# -- (a) hooks ----------------------------------------------------------------


def hook_signatures() -> dict[str, str]:
    """``name(arg, ...)`` of every hook spec, from :func:`inspect.signature`."""
    hooks = {}
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if name.startswith("kleinschalig_") and function.__module__ == hookspecs.__name__:
            arguments = ", ".join(inspect.signature(function).parameters)
            hooks[name] = f"{name}({arguments})"
    return hooks


def documented_hooks() -> dict[str, str]:
    """Section titles of the hook reference that look like ``kleinschalig_…(…)``."""
    titles = section_titles(HOOKS_PAGE.read_text(encoding="utf-8"))
    found = {}
    for title in titles:
        match = re.fullmatch(r"(kleinschalig_\w+)\((.*)\)", title)
        if match:
            found[match[1]] = title
    return found


def test_there_are_hooks_to_document():
    assert len(hook_signatures()) >= 5


@pytest.mark.parametrize("name", sorted(hook_signatures()))
def test_every_hook_has_a_section_with_its_signature(name):
    signature = hook_signatures()[name]
    documented = documented_hooks()
    assert name in documented, f"{HOOKS_PAGE.name} has no section titled {signature!r}"
    assert documented[name] == signature, (
        f"{HOOKS_PAGE.name}: section {documented[name]!r} does not match the hook {signature!r}"
    )


@pytest.mark.parametrize("name", sorted(hook_signatures()))
def test_every_hook_section_pulls_in_the_hookspec_docstring(name):
    text = HOOKS_PAGE.read_text(encoding="utf-8")
    assert f".. autofunction:: kleinschalig.plugins.hookspecs.{name}\n" in text


def test_no_documented_hook_is_missing_from_the_code():
    unknown = sorted(set(documented_hooks()) - set(hook_signatures()))
    assert not unknown, f"{HOOKS_PAGE.name} documents hooks that do not exist: {unknown}"


def test_every_hookspec_says_when_it_was_added():
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if name.startswith("kleinschalig_"):
            assert ".. versionadded::" in (function.__doc__ or ""), name


# -- (b) command line ---------------------------------------------------------


def parser_and_commands() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    from kleinschalig.cli import build_parser

    parser = build_parser()
    subparsers = parser._subparsers
    assert subparsers is not None
    commands = subparsers._group_actions[0].choices
    assert isinstance(commands, dict)
    return parser, commands


def documented_options() -> dict[str, set[str]]:
    """``.. program::`` name -> the option strings of its ``.. option::`` directives."""
    programs: dict[str, set[str]] = {}
    current = None
    for line in CLI_PAGE.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"\.\. program:: (.+)$", line):
            current = match[1].strip()
            programs.setdefault(current, set())
        elif (match := re.match(r"\.\. option:: (.+)$", line)) and current is not None:
            for variant in match[1].split(", "):
                programs[current].add(variant.split()[0])
    return programs


def option_names(parser: argparse.ArgumentParser) -> list[str]:
    """Option strings of every action, and the metavar (or name) of each positional."""
    names = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings:
            names += action.option_strings
        else:
            names.append(str(action.metavar or action.dest))
    return names


def test_every_command_has_a_section():
    from kleinschalig.cli import COMMANDS

    titles = section_titles(CLI_PAGE.read_text(encoding="utf-8"))
    programs = documented_options()
    for name in COMMANDS:
        assert f"kleinschalig {name}" in titles, f"no section for 'kleinschalig {name}'"
        assert f"kleinschalig {name}" in programs, f"no '.. program:: kleinschalig {name}'"


def test_the_main_options_are_documented():
    parser, _commands = parser_and_commands()
    documented = documented_options().get("kleinschalig", set())
    missing = [o for o in option_names(parser) if o not in documented]
    assert not missing, f"{CLI_PAGE.name}: 'kleinschalig' lacks '.. option::' for {missing}"


def test_every_option_of_every_command_is_documented():
    parser, commands = parser_and_commands()
    programs = documented_options()
    # Options the main parser has too (-h, --plugin-dir, --strict) are documented
    # once, under the main program; the page says every command accepts them.
    shared = set(option_names(parser)) & programs.get("kleinschalig", set())
    missing = []
    for name, command in commands.items():
        documented = programs.get(f"kleinschalig {name}", set()) | shared
        missing += [f"{name} {o}" for o in option_names(command) if o not in documented]
    assert not missing, f"{CLI_PAGE.name} does not document: {missing}"


def test_no_documented_option_is_missing_from_the_parser():
    parser, commands = parser_and_commands()
    real = {"kleinschalig": set(option_names(parser))}
    real |= {f"kleinschalig {name}": set(option_names(c)) for name, c in commands.items()}
    stale = [
        f"{program} {option}"
        for program, options in documented_options().items()
        for option in sorted(options - real.get(program, set()))
    ]
    assert not stale, f"{CLI_PAGE.name} documents options that do not exist: {stale}"


# -- (c) environment variables -----------------------------------------------


def test_the_discovery_page_generates_the_environment_table():
    text = DISCOVERY_PAGE.read_text(encoding="utf-8")
    assert f".. {ENV_DIRECTIVE}::" in text
    extension = TABLES_EXTENSION.read_text(encoding="utf-8")
    assert f'app.add_directive("{ENV_DIRECTIVE}"' in extension
    assert "from kleinschalig.plugins import ENV" in extension


@pytest.mark.parametrize("variable", sorted(ENV))
def test_every_environment_variable_is_documented(variable):
    text = DISCOVERY_PAGE.read_text(encoding="utf-8")
    generated = f".. {ENV_DIRECTIVE}::" in text
    assert variable in text or generated, f"{variable} is not in {DISCOVERY_PAGE.name}"


def test_every_registered_facility_has_a_generated_page():
    from kleinschalig.plugins import HostConfig, PluginHost

    docs = Path(__file__).resolve().parent.parent / "docs" / "facilities"
    catalogue = PluginHost.load(HostConfig.from_env(environ={})).catalogue
    pages = {p.stem: p.read_text(encoding="utf-8") for p in docs.glob("*.rst")}
    index = pages.pop("index")
    fictional = {"kv-voorbeeldstad"}  # the template example is documented in the tutorial
    for code in set(catalogue.facilities.codes()) - fictional:
        assert code in pages, f"docs/facilities/{code}.rst is missing"
        assert f".. kleinschalig-facility:: {code}" in pages[code]
        assert f"   {code}\n" in index


# -- (e) the Python API ---------------------------------------------------------------

API_PAGE = DOCS / "reference" / "api.rst"
#: Documented class by class in the plugin author's pages (discovery, hooks, testing).
PLUGIN_PAGES = ("discovery.rst", "hooks.rst", "testing.rst", "data.rst")


def public_modules() -> list[str]:
    """Every module or package directly under ``kleinschalig`` that declares ``__all__``,
    plus the public modules of packages that declare none."""
    import importlib
    import pkgutil

    import kleinschalig

    found = []
    for info in pkgutil.iter_modules(kleinschalig.__path__, "kleinschalig."):
        if info.name.rsplit(".", 1)[-1].startswith("_") or info.name == "kleinschalig.cli":
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "__all__"):
            found.append(info.name)
        elif info.ispkg:  # a namespace of modules, such as kleinschalig.rules
            found += [
                sub.name
                for sub in pkgutil.iter_modules(module.__path__, f"{info.name}.")
                if not sub.name.rsplit(".", 1)[-1].startswith("_")
                and hasattr(importlib.import_module(sub.name), "__all__")
            ]
    return found


def test_there_are_public_modules_to_document():
    assert {"kleinschalig.indicators", "kleinschalig.workflows"} <= set(public_modules())


_DIRECTIVE = re.compile(
    r"^\.\. (?:autoclass|autofunction|autodata|autoexception|py:data|py:class|py:function)"
    r":: ([\w.]+)"
)
_MODULE = re.compile(r"^\.\. (?:automodule|py:currentmodule|module|py:module):: ([\w.]+)")


def documented_objects() -> set[str]:
    """Dotted names given their own entry by a directive anywhere in the docs; a short
    name is read in the module the page last set (``automodule``, ``currentmodule``)."""
    found = set()
    for page in DOCS.rglob("*.rst"):
        module = ""
        for line in page.read_text(encoding="utf-8").splitlines():
            if match := _MODULE.match(line):
                module = match[1]
            elif match := _DIRECTIVE.match(line):
                name = match[1]
                found.add(name if name.startswith("kleinschalig.") else f"{module}.{name}")
    return found


@pytest.mark.parametrize("module", public_modules())
def test_every_public_module_is_in_the_api_reference(module):
    """Documented by ``automodule`` in the API reference, or name by name anywhere.

    A quick check without Sphinx; the docs build itself (``kleinschalig_xref``)
    fails when any name in ``__all__`` of a public namespace has no entry."""
    import importlib

    names = importlib.import_module(module).__all__
    if module == "kleinschalig.plugins":
        text = "\n".join(
            (DOCS / "plugins" / page).read_text(encoding="utf-8") for page in PLUGIN_PAGES
        )
        missing = [n for n in names if not re.search(rf"[`.]{re.escape(n)}\b", text)]
        assert not missing, f"not in the plugin pages: {', '.join(missing)}"
        return
    automodules = re.findall(r"^\.\. automodule:: (\S+)$", API_PAGE.read_text("utf-8"), re.M)
    if module in automodules:
        return
    missing = [n for n in names if f"{module}.{n}" not in documented_objects()]
    assert not missing, (
        f"add '.. automodule:: {module}' to {API_PAGE.name}, "
        f"or document {', '.join(missing)} one by one"
    )


def test_every_data_file_section_is_documented_with_its_hook():
    """A section a data file may hold is in the hook reference's table and the data page."""
    from kleinschalig.plugins.data import _HOOK_KINDS
    from kleinschalig.plugins.data.document import SECTIONS

    hooks = (DOCS / "plugins" / "hooks.rst").read_text(encoding="utf-8")
    data = (DOCS / "plugins" / "data.rst").read_text(encoding="utf-8")
    hook_of = {kind: hook for hook, kind in _HOOK_KINDS.items()}
    for section, (kind, _model) in SECTIONS.items():
        row = f"   * - ``{section}``\n     - ``{hook_of[kind]}``"
        assert row in hooks, f"hooks.rst has no row for the data section {section}"
        assert f"``{section}``" in data, f"data.rst does not name the section {section}"
