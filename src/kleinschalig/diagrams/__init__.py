"""Diagrams generated from the model, never drawn by hand.

The model is turned into an intermediate form, a :class:`Graph` of labelled
nodes and edges (``kleinschalig.diagrams.graph``); renderers beside it turn
a graph into Mermaid or Graphviz DOT text, or a table. Nothing in the model or
the engines imports a renderer.

>>> from kleinschalig.national.workflows import KVJJ_PLACEMENT
>>> graph = workflow_graph(KVJJ_PLACEMENT.versions[0], lang="en")
>>> print(to_mermaid(graph).splitlines()[0])
stateDiagram-v2
"""

from kleinschalig.diagrams.graph import Edge, Graph, Node, intervention_graph, workflow_graph
from kleinschalig.diagrams.render import RENDERERS, to_dot, to_mermaid, to_table

__all__ = [
    "RENDERERS",
    "Edge",
    "Graph",
    "Node",
    "intervention_graph",
    "to_dot",
    "to_mermaid",
    "to_table",
    "workflow_graph",
]
