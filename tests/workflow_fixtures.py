"""A fictional inflow workflow with two versions, timings, consent, documents, a guard,
information flows and feedback, registered for the facility ``kv-proef``."""

import datetime as dt

from kleinschalig.dates import Duration
from kleinschalig.model import cite
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.conditions import Compare
from kleinschalig.model.workflows import (
    Content,
    FeedbackDeadline,
    InformationFlow,
    State,
    Timing,
    Transition,
    Workflow,
    WorkflowScope,
    WorkflowVersion,
)
from kleinschalig.plugins import hookimpl
from tests.screening_fixtures import ProefPlugin

S = (cite("001:L2131-2171"),)

STATES = (
    State("gemeld", "Naam ontvangen", S, initial=True),
    State("prescan", "Pre-scan loopt", S),
    State("uitgenodigd", "Uitgenodigd", S),
    State("gescreend", "Gescreend", S),
    State("geplaatst", "Geplaatst", S, final=True),
    State("regulier", "Regulier opgeroepen", S, final=True),
)


def transitions(advice_by: str) -> tuple[Transition, ...]:
    return (
        Transition(
            "startsignaal",
            "gemeld",
            "prescan",
            "Startsignaal en pre-scan",
            S,
            actor="casemanager",
            timing=Timing(
                "sentence.reporting_date", "before", Duration(weeks=6), Duration(weeks=8)
            ),
            informs=tuple(
                InformationFlow(r, Content.OBJECTION_ONLY, "taak", S)
                for r in ("om", "politie", "reclassering")
            ),
        ),
        Transition("bezwaar", "prescan", "regulier", "Bezwaar bij pre-scan", S, actor=advice_by),
        Transition(
            "geen_bezwaar",
            "prescan",
            "uitgenodigd",
            "Geen bezwaar",
            S,
            actor=advice_by,
            timing=Timing("transition:startsignaal", "after", maximum=Duration(weeks=2)),
        ),
        Transition(
            "screenen",
            "uitgenodigd",
            "gescreend",
            "Screenen",
            S,
            actor="reclassering",
            documents=("toestemmingsformulier",),
            consent=("werkgever",),
            guard=Compare("daytime_activity.hours_per_week", "ge", 24),
            informs=(
                InformationFlow(
                    "werkgever",
                    Content.FIELDS,
                    "consent",
                    S,
                    fields=("daytime_activity.hours_per_week",),
                ),
                InformationFlow(
                    "reclassering",
                    Content.FIELDS,
                    "taak",
                    S,
                    fields=("intake.motivated", "daytime_activity.kind"),
                ),
                InformationFlow(
                    "veiligheidshuis", Content.FIELDS, "consent", S, fields=("intake.regional_tie",)
                ),
            ),
        ),
        Transition(
            "plaatsen",
            "gescreend",
            "geplaatst",
            "Plaatsen",
            S,
            actor="pi_directie",
            feedback=True,
            informs=(InformationFlow("gemeente", Content.DATES, "bjsg", S),),
        ),
        Transition(
            "afwijzen", "gescreend", "regulier", "Afwijzen", S, actor="pi_directie", feedback=True
        ),
    )


INFLOW = Workflow(
    code="proef.instroom",
    label="Instroom KV Proef",
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=("kv-proef",)),
    versions=(
        WorkflowVersion(
            STATES,
            transitions("reclassering"),
            S,
            valid_until=dt.date(2021, 3, 31),
            selection_time=Duration(weeks=8),
            minimum_stay=Duration(months=1),
            internal_roles=("casemanager", "pi_directie"),
        ),
        WorkflowVersion(
            STATES,
            transitions("casemanager"),
            (cite("001:L4011-4015"),),
            valid_from=dt.date(2021, 4, 1),
            selection_time=Duration(weeks=8),
            minimum_stay=Duration(months=1),
            note="Het pre-scanadvies schuift van de reclassering naar de PI.",
            internal_roles=("casemanager", "pi_directie"),
        ),
    ),
)


#: A fictional workflow whose lead time, selection time and feedback deadline are in working
#: days (no source gives one; see docs/guide/working-days.rst), and one deadline in months.
DEADLINES = Workflow(
    code="proef.termijnen",
    label="Termijnen KV Proef",
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=("kv-proef",)),
    versions=(
        WorkflowVersion(
            (
                State("aangemeld", "Aangemeld", S, initial=True),
                State("onderzocht", "Onderzocht", S),
                State("geplaatst", "Geplaatst", S, final=True),
                State("afgewezen", "Afgewezen", S, final=True),
            ),
            (
                Transition(
                    "onderzoeken",
                    "aangemeld",
                    "onderzocht",
                    "Onderzoeken",
                    S,
                    actor="reclassering",
                    timing=Timing("referral.date", "after", maximum=Duration(working_days=5)),
                ),
                Transition(
                    "plaatsen",
                    "onderzocht",
                    "geplaatst",
                    "Plaatsen",
                    S,
                    actor="pi_directie",
                    feedback=True,
                    feedback_deadline=FeedbackDeadline(Duration(working_days=10), S),
                ),
                Transition(
                    "afwijzen",
                    "onderzocht",
                    "afgewezen",
                    "Afwijzen",
                    S,
                    actor="pi_directie",
                    feedback=True,
                    feedback_deadline=FeedbackDeadline(Duration(months=1), S),
                ),
            ),
            S,
            selection_time=Duration(working_days=20),
            internal_roles=("pi_directie",),
        ),
    ),
)


class WorkflowPlugin(ProefPlugin):
    def __init__(self, workflows=(INFLOW,), **kwargs):
        super().__init__(**kwargs)
        self.workflows = workflows

    @hookimpl
    def kleinschalig_register_workflows(self, register):
        for workflow in self.workflows:
            register.add(workflow)
