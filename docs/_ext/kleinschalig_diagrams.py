"""Sphinx directives that draw workflows and intervention logic from the registered data.

``.. kleinschalig-workflow:: CODE`` renders every version of a registered workflow
as a Mermaid state diagram followed by its transition table; ``:facility: CODE``
instead renders every workflow that applies to a facility.
``.. kleinschalig-intervention-logic:: FACILITY`` renders a facility's goal chain.
The diagrams come from :mod:`kleinschalig.diagrams`, so they cannot drift from
the data.
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

logger = logging.getLogger(__name__)


_LOADING = threading.Lock()
_LOADED: list[Any] = []


def _host() -> Any:
    """The host with every installed plugin, loaded once per build (once under threads too)."""
    from kleinschalig.plugins import HostConfig, PluginHost

    with _LOADING:
        if not _LOADED:
            _LOADED.append(PluginHost.load(HostConfig()))
        return _LOADED[0]


def _catalogue() -> Any:
    """The catalogue of :func:`_host`."""
    return _host().catalogue


def _warn(text: str) -> str:
    return text if text.startswith("⚠") else f"⚠ {text}"


def _table_rows(graph: Any) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", "   :widths: 15 15 30 12 28", ""]
    lines += [
        "   * - From",
        "     - To",
        "     - Step",
        "     - Actor",
        "     - Guard, timing, documents, consent, information",
    ]
    for edge in graph.edges:
        for number, cell in enumerate(
            (edge.source, edge.target, edge.label, edge.actor, edge.detail or "—")
        ):
            text = cell.replace("*", "\\*").replace("|", "\\|") or "—"
            lines.append(("   * - " if number == 0 else "     - ") + text)
    return lines


def workflow_lines(workflows: list[Any], lang: str, heading_level: str = "") -> list[str]:
    """reST for each workflow: every version as a Mermaid diagram, a table and its notes."""
    from kleinschalig.diagrams import to_mermaid, workflow_graph
    from kleinschalig.i18n import translate

    lines: list[str] = []
    if not workflows:
        return ["No workflows apply.", ""]
    for workflow in workflows:
        title = f"{translate(workflow.label, lang)} (``{workflow.code}``)"
        if heading_level:
            lines += [title, heading_level * len(title), ""]
        else:
            lines += [f".. rubric:: {title}", ""]  # bold text cannot hold ``code``
        for version in workflow.versions:
            valid = " – ".join(
                d.isoformat() if d else "…" for d in (version.valid_from, version.valid_until)
            )
            lines += [f"*Version in force {valid}*", ""]
            if version.note:
                lines += [_warn(translate(version.note, lang)), ""]
            graph = workflow_graph(version, lang)
            lines += [".. mermaid::", ""]
            lines += ["   " + line for line in to_mermaid(graph).splitlines()]
            lines += ["", *_table_rows(graph), ""]
            notes = [
                f"* ``{t.id}``: {translate(t.note, lang)}" for t in version.transitions if t.note
            ]
            if notes:
                lines += ["Recorded choices and gaps:", "", *notes, ""]
    return lines


class _Diagram(SphinxDirective):
    has_content = False
    required_arguments = 1

    def render(self, lines: list[str]) -> list[nodes.Node]:
        container = nodes.section()
        container.document = self.state.document
        content = StringList(lines, source=self.get_source_info()[0])
        nested_parse_with_titles(self.state, content, container)
        return container.children

    def warn(self, message: str) -> list[nodes.Node]:
        logger.warning("%s: %s", self.name, message, location=self.get_location())
        return []


class WorkflowDirective(_Diagram):
    option_spec: ClassVar[dict[str, Any]] = {
        "facility": directives.flag,
        "lang": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        lang = self.options.get("lang", "en")
        catalogue = _catalogue()
        code = self.arguments[0]
        if "facility" in self.options:
            if code not in catalogue.facilities:
                return self.warn(f"no facility {code!r} is registered")
            workflows = catalogue.workflows_for(code)
        elif code in catalogue.workflows:
            workflows = [catalogue.workflow(code)]
        else:
            return self.warn(f"no workflow {code!r} is registered")
        lines = workflow_lines(workflows, lang)
        return self.render(lines)


class InterventionLogicDirective(_Diagram):
    option_spec: ClassVar[dict[str, Any]] = {"lang": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        from kleinschalig.diagrams import intervention_graph, to_mermaid

        catalogue = _catalogue()
        code = self.arguments[0]
        if code not in catalogue.intervention_logics:
            return self.warn(f"no intervention logic for {code!r} is registered")
        logic = catalogue.intervention_logic(code)
        graph = intervention_graph(logic, self.options.get("lang", "en"))
        lines = [".. mermaid::", "", *("   " + line for line in to_mermaid(graph).splitlines()), ""]
        return self.render(lines)


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("kleinschalig-workflow", WorkflowDirective)
    app.add_directive("kleinschalig-intervention-logic", InterventionLogicDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
