"""Small vocabulary shared by several models."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from kleinschalig._labels import labelled
from kleinschalig.i18n import N_


@labelled({"adult": N_("volwassenen"), "youth": N_("jeugd (jeugdstrafrecht)")})
class Jurisdiction(StrEnum):
    """Adult criminal law or youth criminal law (jeugdstrafrecht)."""

    ADULT = "adult"
    YOUTH = "youth"


@labelled(
    {"male": N_("man"), "female": N_("vrouw"), "other": N_("anders"), "unknown": N_("onbekend")}
)
class Sex(StrEnum):
    """Sex as registered; ``unknown`` means not recorded."""

    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


@labelled(
    {
        "pretrial_detention": N_("voorlopige hechtenis"),
        "conviction": N_("veroordeling"),
        "police_incident": N_("politie-incident"),
        "police_report": N_("aangifte"),
    }
)
class RecidivismType(StrEnum):
    PRETRIAL_DETENTION = "pretrial_detention"
    CONVICTION = "conviction"
    POLICE_INCIDENT = "police_incident"
    POLICE_REPORT = "police_report"


def in_force(valid_from: dt.date | None, valid_until: dt.date | None, on: dt.date) -> bool:
    """Whether ``on`` lies in the period; ``valid_until`` is the last day in force (inclusive)."""
    return (valid_from is None or valid_from <= on) and (valid_until is None or on <= valid_until)
