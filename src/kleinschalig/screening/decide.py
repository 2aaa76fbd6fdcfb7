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
from itertools import compress
from typing import cast

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import N_
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.criteria import CriterionKind
from kleinschalig.model.facilities import Facility
from kleinschalig.screening.judge import Line, line_of
from kleinschalig.screening.plan import Plan, canonical, plan_for, ruleset_digest
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

#: The outcome by the highest rank of a line (see :data:`kleinschalig.screening.judge.Line`).
_BY_RANK = (
    Outcome.ELIGIBLE,
    Outcome.NEEDS_ASSESSMENT,
    Outcome.INSUFFICIENT_INFORMATION,
    Outcome.NOT_ELIGIBLE,
)


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


def _digest(head: str, outcome: Outcome, fragments: Sequence[str]) -> str:
    """SHA-256 of the ``repr`` of (format, facility, date, rules, outcome, trace lines)."""
    lines = f"({fragments[0]},)" if len(fragments) == 1 else f"({', '.join(fragments)})"
    return hashlib.sha256(f"{head}{outcome.value!r}, {lines})".encode()).hexdigest()


def _adjusted(
    plan: Plan, lines: list[Line | None], by_id: dict[str, Override]
) -> tuple[tuple[str, ...], list[Line], tuple[str, ...]]:
    """Lines without the criteria that do not apply, and with the overrides applied."""
    kept: list[Line] = []
    criteria: list[str] = []
    not_applicable: list[str] = []
    for criterion, line in zip(plan.criteria, lines, strict=True):
        if line is None:
            not_applicable.append(criterion)
            continue
        override = by_id.get(criterion)
        if override is not None:
            line = line_of(_apply_override(line[0], override))
        kept.append(line)
        criteria.append(criterion)
    return tuple(criteria), kept, tuple(not_applicable)


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
    found = [judge(case, on) for judge in plan.judges]
    if by_id or None in found:
        criteria, lines, not_applicable = _adjusted(plan, found, by_id)
    else:
        criteria, lines, not_applicable = plan.criteria, cast("list[Line]", found), ()
    if not lines:
        verdict = Outcome.ELIGIBLE
        return Decision(
            facility.code,
            on,
            verdict,
            (),
            not_applicable=not_applicable,
            ruleset_digest=plan.ruleset_digest,
            digest=_digest(plan.head, verdict, ()),
            granted=plan.granted,
        )
    results, parts, ranks, missing, blocks, assess, risks, protects = zip(*lines, strict=True)
    verdict = _BY_RANK[max(ranks)]
    return Decision(
        facility.code,
        on,
        verdict,
        results,
        tuple(sorted(set().union(*missing))),
        tuple(compress(criteria, blocks)),
        tuple(compress(criteria, risks)),
        tuple(compress(criteria, protects)),
        tuple(compress(criteria, assess)),
        not_applicable,
        tuple(r.overridden for r in results if r.overridden is not None) if by_id else (),
        plan.ruleset_digest,
        _digest(plan.head, verdict, parts),
        plan.granted,
    )
