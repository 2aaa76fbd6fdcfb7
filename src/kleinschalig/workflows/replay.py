"""Replaying a case's event log: the current state per workflow, and checking a new event.

The log is the truth; states are derived from it. A new event is checked
against the state the log leads to — right workflow and step, from the current
state, not before the previous event, by the right partner role, with its
documents, the consents it needs and its guard met. :func:`append_event`
returns a new case record with the event added, or raises
:class:`~kleinschalig.errors.ValidationFailed` and leaves everything as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.events import CaseEvent, FeedbackSent, WorkflowEvent
from kleinschalig.model.workflows import Transition, Workflow, WorkflowVersion
from kleinschalig.screening.evaluate import Evaluation, Truth, evaluate

__all__ = ["Progress", "Step", "append_event", "event_errors", "replay", "replay_all"]


@attrs.frozen(slots=True)
class Step:
    """One event of the log, replayed: ``index`` is its position in ``CaseRecord.events``."""

    index: int
    event: WorkflowEvent
    transition: Transition


@attrs.frozen(slots=True)
class Progress:
    """Where a case stands in one workflow, derived from its events."""

    workflow: Workflow
    version: WorkflowVersion
    state: str
    steps: tuple[Step, ...] = ()

    @property
    def finished(self) -> bool:
        return self.version.state(self.state).final

    @property
    def started_on(self) -> dt.date | None:
        return self.steps[0].event.date if self.steps else None

    def last_taken(self, transition_id: str) -> Step | None:
        for step in reversed(self.steps):
            if step.transition.id == transition_id:
                return step
        return None


def _start(workflow: Workflow, on: dt.date) -> Progress | None:
    version = workflow.version_on(on)
    if version is None:
        return None
    return Progress(workflow, version, version.initial_state.code)


def event_errors(
    progress: Progress | None,
    workflow: Workflow | None,
    event: WorkflowEvent,
    case: CaseRecord,
    *path: str | int,
    check_guard: bool = True,
) -> list[ErrorDetail]:
    """Why ``event`` cannot follow ``progress`` (empty when it can).

    Guards read the case record as it is *now*, so they are checked when an
    event is appended (``check_guard``), not when a stored log is replayed: a
    later change of the record must not turn a valid history into an impossible one.
    """
    if workflow is None:
        return [InvalidValue("workflow.unknown").detail(*path, "workflow")]
    if progress is None:
        progress = _start(workflow, event.date)
        if progress is None:
            return [
                InvalidValue("workflow.no_version", date=event.date.isoformat()).detail(
                    *path, "date"
                )
            ]
    version = progress.version
    try:
        transition = version.transition(event.transition)
    except KeyError:
        return [InvalidValue("workflow.unknown").detail(*path, "transition")]
    if transition.source != progress.state:
        allowed = ", ".join(t.id for t in version.outgoing(progress.state)) or "—"
        return [
            InvalidValue(
                "workflow.illegal_transition", state=progress.state, allowed=allowed
            ).detail(*path, "transition")
        ]
    errors: list[ErrorDetail] = []
    if progress.steps and event.date < progress.steps[-1].event.date:
        previous = progress.steps[-1].event.date.isoformat()
        errors.append(InvalidValue("workflow.date_order", other=previous).detail(*path, "date"))
    if transition.actor is not None and event.actor not in (None, transition.actor):
        errors.append(
            InvalidValue("workflow.actor", expected=transition.actor).detail(*path, "actor")
        )
    missing_documents = [d for d in transition.documents if d not in event.documents]
    if missing_documents:
        errors.append(
            InvalidValue("workflow.documents_missing", missing=", ".join(missing_documents)).detail(
                *path, "documents"
            )
        )
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
    if check_guard and transition.guard is not None:
        ev = Evaluation(event.date)
        truth = evaluate(transition.guard, case, ev)
        if truth is Truth.FALSE:
            errors.append(InvalidValue("workflow.guard_failed").detail(*path, "transition"))
        elif truth is Truth.UNKNOWN:
            missing = ", ".join(sorted(ev.missing)) or ", ".join(sorted(ev.problems))
            errors.append(
                InvalidValue("workflow.guard_unknown", missing=missing).detail(*path, "transition")
            )
    return errors


def _workflow(catalogue: Catalogue, code: str) -> Workflow | None:
    return catalogue.workflows.get(code) if code in catalogue.workflows else None


def _feedback_errors(
    workflow: Workflow | None,
    event: FeedbackSent,
    catalogue: Catalogue,
    progress: Progress | None,
    *path: str | int,
) -> list[ErrorDetail]:
    """Feedback must be about a decision of the workflow taken on or before its date."""
    if workflow is None:
        return [InvalidValue("workflow.unknown").detail(*path, "workflow")]
    if not any(
        t.id == event.about and t.feedback for v in workflow.versions for t in v.transitions
    ):
        return [InvalidValue("workflow.unknown").detail(*path, "about")]
    taken = (
        []
        if progress is None
        else [s.event.date for s in progress.steps if s.transition.id == event.about]
    )
    if not taken:
        return [InvalidValue("workflow.feedback_before_decision").detail(*path, "about")]
    if event.date < taken[0]:
        other = taken[0].isoformat()
        return [InvalidValue("workflow.date_order", other=other).detail(*path, "date")]
    if event.recipient not in catalogue.roles:
        return [InvalidValue("reference.unknown", kind="partner_role").detail(*path, "recipient")]
    return []


def _advance(
    progress: Progress | None, workflow: Workflow, index: int, event: WorkflowEvent
) -> Progress:
    if progress is None:
        started = _start(workflow, event.date)
        assert started is not None  # checked by event_errors
        progress = started
    transition = progress.version.transition(event.transition)
    return attrs.evolve(
        progress,
        state=transition.target,
        steps=(*progress.steps, Step(index, event, transition)),
    )


def _replay(
    case: CaseRecord, events: Iterable[CaseEvent], catalogue: Catalogue
) -> tuple[dict[str, Progress], list[ErrorDetail]]:
    progress: dict[str, Progress] = {}
    errors: list[ErrorDetail] = []
    for index, event in enumerate(events):
        workflow = _workflow(catalogue, event.workflow)
        if isinstance(event, FeedbackSent):
            errors.extend(
                _feedback_errors(
                    workflow, event, catalogue, progress.get(event.workflow), "events", index
                )
            )
            continue
        found = event_errors(
            progress.get(event.workflow), workflow, event, case, "events", index, check_guard=False
        )
        if found:
            errors.extend(found)
            break  # later events follow from a state this one never reached
        assert workflow is not None
        progress[event.workflow] = _advance(progress.get(event.workflow), workflow, index, event)
    return progress, errors


def replay_all(case: CaseRecord, catalogue: Catalogue) -> dict[str, Progress]:
    """The progress of ``case`` in every workflow its log mentions, by workflow code.

    Raises :class:`~kleinschalig.errors.ValidationFailed` when the log contains
    an event that could not have happened (reported at ``/events/<n>``).
    """
    revision = catalogue.revision
    last = _LAST.entry  # one read: the slot is replaced whole, never mutated
    if last is not None and last[0] is case and last[1] is catalogue and last[2] == revision:
        progress, errors = last[3], last[4]
    else:
        progress, errors = _replay(case, case.events, catalogue)
        _LAST.entry = (case, catalogue, revision, progress, errors)
    if errors:
        raise ValidationFailed(errors)
    return dict(progress)


class _LastReplay:
    """The most recent replay. Records are immutable, so the same record object
    replays to the same result while the catalogue is unchanged: a cohort pass
    that feeds several analyses (indicators, funnel) replays each log once."""

    entry: (
        tuple[CaseRecord, Catalogue, tuple[int, ...], dict[str, Progress], list[ErrorDetail]] | None
    ) = None


_LAST = _LastReplay()


def replay(case: CaseRecord, workflow: str, catalogue: Catalogue) -> Progress | None:
    """The progress of ``case`` in one workflow; ``None`` when the log never mentions it."""
    return replay_all(case, catalogue).get(workflow)


def append_event(case: CaseRecord, event: CaseEvent, catalogue: Catalogue) -> CaseRecord:
    """``case`` with ``event`` appended, after checking it can happen.

    The input record is never changed: on any problem
    :class:`~kleinschalig.errors.ValidationFailed` is raised (paths point at
    ``/events/<n>``, the position the event would have had) and no new record exists.
    """
    progress = replay_all(case, catalogue)
    index = len(case.events)
    workflow = _workflow(catalogue, event.workflow)
    if isinstance(event, FeedbackSent):
        errors = _feedback_errors(
            workflow, event, catalogue, progress.get(event.workflow), "events", index
        )
    else:
        errors = event_errors(progress.get(event.workflow), workflow, event, case, "events", index)
    if errors:
        raise ValidationFailed(errors)
    return attrs.evolve(case, events=(*case.events, event))
