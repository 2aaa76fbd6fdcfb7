"""The five basisvoorwaarden and their status per measurement moment.

The five basic conditions for re-integration [002:L969-999]: housing (onderdak),
income (inkomen), insight into debts with a plan (schulden), a valid ID
(identiteitsbewijs) and care with health insurance (zorg en zorgverzekering).
The sources define the content, not a test of "met"; the status values below are
the library's proposal (no seed line gives them) and are recorded per moment, as the
KVM evaluation measured at intake and at outflow [000:L34-42].

>>> m = BasisvoorwaardenMeasurement(moment=MeasurementMoment.T0, housing=BVStatus.MET,
...     income=BVStatus.MISSING, debts=BVStatus.NOT_APPLICABLE)
>>> [b.value for b in m.missing()]
['income']
>>> [b.value for b in m.unknown()]
['id_document', 'care_insurance']
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import attrs

from kleinschalig._fields import classified
from kleinschalig._labels import labelled
from kleinschalig._texts import described
from kleinschalig.i18n import N_

__all__ = ["BVStatus", "Basisvoorwaarde", "BasisvoorwaardenMeasurement", "MeasurementMoment"]


@labelled(
    {
        "housing": N_("onderdak"),
        "income": N_("inkomen"),
        "debts": N_("schulden (inzicht en plan)"),
        "id_document": N_("geldig identiteitsbewijs"),
        "care_insurance": N_("zorg en zorgverzekering"),
    }
)
class Basisvoorwaarde(StrEnum):
    """One of the five basisvoorwaarden [002:L973-999]."""

    HOUSING = "housing"
    INCOME = "income"
    DEBTS = "debts"
    ID_DOCUMENT = "id_document"
    CARE_INSURANCE = "care_insurance"


@labelled(
    {
        "unknown": N_("onbekend"),
        "missing": N_("ontbreekt"),
        "in_progress": N_("in behandeling"),
        "met": N_("geregeld"),
        "not_applicable": N_("niet van toepassing"),
    }
)
class BVStatus(StrEnum):
    """Status of one basisvoorwaarde. ``unknown`` means not recorded, never "missing"."""

    UNKNOWN = "unknown"
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_APPLICABLE = "not_applicable"


@labelled(
    {
        "t0": N_("T0 instroom (nulmeting)"),
        "interim": N_("tussenmeting"),
        "t1": N_("T1 uitstroom (eindmeting)"),
        "t2": N_("T2 follow-up (nameting)"),
    }
)
class MeasurementMoment(StrEnum):
    """Measurement moments of the evaluation design [001:L5378-5382]."""

    T0 = "t0"
    INTERIM = "interim"
    T1 = "t1"
    T2 = "t2"


@described(
    N_("Meting basisvoorwaarden"),
    moment=(N_("Meetmoment"), N_("Het moment van de meting.")),
    date=(N_("Meetdatum"), N_("De dag van de meting.")),
    housing=(N_("Onderdak"), N_("De status van de basisvoorwaarde onderdak.")),
    income=(N_("Inkomen"), N_("De status van de basisvoorwaarde inkomen.")),
    debts=(N_("Schulden"), N_("De status van de basisvoorwaarde schulden (inzicht en plan).")),
    id_document=(
        N_("Identiteitsbewijs"),
        N_("De status van de basisvoorwaarde geldig identiteitsbewijs."),
    ),
    care_insurance=(
        N_("Zorg en zorgverzekering"),
        N_("De status van de basisvoorwaarde zorg en zorgverzekering."),
    ),
    debts_present=(N_("Schulden aanwezig"), N_("Of er schulden zijn; leeg: niet vastgelegd.")),
    care_need=(N_("Zorgbehoefte"), N_("Of er een zorgbehoefte is; leeg: niet vastgelegd.")),
)
@attrs.frozen(
    slots=True,
    field_transformer=classified(
        ordinary="moment date housing income debts id_document care_insurance debts_present",
        special="care_need",
    ),
)
class BasisvoorwaardenMeasurement:
    """The five statuses at one moment.

    ``debts_present`` and ``care_need`` keep the separate facts the KVM evaluation
    measured [000:L36-41]; ``None`` means not recorded.
    """

    moment: MeasurementMoment
    date: dt.date | None = None
    housing: BVStatus = BVStatus.UNKNOWN
    income: BVStatus = BVStatus.UNKNOWN
    debts: BVStatus = BVStatus.UNKNOWN
    id_document: BVStatus = BVStatus.UNKNOWN
    care_insurance: BVStatus = BVStatus.UNKNOWN
    debts_present: bool | None = None
    care_need: bool | None = None

    def status(self, condition: Basisvoorwaarde) -> BVStatus:
        return getattr(self, condition.value)  # type: ignore[no-any-return]

    def _with(self, *statuses: BVStatus) -> list[Basisvoorwaarde]:
        return [b for b in Basisvoorwaarde if self.status(b) in statuses]

    def missing(self) -> list[Basisvoorwaarde]:
        """Conditions recorded as not (yet) arranged: missing or in progress."""
        return self._with(BVStatus.MISSING, BVStatus.IN_PROGRESS)

    def unknown(self) -> list[Basisvoorwaarde]:
        return self._with(BVStatus.UNKNOWN)

    def met_count(self) -> int | None:
        """How many are met or not applicable; ``None`` while any is unknown."""
        if self.unknown():
            return None
        return len(self._with(BVStatus.MET, BVStatus.NOT_APPLICABLE))
