"""Which criteria apply to a facility on a date: scope, version in force, overrides."""

from __future__ import annotations

import datetime as dt

from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import ErrorDetail, ValidationFailed
from kleinschalig.i18n import N_
from kleinschalig.model.conditions import HoldsTitle
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope, CriterionVersion
from kleinschalig.model.facilities import Facility

__all__ = [
    "RuleConflictError",
    "applicable_criteria",
    "criteria_in_force",
    "facility_criteria",
]

OPEN_ID = "core.facility-open"
TITLE_ID = "core.accepted-title"


class RuleConflictError(ValidationFailed):
    """Two applicable criteria disagree about which one replaces a third (``rule.conflict``).

    A structured error like every other: its message names both criteria, the one
    they replace and what each cites. The library never picks one of them.
    """

    def __init__(self, base: str, first: Criterion, second: Criterion) -> None:
        self.base, self.criteria = base, (first, second)
        sources = "; ".join(
            f"{c.id}: " + ", ".join(s.citation for v in c.versions for s in v.sources)
            for c in (first, second)
        )
        params = {"criteria": f"{first.id}, {second.id}", "base": base, "sources": sources}
        super().__init__([ErrorDetail("rule.conflict", params=params)])


def facility_criteria(facility: Facility) -> list[Criterion]:
    """The requirements that follow from the facility itself: open, and an accepted title."""
    scope = CriterionScope(facilities=(facility.code,))
    found = [
        Criterion(
            id=OPEN_ID,
            label=N_("De voorziening is open op de peildatum"),
            kind=CriterionKind.REQUIREMENT,
            scope=scope,
            versions=(CriterionVersion(sources=facility.operating.sources or facility.sources),),
        )
    ]
    if facility.accepted_titles:
        found.append(
            Criterion(
                id=TITLE_ID,
                label=N_("Heeft een titel die de voorziening aanneemt"),
                kind=CriterionKind.REQUIREMENT,
                scope=scope,
                versions=(
                    CriterionVersion(
                        sources=facility.target_group.sources or facility.sources,
                        rule=HoldsTitle(facility.accepted_titles),
                    ),
                ),
            )
        )
    return found


def criteria_in_force(
    catalogue: Catalogue, facility: Facility, on: dt.date
) -> list[tuple[Criterion, CriterionVersion]]:
    """Applicable criteria with their version in force on ``on``, sorted by id.

    A criterion applies to a facility when its scope covers it and it is the core's,
    the facility owner's, or granted to reach it (a kind in the scope covers only
    such facilities). A criterion that names another in ``overrides`` replaces it,
    except a fixed contra-indication, which is never replaced; two that override the
    same criterion raise :class:`RuleConflictError`.
    """
    applicable = [
        c
        for c in catalogue.criteria
        if c.scope.covers(facility.code, facility.kind)
        and catalogue.reaches(catalogue.criteria.owner(c.id), facility.code)
    ]
    fixed = {c.id for c in applicable if c.kind is CriterionKind.FIXED_CONTRA_INDICATION}
    replaced: dict[str, Criterion] = {}
    for criterion in applicable:
        if criterion.overrides is None or criterion.version_on(on) is None:
            continue
        if criterion.overrides in fixed:
            continue  # a fixed contra-indication is never replaced, by anyone
        other = replaced.get(criterion.overrides)
        if other is not None:
            raise RuleConflictError(criterion.overrides, other, criterion)
        replaced[criterion.overrides] = criterion
    chosen = []
    for criterion in applicable:
        version = criterion.version_on(on)
        if version is not None and criterion.id not in replaced:
            chosen.append((criterion, version))
    return sorted(chosen, key=lambda pair: pair[0].id)


def applicable_criteria(
    catalogue: Catalogue, facility: Facility, on: dt.date
) -> dict[str, tuple[Criterion, CriterionVersion]]:
    """Every criterion screening applies to ``facility`` on ``on``, by id: the facility's
    own requirements (open, an accepted title) and the registered criteria in force."""
    pairs = [(c, c.versions[0]) for c in facility_criteria(facility)]
    pairs += criteria_in_force(catalogue, facility, on)
    return {c.id: (c, v) for c, v in pairs}
