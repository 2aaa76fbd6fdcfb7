"""All date arithmetic of the library, on python-dateutil, with an explicit rounding policy.

Calendar arithmetic can land on a day that does not exist (31 January + 1 month)
or on a fraction of a day or month (one third of 20 months). ``relativedelta``
silently clamps the first case to the month's last day; on a legal date that is a
decision, not an accident. So every function here takes a :class:`Rounding`:

* ``Rounding.RAISE`` (the default) refuses and says why;
* ``Rounding.DOWN`` takes the earlier day (the month's last day; the whole day below);
* ``Rounding.UP`` takes the later day (the 1st of the next month; the whole day above).

>>> import datetime as dt
>>> add(dt.date(2024, 3, 1), Duration.parse("18m"))
datetime.date(2025, 9, 1)
>>> add(dt.date(2025, 1, 31), Duration(months=1))
Traceback (most recent call last):
...
kleinschalig.dates.DateArithmeticError: date.nonexistent: 31 January + 1 month does not exist
>>> add(dt.date(2025, 1, 31), Duration(months=1), Rounding.DOWN)
datetime.date(2025, 2, 28)
>>> add(dt.date(2025, 1, 31), Duration(months=1), Rounding.UP)
datetime.date(2025, 3, 1)

Working days (``5wd``) are counted on the Dutch calendar of
:mod:`kleinschalig.working_days`; they need no rounding:

>>> add(dt.date(2026, 4, 24), Duration.parse("5wd"))  # Friday; Koningsdag on Monday 27 April
datetime.date(2026, 5, 4)
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Final

import attrs

from kleinschalig._fields import spec
from kleinschalig._labels import labelled
from kleinschalig.errors import ErrorDetail, InvalidValue, KleinschaligError
from kleinschalig.i18n import N_

if TYPE_CHECKING:
    from fractions import Fraction

__all__ = [
    "DateArithmeticError",
    "Duration",
    "RemainingSentence",
    "Rounding",
    "add",
    "add_days_fraction",
    "add_months",
    "parse_date",
    "remaining",
    "subtract",
]


@labelled(
    {
        "raise": N_("niet afronden (onbekend)"),
        "down": N_("naar beneden afronden"),
        "up": N_("naar boven afronden"),
    }
)
class Rounding(StrEnum):
    """What to do when arithmetic lands on a non-existent day or a fraction."""

    RAISE = "raise"
    DOWN = "down"
    UP = "up"


class DateArithmeticError(KleinschaligError):
    """The computation needs a rounding decision the caller did not make."""

    def __init__(self, detail: ErrorDetail, text: str) -> None:
        self.detail = detail
        super().__init__(f"{detail.code}: {text}")


_DURATION: Final = re.compile(
    r"(?:(?P<y>\d+)y)?(?:(?P<m>\d+)m)?(?:(?P<w>\d+)w)?(?:(?P<d>\d+)d)?|(?P<wd>\d+)wd", re.ASCII
)
_ISO_DURATION: Final = re.compile(
    r"P(?:(?P<y>\d+)Y)?(?:(?P<m>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?", re.ASCII
)
_MONTH_NAMES: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _working_days_alone(inst: Duration, _a: object, value: int) -> None:
    if value and (inst.years or inst.months or inst.weeks or inst.days):
        raise InvalidValue("duration.invalid")


@attrs.frozen(slots=True, repr=False)
class Duration:
    """A calendar length: years, months, weeks and days, kept as written; or working days.

    Sentences are imposed in calendar units, so ``18m`` stays 18 months and is
    not turned into a number of days. The text form is compact (``1y6m``, ``45d``)
    and ISO 8601 (``P1Y6M``) is accepted too.

    >>> Duration.parse("1y6m")
    Duration(years=1, months=6, weeks=0, days=0)
    >>> str(Duration(months=18))
    '18m'
    >>> Duration.parse("P2W").days_if_fixed()
    14

    Lead times in working days are written ``10wd`` (:mod:`kleinschalig.working_days`
    says which days count). A number of working days stands alone: ``1m5wd`` or
    ``1w2wd`` has no agreed meaning (which comes first, and what if the months land
    on a holiday?) and is refused with ``duration.invalid``; ISO 8601 has no working
    days, so there is no ``P`` form of them either.

    >>> Duration.parse("10wd")
    Duration(working_days=10)
    >>> Duration.parse("1m5wd")
    Traceback (most recent call last):
    ...
    kleinschalig.errors.InvalidValue: duration.invalid at <value>
    """

    years: int = attrs.field(default=0, **spec(minimum=0))
    months: int = attrs.field(default=0, **spec(minimum=0))
    weeks: int = attrs.field(default=0, **spec(minimum=0))
    days: int = attrs.field(default=0, **spec(minimum=0))
    #: Monday to Friday except Dutch public holidays; never with other units.
    working_days: int = attrs.field(default=0, **spec(minimum=0, validator=_working_days_alone))

    @classmethod
    def parse(cls, text: str) -> Duration:
        match = _DURATION.fullmatch(text) or _ISO_DURATION.fullmatch(text.upper())
        if match is None or not text or text.upper() == "P" or not any(match.groupdict().values()):
            raise InvalidValue("duration.invalid")
        groups = match.groupdict()
        return cls(
            years=int(groups["y"] or 0),
            months=int(groups["m"] or 0),
            weeks=int(groups["w"] or 0),
            days=int(groups["d"] or 0),
            working_days=int(groups.get("wd") or 0),
        )

    def __str__(self) -> str:
        if self.working_days:
            return f"{self.working_days}wd"
        parts = [
            f"{n}{unit}"
            for n, unit in (
                (self.years, "y"),
                (self.months, "m"),
                (self.weeks, "w"),
                (self.days, "d"),
            )
            if n
        ]
        return "".join(parts) or "0d"

    def __repr__(self) -> str:
        if self.working_days:
            return f"Duration(working_days={self.working_days})"
        return (
            f"Duration(years={self.years}, months={self.months}, "
            f"weeks={self.weeks}, days={self.days})"
        )

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    @property
    def extra_days(self) -> int:
        """Weeks and days in days (working days are not among them)."""
        return self.weeks * 7 + self.days

    @property
    def in_working_days(self) -> bool:
        """Whether the length is counted in working days (and in nothing else)."""
        return self.working_days != 0

    def days_if_fixed(self) -> int | None:
        """The length in days when it has no calendar part (no years, months or working
        days: how many days ``5wd`` spans depends on the start)."""
        return None if self.total_months or self.working_days else self.extra_days

    def is_whole_months(self) -> bool:
        return self.extra_days == 0 and self.working_days == 0


def parse_date(text: str) -> dt.date:
    """An ISO date (``YYYY-MM-DD``), or :class:`~kleinschalig.errors.InvalidValue`
    ``date.invalid``."""
    # Records repeat the same dates, so parsed ones are kept (a bounded table, never evicted).
    if type(text) is str and (known := _PARSED_DATES.get(text)) is not None:
        return known
    # Only YYYY-MM-DD: Python also accepts ISO week dates and other forms.
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.isascii():
        raise InvalidValue("date.invalid")
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("date.invalid") from None
    if len(_PARSED_DATES) < _PARSED_DATES_MAX:
        _PARSED_DATES[text] = parsed
    return parsed


_PARSED_DATES: dict[str, dt.date] = {}
_PARSED_DATES_MAX = 16_384  # about 45 years of days


def _rounding_error(start: dt.date, months: int) -> DateArithmeticError:
    detail = ErrorDetail(
        code="date.nonexistent",
        params={"day": str(start.day), "month": str((start.month - 1 + months) % 12 + 1)},
    )
    sign = "+" if months >= 0 else "-"
    unit = "month" if abs(months) == 1 else "months"
    return DateArithmeticError(
        detail,
        f"{start.day} {_MONTH_NAMES[start.month - 1]} {sign} {abs(months)} {unit} does not exist",
    )


def out_of_range_error(first: int = 1, last: int = 9999) -> DateArithmeticError:
    """``date.out_of_range``: the result falls outside the years ``first`` to ``last``."""
    return DateArithmeticError(
        ErrorDetail(code="date.out_of_range", params={"first": str(first), "last": str(last)}),
        f"the date falls outside years {first} to {last}",
    )


def _plus_days(start: dt.date, days: int) -> dt.date:
    try:
        return start + dt.timedelta(days=days)
    except (OverflowError, ValueError):
        raise out_of_range_error() from None


def add_months(start: dt.date, months: int, rounding: Rounding = Rounding.RAISE) -> dt.date:
    """``start`` plus (or minus) whole calendar months, never silently clamped.

    A result outside years 1 to 9999 raises :class:`DateArithmeticError`
    ``date.out_of_range``.
    """
    from dateutil.relativedelta import relativedelta  # imported on first use: start-up time

    target = start.year * 12 + start.month - 1 + months
    if not 12 <= target < 10_000 * 12:
        raise out_of_range_error()
    result: dt.date = start + relativedelta(months=months)
    if result.day == start.day:
        return result
    # relativedelta clamped the day to the end of a shorter month.
    if rounding is Rounding.RAISE:
        raise _rounding_error(start, months)
    if rounding is Rounding.DOWN:
        return result
    return _plus_days(result, 1)


def add(start: dt.date, length: Duration, rounding: Rounding = Rounding.RAISE) -> dt.date:
    """``start`` plus a calendar length: months first, then weeks and days.

    A length in working days is the that many-th working day after ``start``
    (:func:`kleinschalig.working_days.add_working_days`; ``rounding`` is not needed).
    """
    if length.working_days:
        from kleinschalig.working_days import add_working_days  # imported on first use

        return add_working_days(start, length.working_days)
    return _plus_days(add_months(start, length.total_months, rounding), length.extra_days)


def subtract(end: dt.date, length: Duration, rounding: Rounding = Rounding.RAISE) -> dt.date:
    """``end`` minus a calendar length: days first, then months (the inverse of :func:`add`).

    A length in working days is the that many-th working day before ``end``; that undoes
    :func:`add` only from a working day (see :mod:`kleinschalig.working_days`).
    """
    if length.working_days:
        from kleinschalig.working_days import add_working_days

        return add_working_days(end, -length.working_days)
    return add_months(_plus_days(end, -length.extra_days), -length.total_months, rounding)


def add_days_fraction(
    start: dt.date, days: Fraction, rounding: Rounding = Rounding.RAISE
) -> dt.date:
    """``start`` plus a possibly fractional number of days.

    >>> from fractions import Fraction
    >>> add_days_fraction(dt.date(2024, 11, 1), Fraction(242, 3), Rounding.DOWN)
    datetime.date(2025, 1, 20)
    """
    if days.denominator == 1:
        return _plus_days(start, int(days))
    if rounding is Rounding.RAISE:
        raise DateArithmeticError(
            ErrorDetail(code="date.fraction"), f"{float(days):.2f} days is not a whole day"
        )
    whole = days.__floor__() if rounding is Rounding.DOWN else days.__ceil__()
    return _plus_days(start, whole)


@attrs.frozen(slots=True)
class RemainingSentence:
    """The strafrestant at a reference date: what is still to be served.

    ``months`` and ``days`` are the calendar breakdown (``relativedelta``), ``total_days``
    the exact count. Criteria that say "2–18 months" compare calendar dates, see
    :meth:`at_least` and :meth:`at_most`.
    """

    reference_date: dt.date
    counted_from: dt.date
    end_date: dt.date
    total_days: int
    months: int
    days: int

    def at_least(self, length: Duration, rounding: Rounding = Rounding.RAISE) -> bool:
        return self.end_date >= add(self.counted_from, length, rounding)

    def at_most(self, length: Duration, rounding: Rounding = Rounding.RAISE) -> bool:
        return self.end_date <= add(self.counted_from, length, rounding)


def remaining(
    start: dt.date, length: Duration, reference: dt.date, rounding: Rounding = Rounding.RAISE
) -> RemainingSentence:
    """The remaining sentence at ``reference`` for a sentence of ``length`` starting ``start``.

    Before the start (a zelfmelder who has not yet reported) the whole sentence
    remains; after the end nothing does.

    >>> r = remaining(dt.date(2024, 3, 1), Duration(months=18), dt.date(2024, 6, 15))
    >>> (r.end_date, r.months, r.days, r.total_days)
    (datetime.date(2025, 9, 1), 14, 17, 443)
    """
    from dateutil.relativedelta import relativedelta

    end = add(start, length, rounding)
    counted_from = min(max(reference, start), end)
    delta = relativedelta(end, counted_from)
    return RemainingSentence(
        reference_date=reference,
        counted_from=counted_from,
        end_date=end,
        total_days=(end - counted_from).days,
        months=delta.years * 12 + delta.months,
        days=delta.days,
    )
