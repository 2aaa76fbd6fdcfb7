"""What screening returns: per criterion a line of the trace, per facility a decision."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import attrs

from kleinschalig._fields import CODE_PATTERN, spec
from kleinschalig._labels import labelled
from kleinschalig._texts import LABEL, SOURCES, described
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


@described(
    N_("Afwijking"),
    criterion=(N_("Criterium"), N_("De id van het criterium waarvan afgeweken wordt.")),
    reason_code=(N_("Redencode"), N_("De code van de reden.")),
    by=(N_("Door"), N_("De code van de partnerrol die afweek.")),
    on=(N_("Op"), N_("De dag van de afwijking.")),
    text=(N_("Toelichting"), N_("Vrije tekst; gevoelig, nooit gelogd.")),
)
@attrs.frozen(slots=True)
class Override:
    """A professional's recorded decision to deviate from a criterion.

    ``text`` is free text and sensitive: it is kept out of ``repr`` and logs.
    """

    criterion: str
    reason_code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    by: str = attrs.field(**spec(pattern=CODE_PATTERN))
    on: dt.date
    text: str = attrs.field(default="", **spec(sensitive=True))


class OverrideNotAllowed(KleinschaligError):
    """An override of a fixed contra-indication (or of an unknown criterion)."""


@described(
    N_("Gelezen gegeven"),
    path=(N_("Pad"), N_("Het pad van het gegeven.")),
    value=(N_("Waarde"), N_("De waarde, als tekst.")),
)
@attrs.frozen(slots=True)
class InputValue:
    """An input a criterion actually read, as display text."""

    path: str
    value: str


@described(
    N_("Uitkomst criterium"),
    criterion=(N_("Criterium"), N_("De id van het criterium.")),
    label=LABEL,
    kind=(
        N_("Soort criterium"),
        N_("Eis, vaststaande contra-indicatie, te wegen indicatie of beschermende factor."),
    ),
    outcome=(N_("Uitkomst"), N_("De uitkomst van dit criterium.")),
    reason=(N_("Reden"), N_("Waarom, als Nederlandse tekst.")),
    sources=SOURCES,
    version_from=(N_("Versie vanaf"), N_("De eerste dag van de toegepaste versie.")),
    present=(
        N_("Aanwezig"),
        N_("Of de indicatie of factor aanwezig is: true, false of unknown; leeg bij een eis."),
    ),
    inputs=(N_("Gelezen gegevens"), N_("De gegevens die het criterium las, als tekst.")),
    missing=(N_("Ontbreekt"), N_("De gegevens die ontbraken.")),
    problems=(N_("Problemen"), N_("De foutcodes die de regel onbekend maakten.")),
    overridden=(N_("Afgeweken"), N_("De afwijking van dit criterium, als die is vastgelegd.")),
)
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


@described(
    N_("Besluit"),
    facility=(N_("Voorziening"), N_("De code van de voorziening.")),
    reference_date=(N_("Peildatum"), N_("De dag waarop getoetst is.")),
    outcome=(N_("Uitkomst"), N_("De uitkomst voor deze voorziening.")),
    criteria=(N_("Criteria"), N_("Eén regel per getoetst criterium.")),
    missing_inputs=(N_("Ontbrekende gegevens"), N_("De gegevens die ontbraken.")),
    blocking=(N_("Blokkerend"), N_("De ids van de criteria die plaatsing in de weg staan.")),
    risk_factors=(N_("Risicofactoren"), N_("De ids van de te wegen indicaties die aanwezig zijn.")),
    protective_factors=(
        N_("Beschermende factoren"),
        N_("De ids van de beschermende factoren die aanwezig zijn."),
    ),
    to_assess=(
        N_("Te beoordelen"),
        N_("De ids van de criteria die het oordeel van een professional vragen."),
    ),
    not_applicable=(N_("Niet van toepassing"), N_("De ids van de criteria die hier niet gelden.")),
    overrides=(N_("Afwijkingen"), N_("De vastgelegde afwijkingen van criteria.")),
    ruleset_digest=(N_("Kenmerk regels"), N_("De SHA-256 van de toegepaste regels.")),
    digest=(N_("Kenmerk"), N_("De SHA-256 van het besluit.")),
    granted=(
        N_("Toegestaan"),
        N_("Criteria van een andere plugin die alleen golden met toestemming van de eigenaar."),
    ),
)
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
