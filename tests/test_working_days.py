"""Working days on the Dutch calendar of the ``holidays`` package, and ``5wd`` durations."""

import datetime as dt
import json
import re
import threading

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig import working_days as wd
from kleinschalig.codec.converter import dump_json, load_json
from kleinschalig.codec.schema import DURATION_PATTERN
from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add, remaining, subtract
from kleinschalig.errors import InvalidValue, ValidationFailed
from kleinschalig.working_days import (
    CALENDAR_YEARS,
    add_working_days,
    holidays_in,
    is_working_day,
    working_days_between,
)

D = dt.date
WITHIN = st.dates(D(1968, 1, 1), D(2097, 12, 31))


# --- the calendar --------------------------------------------------------------------


def test_the_days_off_of_2026_are_the_atw_feestdagen():
    assert holidays_in(2026) == (
        (D(2026, 1, 1), "Nieuwjaarsdag"),
        (D(2026, 4, 3), "Goede vrijdag"),
        (D(2026, 4, 5), "Eerste paasdag"),
        (D(2026, 4, 6), "Tweede paasdag"),
        (D(2026, 4, 27), "Koningsdag"),
        (D(2026, 5, 5), "Bevrijdingsdag"),
        (D(2026, 5, 14), "Hemelvaartsdag"),
        (D(2026, 5, 24), "Eerste pinksterdag"),
        (D(2026, 5, 25), "Tweede pinksterdag"),
        (D(2026, 12, 25), "Eerste kerstdag"),
        (D(2026, 12, 26), "Tweede kerstdag"),
    )


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 5, 5), False),  # Bevrijdingsdag in a year not divisible by five: Atw, every year
        (D(2030, 5, 6), True),
        (D(2026, 4, 3), False),  # Goede Vrijdag (Atw art. 3 lid 2)
        (D(2026, 4, 27), False),  # Koningsdag on a Monday
        (D(2026, 4, 28), True),
        (D(2026, 5, 15), True),  # a day a decree may make equal (lid 3): not in the package
        (D(2026, 5, 9), False),  # a Saturday
        (D(2026, 5, 10), False),  # a Sunday
        (D(2013, 4, 30), False),  # Koninginnedag before 2014
        (D(2014, 4, 30), True),
    ],
)
def test_which_days_are_working_days(day, working):
    assert is_working_day(day) is working


def test_the_calendar_is_the_packages_and_its_years_are_covered():
    assert set(wd.HOLIDAY_CATEGORIES) <= set(holidays.NL.supported_categories)
    assert holidays.NL.start_year <= CALENDAR_YEARS[0]
    assert CALENDAR_YEARS[1] <= holidays.NL.end_year
    for year in (CALENDAR_YEARS[0], 1999, CALENDAR_YEARS[1]):
        package = holidays.country_holidays("NL", years=year, categories=("public", "optional"))
        assert {day for day, _ in holidays_in(year)} == set(package)


@given(st.dates(D(1966, 1, 1), D(2100, 12, 31)))
def test_a_working_day_is_a_weekday_the_package_does_not_list(day):
    listed = day in holidays.country_holidays(
        "NL", years=day.year, categories=("public", "optional")
    )
    assert is_working_day(day) is (day.weekday() < 5 and not listed)


# --- arithmetic ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (D(2026, 5, 8), 1, D(2026, 5, 11)),  # Friday + 1: Monday
        (D(2026, 5, 9), 1, D(2026, 5, 11)),  # Saturday counts like the Friday before
        (D(2026, 5, 10), 1, D(2026, 5, 11)),
        (D(2026, 5, 9), -1, D(2026, 5, 8)),
        (D(2026, 5, 11), -1, D(2026, 5, 8)),  # not the Saturday: subtracting undoes adding
        (D(2026, 5, 9), 0, D(2026, 5, 9)),  # no time at all, whatever the day
        (D(2026, 4, 24), 5, D(2026, 5, 4)),  # over Koningsdag
        (D(2026, 4, 30), 5, D(2026, 5, 8)),  # over Bevrijdingsdag
        (D(2025, 12, 31), 1, D(2026, 1, 2)),  # over New Year
        (D(2026, 1, 2), -1, D(2025, 12, 31)),
        (D(2025, 12, 24), 2, D(2025, 12, 30)),  # over both Christmas days and a weekend
    ],
)
def test_adding_working_days(start, count, expected):
    assert add_working_days(start, count) == expected


def _step_by_step(start, count):
    """The reference: walk day by day, asking the package about each day."""
    day, step, left = start, (1 if count > 0 else -1), abs(count)
    while left:
        day += dt.timedelta(days=step)
        listed = holidays.country_holidays("NL", years=day.year, categories=("public", "optional"))
        if day.weekday() < 5 and day not in listed:
            left -= 1
    return day


@given(WITHIN, st.integers(-80, 80))
def test_adding_agrees_with_walking_day_by_day(start, count):
    assert add_working_days(start, count) == _step_by_step(start, count)


@given(WITHIN, st.integers(-500, 500))
def test_counting_undoes_adding(start, count):
    end = add_working_days(start, count)
    # Back from a Saturday, the Friday is one working day earlier, yet no working day
    # lies after it up to the Saturday: counting undoes adding forward, or from a working day.
    if count >= 0 or is_working_day(start):
        assert working_days_between(start, end) == count
    assert count == 0 or is_working_day(end)
    assert add_working_days(start, count + 1) > end


@given(WITHIN, WITHIN)
def test_counting_between_is_antisymmetric_and_additive(a, b):
    middle = min(a, b) + (max(a, b) - min(a, b)) / 2
    assert working_days_between(a, b) == -working_days_between(b, a)
    assert working_days_between(a, b) == working_days_between(a, middle) + working_days_between(
        middle, b
    )


def test_counting_over_several_years():
    # 2025: 261 weekdays less 8 feestdagen on one (Koningsdag fell on a Saturday);
    # 2026: 261 less 8 (Tweede kerstdag falls on a Saturday).
    assert working_days_between(D(2024, 12, 31), D(2025, 12, 31)) == 253
    assert working_days_between(D(2025, 12, 31), D(2026, 12, 31)) == 253
    assert working_days_between(D(2024, 12, 31), D(2026, 12, 31)) == 506
    assert working_days_between(D(2026, 12, 31), D(2024, 12, 31)) == -506


@pytest.mark.parametrize(
    "call",
    [
        lambda: add_working_days(D(1965, 12, 31), 1),
        lambda: add_working_days(D(2100, 12, 30), 5),
        lambda: add_working_days(D(1966, 1, 4), -5),
        lambda: add_working_days(D(9999, 12, 31), 1),
        lambda: is_working_day(D(2101, 1, 3)),
        lambda: working_days_between(D(1900, 1, 1), D(2026, 1, 1)),
        lambda: holidays_in(1965),
        lambda: add(D(1, 1, 1), Duration(working_days=3)),
    ],
)
def test_outside_the_calendar_is_a_structured_error(call):
    with pytest.raises(DateArithmeticError) as info:
        call()
    assert info.value.detail.code == "date.out_of_range"
    assert dict(info.value.detail.params) == {"first": "1966", "last": "2100"}
    assert "1966" in info.value.detail.message("en")


def test_calendar_arithmetic_out_of_range_names_its_own_years():
    with pytest.raises(DateArithmeticError) as info:
        add(D(9999, 12, 1), Duration(months=1))
    assert dict(info.value.detail.params) == {"first": "1", "last": "9999"}


def test_years_are_worked_out_once_and_whole_across_threads():
    wd._working_days.cache_clear()
    wd._holidays.cache_clear()
    expected = [_step_by_step(D(2040, 1, 1), n) for n in (1, 100, 300)]
    results, barrier = [], threading.Barrier(8)

    def worker():
        barrier.wait()
        results.append([add_working_days(D(2040, 1, 1), n) for n in (1, 100, 300)])

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 8
    assert isinstance(wd._working_days(2040), tuple)


# --- durations in working days -------------------------------------------------------


def test_a_working_day_duration_parses_prints_and_dispatches():
    ten = Duration.parse("10wd")
    assert ten == Duration(working_days=10)
    assert (str(ten), repr(ten)) == ("10wd", "Duration(working_days=10)")
    assert ten.in_working_days
    assert not Duration(days=10).in_working_days
    assert ten.days_if_fixed() is None
    assert not ten.is_whole_months()
    assert ten.total_months == 0
    assert ten.extra_days == 0
    start = D(2026, 4, 24)
    # 28-30 April, 1 May, 4 May, (not 5 May), 6-8 May, 11 and 12 May
    assert add(start, ten, Rounding.RAISE) == add_working_days(start, 10) == D(2026, 5, 12)
    assert subtract(D(2026, 5, 12), ten) == start
    assert str(Duration.parse("0wd")) == "0d"  # no time at all, as 0d


@pytest.mark.parametrize("text", ["1m5wd", "5wd2d", "2w5wd", "wd", "5WD", "P5WD", "5 wd", "-5wd"])
def test_working_days_stand_alone(text):
    with pytest.raises(InvalidValue) as info:
        Duration.parse(text)
    assert info.value.code == "duration.invalid"


def test_working_days_cannot_be_built_with_other_units():
    with pytest.raises(InvalidValue) as info:
        Duration(months=1, working_days=5)
    assert info.value.code == "duration.invalid"


@given(st.integers(0, 9999))
def test_working_days_round_trip_as_text_and_json(count):
    length = Duration(working_days=count)
    assert Duration.parse(str(length)) == length
    assert load_json(dump_json(length), Duration) == length


@pytest.mark.parametrize(
    "text", ["10wd", "0wd", "1m5wd", "5wd2d", "wd", "P5WD", "5w", "5w2d", "1y6m", "P1Y6M", "45d"]
)
def test_the_schema_pattern_and_the_parser_agree(text):
    try:
        Duration.parse(text)
        parsed = True
    except InvalidValue:
        parsed = False
    assert bool(re.search(DURATION_PATTERN, text)) is parsed


def test_a_mixed_duration_in_json_is_a_located_error():
    from kleinschalig.model.workflows import Timing

    with pytest.raises(ValidationFailed) as info:
        load_json(
            json.dumps({"anchor": "referral.date", "relation": "after", "maximum": "1m5wd"}), Timing
        )
    assert [(e.code, e.path) for e in info.value.errors] == [("duration.invalid", "/maximum")]


def test_a_sentence_end_and_remainder_in_working_days_are_worked_out_not_guessed():
    # Working days have one meaning wherever a length is added to a date.
    r = remaining(D(2026, 4, 24), Duration(working_days=5), D(2026, 4, 28))
    assert (r.end_date, r.total_days) == (D(2026, 5, 4), 6)
    # from 28 April: 29, 30 April, 1, 4 May are four working days; the fifth is 6 May
    assert r.at_least(Duration(working_days=4))
    assert not r.at_least(Duration(working_days=5))
