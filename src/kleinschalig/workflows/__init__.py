"""The workflow engine: replaying event logs, timelines, deadlines and role views.

>>> from kleinschalig.workflows import append_event, timeline, view_for
"""

from __future__ import annotations

from kleinschalig.workflows.localized import TIMELINE_SCHEMA, timeline_to_dict
from kleinschalig.workflows.replay import Progress, Step, append_event, replay, replay_all
from kleinschalig.workflows.timeline import (
    WARNING_CODES,
    Due,
    FeedbackDue,
    Timeline,
    TimelineWarning,
    WorkflowTimeline,
    feedback_due,
    timeline,
)
from kleinschalig.workflows.views import Disclosure, allowed_fields, disclosures, view_for

__all__ = [
    "TIMELINE_SCHEMA",
    "WARNING_CODES",
    "Disclosure",
    "Due",
    "FeedbackDue",
    "Progress",
    "Step",
    "Timeline",
    "TimelineWarning",
    "WorkflowTimeline",
    "allowed_fields",
    "append_event",
    "disclosures",
    "feedback_due",
    "replay",
    "replay_all",
    "timeline",
    "timeline_to_dict",
    "view_for",
]
