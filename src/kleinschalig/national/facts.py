"""The national declared facts: what the sources ask every KV to record beyond the core fields.

The data, with the choices made (⚠), is ``facts.yaml`` beside this module; the facts
are declared in the ``core`` namespace through the same hook as a plugin's.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.fact_definitions import FactChoice, FactDefinition
from kleinschalig.national._data import objects

__all__ = ["ACTIVITY_CHOICES", "NATIONAL_FACTS", "OFFENCE_CHOICES"]

NATIONAL_FACTS: Final[tuple[FactDefinition, ...]] = objects("facts", "fact")


def _choices(fact: str) -> tuple[FactChoice, ...]:
    return next(f.choices for f in NATIONAL_FACTS if f.id == fact)


#: The values of ActivityKind and OffenceType with their labels, as the facts declare
#: them (a test keeps them equal to the enums of the case record).
ACTIVITY_CHOICES: Final = _choices("core.daytime_activity")
OFFENCE_CHOICES: Final = _choices("core.prior_offence_types")
