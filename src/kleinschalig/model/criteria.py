"""Placement criteria: stable ids, kinds, cited and dated versions, declarative rules.

Kinds follow the sources: an admission *requirement* (toelatingseis), a *fixed
contra-indication* (vaststaande contra-indicatie: only this kind of
contra-indication blocks a KVJJ placement [003:L75-77]), a *weighed*
(contra-)indication (te wegen) and a *protective factor* (beschermende factor).
Weighed indications and protective factors are never decided by the library:
they are listed for the professional who weighs them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from enum import StrEnum
from typing import Any

import attrs

from kleinschalig._fields import spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import (
    DESCRIPTION,
    LABEL,
    NOTE,
    SCOPE_FACILITIES,
    SCOPE_KINDS,
    SOURCES,
    VALID_FROM,
    VALID_UNTIL,
    described,
)
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.common import in_force
from kleinschalig.model.conditions import Condition, facts_read
from kleinschalig.model.facilities import FacilityKind
from kleinschalig.model.sources import Source

__all__ = ["Criterion", "CriterionKind", "CriterionScope", "CriterionVersion"]

CRITERION_ID = r"^[a-z0-9][a-z0-9_.-]{0,95}$"


@labelled(
    {
        "requirement": N_("toelatingseis"),
        "fixed_contra_indication": N_("vaststaande contra-indicatie"),
        "weighed_indication": N_("te wegen (contra-)indicatie"),
        "protective_factor": N_("beschermende factor"),
    }
)
class CriterionKind(StrEnum):
    REQUIREMENT = "requirement"
    FIXED_CONTRA_INDICATION = "fixed_contra_indication"
    WEIGHED_INDICATION = "weighed_indication"
    PROTECTIVE_FACTOR = "protective_factor"

    @property
    def can_block(self) -> bool:
        """Only requirements and fixed contra-indications can make a person not eligible."""
        return self in (CriterionKind.REQUIREMENT, CriterionKind.FIXED_CONTRA_INDICATION)


def _until_after_from(inst: CriterionVersion, _a: Any, value: dt.date | None) -> None:
    if value is not None and inst.valid_from is not None and value < inst.valid_from:
        raise InvalidValue("date.order", "valid_until", other="valid_from")


@described(
    N_("Versie criterium"),
    sources=SOURCES,
    rule=(
        N_("Regel"),
        N_("De voorwaarde die het criterium toetst; leeg: oordeel van een professional."),
    ),
    valid_from=VALID_FROM,
    valid_until=VALID_UNTIL,
    note=NOTE,
)
@attrs.frozen(slots=True)
class CriterionVersion:
    """One version of a criterion, in force from ``valid_from`` to ``valid_until`` (inclusive).

    ``rule`` is ``None`` when the sources leave the judgement to a professional.
    For a requirement the rule says when it is *met*; for a contra-indication or
    a weighed indication, when it is *present*; for a protective factor, when it
    is present.
    """

    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    rule: Condition | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = attrs.field(default=None, validator=_until_after_from)
    note: str = attrs.field(
        default="",
    )

    def in_force(self, on: dt.date) -> bool:
        return in_force(self.valid_from, self.valid_until, on)


@described(
    N_("Reikwijdte criterium"),
    facilities=SCOPE_FACILITIES,
    kinds=SCOPE_KINDS,
)
@attrs.frozen(slots=True)
class CriterionScope:
    """Where a criterion applies: named facilities and/or every facility of some kinds."""

    facilities: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda c: c, "facility"))
    )
    kinds: tuple[FacilityKind, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda k: k, "kind"))
    )

    def covers(self, facility: str, kind: FacilityKind) -> bool:
        return facility in self.facilities or kind in self.kinds


def _versions_ok(_inst: Criterion, _a: Any, versions: tuple[CriterionVersion, ...]) -> None:
    ordered = sorted(versions, key=lambda v: v.valid_from or dt.date.min)
    for earlier, later in itertools.pairwise(ordered):
        if (
            earlier.valid_until is None
            or (later.valid_from is not None and earlier.valid_until >= later.valid_from)
            or later.valid_from is None
        ):
            raise InvalidValue("period.overlap", ("versions", versions.index(later)))


def _scope_ok(_inst: Criterion, _a: Any, scope: CriterionScope) -> None:
    if not scope.facilities and not scope.kinds:
        raise InvalidValue("value.empty", "scope")


@described(
    N_("Criterium"),
    id=(N_("Id"), N_("De vaste id van het criterium, gelijk over de versies.")),
    label=LABEL,
    kind=(
        N_("Soort criterium"),
        N_("Eis, vaststaande contra-indicatie, te wegen indicatie of beschermende factor."),
    ),
    scope=(N_("Geldt voor"), N_("De voorzieningen waar het criterium geldt.")),
    versions=(N_("Versies"), N_("De gedateerde versies van het criterium.")),
    description=DESCRIPTION,
    inputs=(
        N_("Invoer"),
        N_("De gegevens die een professional nodig heeft bij een criterium zonder regel."),
    ),
    applies_when=(
        N_("Geldt wanneer"),
        N_("Een voorwaarde die het criterium tot sommige dossiers beperkt."),
    ),
    overrides=(
        N_("Vervangt"),
        N_("De id van een criterium dat dit criterium vervangt waar beide gelden."),
    ),
)
@attrs.frozen(slots=True)
class Criterion:
    """A placement criterion with one or more dated versions.

    ``id`` is stable across versions (``kvm.dagbesteding``). ``inputs`` declares
    inputs a professional needs for a criterion without a rule; ``reads`` adds
    the facts the rules read. ``overrides`` names the id of a criterion this one
    replaces where both apply (a facility-specific variant or exception).
    ``applies_when`` limits the criterion to some cases (for example one route).
    """

    id: str = attrs.field(**spec(pattern=CRITERION_ID))
    label: str = attrs.field(**spec(non_empty=True))
    kind: CriterionKind
    scope: CriterionScope = attrs.field(validator=_scope_ok)
    versions: tuple[CriterionVersion, ...] = attrs.field(
        **spec(non_empty=True, validator=_versions_ok)
    )
    description: str = ""
    inputs: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda i: i, "input"))
    )
    applies_when: Condition | None = None
    overrides: str | None = attrs.field(default=None, **spec(pattern=CRITERION_ID))

    @property
    def code(self) -> str:
        """The id, under the name every registered object uses."""
        return self.id

    def version_on(self, on: dt.date) -> CriterionVersion | None:
        for version in self.versions:
            if version.in_force(on):
                return version
        return None

    @property
    def reads(self) -> tuple[str, ...]:
        """Every input the criterion may read, in a stable order."""
        found = set(self.inputs)
        for version in self.versions:
            if version.rule is not None:
                found.update(facts_read(version.rule))
        if self.applies_when is not None:
            found.update(facts_read(self.applies_when))
        return tuple(sorted(found))
