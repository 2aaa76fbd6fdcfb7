"""Indicators as data: what is counted, over which records, at which moment, from which source.

An :class:`Indicator` has an id, a Dutch label, a level of the logic model
(inflow, target group, output, ..., impact, outflow), a measurement moment, a
unit and a *measure*: how the value follows from case records. Every measure
states its denominator — the records in scope — explicitly; records in scope
whose data are missing are excluded *and counted*, never dropped silently.

Measures (tagged by ``kind``):

``share``
    :class:`Share`: records where ``numerator`` holds, among those in scope.
``mean``
    :class:`Mean`: the mean of a number fact among those in scope.
``distribution``
    :class:`Distribution`: how records in scope spread over the values of a fact.
``basisvoorwaarden``
    :class:`BasisvoorwaardenMet`: share with one (or all five) basisvoorwaarden
    met at a measurement moment.
``domain_change``
    :class:`DomainChange`: mean change of a life-domain score between two moments.
``recidivism``
    :class:`Recidivism`: share with a recidivism event within a window after
    outflow, among those whose window has passed. The sources fix no window
    [001:L5378-5382]; without one the value is not computed.
``stay_length``
    :class:`StayLength`: mean days from inflow to outflow among those who left.
``feedback``
    :class:`FeedbackSent`: share of the feedback owed after placement decisions
    that was sent (the unit is a feedback owed, not a person).
``observation``
    :class:`Observation`: measured outside the case record — by interview,
    questionnaire or a facility-level registration [001:L5385-5388]. It is
    part of the catalogue, with its source, but not computed from case records.

>>> from kleinschalig.model.sources import cite
>>> from kleinschalig.model.conditions import Compare, OneOf
>>> ind = Indicator(
...     id="proef.groepsgeschikt",
...     label="Groepsgeschikt",
...     level=IndicatorLevel.TARGET_GROUP,
...     moment=IndicatorMoment.T0,
...     unit=IndicatorUnit.SHARE,
...     measure=Share(
...         Compare("intake.group_suitable", "eq", True),
...         denominator=OneOf("placement.decision", ("placed",)),
...     ),
...     sources=(cite("001:L5508"),),
... )
>>> ind.measure.kind
'share'
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

import attrs

from kleinschalig._fields import CODE_PATTERN, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import (
    DENOMINATOR,
    DESCRIPTION,
    LABEL,
    SCOPE_FACILITIES,
    SCOPE_KINDS,
    SOURCES,
    TAG,
    described,
)
from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import Basisvoorwaarde, MeasurementMoment
from kleinschalig.model.common import RecidivismType
from kleinschalig.model.conditions import FACT_PATTERN, Condition
from kleinschalig.model.facilities import FacilityKind
from kleinschalig.model.sources import Source

__all__ = [
    "MEASURE_CLASSES",
    "BasisvoorwaardenMet",
    "Distribution",
    "DomainChange",
    "FeedbackSent",
    "Indicator",
    "IndicatorLevel",
    "IndicatorMoment",
    "IndicatorScope",
    "IndicatorUnit",
    "Mean",
    "Measure",
    "Observation",
    "Recidivism",
    "Share",
    "StayLength",
    "facility_indicator",
]


@labelled(
    {
        "inflow": N_("instroom"),
        "target_group": N_("doelgroep"),
        "output": N_("output"),
        "process": N_("proces"),
        "context": N_("context"),
        "outcome_short": N_("outcome (korte termijn)"),
        "outcome_long": N_("outcome (lange termijn)"),
        "impact": N_("impact"),
        "outflow": N_("uitstroom"),
    }
)
class IndicatorLevel(StrEnum):
    """The block of the evaluation design an indicator belongs to [001:L5368-5400]."""

    INFLOW = "inflow"
    TARGET_GROUP = "target_group"
    OUTPUT = "output"
    PROCESS = "process"
    CONTEXT = "context"
    OUTCOME_SHORT = "outcome_short"
    OUTCOME_LONG = "outcome_long"
    IMPACT = "impact"
    OUTFLOW = "outflow"


@labelled(
    {
        "inflow": N_("instroom (selectie)"),
        "t0": N_("T0 instroom"),
        "stay": N_("tijdens het verblijf"),
        "t1": N_("T1 uitstroom"),
        "t2": N_("T2 nameting"),
        "period": N_("over de periode"),
    }
)
class IndicatorMoment(StrEnum):
    """When it is measured: selection, T0 intake, the stay, T1 outflow, T2 follow-up,
    or over a period [001:L5378-5382]."""

    INFLOW = "inflow"
    T0 = "t0"
    STAY = "stay"
    T1 = "t1"
    T2 = "t2"
    PERIOD = "period"


@labelled(
    {
        "share": N_("aandeel"),
        "count": N_("aantal"),
        "mean": N_("gemiddelde"),
        "days": N_("dagen"),
        "points": N_("punten"),
    }
)
class IndicatorUnit(StrEnum):
    SHARE = "share"
    COUNT = "count"
    MEAN = "mean"
    DAYS = "days"
    POINTS = "points"


@described(
    N_("Aandeel"),
    numerator=(N_("Teller"), N_("De voorwaarde voor de dossiers die meetellen in de teller.")),
    denominator=DENOMINATOR,
    kind=TAG,
)
@attrs.frozen(slots=True)
class Share:
    """Records where ``numerator`` holds, among records in scope (``denominator``;
    ``None``: every record of the cohort)."""

    numerator: Condition
    denominator: Condition | None = None
    kind: Literal["share"] = "share"


@described(
    N_("Gemiddelde"),
    fact=(N_("Feit"), N_("Het getalfeit waarvan het gemiddelde genomen wordt.")),
    denominator=DENOMINATOR,
    kind=TAG,
)
@attrs.frozen(slots=True)
class Mean:
    """The mean of the number fact ``fact`` among records in scope."""

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    denominator: Condition | None = None
    kind: Literal["mean"] = "mean"


@described(
    N_("Verdeling"),
    fact=(N_("Feit"), N_("Het keuze- of tekstfeit waarover de dossiers verdeeld worden.")),
    denominator=DENOMINATOR,
    kind=TAG,
)
@attrs.frozen(slots=True)
class Distribution:
    """How records in scope spread over the values of the choice or text fact ``fact``."""

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    denominator: Condition | None = None
    kind: Literal["distribution"] = "distribution"


@described(
    N_("Basisvoorwaarden geregeld"),
    moment=(N_("Meetmoment"), N_("Het meetmoment waarop geteld wordt.")),
    condition=(
        N_("Basisvoorwaarde"),
        N_("De basisvoorwaarde die geregeld moet zijn; leeg: alle vijf."),
    ),
    denominator=DENOMINATOR,
    kind=TAG,
)
@attrs.frozen(slots=True)
class BasisvoorwaardenMet:
    """Share with ``condition`` (or, when ``None``, all five) met at ``moment``.

    A record without a measurement at the moment, or with the status unknown,
    is excluded as missing; ``not_applicable`` counts as met (nothing to arrange).
    """

    moment: MeasurementMoment
    condition: Basisvoorwaarde | None = None
    denominator: Condition | None = None
    kind: Literal["basisvoorwaarden"] = "basisvoorwaarden"


@described(
    N_("Verandering leefgebied"),
    domain=(
        N_("Leefgebied"),
        N_("Het leefgebied waarvan de score vergeleken wordt."),
        {
            "work_activity_education": N_("werk, dagbesteding en opleiding"),
            "finances": N_("financiën"),
            "housing": N_("huisvesting"),
            "attitude_behaviour": N_("houding en gedrag"),
            "social_network": N_("sociaal netwerk"),
            "leisure": N_("vrije tijd"),
            "psychological_wellbeing": N_("psychisch welbevinden"),
            "substance_use": N_("middelengebruik"),
        },
    ),
    start=(N_("Van"), N_("Het meetmoment van de eerste score.")),
    end=(N_("Naar"), N_("Het meetmoment van de tweede score.")),
    denominator=DENOMINATOR,
    kind=TAG,
)
@attrs.frozen(slots=True)
class DomainChange:
    """Mean change of the life-domain score ``domain`` from ``start`` to ``end``."""

    domain: Literal[
        "work_activity_education",
        "finances",
        "housing",
        "attitude_behaviour",
        "social_network",
        "leisure",
        "psychological_wellbeing",
        "substance_use",
    ]
    start: MeasurementMoment = MeasurementMoment.T0
    end: MeasurementMoment = MeasurementMoment.T1
    denominator: Condition | None = None
    kind: Literal["domain_change"] = "domain_change"


@described(
    N_("Recidive"),
    types=(N_("Soorten recidive"), N_("De soorten gebeurtenissen die meetellen.")),
    window=(N_("Periode"), N_("De periode na uitstroom; leeg: op te geven bij het berekenen.")),
    kind=TAG,
)
@attrs.frozen(slots=True)
class Recidivism:
    """Share with an event of ``types`` within ``window`` after outflow.

    In scope: records with an outflow date whose window has passed on the
    reference date. ``window`` may be left empty here and given when computing.
    """

    types: tuple[RecidivismType, ...] = attrs.field(
        **spec(non_empty=True, validator=unique_by(lambda t: t, "type"))
    )
    window: Duration | None = None
    kind: Literal["recidivism"] = "recidivism"


@described(
    N_("Verblijfsduur"),
    kind=TAG,
)
@attrs.frozen(slots=True)
class StayLength:
    """Mean days from inflow to outflow among records that have left."""

    kind: Literal["stay_length"] = "stay_length"


@described(
    N_("Terugkoppeling verstuurd"),
    kind=TAG,
)
@attrs.frozen(slots=True)
class FeedbackSent:
    """Share of feedback owed after placement decisions that was sent to the partner."""

    kind: Literal["feedback"] = "feedback"


@described(
    N_("Waarneming"),
    method=(
        N_("Methode"),
        N_("Hoe buiten het dossier gemeten wordt."),
        {
            "interview": N_("interview"),
            "questionnaire": N_("vragenlijst"),
            "registration": N_("registratie"),
        },
    ),
    kind=TAG,
)
@attrs.frozen(slots=True)
class Observation:
    """Measured outside the case record: interviews, a questionnaire, a facility-level
    registration. Listed with its method; never computed from case records."""

    method: Literal["interview", "questionnaire", "registration"]
    kind: Literal["observation"] = "observation"


#: What an indicator counts (tagged by ``kind`` in JSON).
Measure = (
    Share
    | Mean
    | Distribution
    | BasisvoorwaardenMet
    | DomainChange
    | Recidivism
    | StayLength
    | FeedbackSent
    | Observation
)

#: The measure class for each ``kind`` tag.
MEASURE_CLASSES: dict[str, type] = {
    "share": Share,
    "mean": Mean,
    "distribution": Distribution,
    "basisvoorwaarden": BasisvoorwaardenMet,
    "domain_change": DomainChange,
    "recidivism": Recidivism,
    "stay_length": StayLength,
    "feedback": FeedbackSent,
    "observation": Observation,
}


@described(
    N_("Reikwijdte indicator"),
    facilities=SCOPE_FACILITIES,
    kinds=SCOPE_KINDS,
)
@attrs.frozen(slots=True)
class IndicatorScope:
    """The facilities an indicator is defined for: codes, kinds, or every facility (both empty)."""

    facilities: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(str, "facility"))
    )
    kinds: tuple[FacilityKind, ...] = ()

    def covers(self, facility: str, kind: FacilityKind) -> bool:
        if not self.facilities and not self.kinds:
            return True
        return facility in self.facilities or kind in self.kinds


_INDICATOR_ID = r"^[a-z0-9][a-z0-9_.-]{0,63}$"


def _unit_fits(inst: Indicator, _a: Any, unit: IndicatorUnit) -> None:
    from kleinschalig.errors import InvalidValue

    allowed = {
        "share": {IndicatorUnit.SHARE},
        "basisvoorwaarden": {IndicatorUnit.SHARE},
        "recidivism": {IndicatorUnit.SHARE},
        "feedback": {IndicatorUnit.SHARE},
        "distribution": {IndicatorUnit.SHARE, IndicatorUnit.COUNT},
        "mean": {IndicatorUnit.MEAN, IndicatorUnit.DAYS, IndicatorUnit.COUNT},
        "domain_change": {IndicatorUnit.POINTS},
        "stay_length": {IndicatorUnit.DAYS},
        "observation": set(IndicatorUnit),
    }[inst.measure.kind]
    if unit not in allowed:
        raise InvalidValue("value.not_allowed", "unit", allowed=", ".join(sorted(allowed)))


@described(
    N_("Indicator"),
    id=(N_("Id"), N_("De id van de indicator.")),
    label=LABEL,
    level=(N_("Niveau"), N_("Het niveau in het evaluatieontwerp.")),
    moment=(N_("Moment"), N_("Het moment waarop gemeten wordt.")),
    measure=(N_("Berekening"), N_("Hoe de indicator uit dossiers berekend wordt.")),
    unit=(N_("Eenheid"), N_("De eenheid van de uitkomst.")),
    sources=SOURCES,
    common_key=(
        N_("Gemeenschappelijke sleutel"),
        N_("De begripssleutel die voorzieningen delen, zodat hetzelfde begrip vergelijkbaar is."),
    ),
    scope=(N_("Geldt voor"), N_("De voorzieningen waarvoor de indicator gedefinieerd is.")),
    description=DESCRIPTION,
)
@attrs.frozen(slots=True)
class Indicator:
    """An indicator of the evaluation design, computable from case records.

    ``common_key`` is the concept key shared by facilities (indicators.md §3),
    so the same concept computed for different facilities can be compared.
    """

    id: str = attrs.field(**spec(pattern=_INDICATOR_ID))
    label: str = attrs.field(**spec(non_empty=True))
    level: IndicatorLevel
    moment: IndicatorMoment
    measure: Measure
    unit: IndicatorUnit = attrs.field(validator=_unit_fits)
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    common_key: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    scope: IndicatorScope = IndicatorScope()
    description: str = ""


def facility_indicator(
    facility: str,
    key: str,
    label: str,
    level: IndicatorLevel,
    moment: IndicatorMoment,
    measure: Measure,
    *sources: Source,
    description: str = "",
    unit: IndicatorUnit = IndicatorUnit.SHARE,
    common_key: str | None = None,
) -> Indicator:
    """An indicator of one facility: id ``<facility>.<key>``, in scope for that facility only.

    >>> from kleinschalig.model import cite
    >>> ind = facility_indicator("kv-proef", "in-01", "Uitgenodigd", IndicatorLevel.INFLOW,
    ...     IndicatorMoment.INFLOW, Observation("registration"), cite("001:L5432"))
    >>> ind.id, ind.scope.facilities
    ('kv-proef.in-01', ('kv-proef',))
    """
    return Indicator(
        id=f"{facility}.{key}",
        label=label,
        level=level,
        moment=moment,
        measure=measure,
        unit=unit,
        sources=sources,
        common_key=common_key,
        scope=IndicatorScope(facilities=(facility,)),
        description=description,
    )
