"""kleinschalig: a domain library for Dutch small-scale detention facilities (KV and KVJJ).

The public namespace is small; everything else lives in private or topical
modules. Typical use:

>>> import kleinschalig as ks
>>> case = ks.load_json('{"subject_id": "p-1", "case_id": "c-1"}', ks.CaseRecord)
>>> ks.national_catalogue().check_case(case)
[]
>>> ks.vi_date(ks.parse_date("2024-03-01"), ks.Duration.parse("18m"),
...            judgment_date=ks.parse_date("2024-01-15")).vi_date
datetime.date(2025, 5, 1)
"""

from __future__ import annotations

from kleinschalig._lazy import lazy_exports
from kleinschalig._version import __version__

# Not imported from typing: importing typing costs the CLI's --version a few ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue, national_catalogue
    from kleinschalig.codec import dump_json, load_json, structure, unstructure
    from kleinschalig.codec.schema import json_schema
    from kleinschalig.dates import DateArithmeticError, Duration, Rounding, parse_date
    from kleinschalig.errors import ErrorDetail, KleinschaligError, ValidationFailed
    from kleinschalig.i18n import format_date, translate
    from kleinschalig.model import (
        Basisvoorwaarde,
        BasisvoorwaardenMeasurement,
        BVStatus,
        CaseRecord,
        DocumentSource,
        Facility,
        InterventionLogic,
        LegalSource,
        LegalTitle,
        MeasurementMoment,
        PartnerRole,
        SecurityLevel,
        label_of,
    )
    from kleinschalig.rules.vi import VIResult, vi_date

#: public name -> module that defines it; imported on first use (PEP 562) so that
#: ``kleinschalig --version`` and plugin discovery stay fast.
_EXPORTS: dict[str, str] = {
    "BVStatus": "kleinschalig.model",
    "Basisvoorwaarde": "kleinschalig.model",
    "BasisvoorwaardenMeasurement": "kleinschalig.model",
    "CaseRecord": "kleinschalig.model",
    "Catalogue": "kleinschalig.catalogue",
    "DateArithmeticError": "kleinschalig.dates",
    "DocumentSource": "kleinschalig.model",
    "Duration": "kleinschalig.dates",
    "ErrorDetail": "kleinschalig.errors",
    "Facility": "kleinschalig.model",
    "InterventionLogic": "kleinschalig.model",
    "KleinschaligError": "kleinschalig.errors",
    "LegalSource": "kleinschalig.model",
    "LegalTitle": "kleinschalig.model",
    "MeasurementMoment": "kleinschalig.model",
    "PartnerRole": "kleinschalig.model",
    "Rounding": "kleinschalig.dates",
    "SecurityLevel": "kleinschalig.model",
    "VIResult": "kleinschalig.rules.vi",
    "ValidationFailed": "kleinschalig.errors",
    "dump_json": "kleinschalig.codec",
    "format_date": "kleinschalig.i18n",
    "json_schema": "kleinschalig.codec.schema",
    "label_of": "kleinschalig.model",
    "load_json": "kleinschalig.codec",
    "national_catalogue": "kleinschalig.catalogue",
    "parse_date": "kleinschalig.dates",
    "structure": "kleinschalig.codec",
    "translate": "kleinschalig.i18n",
    "unstructure": "kleinschalig.codec",
    "vi_date": "kleinschalig.rules.vi",
}

__all__ = [
    "BVStatus",
    "Basisvoorwaarde",
    "BasisvoorwaardenMeasurement",
    "CaseRecord",
    "Catalogue",
    "DateArithmeticError",
    "DocumentSource",
    "Duration",
    "ErrorDetail",
    "Facility",
    "InterventionLogic",
    "KleinschaligError",
    "LegalSource",
    "LegalTitle",
    "MeasurementMoment",
    "PartnerRole",
    "Rounding",
    "SecurityLevel",
    "VIResult",
    "ValidationFailed",
    "__version__",
    "dump_json",
    "format_date",
    "json_schema",
    "label_of",
    "load_json",
    "national_catalogue",
    "parse_date",
    "structure",
    "translate",
    "unstructure",
    "vi_date",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
