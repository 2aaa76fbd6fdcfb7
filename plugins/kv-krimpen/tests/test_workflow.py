"""The inflow workflow: DC II and, from 1 May 2020, DC IIa with its six-week trial."""

import datetime as dt

import pytest

from kleinschalig import CaseRecord, ValidationFailed
from kleinschalig.model.case import TitleHolding
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, replay, timeline

D = dt.date
PLUGIN = ("kv-krimpen", "kleinschalig_kv_krimpen")
WORKFLOW_CODE = "kv-krimpen.instroom"
#: DC II opened in January 2019 (day not given, 1 January recorded) [001:L3586].
OPENED_ON = D(2019, 1, 1)
#: From May 2020 the ward is DC IIa, a closed regime [001:L3556-3557], [001:L3586].
DC_IIA_FROM = D(2020, 5, 1)
SELECTION = (
    ("bespreken_gnd", "kv-krimpen.gnd"),
    ("kennismaken", "kv-krimpen.gnd"),
    ("inbrengen", "kv-krimpen.afdelingshoofd"),
    ("goedkeuren", "kv-krimpen.mdo"),
    ("bevestigen", "kv-krimpen.gnd", "bevestigingsbrief"),
    ("overplaatsen", None),
)
#: Fictional logs: one through DC I into DC II with a six-week return, one into DC IIa.
DC_II = (
    (D(2019, 3, 1), "naar_dc1", None),
    (D(2019, 6, 3), "solliciteren_vanuit_dc1", None, "motivatiebrief"),
    *((D(2019, 6, 10), *step) for step in SELECTION),
    (D(2019, 9, 2), "tijdelijk_terugplaatsen", None),
    (D(2019, 10, 14), "terugkeren", None),
    (D(2020, 3, 1), "vertrekken", None),
)
DC_IIA = (
    (D(2020, 6, 1), "solliciteren", None, "motivatiebrief"),
    *((D(2020, 6, 8), *step) for step in SELECTION),
    (D(2020, 7, 20), "proef_voltooien", None),
    (D(2021, 1, 4), "doorstromen", None),
)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
    assert host.errors == ()
    return host.catalogue


def _case(phase="plusprogramma") -> CaseRecord:
    title = TitleHolding("gevangenisstraf", since=D(2018, 6, 1), phase=phase)
    return CaseRecord("fictief-krimpen-w1", "fictief-krimpen-w1c", legal_titles=(title,))


def _run(case, log, catalogue):
    for date, transition, actor, *documents in log:
        event = WorkflowEvent(
            WORKFLOW_CODE, transition, date, actor=actor, documents=tuple(documents)
        )
        case = append_event(case, event, catalogue)
    return case


def test_registered_with_both_versions(catalogue):
    workflow = catalogue.workflow(WORKFLOW_CODE)
    assert [v.valid_from for v in workflow.versions] == [OPENED_ON, DC_IIA_FROM]
    # The dates are the facility's: DC II ends the day before DC IIa begins, and the
    # first version starts where the facility opens. The KV (DC II) closes on that last
    # day; the DC IIa version records the closed ward that followed it (001:L3586-3596).
    assert workflow.versions[0].valid_until == DC_IIA_FROM - dt.timedelta(days=1)
    facility = catalogue.facility("kv-krimpen")
    assert facility.operating.opened_on == OPENED_ON
    assert facility.operating.closed_on == DC_IIA_FROM - dt.timedelta(days=1)
    assert [(c.valid_from, c.valid_until) for c in facility.capacity] == [
        (OPENED_ON, DC_IIA_FROM - dt.timedelta(days=1))
    ]


@pytest.mark.parametrize(("log", "end"), [(DC_II, "vertrokken"), (DC_IIA, "doorgestroomd")])
def test_fictional_logs_reach_the_end(catalogue, log, end):
    case = _run(_case(), log, catalogue)
    progress = replay(case, WORKFLOW_CODE, catalogue)
    assert (progress.state, progress.finished) == (end, True)
    warnings = timeline(case, catalogue, D(2021, 2, 1)).warnings
    assert [w.code for w in warnings if w.code.startswith(("lead_time", "deadline"))] == []


def test_only_the_plus_programme_can_apply(catalogue):
    with pytest.raises(ValidationFailed) as exc:
        _run(_case("basisprogramma"), DC_IIA[:1], catalogue)
    assert [e.code for e in exc.value.errors] == ["workflow.guard_failed"]
