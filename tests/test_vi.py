"""The v.i. rule versions against worked examples.

A–J are built on the 2008 rule [002:L199-201], [002:L256-257] and the 2018 cap
[002:L211-215], [002:L484-486]: the dates are computed by hand, not in the
sources. The Wsb examples (K–P) follow the public rule: v.i. after two thirds,
the period at most two years, chosen by the date of the judgment in the last
factual instance (1 July 2021).
"""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kleinschalig.dates import DateArithmeticError, Duration, Rounding, add_months, subtract
from kleinschalig.rules.vi import (
    VI_RULES,
    DecisionMode,
    RuleReason,
    RuleStatus,
    VIRuleError,
    choose_rule,
    rule_for_judgment,
    vi_date,
)

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
    r = vi_date(D("2020-01-15"), Duration(years=18), "current")
    assert r.vi_date is not None
    assert r.vi_date.year - 2020 == 12


@pytest.mark.parametrize("length", ["8m", "45d", "11m2d"])
def test_example_g_no_vi_under_one_year(length):
    r = vi_date(D("2024-03-01"), Duration.parse(length), "current")
    assert not r.eligible
    assert r.vi_date is None
    assert r.vi_period == dt.timedelta(0)


def test_example_h_exactly_one_year_gives_a_zero_period():
    r = vi_date(D("2024-03-01"), Duration(months=12), "current")
    assert r.eligible
    assert r.vi_date == D("2025-03-01")
    assert r.vi_period == dt.timedelta(0)


def test_example_j_fraction_of_a_month_needs_rounding():
    with pytest.raises(DateArithmeticError) as info:
        vi_date(D("2023-11-01"), Duration(months=20), "current")
    assert info.value.detail.code == "date.fraction"
    down = vi_date(D("2023-11-01"), Duration(months=20), "current", Rounding.DOWN)
    up = vi_date(D("2023-11-01"), Duration(months=20), "current", Rounding.UP)
    assert (down.vi_date, up.vi_date) == (D("2025-01-20"), D("2025-01-21"))


def test_month_end_start_needs_rounding_too():
    with pytest.raises(DateArithmeticError):
        vi_date(D("2024-01-31"), Duration(months=13), "current")
    r = vi_date(D("2024-01-31"), Duration(months=15), "current", Rounding.DOWN)
    assert r.end_date == D("2025-04-30")


def test_rules_carry_sources_and_status():
    assert VI_RULES["current"].status is RuleStatus.IN_FORCE
    assert VI_RULES["proposed-2018"].status is RuleStatus.PROPOSED
    assert VI_RULES["wsb-2021"].status is RuleStatus.IN_FORCE
    for rule in VI_RULES.values():
        assert any(s.citation.startswith(("001:L", "002:L")) for s in rule.sources)


whole_years = st.integers(1, 40)


@given(
    whole_years, st.dates(dt.date(1990, 1, 1), dt.date(2060, 1, 1)).filter(lambda d: d.day <= 28)
)
def test_cap_binds_only_above_six_years(years, start):
    length = Duration(years=years)
    now = vi_date(start, length, "current")
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
    r = vi_date(start, Duration(months=months), "current", Rounding.DOWN)
    assert add_months(start, 12) <= r.vi_date <= r.end_date
    # two thirds from two years on; one year plus a third of the rest below
    served = (r.vi_date - start).days / (r.end_date - start).days
    assert served >= 2 / 3 - 0.01 or months < 24


def test_day_based_lengths_use_the_same_rule():
    r = vi_date(D("2024-03-01"), Duration(days=3 * 365), "current")
    assert r.method == "days"
    assert r.vi_date == D("2024-03-01") + dt.timedelta(days=730)


# --- The Wet straffen en beschermen, chosen by the judgment date ------------------------

WSB_WORKED = [
    # id, length, start, end, v.i. date if judged 2022-03-01 (Wsb), if judged 2020-03-01 (2008)
    # K: 9 years: end - 2 years against two thirds (6 years)
    ("K", "9y", "2022-04-01", "2031-04-01", "2029-04-01", "2028-04-01"),
    # L: 18 months: one year plus a third of the rest (14 months) under both
    ("L", "18m", "2022-04-01", "2023-10-01", "2023-06-01", "2023-06-01"),
    # M: 3 years: two thirds (2 years), a period of 1 year under both
    ("M", "3y", "2022-04-01", "2025-04-01", "2024-04-01", "2024-04-01"),
    # N: exactly 6 years, the boundary: two thirds is end - 2 years
    ("N", "6y", "2022-04-01", "2028-04-01", "2026-04-01", "2026-04-01"),
    # O: 7 years: the cap binds just above the boundary (56 months against 60)
    ("O", "7y", "2022-04-01", "2029-04-01", "2027-04-01", "2026-12-01"),
    # P: 30 years: a v.i. period of 2 years instead of 10
    ("P", "30y", "2022-04-01", "2052-04-01", "2050-04-01", "2042-04-01"),
]


@pytest.mark.parametrize(("name", "length", "start", "end", "wsb", "old"), WSB_WORKED)
def test_the_judgment_date_chooses_the_rule(name, length, start, end, wsb, old):
    later = vi_date(D(start), Duration.parse(length), judgment_date=D("2022-03-01"))
    earlier = vi_date(D(start), Duration.parse(length), judgment_date=D("2020-03-01"))
    assert (later.rule, later.reason) == ("wsb-2021", RuleReason.JUDGMENT_FROM_WSB), name
    assert (earlier.rule, earlier.reason) == ("current", RuleReason.JUDGMENT_BEFORE_WSB), name
    assert later.end_date == earlier.end_date == D(end), name
    assert (later.vi_date, earlier.vi_date) == (D(wsb), D(old)), name
    assert later.cap_applied is (wsb != old), name
    assert later.decision is DecisionMode.OM_DECIDES
    assert earlier.decision is DecisionMode.AUTOMATIC


def test_the_boundary_is_the_entry_into_force_on_1_july_2021():
    start, nine = D("2022-04-01"), Duration(years=9)
    before = vi_date(start, nine, judgment_date=D("2021-06-30"))
    on = vi_date(start, nine, judgment_date=D("2021-07-01"))
    assert (before.rule, before.vi_date) == ("current", D("2028-04-01"))
    assert (on.rule, on.vi_date) == ("wsb-2021", D("2029-04-01"))


def test_the_sentence_start_does_not_choose_the_rule():
    # judged in 2020, starting in 2024: still the 2008 rule (the reference date is irrelevant)
    r = vi_date(D("2024-01-01"), Duration(years=9), judgment_date=D("2020-12-01"))
    assert (r.rule, r.vi_date) == ("current", D("2030-01-01"))


def test_without_a_judgment_date_or_a_rule_it_refuses():
    with pytest.raises(VIRuleError) as info:
        vi_date(D("2024-03-01"), Duration(years=9))
    detail = info.value.detail
    assert (detail.code, detail.path) == ("vi.judgment_date_missing", "/judgment_date")
    assert "judgment in the last factual instance" in detail.message("en")


def test_a_judgment_before_the_2008_rule_is_refused():
    with pytest.raises(VIRuleError) as info:
        rule_for_judgment(D("2008-06-30"))
    assert info.value.detail.code == "vi.no_rule_for_judgment_date"
    assert info.value.detail.params["date"] == "2008-07-01"
    assert rule_for_judgment(D("2008-07-01")).rule.code == "current"


def test_a_rule_chosen_by_hand_says_so_and_what_the_date_would_choose():
    r = vi_date(D("2022-04-01"), Duration(years=9), "current", judgment_date=D("2022-03-01"))
    assert (r.rule, r.reason, r.judgment_rule) == ("current", RuleReason.CHOSEN_BY_HAND, "wsb-2021")
    assert r.reason_sources == ()
    choice = choose_rule("wsb-2021")
    assert choice.explanation("en") == "Chosen by hand, not by the date of the judgment."
    with pytest.raises(VIRuleError) as info:
        choose_rule("wsb-2022")
    assert (info.value.detail.code, info.value.detail.path) == ("value.not_allowed", "/rule")


def test_the_reason_is_explained_and_cited():
    choice = rule_for_judgment(D("2022-03-01"))
    assert choice.explanation("en") == (
        "Chosen by the date of the judgment in the last factual instance (1 March 2022): on or "
        "after 1 July 2021, so the Wet straffen en beschermen (transitional law)."
    )
    urls = [getattr(s, "url", None) for s in choice.sources]
    assert "https://zoek.officielebekendmakingen.nl/stb-2020-224.html" in urls
    assert "001:L3152-3157" in [s.citation for s in choice.sources]


def test_the_wsb_rule_cites_the_staatsblad_and_book_6_sv():
    rule = VI_RULES["wsb-2021"]
    laws = [s for s in rule.sources if s.kind == "law"]
    assert [s.citation for s in laws] == ["Wsb", "art. 6:2:10 Sv"]
    assert laws[0].url == "https://zoek.officielebekendmakingen.nl/stb-2020-224.html"
    assert laws[1].juriconnect == "jci1.3:c:BWBR0001903&artikel=6:2:10"
    assert rule.judgments_from == D("2021-07-01")
    assert rule.judgments_until is None
    old = VI_RULES["current"]
    assert (old.judgments_from, old.judgments_until) == (D("2008-07-01"), D("2021-07-01"))
    assert "art. 15 Sr" in [s.citation for s in old.sources]
    assert VI_RULES["proposed-2018"].judgments_from is None  # a proposal is never dated


def test_the_decision_criteria_are_data_with_sources():
    proposal = VI_RULES["proposed-2018"]
    assert [c.code for c in proposal.criteria] == ["risks", "behaviour", "victims", "compensation"]
    # the three criteria of 002:L320-326 and the compensation effort of 002:L336-342
    cited = {c.code: [s.citation for s in c.sources] for c in proposal.criteria}
    assert cited["risks"][0] == "002:L320-324"
    assert cited["compensation"] == ["002:L336-342"]
    wsb = VI_RULES["wsb-2021"]
    assert [c.code for c in wsb.criteria] == ["behaviour", "risks", "victims", "address"]
    assert all(c.sources for c in wsb.criteria)
    assert VI_RULES["current"].criteria == ()  # by law, no per-person weighing


whole_months = st.integers(12, 600)
day_starts = st.dates(dt.date(1990, 1, 1), dt.date(2060, 1, 1)).filter(lambda d: d.day <= 28)


@given(whole_months, day_starts)
def test_wsb_period_at_most_two_years_and_never_before_two_thirds(months, start):
    wsb = vi_date(start, Duration(months=months), "wsb-2021", Rounding.DOWN)
    old = vi_date(start, Duration(months=months), "current", Rounding.DOWN)
    assert wsb.vi_date >= subtract(wsb.end_date, Duration(years=2))  # period at most 2 years
    assert wsb.vi_period.days <= 731
    assert wsb.vi_date >= old.vi_date  # never earlier than under the 2008 rule
    # never before two thirds (calendar months against days: a day of slack)
    assert 3 * (wsb.vi_date - start).days >= 2 * (wsb.end_date - start).days - 3
    assert wsb.cap_applied is (months > 72)


# --- On the command line ----------------------------------------------------------------


def _vi(capsys, *args):
    from kleinschalig.cli import main

    code = main(["vi", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_gives_the_2021_rule_for_a_2022_judgment_and_the_old_rule_for_2020(capsys):
    base = ("--start", "2022-04-01", "--length", "9y", "--format", "json")
    code, out, _ = _vi(capsys, *base, "--judgment-date", "2022-03-01")
    data = json.loads(out)
    assert code == 0
    assert (data["rule"], data["reason"], data["judgment_date"]) == (
        "wsb-2021",
        "judgment-from-wsb",
        "2022-03-01",
    )
    assert (data["vi_date"], data["cap_applied"], data["decision"]) == (
        "2029-04-01",
        True,
        "om-decides",
    )
    assert data["criteria"] == ["behaviour", "risks", "victims", "address"]
    assert {"citation": "art. 6:2:10 Sv", "url": "https://wetten.overheid.nl/BWBR0001903"} in data[
        "rule_sources"
    ]
    code, out, _ = _vi(capsys, *base, "--judgment-date", "2020-03-01")
    data = json.loads(out)
    assert (data["rule"], data["reason"], data["vi_date"]) == (
        "current",
        "judgment-before-wsb",
        "2028-04-01",
    )
    assert data["decision"] == "automatic"


def test_cli_text_says_which_rule_why_and_who_decides(capsys):
    code, out, _ = _vi(
        capsys,
        "--start",
        "2022-04-01",
        "--length",
        "9y",
        "--judgment-date",
        "2022-03-01",
        "--lang",
        "en",
    )
    assert code == 0
    assert "Rule: Wet straffen en beschermen" in out
    assert (
        "Why: Chosen by the date of the judgment in the last factual instance (1 March 2022)" in out
    )
    assert "Conditional release date: 1 April 2029" in out
    assert "a weighed decision needs a professional" in out
    assert "stb-2020-224" in out


def test_cli_refuses_without_a_judgment_date(capsys):
    code, out, err = _vi(capsys, "--start", "2022-04-01", "--length", "9y", "--format", "json")
    assert code == 1
    assert json.loads(out)["errors"] == [
        {
            "code": "vi.judgment_date_missing",
            "path": "/judgment_date",
            "message": (
                "Geef de datum van de uitspraak in laatste feitelijke instantie, of kies zelf de "
                "v.i.-regeling: die datum bepaalt welke regeling geldt, en zonder die datum wordt "
                "niet gegokt."
            ),
        }
    ]
    code, out, err = _vi(capsys, "--start", "2022-04-01", "--length", "9y", "--lang", "en")
    assert (code, out) == (1, "")
    assert err.strip().endswith("[vi.judgment_date_missing]")


def test_cli_reports_every_bad_argument(capsys):
    code, out, _ = _vi(
        capsys,
        "--start",
        "2022-02-30",
        "--length",
        "9y",
        "--judgment-date",
        "2007-01-01",
        "--format",
        "json",
    )
    errors = json.loads(out)["errors"]
    assert code == 1
    assert [(e["code"], e["path"]) for e in errors] == [
        ("date.invalid", "/start"),
        ("vi.no_rule_for_judgment_date", "/judgment_date"),
    ]
    code, out, _ = _vi(
        capsys,
        "--start",
        "2022-04-01",
        "--length",
        "9y",
        "--judgment-date",
        "1-3-2022",
        "--format",
        "json",
    )
    assert [(e["code"], e["path"]) for e in json.loads(out)["errors"]] == [
        ("date.invalid", "/judgment_date")
    ]


def test_cli_rule_by_hand_is_still_accepted_and_flagged(capsys):
    code, out, _ = _vi(
        capsys,
        "--start",
        "2022-04-01",
        "--length",
        "9y",
        "--rule",
        "current",
        "--judgment-date",
        "2022-03-01",
        "--lang",
        "en",
    )
    assert code == 0
    assert "Why: Chosen by hand, not by the date of the judgment." in out
    assert "Note: on the date of the judgment, rule wsb-2021 applies." in out
    assert "Conditional release date: 1 April 2028" in out


def test_cli_rule_choices_match_the_rules():
    from kleinschalig.cli.vi import RULE_CODES

    assert tuple(VI_RULES) == RULE_CODES
