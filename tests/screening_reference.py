"""The explaining interpreter's ``decide()``, kept as the reference the compiled plans must equal.

This is ``kleinschalig.screening.decide.decide`` as it was before criteria were compiled
per plan: every condition tree interpreted by ``evaluate`` for every case, every line
of the trace and the digest built afresh. The property tests in ``test_screening.py``
check that ``decide()`` returns exactly the same ``Decision``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import N_
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionVersion
from kleinschalig.model.facilities import Facility
from kleinschalig.screening import (
    CriterionOutcome,
    CriterionResult,
    Decision,
    InputValue,
    Outcome,
    Override,
    OverrideNotAllowed,
)
from kleinschalig.screening.decide import FORMAT, ruleset_digest
from kleinschalig.screening.evaluate import Evaluation, Truth, evaluate
from kleinschalig.screening.plan import granted_criteria
from kleinschalig.screening.select import OPEN_ID, criteria_in_force, facility_criteria

__all__ = ["reference_decide"]


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _reason(kind: CriterionKind, truth: Truth | None) -> tuple[CriterionOutcome, str]:
    if truth is None:
        return CriterionOutcome.NEEDS_ASSESSMENT, N_("Oordeel van een professional nodig.")
    if truth is Truth.UNKNOWN:
        return CriterionOutcome.UNKNOWN, N_("Onbekend: niet alle gegevens zijn er.")
    if kind is CriterionKind.REQUIREMENT:
        if truth is Truth.TRUE:
            return CriterionOutcome.MET, N_("Voldoet aan de eis.")
        return CriterionOutcome.NOT_MET, N_("Voldoet niet aan de eis.")
    if kind is CriterionKind.FIXED_CONTRA_INDICATION:
        if truth is Truth.TRUE:
            return CriterionOutcome.NOT_MET, N_("Vaststaande contra-indicatie aanwezig.")
        return CriterionOutcome.MET, N_("Vaststaande contra-indicatie niet aanwezig.")
    if kind is CriterionKind.WEIGHED_INDICATION:
        if truth is Truth.TRUE:
            return CriterionOutcome.NEEDS_ASSESSMENT, N_("Risicofactor aanwezig; te wegen.")
        return CriterionOutcome.NEEDS_ASSESSMENT, N_("Risicofactor niet aanwezig; te wegen.")
    if truth is Truth.TRUE:
        return CriterionOutcome.NEEDS_ASSESSMENT, N_("Beschermende factor aanwezig; te wegen.")
    return CriterionOutcome.NEEDS_ASSESSMENT, N_("Beschermende factor niet aanwezig; te wegen.")


def _judge(
    criterion: Criterion,
    version: CriterionVersion,
    case: CaseRecord,
    facility: Facility,
    on: dt.date,
) -> CriterionResult | None:
    ev = Evaluation(on, facility=facility.code)
    if criterion.applies_when is not None:
        applies = evaluate(criterion.applies_when, case, ev)
        if applies is Truth.FALSE:
            return None
        if applies is Truth.UNKNOWN:
            return _result(
                criterion,
                version,
                ev,
                CriterionOutcome.UNKNOWN,
                N_("Onbekend of dit criterium van toepassing is."),
                None,
            )
    if criterion.id == OPEN_ID:
        is_open = facility.operating.is_open_on(on)
        if is_open is None:
            attested = facility.operating.attested_until
            reason = (
                N_(
                    "Onbekend of de voorziening open is op de peildatum: "
                    "de bronnen zeggen niets over de tijd na de laatste datum waarop zij open was."
                )
                if attested is not None and on > attested
                else N_(
                    "Onbekend of de voorziening open is op de peildatum: "
                    "de bronnen zeggen niet sinds wanneer."
                )
            )
            return _result(criterion, version, ev, CriterionOutcome.UNKNOWN, reason, None)
        reason = (
            N_("De voorziening is open.")
            if is_open
            else N_("De voorziening is niet open op de peildatum.")
        )
        outcome = CriterionOutcome.MET if is_open else CriterionOutcome.NOT_MET
        return _result(criterion, version, ev, outcome, reason, None)
    if version.rule is None:
        truth = None
        for path in criterion.inputs:  # shown to the professional; missing ones are asked for
            ev.fact(case, path)
    else:
        truth = evaluate(version.rule, case, ev)
    outcome, reason = _reason(criterion.kind, truth)
    if outcome is CriterionOutcome.UNKNOWN and ev.problems:
        reason = N_("Onbekend: een datumberekening vraagt een afrondingskeuze.")
    present = None
    if not criterion.kind.can_block or criterion.kind is CriterionKind.FIXED_CONTRA_INDICATION:
        present = None if truth is None else truth.value
    return _result(criterion, version, ev, outcome, reason, present)


def _result(
    criterion: Criterion,
    version: CriterionVersion,
    ev: Evaluation,
    outcome: CriterionOutcome,
    reason: str,
    present: str | None,
) -> CriterionResult:
    missing = set(ev.missing)
    return CriterionResult(
        criterion=criterion.id,
        label=criterion.label,
        kind=criterion.kind,
        outcome=outcome,
        reason=reason,
        sources=version.sources,
        version_from=version.valid_from,
        present=present,
        inputs=tuple(InputValue(p, _text(v)) for p, v in sorted(ev.read.items())),
        missing=tuple(sorted(missing)) if outcome is not CriterionOutcome.MET else (),
        problems=tuple(sorted(ev.problems)),
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


def _decision_digest(
    facility: str, on: dt.date, rules: str, outcome: Outcome, trace: Sequence[CriterionResult]
) -> str:
    payload = (
        FORMAT,
        facility,
        on.isoformat(),
        rules,
        outcome.value,
        tuple(
            (
                r.criterion,
                r.outcome.value,
                r.present,
                tuple((i.path, i.value) for i in r.inputs),
                r.missing,
                r.problems,
                None
                if r.overridden is None
                else (r.overridden.reason_code, r.overridden.by, r.overridden.on.isoformat()),
            )
            for r in trace
        ),
    )
    return hashlib.sha256(repr(payload).encode()).hexdigest()


def reference_decide(
    case: CaseRecord,
    facility: Facility,
    catalogue: Catalogue,
    on: dt.date,
    overrides: Iterable[Override] = (),
) -> Decision:
    """decide() as the interpreter of conditions worked it out, case by case."""
    pairs = [(c, c.versions[0]) for c in facility_criteria(facility)]
    registered = criteria_in_force(catalogue, facility, on)
    pairs += registered
    rules = ruleset_digest(pairs, catalogue)
    by_id = {o.criterion: o for o in overrides}
    unknown_overrides = set(by_id) - {c.id for c, _v in pairs}
    if unknown_overrides:
        raise OverrideNotAllowed(f"no criterion in force: {', '.join(sorted(unknown_overrides))}")
    results: list[CriterionResult] = []
    not_applicable: list[str] = []
    for criterion, version in pairs:
        result = _judge(criterion, version, case, facility, on)
        if result is None:
            not_applicable.append(criterion.id)
            continue
        override = by_id.get(criterion.id)
        if override is not None:
            result = _apply_override(result, override)
        results.append(result)
    blocking = tuple(r.criterion for r in results if r.outcome is CriterionOutcome.NOT_MET)
    unknown = [r for r in results if r.outcome is CriterionOutcome.UNKNOWN]
    hard_unknown = [r for r in unknown if r.kind.can_block]
    missing = tuple(sorted({m for r in results for m in r.missing}))
    to_assess = tuple(
        r.criterion for r in results if r.outcome is CriterionOutcome.NEEDS_ASSESSMENT
    )
    if blocking:
        outcome = Outcome.NOT_ELIGIBLE
    elif hard_unknown:
        outcome = Outcome.INSUFFICIENT_INFORMATION
    elif to_assess or unknown:
        outcome = Outcome.NEEDS_ASSESSMENT
    else:
        outcome = Outcome.ELIGIBLE
    trace = tuple(results)
    return Decision(
        facility=facility.code,
        reference_date=on,
        outcome=outcome,
        criteria=trace,
        missing_inputs=missing,
        blocking=blocking,
        risk_factors=tuple(
            r.criterion
            for r in results
            if r.kind is CriterionKind.WEIGHED_INDICATION and r.present == "true"
        ),
        protective_factors=tuple(
            r.criterion
            for r in results
            if r.kind is CriterionKind.PROTECTIVE_FACTOR and r.present == "true"
        ),
        to_assess=to_assess,
        not_applicable=tuple(not_applicable),
        overrides=tuple(r.overridden for r in results if r.overridden is not None),
        ruleset_digest=rules,
        digest=_decision_digest(facility.code, on, rules, outcome, trace),
        granted=granted_criteria(catalogue, facility, [c for c, _v in registered]),
    )
