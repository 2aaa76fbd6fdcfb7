"""The national core model: frozen, slotted attrs classes."""

from __future__ import annotations

from kleinschalig._lazy import lazy_exports

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig._labels import label_of
    from kleinschalig.model.basisvoorwaarden import (
        Basisvoorwaarde,
        BasisvoorwaardenMeasurement,
        BVStatus,
        MeasurementMoment,
    )
    from kleinschalig.model.case import (
        ActivityKind,
        CaseRecord,
        Consent,
        DaytimeActivity,
        IntakeFacts,
        LifeDomainScores,
        OffenceType,
        PlacementDecision,
        PlacementFacts,
        PreviousStay,
        ProsecutorPosition,
        RecidivismEvent,
        RecidivismType,
        Referral,
        Residence,
        RiskLevel,
        SentenceFacts,
        Severity,
        TitleHolding,
    )
    from kleinschalig.model.common import Jurisdiction, Sex
    from kleinschalig.model.facilities import (
        CapacityEntry,
        Facility,
        FacilityKind,
        Location,
        OperatingPeriod,
        OperatingStatus,
        PlacePool,
        SecurityLevel,
        TargetGroup,
    )
    from kleinschalig.model.intervention import (
        InterventionLink,
        InterventionLogic,
        InterventionNode,
        NodeLevel,
    )
    from kleinschalig.model.roles import PartnerRole
    from kleinschalig.model.sources import DocumentSource, LegalSource, Source, cite
    from kleinschalig.model.titles import LegalTitle, TitleKind, TitlePhase

#: name -> defining module; imported on first use so that loading one model
#: (say, for the plugin host) does not import them all.
_EXPORTS: dict[str, str] = {
    "ActivityKind": "kleinschalig.model.case",
    "BVStatus": "kleinschalig.model.basisvoorwaarden",
    "Basisvoorwaarde": "kleinschalig.model.basisvoorwaarden",
    "BasisvoorwaardenMeasurement": "kleinschalig.model.basisvoorwaarden",
    "CapacityEntry": "kleinschalig.model.facilities",
    "CaseRecord": "kleinschalig.model.case",
    "Consent": "kleinschalig.model.case",
    "DaytimeActivity": "kleinschalig.model.case",
    "DocumentSource": "kleinschalig.model.sources",
    "Facility": "kleinschalig.model.facilities",
    "FacilityKind": "kleinschalig.model.facilities",
    "IntakeFacts": "kleinschalig.model.case",
    "InterventionLink": "kleinschalig.model.intervention",
    "InterventionLogic": "kleinschalig.model.intervention",
    "InterventionNode": "kleinschalig.model.intervention",
    "Jurisdiction": "kleinschalig.model.common",
    "LegalSource": "kleinschalig.model.sources",
    "LegalTitle": "kleinschalig.model.titles",
    "LifeDomainScores": "kleinschalig.model.case",
    "Location": "kleinschalig.model.facilities",
    "MeasurementMoment": "kleinschalig.model.basisvoorwaarden",
    "NodeLevel": "kleinschalig.model.intervention",
    "OffenceType": "kleinschalig.model.case",
    "OperatingPeriod": "kleinschalig.model.facilities",
    "OperatingStatus": "kleinschalig.model.facilities",
    "PartnerRole": "kleinschalig.model.roles",
    "PlacePool": "kleinschalig.model.facilities",
    "PlacementDecision": "kleinschalig.model.case",
    "PlacementFacts": "kleinschalig.model.case",
    "RecidivismEvent": "kleinschalig.model.case",
    "RecidivismType": "kleinschalig.model.case",
    "Referral": "kleinschalig.model.case",
    "Residence": "kleinschalig.model.case",
    "SecurityLevel": "kleinschalig.model.facilities",
    "SentenceFacts": "kleinschalig.model.case",
    "Severity": "kleinschalig.model.case",
    "PreviousStay": "kleinschalig.model.case",
    "ProsecutorPosition": "kleinschalig.model.case",
    "RiskLevel": "kleinschalig.model.case",
    "Sex": "kleinschalig.model.common",
    "Source": "kleinschalig.model.sources",
    "TargetGroup": "kleinschalig.model.facilities",
    "TitleHolding": "kleinschalig.model.case",
    "TitleKind": "kleinschalig.model.titles",
    "TitlePhase": "kleinschalig.model.titles",
    "cite": "kleinschalig.model.sources",
    "label_of": "kleinschalig._labels",
}

__all__ = [
    "ActivityKind",
    "BVStatus",
    "Basisvoorwaarde",
    "BasisvoorwaardenMeasurement",
    "CapacityEntry",
    "CaseRecord",
    "Consent",
    "DaytimeActivity",
    "DocumentSource",
    "Facility",
    "FacilityKind",
    "IntakeFacts",
    "InterventionLink",
    "InterventionLogic",
    "InterventionNode",
    "Jurisdiction",
    "LegalSource",
    "LegalTitle",
    "LifeDomainScores",
    "Location",
    "MeasurementMoment",
    "NodeLevel",
    "OffenceType",
    "OperatingPeriod",
    "OperatingStatus",
    "PartnerRole",
    "PlacePool",
    "PlacementDecision",
    "PlacementFacts",
    "PreviousStay",
    "ProsecutorPosition",
    "RecidivismEvent",
    "RecidivismType",
    "Referral",
    "Residence",
    "RiskLevel",
    "SecurityLevel",
    "SentenceFacts",
    "Severity",
    "Sex",
    "Source",
    "TargetGroup",
    "TitleHolding",
    "TitleKind",
    "TitlePhase",
    "cite",
    "label_of",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
