"""Redaction: special-category and identifying values taken out of traces and receipts.

Every field has a data class (:func:`~kleinschalig.model.facts.data_class`). The
professional's trace shows every value the criteria read, each special-category or
identifying one marked; a trace or receipt meant for an audit log or another reader
can be redacted:

- :func:`redact_decision` replaces such input values in a decision's trace by
  :data:`REDACTED_SPECIAL` or :data:`REDACTED_IDENTIFYING` (Dutch msgids, translated by
  :func:`~kleinschalig.screening.explain`); outcome, reasons and digests are kept.
- :func:`redact_receipt` does the same to a receipt's JSON form and to its input case,
  writing ``{"redacted": "special_category"}`` (or ``"identifying"``) in place of each
  value. The result says ``"redacted": true`` and lists the JSON Pointers it replaced in
  ``redacted_paths``; its digests stay those of the sealed original, which is kept as
  the decision file. :func:`~kleinschalig.screening.verify_receipt` then compares only
  the parts that were not redacted and notes ``receipt.redacted``: the decision cannot
  be derived again from a redacted case.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final, TypeGuard

import attrs

from kleinschalig.errors import ErrorDetail, join_pointer
from kleinschalig.i18n import N_
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.facts import data_class
from kleinschalig.screening.decide import Decision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = [
    "REDACTED_IDENTIFYING",
    "REDACTED_SPECIAL",
    "check_redacted",
    "is_redacted",
    "marker",
    "redact_decision",
    "redact_receipt",
]

#: What a redacted special-category value reads as (msgid; English "[special category]").
REDACTED_SPECIAL: Final = N_("[bijzonder persoonsgegeven]")
#: What a redacted identifying value reads as (msgid; English "[identifying]").
REDACTED_IDENTIFYING: Final = N_("[identificerend gegeven]")
#: The placeholder (and the marker ``explain`` puts after a shown value) per data class.
MARKERS: Final = {
    Sensitivity.SPECIAL_CATEGORY: REDACTED_SPECIAL,
    Sensitivity.IDENTIFYING: REDACTED_IDENTIFYING,
}
_EXTRA: Final = ("redacted", "redacted_paths")


def marker(path: str, catalogue: Catalogue | None = None) -> str | None:
    """The placeholder for the value at ``path`` (a msgid), ``None`` for an ordinary one."""
    return MARKERS.get(data_class(path, catalogue))


def redact_decision(decision: Decision, catalogue: Catalogue | None = None) -> Decision:
    """``decision`` with every special-category and identifying input value replaced.

    Without ``catalogue`` declared facts count as special category (the safe side).
    The digests are those of the decision as made: a redacted trace can be matched to
    its receipt, not re-derived.
    """
    criteria = []
    for result in decision.criteria:
        inputs = tuple(
            attrs.evolve(value, value=placeholder)
            if (placeholder := marker(value.path, catalogue)) is not None
            else value
            for value in result.inputs
        )
        criteria.append(attrs.evolve(result, inputs=inputs))
    return attrs.evolve(decision, criteria=tuple(criteria))


def _redact_case(value: Any, path: str, pointer: str, catalogue: Any, out: list[str]) -> Any:
    if path == "facts" and isinstance(value, Mapping):
        facts = {}
        for fact, item in value.items():
            found = data_class(str(fact), catalogue)
            if found is Sensitivity.ORDINARY:
                facts[fact] = item
            else:
                facts[fact] = {"redacted": found.value}
                out.append(pointer + join_pointer(str(fact)))
        return facts
    if path:
        found = data_class(path, catalogue)
        if found is Sensitivity.ORDINARY:
            return value
        if not isinstance(value, (Mapping, list)) or path == "facts":
            out.append(pointer)
            return {"redacted": found.value}
    if isinstance(value, Mapping):
        return {
            k: _redact_case(
                v, f"{path}.{k}" if path else str(k), pointer + join_pointer(k), catalogue, out
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [
            _redact_case(v, path, pointer + join_pointer(i), catalogue, out)
            for i, v in enumerate(value)
        ]
    return value


def redact_receipt(data: Mapping[str, Any], catalogue: Catalogue | None = None) -> dict[str, Any]:
    """A receipt's JSON form for an audit log: special-category and identifying values
    replaced, marked ``"redacted": true``, the original's digests kept.

    The case's fields and the trace's input values are redacted by their data class;
    without ``catalogue`` every declared fact counts as special category.
    """
    out = copy.deepcopy(dict(data))
    paths: list[str] = []
    if isinstance(out.get("case"), Mapping):
        out["case"] = _redact_case(out["case"], "", "/case", catalogue, paths)
    decision = out.get("decision")
    criteria = decision.get("criteria") if isinstance(decision, Mapping) else None
    for i, result in enumerate(criteria if isinstance(criteria, list) else ()):
        for j, item in enumerate(result.get("inputs", ()) if isinstance(result, dict) else ()):
            if not isinstance(item, dict):
                continue
            found = data_class(str(item.get("path", "")), catalogue)
            if found is not Sensitivity.ORDINARY:
                item["value"] = {"redacted": found.value}
                paths.append(join_pointer("decision", "criteria", i, "inputs", j, "value"))
    out["redacted"] = True
    out["redacted_paths"] = paths
    return out


def is_redacted(data: Any) -> TypeGuard[Mapping[str, Any]]:
    """Whether ``data`` is the JSON form of a redacted receipt."""
    return isinstance(data, Mapping) and data.get("redacted") is True


def check_redacted(
    data: Mapping[str, Any],
) -> tuple[tuple[ErrorDetail, ...], tuple[ErrorDetail, ...]]:
    """Findings and notes for a redacted receipt: each part the redaction left alone is
    compared with its recorded digest; the rest cannot be checked (``receipt.redacted``)."""
    from kleinschalig.screening.receipt import part_digests

    redacted = [str(p) for p in data.get("redacted_paths", ()) if isinstance(p, str)]

    def touched(part: str) -> bool:
        return any(p == part or p.startswith(part + "/") for p in redacted)

    kept = {k: v for k, v in data.items() if k not in _EXTRA}
    actual = {p: d for p, d in part_digests(kept).items() if not touched(p)}
    recorded: dict[str, str] = {}
    for item in data.get("parts", ()):
        if isinstance(item, Mapping) and not touched(str(item.get("path"))):
            recorded[str(item.get("path"))] = str(item.get("digest"))
    findings: list[ErrorDetail] = []
    for path, digest in actual.items():
        if path not in recorded:
            findings.append(ErrorDetail("receipt.part_added", path))
        elif recorded.pop(path) != digest:
            findings.append(ErrorDetail("receipt.part_changed", path))
    findings += [ErrorDetail("receipt.part_removed", path) for path in recorded]
    return tuple(findings), (ErrorDetail("receipt.redacted", "/redacted"),)
