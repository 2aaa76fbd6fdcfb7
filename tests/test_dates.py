import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig.dates import (
    DateArithmeticError,
    Duration,
    Rounding,
    add,
    add_months,
    parse_date,
    remaining,
    subtract,
)
from kleinschalig.errors import InvalidValue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18m", Duration(months=18)),
        ("3y", Duration(years=3)),
        ("45d", Duration(days=45)),
        ("2w", Duration(weeks=2)),
        ("1y6m", Duration(years=1, months=6)),
        ("P1Y6M", Duration(years=1, months=6)),
        ("p2w3d", Duration(weeks=2, days=3)),
    ],
)
def test_duration_parses_compact_and_iso_forms(text, expected):
    assert Duration.parse(text) == expected


@pytest.mark.parametrize("text", ["", "P", "18", "m", "1.5y", "-3m", "3 y", "6m1y", "PT5H"])
def test_duration_rejects_malformed_text_with_a_code(text):
    with pytest.raises(InvalidValue) as info:
        Duration.parse(text)
    assert info.value.code == "duration.invalid"


@given(st.builds(Duration, *(st.integers(0, 99) for _ in range(4))))
def test_duration_text_round_trips(length):
    assert Duration.parse(str(length)) == length


@pytest.mark.parametrize(
    ("start", "months", "rounding", "expected"),
    [
        (dt.date(2025, 1, 31), 1, Rounding.DOWN, dt.date(2025, 2, 28)),
        (dt.date(2025, 1, 31), 1, Rounding.UP, dt.date(2025, 3, 1)),
        (dt.date(2024, 1, 31), 1, Rounding.DOWN, dt.date(2024, 2, 29)),
        (dt.date(2024, 3, 31), -1, Rounding.DOWN, dt.date(2024, 2, 29)),
        (dt.date(2024, 3, 31), -1, Rounding.UP, dt.date(2024, 3, 1)),
        (dt.date(2024, 2, 29), 12, Rounding.DOWN, dt.date(2025, 2, 28)),
    ],
)
def test_month_end_needs_an_explicit_rounding(start, months, rounding, expected):
    with pytest.raises(DateArithmeticError) as info:
        add_months(start, months)
    assert info.value.detail.code == "date.nonexistent"
    assert add_months(start, months, rounding) == expected


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 1, 1)), st.integers(-400, 400))
def test_raise_policy_refuses_exactly_when_the_day_does_not_exist(start, months):
    target_year, target_month0 = divmod(start.month - 1 + months, 12)
    try:
        dt.date(start.year + target_year, target_month0 + 1, start.day)
        exists = True
    except ValueError:
        exists = False
    if exists:
        assert add_months(start, months).day == start.day
    else:
        with pytest.raises(DateArithmeticError):
            add_months(start, months)


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 1, 1)).filter(lambda d: d.day <= 28),
    st.builds(Duration, *(st.integers(0, 30) for _ in range(4))),
)
def test_subtract_inverts_add_when_no_rounding_is_needed(start, length):
    assert subtract(add(start, length), length) == start


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "yesterday"])
def test_impossible_dates_are_rejected(text):
    with pytest.raises(InvalidValue) as info:
        parse_date(text)
    assert info.value.code == "date.invalid"


def test_remaining_sentence_counts_from_the_later_of_reference_and_start():
    # A zelfmelder who has not reported: the whole sentence remains.
    before = remaining(dt.date(2026, 9, 7), Duration(months=5), dt.date(2026, 7, 1))
    assert before.counted_from == dt.date(2026, 9, 7)
    assert (before.months, before.days) == (5, 0)
    assert before.at_least(Duration(months=1))
    assert before.at_most(Duration(years=1))
    during = remaining(dt.date(2024, 3, 1), Duration(months=18), dt.date(2024, 6, 15))
    assert during.end_date == dt.date(2025, 9, 1)
    assert (during.months, during.days, during.total_days) == (14, 17, 443)
    after = remaining(dt.date(2024, 3, 1), Duration(months=1), dt.date(2025, 1, 1))
    assert after.total_days == 0


def test_remaining_sentence_bounds_are_calendar_inclusive():
    r = remaining(dt.date(2026, 1, 10), Duration(months=2), dt.date(2026, 1, 10))
    assert r.at_least(Duration(months=2))
    assert r.at_most(Duration(months=2))
    assert not r.at_least(Duration(months=2, days=1))


def test_parsed_dates_are_remembered_within_a_bound(monkeypatch):
    import kleinschalig.dates as dates

    monkeypatch.setattr(dates, "_PARSED_DATES", {})
    monkeypatch.setattr(dates, "_PARSED_DATES_MAX", 2)
    days = ["2026-01-01", "2026-01-02", "2026-01-03"]
    parsed = [parse_date(day) for day in days]
    assert parsed == [dt.date(2026, 1, d) for d in (1, 2, 3)]
    assert list(dates._PARSED_DATES) == days[:2]
    assert parse_date("2026-01-03") == dt.date(2026, 1, 3)  # past the bound: parsed again
    for _ in range(2):  # a refused date is never remembered
        with pytest.raises(InvalidValue):
            parse_date("2026-02-30")
