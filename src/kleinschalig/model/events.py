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
from kleinschalig._texts import TAG, described
from kleinschalig.i18n import N_

__all__ = ["EVENT_CLASSES", "CaseEvent", "FeedbackSent", "WorkflowEvent"]


@described(
    N_("Stap in een werkproces"),
    workflow=(N_("Werkproces"), N_("De code van het werkproces.")),
    transition=(N_("Stap"), N_("De id van de genomen stap.")),
    date=(N_("Datum"), N_("De dag waarop de stap is genomen.")),
    actor=(N_("Uitgevoerd door"), N_("De code van de partnerrol die de stap nam.")),
    documents=(N_("Documenten"), N_("De codes van de documenten die bij de stap zijn vastgelegd.")),
    type=TAG,
)
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


@described(
    N_("Terugkoppeling verstuurd"),
    workflow=(N_("Werkproces"), N_("De code van het werkproces.")),
    about=(N_("Over besluit"), N_("De id van de stap van het besluit waarover teruggekoppeld is.")),
    recipient=(N_("Ontvanger"), N_("De code van de partnerrol die de terugkoppeling kreeg.")),
    date=(N_("Datum"), N_("De dag waarop de terugkoppeling is verstuurd.")),
    type=TAG,
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="workflow about recipient date type",
    ),
)
class FeedbackSent:
    """Feedback on a decision (transition ``about``) sent to a partner role."""

    workflow: str = attrs.field(**spec(pattern=CODE_PATTERN))
    about: str = attrs.field(**spec(pattern=CODE_PATTERN))
    recipient: str = attrs.field(**spec(pattern=CODE_PATTERN))
    date: dt.date
    type: Literal["feedback"] = "feedback"


#: One event of a case's log (tagged by ``type`` in JSON).
CaseEvent = WorkflowEvent | FeedbackSent
#: The event class for each ``type`` tag.
EVENT_CLASSES: dict[str, type] = {"transition": WorkflowEvent, "feedback": FeedbackSent}
