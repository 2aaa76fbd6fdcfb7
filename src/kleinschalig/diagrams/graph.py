"""The intermediate form of every diagram: nodes, edges and their labels, in one language."""

from __future__ import annotations

from typing import Literal

import attrs

from kleinschalig.i18n import N_, translate
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.workflows import WorkflowVersion

__all__ = ["Edge", "Graph", "Node", "intervention_graph", "workflow_graph"]


@attrs.frozen(slots=True)
class Node:
    id: str
    label: str
    role: Literal["initial", "final", "state", "level"] = "state"
    group: str = ""


@attrs.frozen(slots=True)
class Edge:
    id: str
    source: str
    target: str
    label: str
    actor: str = ""
    detail: str = ""


@attrs.frozen(slots=True)
class Graph:
    """A directed graph with labels already translated; ``kind`` picks the diagram style."""

    kind: Literal["workflow", "intervention"]
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def workflow_graph(version: WorkflowVersion, lang: str = "nl", title: str = "") -> Graph:
    """The states and transitions of one workflow version.

    An edge's ``actor`` is the partner-role code, or "?" where the sources name
    nobody; ``detail`` lists guard, timing, documents, consent and flows in short.
    """

    def role(initial: bool, final: bool) -> Literal["initial", "final", "state"]:
        return "initial" if initial else "final" if final else "state"

    nodes = tuple(
        Node(s.code, translate(s.label, lang), role(s.initial, s.final)) for s in version.states
    )
    edges = []
    for t in version.transitions:
        details = []
        if t.guard is not None:
            details.append(translate(N_("voorwaarde"), lang) + f": {t.guard.op}")
        if t.timing is not None:
            bounds = "–".join(str(b) for b in (t.timing.minimum, t.timing.maximum) if b is not None)
            details.append(f"{bounds} {t.timing.relation} {t.timing.anchor}".strip())
        if t.documents:
            details.append(translate(N_("documenten"), lang) + ": " + ", ".join(t.documents))
        if t.consent:
            details.append(translate(N_("toestemming"), lang) + ": " + ", ".join(t.consent))
        for flow in t.informs:
            details.append(f"→ {flow.recipient}: {flow.content.value} ({flow.legal_basis})")
        if t.feedback:
            details.append(translate(N_("terugkoppeling aan verwijzers en adviseurs"), lang))
        edges.append(
            Edge(
                t.id,
                t.source,
                t.target,
                translate(t.label, lang),
                t.actor or "?",
                "; ".join(details),
            )
        )
    return Graph("workflow", title, nodes, tuple(edges))


def intervention_graph(logic: InterventionLogic, lang: str = "nl", title: str = "") -> Graph:
    """The goal chain: werkzame elementen → activiteiten → werkdoelen → hoofddoelen → einddoel."""
    nodes = tuple(
        Node(n.code, translate(n.label, lang), "level", n.level.value) for n in logic.nodes
    )
    edges = tuple(
        Edge(f"{link.source}->{link.target}", link.source, link.target, "") for link in logic.links
    )
    return Graph("intervention", title, nodes, edges)
