"""A facility on one date, for a reader: status, capacity and labels in one language.

What ``kleinschalig facilities --format json`` prints for each facility, and what a
front end lists: the codes to switch on next to their labels in the reader's
language, and whether the facility was open on the date — ``null`` where the
sources do not tell (:meth:`~kleinschalig.model.facilities.OperatingPeriod.is_open_on`).
:data:`FACILITIES_SCHEMA` describes :func:`facilities_to_dict`'s output.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from kleinschalig._labels import label_of
from kleinschalig.catalogue import Catalogue
from kleinschalig.i18n import N_, normalize_language, translate
from kleinschalig.model.facilities import Facility, OperatingStatus

__all__ = ["FACILITIES_SCHEMA", "facilities_to_dict", "facility_to_dict", "open_label"]


def open_label(facility: Facility, on: dt.date, lang: str = "nl") -> str:
    """Whether ``facility`` was open on ``on``, as text: open, unknown (and why), not yet
    open, or its status (closed, never opened)."""
    operating = facility.operating
    is_open = operating.is_open_on(on)
    if is_open:
        return translate(label_of(OperatingStatus.OPEN), lang)
    if is_open is None and operating.after_attested(on):
        day = operating.attested_until.isoformat() if operating.attested_until else ""
        return translate(N_("onbekend (bronnen tot en met {day})"), lang).format(day=day)
    if is_open is None:
        return translate(N_("onbekend"), lang)
    if operating.opened_on is not None and on < operating.opened_on:
        return translate(N_("nog niet open"), lang)
    return translate(label_of(operating.status), lang)


def facility_to_dict(
    facility: Facility, on: dt.date, lang: str = "nl", catalogue: Catalogue | None = None
) -> dict[str, Any]:
    """``facility`` on ``on`` for a reader in ``lang``; ``catalogue`` names its plugin."""
    lang = normalize_language(lang)
    entry = facility.capacity_on(on)
    operating = facility.operating
    plugin = None
    if catalogue is not None and facility.code in catalogue.facilities:
        plugin = catalogue.facilities.owner(facility.code)
    return {
        "code": facility.code,
        "name": facility.name,
        "kind": facility.kind.value,
        "kind_label": translate(label_of(facility.kind), lang),
        "security": facility.security.value,
        "security_label": translate(label_of(facility.security), lang),
        "plugin": plugin,
        "open": operating.is_open_on(on),
        "open_label": open_label(facility, on, lang),
        "status": operating.status.value,
        "attested_until": None
        if operating.attested_until is None
        else operating.attested_until.isoformat(),
        "capacity": None
        if entry is None
        else {
            "places": entry.places,
            "places_max": entry.places_max,
            "temporary": entry.temporary,
            "pools": [
                {"regime": p.regime, "places": p.places, "places_max": p.places_max}
                for p in entry.pools
            ],
        },
    }


def facilities_to_dict(catalogue: Catalogue, on: dt.date, lang: str = "nl") -> dict[str, Any]:
    """Every registered facility on ``on``, in code order."""
    lang = normalize_language(lang)
    return {
        "on": on.isoformat(),
        "lang": lang,
        "facilities": [facility_to_dict(f, on, lang, catalogue) for f in catalogue.facilities],
    }


_TEXT: Final = {"type": "string"}
_MAYBE_INT: Final = {"type": ["integer", "null"], "minimum": 0}

#: The JSON Schema (draft 2020-12) of :func:`facilities_to_dict`'s output.
FACILITIES_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kleinschalig.nl/schemas/facilities.localized/1",
    "title": "LocalizedFacilities",
    "type": "object",
    "required": ["on", "lang", "facilities"],
    "additionalProperties": False,
    "properties": {
        "on": {"type": "string", "format": "date"},
        "lang": {"enum": ["nl", "en"]},
        "facilities": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "code",
                    "name",
                    "kind",
                    "kind_label",
                    "security",
                    "security_label",
                    "plugin",
                    "open",
                    "open_label",
                    "status",
                    "attested_until",
                    "capacity",
                ],
                "properties": {
                    "code": _TEXT,
                    "name": _TEXT,
                    "kind": _TEXT,
                    "kind_label": _TEXT,
                    "security": _TEXT,
                    "security_label": _TEXT,
                    "plugin": {"type": ["string", "null"]},
                    "open": {"type": ["boolean", "null"]},
                    "open_label": _TEXT,
                    "status": {"enum": [s.value for s in OperatingStatus]},
                    "attested_until": {
                        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]
                    },
                    "capacity": {
                        "anyOf": [
                            {"type": "null"},
                            {
                                "type": "object",
                                "additionalProperties": False,
                                "required": ["places", "places_max", "temporary", "pools"],
                                "properties": {
                                    "places": {"type": "integer", "minimum": 0},
                                    "places_max": _MAYBE_INT,
                                    "temporary": {"type": "boolean"},
                                    "pools": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "additionalProperties": False,
                                            "required": ["regime", "places", "places_max"],
                                            "properties": {
                                                "regime": _TEXT,
                                                "places": {"type": "integer", "minimum": 0},
                                                "places_max": _MAYBE_INT,
                                            },
                                        },
                                    },
                                },
                            },
                        ]
                    },
                },
            },
        },
    },
}
