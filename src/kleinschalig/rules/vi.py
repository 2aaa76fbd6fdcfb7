"""Voorwaardelijke invrijheidstelling (v.i.): when the conditional-release period starts.

Which rule version applies is decided by the **date of the judgment in the last
factual instance**, the transitional law of the Wet straffen en beschermen: a
judgment pronounced on or after 1 July 2021 falls under ``wsb-2021`` (v.i. after
two thirds, but the v.i. period at most two years), an earlier one under the
2008 rule ``current``. Without that date, and without a rule chosen by hand,
:func:`vi_date` refuses (``vi.judgment_date_missing``): it never guesses. The
versions themselves, with their sources and the OM's decision criteria, are data
in :mod:`kleinschalig.rules.vi_versions`.

Computation is in calendar months when the fraction is a whole number of months;
otherwise the fraction is taken in days and needs an explicit
:class:`~kleinschalig.dates.Rounding`.

>>> import datetime as dt
>>> r = vi_date(dt.date(2024, 3, 1), Duration.parse("9y"), judgment_date=dt.date(2024, 1, 10))
>>> (r.rule, r.reason.value, r.vi_date, r.cap_applied)
('wsb-2021', 'judgment-from-wsb', datetime.date(2031, 3, 1), True)
>>> vi_date(dt.date(2024, 3, 1), Duration.parse("3y"), "current").vi_date
datetime.date(2026, 3, 1)
>>> vi_date(dt.date(2024, 3, 1), Duration.parse("3y"))
Traceback (most recent call last):
...
kleinschalig.rules.vi.VIRuleError: vi.judgment_date_missing: no judgment date and no rule
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from fractions import Fraction

import attrs

from kleinschalig._labels import labelled
from kleinschalig._texts import described
from kleinschalig.dates import Duration, Rounding, add, add_days_fraction, add_months, subtract
from kleinschalig.errors import ErrorDetail, KleinschaligError, join_pointer
from kleinschalig.i18n import N_, format_date, translate
from kleinschalig.model.sources import Source
from kleinschalig.rules.vi_versions import (
    TRANSITIONAL_SOURCES,
    VI_2008_IN_FORCE,
    VI_RULES,
    WSB_2021,
    WSB_IN_FORCE,
    DecisionCriterion,
    DecisionMode,
    RuleStatus,
    VIRule,
)

__all__ = [
    "VI_RULES",
    "DecisionCriterion",
    "DecisionMode",
    "RuleChoice",
    "RuleReason",
    "RuleStatus",
    "VIResult",
    "VIRule",
    "VIRuleError",
    "choose_rule",
    "rule_for_judgment",
    "vi_date",
]


@labelled(
    {
        "judgment-before-wsb": N_("uitspraak vóór de Wsb"),
        "judgment-from-wsb": N_("uitspraak vanaf de Wsb"),
        "chosen-by-hand": N_("met de hand gekozen"),
    }
)
class RuleReason(StrEnum):
    """Why a rule version was applied.

    ``judgment-before-wsb`` — the judgment in the last factual instance is before
    1 July 2021, so the 2008 rule. ``judgment-from-wsb`` — it is on or after that
    day, so the Wet straffen en beschermen. ``chosen-by-hand`` — the caller named
    the rule and the judgment date did not choose it.
    """

    JUDGMENT_BEFORE_WSB = "judgment-before-wsb"
    JUDGMENT_FROM_WSB = "judgment-from-wsb"
    CHOSEN_BY_HAND = "chosen-by-hand"


_REASON_TEXT = {
    RuleReason.JUDGMENT_BEFORE_WSB: N_(
        "Gekozen op de datum van de uitspraak in laatste feitelijke instantie ({date}): vóór "
        "{in_force}, dus de v.i.-regeling van 2008 (overgangsrecht Wet straffen en beschermen)."
    ),
    RuleReason.JUDGMENT_FROM_WSB: N_(
        "Gekozen op de datum van de uitspraak in laatste feitelijke instantie ({date}): op of "
        "na {in_force}, dus de Wet straffen en beschermen (overgangsrecht)."
    ),
    RuleReason.CHOSEN_BY_HAND: N_("Met de hand gekozen, niet op de datum van de uitspraak."),
}


class VIRuleError(KleinschaligError):
    """No rule version can be chosen: the judgment date is missing or not covered."""

    def __init__(self, detail: ErrorDetail, text: str) -> None:
        self.detail = detail
        super().__init__(f"{detail.code}: {text}")


@attrs.frozen(slots=True)
class RuleChoice:
    """Which rule version applies and why.

    ``judgment_rule`` is the version the judgment date chooses when the rule was
    chosen by hand and a judgment date was given too (it may differ).
    """

    rule: VIRule
    reason: RuleReason
    judgment_date: dt.date | None = None
    sources: tuple[Source, ...] = ()
    judgment_rule: str | None = None

    def explanation(self, lang: str = "nl") -> str:
        """Why this version, in Dutch or English."""
        text = translate(_REASON_TEXT[self.reason], lang)
        if self.judgment_date is None or self.reason is RuleReason.CHOSEN_BY_HAND:
            return text
        return text.format(
            date=format_date(self.judgment_date, lang), in_force=format_date(WSB_IN_FORCE, lang)
        )


def rule_for_judgment(judgment_date: dt.date) -> RuleChoice:
    """The rule version for a sentence imposed by a judgment in the last factual instance.

    The Wsb's transitional law keys the choice on the date of that judgment — not
    on the start of execution nor on a reference date. A judgment before 1 July
    2008 is refused (``vi.no_rule_for_judgment_date``): the 2008 law's own
    transitional law is not covered.

    >>> rule_for_judgment(dt.date(2021, 6, 30)).rule.code
    'current'
    >>> rule_for_judgment(dt.date(2021, 7, 1)).rule.code
    'wsb-2021'
    """
    for rule in VI_RULES.values():
        if rule.applies_to(judgment_date):
            reason = (
                RuleReason.JUDGMENT_FROM_WSB if rule is WSB_2021 else RuleReason.JUDGMENT_BEFORE_WSB
            )
            return RuleChoice(rule, reason, judgment_date, TRANSITIONAL_SOURCES)
    earliest = VI_2008_IN_FORCE
    detail = ErrorDetail(
        code="vi.no_rule_for_judgment_date",
        path=join_pointer("judgment_date"),
        params={"date": earliest.isoformat()},
    )
    raise VIRuleError(detail, f"no v.i. rule for a judgment before {earliest.isoformat()}")


def choose_rule(rule: str | None = None, judgment_date: dt.date | None = None) -> RuleChoice:
    """The rule named by hand, else the one the judgment date chooses; never a guess.

    >>> choose_rule("proposed-2018").reason.value
    'chosen-by-hand'
    >>> choose_rule(judgment_date=dt.date(2020, 3, 1)).rule.code
    'current'
    """
    if rule is None:
        if judgment_date is None:
            detail = ErrorDetail(
                code="vi.judgment_date_missing", path=join_pointer("judgment_date")
            )
            raise VIRuleError(detail, "no judgment date and no rule")
        return rule_for_judgment(judgment_date)
    if rule not in VI_RULES:
        detail = ErrorDetail(
            code="value.not_allowed",
            path=join_pointer("rule"),
            params={"allowed": ", ".join(VI_RULES)},
        )
        raise VIRuleError(detail, f"unknown v.i. rule {rule!r}")
    by_date: str | None = None
    if judgment_date is not None:
        try:
            by_date = rule_for_judgment(judgment_date).rule.code
        except VIRuleError:
            by_date = None
    return RuleChoice(VI_RULES[rule], RuleReason.CHOSEN_BY_HAND, judgment_date, (), by_date)


@described(
    N_("Uitkomst v.i."),
    rule=(N_("Regeling"), N_("De code van de toegepaste v.i.-regeling.")),
    start_date=(N_("Begin straf"), N_("De dag waarop de straf begon.")),
    length=(N_("Strafduur"), N_("De duur van de straf.")),
    end_date=(N_("Einde straf"), N_("De laatste dag van de straf.")),
    eligible=(N_("In aanmerking voor v.i."), N_("Of v.i. onder deze regeling mogelijk is.")),
    vi_date=(N_("V.i.-datum"), N_("De vroegste v.i.-datum; leeg: geen.")),
    method=(N_("Rekenwijze"), N_("Hoe de datum berekend is.")),
    cap_applied=(N_("Begrensd"), N_("Of de v.i.-periode begrensd is.")),
    reason=(N_("Reden regeling"), N_("Waarom deze regeling is toegepast.")),
    judgment_date=(
        N_("Datum uitspraak"),
        N_("De dag van de uitspraak in de laatste feitelijke instantie."),
    ),
    judgment_rule=(
        N_("Regeling bij uitspraak"),
        N_("De code van de regeling die bij de datum van de uitspraak hoort."),
    ),
    decision=(N_("Wie beslist"), N_("Van rechtswege, of het OM beslist per persoon.")),
    reason_sources=(
        N_("Bronnen van de reden"),
        N_("De bronnen waarop de keuze van de regeling berust."),
    ),
)
@attrs.frozen(slots=True)
class VIResult:
    """Outcome of :func:`vi_date`: the dates, how they were reached, and which rule and why.

    ``vi_date`` is the *earliest* v.i. date. Under a rule whose ``decision`` is
    ``om-decides`` the OM decides per person whether v.i. is granted at all.
    """

    rule: str
    start_date: dt.date
    length: Duration
    end_date: dt.date
    eligible: bool
    vi_date: dt.date | None
    method: str
    cap_applied: bool = False
    reason: RuleReason = RuleReason.CHOSEN_BY_HAND
    judgment_date: dt.date | None = None
    judgment_rule: str | None = None
    decision: DecisionMode = DecisionMode.AUTOMATIC
    reason_sources: tuple[Source, ...] = ()

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


def _uncapped(
    start: dt.date, length: Duration, end: dt.date, one_year: dt.date, rounding: Rounding
) -> tuple[dt.date, str]:
    """The 2008 timing: one year plus a third of the rest below two years, else two thirds."""
    if length.is_whole_months():
        months = Fraction(length.total_months)
        if months < 24:
            return _months_fraction(start, 12 + (months - 12) / 3, end, rounding, 12)
        return _months_fraction(start, months * 2 / 3, end, rounding, 0)
    total = Fraction((end - start).days)
    year_days = Fraction((one_year - start).days)
    if total < 2 * year_days:
        return add_days_fraction(one_year, (total - year_days) / 3, rounding), "days"
    return add_days_fraction(start, total * 2 / 3, rounding), "days"


def vi_date(
    start: dt.date,
    length: Duration,
    rule: str | None = None,
    rounding: Rounding = Rounding.RAISE,
    *,
    judgment_date: dt.date | None = None,
) -> VIResult:
    """The earliest v.i. date of an unconditional prison sentence of ``length`` from ``start``.

    ``judgment_date`` is the date of the judgment in the last factual instance; it
    chooses the rule version (:func:`rule_for_judgment`). ``rule`` names a version
    by hand instead (``current``, ``proposed-2018``, ``wsb-2021``). With neither,
    :class:`VIRuleError` ``vi.judgment_date_missing``.

    Sentences under one year have no v.i. (a penitentiary programme is possible
    instead). Exactly one year gives a v.i. period of zero: eligible in name only.
    """
    choice = choose_rule(rule, judgment_date)
    chosen = choice.rule
    end = add(start, length, rounding)
    one_year = add_months(start, 12, rounding)
    eligible, cap_applied = end >= one_year, False
    date: dt.date | None = None
    method = "none-under-one-year"
    if eligible:
        date, method = _uncapped(start, length, end, one_year, rounding)
        if chosen.cap is not None:
            earliest_with_cap = subtract(end, chosen.cap, rounding)
            if earliest_with_cap > date:
                date, cap_applied = earliest_with_cap, True
    return VIResult(
        chosen.code,
        start,
        length,
        end,
        eligible,
        date,
        method,
        cap_applied,
        reason=choice.reason,
        judgment_date=choice.judgment_date,
        judgment_rule=choice.judgment_rule,
        decision=chosen.decision,
        reason_sources=choice.sources,
    )
