"""The event log of a case: what happened in which workflow, when, by whom.

The log is append-only; the current state of a case in a workflow is derived
by replaying it (:mod:`kleinschalig.workflows`). Events hold codes and dates
only — no free text — so a log can be shown, counted and exported safely.

>>> import datetime as dt
>>> event = WorkflowEvent("inflow", "prescan", dt.date(2026, 9, 1), actor="casemanager")
>>> event.type, event.actor
('transition', 'casemanager')
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from kleinschalig._fields import CODE_PATTERN, classified, spec, unique_by

__all__ = ["EVENT_CLASSES", "CaseEvent", "FeedbackSent", "WorkflowEvent"]


@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="workflow transition date actor documents type",
    ),
)
class WorkflowEvent:
    """A transition of a workflow taken on ``date``.

    ``actor`` is the partner role that took it and ``documents`` the document
    codes recorded with it. A pre-scan answer is the transition taken
    (objection or none), never its reasons.
    """

    workflow: str = attrs.field(**spec(pattern=CODE_PATTERN))
    transition: str = attrs.field(**spec(pattern=CODE_PATTERN))
    date: dt.date
    actor: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    documents: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(str, "document"))
    )
    type: Literal["transition"] = "transition"


@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="workflow about recipient date type",
    ),
)
class FeedbackSent:
    """Feedback on a decision (transition ``about``) sent to a partner role."""

    workflow: str = attrs.field(**spec(pattern=CODE_PATTERN))
    about: str = attrs.field(**spec(pattern=CODE_PATTERN, doc="the decision's transition id"))
    recipient: str = attrs.field(**spec(pattern=CODE_PATTERN, doc="partner-role code"))
    date: dt.date
    type: Literal["feedback"] = "feedback"


#: One event of a case's log (tagged by ``type`` in JSON).
CaseEvent = WorkflowEvent | FeedbackSent
#: The event class for each ``type`` tag.
EVENT_CLASSES: dict[str, type] = {"transition": WorkflowEvent, "feedback": FeedbackSent}
