"""The national adult trajectory: dated versions around the Wet straffen en beschermen,
the route from the basisprogramma to the v.i., and the 2018 vision's steps (issue 17)."""

import datetime as dt
import re
from pathlib import Path

import pytest

from kleinschalig import CaseRecord
from kleinschalig.dates import Duration
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import SentenceFacts
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.model.sources import DocumentSource, LegalSource
from kleinschalig.national.titles import NATIONAL_TITLES
from kleinschalig.national.workflows import ADULT_SENTENCE, KVJJ_PLACEMENT
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, replay
from tests.conftest import needs_seeds

FLOW = "volwassenen.detentieverloop"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
WSB = dt.date(2021, 7, 1)
NEW_PP = dt.date(2021, 12, 1)


@pytest.fixture(scope="module")
def catalogue():
    return PluginHost.load(HostConfig(entry_points=False)).catalogue


def sentenced(months: int) -> CaseRecord:
    return CaseRecord(
        "fictief-1", "c-1", sentence=SentenceFacts(imposed_length=Duration(months=months))
    )


def walk(catalogue, record, start, *steps):
    """Take ``steps`` one day apart from ``start``; each step is (transition, actor)."""
    for offset, (transition, actor) in enumerate(steps):
        day = start + dt.timedelta(days=offset)
        record = append_event(record, WorkflowEvent(FLOW, transition, day, actor=actor), catalogue)
    return record


START = (("screenen", "dji"), ("plan_opstellen", "casemanager"))


# --- the dated versions ---------------------------------------------------------------


def test_the_versions_meet_at_the_dates_the_law_changed():
    before, wsb, new_pp = ADULT_SENTENCE.versions
    assert before.valid_from is None
    assert before.valid_until == WSB - dt.timedelta(days=1)
    assert (wsb.valid_from, wsb.valid_until) == (WSB, NEW_PP - dt.timedelta(days=1))
    assert (new_pp.valid_from, new_pp.valid_until) == (NEW_PP, None)
    assert ADULT_SENTENCE.version_on(dt.date(2020, 3, 1)) is before
    assert ADULT_SENTENCE.version_on(dt.date(2021, 8, 1)) is wsb
    assert ADULT_SENTENCE.version_on(dt.date(2022, 3, 1)) is new_pp


def test_each_change_of_the_law_carries_its_public_source():
    _before, wsb, new_pp = ADULT_SENTENCE.versions
    laws = {s.short_name or s.law: s for s in wsb.sources if isinstance(s, LegalSource)}
    assert laws["Wsb"].url == "https://zoek.officielebekendmakingen.nl/stb-2020-224.html"
    pp = new_pp.state("penitentiair_programma")
    pbw = next(s for s in pp.sources if isinstance(s, LegalSource) and s.short_name == "Pbw")
    assert pbw.citation == "art. 4 lid 2 Pbw"
    assert pbw.juriconnect == "jci1.3:c:BWBR0009709&artikel=4&lid=2"
    vi = wsb.transition("vi_basisprogramma")
    sv = next(s for s in vi.sources if isinstance(s, LegalSource))
    assert sv.citation == "art. 6:2:10 Sv"


def test_a_case_in_2020_follows_the_old_scheme_and_one_in_2022_the_wsb(catalogue):
    # 2020: the (Z)BBI and v.i. by operation of law, with nobody deciding
    old = walk(
        catalogue,
        sentenced(30),
        dt.date(2020, 3, 1),
        *START,
        ("promoveren", None),
        ("verlof_verlenen", None),
        ("naar_zbbi", None),
        ("vi_zbbi", None),
    )
    assert replay(old, FLOW, catalogue).state == "vi"
    # 2022: the same route ends in a BBA and the OM decides; the (Z)BBI is gone
    new = walk(catalogue, sentenced(30), dt.date(2022, 3, 1), *START, ("promoveren", None))
    with pytest.raises(ValidationFailed) as exc:
        walk(catalogue, new, dt.date(2022, 4, 1), ("verlof_verlenen", None), ("naar_zbbi", None))
    assert exc.value.errors[0].code == "workflow.unknown"  # no such step since 1 July 2021
    new = walk(
        catalogue,
        new,
        dt.date(2022, 4, 1),
        ("verlof_verlenen", None),
        ("naar_bba", None),
        ("vi_bba", "om"),
    )
    assert replay(new, FLOW, catalogue).state == "vi"


def test_the_version_of_the_first_step_holds_for_the_whole_case(catalogue):
    # screened in June 2021, still on the old scheme when the v.i. comes in 2022
    record = walk(catalogue, sentenced(30), dt.date(2021, 6, 29), *START)
    record = walk(catalogue, record, dt.date(2022, 5, 1), ("vi_basisprogramma", None))
    assert replay(record, FLOW, catalogue).state == "vi"


# --- the route from the basisprogramma to the v.i. ------------------------------------


@pytest.mark.parametrize(
    ("start", "actor"), [(dt.date(2020, 3, 1), None), (dt.date(2022, 3, 1), "om")]
)
def test_the_vi_is_reachable_from_the_basisprogramma(catalogue, start, actor):
    record = walk(catalogue, sentenced(24), start, *START, ("vi_basisprogramma", actor))
    progress = replay(record, FLOW, catalogue)
    assert progress.state == "vi"
    record = walk(catalogue, record, start + dt.timedelta(days=300), ("einde_vi", None))
    assert replay(record, FLOW, catalogue).finished


def test_the_vi_from_the_basisprogramma_needs_a_vi_waardige_straf(catalogue):
    record = walk(catalogue, sentenced(9), dt.date(2022, 3, 1), *START)
    with pytest.raises(ValidationFailed) as exc:
        walk(catalogue, record, dt.date(2022, 5, 1), ("vi_basisprogramma", "om"))
    assert exc.value.errors[0].code == "workflow.guard_failed"


def test_by_law_there_is_no_decider_before_the_wsb_and_the_om_decides_after():
    before, wsb, new_pp = ADULT_SENTENCE.versions
    for source in ("basisprogramma", "plusprogramma", "verlof", "zbbi", "penitentiair_programma"):
        step = before.transition(f"vi_{source}")
        assert step.actor is None
        assert "002:L219-221" in step.note
    for version in (wsb, new_pp):
        for step in version.transitions:
            if step.target == "vi":
                assert step.actor == "om", step.id
    assert before.transition("herroepen").actor == "rechter"
    assert wsb.transition("herroepen").actor == new_pp.transition("herroepen").actor == "om"


def test_a_sentence_of_exactly_one_year_is_vi_waardig_only_before_the_wsb():
    before, wsb, _ = ADULT_SENTENCE.versions
    assert before.transition("vi_basisprogramma").guard.minimum_inclusive
    assert not wsb.transition("vi_basisprogramma").guard.minimum_inclusive


# --- the penitentiair programma -------------------------------------------------------


def test_since_december_2021_the_pp_is_for_six_months_to_one_year_only(catalogue):
    route = (*START, ("promoveren", None), ("pp_plusprogramma", None))
    nine = walk(catalogue, sentenced(9), dt.date(2022, 3, 1), *route)
    assert replay(nine, FLOW, catalogue).state == "penitentiair_programma"
    for months in (3, 18):
        with pytest.raises(ValidationFailed) as exc:
            walk(catalogue, sentenced(months), dt.date(2022, 3, 1), *route)
        assert exc.value.errors[0].code == "workflow.guard_failed", months
    # before 1 December 2021 the PP and the v.i. overlapped: PP, then v.i.
    long = walk(catalogue, sentenced(18), dt.date(2021, 8, 1), *route)
    long = walk(catalogue, long, dt.date(2021, 10, 1), ("vi_penitentiair_programma", "om"))
    assert replay(long, FLOW, catalogue).state == "vi"
    assert "vi_penitentiair_programma" not in ADULT_SENTENCE.versions[2].transitions_by_id()


# --- the 2018 vision ------------------------------------------------------------------


def test_a_detainee_who_does_not_cooperate_gets_short_leave_at_the_end(catalogue):
    step = ADULT_SENTENCE.versions[2].transition("kort_verlof_einde_straf")
    assert (step.source, step.target) == ("basisprogramma", "basisprogramma")
    assert [s.citation for s in step.sources] == ["002:L567-577"]
    record = walk(
        catalogue, sentenced(9), dt.date(2022, 3, 1), *START, ("kort_verlof_einde_straf", None)
    )
    assert replay(record, FLOW, catalogue).state == "basisprogramma"


def test_the_bba_keeps_extramural_workers_apart_and_the_plus_needs_kiezen_voor_verandering():
    before, wsb, _ = ADULT_SENTENCE.versions
    bba = wsb.state("bba")
    assert "002:L1725-1727" in bba.description
    assert "002:L1725-1727" in [s.citation for s in bba.sources]
    assert "002:L1078-1082" in [s.citation for s in before.transition("promoveren").sources]
    title = next(t for t in NATIONAL_TITLES if t.code == "gevangenisstraf")
    plus = next(p for p in title.phases if p.code == "plusprogramma")
    assert "002:L1078-1082" in [s.citation for s in plus.sources]


# --- the notes say what the lines say -------------------------------------------------

_CITED = re.compile(r"\b(00[0-4]):L(\d+)(?:-(?:L)?(\d+))?")


def _texts():
    for workflow in (ADULT_SENTENCE, KVJJ_PLACEMENT):
        for version in workflow.versions:
            yield version.note
            for state in version.states:
                yield state.description
            for step in version.transitions:
                yield step.note
                for flow in step.informs:
                    yield flow.note
    for title in NATIONAL_TITLES:
        yield title.note
        yield title.description


@needs_seeds
def test_every_line_a_note_cites_exists_and_is_not_blank():
    seeds = {p.name[:3]: p.read_text("utf-8").splitlines() for p in SEEDS.glob("00?_*.txt")}
    bad = []
    for text in _texts():
        for doc, first, last in _CITED.findall(text):
            span = seeds[doc][int(first) - 1 : int(last or first)]
            if len(span) != int(last or first) - int(first) + 1 or not any(s.strip() for s in span):
                bad.append(f"{doc}:L{first}-{last}")
    assert not bad


def test_the_adolescent_note_says_only_what_003_writes():
    advice = KVJJ_PLACEMENT.versions[0].transition("advies_vh")
    assert "adolescent" not in advice.note.lower()
    assert "RvdK/3RO" in advice.note


def test_injus_is_a_system_not_a_legal_basis():
    flows = [f for v in KVJJ_PLACEMENT.versions for t in v.transitions for f in t.informs]
    assert flows
    assert all(f.legal_basis != "injus" for f in flows)
    (placed,) = KVJJ_PLACEMENT.versions[0].transition("plaatsen_kvjj").informs
    assert placed.legal_basis == "niet_genoemd"
    assert "INJUS" in placed.note


def test_a_legal_source_of_the_trajectory_names_its_article():
    for version in ADULT_SENTENCE.versions:
        items = [*version.states, *version.transitions]
        for source in [s for i in items for s in i.sources] + list(version.sources):
            if not isinstance(source, DocumentSource):
                assert source.article, source
                assert source.url
                assert source.url.startswith("https://")
