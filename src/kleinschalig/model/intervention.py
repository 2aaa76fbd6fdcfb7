"""The intervention-logic vocabulary: werkzame elementen → activities → werkdoelen →
hoofddoelen → einddoel, and the cited links between them.

Content arrives with plugins; the core gives the typed building blocks and
checks that a logic is well formed: every link points to a known node and goes up
the chain (levels may be skipped; werkdoel → werkdoel and hoofddoel → hoofddoel
links are allowed for side goals), and there are no cycles.

>>> from kleinschalig.model.sources import cite
>>> s = (cite("000:L26-33"),)
>>> logic = InterventionLogic(
...     nodes=(
...         InterventionNode("kleinschaligheid", NodeLevel.WERKZAAM_ELEMENT, "Kleinschaligheid", s),
...         InterventionNode("recidive", NodeLevel.EINDDOEL, "Recidive voorkomen", s),
...     ),
...     links=(InterventionLink("kleinschaligheid", "recidive", s),),
... )
>>> [n.code for n in logic.path_to("recidive")]
['kleinschaligheid', 'recidive']
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import attrs

from kleinschalig._fields import CODE_PATTERN, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import CODE, DESCRIPTION, LABEL, NOTE, SOURCES, described
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.sources import Source

__all__ = ["InterventionLink", "InterventionLogic", "InterventionNode", "NodeLevel"]


@labelled(
    {
        "werkzaam_element": N_("werkzaam element"),
        "activiteit": N_("activiteit"),
        "werkdoel": N_("werkdoel"),
        "hoofddoel": N_("hoofddoel"),
        "einddoel": N_("einddoel"),
    }
)
class NodeLevel(StrEnum):
    """Levels of the goal chain, lowest first."""

    WERKZAAM_ELEMENT = "werkzaam_element"
    ACTIVITEIT = "activiteit"
    WERKDOEL = "werkdoel"
    HOOFDDOEL = "hoofddoel"
    EINDDOEL = "einddoel"

    @property
    def order(self) -> int:
        return list(NodeLevel).index(self)


@described(
    N_("Element"),
    code=CODE,
    level=(N_("Niveau"), N_("Werkzaam element, activiteit, werkdoel, hoofddoel of einddoel.")),
    label=LABEL,
    sources=SOURCES,
    description=DESCRIPTION,
)
@attrs.frozen(slots=True)
class InterventionNode:
    """One element of an intervention logic; ``label`` is a Dutch msgid."""

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    level: NodeLevel
    label: str = attrs.field(**spec(non_empty=True))
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    description: str = ""


@described(
    N_("Koppeling"),
    source=(N_("Van"), N_("De code van het element dat bijdraagt.")),
    target=(N_("Naar"), N_("De code van het element waaraan het bijdraagt.")),
    sources=SOURCES,
    note=NOTE,
)
@attrs.frozen(slots=True)
class InterventionLink:
    """``source`` contributes to ``target`` (a lower level to a higher one)."""

    source: str = attrs.field(**spec(pattern=CODE_PATTERN))
    target: str = attrs.field(**spec(pattern=CODE_PATTERN))
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    note: str = ""


def _links_valid(inst: InterventionLogic, _a: Any, links: tuple[InterventionLink, ...]) -> None:
    levels = {n.code: n.level for n in inst.nodes}
    for index, link in enumerate(links):
        for end in ("source", "target"):
            if getattr(link, end) not in levels:
                raise InvalidValue(
                    "reference.unknown", ("links", index, end), code=getattr(link, end), kind="node"
                )
        if levels[link.source].order >= levels[link.target].order and not (
            levels[link.source] is levels[link.target]
            and levels[link.source] in (NodeLevel.WERKDOEL, NodeLevel.HOOFDDOEL)
        ):
            raise InvalidValue(
                "graph.direction", ("links", index), source=link.source, target=link.target
            )
    graph: dict[str, list[str]] = {}
    for link in links:
        graph.setdefault(link.source, []).append(link.target)
    state: dict[str, int] = {}

    def visit(code: str) -> None:
        state[code] = 1
        for nxt in graph.get(code, ()):
            if state.get(nxt) == 1:
                raise InvalidValue("graph.cycle", "links")
            if nxt not in state:
                visit(nxt)
        state[code] = 2

    for code in list(graph):
        if code not in state:
            visit(code)


@described(
    N_("Interventielogica"),
    nodes=(N_("Elementen"), N_("De elementen van de doelketen.")),
    links=(N_("Koppelingen"), N_("De koppelingen van een lager naar een hoger element.")),
)
@attrs.frozen(slots=True)
class InterventionLogic:
    """A facility's goal chain as a directed acyclic graph of cited nodes and links."""

    nodes: tuple[InterventionNode, ...] = attrs.field(
        **spec(validator=unique_by(lambda n: n.code, "node"))
    )
    links: tuple[InterventionLink, ...] = attrs.field(default=(), **spec(validator=_links_valid))

    def node(self, code: str) -> InterventionNode:
        for n in self.nodes:
            if n.code == code:
                return n
        raise KeyError(code)

    def at_level(self, level: NodeLevel) -> tuple[InterventionNode, ...]:
        return tuple(n for n in self.nodes if n.level is level)

    def path_to(self, target: str) -> list[InterventionNode]:
        """One chain of nodes from a lowest-level node up to ``target`` (for explanations)."""
        into: dict[str, list[str]] = {}
        for link in self.links:
            into.setdefault(link.target, []).append(link.source)
        chain = [target]
        while into.get(chain[0]):
            chain.insert(0, sorted(into[chain[0]])[0])
        return [self.node(c) for c in chain]
