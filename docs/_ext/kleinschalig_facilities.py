"""``.. kleinschalig-facility:: CODE``: a facility page generated from its plugin's data.

It shows the facility (operator, security, target group, operating period and
capacity with their recorded choices), every placement criterion with all its
versions and sources, the workflows that apply to it (diagrams and tables)
and its intervention logic, so the page cannot drift from the data.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from kleinschalig_diagrams import _catalogue, _host, workflow_lines
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

from kleinschalig.plugins.markers import PROJECT

logger = logging.getLogger(__name__)


def _warn(text: str) -> str:
    return text if text.startswith("⚠") else f"⚠ {text}"


def _cites(sources: Any) -> str:
    return ", ".join(f"``{s.citation}``" for s in sources) or "—"


def _text(value: str) -> str:
    return value.replace("*", "\\*").replace("|", "\\|").replace("`", "'")


def fact_lines(definitions: Any) -> list[str]:
    """A list-table of declared facts: id, type, moments, sensitivity, source."""
    from kleinschalig.i18n import translate
    from kleinschalig.model import label_of

    def t(msgid: str) -> str:
        return _text(translate(msgid, "en")) if msgid else ""

    if not definitions:
        return ["No facts are declared.", ""]
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 26 26 16 12 20",
        "",
        "   * - Fact",
        "     - Type",
        "     - Recorded",
        "     - Sensitivity",
        "     - Source",
    ]
    for d in definitions:
        kind = t(label_of(d.type))
        if d.choices:
            kind += ": " + ", ".join(f"``{c.code}`` ({t(c.label)})" for c in d.choices)
        if d.unit:
            kind += f" ({_text(d.unit)})"
        if d.derived:
            recorded = "derived"
        elif d.moments:
            recorded = "at " + ", ".join(m.value.upper() for m in d.moments)
        elif d.per_facility:
            recorded = "per facility"
        else:
            recorded = "once"
        if d.valid_from or d.valid_until:
            recorded += f"; {d.valid_from or '…'} – {d.valid_until or '…'}"
        lines += [
            f"   * - ``{d.id}``: {t(d.label)}",
            f"     - {kind}",
            f"     - {recorded}",
            f"     - {t(label_of(d.sensitivity))}",
            f"     - {_cites(d.sources)}",
        ]
    return [*lines, ""]


class FactsDirective(SphinxDirective):
    """``.. kleinschalig-facts::`` with ``:owner: PLUGIN``: the facts a plugin declares."""

    has_content = False
    option_spec = {"owner": lambda argument: argument.strip()}  # noqa: RUF012

    def run(self) -> list[nodes.Node]:
        catalogue = _catalogue()
        owner = self.options.get("owner", "kleinschalig")
        definitions = [d for d in catalogue.facts if catalogue.facts.owner(d.id) == owner]
        container = nodes.section()
        container.document = self.state.document
        content = StringList(fact_lines(definitions), source=self.get_source_info()[0])
        nested_parse_with_titles(self.state, content, container)
        return container.children


def note_plugin_files(directive: SphinxDirective, owner: str) -> None:
    """Make the page depend on the files the plugin ``owner`` is made of (its YAML data or
    its Python modules), so an incremental build reads the page again when they change."""
    import importlib.util
    from pathlib import Path

    info = next((p for p in _host().plugins if p.name == owner), None)
    if info is None:
        return
    module = info.location.split(" (", 1)[0]
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return
    if spec is None or spec.origin is None:
        return
    folder = Path(spec.origin).parent
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.py")]):
        directive.env.note_dependency(str(path))


class FacilityDirective(SphinxDirective):
    has_content = False
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from kleinschalig.i18n import translate
        from kleinschalig.model import label_of

        def t(msgid: str) -> str:
            return _text(translate(msgid, "en")) if msgid else ""

        catalogue = _catalogue()
        code = self.arguments[0]
        if code not in catalogue.facilities:
            logger.warning("no facility %r is registered", code, location=self.get_location())
            return []
        f = catalogue.facility(code)
        note_plugin_files(self, catalogue.facilities.owner(code))
        op = f.operating
        lines = [
            f"*Registered by the plugin* ``{catalogue.facilities.owner(code)}``.",
            "",
            f":Kind: {t(label_of(f.kind))}",
            f":Security: ``{f.security.value}``",
            f":Location: {_text(f.location.municipality)}"
            + (f" ({_text(f.location.region)})" if f.location.region else ""),
            f":Operator: {_text(f.operator)}",
            f":Target group: {t(f.target_group.description)} — {_cites(f.target_group.sources)}",
            f":Accepted titles: {', '.join(f'``{c}``' for c in f.accepted_titles) or '—'}",
            f":Operating: {t(label_of(op.status))}; opened "
            f"{op.opened_on or '—'}, closed {op.closed_on or '—'}"
            + (f", known open on {op.known_open_on}" if op.known_open_on else "")
            + (
                f", attested open up to and including {op.attested_until}; after it, whether "
                "it is open is **unknown** (screening: ``core.facility-open`` unknown)"
                if op.attested_until
                else ""
            )
            + f" — {_cites(op.sources)}",
            f":Sources: {_cites(f.sources)}",
            "",
        ]
        if op.note:
            lines += [_warn(t(op.note)), ""]
        lines += ["Capacity", "--------", ""]
        for entry in f.capacity:
            pools = "; ".join(
                f"{p.regime}: {p.places}" + (f"–{p.places_max}" if p.places_max else "")
                for p in entry.pools
            )
            span = f"{entry.valid_from} – {entry.valid_until or '…'}"
            temp = " (temporary)" if entry.temporary else ""
            lines += [f"* {span}{temp}: {pools} — {_cites(entry.sources)}"]
            if entry.reason:
                lines += ["", "  " + _warn(t(entry.reason)), ""]
        lines += ["", "Placement criteria", "------------------", ""]
        criteria = [c for c in catalogue.criteria if c.scope.covers(code, f.kind)]
        if not criteria:
            lines += ["No criteria are registered for this facility.", ""]
        for c in criteria:
            lines += [f"``{c.id}`` — {t(c.label)} (*{t(label_of(c.kind))}*)", ""]
            if c.description:
                lines += [f"   {t(c.description)}", ""]
            for v in c.versions:
                span = f"{v.valid_from or '…'} – {v.valid_until or '…'}"
                rule = f"``{v.rule.op}``" if v.rule is not None else "judged by a professional"
                lines += [f"   * {span}: {rule} — {_cites(v.sources)}"]
                if v.note:
                    lines += ["", "     " + _warn(t(v.note)), ""]
            lines += [""]
        lines += ["Declared facts", "--------------", ""]
        lines += [
            "What this facility's plugin lets a case record carry beyond the core fields "
            "(see :doc:`../plugins/facts`):",
            "",
        ]
        lines += fact_lines(catalogue.facts_for(code))
        lines += ["Workflows", "---------", ""]
        lines += workflow_lines(catalogue.workflows_for(code), "en", heading_level="~")
        lines += ["Intervention logic", "------------------", ""]
        if code in catalogue.intervention_logics:
            lines += [f".. kleinschalig-intervention-logic:: {code}", ""]
            logic = catalogue.intervention_logic(code)
            for node in logic.nodes:
                lines += [
                    f"* *{t(label_of(node.level))}* ``{node.code}``: {t(node.label)} — "
                    f"{_cites(node.sources)}"
                ]
            lines += [""]
        else:
            lines += ["No intervention logic is registered for this facility.", ""]
        lines += ["Indicators", "----------", ""]
        applying = catalogue.indicators_for(code)
        common = [i for i in applying if catalogue.indicators.owner(i.id) == PROJECT]
        own = [i for i in applying if catalogue.indicators.owner(i.id) != PROJECT]
        if common:
            lines += [
                f"The {len(common)} indicators common to the KVs (``core.*``, see "
                ":doc:`../guide/indicators`) apply, and the facility's own:",
                "",
            ]
        else:
            lines += [
                "The indicators common to the KVs (``core.*``, see :doc:`../guide/indicators`) "
                "do not apply to this kind of facility; its own:",
                "",
            ]
        if not own:
            lines += ["No facility-specific indicators are registered.", ""]
        for item in own:
            how = (
                f"``{item.measure.kind}``"
                if item.measure.kind != "observation"
                else f"observation ({item.measure.method})"  # type: ignore[union-attr]
            )
            lines += [
                f"* ``{item.id}`` — {t(item.label)} (*{t(label_of(item.level))}*, "
                f"{t(label_of(item.moment))}; {how}) — {_cites(item.sources)}"
            ]
        lines += [""]
        container = nodes.section()
        container.document = self.state.document
        content = StringList(lines, source=self.get_source_info()[0])
        nested_parse_with_titles(self.state, content, container)
        return container.children


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("kleinschalig-facility", FacilityDirective)
    app.add_directive("kleinschalig-facts", FactsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
