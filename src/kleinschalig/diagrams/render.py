"""Renderers: a :class:`~kleinschalig.diagrams.graph.Graph` as Mermaid, DOT or a table.

Pure text; no Graphviz or Mermaid binary is needed to produce it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Final

from kleinschalig.diagrams.graph import Graph

__all__ = ["RENDERERS", "to_dot", "to_json", "to_mermaid", "to_table"]

_LEVEL_ORDER = ("werkzaam_element", "activiteit", "werkdoel", "hoofddoel", "einddoel")


def _mermaid_id(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", code)


#: Characters Mermaid reads as syntax inside a label, written as its entity codes
#: (``#58;``: decimal, without ``&``), in one pass so no code is escaped twice.
_MERMAID_SYNTAX: Final = re.compile(r"[#:;]")


def _mermaid_text(text: str) -> str:
    """``text`` safe inside a Mermaid label: ``Pre-scan: ask`` → ``Pre-scan#58; ask``."""
    return _MERMAID_SYNTAX.sub(lambda m: f"#{ord(m.group())};", text.replace('"', "'"))


def to_mermaid(graph: Graph) -> str:
    """Mermaid text: ``stateDiagram-v2`` for a workflow, ``flowchart LR`` for a goal chain."""
    lines: list[str] = []
    if graph.kind == "workflow":
        lines.append("stateDiagram-v2")
        for node in graph.nodes:
            lines.append(f'    state "{_mermaid_text(node.label)}" as {_mermaid_id(node.id)}')
        for node in graph.nodes:
            if node.role == "initial":
                lines.append(f"    [*] --> {_mermaid_id(node.id)}")
        for edge in graph.edges:
            label = _mermaid_text(f"{edge.label} [{edge.actor}]")
            lines.append(f"    {_mermaid_id(edge.source)} --> {_mermaid_id(edge.target)}: {label}")
        for node in graph.nodes:
            if node.role == "final":
                lines.append(f"    {_mermaid_id(node.id)} --> [*]")
        return "\n".join(lines) + "\n"
    lines.append("flowchart LR")
    for level in _LEVEL_ORDER:
        members = [n for n in graph.nodes if n.group == level]
        if not members:
            continue
        lines.append(f"    subgraph {level}")
        for node in members:
            lines.append(f'        {_mermaid_id(node.id)}["{_mermaid_text(node.label)}"]')
        lines.append("    end")
    for edge in graph.edges:
        lines.append(f"    {_mermaid_id(edge.source)} --> {_mermaid_id(edge.target)}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def to_dot(graph: Graph) -> str:
    """Graphviz DOT text (render it with ``dot -Tsvg`` if Graphviz is installed)."""
    lines = [f'digraph "{_dot_text(graph.title or graph.kind)}" {{', "    rankdir=LR;"]
    for node in graph.nodes:
        shape = {"initial": "circle", "final": "doublecircle"}.get(node.role, "box")
        lines.append(
            f'    "{_dot_text(node.id)}" [label="{_dot_text(node.label)}", shape={shape}];'
        )
    for edge in graph.edges:
        label = f"{edge.label} [{edge.actor}]" if graph.kind == "workflow" else edge.label
        lines.append(
            f'    "{_dot_text(edge.source)}" -> "{_dot_text(edge.target)}" '
            f'[label="{_dot_text(label)}"];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_table(graph: Graph) -> str:
    """A plain-text table, one row per edge (transitions or links)."""
    header = ("from", "to", "step", "actor", "details")
    rows = [header] + [
        (e.source, e.target, e.label or "—", e.actor or "—", e.detail or "—") for e in graph.edges
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    out = []
    for number, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        out.append("  ".join([*cells, row[-1]]).rstrip())
        if number == 0:
            out.append("  ".join("-" * w for w in [*widths, len(header[-1])]))
    return "\n".join(out) + "\n"


def to_json(graph: Graph) -> str:
    """The intermediate form itself, as JSON."""
    return json.dumps(
        {
            "kind": graph.kind,
            "title": graph.title,
            "nodes": [
                {"id": n.id, "label": n.label, "role": n.role, "group": n.group}
                for n in graph.nodes
            ],
            "edges": [
                {
                    "id": e.id,
                    "source": e.source,
                    "target": e.target,
                    "label": e.label,
                    "actor": e.actor,
                    "detail": e.detail,
                }
                for e in graph.edges
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


#: Each output format by name (``mermaid``, ``dot``, ``table``, ``json``) and its renderer.
RENDERERS: dict[str, Callable[[Graph], str]] = {
    "mermaid": to_mermaid,
    "dot": to_dot,
    "table": to_table,
    "graph-json": to_json,
}
