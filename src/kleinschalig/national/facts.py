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
* Travel time, distance and a network near the facility depend on the facility,
  so they are recorded *per facility*: one person is screened against five KVJJ
  locations [003:L100], [003:L187] with each location's own value. The
  case-record fields ``daytime_activity.travel_minutes_one_way`` and
  ``daytime_activity.distance_km`` and ``intake.network_near_facility`` stay for
  the facility a record is about; rules that compare locations read these.
* "Earlier detention" is not a separate item in the sources: appendix 4 asks for
  "Justitiële geschiedenis" as prior offences, their number and their type
  [001:L5499-5505]. Prior offences and their number are intake fields; their
  *type* is declared here. No earlier-detention fact is declared.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType
from kleinschalig.model.sources import cite

__all__ = ["NATIONAL_FACTS"]

# The values of ActivityKind and OffenceType with their labels, written out so that
# loading the plugins does not import the case-record model (a test keeps them equal).
ACTIVITY_CHOICES: Final = (
    FactChoice("work", N_("betaald werk")),
    FactChoice("education", N_("opleiding")),
    FactChoice("day_activity", N_("dagbesteding")),
    FactChoice("care_trajectory", N_("zorgtraject")),
    FactChoice("none", N_("geen")),
)
OFFENCE_CHOICES: Final = (
    FactChoice("violence", N_("geweld")),
    FactChoice("sexual", N_("zeden")),
    FactChoice("property", N_("vermogen")),
    FactChoice("property_with_violence", N_("vermogen met geweld")),
    FactChoice("drugs", N_("drugs")),
    FactChoice("public_order", N_("openbare orde")),
    FactChoice("traffic", N_("verkeer")),
    FactChoice("other", N_("overig")),
)

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
        choices=ACTIVITY_CHOICES,
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
        choices=OFFENCE_CHOICES,
        sources=tuple(cite(f"001:L{line}") for line in (5505, 6131, 6667, 7177, 7600)),
    ),
    FactDefinition(
        id="core.travel_minutes_to_activity",
        type=FactType.INT,
        label=N_("Reistijd enkele reis tussen de voorziening en werk, school of dagbesteding"),
        unit="min",
        minimum=0,
        maximum=1440,
        per_facility=True,
        sources=(
            cite("003:L100", N_("Aanvaardbare reistijden (gemiddeld 1,5 uur voor enkele reis).")),
            cite("003:L187", N_("Binnen ongeveer anderhalf uur op de dagbesteding.")),
            cite("001:L2442-2444", N_("Maximaal ongeveer een uur reistijd tussen KV en werk.")),
        ),
    ),
    FactDefinition(
        id="core.travel_minutes_to_home",
        type=FactType.INT,
        label=N_("Reistijd enkele reis tussen de voorziening en de woning"),
        unit="min",
        minimum=0,
        maximum=1440,
        per_facility=True,
        sources=(
            cite("001:L2442-2444", N_("Maximaal ongeveer een uur reistijd tussen KV en woning.")),
        ),
    ),
    FactDefinition(
        id="core.distance_to_activity_km",
        type=FactType.DECIMAL,
        label=N_("Afstand tussen de voorziening en werk, school of dagbesteding"),
        unit="km",
        minimum=0,
        per_facility=True,
        sources=(
            cite("001:L2025-2026", N_("Dagbesteding op acceptabele reisafstand vanaf de KV.")),
        ),
    ),
    FactDefinition(
        id="core.network_near_facility",
        type=FactType.BOOL,
        label=N_("Steunend netwerk in de omgeving van de voorziening"),
        per_facility=True,
        sources=(cite("003:L96", N_("Netwerk in de omgeving van de KVJJ.")),),
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
