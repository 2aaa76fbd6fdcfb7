"""What screening returns: per criterion a line of the trace, per facility a decision."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import attrs

from kleinschalig._fields import CODE_PATTERN, spec
from kleinschalig._labels import labelled
from kleinschalig.errors import KleinschaligError
from kleinschalig.i18n import N_
from kleinschalig.model.criteria import CriterionKind
from kleinschalig.model.sources import Source

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.catalogue import Catalogue

__all__ = [
    "FORMAT",
    "CriterionOutcome",
    "CriterionResult",
    "Decision",
    "InputValue",
    "Outcome",
    "Override",
    "OverrideNotAllowed",
]

#: The format of a decision and its receipt; the decision digest begins with it.
FORMAT = "kleinschalig.decision/2"


@labelled(
    {
        "met": N_("voldaan"),
        "not_met": N_("niet voldaan"),
        "unknown": N_("onbekend"),
        "needs_assessment": N_("oordeel professional nodig"),
    }
)
class CriterionOutcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NEEDS_ASSESSMENT = "needs_assessment"


@labelled(
    {
        "eligible": N_("plaatsbaar"),
        "not_eligible": N_("niet plaatsbaar"),
        "needs_assessment": N_("weging door professional nodig"),
        "insufficient_information": N_("onvoldoende gegevens"),
    }
)
class Outcome(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_ASSESSMENT = "needs_assessment"
    INSUFFICIENT_INFORMATION = "insufficient_information"


@attrs.frozen(slots=True)
class Override:
    """A professional's recorded decision to deviate from a criterion.

    ``text`` is free text and sensitive: it is kept out of ``repr`` and logs.
    """

    criterion: str
    reason_code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    by: str = attrs.field(**spec(pattern=CODE_PATTERN, doc="partner-role code"))
    on: dt.date
    text: str = attrs.field(default="", **spec(sensitive=True))


class OverrideNotAllowed(KleinschaligError):
    """An override of a fixed contra-indication (or of an unknown criterion)."""


@attrs.frozen(slots=True)
class InputValue:
    """An input a criterion actually read, as display text."""

    path: str
    value: str


@attrs.frozen(slots=True)
class CriterionResult:
    """One line of the trace."""

    criterion: str
    label: str
    kind: CriterionKind
    outcome: CriterionOutcome
    reason: str
    sources: tuple[Source, ...]
    version_from: dt.date | None = None
    present: str | None = None
    inputs: tuple[InputValue, ...] = attrs.field(default=(), repr=False)
    missing: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    overridden: Override | None = None


@attrs.frozen(slots=True)
class Decision:
    """The outcome for one person at one facility on one reference date, with its trace."""

    facility: str
    reference_date: dt.date
    outcome: Outcome
    criteria: tuple[CriterionResult, ...]
    missing_inputs: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()
    risk_factors: tuple[str, ...] = ()
    protective_factors: tuple[str, ...] = ()
    to_assess: tuple[str, ...] = ()
    not_applicable: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    ruleset_digest: str = ""
    digest: str = ""
    #: Criteria of another plugin that applied only under a grant of the facility's owner
    #: (``"<criterion> (<plugin>, granted by <owner>)"``); their lines are in ``criteria``.
    granted: tuple[str, ...] = ()

    def to_dict(
        self, lang: str = "nl", *, catalogue: Catalogue | None = None, redact: bool = False
    ) -> dict[str, Any]:
        """This decision for a reader in ``lang``: see
        :func:`~kleinschalig.screening.localized.decision_to_dict`."""
        from kleinschalig.screening.localized import decision_to_dict

        return decision_to_dict(self, lang, catalogue=catalogue, redact=redact)
