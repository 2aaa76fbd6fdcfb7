"""The public models by document name, for ``validate --model`` and ``schema NAME``."""

from __future__ import annotations

from typing import Any, Final

from kleinschalig.model.case import CaseRecord
from kleinschalig.model.conditions import Condition
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.events import CaseEvent
from kleinschalig.model.facilities import Facility
from kleinschalig.model.fact_definitions import FactDefinition
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.roles import PartnerRole
from kleinschalig.model.sources import DocumentSource, LegalSource, Source
from kleinschalig.model.titles import LegalTitle
from kleinschalig.model.workflows import Workflow
from kleinschalig.rules.vi import VIResult
from kleinschalig.screening.decide import Decision, Override
from kleinschalig.screening.receipt import DecisionRecord

MODELS: Final[dict[str, Any]] = {
    "case-event": CaseEvent,
    "case-record": CaseRecord,
    "condition": Condition,
    "criterion": Criterion,
    "decision": Decision,
    "decision-record": DecisionRecord,
    "document-source": DocumentSource,
    "facility": Facility,
    "fact-definition": FactDefinition,
    "indicator": Indicator,
    "intervention-logic": InterventionLogic,
    "legal-source": LegalSource,
    "legal-title": LegalTitle,
    "override": Override,
    "partner-role": PartnerRole,
    "source": Source,
    "vi-result": VIResult,
    "workflow": Workflow,
}
