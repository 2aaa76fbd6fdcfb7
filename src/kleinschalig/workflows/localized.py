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


_DATE: Final = {"type": "string", "format": "date"}
_MAYBE_DATE: Final = {"anyOf": [_DATE, {"type": "null"}]}
_MAYBE_TEXT: Final = {"type": ["string", "null"]}
_TEXT: Final = {"type": "string"}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }


#: The JSON Schema (draft 2020-12) of :func:`timeline_to_dict`'s output.
TIMELINE_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kleinschalig.nl/schemas/timeline.localized/1",
    "title": "LocalizedTimeline",
    "description": "A case's workflows on one day, every label in one language.",
    **_object(
        {
            "format": {"const": LOCALIZED_FORMAT},
            "lang": {"enum": ["nl", "en"]},
            "case_id": _TEXT,
            "on": _DATE,
            "workflows": {
                "type": "array",
                "items": _object(
                    {
                        "workflow": _TEXT,
                        "label": _TEXT,
                        "version_valid_from": _MAYBE_DATE,
                        "state": _TEXT,
                        "state_label": _TEXT,
                        "finished": {"type": "boolean"},
                        "events": {
                            "type": "array",
                            "items": _object(
                                {
                                    "index": {"type": "integer", "minimum": 0},
                                    "transition": _TEXT,
                                    "label": _TEXT,
                                    "date": _DATE,
                                    "actor": _MAYBE_TEXT,
                                    "from": _TEXT,
                                    "to": _TEXT,
                                }
                            ),
                        },
                        "due": {
                            "type": "array",
                            "items": _object(
                                {
                                    "transition": _TEXT,
                                    "label": _TEXT,
                                    "actor": _MAYBE_TEXT,
                                    "earliest": _MAYBE_DATE,
                                    "latest": _MAYBE_DATE,
                                    "status": {"enum": ["open", "overdue", "unknown"]},
                                }
                            ),
                        },
                        "feedback": {
                            "type": "array",
                            "items": _object(
                                {
                                    "about": _TEXT,
                                    "recipient": _TEXT,
                                    "decided_on": _DATE,
                                    "sent_on": _MAYBE_DATE,
                                    "due_by": _MAYBE_DATE,
                                }
                            ),
                        },
                        "warnings": {
                            "type": "array",
                            "items": _object(
                                {
                                    "code": _TEXT,
                                    "workflow": _TEXT,
                                    "params": {
                                        "type": "object",
                                        "additionalProperties": {"type": "string"},
                                    },
                                    "message": _TEXT,
                                }
                            ),
                        },
                    }
                ),
            },
        }
    ),
}
