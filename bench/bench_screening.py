"""Explained screening: ``decide()`` against a hand-written if/else, and batch streaming.

Part 1, throughput. The example plugin ``kv-voorbeeldstad`` is loaded explicitly (no
entry-point discovery) and a few thousand varied, valid, synthetic case records are made
deterministically. Each is screened against the plugin's facility on its referral date,
twice: by ``decide()``, which returns the full trace (every criterion with its inputs,
missing inputs, sources and a digest), and by a hand-written function that implements the
same eight criteria and the same four-outcome logic, with the same three-valued handling
of missing inputs, the same switch between the two dated versions of the strafrestant
criterion and the same calendar arithmetic (``kleinschalig.dates.remaining`` and ``add``),
but builds no trace. Both must agree on every case before anything is timed.

Part 2, streaming. 100 000 persons are screened by ``screen_stream`` over a generator that
makes each case on demand, timed, with the process's peak resident set size (Linux
``/proc``, its peak mark reset when the stream starts) and Python's live memory blocks
sampled every 10 000 persons. ``tracemalloc`` slows screening down about 6x, so tracing all
100 000 persons would take about 90 s on its own: it traces the first 10 000 persons of a
fresh stream (everything the stream holds, plan cache included) and the 10 000 persons
after the timed 100 000 of the long stream (what screening still adds there).

Run with ``python bench/bench_screening.py``. The script is a report: it always exits 0
and prints ``TARGET MET`` or ``TARGET MISSED`` for each target below.

Targets: ``decide()`` takes at most 2x the time of the hand-written function, and the
peak RSS at 100 000 persons is at most 1.1x the peak at 10 000 (where there is no
``/proc``, live memory blocks are compared instead).
"""

from __future__ import annotations

import datetime as dt
import gc
import platform
import random
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Final, NamedTuple

from _harness import loop

import kleinschalig
from kleinschalig.catalogue import Catalogue
from kleinschalig.dates import DateArithmeticError, Duration, add, remaining
from kleinschalig.model.case import (
    ActivityKind,
    CaseRecord,
    DaytimeActivity,
    IntakeFacts,
    Referral,
    SentenceFacts,
    Severity,
    TitleHolding,
)
from kleinschalig.model.facilities import Facility
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import (
    CriterionOutcome,
    CriterionResult,
    Decision,
    Outcome,
    decide,
    reference_date_of,
    screen_stream,
)

#: Engine time / hand-written time that counts as "target met".
TARGET_RATIO: Final = 2.0
#: Peak memory at 100 000 persons / peak at 10 000 that counts as "flat".
TARGET_MEMORY_RATIO: Final = 1.1
SEED: Final = 20260901
#: Cases screened in the throughput part (each round screens all of them).
THROUGHPUT_CASES: Final = 3_000
ROUNDS: Final = 7
#: Wall time one side should take per round; sets how many passes over the cases a round makes.
ROUND_SECONDS: Final = 0.4
STREAM_PERSONS: Final = 100_000
CHECKPOINT_EVERY: Final = 10_000
#: Persons screened under tracemalloc, which slows screening down about 6x: the first ones
#: of a fresh stream, and as many after the timed persons of the long stream.
TRACED_PERSONS: Final = 10_000
TRACED_CHECKPOINT: Final = 1_000

PLUGIN: Final = ("kv-voorbeeldstad", "kleinschalig_kv_voorbeeldstad.plugin")
FACILITY_CODE: Final = "kv-voorbeeldstad"

# --------------------------------------------------------------------------------------
# Synthetic case records. Everything is made up: no real person, facility or case.
# --------------------------------------------------------------------------------------

#: Reference (= referral) dates run from here over REFERENCE_DAYS days: six weeks of 2025
#: (facility not yet open, strafrestant version of 2024) and all of 2026.
FIRST_REFERENCE: Final = dt.date(2025, 11, 20)
REFERENCE_DAYS: Final = 407
#: Hours per week of daytime activity, with the 24-hour boundary on both sides.
HOURS: Final = (12.0, 20.0, 23.5, 24.0, 24.0, 28.0, 32.0, 32.0, 36.0, 36.0, 38.0, 40.0, 40.0)
#: Kinds of daytime activity; repeats weigh the draw.
ACTIVITY_KINDS: Final = (*[ActivityKind.WORK] * 5, *ActivityKind)
#: Sentence lengths in (months, days), from 20 days to 2.5 years; repeats weigh the draw.
LENGTHS: Final = (
    (0, 20),
    (0, 45),
    (2, 0),
    (3, 0),
    (3, 0),
    (4, 15),
    (6, 0),
    (6, 0),
    (8, 0),
    (9, 0),
    (10, 0),
    (12, 0),
    (12, 0),
    (14, 0),
    (18, 0),
    (24, 0),
    (30, 0),
)


def _maybe_bool(rng: random.Random, p_true: float, p_missing: float) -> bool | None:
    draw = rng.random()
    if draw < p_missing:
        return None
    return draw < p_missing + p_true


def _severity(rng: random.Random) -> Severity | None:
    draw = rng.random()
    if draw < 0.07:
        return None
    if draw < 0.62:
        return Severity.NONE
    return Severity.PRESENT if draw < 0.94 else Severity.SEVERE


def _sentence(rng: random.Random, reference: dt.date) -> tuple[SentenceFacts | None, dt.date]:
    """Sentence facts and the day the sentence (or detention) started."""
    # Days between the start and the reference date; negative: a zelfmelder still to report.
    start = reference - dt.timedelta(days=rng.randint(-30, 240))
    if rng.random() < 0.05:
        return None, start
    months, days = rng.choice(LENGTHS)
    if months >= 12 and rng.random() < 0.3:
        length = Duration(years=months // 12, months=months % 12, days=days)
    else:
        length = Duration(months=months, days=days)
    imposed = None if rng.random() < 0.04 else length
    draw = rng.random()
    if draw < 0.04:  # start not recorded
        return SentenceFacts(imposed_length=imposed), start
    if start > reference and draw < 0.7:
        return SentenceFacts(imposed_length=imposed, reporting_date=start), start
    return SentenceFacts(imposed_length=imposed, start_date=start), start


def _titles(rng: random.Random, start: dt.date, reference: dt.date) -> tuple[TitleHolding, ...]:
    draw = rng.random()
    if draw < 0.05:
        return ()
    if draw < 0.13:
        return (TitleHolding("voorlopige_hechtenis", since=start - dt.timedelta(days=90)),)
    # A zelfmelder holds the title from the judgement on, before reporting.
    since = None if rng.random() < 0.06 else min(start, reference)
    until = None
    if rng.random() < 0.05:  # a title that ended before (or on) the reference date
        until = reference - dt.timedelta(days=rng.randint(0, 30))
        if since is not None and until < since:
            since = until
    titles = [TitleHolding("gevangenisstraf", since=since, until=until)]
    if rng.random() < 0.2:
        titles.insert(0, TitleHolding("reintegratieverlof.extramurale_arbeid", since=reference))
    return tuple(titles)


def _activity(rng: random.Random, reference: dt.date) -> DaytimeActivity | None:
    if rng.random() < 0.08:
        return None
    kind = rng.choice(ACTIVITY_KINDS)
    hours = 0.0 if kind is ActivityKind.NONE else rng.choice(HOURS)
    return DaytimeActivity(
        kind=kind,
        hours_per_week=None if rng.random() < 0.08 else hours,
        since=reference - dt.timedelta(days=rng.randint(30, 2000)),
        employer_willing_to_be_checked=_maybe_bool(rng, 0.82, 0.08),
    )


def _intake(rng: random.Random) -> IntakeFacts | None:
    if rng.random() < 0.05:
        return None
    return IntakeFacts(
        regional_tie=_maybe_bool(rng, 0.6, 0.08),
        motivated=_maybe_bool(rng, 0.8, 0.1),
        addiction_problems=_severity(rng),
        escape_risk=_maybe_bool(rng, 0.12, 0.08),
    )


def synthetic_case(rng: random.Random, number: int) -> CaseRecord:
    """One valid, varied, synthetic case; its referral date is the reference date."""
    reference = FIRST_REFERENCE + dt.timedelta(days=rng.randrange(REFERENCE_DAYS))
    sentence, start = _sentence(rng, reference)
    return CaseRecord(
        subject_id=f"synthetic-{number:06d}",
        case_id=f"synthetic-case-{number:06d}",
        legal_titles=_titles(rng, start, reference),
        sentence=sentence,
        daytime_activity=_activity(rng, reference),
        intake=_intake(rng),
        referral=Referral(date=reference, by="casemanager"),
    )


def synthetic_cases(seed: int, count: int) -> Iterator[CaseRecord]:
    """``count`` cases, made one at a time: nothing but the random state is kept."""
    rng = random.Random(seed)
    for number in range(count):
        yield synthetic_case(rng, number)


# --------------------------------------------------------------------------------------
# The hand-written baseline: the criteria of kv-voorbeeldstad (plugin.py) and the two
# built-in ones (screening/select.py) as plain if/else. True / False / None stand for
# met or present / not met or absent / unknown, exactly as the engine's Kleene logic.
# --------------------------------------------------------------------------------------

#: core.facility-open: status open, opened on 2026-01-01, no closing date.
OPENED_ON: Final = dt.date(2026, 1, 1)
#: kv-voorbeeldstad.strafrestant: 1 month to 6 months from 2024-01-01 to 2025-12-31,
#: 1 month to 1 year from 2026-01-01; not in force before 2024.
OLD_VERSION_FROM: Final = dt.date(2024, 1, 1)
NEW_VERSION_FROM: Final = dt.date(2026, 1, 1)
ONE_MONTH: Final = Duration(months=1)
SIX_MONTHS: Final = Duration(months=6)
ONE_YEAR: Final = Duration(years=1)
#: kv-voorbeeldstad.dagbesteding: at least this many hours per week.
MIN_HOURS: Final = 24


def hand_facility_open(on: dt.date) -> bool:
    return on >= OPENED_ON


def hand_accepted_title(case: CaseRecord, on: dt.date) -> bool | None:
    """Holds a gevangenisstraf on ``on``; no titles recorded, or dates that do not say: None."""
    if not case.legal_titles:
        return None
    unknown = False
    for holding in case.legal_titles:
        if holding.title == "gevangenisstraf":
            held = holding.held_on(on)
            if held:
                return True
            if held is None:
                unknown = True
    return None if unknown else False


def hand_strafrestant(case: CaseRecord, on: dt.date) -> bool | None:
    """The version in force on ``on``; before 2024 the criterion does not apply."""
    if on >= NEW_VERSION_FROM:
        return remaining_within(case, on, ONE_YEAR)
    if on >= OLD_VERSION_FROM:
        return remaining_within(case, on, SIX_MONTHS)
    return True  # not in force: no requirement (no generated case gets here)


def remaining_within(case: CaseRecord, on: dt.date, maximum: Duration) -> bool | None:
    """Remaining sentence on ``on`` from 1 month to ``maximum``, in calendar arithmetic."""
    sentence = case.sentence
    if sentence is None or sentence.imposed_length is None:
        return None
    start = sentence.start_date or sentence.reporting_date
    if start is None:
        return None
    try:
        rest = remaining(start, sentence.imposed_length, on)
        if rest.end_date < add(rest.counted_from, ONE_MONTH):
            return False
        return rest.end_date <= add(rest.counted_from, maximum)
    except DateArithmeticError:  # lands on a day that does not exist: needs a rounding choice
        return None


def hand_dagbesteding(case: CaseRecord) -> bool | None:
    """At least 24 hours a week and an employer who allows checks; false beats unknown."""
    activity = case.daytime_activity
    if activity is None:
        return None
    hours = activity.hours_per_week
    enough = None if hours is None else hours >= MIN_HOURS
    willing = activity.employer_willing_to_be_checked
    if enough is False or willing is False:
        return False
    if enough is None or willing is None:
        return None
    return True


def hand_severe_addiction(case: CaseRecord) -> bool | None:
    intake = case.intake
    if intake is None or intake.addiction_problems is None:
        return None
    return intake.addiction_problems is Severity.SEVERE


def hand_escape_risk(case: CaseRecord) -> bool | None:
    intake = case.intake
    return None if intake is None else intake.escape_risk


def hand_regional_tie(case: CaseRecord) -> bool | None:
    intake = case.intake
    return None if intake is None else intake.regional_tie


def hand_decide(case: CaseRecord, on: dt.date) -> tuple[Outcome, bool | None, bool | None]:
    """The outcome, and whether the risk factor and the protective factor are present."""
    requirements = (
        hand_facility_open(on),
        hand_accepted_title(case, on),
        hand_strafrestant(case, on),
        hand_dagbesteding(case),
    )
    severe_addiction = hand_severe_addiction(case)  # fixed contra-indication
    escape_risk = hand_escape_risk(case)  # weighed indication: listed, never decided
    regional_tie = hand_regional_tie(case)  # protective factor: listed, never decided
    if severe_addiction is True or False in requirements:
        outcome = Outcome.NOT_ELIGIBLE
    elif severe_addiction is None or None in requirements:
        outcome = Outcome.INSUFFICIENT_INFORMATION
    else:
        # kv-voorbeeldstad.motivatie has no rule, so a professional always judges it, and
        # both weighed factors are always to be weighed: never eligible without assessment.
        outcome = Outcome.NEEDS_ASSESSMENT
    return outcome, escape_risk, regional_tie


#: Per criterion, the hand-written judgement (True / False / None), for the fairness check.
HAND_CRITERIA: Final[dict[str, Callable[[CaseRecord, dt.date], bool | None]]] = {
    "core.facility-open": lambda _case, on: hand_facility_open(on),
    "core.accepted-title": hand_accepted_title,
    "kv-voorbeeldstad.strafrestant": hand_strafrestant,
    "kv-voorbeeldstad.dagbesteding": lambda case, _on: hand_dagbesteding(case),
    "kv-voorbeeldstad.verslaving": lambda case, _on: hand_severe_addiction(case),
    "kv-voorbeeldstad.vluchtgevaar": lambda case, _on: hand_escape_risk(case),
    "kv-voorbeeldstad.regiobinding": lambda case, _on: hand_regional_tie(case),
}
RISK_ID: Final = "kv-voorbeeldstad.vluchtgevaar"
PROTECTIVE_ID: Final = "kv-voorbeeldstad.regiobinding"
MOTIVATION_ID: Final = "kv-voorbeeldstad.motivatie"

_BY_OUTCOME: Final = {
    CriterionOutcome.MET: True,
    CriterionOutcome.NOT_MET: False,
    CriterionOutcome.UNKNOWN: None,
}
_BY_PRESENT: Final = {"true": True, "false": False, "unknown": None}


def _engine_value(result: CriterionResult) -> bool | str | None:
    """A trace line as True / False / None (present for factors, met for requirements)."""
    if result.present is not None:
        return _BY_PRESENT[result.present]
    return _BY_OUTCOME.get(result.outcome, result.outcome.value)


# --------------------------------------------------------------------------------------
# Checks that the comparison is fair before anything is timed.
# --------------------------------------------------------------------------------------


def check_agreement(
    work: Sequence[tuple[CaseRecord, dt.date]], facility: Facility, catalogue: Catalogue
) -> list[Decision]:
    """Fail loudly unless both sides agree on every case, criterion by criterion."""
    decisions = []
    for number, (case, on) in enumerate(work):
        decision = decide(case, facility, catalogue, on)
        outcome, risk, protective = hand_decide(case, on)
        engine = (
            decision.outcome,
            RISK_ID in decision.risk_factors,
            PROTECTIVE_ID in decision.protective_factors,
        )
        if engine != (outcome, risk is True, protective is True):
            raise SystemExit(
                f"case {number} ({on}): decide() gives {engine}, "
                f"hand-written {(outcome, risk, protective)}"
            )
        lines = {r.criterion: r for r in decision.criteria}
        if set(lines) != {*HAND_CRITERIA, MOTIVATION_ID}:
            raise SystemExit(f"case {number}: unexpected criteria {sorted(lines)}")
        if lines[MOTIVATION_ID].outcome is not CriterionOutcome.NEEDS_ASSESSMENT:
            raise SystemExit(f"case {number}: {MOTIVATION_ID} is {lines[MOTIVATION_ID].outcome}")
        for criterion, judge in HAND_CRITERIA.items():
            ours, theirs = judge(case, on), _engine_value(lines[criterion])
            if ours is not theirs:
                raise SystemExit(
                    f"case {number} ({on}), {criterion}: decide() {theirs}, hand-written {ours}"
                )
        decisions.append(decision)
    return decisions


# --------------------------------------------------------------------------------------
# Timing.
# --------------------------------------------------------------------------------------


def measure(sides: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best seconds per pass of each side: ROUNDS rounds, sides interleaved, order rotated."""
    # One pass each as warm-up, which also sets the loop count.
    loops = {name: max(1, round(ROUND_SECONDS / loop(func, 1))) for name, func in sides.items()}
    best = dict.fromkeys(sides, float("inf"))
    names = list(sides)
    for round_no in range(ROUNDS):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            best[name] = min(best[name], loop(sides[name], loops[name]))
    return best


def throughput(host: PluginHost) -> bool:
    """Part 1; returns whether the target was met."""
    catalogue = host.catalogue
    facility = catalogue.facility(FACILITY_CODE)
    work = [(case, reference_date_of(case)) for case in synthetic_cases(SEED, THROUGHPUT_CASES)]
    decisions = check_agreement(work, facility, catalogue)
    n = len(work)
    old_version = sum(on < NEW_VERSION_FROM for _case, on in work)
    # Cases whose strafrestant judgement the version switch changes (only these test it).
    switched = sum(
        on < NEW_VERSION_FROM
        and remaining_within(case, on, SIX_MONTHS) is not remaining_within(case, on, ONE_YEAR)
        for case, on in work
    )
    problems = sum(any(r.problems for r in d.criteria) for d in decisions)
    missing = sum(bool(d.missing_inputs) for d in decisions)
    print(
        f"agreement: {n} of {n} cases, same outcome, risk and protective factor; same "
        f"judgement on {len(HAND_CRITERIA)} criteria ({n * len(HAND_CRITERIA)} checks), "
        f"and {MOTIVATION_ID} always left to a professional"
    )
    print(
        f"cases: {n} persons x 1 facility; {old_version} with a reference date in 2025 "
        f"(facility not open; strafrestant version of 2024, which judges {switched} of them "
        f"otherwise than the version of 2026 would), {n - old_version} in 2026; "
        f"{missing} with missing inputs, {problems} needing a rounding choice"
    )
    counts = Counter(d.outcome for d in decisions)
    print("outcomes: " + ", ".join(f"{o.value} {counts[o]}" for o in Outcome))

    def engine_pass() -> None:
        for case, on in work:
            decide(case, facility, catalogue, on)

    def hand_pass() -> None:
        for case, on in work:
            hand_decide(case, on)

    best = measure({"decide() with trace": engine_pass, "hand-written if/else": hand_pass})
    print(f"\nbest of {ROUNDS} interleaved rounds, ~{ROUND_SECONDS:.2f} s per side per round")
    print(f"{'side':<24}{'µs/decision':>12}{'decisions/s':>14}")
    for name, seconds in best.items():
        print(f"{name:<24}{seconds / n * 1e6:>12.1f}{n / seconds:>14,.0f}")
    ratio = best["decide() with trace"] / best["hand-written if/else"]
    print(f"\nratio decide() / hand-written, same persons every round: {ratio:.2f}x")
    unseen = unseen_persons_ratio(facility, catalogue, n)
    print(
        f"ratio decide() / hand-written, persons never screened before: {unseen:.2f}x "
        f"(judged; target <= {TARGET_RATIO:.1f}x)"
    )
    met = max(ratio, unseen) <= TARGET_RATIO
    print("TARGET MET" if met else "TARGET MISSED")
    return met


def unseen_persons_ratio(facility: Facility, catalogue: Catalogue, n: int) -> float:
    """The ratio when every round screens a new cohort, once per side, interleaved.

    The engine hands out an identical trace line again when a case reads the same
    inputs, so repeating the same persons (as the rounds above do) favours it. A real
    stream screens each person once; this is that case, and it is the one judged.
    """
    engine_times: list[float] = []
    hand_times: list[float] = []
    for round_no in range(ROUNDS):
        work = [
            (case, reference_date_of(case)) for case in synthetic_cases(SEED + 1_000 + round_no, n)
        ]

        def engine_pass(work: list[tuple[CaseRecord, dt.date]] = work) -> None:
            for case, on in work:
                decide(case, facility, catalogue, on)

        def hand_pass(work: list[tuple[CaseRecord, dt.date]] = work) -> None:
            for case, on in work:
                hand_decide(case, on)

        sides = [(engine_times, engine_pass), (hand_times, hand_pass)]
        for times, func in sides if round_no % 2 == 0 else reversed(sides):
            times.append(loop(func, 1))
    engine, hand = statistics.median(engine_times), statistics.median(hand_times)
    print(
        f"persons never screened before ({ROUNDS} new cohorts of {n}, one pass each, medians): "
        f"decide() {engine / n * 1e6:.1f} µs, hand-written {hand / n * 1e6:.1f} µs"
    )
    return engine / hand


# --------------------------------------------------------------------------------------
# Streaming.
# --------------------------------------------------------------------------------------


class Sample(NamedTuple):
    persons: int
    #: Memory blocks Python's allocator has handed out and not got back (sys.getallocatedblocks).
    live_blocks: int
    #: Resident set size and its peak since the stream started, in KiB (Linux only).
    rss_kib: int | None
    peak_rss_kib: int | None


def _rss_kib() -> tuple[int, int] | tuple[None, None]:
    """Current and peak resident set size of this process in KiB, from /proc (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            lines = status.read().splitlines()
    except OSError:
        return None, None
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    try:
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except (KeyError, ValueError, IndexError):
        return None, None


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (Linux 4.0+); whether that worked."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    rss, peak = _rss_kib()
    return rss is not None and peak is not None and peak <= rss + 64


def _sample(persons: int) -> Sample:
    return Sample(persons, sys.getallocatedblocks(), *_rss_kib())


def _fresh_catalogue() -> Catalogue:
    """A new host: its plan cache (one entry per reference date) starts empty."""
    return PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN]).catalogue


def _drain(stream: Iterator[tuple[CaseRecord, tuple[Decision, ...]]], persons: int) -> None:
    for _case, _decisions in islice(stream, persons):
        pass


def streaming() -> bool:
    """Part 2; returns whether memory stayed flat."""
    gc.collect()
    start = time.perf_counter()
    for _case in synthetic_cases(SEED + 1, STREAM_PERSONS):
        pass
    making = time.perf_counter() - start

    # The timed run: no tracemalloc, cheap samples every CHECKPOINT_EVERY persons. The same
    # generator then makes TRACED_PERSONS more, screened under tracemalloc, untimed.
    catalogue = _fresh_catalogue()
    persons = synthetic_cases(SEED + 1, STREAM_PERSONS + TRACED_PERSONS)
    stream = screen_stream(persons, catalogue)
    counts: Counter[Outcome] = Counter()
    gc.collect()
    peak_reset = _reset_peak_rss()
    samples = [_sample(0)]
    start = time.perf_counter()
    for block in range(STREAM_PERSONS // CHECKPOINT_EVERY):
        for _case, decisions in islice(stream, CHECKPOINT_EVERY):
            for decision in decisions:
                counts[decision.outcome] += 1
        samples.append(_sample((block + 1) * CHECKPOINT_EVERY))
    took = time.perf_counter() - start
    tracemalloc.start()
    try:
        _drain(stream, TRACED_PERSONS)
        tail_held, tail_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # The first TRACED_PERSONS of the same stream, traced from the start of a fresh host.
    catalogue = _fresh_catalogue()
    stream = screen_stream(synthetic_cases(SEED + 1, TRACED_PERSONS), catalogue)
    head: list[tuple[int, int, int]] = []
    gc.collect()
    tracemalloc.start()
    try:
        for block in range(TRACED_PERSONS // TRACED_CHECKPOINT):
            _drain(stream, TRACED_CHECKPOINT)
            head.append(((block + 1) * TRACED_CHECKPOINT, *tracemalloc.get_traced_memory()))
    finally:
        tracemalloc.stop()

    print(
        f"\nstreaming: {STREAM_PERSONS:,} persons made one at a time by a generator, screened "
        f"by screen_stream on their referral dates ({counts.total():,} decisions)"
    )
    print("outcomes: " + ", ".join(f"{o.value} {counts[o]:,}" for o in Outcome))
    print(
        f"time: {took:.1f} s, {STREAM_PERSONS / took:,.0f} persons/s; making the cases alone "
        f"takes {making:.1f} s (timed separately), screening alone "
        f"{STREAM_PERSONS / (took - making):,.0f} persons/s"
    )

    print(f"\nmemory during the timed run, sampled every {CHECKPOINT_EVERY:,} persons:")
    print(f"{'persons':>9}{'live blocks':>13}{'RSS KiB':>10}{'peak RSS KiB':>14}")
    for sample in samples:
        rss = "-" if sample.rss_kib is None else f"{sample.rss_kib:,}"
        peak = "-" if sample.peak_rss_kib is None else f"{sample.peak_rss_kib:,}"
        print(f"{sample.persons:>9,}{sample.live_blocks:>13,}{rss:>10}{peak:>14}")
    first, last = samples[1], samples[-1]
    grown = (last.live_blocks - first.live_blocks) / (last.persons - first.persons)
    print(
        f"live blocks at {first.persons:,}: {first.live_blocks:,}, at {last.persons:,}: "
        f"{last.live_blocks:,} (ratio {last.live_blocks / first.live_blocks:.3f}x, "
        f"{grown:+.3f} blocks per person in between)"
    )

    print(
        f"\ntracemalloc (it slows this run down about 6x, so tracing all {STREAM_PERSONS:,} "
        "persons does not fit the time budget):"
    )
    print(f"persons 1-{TRACED_PERSONS:,} of a fresh stream, traced from its start:")
    print(f"{'persons':>9}{'held KiB':>11}{'peak KiB':>11}")
    for number, held_bytes, peak_bytes in head:
        print(f"{number:>9,}{held_bytes / 1024:>11.1f}{peak_bytes / 1024:>11.1f}")
    print(
        f"persons {STREAM_PERSONS + 1:,}-{STREAM_PERSONS + TRACED_PERSONS:,} of the timed "
        f"stream, traced from person {STREAM_PERSONS:,} on: allocated and still held at the "
        f"end {tail_held / 1024:.1f} KiB ({tail_held / TRACED_PERSONS:.1f} bytes per person), "
        f"peak {tail_peak / 1024:.1f} KiB"
    )

    if peak_reset and first.peak_rss_kib is not None and last.peak_rss_kib is not None:
        ratio = last.peak_rss_kib / first.peak_rss_kib
        growth = (last.peak_rss_kib - first.peak_rss_kib) * 1024 / (last.persons - first.persons)
        print(
            f"\npeak RSS at {first.persons:,} persons: {first.peak_rss_kib:,} KiB, at "
            f"{last.persons:,}: {last.peak_rss_kib:,} KiB, ratio {ratio:.3f}x "
            f"({growth:.1f} bytes per person in between)"
        )
        what = "peak RSS"
    else:
        ratio = last.live_blocks / first.live_blocks
        print("\npeak RSS not available here (needs Linux /proc): judged on live blocks")
        what = "live blocks"
    print(f"target: {what} at {last.persons:,} <= {TARGET_MEMORY_RATIO:.2f}x at {first.persons:,}")
    flat = ratio <= TARGET_MEMORY_RATIO
    print("TARGET MET" if flat else "TARGET MISSED")
    return flat


def main() -> int:
    started = time.perf_counter()
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"kleinschalig {kleinschalig.__version__}"
    )
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    print(
        f"plugin {PLUGIN[1]}: facilities {host.catalogue.facilities.codes()}, "
        f"{len(host.catalogue.criteria)} criteria (+ core.facility-open, core.accepted-title)"
    )
    throughput(host)
    streaming()
    print(f"\n(took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
