"""A case's timeline: events, current states, what is due by when, and warnings.

Warnings have stable codes and Dutch messages with English translations:

``deadline.overdue``
    a step is still open after its last allowed day;
``lead_time.below_minimum`` / ``lead_time.above_maximum``
    a step was taken closer to (or further from) its anchor date than allowed
    — the summons that reached the KV too late for a pre-scan;
``deadline.missed``
    a step that had to follow its anchor within a time was taken later;
``timing.unknown``
    a step has a timing but its anchor date is not recorded;
``trajectory.infeasible``
    the expected effective stay (strafrestant − expected selection time) is
    shorter than the shortest stay the workflow considers worth starting;
``feedback.missing``
    after a decision, a partner that referred or advised has not been told (when
    the decision has a feedback deadline: not told and the deadline has passed);
``feedback.late``
    feedback was sent, but after the decision's feedback deadline;
``feedback.deadline_unknown``
    the feedback deadline cannot be worked out (a month that ends before the
    decision's day, or a working day outside the calendar's years): whether
    feedback is late or missing is not judged.

A feedback deadline that has not passed on the day of the timeline is not due
yet: feedback not sent by then gives no warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final, Literal

import attrs

from kleinschalig.catalogue import Catalogue
from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add, subtract
from kleinschalig.i18n import N_, translate
from kleinschalig.model.case import CaseRecord
from kleinschalig.model.events import FeedbackSent
from kleinschalig.model.facts import MISSING, read_fact
from kleinschalig.model.workflows import Content, FeedbackDeadline, Timing
from kleinschalig.workflows.replay import Progress, replay_all

__all__ = [
    "WARNING_CODES",
    "Due",
    "FeedbackDue",
    "Timeline",
    "TimelineWarning",
    "WorkflowTimeline",
    "feedback_due",
    "timeline",
]

WARNING_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "deadline.overdue": N_("Stap {transition} is te laat: uiterlijk {latest}."),
        "deadline.missed": N_(
            "Stap {transition} is gezet op {date}, na de uiterste datum {latest}."
        ),
        "lead_time.below_minimum": N_(
            "Stap {transition} is gezet op {date}: minder dan {minimum} vóór "
            "{anchor} ({anchor_date})."
        ),
        "lead_time.above_maximum": N_(
            "Stap {transition} is gezet op {date}: meer dan {maximum} vóór "
            "{anchor} ({anchor_date})."
        ),
        "timing.unknown": N_("Termijn van stap {transition} onbekend: {anchor} ontbreekt."),
        "trajectory.infeasible": N_(
            "Traject niet haalbaar: na een verwachte selectietijd van {selection_time} blijft "
            "{effective_days} dagen verblijf over, minder dan {minimum_stay}."
        ),
        "feedback.missing": N_(
            "Geen terugkoppeling over {about} aan {recipient}, die heeft verwezen of geadviseerd."
        ),
        "feedback.late": N_(
            "Terugkoppeling over {about} aan {recipient} is gestuurd op {date}, na de uiterste "
            "datum {latest}."
        ),
        "feedback.deadline_unknown": N_(
            "Termijn voor terugkoppeling over {about} aan {recipient} onbekend ({reason}): "
            "niet beoordeeld of die op tijd is."
        ),
    }
)


@attrs.frozen(slots=True)
class TimelineWarning:
    code: str
    workflow: str
    params: Mapping[str, str] = attrs.field(factory=dict)

    def message(self, lang: str = "nl") -> str:
        return translate(WARNING_CODES[self.code], lang).format(**self.params)

    def to_dict(self, lang: str = "nl") -> dict[str, object]:
        return {
            "code": self.code,
            "workflow": self.workflow,
            "params": dict(self.params),
            "message": self.message(lang),
        }


@attrs.frozen(slots=True)
class Due:
    """An open step with a timing: its window and whether it is overdue on the day."""

    workflow: str
    transition: str
    actor: str | None
    earliest: dt.date | None
    latest: dt.date | None
    status: Literal["open", "overdue", "unknown"]


@attrs.frozen(slots=True)
class FeedbackDue:
    """Feedback on a decision owed to a partner, whether it was sent, and by when it is due.

    ``due_by`` is the last day of the decision's feedback deadline; ``None`` when the
    decision has none, or when it could not be worked out (``deadline_problem`` then
    holds the error code, ``date.nonexistent`` or ``date.out_of_range``).
    """

    workflow: str
    about: str
    decided_on: dt.date
    recipient: str
    sent_on: dt.date | None
    due_by: dt.date | None = None
    deadline_problem: str | None = None

    @property
    def late(self) -> bool:
        """Sent, but after the deadline."""
        return self.sent_on is not None and self.due_by is not None and self.sent_on > self.due_by

    def missing_on(self, on: dt.date) -> bool:
        """Not sent, and due on ``on``: always without a deadline, after it with one."""
        if self.sent_on is not None:
            return False
        return self.due_by is None or on > self.due_by


@attrs.frozen(slots=True)
class WorkflowTimeline:
    progress: Progress
    due: tuple[Due, ...]
    feedback: tuple[FeedbackDue, ...]
    warnings: tuple[TimelineWarning, ...]


@attrs.frozen(slots=True)
class Timeline:
    """Everything :func:`timeline` found for one case on one day."""

    case_id: str
    on: dt.date
    workflows: tuple[WorkflowTimeline, ...]

    @property
    def warnings(self) -> tuple[TimelineWarning, ...]:
        return tuple(w for wt in self.workflows for w in wt.warnings)

    def to_dict(self, lang: str = "nl") -> dict[str, object]:
        """This timeline for a reader in ``lang``, compact: see
        :func:`~kleinschalig.workflows.localized.timeline_to_dict`."""
        from kleinschalig.workflows.localized import timeline_to_dict

        return timeline_to_dict(self, lang)


def _anchor_date(timing: Timing, case: CaseRecord, progress: Progress) -> dt.date | None:
    transition = timing.transition_anchor
    if transition is not None:
        step = progress.last_taken(transition)
        return step.event.date if step is not None else None
    if timing.anchor == "sentence.end_date":
        sentence = case.sentence
        start = None if sentence is None else sentence.start_date or sentence.reporting_date
        if sentence is None or start is None or sentence.imposed_length is None:
            return None
        return add(start, sentence.imposed_length, Rounding.RAISE)
    value = read_fact(case, timing.anchor)
    return None if value is MISSING else value


def _window(timing: Timing, anchor: dt.date) -> tuple[dt.date | None, dt.date | None]:
    def shift(length: Duration) -> dt.date:
        if timing.relation == "before":
            return subtract(anchor, length, Rounding.RAISE)
        return add(anchor, length, Rounding.RAISE)

    earliest: dt.date | None
    latest: dt.date | None
    if timing.relation == "before":
        earliest = shift(timing.maximum) if timing.maximum is not None else None
        latest = shift(timing.minimum) if timing.minimum is not None else anchor
        return earliest, latest
    earliest = shift(timing.minimum) if timing.minimum is not None else anchor
    latest = shift(timing.maximum) if timing.maximum is not None else None
    return earliest, latest


def _taken_late_or_early(progress: Progress, case: CaseRecord) -> list[TimelineWarning]:
    warnings: list[TimelineWarning] = []
    code = progress.workflow.code
    for position, step in enumerate(progress.steps):
        timing = step.transition.timing
        if timing is None:
            continue
        earlier = attrs.evolve(progress, steps=progress.steps[:position])
        try:
            anchor = _anchor_date(timing, case, earlier)
            window = None if anchor is None else _window(timing, anchor)
        except DateArithmeticError:
            anchor = window = None
        if anchor is None or window is None:
            warnings.append(
                TimelineWarning(
                    "timing.unknown",
                    code,
                    {"transition": step.transition.id, "anchor": timing.anchor},
                )
            )
            continue
        earliest, latest = window
        params = {
            "transition": step.transition.id,
            "date": step.event.date.isoformat(),
            "anchor": timing.anchor,
            "anchor_date": anchor.isoformat(),
        }
        if timing.relation == "before":
            if latest is not None and step.event.date > latest and timing.minimum is not None:
                warnings.append(
                    TimelineWarning(
                        "lead_time.below_minimum", code, {**params, "minimum": str(timing.minimum)}
                    )
                )
            elif latest is not None and step.event.date > latest:
                warnings.append(
                    TimelineWarning(
                        "deadline.missed", code, {**params, "latest": latest.isoformat()}
                    )
                )
            elif earliest is not None and step.event.date < earliest and timing.maximum:
                warnings.append(
                    TimelineWarning(
                        "lead_time.above_maximum", code, {**params, "maximum": str(timing.maximum)}
                    )
                )
        elif latest is not None and step.event.date > latest:
            warnings.append(
                TimelineWarning("deadline.missed", code, {**params, "latest": latest.isoformat()})
            )
    return warnings


def _open_steps(
    progress: Progress, case: CaseRecord, on: dt.date
) -> tuple[list[Due], list[TimelineWarning]]:
    due: list[Due] = []
    warnings: list[TimelineWarning] = []
    if progress.finished:
        return due, warnings
    code = progress.workflow.code
    for transition in progress.version.outgoing(progress.state):
        timing = transition.timing
        if timing is None:
            continue
        try:
            anchor = _anchor_date(timing, case, progress)
            window = _window(timing, anchor) if anchor is not None else None
        except DateArithmeticError:
            window = None
        if window is None:
            due.append(Due(code, transition.id, transition.actor, None, None, "unknown"))
            warnings.append(
                TimelineWarning(
                    "timing.unknown", code, {"transition": transition.id, "anchor": timing.anchor}
                )
            )
            continue
        earliest, latest = window
        overdue = latest is not None and on > latest
        due.append(
            Due(
                code,
                transition.id,
                transition.actor,
                earliest,
                latest,
                "overdue" if overdue else "open",
            )
        )
        if overdue:
            assert latest is not None
            warnings.append(
                TimelineWarning(
                    "deadline.overdue",
                    code,
                    {"transition": transition.id, "latest": latest.isoformat()},
                )
            )
    return due, warnings


def _feasibility(progress: Progress, case: CaseRecord, on: dt.date) -> list[TimelineWarning]:
    version = progress.version
    if version.selection_time is None or progress.finished or case.sentence is None:
        return []
    begun = progress.started_on or on
    try:
        remaining = case.sentence.remaining_at(on, Rounding.RAISE)
        if remaining is None:
            return []
        selection_done = add(begun, version.selection_time, Rounding.RAISE)
        effective_days = (remaining.end_date - selection_done).days
        if version.minimum_stay is not None:
            feasible = (
                add(selection_done, version.minimum_stay, Rounding.RAISE) <= remaining.end_date
            )
        else:
            feasible = effective_days > 0
    except DateArithmeticError:
        return []
    if feasible:
        return []
    return [
        TimelineWarning(
            "trajectory.infeasible",
            progress.workflow.code,
            {
                "selection_time": str(version.selection_time),
                "effective_days": str(max(effective_days, 0)),
                "minimum_stay": str(version.minimum_stay or Duration(days=1)),
            },
        )
    ]


_ASKED = (Content.OBJECTION_ONLY, Content.DECISION)


def _sent(case: CaseRecord, workflow: str) -> dict[tuple[str, str], list[dt.date]]:
    """The days feedback of ``workflow`` was sent, by decision and recipient."""
    sent: dict[tuple[str, str], list[dt.date]] = {}
    for e in case.events:
        if isinstance(e, FeedbackSent) and e.workflow == workflow:
            sent.setdefault((e.about, e.recipient), []).append(e.date)
    return sent


def _first_on_or_after(dates: Iterable[dt.date], day: dt.date) -> dt.date | None:
    """The first feedback sent on or after the decision: earlier feedback was about another."""
    first: dt.date | None = None
    for d in dates:
        if d >= day and (first is None or d < first):
            first = d
    return first


def _due_by(
    deadline: FeedbackDeadline | None, decided_on: dt.date
) -> tuple[dt.date | None, str | None]:
    """The last day of a feedback deadline, or why it cannot be worked out."""
    if deadline is None:
        return None, None
    try:
        return add(decided_on, deadline.within, Rounding.RAISE), None
    except DateArithmeticError as exc:
        return None, exc.detail.code


def _feedback_warnings(
    code: str, feedback: Iterable[FeedbackDue], on: dt.date
) -> list[TimelineWarning]:
    warnings: list[TimelineWarning] = []
    for f in feedback:
        params = {"about": f.about, "recipient": f.recipient}
        if f.deadline_problem is not None:
            warnings.append(
                TimelineWarning(
                    "feedback.deadline_unknown", code, {**params, "reason": f.deadline_problem}
                )
            )
        elif f.sent_on is not None and f.due_by is not None and f.sent_on > f.due_by:  # late
            warnings.append(
                TimelineWarning(
                    "feedback.late",
                    code,
                    {**params, "date": f.sent_on.isoformat(), "latest": f.due_by.isoformat()},
                )
            )
        elif f.missing_on(on):
            if f.due_by is not None:
                params["latest"] = f.due_by.isoformat()
            warnings.append(TimelineWarning("feedback.missing", code, params))
    return warnings


def _feedback(progress: Progress, case: CaseRecord) -> list[FeedbackDue]:
    """After each decision, feedback owed to whoever referred, acted or was asked for
    advice before it, except the decider and the workflow's internal roles."""
    owed: list[FeedbackDue] = []
    sent: dict[tuple[str, str], list[dt.date]] | None = None  # read at the first decision
    code = progress.workflow.code
    internal = progress.version.internal_roles
    involved: set[str] = set()  # the referrer, and whoever acted or was asked so far
    if case.referral is not None and case.referral.by is not None:
        involved.add(case.referral.by)
    for step in progress.steps:
        transition = step.transition
        actor = step.event.actor or transition.actor
        if transition.feedback:
            if sent is None:
                sent = _sent(case, code)
            decided_on = step.event.date
            due_by, problem = _due_by(transition.feedback_deadline, decided_on)
            for role in sorted(involved.difference(internal, (actor,))):
                dates = sent.get((transition.id, role), ())
                sent_on = _first_on_or_after(dates, decided_on)
                owed.append(
                    FeedbackDue(code, transition.id, decided_on, role, sent_on, due_by, problem)
                )
        if actor is not None:
            involved.add(actor)
        for flow in transition.informs:
            if flow.content in _ASKED:
                involved.add(flow.recipient)
    return owed


def feedback_due(case: CaseRecord, catalogue: Catalogue) -> list[FeedbackDue]:
    """Every feedback a decision in the case's log made due, sent or not (countable)."""
    return [f for p in replay_all(case, catalogue).values() for f in _feedback(p, case)]


def timeline(case: CaseRecord, catalogue: Catalogue, on: dt.date) -> Timeline:
    """The case's workflows on ``on``: state, steps taken, steps due, and warnings.

    Raises :class:`~kleinschalig.errors.ValidationFailed` if the log is not a
    possible history (see :func:`~kleinschalig.workflows.replay_all`).
    """
    progress = replay_all(case, catalogue)
    if case.facility is not None and case.facility in catalogue.facilities:
        for workflow in catalogue.workflows_for(case.facility):
            if workflow.code not in progress and not workflow.scope.national:
                version = workflow.version_on(on)
                if version is not None:
                    progress[workflow.code] = Progress(
                        workflow, version, version.initial_state.code
                    )
    result = []
    for code in sorted(progress):
        p = progress[code]
        due, open_warnings = _open_steps(p, case, on)
        feedback = tuple(_feedback(p, case))
        warnings = [
            *_taken_late_or_early(p, case),
            *open_warnings,
            *_feasibility(p, case, on),
            *_feedback_warnings(code, feedback, on),
        ]
        result.append(WorkflowTimeline(p, tuple(due), feedback, tuple(warnings)))
    return Timeline(case.case_id, on, tuple(result))
