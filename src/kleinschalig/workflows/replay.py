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
from collections.abc import Iterable, Mapping, Sequence

import attrs

from kleinschalig._derived import Derived
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
            return [_no_version(event, path)]
    last = progress.steps[-1].event.date if progress.steps else None
    version = progress.version
    return _step_errors(
        version, version.transitions_by_id(), progress.state, last, event, case, path, check_guard
    )[1]


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
    check_guard: bool,
) -> tuple[Transition | None, list[ErrorDetail]]:
    """The transition ``event`` takes from ``state``, and why it cannot (empty when it can)."""
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
    """Feedback must be about a decision of the workflow taken on or before its date."""
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


#: What a replay starts from in a version: its transitions by id and its initial state.
_STARTS: Derived[WorkflowVersion, tuple[Mapping[str, Transition], str]] = Derived(
    lambda version: (version.transitions_by_id(), version.initial_state.code)
)


class _Walk:
    """A workflow being replayed: where the log has led so far (mutable, internal)."""

    __slots__ = ("by_id", "decided", "last", "state", "steps", "version", "workflow")

    def __init__(self, workflow: Workflow, version: WorkflowVersion) -> None:
        self.workflow = workflow
        self.version = version
        self.by_id, self.state = _STARTS(version)
        self.steps: list[Step] = []
        self.last: dt.date | None = None
        #: The day each decision after which this version owes feedback was first taken.
        self.decided: dict[str, dt.date] = {}

    def step_errors(
        self, event: WorkflowEvent, case: CaseRecord, path: tuple[str | int, ...]
    ) -> tuple[Transition | None, list[ErrorDetail]]:
        """The transition ``event`` takes from here, and why it cannot (the guard unchecked)."""
        return _step_errors(
            self.version, self.by_id, self.state, self.last, event, case, path, check_guard=False
        )

    def progress(self) -> Progress:
        return Progress(self.workflow, self.version, self.state, tuple(self.steps))


def _plainly_allowed(walk: _Walk, transition: Transition, event: WorkflowEvent) -> bool:
    """Whether ``event`` can take ``transition`` from where ``walk`` is, by the checks that
    need nothing but the event. ``False`` leaves it to :func:`_step_errors` to judge and
    explain, so every error is found the one way."""
    actor = transition.actor
    return (
        transition.source == walk.state
        and (walk.last is None or walk.last <= event.date)
        and (actor is None or event.actor is None or event.actor == actor)
        and not transition.consent
        and (not transition.documents or all(d in event.documents for d in transition.documents))
    )


def _plainly_told(walk: _Walk, event: FeedbackSent, catalogue: Catalogue) -> bool:
    """Whether ``event`` is feedback to a known partner on a decision ``walk`` took on or
    before its date. ``False`` leaves it to :func:`_feedback_errors` to judge and explain."""
    decided = walk.decided.get(event.about)
    return decided is not None and decided <= event.date and event.recipient in catalogue.roles


def _replay(
    case: CaseRecord, events: Iterable[CaseEvent], catalogue: Catalogue
) -> tuple[dict[str, Progress], list[ErrorDetail]]:
    walks: dict[str, _Walk] = {}
    errors: list[ErrorDetail] = []
    for index, event in enumerate(events):
        code = event.workflow
        walk = walks.get(code)
        if type(event) is FeedbackSent:
            if walk is None or not _plainly_told(walk, event, catalogue):
                workflow = walk.workflow if walk is not None else _workflow(catalogue, code)
                steps = walk.steps if walk is not None else ()
                errors.extend(
                    _feedback_errors(workflow, event, catalogue, steps, ("events", index))
                )
            continue
        assert type(event) is WorkflowEvent
        if walk is None:
            workflow = _workflow(catalogue, code)
            if workflow is None:
                errors.append(InvalidValue("workflow.unknown").detail("events", index, "workflow"))
                break  # later events follow from a state this one never reached
            version = workflow.version_on(event.date)
            if version is None:
                errors.append(_no_version(event, ("events", index)))
                break
            walk = walks[code] = _Walk(workflow, version)
        transition = walk.by_id.get(event.transition)
        if transition is None or not _plainly_allowed(walk, transition, event):
            transition, found = walk.step_errors(event, case, ("events", index))
            if found or transition is None:
                errors.extend(found)
                break
        walk.state, walk.last = transition.target, event.date
        walk.steps.append(Step(index, event, transition))
        if transition.feedback:
            walk.decided.setdefault(transition.id, event.date)
    # A walk that took no step is one whose first event could not happen: not reported.
    return {code: walk.progress() for code, walk in walks.items() if walk.steps}, errors


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
        current = progress.get(event.workflow)
        steps = current.steps if current is not None else ()
        errors = _feedback_errors(workflow, event, catalogue, steps, ("events", index))
    else:
        errors = event_errors(progress.get(event.workflow), workflow, event, case, "events", index)
    if errors:
        raise ValidationFailed(errors)
    return attrs.evolve(case, events=(*case.events, event))
