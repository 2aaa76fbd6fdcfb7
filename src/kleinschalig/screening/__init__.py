"""Screening: placement criteria applied to a case record, with honest, explained outcomes.

>>> import datetime as dt
>>> from kleinschalig.plugins import HostConfig, PluginHost
>>> from kleinschalig.model import CaseRecord
>>> host = PluginHost.load(HostConfig(entry_points=False))
>>> screen(CaseRecord("p-1", "c-1"), host.catalogue, dt.date(2026, 9, 1))
()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import MissingReferenceDate
from kleinschalig.model.case import CaseRecord
from kleinschalig.screening.decide import (
    CriterionOutcome,
    CriterionResult,
    Decision,
    InputValue,
    Outcome,
    Override,
    OverrideNotAllowed,
    decide,
)
from kleinschalig.screening.explain import explain
from kleinschalig.screening.localized import DECISION_SCHEMA, decision_to_dict
from kleinschalig.screening.receipt import DecisionRecord, PartDigest, PluginVersion, receipt
from kleinschalig.screening.redact import redact_decision, redact_receipt
from kleinschalig.screening.select import (
    RuleConflictError,
    applicable_criteria,
    criteria_in_force,
    facility_criteria,
)
from kleinschalig.screening.verify import VerifyReport, verify_receipt, verify_receipts

__all__ = [
    "DECISION_SCHEMA",
    "CriterionOutcome",
    "CriterionResult",
    "Decision",
    "DecisionRecord",
    "InputValue",
    "Outcome",
    "Override",
    "OverrideNotAllowed",
    "PartDigest",
    "PluginVersion",
    "RuleConflictError",
    "VerifyReport",
    "applicable_criteria",
    "criteria_in_force",
    "decide",
    "decision_to_dict",
    "explain",
    "receipt",
    "redact_decision",
    "redact_receipt",
    "reference_date_of",
    "screen",
    "screen_stream",
    "verify_receipt",
    "verify_receipts",
]


def reference_date_of(case: CaseRecord, default: dt.date | None = None) -> dt.date:
    """The referral date when recorded, else ``default``; neither is
    :class:`~kleinschalig.errors.MissingReferenceDate` (a ``ValueError``)."""
    if case.referral is not None:
        return case.referral.date
    if default is None:
        raise MissingReferenceDate
    return default


def screen(
    case: CaseRecord,
    catalogue: Catalogue,
    on: dt.date | None = None,
    facilities: Iterable[str] | None = None,
    overrides: Iterable[Override] = (),
) -> tuple[Decision, ...]:
    """Screen one person against every registered facility (or the named ones).

    ``on`` defaults to the referral date. Facilities come in code order.
    """
    reference = on if on is not None else reference_date_of(case)
    codes = sorted(facilities) if facilities is not None else catalogue.facilities.codes()
    chosen = list(overrides)
    return tuple(
        decide(
            case,
            catalogue.facility(code),
            catalogue,
            reference,
            [o for o in chosen if o.criterion in _ids(catalogue, code, reference)],
        )
        for code in codes
    )


def _ids(catalogue: Catalogue, code: str, on: dt.date) -> set[str]:
    facility = catalogue.facility(code)
    built_in = {c.id for c in facility_criteria(facility)}
    return built_in | {c.id for c, _v in criteria_in_force(catalogue, facility, on)}


def screen_stream(
    cases: Iterable[CaseRecord],
    catalogue: Catalogue,
    on: dt.date | None = None,
    facilities: Iterable[str] | None = None,
) -> Iterator[tuple[CaseRecord, tuple[Decision, ...]]]:
    """Screen cases one by one, holding only the current case in memory."""
    codes = list(facilities) if facilities is not None else None
    for case in cases:
        yield case, screen(case, catalogue, on, codes)
