"""Decisions: per criterion met / not met / unknown / needs assessment, per facility one of
``eligible``, ``not_eligible``, ``needs_assessment``, ``insufficient_information``.

The library never weighs: weighed indications and protective factors are listed
for the professional. A fixed contra-indication that is present can never be
overridden, and no missing input can change a ``not_eligible`` that it caused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import N_
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.criteria import CriterionKind
from kleinschalig.model.facilities import Facility
from kleinschalig.screening.plan import canonical, fragment, plan_for, ruleset_digest
from kleinschalig.screening.results import (
    FORMAT,
    CriterionOutcome,
    CriterionResult,
    Decision,
    InputValue,
    Outcome,
    Override,
    OverrideNotAllowed,
)

__all__ = [
    "FORMAT",
    "CriterionOutcome",
    "CriterionResult",
    "Decision",
    "InputValue",
    "Outcome",
    "Override",
    "OverrideNotAllowed",
    "canonical",
    "decide",
    "ruleset_digest",
]

_NOT_MET, _UNKNOWN = CriterionOutcome.NOT_MET, CriterionOutcome.UNKNOWN
_NEEDS_ASSESSMENT = CriterionOutcome.NEEDS_ASSESSMENT
_WEIGHED, _PROTECTIVE = CriterionKind.WEIGHED_INDICATION, CriterionKind.PROTECTIVE_FACTOR


def _apply_override(result: CriterionResult, override: Override) -> CriterionResult:
    if result.kind is not CriterionKind.REQUIREMENT:
        raise OverrideNotAllowed(
            f"{result.criterion} is a {result.kind.value}: only requirements can be overridden"
            " (a fixed contra-indication never; weighed factors are weighed, not overridden)"
        )
    return attrs.evolve(
        result,
        outcome=CriterionOutcome.MET,
        reason=N_("Afgeweken door een professional (vastgelegde afwijking)."),
        missing=(),
        # The free text stays with the caller's record of the override, never in a trace.
        overridden=attrs.evolve(override, text=""),
    )


def _digest(head: str, fragments: Sequence[str]) -> str:
    """SHA-256 of the ``repr`` of (format, facility, date, rules, outcome, trace lines)."""
    lines = f"({fragments[0]},)" if len(fragments) == 1 else f"({', '.join(fragments)})"
    return hashlib.sha256(f"{head}{lines})".encode()).hexdigest()


def decide(
    case: CaseRecord,
    facility: Facility,
    catalogue: Catalogue,
    on: dt.date,
    overrides: Iterable[Override] = (),
) -> Decision:
    """Screen ``case`` against ``facility`` on reference date ``on``."""
    plan = plan_for(catalogue, facility, on)
    by_id = {o.criterion: o for o in overrides}
    if by_id and not plan.ids.issuperset(by_id):
        unknown_overrides = sorted(set(by_id) - plan.ids)
        raise OverrideNotAllowed(f"no criterion in force: {', '.join(unknown_overrides)}")
    results: list[CriterionResult] = []
    fragments: list[str] = []
    not_applicable: list[str] = []
    blocking: list[str] = []
    to_assess: list[str] = []
    risk_factors: list[str] = []
    protective_factors: list[str] = []
    missing: set[str] = set()
    hard_unknown = unknown = False
    for step in plan.steps:
        line = step.judge(case)
        if line is None:
            not_applicable.append(step.criterion)
            continue
        result, part = line
        if by_id:
            override = by_id.get(step.criterion)
            if override is not None:
                result = _apply_override(result, override)
                part = fragment(result)
        results.append(result)
        fragments.append(part)
        outcome = result.outcome
        if outcome is _NOT_MET:
            blocking.append(step.criterion)
        elif outcome is _UNKNOWN:
            unknown = True
            hard_unknown = hard_unknown or step.can_block
        elif outcome is _NEEDS_ASSESSMENT:
            to_assess.append(step.criterion)
        if result.missing:
            missing.update(result.missing)
        if result.present == "true":
            if step.kind is _WEIGHED:
                risk_factors.append(step.criterion)
            elif step.kind is _PROTECTIVE:
                protective_factors.append(step.criterion)
    if blocking:
        verdict = Outcome.NOT_ELIGIBLE
    elif hard_unknown:
        verdict = Outcome.INSUFFICIENT_INFORMATION
    elif to_assess or unknown:
        verdict = Outcome.NEEDS_ASSESSMENT
    else:
        verdict = Outcome.ELIGIBLE
    return Decision(
        facility.code,
        on,
        verdict,
        tuple(results),
        tuple(sorted(missing)),
        tuple(blocking),
        tuple(risk_factors),
        tuple(protective_factors),
        tuple(to_assess),
        tuple(not_applicable),
        tuple(r.overridden for r in results if r.overridden is not None) if by_id else (),
        plan.ruleset_digest,
        _digest(plan.heads[verdict], fragments),
    )
