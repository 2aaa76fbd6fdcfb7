"""A timeline as compact JSON-ready data in one language, with its published JSON Schema.

``dump_json(timeline)`` embeds every workflow definition the case went through.
A front end wants the case's own part: per workflow the state it is in, the steps
taken, the steps due, the feedback owed and the warnings, each code with its label
in the reader's language. :func:`timeline_to_dict` gives that form and
:data:`TIMELINE_SCHEMA` describes it (``kleinschalig schema timeline-localized``).

>>> TIMELINE_SCHEMA["$id"]
'https://kleinschalig.nl/schemas/timeline.localized/1'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from kleinschalig.codec._output_schema import (
    DATE,
    DRAFT,
    MAYBE_DATE,
    MAYBE_TEXT,
    TEXT,
    closed_object,
)
from kleinschalig.i18n import normalize_language, translate
from kleinschalig.workflows.timeline import Timeline, WorkflowTimeline

__all__ = ["LOCALIZED_FORMAT", "TIMELINE_SCHEMA", "timeline_to_dict"]

#: The ``format`` of :func:`timeline_to_dict`'s output.
LOCALIZED_FORMAT: Final = "kleinschalig.timeline.localized/1"


def timeline_to_dict(result: Timeline, lang: str = "nl") -> dict[str, Any]:
    """``result`` for a reader in ``lang``: compact, labelled, no workflow definitions."""
    lang = normalize_language(lang)
    return {
        "format": LOCALIZED_FORMAT,
        "lang": lang,
        "case_id": result.case_id,
        "on": result.on.isoformat(),
        "workflows": [_workflow(wt, lang) for wt in result.workflows],
    }


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _workflow(wt: WorkflowTimeline, lang: str) -> dict[str, Any]:
    progress = wt.progress
    version = progress.version
    return {
        "workflow": progress.workflow.code,
        "label": translate(progress.workflow.label, lang),
        "version_valid_from": _date(version.valid_from),
        "state": progress.state,
        "state_label": translate(version.state(progress.state).label, lang),
        "finished": progress.finished,
        "events": [
            {
                "index": s.index,
                "transition": s.transition.id,
                "label": translate(s.transition.label, lang),
                "date": s.event.date.isoformat(),
                "actor": s.event.actor or s.transition.actor,
                "from": s.transition.source,
                "to": s.transition.target,
            }
            for s in progress.steps
        ],
        "due": [
            {
                "transition": d.transition,
                "label": translate(version.transition(d.transition).label, lang),
                "actor": d.actor,
                "earliest": _date(d.earliest),
                "latest": _date(d.latest),
                "status": d.status,
            }
            for d in wt.due
        ],
        "feedback": [
            {
                "about": f.about,
                "recipient": f.recipient,
                "decided_on": f.decided_on.isoformat(),
                "sent_on": _date(f.sent_on),
                "due_by": _date(f.due_by),
            }
            for f in wt.feedback
        ],
        "warnings": [w.to_dict(lang) for w in wt.warnings],
    }


#: The JSON Schema (draft 2020-12) of :func:`timeline_to_dict`'s output.
TIMELINE_SCHEMA: Final[dict[str, Any]] = {
    "$schema": DRAFT,
    "$id": "https://kleinschalig.nl/schemas/timeline.localized/1",
    "title": "LocalizedTimeline",
    "description": "A case's workflows on one day, every label in one language.",
    **closed_object(
        {
            "format": {"const": LOCALIZED_FORMAT},
            "lang": {"enum": ["nl", "en"]},
            "case_id": TEXT,
            "on": DATE,
            "workflows": {
                "type": "array",
                "items": closed_object(
                    {
                        "workflow": TEXT,
                        "label": TEXT,
                        "version_valid_from": MAYBE_DATE,
                        "state": TEXT,
                        "state_label": TEXT,
                        "finished": {"type": "boolean"},
                        "events": {
                            "type": "array",
                            "items": closed_object(
                                {
                                    "index": {"type": "integer", "minimum": 0},
                                    "transition": TEXT,
                                    "label": TEXT,
                                    "date": DATE,
                                    "actor": MAYBE_TEXT,
                                    "from": TEXT,
                                    "to": TEXT,
                                }
                            ),
                        },
                        "due": {
                            "type": "array",
                            "items": closed_object(
                                {
                                    "transition": TEXT,
                                    "label": TEXT,
                                    "actor": MAYBE_TEXT,
                                    "earliest": MAYBE_DATE,
                                    "latest": MAYBE_DATE,
                                    "status": {"enum": ["open", "overdue", "unknown"]},
                                }
                            ),
                        },
                        "feedback": {
                            "type": "array",
                            "items": closed_object(
                                {
                                    "about": TEXT,
                                    "recipient": TEXT,
                                    "decided_on": DATE,
                                    "sent_on": MAYBE_DATE,
                                    "due_by": MAYBE_DATE,
                                }
                            ),
                        },
                        "warnings": {
                            "type": "array",
                            "items": closed_object(
                                {
                                    "code": TEXT,
                                    "workflow": TEXT,
                                    "params": {
                                        "type": "object",
                                        "additionalProperties": {"type": "string"},
                                    },
                                    "message": TEXT,
                                }
                            ),
                        },
                    }
                ),
            },
        }
    ),
}
