"""Replaying a log and owing feedback, kept as the reference the fast paths must equal.

This is ``kleinschalig.workflows.replay._replay`` and ``timeline._feedback`` as they were
before the common valid step was checked inline: every event checked in full by
``_step_errors``, feedback dates found by scanning the steps, and the advisers of every
decision rebuilt from the steps before it. The property tests in
``test_replay_equivalence.py`` check that the library returns exactly the same
progress, errors and feedback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.events import CaseEvent, FeedbackSent, WorkflowEvent
from kleinschalig.model.workflows import Content, Transition, Workflow, WorkflowVersion
from kleinschalig.workflows import FeedbackDue, Progress, Step

__all__ = ["reference_feedback", "reference_replay"]


def _no_version(event: CaseEvent, path: tuple[str | int, ...]) -> ErrorDetail:
    return InvalidValue("workflow.no_version", date=event.date.isoformat()).detail(*path, "date")


def _step_errors(
    version: WorkflowVersion,
    by_id: Mapping[str, Transition],
    state: str,
    last: dt.date | None,
    event: WorkflowEvent,
    case: CaseRecord,
    path: tuple[str | int, ...],
) -> tuple[Transition | None, list[ErrorDetail]]:
    """The old ``_step_errors`` without the guard, which a stored log's replay never checks."""
    transition = by_id.get(event.transition)
    if transition is None:
        return None, [InvalidValue("workflow.unknown").detail(*path, "transition")]
    if transition.source != state:
        allowed = ", ".join(t.id for t in version.outgoing(state)) or "—"
        return None, [
            InvalidValue("workflow.illegal_transition", state=state, allowed=allowed).detail(
                *path, "transition"
            )
        ]
    errors: list[ErrorDetail] = []
    if last is not None and event.date < last:
        errors.append(
            InvalidValue("workflow.date_order", other=last.isoformat()).detail(*path, "date")
        )
    if transition.actor is not None and event.actor not in (None, transition.actor):
        errors.append(
            InvalidValue("workflow.actor", expected=transition.actor).detail(*path, "actor")
        )
    if transition.documents:
        missing_documents = [d for d in transition.documents if d not in event.documents]
        if missing_documents:
            errors.append(
                InvalidValue(
                    "workflow.documents_missing", missing=", ".join(missing_documents)
                ).detail(*path, "documents")
            )
    if transition.consent:
        missing_consent = [
            role
            for role in transition.consent
            if not any(c.partner == role and c.valid_on(event.date) for c in case.consents)
        ]
        if missing_consent:
            errors.append(
                InvalidValue("workflow.consent_missing", missing=", ".join(missing_consent)).detail(
                    *path
                )
            )
    return transition, errors


def _workflow(catalogue: Catalogue, code: str) -> Workflow | None:
    return catalogue.workflows.get(code) if code in catalogue.workflows else None


def _feedback_errors(
    workflow: Workflow | None,
    event: FeedbackSent,
    catalogue: Catalogue,
    steps: Sequence[Step],
    path: tuple[str | int, ...],
) -> list[ErrorDetail]:
    if workflow is None:
        return [InvalidValue("workflow.unknown").detail(*path, "workflow")]
    if event.about not in workflow.feedback_decisions():
        return [InvalidValue("workflow.unknown").detail(*path, "about")]
    first = next((s.event.date for s in steps if s.transition.id == event.about), None)
    if first is None:
        return [InvalidValue("workflow.feedback_before_decision").detail(*path, "about")]
    if event.date < first:
        return [InvalidValue("workflow.date_order", other=first.isoformat()).detail(*path, "date")]
    if event.recipient not in catalogue.roles:
        return [InvalidValue("reference.unknown", kind="partner_role").detail(*path, "recipient")]
    return []


class _Walk:
    def __init__(self, workflow: Workflow, version: WorkflowVersion) -> None:
        self.workflow = workflow
        self.version = version
        self.by_id = version.transitions_by_id()
        self.state = version.initial_state.code
        self.steps: list[Step] = []
        self.last: dt.date | None = None

    def progress(self) -> Progress:
        return Progress(self.workflow, self.version, self.state, tuple(self.steps))


def reference_replay(
    case: CaseRecord, catalogue: Catalogue
) -> tuple[dict[str, Progress], list[ErrorDetail]]:
    """What ``replay_all`` found for ``case``: the progress per workflow and the errors."""
    walks: dict[str, _Walk] = {}
    errors: list[ErrorDetail] = []
    for index, event in enumerate(case.events):
        code = event.workflow
        walk = walks.get(code)
        if type(event) is FeedbackSent:
            workflow = walk.workflow if walk is not None else _workflow(catalogue, code)
            steps = walk.steps if walk is not None else ()
            errors.extend(_feedback_errors(workflow, event, catalogue, steps, ("events", index)))
            continue
        assert type(event) is WorkflowEvent
        if walk is None:
            workflow = _workflow(catalogue, code)
            if workflow is None:
                errors.append(InvalidValue("workflow.unknown").detail("events", index, "workflow"))
                break
            version = workflow.version_on(event.date)
            if version is None:
                errors.append(_no_version(event, ("events", index)))
                break
            walk = _Walk(workflow, version)
        transition, found = _step_errors(
            walk.version, walk.by_id, walk.state, walk.last, event, case, ("events", index)
        )
        if found or transition is None:
            errors.extend(found)
            break
        walks[code] = walk
        walk.state, walk.last = transition.target, event.date
        walk.steps.append(Step(index, event, transition))
    return {code: walk.progress() for code, walk in walks.items()}, errors


_ASKED = (Content.OBJECTION_ONLY, Content.DECISION)


def _advisers(progress: Progress, upto: int, case: CaseRecord, decider: str | None) -> set[str]:
    roles = {step.event.actor or step.transition.actor for step in progress.steps[:upto]}
    roles |= {
        flow.recipient
        for step in progress.steps[:upto]
        for flow in step.transition.informs
        if flow.content in _ASKED
    }
    if case.referral is not None and case.referral.by is not None:
        roles.add(case.referral.by)
    roles -= {None, decider, *progress.version.internal_roles}
    return {r for r in roles if r is not None}


def _first_on_or_after(dates: Iterable[dt.date], day: dt.date) -> dt.date | None:
    later = [d for d in dates if d >= day]
    return min(later) if later else None


def reference_feedback(progress: Progress, case: CaseRecord) -> list[FeedbackDue]:
    """What ``timeline`` and ``feedback_due`` find owed after the decisions in ``progress``."""
    sent: dict[tuple[str, str], list[dt.date]] = {}
    for e in case.events:
        if isinstance(e, FeedbackSent) and e.workflow == progress.workflow.code:
            sent.setdefault((e.about, e.recipient), []).append(e.date)
    owed: list[FeedbackDue] = []
    for position, step in enumerate(progress.steps):
        if not step.transition.feedback:
            continue
        decider = step.event.actor or step.transition.actor
        for role in sorted(_advisers(progress, position, case, decider)):
            owed.append(
                FeedbackDue(
                    progress.workflow.code,
                    step.transition.id,
                    step.event.date,
                    role,
                    _first_on_or_after(sent.get((step.transition.id, role), ()), step.event.date),
                )
            )
    return owed
