"""Working days: Monday to Friday, except the Dutch algemeen erkende feestdagen.

The holidays come from the ``holidays`` package (python-holidays), its calendar for
the Netherlands, never from a list of our own. This module takes two of the
package's categories for the Netherlands (:data:`HOLIDAY_CATEGORIES`; not the
school holidays):

* ``public``: Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag
  (Koninginnedag before 2014; moved to Saturday when it falls on a Sunday),
  Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag, and
  Bevrijdingsdag (5 May) only in years divisible by five, as many collective
  agreements give it off only then;
* ``optional``: Bevrijdingsdag every year from 1982.

Together they are the algemeen erkende feestdagen of the Algemene termijnenwet,
art. 3 lid 1 (with 5 May every year) and lid 2 (Goede Vrijdag) — the usual
meaning of *werkdag* in Dutch rules (:data:`CALENDAR_SOURCE`). That is a choice:
the days the minister declares equal to a feestdag by decree, a few years at a
time (art. 3 lid 3), are not in the package and do not count; and an
organisation whose own agreement gives 5 May off only every five years works one
day more in the other years than this count says.

>>> import datetime as dt
>>> add_working_days(dt.date(2026, 4, 30), 5)  # over Bevrijdingsdag, Tuesday 5 May
datetime.date(2026, 5, 8)
>>> is_working_day(dt.date(2026, 5, 5))  # Bevrijdingsdag, every year
False

**A start that is not a working day.** Counting *n* working days from a date
gives the *n*-th working day after it: the start day itself never counts, as
with calendar days, so a Saturday start counts like the Friday before it
(Saturday + 1 working day is Monday, as is Friday + 1). Counting back gives the
*n*-th working day before the date. Zero working days is no time at all: the
start itself, whatever day it is. So subtracting undoes adding only from a
working day (Monday − 1 working day is Friday, not the Saturday one started
from).

The package's Dutch calendar starts in 1966 (the Algemene termijnenwet came into
force on 1 April 1965) and ends in 2100 (:data:`CALENDAR_YEARS`). A date outside
those years raises :class:`~kleinschalig.dates.DateArithmeticError`
``date.out_of_range``: the library does not guess which days were working days.

Each year's working days are worked out once, on first use, and kept whole (an
immutable tuple behind ``functools.cache``): a reader in another thread
sees a year either not yet computed or complete, never half-built.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from typing import Final

from kleinschalig.dates import DateArithmeticError, out_of_range_error
from kleinschalig.i18n import N_
from kleinschalig.model.sources import LegalSource

__all__ = [
    "CALENDAR_SOURCE",
    "CALENDAR_YEARS",
    "HOLIDAY_CATEGORIES",
    "add_working_days",
    "holidays_in",
    "is_working_day",
    "working_days_between",
]

#: The country whose calendar the ``holidays`` package is asked for.
COUNTRY: Final = "NL"
#: The package's categories whose days are not working days (together the Atw's feestdagen).
HOLIDAY_CATEGORIES: Final = ("public", "optional")
#: The first and last year the package's Dutch calendar covers (inclusive).
CALENDAR_YEARS: Final = (1966, 2100)
#: The law that says which days are not working days (besides Saturday and Sunday).
CALENDAR_SOURCE: Final = LegalSource(
    law="Algemene termijnenwet",
    short_name="Atw",
    bwb_id="BWBR0002448",
    article="3",
    url="https://wetten.overheid.nl/BWBR0002448",
    explanation=N_(
        "Werkdagen: maandag tot en met vrijdag, behalve de algemeen erkende feestdagen "
        "(lid 1) en Goede Vrijdag (lid 2), volgens de Nederlandse kalender van het pakket "
        "holidays; door de minister gelijkgestelde dagen (lid 3) tellen niet."
    ),
)


def _range_error() -> DateArithmeticError:
    return out_of_range_error(*CALENDAR_YEARS)


def _check_year(year: int) -> None:
    if not CALENDAR_YEARS[0] <= year <= CALENDAR_YEARS[1]:
        raise _range_error()


@functools.cache
def _holidays(year: int) -> tuple[tuple[dt.date, str], ...]:
    import holidays  # imported on first use: start-up time

    found = holidays.country_holidays(
        COUNTRY, years=year, categories=HOLIDAY_CATEGORIES, language="nl"
    )
    return tuple(sorted((day, str(name)) for day, name in found.items()))


@functools.cache
def _working_days(year: int) -> tuple[int, ...]:
    """The ordinals of the working days of ``year``, in order."""
    off = {day.toordinal() for day, _ in _holidays(year)}
    first = dt.date(year, 1, 1).toordinal()
    last = dt.date(year, 12, 31).toordinal()
    # Ordinal 1 (1 January of year 1) was a Monday: ordinal % 7 is 6 on Saturday, 0 on Sunday.
    return tuple(d for d in range(first, last + 1) if d % 7 not in (0, 6) and d not in off)


def holidays_in(year: int) -> tuple[tuple[dt.date, str], ...]:
    """The days off of ``year`` that are not a weekend by nature, with their Dutch names.

    >>> [name for _, name in holidays_in(2025)][:4]
    ['Nieuwjaarsdag', 'Goede vrijdag', 'Eerste paasdag', 'Tweede paasdag']
    """
    _check_year(year)
    return _holidays(year)


def is_working_day(day: dt.date) -> bool:
    """Whether ``day`` is a working day (see the module's policy)."""
    _check_year(day.year)
    days = _working_days(day.year)
    index = bisect_left(days, day.toordinal())
    return index < len(days) and days[index] == day.toordinal()


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start`` (before it when ``count`` is negative).

    >>> add_working_days(dt.date(2025, 12, 24), 2)  # over Christmas and a weekend
    datetime.date(2025, 12, 30)
    >>> add_working_days(dt.date(2025, 12, 30), -2)
    datetime.date(2025, 12, 24)
    """
    if count == 0:
        return start
    year = start.year
    _check_year(year)
    days = _working_days(year)
    ordinal = start.toordinal()
    if count > 0:
        index = bisect_right(days, ordinal)  # the first working day after start
        while index + count > len(days):
            count -= len(days) - index
            year += 1
            _check_year(year)
            days, index = _working_days(year), 0
        return dt.date.fromordinal(days[index + count - 1])
    back = -count
    index = bisect_left(days, ordinal)  # working days before start in its year
    while back > index:
        back -= index
        year -= 1
        _check_year(year)
        days = _working_days(year)
        index = len(days)
    return dt.date.fromordinal(days[index - back])


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The working days after ``start`` up to and including ``end``; minus those after
    ``end`` up to and including ``start`` when ``end`` comes first.

    It undoes :func:`add_working_days` forward, and back from a working day:
    ``working_days_between(start, add_working_days(start, n)) == n``.

    >>> working_days_between(dt.date(2026, 4, 24), dt.date(2026, 5, 1))  # Fri to Fri
    4
    """
    if end < start:
        return -working_days_between(end, start)
    _check_year(start.year)
    _check_year(end.year)
    total = 0
    for year in range(start.year, end.year + 1):
        days = _working_days(year)
        low = bisect_right(days, start.toordinal()) if year == start.year else 0
        high = bisect_right(days, end.toordinal()) if year == end.year else len(days)
        total += high - low
    return total
