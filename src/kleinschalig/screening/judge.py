"""Judges: a criterion version compiled to the line of the trace it gives a case.

A judge is a function from a case and the reference date to the criterion's line
(or ``None`` when the criterion does not apply), together with what the line adds
to the decision. Lines are immutable, so a judge hands out the same line again
when a case reads the same inputs with the same result: what a line says depends
on nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

from kleinschalig.i18n import N_
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import facts_read
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionVersion
from kleinschalig.model.facilities import Facility
from kleinschalig.model.fact_definitions import is_declared_path
from kleinschalig.screening.compiled import Explained, compile_explained, record_fact
from kleinschalig.screening.evaluate import Truth
from kleinschalig.screening.keyed import by_values, reads_plain_facts
from kleinschalig.screening.results import CriterionOutcome, CriterionResult, InputValue
from kleinschalig.screening.select import OPEN_ID

__all__ = [
    "DATES_KEPT",
    "LINES_KEPT",
    "Judge",
    "Line",
    "fragment",
    "judge_for",
    "line_of",
    "reads_declared",
]

#: A line of the trace with what it adds to the decision: its part of the digest (see
#: :func:`fragment`), its rank (0 met, 1 to weigh or unknown, 2 unknown and able to block,
#: 3 not met), its missing inputs, and whether it blocks, is to be assessed, and is a risk
#: factor or a protective factor that is present.
Line = tuple[CriterionResult, str, int, tuple[str, ...], bool, bool, bool, bool]
#: A criterion's line for a case on a reference date; ``None`` where it does not apply.
Judge = Callable[[CaseRecord, dt.date], "Line | None"]

#: Lines a judge keeps for reuse; past this it starts over, so memory stays flat.
LINES_KEPT: Final = 2048
#: Reference dates the judge of ``core.facility-open`` keeps a line for.
DATES_KEPT: Final = 4096
_APPLIES_UNKNOWN: Final = N_("Onbekend of dit criterium van toepassing is.")
_ROUNDING: Final = N_("Onbekend: een datumberekening vraagt een afrondingskeuze.")
_MET, _UNKNOWN = CriterionOutcome.MET, CriterionOutcome.UNKNOWN


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


def fragment(result: CriterionResult) -> str:
    """The line's part of the decision digest: the ``repr`` of what the digest covers."""
    overridden = result.overridden
    return repr(
        (
            result.criterion,
            result.outcome.value,
            result.present,
            tuple((i.path, i.value) for i in result.inputs),
            result.missing,
            result.problems,
            None
            if overridden is None
            else (overridden.reason_code, overridden.by, overridden.on.isoformat()),
        )
    )


def line_of(result: CriterionResult) -> Line:
    """The line of ``result``: what :func:`decide` gathers from it, worked out once."""
    outcome, kind = result.outcome, result.kind
    if outcome is CriterionOutcome.NOT_MET:
        rank = 3
    elif outcome is CriterionOutcome.UNKNOWN:
        rank = 2 if kind.can_block else 1
    else:
        rank = 1 if outcome is CriterionOutcome.NEEDS_ASSESSMENT else 0
    present = result.present == "true"
    return (
        result,
        fragment(result),
        rank,
        result.missing,
        outcome is CriterionOutcome.NOT_MET,
        outcome is CriterionOutcome.NEEDS_ASSESSMENT,
        present and kind is CriterionKind.WEIGHED_INDICATION,
        present and kind is CriterionKind.PROTECTIVE_FACTOR,
    )


def _open_reason(facility: Facility, on: dt.date) -> tuple[CriterionOutcome, str]:
    operating = facility.operating
    is_open = operating.is_open_on(on)
    if is_open is None:
        if operating.after_attested(on):
            reason = N_(
                "Onbekend of de voorziening open is op de peildatum: "
                "de bronnen zeggen niets over de tijd na de laatste datum waarop zij open was."
            )
        else:
            reason = N_(
                "Onbekend of de voorziening open is op de peildatum: "
                "de bronnen zeggen niet sinds wanneer."
            )
        return CriterionOutcome.UNKNOWN, reason
    if is_open:
        return CriterionOutcome.MET, N_("De voorziening is open.")
    return CriterionOutcome.NOT_MET, N_("De voorziening is niet open op de peildatum.")


#: What a line says about the criterion itself: outcome, reason and presence.
Verdict = tuple[CriterionOutcome, str, "str | None"]


def _liner(
    criterion: Criterion, version: CriterionVersion, kept: dict[Any, Line]
) -> Callable[[Verdict, dict[str, str], set[str], set[str]], Line]:
    """Builds a criterion's lines, handing out a kept one when everything in it is the same."""
    cid, label, kind = criterion.id, criterion.label, criterion.kind
    sources, version_from = version.sources, version.valid_from

    def line(verdict: Verdict, read: dict[str, str], missing: set[str], problems: set[str]) -> Line:
        key = (
            verdict,
            tuple(read.items()),
            tuple(sorted(missing)) if missing and verdict[0] is not _MET else (),
            tuple(sorted(problems)) if problems else (),
        )
        found = kept.get(key)
        if found is not None:
            return found
        if len(kept) >= LINES_KEPT:
            kept.clear()
        inputs = tuple(InputValue(path, value) for path, value in sorted(read.items()))
        outcome, reason, present = verdict
        result = CriterionResult(
            cid, label, kind, outcome, reason, sources, version_from, present, inputs, *key[2:]
        )
        found = kept[key] = line_of(result)
        return found

    return line


def _verdicts(kind: CriterionKind) -> tuple[Verdict, Verdict, Verdict, Verdict, Verdict]:
    """Verdicts for a rule that is true, false, unknown, unknown for want of a rounding
    choice, and for a criterion without a rule."""
    shows_presence = not kind.can_block or kind is CriterionKind.FIXED_CONTRA_INDICATION

    def verdict(truth: Truth | None) -> Verdict:
        outcome, reason = _reason(kind, truth)
        present = truth.value if shows_presence and truth is not None else None
        return outcome, reason, present

    unknown = verdict(Truth.UNKNOWN)
    rounding = (unknown[0], _ROUNDING, unknown[2])
    return verdict(Truth.TRUE), verdict(Truth.FALSE), unknown, rounding, verdict(None)


def reads_declared(criterion: Criterion) -> bool:
    """Whether any rule or input of ``criterion`` reads a declared fact."""
    conditions = [criterion.applies_when, *(v.rule for v in criterion.versions)]
    paths = [p for c in conditions if c is not None for p in facts_read(c)]
    return any(is_declared_path(p) for p in (*paths, *criterion.inputs))


def judge_for(criterion: Criterion, version: CriterionVersion, facility: Facility) -> Judge:
    """The criterion's line for a case on a reference date, as :func:`decide` explains it."""
    line = _liner(criterion, version, {})
    if_true, if_false, if_unknown, if_rounding, no_rule = _verdicts(criterion.kind)
    applies_unknown: Verdict = (_UNKNOWN, _APPLIES_UNKNOWN, None)
    true, false = Truth.TRUE, Truth.FALSE
    code = facility.code
    applies = (
        None if criterion.applies_when is None else compile_explained(criterion.applies_when, code)
    )
    if criterion.id == OPEN_ID:
        return _open_judge(facility, applies, line)
    rule = None if version.rule is None else compile_explained(version.rule, code)
    inputs = tuple(record_fact(path, code) for path in criterion.inputs)

    def judge(case: CaseRecord, on: dt.date) -> Line | None:
        read: dict[str, str] = {}
        missing: set[str] = set()
        problems: set[str] = set()
        if applies is not None:
            applicable = applies(case, on, read, missing, problems)
            if applicable is false:
                return None
            if applicable is not true:
                return line(applies_unknown, read, missing, problems)
        if rule is None:
            for fact in inputs:  # shown to the professional; missing ones are asked for
                fact(case, read, missing)
            return line(no_rule, read, missing, problems)
        truth = rule(case, on, read, missing, problems)
        if truth is true:
            return line(if_true, read, missing, problems)
        if truth is false:
            return line(if_false, read, missing, problems)
        return line(if_rounding if problems else if_unknown, read, missing, problems)

    conditions = [c for c in (criterion.applies_when, version.rule) if c is not None]
    if not all(reads_plain_facts(c) for c in conditions):
        return judge
    paths = {path for c in conditions for path in facts_read(c)}
    if version.rule is None:
        paths.update(criterion.inputs)
    return by_values(tuple(sorted(paths)), judge, code)


def _open_judge(
    facility: Facility,
    applies: Explained | None,
    line: Callable[[Verdict, dict[str, str], set[str], set[str]], Line],
) -> Judge:
    """Whether the facility is open: one line per reference date, unless it depends on more."""
    applies_unknown: Verdict = (_UNKNOWN, _APPLIES_UNKNOWN, None)
    by_date: dict[dt.date, Line] = {}

    def judge(case: CaseRecord, on: dt.date) -> Line | None:
        read: dict[str, str] = {}
        missing: set[str] = set()
        problems: set[str] = set()
        if applies is not None:
            applicable = applies(case, on, read, missing, problems)
            if applicable is Truth.FALSE:
                return None
            if applicable is not Truth.TRUE:
                return line(applies_unknown, read, missing, problems)
        return line((*_open_reason(facility, on), None), read, missing, problems)

    if applies is not None:
        return judge

    def on_date(_case: CaseRecord, on: dt.date) -> Line | None:
        found = by_date.get(on)
        if found is None:
            if len(by_date) >= DATES_KEPT:
                by_date.clear()
            found = by_date[on] = line((*_open_reason(facility, on), None), {}, set(), set())
        return found

    return on_date
