"""A decision as JSON-ready data in one language, with its published JSON Schema.

:func:`~kleinschalig.dump_json` writes a decision as the library stores it: codes,
and labels and reasons as their Dutch msgids, so that a digest never depends on a
language. A front end wants the same decision for a reader: every label, reason and
source explanation in the reader's language, every coded value both as its code (to
switch on) and as its label (to show). :func:`decision_to_dict` gives that form, and
:data:`DECISION_SCHEMA` describes it (the tests check every output against it).

>>> from kleinschalig.screening.localized import DECISION_SCHEMA
>>> DECISION_SCHEMA["$id"]
'https://kleinschalig.nl/schemas/decision.localized/1'
"""

from __future__ import annotations

from typing import Any, Final

from kleinschalig._labels import label_of
from kleinschalig.i18n import normalize_language, translate
from kleinschalig.model.fact_definitions import Sensitivity
from kleinschalig.model.facts import data_class
from kleinschalig.model.sources import LegalSource, Source
from kleinschalig.screening.redact import MARKERS, redact_decision
from kleinschalig.screening.results import CriterionResult, Decision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from enum import Enum

    from kleinschalig.catalogue import Catalogue

__all__ = ["DECISION_SCHEMA", "LOCALIZED_FORMAT", "decision_to_dict"]

#: The ``format`` of :func:`decision_to_dict`'s output.
LOCALIZED_FORMAT: Final = "kleinschalig.decision.localized/1"


def decision_to_dict(
    decision: Decision,
    lang: str = "nl",
    *,
    catalogue: Catalogue | None = None,
    redact: bool = False,
) -> dict[str, Any]:
    """``decision`` for a reader in ``lang`` (a tag Babel understands: ``en-US`` is English).

    With ``catalogue`` the facility's name is added and declared facts get their data
    class; without it a declared fact counts as special category. With ``redact``,
    special-category and identifying input values are replaced by their placeholder,
    as in :func:`~kleinschalig.screening.redact_decision`.
    """
    lang = normalize_language(lang)
    if redact:
        decision = redact_decision(decision, catalogue)
    name = None
    if catalogue is not None and decision.facility in catalogue.facilities:
        name = catalogue.facility(decision.facility).name
    return {
        "format": LOCALIZED_FORMAT,
        "lang": lang,
        "facility": decision.facility,
        "facility_name": name,
        "reference_date": decision.reference_date.isoformat(),
        "outcome": _coded(decision.outcome, lang),
        "blocking": list(decision.blocking),
        "missing_inputs": list(decision.missing_inputs),
        "risk_factors": list(decision.risk_factors),
        "protective_factors": list(decision.protective_factors),
        "to_assess": list(decision.to_assess),
        "not_applicable": list(decision.not_applicable),
        "granted": list(decision.granted),
        "criteria": [_criterion(r, lang, catalogue) for r in decision.criteria],
        "overrides": [_override(o) for o in decision.overrides],
        "ruleset_digest": decision.ruleset_digest,
        "digest": decision.digest,
    }


def _coded(value: Enum, lang: str) -> dict[str, str]:
    return {"code": str(value.value), "label": translate(label_of(value), lang)}


def _criterion(result: CriterionResult, lang: str, catalogue: Catalogue | None) -> dict[str, Any]:
    placeholders = set(MARKERS.values())
    inputs = []
    for value in result.inputs:
        sensitivity = data_class(value.path, catalogue)
        shown = translate(value.value, lang) if value.value in placeholders else value.value
        inputs.append(
            {
                "path": value.path,
                "value": shown,
                "data_class": sensitivity.value,
                "redacted": value.value in placeholders,
            }
        )
    return {
        "criterion": result.criterion,
        "label": translate(result.label, lang),
        "kind": _coded(result.kind, lang),
        "outcome": _coded(result.outcome, lang),
        "reason": translate(result.reason, lang),
        "version_from": result.version_from.isoformat() if result.version_from else None,
        "inputs": inputs,
        "missing": list(result.missing),
        "problems": [translate(p, lang) for p in result.problems],
        "sources": [_source(s, lang) for s in result.sources],
        "overridden": _override(result.overridden) if result.overridden else None,
    }


def _source(source: Source, lang: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "kind": source.kind,
        "citation": source.citation,
        "explanation": translate(source.explanation, lang) if source.explanation else "",
    }
    if isinstance(source, LegalSource):
        found["url"] = source.url
    return found


def _override(override: Any) -> dict[str, str]:
    # ``text`` is free text and sensitive: it is never part of an output for a reader.
    return {
        "criterion": override.criterion,
        "reason_code": override.reason_code,
        "by": override.by,
        "on": override.on.isoformat(),
    }


_CODED: Final = {
    "type": "object",
    "required": ["code", "label"],
    "properties": {"code": {"type": "string"}, "label": {"type": "string"}},
    "additionalProperties": False,
}
_DATE: Final = {"type": "string", "format": "date"}
_CODES: Final = {"type": "array", "items": {"type": "string"}}
_OVERRIDE: Final = {
    "type": "object",
    "required": ["criterion", "reason_code", "by", "on"],
    "properties": {
        "criterion": {"type": "string"},
        "reason_code": {"type": "string"},
        "by": {"type": "string"},
        "on": _DATE,
    },
    "additionalProperties": False,
}

#: The JSON Schema (draft 2020-12) of :func:`decision_to_dict`'s output.
DECISION_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kleinschalig.nl/schemas/decision.localized/1",
    "title": "LocalizedDecision",
    "description": "A screening decision for one facility, every label in one language.",
    "type": "object",
    "required": [
        "format",
        "lang",
        "facility",
        "facility_name",
        "reference_date",
        "outcome",
        "blocking",
        "missing_inputs",
        "risk_factors",
        "protective_factors",
        "to_assess",
        "not_applicable",
        "granted",
        "criteria",
        "overrides",
        "ruleset_digest",
        "digest",
    ],
    "properties": {
        "format": {"const": LOCALIZED_FORMAT},
        "lang": {"enum": ["nl", "en"]},
        "facility": {"type": "string"},
        "facility_name": {"type": ["string", "null"]},
        "reference_date": _DATE,
        "outcome": _CODED,
        "blocking": _CODES,
        "missing_inputs": _CODES,
        "risk_factors": _CODES,
        "protective_factors": _CODES,
        "to_assess": _CODES,
        "not_applicable": _CODES,
        "granted": _CODES,
        "criteria": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "criterion",
                    "label",
                    "kind",
                    "outcome",
                    "reason",
                    "version_from",
                    "inputs",
                    "missing",
                    "problems",
                    "sources",
                    "overridden",
                ],
                "properties": {
                    "criterion": {"type": "string"},
                    "label": {"type": "string"},
                    "kind": _CODED,
                    "outcome": _CODED,
                    "reason": {"type": "string"},
                    "version_from": {"anyOf": [_DATE, {"type": "null"}]},
                    "inputs": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["path", "value", "data_class", "redacted"],
                            "properties": {
                                "path": {"type": "string"},
                                "value": {"type": "string"},
                                "data_class": {"enum": [s.value for s in Sensitivity]},
                                "redacted": {"type": "boolean"},
                            },
                            "additionalProperties": False,
                        },
                    },
                    "missing": _CODES,
                    "problems": {"type": "array", "items": {"type": "string"}},
                    "sources": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["kind", "citation", "explanation"],
                            "properties": {
                                "kind": {"enum": ["document", "law"]},
                                "citation": {"type": "string"},
                                "explanation": {"type": "string"},
                                "url": {"type": ["string", "null"]},
                            },
                            "additionalProperties": False,
                        },
                    },
                    "overridden": {"anyOf": [_OVERRIDE, {"type": "null"}]},
                },
                "additionalProperties": False,
            },
        },
        "overrides": {"type": "array", "items": _OVERRIDE},
        "ruleset_digest": {"type": "string"},
        "digest": {"type": "string"},
    },
    "additionalProperties": False,
}
