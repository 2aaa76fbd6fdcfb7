"""The v.i. rule against the worked examples of policy-model.md §4.1 (A–J)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add_months, subtract
from kleinschalig.rules.vi import VI_RULES, RuleStatus, vi_date

D = dt.date.fromisoformat

WORKED = [
    # id, length, start, end, current v.i. date, proposed v.i. date
    ("A", "3y", "2024-03-01", "2027-03-01", "2026-03-01", "2026-03-01"),
    ("B", "18m", "2024-03-01", "2025-09-01", "2025-05-01", "2025-05-01"),
    ("C", "18y", "2020-01-15", "2038-01-15", "2032-01-15", "2036-01-15"),
    ("D", "6y", "2021-05-10", "2027-05-10", "2025-05-10", "2025-05-10"),
    ("E", "90m", "2022-07-01", "2030-01-01", "2027-07-01", "2028-01-01"),
    ("F", "30y", "2010-01-01", "2040-01-01", "2030-01-01", "2038-01-01"),
]


@pytest.mark.parametrize(("name", "length", "start", "end", "current", "proposed"), WORKED)
def test_worked_examples(name, length, start, end, current, proposed):
    now = vi_date(D(start), Duration.parse(length), "current")
    then = vi_date(D(start), Duration.parse(length), "proposed-2018")
    assert (now.end_date, now.vi_date) == (D(end), D(current)), name
    assert then.vi_date == D(proposed), name
    assert then.cap_applied is (current != proposed)


def test_example_c_matches_the_source_twelve_years_inside():
    # "an 18-year sentence currently means about 12 years inside" [002:L404-408]
    r = vi_date(D("2020-01-15"), Duration(years=18))
    assert r.vi_date is not None
    assert r.vi_date.year - 2020 == 12


@pytest.mark.parametrize("length", ["8m", "45d", "11m2d"])
def test_example_g_no_vi_under_one_year(length):
    r = vi_date(D("2024-03-01"), Duration.parse(length))
    assert not r.eligible
    assert r.vi_date is None
    assert r.vi_period == dt.timedelta(0)


def test_example_h_exactly_one_year_gives_a_zero_period():
    r = vi_date(D("2024-03-01"), Duration(months=12))
    assert r.eligible
    assert r.vi_date == D("2025-03-01")
    assert r.vi_period == dt.timedelta(0)


def test_example_j_fraction_of_a_month_needs_rounding():
    with pytest.raises(DateArithmeticError) as info:
        vi_date(D("2023-11-01"), Duration(months=20))
    assert info.value.detail.code == "date.fraction"
    assert vi_date(D("2023-11-01"), Duration(months=20), rounding=Rounding.DOWN).vi_date == D(
        "2025-01-20"
    )
    assert vi_date(D("2023-11-01"), Duration(months=20), rounding=Rounding.UP).vi_date == D(
        "2025-01-21"
    )


def test_month_end_start_needs_rounding_too():
    with pytest.raises(DateArithmeticError):
        vi_date(D("2024-01-31"), Duration(months=13))
    r = vi_date(D("2024-01-31"), Duration(months=15), rounding=Rounding.DOWN)
    assert r.end_date == D("2025-04-30")


def test_rules_carry_sources_and_status():
    assert VI_RULES["current"].status is RuleStatus.IN_FORCE
    assert VI_RULES["proposed-2018"].status is RuleStatus.PROPOSED
    for rule in VI_RULES.values():
        assert rule.sources
        assert all(s.citation.startswith("002:L") for s in rule.sources)


whole_years = st.integers(1, 40)


@given(
    whole_years, st.dates(dt.date(1990, 1, 1), dt.date(2060, 1, 1)).filter(lambda d: d.day <= 28)
)
def test_cap_binds_only_above_six_years(years, start):
    length = Duration(years=years)
    now = vi_date(start, length)
    then = vi_date(start, length, "proposed-2018")
    assert then.cap_applied is (years > 6)
    assert then.vi_date >= now.vi_date
    if then.cap_applied:
        assert then.vi_date == subtract(then.end_date, Duration(years=2))


@given(
    st.integers(12, 600),
    st.dates(dt.date(1990, 1, 1), dt.date(2060, 1, 1)).filter(lambda d: d.day <= 28),
)
def test_vi_date_lies_between_one_year_and_the_end(months, start):
    r = vi_date(start, Duration(months=months), rounding=Rounding.DOWN)
    assert add_months(start, 12) <= r.vi_date <= r.end_date
    # two thirds from two years on; one year plus a third of the rest below
    served = (r.vi_date - start).days / (r.end_date - start).days
    assert served >= 2 / 3 - 0.01 or months < 24


def test_day_based_lengths_use_the_same_rule():
    r = vi_date(D("2024-03-01"), Duration(days=3 * 365))
    assert r.method == "days"
    assert r.vi_date == D("2024-03-01") + dt.timedelta(days=730)
