"""What each partner role receives, and the view of a case a role may see.

Data minimisation by construction: a role sees only what the information flows
of the steps taken so far send to it, and a flow whose legal basis is
``consent`` happens only when the person's consent for that role is in force on
the day. A pre-scan partner (content ``objection_only``) receives nothing of
the case; a role that receives ``decision`` sees the decisions, not the
reasons; ``dates`` gives the begin and end dates of the stay.

Special-category data (health, GDPR art. 9) never reaches a partner through a
view. A flow cannot list a special-category field (registration refuses it); a
flow that lists a record holding some (``basisvoorwaarden``, whose measurements
hold ``care_need``) discloses the record without them, and a declared fact found
special category only once the catalogue is complete is left out. Sensitive
fields (birth date, notes) never reach a partner either.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from kleinschalig._fields import NESTED, data_class_of
from kleinschalig.catalogue import Catalogue
from kleinschalig.codec.converter import unstructure
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.fact_definitions import Sensitivity, is_declared_path
from kleinschalig.model.facts import (
    MISSING,
    data_class,
    fact_is_sensitive,
    read_fact,
    records_in,
)
from kleinschalig.model.workflows import Content
from kleinschalig.workflows.replay import replay_all

__all__ = ["DATE_FIELDS", "Disclosure", "allowed_fields", "disclosures", "view_for"]

#: The case fields a ``dates`` flow discloses.
DATE_FIELDS: tuple[str, ...] = ("placement.inflow_date", "placement.outflow_date")


@attrs.frozen(slots=True)
class Disclosure:
    """One information flow that a step taken made due: to whom, what, and whether it may happen."""

    workflow: str
    transition: str
    date: dt.date
    recipient: str
    content: Content
    fields: tuple[str, ...]
    legal_basis: str
    withheld: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "workflow": self.workflow,
            "transition": self.transition,
            "date": self.date.isoformat(),
            "recipient": self.recipient,
            "content": self.content.value,
            "fields": list(self.fields),
            "legal_basis": self.legal_basis,
            "withheld": self.withheld,
        }


def disclosures(
    case: CaseRecord, catalogue: Catalogue, on: dt.date | None = None
) -> list[Disclosure]:
    """Every information flow of the steps taken up to ``on`` (all steps when ``None``).

    ``withheld`` is true when the flow's legal basis is consent and no consent
    for the recipient was in force on the day the step was taken.
    """
    found: list[Disclosure] = []
    for progress in replay_all(case, catalogue).values():
        for step in progress.steps:
            if on is not None and step.event.date > on:
                continue
            for flow in step.transition.informs:
                withheld = flow.legal_basis == "consent" and not any(
                    c.partner == flow.recipient and c.valid_on(step.event.date)
                    for c in case.consents
                )
                fields = DATE_FIELDS if flow.content is Content.DATES else flow.fields
                found.append(
                    Disclosure(
                        progress.workflow.code,
                        step.transition.id,
                        step.event.date,
                        flow.recipient,
                        flow.content,
                        fields,
                        flow.legal_basis,
                        withheld,
                    )
                )
    return found


def allowed_fields(
    case: CaseRecord, role: str, catalogue: Catalogue, on: dt.date | None = None
) -> set[str]:
    """The case fields ``role`` may see on ``on`` (default: today).

    Fields sent to it by flows not withheld; for a flow on the basis of consent,
    the consent must still be in force on ``on`` — a withdrawn consent ends
    what the partner may see.
    """
    return _allowed(case, role, disclosures(case, catalogue, on), on, catalogue)


def _allowed(
    case: CaseRecord,
    role: str,
    found: list[Disclosure],
    on: dt.date | None,
    catalogue: Catalogue,
) -> set[str]:
    day = on or dt.date.today()
    consented = any(c.partner == role and c.valid_on(day) for c in case.consents)
    return {
        path
        for d in found
        if d.recipient == role and not d.withheld and (d.legal_basis != "consent" or consented)
        for path in d.fields
        if not fact_is_sensitive(path) and not _special_leaf(path, catalogue)
    }


def _special_leaf(path: str, catalogue: Catalogue) -> bool:
    """``path`` is special-category data itself, not a record holding some."""
    if data_class(path, catalogue) is not Sensitivity.SPECIAL_CATEGORY:
        return False
    return _record_type(path) is None


def _record_type(path: str) -> Any:
    """The record (attrs class) ``path`` names, or None for a value that is no record."""
    current: Any = CaseRecord
    for part in path.split("."):
        attrs.resolve_types(current)
        field = next((f for f in attrs.fields(current) if f.name == part), None)
        if field is None or data_class_of(field) != NESTED:
            return None
        current = next(iter(records_in(field.type)), None)
        if current is None:
            return None
    return current


def _without_special(value: Any, data: Any) -> Any:
    """``data`` (``value`` unstructured) without its special-category fields."""
    if isinstance(value, (tuple, list)) and isinstance(data, list):
        return [_without_special(v, d) for v, d in zip(value, data, strict=True)]
    if not attrs.has(type(value)) or not isinstance(data, dict):
        return data
    kept = dict(data)
    for field in attrs.fields(type(value)):
        if field.name not in kept:
            continue
        found = data_class_of(field)
        if found == NESTED:
            kept[field.name] = _without_special(getattr(value, field.name), kept[field.name])
        elif found is None or found is Sensitivity.SPECIAL_CATEGORY:
            del kept[field.name]
    return kept


def _put(target: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


def view_for(
    case: CaseRecord, role: str, catalogue: Catalogue, on: dt.date | None = None
) -> dict[str, Any]:
    """The JSON-ready view of ``case`` for partner role ``role``.

    It holds the pseudonymous ids, the fields the role was sent (nothing else,
    and never a sensitive field), and the decisions it must be told about. The
    values are the record's current ones: a view shows what the role may see
    now, not a copy of what was sent on the day.
    """
    view: dict[str, Any] = {"subject_id": case.subject_id, "case_id": case.case_id}
    found = disclosures(case, catalogue, on)  # replays the log once
    for path in sorted(_allowed(case, role, found, on, catalogue)):
        value = read_fact(case, path)
        if value is MISSING:
            continue
        if path in DATE_FIELDS and on is not None and value > on:
            continue  # not yet happened on the view date
        if is_declared_path(path):  # under "facts", by id, as in the record
            view.setdefault("facts", {})[path] = unstructure(value)
            continue
        data = unstructure(value)
        if data_class(path, catalogue) is Sensitivity.SPECIAL_CATEGORY:
            data = _without_special(value, data)
        _put(view, path, data)
    decisions = sorted(
        {
            (d.workflow, d.transition, d.date.isoformat())
            for d in found
            if d.recipient == role and d.content is Content.DECISION and not d.withheld
        }
    )
    if decisions:
        view["decisions"] = [
            {"workflow": w, "transition": t, "date": date} for w, t, date in decisions
        ]
    return view
