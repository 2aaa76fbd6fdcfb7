"""Sphinx directives that build tables from the library's own data.

The tables of national legal titles, partner roles, error codes and the public
names are generated at build time, so the documentation cannot drift from the
code:

``.. kleinschalig-titles::``
    The national legal titles of :func:`kleinschalig.national_catalogue`:
    code, Dutch label, English label, kind, jurisdictions and cited sources.
    Options: ``:kind:`` and ``:jurisdiction:`` filter (comma-separated values);
    ``:notes:`` marks entries that carry a note with ⚠ and lists the notes
    (recorded choices and gaps in the sources) in English below the table.

``.. kleinschalig-roles::``
    The national partner roles: code, Dutch label, English label,
    jurisdictions and sources. Options ``:jurisdiction:`` and ``:notes:`` as
    above.

``.. kleinschalig-error-codes::``
    Every code of :data:`kleinschalig.errors.ERROR_CODES` with its Dutch and
    English message template.

``.. kleinschalig-public-api::``
    Every name in ``kleinschalig.__all__`` with a link to the module where the
    API reference documents it.

``.. kleinschalig-case-facts::``
    Every fact of a case record that a placement criterion can name: the
    dotted path, its type, and the conditions that can read it.

``.. kleinschalig-plugin-env::``
    Every environment variable of :data:`kleinschalig.plugins.ENV` with what it
    means and the command-line option that does the same, if any (an option
    whose help text names the variable).

An English label that has no translation in the catalog is shown in Dutch and
flagged with "⚠ untranslated", so a missing translation is visible rather than
hidden.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

#: Modules documented in reference/api.rst, in the order a public name is
#: looked up: the first module that exports the object under that name is
#: where the reference documents it.
DOCUMENTED_MODULES: tuple[str, ...] = (
    "kleinschalig.model",
    "kleinschalig.dates",
    "kleinschalig.rules.vi",
    "kleinschalig.errors",
    "kleinschalig.codec",
    "kleinschalig.codec.schema",
    "kleinschalig.i18n",
    "kleinschalig.catalogue",
)


# ---------------------------------------------------------------------------
# Table building helpers
# ---------------------------------------------------------------------------

Cell = str | nodes.Node | Sequence[nodes.Node]


def _cell(value: Cell) -> nodes.entry:
    entry = nodes.entry()
    if isinstance(value, str):
        entry += nodes.paragraph(text=value)
    elif isinstance(value, nodes.Node):
        para = nodes.paragraph()
        para += value
        entry += para
    else:
        para = nodes.paragraph()
        for node in value:
            para += node
        entry += para
    return entry


def build_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    widths: Sequence[int],
    *,
    title: str | None = None,
    classes: Sequence[str] = (),
) -> nodes.table:
    """A docutils table with one header row."""
    table = nodes.table(classes=["kleinschalig-table", *classes])
    if title:
        table += nodes.title(text=title)
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    header_row = nodes.row()
    for header in headers:
        header_row += _cell(header)
    head += header_row
    body = nodes.tbody()
    group += body
    count = 0
    for row in rows:
        tr = nodes.row()
        for value in row:
            tr += _cell(value)
        body += tr
        count += 1
    if count == 0:
        # docutils does not allow an empty tbody; say so in one spanning row.
        tr = nodes.row()
        entry = nodes.entry(morecols=len(headers) - 1)
        entry += nodes.paragraph(text="(none)")
        tr += entry
        body += tr
    return table


def notes_list(items: Iterable[tuple[str, str]]) -> nodes.definition_list:
    """A definition list ``code -> English note`` for the entries that have a note."""
    dl = nodes.definition_list(classes=["kleinschalig-notes"])
    for code, note in items:
        if not note:
            continue
        item = nodes.definition_list_item()
        term = nodes.term()
        term += _code(code)
        item += term
        definition = nodes.definition()
        definition += nodes.paragraph(text=_english(note))
        item += definition
        dl += item
    return dl


def _code(text: str) -> nodes.literal:
    return nodes.literal(text=text)


def _english(msgid: str) -> str:
    """The English translation of a Dutch msgid, flagged when it has none."""
    from kleinschalig import translate

    if not msgid:
        return ""
    try:
        from kleinschalig.i18n import has_translation
    except ImportError:  # older or newer library without the helper
        english = translate(msgid, "en")
        translated = english != msgid
    else:
        translated = has_translation(msgid, "en")
        english = translate(msgid, "en")
    return english if translated else f"{msgid} (⚠ untranslated)"


def _citations(sources: Iterable[Any]) -> str:
    return "; ".join(source.citation for source in sources)


def _jurisdictions(values: Iterable[Any]) -> str:
    return ", ".join(v.value for v in values)


def _csv(argument: str | None) -> list[str]:
    if argument is None:
        return []
    return [part.strip() for part in argument.split(",") if part.strip()]


def _module_file(module_name: str) -> str | None:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, "__file__", None)


class _DataDirective(SphinxDirective):
    """Shared plumbing: dependency tracking and error reporting."""

    #: Modules whose source the generated table depends on.
    depends_on: tuple[str, ...] = ()

    def note_dependencies(self) -> None:
        for module_name in self.depends_on:
            path = _module_file(module_name)
            if path:
                self.env.note_dependency(str(Path(path)))

    def fail(self, what: str, exc: BaseException) -> list[nodes.Node]:
        logger.warning(
            "%s: cannot build the %s table: %s: %s",
            self.name,
            what,
            type(exc).__name__,
            exc,
            location=self.get_location(),
        )
        return []


# ---------------------------------------------------------------------------
# Directives
# ---------------------------------------------------------------------------


class TitlesDirective(_DataDirective):
    """``.. kleinschalig-titles::`` — the national legal titles."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "kind": directives.unchanged,
        "jurisdiction": directives.unchanged,
        "notes": directives.flag,
        "caption": directives.unchanged,
    }
    depends_on = ("kleinschalig.national.titles", "kleinschalig.model.titles")

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        try:
            from kleinschalig import national_catalogue

            titles = list(national_catalogue().titles)
        except Exception as exc:
            return self.fail("legal-title", exc)
        kinds = set(_csv(self.options.get("kind")))
        jurisdictions = set(_csv(self.options.get("jurisdiction")))
        with_notes = "notes" in self.options
        selected = [
            t
            for t in titles
            if (not kinds or t.kind.value in kinds)
            and (not jurisdictions or {j.value for j in t.jurisdictions} & jurisdictions)
        ]
        headers = ["Code", "Dutch label", "English label", "Kind", "Jurisdictions", "Sources"]
        widths = [20, 22, 22, 14, 10, 20]
        rows = []
        for title in selected:
            code: list[nodes.Node] = [_code(title.code)]
            if title.parent:
                code += [nodes.Text(" (variant of "), _code(title.parent), nodes.Text(")")]
            if title.phases:
                phases = ", ".join(p.code for p in title.phases)
                code += [nodes.Text(f"; phases: {phases}")]
            if with_notes and title.note:
                code += [nodes.Text(" ⚠")]
            rows.append(
                [
                    code,
                    title.label,
                    _english(title.label),
                    _code(title.kind.value),
                    _jurisdictions(title.jurisdictions),
                    _citations(title.sources),
                ]
            )
        result: list[nodes.Node] = [
            build_table(headers, rows, widths, title=self.options.get("caption"))
        ]
        if with_notes:
            result.append(notes_list((t.code, t.note) for t in selected))
        return result


class RolesDirective(_DataDirective):
    """``.. kleinschalig-roles::`` — the national partner roles."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "jurisdiction": directives.unchanged,
        "notes": directives.flag,
        "caption": directives.unchanged,
    }
    depends_on = ("kleinschalig.national.roles", "kleinschalig.model.roles")

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        try:
            from kleinschalig import national_catalogue

            roles = list(national_catalogue().roles)
        except Exception as exc:
            return self.fail("partner-role", exc)
        jurisdictions = set(_csv(self.options.get("jurisdiction")))
        with_notes = "notes" in self.options
        headers = ["Code", "Dutch label", "English label", "Jurisdictions", "Sources"]
        widths = [16, 24, 24, 10, 26]
        selected = [
            r
            for r in roles
            if not jurisdictions or {j.value for j in r.jurisdictions} & jurisdictions
        ]
        rows = []
        for role in selected:
            code: list[nodes.Node] = [_code(role.code)]
            if with_notes and role.note:
                code += [nodes.Text(" ⚠")]
            rows.append(
                [
                    code,
                    role.label,
                    _english(role.label),
                    _jurisdictions(role.jurisdictions),
                    _citations(role.sources),
                ]
            )
        result: list[nodes.Node] = [
            build_table(headers, rows, widths, title=self.options.get("caption"))
        ]
        if with_notes:
            result.append(notes_list((r.code, r.note) for r in selected))
        return result


class ErrorCodesDirective(_DataDirective):
    """``.. kleinschalig-error-codes::`` — every stable error code."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"caption": directives.unchanged}
    depends_on = ("kleinschalig.errors",)

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        try:
            from kleinschalig.errors import ERROR_CODES
        except Exception as exc:
            return self.fail("error-code", exc)
        rows = [
            [_code(code), template, _english(template)] for code, template in ERROR_CODES.items()
        ]
        headers = ["Code", "Dutch message (msgid)", "English message"]
        return [build_table(headers, rows, [18, 41, 41], title=self.options.get("caption"))]


class PublicApiDirective(_DataDirective):
    """``.. kleinschalig-public-api::`` — ``kleinschalig.__all__`` with links."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}
    depends_on = ("kleinschalig",)

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        import kleinschalig

        modules = [importlib.import_module(name) for name in DOCUMENTED_MODULES]
        rows = []
        for name in sorted(kleinschalig.__all__, key=str.lower):
            if name.startswith("__"):
                continue
            obj = getattr(kleinschalig, name)
            home = next(
                (
                    m.__name__
                    for m in modules
                    if name in getattr(m, "__all__", ()) and getattr(m, name, None) is obj
                ),
                None,
            )
            if home is None:
                logger.warning(
                    "%s: kleinschalig.%s is not exported by any documented module",
                    self.name,
                    name,
                    location=self.get_location(),
                )
                continue
            target = f"{home}.{name}"
            ref = addnodes.pending_xref(
                "",
                _code(name),
                refdomain="py",
                reftype="obj",
                reftarget=target,
                refexplicit=True,
                refwarn=True,
            )
            ref["py:module"] = None
            ref["py:class"] = None
            summary: list[nodes.Node] = []
            doc = "" if isinstance(obj, str) else (getattr(obj, "__doc__", None) or "")
            first = " ".join(doc.strip().split("\n\n")[0].split())
            if first:
                summary, messages = self.state.inline_text(first, self.lineno)
                summary = [*summary, *messages]
            rows.append([ref, _code(home), summary])
        return [build_table(["Name", "Documented in", "Summary"], rows, [20, 24, 56])]


class PluginEnvDirective(_DataDirective):
    """``.. kleinschalig-plugin-env::`` — the environment variables of the plugin host."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"caption": directives.unchanged}
    depends_on = ("kleinschalig.plugins.config", "kleinschalig.cli")

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        try:
            from kleinschalig.plugins import ENV
        except Exception as exc:
            return self.fail("environment-variable", exc)
        options = _plugin_options()
        rows = []
        for variable, meaning in ENV.items():
            option: list[nodes.Node] = []
            for name, help_text in options:
                if variable in help_text:
                    option += [nodes.Text(", ")] if option else []
                    option.append(_code(name))
            rows.append([_code(variable), meaning, option or "—"])
        headers = ["Variable", "Meaning", "Command-line option"]
        return [build_table(headers, rows, [34, 46, 20], title=self.options.get("caption"))]


def _strip_optional(tp: Any) -> Any:
    """``X`` for ``X | None``; anything else unchanged."""
    import types
    import typing

    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return tp


def _fact_rows(cls: Any, prefix: str = "") -> Iterable[tuple[str, str, list[nodes.Node]]]:
    """(path, type, usable with) for every field reachable through single records."""
    import datetime as dt
    import enum
    import typing

    import attrs

    from kleinschalig._fields import is_sensitive
    from kleinschalig.dates import Duration

    def ops(*names: str) -> list[nodes.Node]:
        found: list[nodes.Node] = []
        for name in names:
            found += [nodes.Text(", ")] if found else []
            found.append(_code(name))
        return found

    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        path = prefix + field.name
        tp = _strip_optional(field.type)
        args = typing.get_args(tp)
        item = args[0] if typing.get_origin(tp) is tuple and args else None
        sensitive = " (sensitive)" if is_sensitive(field) else ""
        if sensitive:
            yield path, "sensitive", [nodes.Text("— (not readable by criteria)")]
        elif tp is Duration:
            yield path, "length (18m, 1y6m)", ops("sentence_within")
        elif getattr(tp, "__name__", "") == "FactValues":
            yield (
                path,
                "declared facts, by id (see Facts)",
                [nodes.Text("every condition, by fact id")],
            )
        elif attrs.has(tp):
            yield from _fact_rows(tp, path + ".")
        elif item is not None and attrs.has(item):
            usable = ops("holds_title") if path == "legal_titles" else [nodes.Text("—")]
            yield path, f"list of {item.__name__} records", usable
        elif item is str:
            yield path, "list of text" + sensitive, ops("contains")
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = ", ".join(member.value for member in tp)
            yield (
                path,
                f"one of: {values}",
                [*ops("one_of"), nodes.Text(", "), *ops("compare"), nodes.Text(" (eq, ne)")],
            )
        elif tp is bool:
            yield path, "true/false" + sensitive, [*ops("compare"), nodes.Text(" (eq, ne)")]
        elif tp in (int, float):
            yield path, "number" + sensitive, ops("compare")
        elif tp is str:
            yield (
                path,
                "text" + sensitive,
                [*ops("one_of"), nodes.Text(", "), *ops("compare"), nodes.Text(" (eq, ne)")],
            )
        elif tp is dt.date:
            usable = ops("elapsed")
            if path in ("sentence.start_date", "sentence.reporting_date"):
                usable = [*ops("sentence_within"), nodes.Text(", "), *usable]
            yield path, "date" + sensitive, usable
        else:
            yield path, str(tp) + sensitive, [nodes.Text("—")]


class CaseFactsDirective(_DataDirective):
    """``.. kleinschalig-case-facts::`` — the case-record facts criteria can read."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"caption": directives.unchanged}
    depends_on = ("kleinschalig.model.case", "kleinschalig.model.facts")

    def run(self) -> list[nodes.Node]:
        self.note_dependencies()
        try:
            from kleinschalig.model.case import CaseRecord
            from kleinschalig.model.facts import fact_exists

            facts = list(_fact_rows(CaseRecord))
        except Exception as exc:
            return self.fail("case-fact", exc)
        unknown = [path for path, _type, _ops in facts if not fact_exists(path)]
        if unknown:
            logger.warning(
                "%s: paths the registration check does not accept: %s",
                self.name,
                ", ".join(unknown),
                location=self.get_location(),
            )
        rows = [[_code(path), type_, usable] for path, type_, usable in facts]
        headers = ["Fact", "Value", "Read by"]
        return [build_table(headers, rows, [40, 32, 28], title=self.options.get("caption"))]


def _plugin_options() -> list[tuple[str, str]]:
    """(option, help text) of the global plugin options of the ``kleinschalig`` command."""
    import argparse

    try:
        from kleinschalig.cli import add_plugin_options
    except ImportError:  # a library without the plugin options
        return []
    parser = argparse.ArgumentParser(add_help=False)
    add_plugin_options(parser, None)
    return [
        (option, action.help or "")
        for action in parser._actions
        for option in action.option_strings
    ]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("kleinschalig-titles", TitlesDirective)
    app.add_directive("kleinschalig-roles", RolesDirective)
    app.add_directive("kleinschalig-error-codes", ErrorCodesDirective)
    app.add_directive("kleinschalig-public-api", PublicApiDirective)
    app.add_directive("kleinschalig-plugin-env", PluginEnvDirective)
    app.add_directive("kleinschalig-case-facts", CaseFactsDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
