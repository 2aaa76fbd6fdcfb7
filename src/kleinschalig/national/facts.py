"""The national declared facts: what the sources ask every KV to record beyond the core fields.

They are declared in the ``core`` namespace through the same hook as a plugin's
facts. Appendix 4 of the pilot evaluation (001) asks three of the KVs the same
outcome questions [001:L6397-6409] (Amsterdam), [001:L7334-7348] (Middelburg),
[001:L7884-7898] (Rotterdam): work, daytime activity, education or a care
trajectory *throughout* detention, and *at outflow*. With the intake value
(``daytime_activity.kind``, T0) these make "kept at outflow" computable.

Choices recorded here (⚠):

* Daytime activity at T0 stays the record's ``daytime_activity.kind``; the
  declared fact ``core.daytime_activity`` holds it at outflow (T1) and at the
  nameting (T2), which the appendix names as a possible moment but does not time
  [001:L5378-5382]. Its values are the same five as at intake.
* "Indien nee, reden waarom niet" [001:L7340], [001:L7348] is free text; free
  text is not a fact type (it is sensitive and not countable), so the reason is
  not declared.
* Appendix 4 asks for the birth year [001:L5511] and the strafrestant
  [001:L5513] at intake. Both are *derived*: age in whole years on the inflow
  date, from the birth date, which never leaves the record; the strafrestant in
  days on the inflow date, by calendar arithmetic without rounding (unknown when
  the start date makes rounding necessary).
* "Earlier detention" is not a separate item in the sources: appendix 4 asks for
  "Justitiële geschiedenis" as prior offences, their number and their type
  [001:L5499-5505]. Prior offences and their number are intake fields; their
  *type* is declared here. No earlier-detention fact is declared.
"""

from __future__ import annotations

from typing import Final

from kleinschalig._labels import label_of
from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.case import ActivityKind, OffenceType
from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType
from kleinschalig.model.sources import cite

__all__ = ["NATIONAL_FACTS"]

_OUTFLOW_LINES: Final = (6407, 7344, 7894)
_THROUGHOUT_LINES: Final = (6397, 7334, 7884)

NATIONAL_FACTS: Final[tuple[FactDefinition, ...]] = (
    FactDefinition(
        id="core.daytime_activity",
        type=FactType.ENUM,
        label=N_("Werk, dagbesteding, opleiding of zorgtraject"),
        description=N_(
            "Bij uitstroom (T1) en bij de nameting (T2); bij instroom (T0) is dit "
            "daytime_activity.kind van het dossier."
        ),
        choices=tuple(FactChoice(kind.value, label_of(kind)) for kind in ActivityKind),
        moments=(MeasurementMoment.T1, MeasurementMoment.T2),
        sources=(
            *(
                cite(f"001:L{line}", N_("Werk of dagbesteding bij uitstroom."))
                for line in _OUTFLOW_LINES
            ),
            cite("001:L5378-5382", N_("Eindmeting bij uitstroom en (zo mogelijk) een nameting.")),
        ),
    ),
    FactDefinition(
        id="core.activity_throughout_detention",
        type=FactType.BOOL,
        label=N_("Werk, dagbesteding, opleiding of zorgtraject tijdens de hele detentie"),
        moments=(MeasurementMoment.T1,),
        sources=tuple(
            cite(f"001:L{line}", N_("Tijdens de gehele periode van detentie."))
            for line in _THROUGHOUT_LINES
        ),
    ),
    FactDefinition(
        id="core.prior_offence_types",
        type=FactType.ENUM_LIST,
        label=N_("Type eerdere delicten"),
        choices=tuple(FactChoice(kind.value, label_of(kind)) for kind in OffenceType),
        sources=tuple(cite(f"001:L{line}") for line in (5505, 6131, 6667, 7177, 7600)),
    ),
    FactDefinition(
        id="core.age_at_intake",
        type=FactType.INT,
        label=N_("Leeftijd bij instroom"),
        description=N_(
            "In hele jaren op de instroomdatum, berekend uit de geboortedatum; "
            "de datum zelf wordt nooit getoond."
        ),
        unit="jaar",
        minimum=0,
        derived=True,
        sources=tuple(
            cite(f"001:L{line}", N_("Geboortejaar.")) for line in (5511, 6137, 6673, 7183, 7606)
        ),
    ),
    FactDefinition(
        id="core.strafrestant_at_intake",
        type=FactType.INT,
        label=N_("Strafrestant bij instroom"),
        description=N_(
            "In dagen op de instroomdatum, met kalenderrekenen zonder afronding; "
            "onbekend als de straf op een niet-bestaande dag zou eindigen."
        ),
        unit="dagen",
        minimum=0,
        derived=True,
        sources=tuple(cite(f"001:L{line}") for line in (5513, 6675)),
    ),
)
