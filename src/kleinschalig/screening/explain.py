"""A decision as readable text, in Dutch or English."""

from __future__ import annotations

from kleinschalig._labels import label_of
from kleinschalig.i18n import N_, format_date, translate
from kleinschalig.screening.decide import Decision
from kleinschalig.screening.redact import MARKERS, marker, redact_decision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = ["explain"]


def explain(
    decision: Decision,
    lang: str = "nl",
    facility_name: str | None = None,
    *,
    catalogue: Catalogue | None = None,
    redact: bool = False,
) -> str:
    """The trace of ``decision``: every criterion, its version and source, what it read.

    Each special-category or identifying input is marked (``[bijzonder
    persoonsgegeven]``, ``[identificerend gegeven]``); with ``redact`` its value is
    replaced by that marker. ``catalogue`` gives the data classes of declared facts;
    without it they count as special category.
    """
    if redact:
        decision = redact_decision(decision, catalogue)
    placeholders = set(MARKERS.values())

    def t(msgid: str, **params: str) -> str:
        return translate(msgid, lang).format(**params)

    name = facility_name or decision.facility
    lines = [
        t(
            N_("{facility} op {date}: {outcome}"),
            facility=name,
            date=format_date(decision.reference_date, lang),
            outcome=translate(label_of(decision.outcome), lang),
        ),
    ]
    if decision.blocking:
        lines.append(t(N_("Blokkerend: {ids}"), ids=", ".join(decision.blocking)))
    if decision.missing_inputs:
        lines.append(
            t(N_("Ontbrekende gegevens: {inputs}"), inputs=", ".join(decision.missing_inputs))
        )
    if decision.risk_factors:
        lines.append(t(N_("Risicofactoren: {ids}"), ids=", ".join(decision.risk_factors)))
    if decision.protective_factors:
        lines.append(
            t(N_("Beschermende factoren: {ids}"), ids=", ".join(decision.protective_factors))
        )
    if decision.granted:
        lines.append(
            t(
                N_("Met toestemming van de eigenaar: {criteria}"),
                criteria="; ".join(decision.granted),
            )
        )
    granted = {entry.split(" ", 1)[0] for entry in decision.granted}
    for result in decision.criteria:
        version = (
            t(N_("versie vanaf {date}"), date=format_date(result.version_from, lang))
            if result.version_from
            else t(N_("enige versie"))
        )
        lines.append(
            f"- {result.criterion} ({translate(label_of(result.kind), lang)}, {version}): "
            f"{translate(label_of(result.outcome), lang)}"
        )
        lines.append(f"    {translate(result.label, lang)}")
        lines.append(f"    {translate(result.reason, lang)}")
        for value in result.inputs:
            found = marker(value.path, catalogue)
            if value.value in placeholders:
                shown = translate(value.value, lang)
            elif found is not None:
                shown = f"{value.value} {translate(found, lang)}"
            else:
                shown = value.value
            lines.append(f"    {value.path} = {shown}")
        if result.missing:
            lines.append("    " + t(N_("ontbreekt: {inputs}"), inputs=", ".join(result.missing)))
        lines.append(
            "    " + t(N_("bron: {sources}"), sources=", ".join(s.citation for s in result.sources))
        )
        if result.criterion in granted:
            lines.append("    " + t(N_("geldt hier met toestemming van de eigenaar")))
        if result.overridden is not None:
            lines.append(
                "    "
                + t(
                    N_("afwijking: {code} door {by}"),
                    code=result.overridden.reason_code,
                    by=result.overridden.by,
                )
            )
    lines.append(t(N_("Kenmerk: {digest}"), digest=decision.digest[:16]))
    return "\n".join(lines)
