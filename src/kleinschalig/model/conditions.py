"""Conditions: the declarative language of placement criteria.

A condition reads *facts* from a case record — dotted paths such as
``daytime_activity.hours_per_week`` — and is true, false or unknown. Conditions
are data: they serialise to JSON (tagged by ``op``), can be digested, and say
exactly which inputs they read, so a decision can be explained and a front end
can ask for just the missing inputs.

>>> from kleinschalig.dates import Duration, Rounding
>>> rule = All((
...     Compare("daytime_activity.hours_per_week", "ge", 24),
...     SentenceWithin("remaining", minimum=Duration(months=1), maximum=Duration(years=1)),
... ))
>>> sorted(facts_read(rule))
['daytime_activity.hours_per_week', 'sentence']
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

import attrs

from kleinschalig._fields import CODE_PATTERN, spec
from kleinschalig._texts import TAG, described
from kleinschalig.dates import Duration, Rounding
from kleinschalig.i18n import N_

__all__ = [
    "COMPARISONS",
    "All",
    "AnyOf",
    "Compare",
    "Condition",
    "Contains",
    "Elapsed",
    "HoldsTitle",
    "Not",
    "OneOf",
    "Recorded",
    "SentenceWithin",
    "facts_read",
]

#: A case-record field path (``intake.motivated``) or a declared fact, optionally at a
#: measurement moment (``kv-krimpen.buddy``, ``core.daytime_activity@t1``).
FACT_PATTERN = (
    r"^(?:[a-z_]+(?:\.[a-z_]+)*|[a-z][a-z0-9-]{0,63}\.[a-z][a-z0-9_]{0,63}(?:@[a-z0-9_]+)?)$"
)
Scalar = bool | int | float | str


@described(
    N_("Vergelijking"),
    fact=(
        N_("Feit"),
        N_("Het pad van een veld van het dossier of de id van een gedeclareerd feit."),
    ),
    cmp=(
        N_("Vergelijking"),
        N_("Hoe het feit met de waarde vergeleken wordt."),
        {
            "eq": N_("gelijk aan"),
            "ne": N_("ongelijk aan"),
            "lt": N_("kleiner dan"),
            "le": N_("kleiner dan of gelijk aan"),
            "gt": N_("groter dan"),
            "ge": N_("groter dan of gelijk aan"),
        },
    ),
    value=(N_("Waarde"), N_("De waarde waarmee vergeleken wordt.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class Compare:
    """``fact <op> value``; ``eq``/``ne`` for any scalar, the others for numbers."""

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    cmp: Literal["eq", "ne", "lt", "le", "gt", "ge"]
    value: Scalar
    op: Literal["compare"] = "compare"


#: What each ``Compare.cmp`` does; every evaluator of conditions uses this one table.
COMPARISONS: Mapping[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}


@described(
    N_("Een van"),
    fact=(
        N_("Feit"),
        N_("Het pad van een veld van het dossier of de id van een gedeclareerd feit."),
    ),
    values=(N_("Waarden"), N_("De toegestane waarden (keuzewaarden als tekst).")),
    op=TAG,
)
@attrs.frozen(slots=True)
class OneOf:
    """The fact's value is one of ``values`` (enum values are compared as text)."""

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    values: tuple[str, ...] = attrs.field(**spec(non_empty=True))
    op: Literal["one_of"] = "one_of"


@described(
    N_("Bevat"),
    fact=(N_("Feit"), N_("Het pad van een lijstfeit, zoals intake.languages.")),
    value=(N_("Waarde"), N_("De waarde die de lijst moet bevatten.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class Contains:
    """A list fact (such as ``intake.languages``) contains ``value``; an empty list is unknown."""

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    value: str
    op: Literal["contains"] = "contains"


@described(
    N_("Heeft titel"),
    titles=(N_("Titels"), N_("De codes van de juridische titels waarvan de persoon er één heeft.")),
    phase=(N_("Fase"), N_("De code van de fase waarin de titel moet zijn; leeg: elke fase.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class HoldsTitle:
    """The person holds one of ``titles`` on the reference date (optionally in ``phase``)."""

    titles: tuple[str, ...] = attrs.field(**spec(non_empty=True))
    phase: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    op: Literal["holds_title"] = "holds_title"


@described(
    N_("Straf binnen grenzen"),
    measure=(
        N_("Maat"),
        N_("Welke duur getoetst wordt."),
        {
            "remaining": N_("strafrestant"),
            "imposed": N_("opgelegde straf"),
            "expected": N_("strafverwachting"),
        },
    ),
    minimum=(N_("Minimum"), N_("De ondergrens als duur; leeg: geen ondergrens.")),
    maximum=(N_("Maximum"), N_("De bovengrens als duur; leeg: geen bovengrens.")),
    minimum_inclusive=(
        N_("Minimum inbegrepen"),
        N_("Of de ondergrens zelf binnen de grenzen valt."),
    ),
    maximum_inclusive=(
        N_("Maximum inbegrepen"),
        N_("Of de bovengrens zelf binnen de grenzen valt."),
    ),
    rounding=(
        N_("Afronding"),
        N_("Wat te doen als de rekensom op een niet-bestaande dag uitkomt."),
    ),
    op=TAG,
)
@attrs.frozen(slots=True)
class SentenceWithin:
    """A sentence measure lies between ``minimum`` and ``maximum`` (calendar arithmetic).

    ``measure``: ``remaining`` (strafrestant at the reference date), ``imposed``
    (the length imposed) or ``expected`` (strafverwachting in pre-trial detention).
    Bounds are inclusive unless stated otherwise. ``rounding`` is the recorded
    choice for calendar arithmetic that lands on a non-existent day (a sentence
    starting on 31 January); with ``raise`` such a case evaluates to *unknown*.
    """

    measure: Literal["remaining", "imposed", "expected"]
    minimum: Duration | None = None
    maximum: Duration | None = None
    minimum_inclusive: bool = True
    maximum_inclusive: bool = True
    rounding: Rounding = Rounding.RAISE
    op: Literal["sentence_within"] = "sentence_within"


@described(
    N_("Verstreken tijd"),
    fact=(N_("Feit"), N_("Het pad van een datumfeit; de tijd loopt tot de peildatum.")),
    minimum=(N_("Minimum"), N_("De ondergrens als duur; leeg: geen ondergrens.")),
    maximum=(N_("Maximum"), N_("De bovengrens als duur; leeg: geen bovengrens.")),
    minimum_inclusive=(
        N_("Minimum inbegrepen"),
        N_("Of de ondergrens zelf binnen de grenzen valt."),
    ),
    maximum_inclusive=(
        N_("Maximum inbegrepen"),
        N_("Of de bovengrens zelf binnen de grenzen valt."),
    ),
    rounding=(
        N_("Afronding"),
        N_("Wat te doen als de rekensom op een niet-bestaande dag uitkomt."),
    ),
    op=TAG,
)
@attrs.frozen(slots=True)
class Elapsed:
    """The time from a date fact to the reference date lies between ``minimum`` and ``maximum``.

    For instance "employed for at least three months": ``Elapsed("daytime_activity.since",
    minimum=Duration(months=3))``. A date after the reference date is never within a
    minimum. Bounds and ``rounding`` behave as in :class:`SentenceWithin`.
    """

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    minimum: Duration | None = None
    maximum: Duration | None = None
    minimum_inclusive: bool = True
    maximum_inclusive: bool = True
    rounding: Rounding = Rounding.RAISE
    op: Literal["elapsed"] = "elapsed"


@described(
    N_("Vastgelegd"),
    fact=(
        N_("Feit"),
        N_("Het pad van een veld van het dossier of de id van een gedeclareerd feit."),
    ),
    op=TAG,
)
@attrs.frozen(slots=True)
class Recorded:
    """Whether the fact is recorded at all: true or false, never unknown.

    For scopes such as "has left the facility" (``placement.outflow_date``
    recorded), where an empty field is an answer, not a gap.
    """

    fact: str = attrs.field(**spec(pattern=FACT_PATTERN))
    op: Literal["recorded"] = "recorded"


@described(
    N_("Alle"),
    conditions=(N_("Voorwaarden"), N_("De voorwaarden die alle moeten gelden.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class All:
    """True when every condition is; false as soon as one is false, even if others are unknown."""

    conditions: tuple[Condition, ...] = attrs.field(**spec(non_empty=True))
    op: Literal["all"] = "all"


@described(
    N_("Ten minste één"),
    conditions=(N_("Voorwaarden"), N_("De voorwaarden waarvan er één moet gelden.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class AnyOf:
    """True as soon as one condition is; false when all are."""

    conditions: tuple[Condition, ...] = attrs.field(**spec(non_empty=True))
    op: Literal["any"] = "any"


@described(
    N_("Niet"),
    condition=(N_("Voorwaarde"), N_("De voorwaarde die niet mag gelden.")),
    op=TAG,
)
@attrs.frozen(slots=True)
class Not:
    condition: Condition
    op: Literal["not"] = "not"


#: Any node of the criteria language (tagged by ``op`` in JSON).
Condition = (
    Compare
    | OneOf
    | Contains
    | HoldsTitle
    | SentenceWithin
    | Elapsed
    | Recorded
    | All
    | AnyOf
    | Not
)

CONDITION_CLASSES: dict[str, type] = {
    "compare": Compare,
    "one_of": OneOf,
    "contains": Contains,
    "holds_title": HoldsTitle,
    "sentence_within": SentenceWithin,
    "elapsed": Elapsed,
    "recorded": Recorded,
    "all": All,
    "any": AnyOf,
    "not": Not,
}


def facts_read(condition: Condition) -> Iterator[str]:
    """Every fact a condition may read.

    Sentence measures read ``sentence`` and title checks read ``legal_titles``.
    """
    if isinstance(condition, (Compare, OneOf, Contains, Elapsed, Recorded)):
        yield condition.fact
    elif isinstance(condition, HoldsTitle):
        yield "legal_titles"
    elif isinstance(condition, SentenceWithin):
        yield "sentence"
    elif isinstance(condition, (All, AnyOf)):
        for inner in condition.conditions:
            yield from facts_read(inner)
    else:
        yield from facts_read(condition.condition)
