"""Voorwaardelijke invrijheidstelling (v.i.): when the conditional-release period starts.

Two rule versions, each with its sources:

* ``current`` — the v.i. regime introduced in 2008: no v.i. under one year; for
  1–2 years after one year plus a third of the rest; from 2 years after two thirds
  [002:L199-201], [002:L256-257], [002:L271-283].
* ``proposed-2018`` — the cabinet's 2018 intention to cap the v.i. period at two
  years [002:L211-215], [002:L484-486]. The sources do not say whether or when it
  was enacted, so it is never chosen by date: callers ask for it by name.

Computation is in calendar months when the fraction is a whole number of months
(this reproduces every worked example of the policy digest); otherwise the
fraction is taken in days and needs an explicit :class:`~kleinschalig.dates.Rounding`.

>>> import datetime as dt
>>> r = vi_date(dt.date(2024, 3, 1), Duration.parse("3y"))
>>> (r.vi_date, r.end_date, r.vi_period.days)
(datetime.date(2026, 3, 1), datetime.date(2027, 3, 1), 365)
>>> vi_date(dt.date(2024, 3, 1), Duration.parse("8m")).eligible
False
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from fractions import Fraction
from typing import Final

import attrs

from kleinschalig.dates import Duration, Rounding, add, add_days_fraction, add_months, subtract
from kleinschalig.i18n import N_
from kleinschalig.model.sources import Source, cite

__all__ = ["VI_RULES", "RuleStatus", "VIResult", "VIRule", "vi_date"]


class RuleStatus(StrEnum):
    IN_FORCE = "in_force"
    PROPOSED = "proposed"


@attrs.frozen(slots=True)
class VIRule:
    """One version of the v.i. rule."""

    code: str
    label: str
    status: RuleStatus
    cap: Duration | None
    sources: tuple[Source, ...]
    note: str = ""


CURRENT: Final = VIRule(
    code="current",
    label=N_("Huidige v.i.-regeling (sinds 2008)"),
    status=RuleStatus.IN_FORCE,
    cap=None,
    sources=(
        cite("002:L199-205", N_("Na twee derde van de straf van rechtswege aanspraak op v.i.")),
        cite(
            "002:L256-257", N_("Tussen één en twee jaar: na één jaar en een derde van het restant.")
        ),
        cite(
            "002:L271-283",
            N_("Sinds 2008 v.i. onder voorwaarden; v.i.-waardig is één jaar of meer."),
        ),
    ),
    note=N_(
        "De bronnen noemen alleen het jaar 2008, geen datum van inwerkingtreding; "
        "aftrek van voorarrest valt buiten de bronnen."
    ),
)

PROPOSED_2018: Final = VIRule(
    code="proposed-2018",
    label=N_("Voorstel 2018: v.i.-periode ten hoogste twee jaar"),
    status=RuleStatus.PROPOSED,
    cap=Duration(years=2),
    sources=(
        cite("002:L211-215", N_("Voornemen: v.i.-periode gemaximeerd op twee jaar.")),
        cite("002:L484-486", N_("Maatregel: de periode van v.i. wordt gemaximeerd op twee jaar.")),
        cite(
            "002:L422-428", N_("Gevolgen voor straffen van zes jaar of meer (circa 100 per jaar).")
        ),
    ),
    note=N_(
        "Een voornemen uit 2018; of en wanneer het wet werd, staat niet in de bronnen. "
        "De bron zegt 'zes jaar of meer', maar bij precies zes jaar verandert de grens niets."
    ),
)

#: The v.i. rule versions by code: ``current`` and ``proposed-2018``.
VI_RULES: Final = {rule.code: rule for rule in (CURRENT, PROPOSED_2018)}


@attrs.frozen(slots=True)
class VIResult:
    """Outcome of :func:`vi_date`: the dates and how they were reached."""

    rule: str
    start_date: dt.date
    length: Duration
    end_date: dt.date
    eligible: bool
    vi_date: dt.date | None
    method: str
    cap_applied: bool = False

    @property
    def vi_period(self) -> dt.timedelta:
        """Time between the v.i. date and the end of the sentence (zero when none)."""
        if self.vi_date is None:
            return dt.timedelta(0)
        return self.end_date - self.vi_date

    @property
    def days_inside(self) -> int:
        return ((self.vi_date or self.end_date) - self.start_date).days


def _months_fraction(
    start: dt.date, offset_months: Fraction, end: dt.date, rounding: Rounding, base_months: int
) -> tuple[dt.date, str]:
    """``start`` + ``offset_months``; fractions of a month are taken in days.

    The day fraction is taken proportionally over the calendar span from
    ``start + base_months`` to ``end`` (the part of the sentence the fraction applies to).
    """
    if offset_months.denominator == 1:
        return add_months(start, int(offset_months), rounding), "calendar-months"
    anchor = add_months(start, base_months, rounding)
    span_months = _whole_months_between(start, end) - base_months
    share = (offset_months - base_months) / span_months
    days = share * (end - anchor).days
    return add_days_fraction(anchor, days, rounding), "days"


def _whole_months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def vi_date(
    start: dt.date,
    length: Duration,
    rule: str = "current",
    rounding: Rounding = Rounding.RAISE,
) -> VIResult:
    """The earliest v.i. date of an unconditional prison sentence of ``length`` from ``start``.

    Sentences under one year have no v.i. (a penitentiary programme is possible
    instead). Exactly one year gives a v.i. period of zero: eligible in name only.
    """
    chosen = VI_RULES[rule]
    end = add(start, length, rounding)
    one_year = add_months(start, 12, rounding)
    if end < one_year:
        return VIResult(rule, start, length, end, False, None, "none-under-one-year")
    if length.is_whole_months():
        months = Fraction(length.total_months)
        if months < 24:
            date, method = _months_fraction(start, 12 + (months - 12) / 3, end, rounding, 12)
        else:
            date, method = _months_fraction(start, months * 2 / 3, end, rounding, 0)
    else:
        total = Fraction((end - start).days)
        year_days = Fraction((one_year - start).days)
        if total < 2 * year_days:
            date = add_days_fraction(one_year, (total - year_days) / 3, rounding)
        else:
            date = add_days_fraction(start, total * 2 / 3, rounding)
        method = "days"
    cap_applied = False
    if chosen.cap is not None:
        earliest_with_cap = subtract(end, chosen.cap, rounding)
        if earliest_with_cap > date:
            date, cap_applied = earliest_with_cap, True
    return VIResult(rule, start, length, end, True, date, method, cap_applied)
