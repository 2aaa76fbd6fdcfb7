"""Synthetic values of declared facts: the core's and the facility plugin's own.

Drawn from a random stream of their own (seeded from the cohort's seed and the
record's number), so declaring a fact never changes the rest of a synthetic
cohort. A value is recorded only where it could be known: T0 and interim from
the inflow, T1 and T2 after the outflow, and nothing past the end of the window.
Choices and numbers are invented uniformly within the declared bounds; the core's
outcome facts follow the intake (most people who had work keep it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from random import Random
from typing import Any, Final

from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.fact_definitions import FactDefinition, FactType
from kleinschalig.model.fact_values import FactEntry, FactValues

__all__ = ["declared_facts"]

_ACTIVE: Final = frozenset({"work", "education", "day_activity", "care_trajectory"})
#: How often a fact is recorded where it could be: data are never complete.
_RECORDED: Final = 0.85


def _value(rng: Random, definition: FactDefinition) -> Any:
    kind = definition.type
    if kind is FactType.BOOL:
        return rng.random() < 0.5
    if kind in (FactType.INT, FactType.DECIMAL):
        low = definition.minimum if definition.minimum is not None else 0.0
        high = definition.maximum if definition.maximum is not None else low + 100
        if kind is FactType.INT:
            return rng.randint(int(low), int(high))
        return round(rng.uniform(low, high), 1)
    if kind is FactType.DATE:
        return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
    if kind is FactType.DURATION:
        return f"{rng.randint(1, 24)}m"
    codes = definition.choice_codes()
    if kind is FactType.ENUM:
        return rng.choice(codes)
    return tuple(sorted(rng.sample(codes, rng.randint(1, min(3, len(codes))))))


#: Invented but plausible ranges for the core's per-facility facts (low, high).
_RANGES: Final = {
    "core.travel_minutes_to_activity": (10, 120),
    "core.travel_minutes_to_home": (10, 150),
    "core.distance_to_activity_km": (2, 120),
}


def _core_value(rng: Random, fact: str, at_intake: str | None) -> Any:
    """The core's facts: outcomes follow the activity at intake, distances stay plausible."""
    if fact in _RANGES:
        low, high = _RANGES[fact]
        value = rng.randint(low, high)
        return float(value) if fact.endswith("_km") else value
    active = at_intake in _ACTIVE
    if fact == "core.daytime_activity":
        if active and rng.random() < 0.8:
            return at_intake
        return rng.choice(["work", "day_activity", "none", "none"])
    if fact == "core.activity_throughout_detention":
        return active and rng.random() < 0.75
    return None


def _known(
    moment: MeasurementMoment, inflow: dt.date | None, outflow: dt.date | None, end: dt.date
) -> bool:
    if moment in (MeasurementMoment.T0, MeasurementMoment.INTERIM):
        return inflow is not None and inflow <= end
    if outflow is None or outflow > end:
        return False
    return moment is MeasurementMoment.T1 or outflow + dt.timedelta(days=180) <= end


def declared_facts(
    rng: Random,
    definitions: Sequence[FactDefinition],
    facility: str,
    inflow: dt.date | None,
    outflow: dt.date | None,
    end: dt.date,
    at_intake: str | None,
    prior_offences: bool | None = None,
    set_by_guards: Mapping[str, Any] | None = None,
) -> FactValues:
    """Values for ``definitions`` (derived facts skipped) for one synthetic record.

    ``at_intake`` is the daytime activity at intake; the type of prior offences is
    recorded only for someone with prior offences. ``set_by_guards`` holds the values
    the record's workflow guards needed (by the path they read, ``kv-x.fact@t1``): they
    are always recorded, in place of a drawn value.
    """
    fixed: dict[tuple[str, str | None], Any] = {}
    by_id = {d.id: d for d in definitions}
    for path, value in (set_by_guards or {}).items():
        fact, _, moment = path.partition("@")
        definition = by_id.get(fact)
        if definition is not None:
            fixed[(fact, moment or (facility if definition.per_facility else None))] = value
    entries: list[FactEntry] = []
    for definition in definitions:
        guarded = {at: v for (fact, at), v in fixed.items() if fact == definition.id}
        entries += [FactEntry(definition.id, value, at) for at, value in guarded.items()]
        if definition.derived or rng.random() >= _RECORDED:
            continue
        if definition.id == "core.prior_offence_types" and prior_offences is not True:
            continue
        if definition.moments:
            keys: list[str | None] = [
                m.value for m in definition.moments if _known(m, inflow, outflow, end)
            ]
        elif definition.per_facility:
            keys = [facility]
        else:
            keys = [None]
        for key in keys:
            value = _core_value(rng, definition.id, at_intake)
            if value is None:
                value = _value(rng, definition)
            if key not in guarded:
                entries.append(FactEntry(definition.id, value, key))
    return FactValues(tuple(entries))
