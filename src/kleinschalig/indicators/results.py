"""What an indicator computation returns: numerator, denominator, value, coverage and
the records excluded with why — never a bare number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any, Final

import attrs

from kleinschalig._labels import label_of
from kleinschalig.i18n import N_, translate
from kleinschalig.indicators.table import Table
from kleinschalig.model.facts import fact_type
from kleinschalig.model.indicators import Distribution, Indicator, IndicatorUnit

__all__ = [
    "EXCLUSION_REASONS",
    "REPORT_TABLE_COLUMNS",
    "Category",
    "Exclusion",
    "IndicatorReport",
    "IndicatorResult",
]

#: Why a record in the cohort does not count for an indicator; stable codes.
EXCLUSION_REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "scope.unknown": N_("Onbekend of het dossier meetelt: gegevens voor de noemer ontbreken."),
        "data.missing": N_("Het dossier telt mee, maar de gegevens voor de teller ontbreken."),
        "window.not_passed": N_("De termijn na uitstroom is op de peildatum nog niet voorbij."),
        "window.unset": N_("Geen termijn voor recidive gekozen; de bronnen noemen er geen."),
        "log.invalid": N_("Het gebeurtenissenlogboek van het dossier is niet mogelijk."),
        "catalogue.missing": N_(
            "Zonder catalogus met werkprocessen is de verschuldigde terugkoppeling niet te bepalen."
        ),
    }
)

#: The columns of :meth:`IndicatorReport.table`, in order.
REPORT_TABLE_COLUMNS: Final = (
    "id",
    "category",
    "category_label",
    "label",
    "level",
    "moment",
    "unit",
    "numerator",
    "denominator",
    "value",
    "in_scope",
    "coverage",
    "excluded",
    "note",
)


@attrs.frozen(slots=True)
class Exclusion:
    """Records excluded for one reason: how many, and (up to a limit) which."""

    reason: str
    count: int
    case_ids: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "reason": self.reason,
            "message": translate(EXCLUSION_REASONS[self.reason], lang),
            "count": self.count,
            "case_ids": list(self.case_ids),
            "missing": list(self.missing),
        }


@attrs.frozen(slots=True)
class Category:
    value: str
    count: int
    share: float | None


@attrs.frozen(slots=True)
class IndicatorResult:
    """One indicator over one cohort.

    ``in_scope`` records belong to the denominator's population; of those,
    ``denominator`` had the data and count (``coverage`` = denominator /
    in_scope); ``numerator`` is the count (or the sum, for a mean) and
    ``value`` = numerator / denominator, ``None`` when nothing counts.
    """

    indicator: Indicator
    in_scope: int
    denominator: int
    numerator: float
    value: float | None
    excluded: tuple[Exclusion, ...] = ()
    breakdown: tuple[Category, ...] = ()
    note: str = ""

    @property
    def id(self) -> str:
        return self.indicator.id

    @property
    def coverage(self) -> float | None:
        return None if self.in_scope == 0 else self.denominator / self.in_scope

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        ind = self.indicator
        numerator: float | int = (
            int(self.numerator) if float(self.numerator).is_integer() else self.numerator
        )
        return {
            "id": ind.id,
            "label": translate(ind.label, lang),
            "level": ind.level.value,
            "level_label": _label(ind.level, lang),
            "moment": ind.moment.value,
            "moment_label": _label(ind.moment, lang),
            "unit": ind.unit.value,
            "unit_label": _label(ind.unit, lang),
            "common_key": ind.common_key,
            "numerator": numerator,
            "denominator": self.denominator,
            "value": self.value,
            "in_scope": self.in_scope,
            "coverage": self.coverage,
            "excluded": [e.to_dict(lang) for e in self.excluded],
            "breakdown": [
                {"value": c.value, "count": c.count, "share": c.share} for c in self.breakdown
            ],
            "note": translate(self.note, lang) if self.note else "",
        }


@attrs.frozen(slots=True)
class IndicatorReport:
    """Every indicator computed over one pass of a cohort."""

    on: dt.date
    start: dt.date | None
    end: dt.date | None
    records: int
    outside_period: int
    results: tuple[IndicatorResult, ...]
    parameters: Mapping[str, str] = attrs.field(factory=lambda: MappingProxyType({}))

    def result(self, indicator_id: str) -> IndicatorResult:
        for r in self.results:
            if r.id == indicator_id:
                return r
        raise KeyError(indicator_id)

    def table(self, lang: str = "nl") -> Table:
        """One row per indicator, each followed by a row per category of its distribution.

        A category row has the category in ``category`` (its label, for a choice
        with labels, in ``category_label``), its count as numerator,
        the indicator's denominator, and its share as value; ``in_scope``,
        ``coverage`` and ``excluded`` appear once per indicator, on its own row.
        The category rows split that row's numerator: select the rows with an
        empty ``category`` before adding up numerators.
        ``note`` says why an indicator has no value (for example, one that is
        not computed from case records).
        """
        rows: list[dict[str, Any]] = []
        for r in self.results:
            d = r.to_dict(lang)
            d["excluded"] = sum(e.count for e in r.excluded)
            d["category"] = None
            d["note"] = d["note"] or None
            rows.append(d)
            rows.extend(
                {
                    "id": d["id"],
                    "category": c.value,
                    "category_label": _category_label(r.indicator, c.value, lang),
                    "label": d["label"],
                    "level": d["level"],
                    "moment": d["moment"],
                    "unit": IndicatorUnit.SHARE.value,
                    "numerator": c.count,
                    "denominator": r.denominator,
                    "value": c.share,
                }
                for c in r.breakdown
            )
        return Table.from_records(rows, REPORT_TABLE_COLUMNS)

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        """The report for a reader in ``lang``, described by
        :data:`~kleinschalig.indicators.schema.REPORT_SCHEMA`."""
        from kleinschalig.i18n import normalize_language

        lang = normalize_language(lang)
        return {
            "lang": lang,
            "on": self.on.isoformat(),
            "start": None if self.start is None else self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
            "records": self.records,
            "outside_period": self.outside_period,
            "parameters": dict(self.parameters),
            "indicators": [r.to_dict(lang) for r in self.results],
        }


def _label(value: Enum, lang: str) -> str:
    try:
        return translate(label_of(value), lang)
    except KeyError:  # an enum without labels: its code
        return str(value.value)


def _category_label(indicator: Indicator, value: str, lang: str) -> str | None:
    """The label of a distribution's category when its fact is a labelled choice."""
    measure = indicator.measure
    kind = fact_type(measure.fact) if isinstance(measure, Distribution) else None
    if not (isinstance(kind, type) and issubclass(kind, Enum)):
        return None
    try:
        return translate(label_of(kind(value)), lang)
    except (ValueError, KeyError):  # a value or an enum without a label
        return None
