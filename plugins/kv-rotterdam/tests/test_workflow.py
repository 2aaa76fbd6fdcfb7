"""The inflow workflow: it loads, the realised version replays, the plan's ZSM step is gone."""

import datetime as dt

import pytest

from kleinschalig import CaseRecord, ValidationFailed
from kleinschalig.model.case import ActivityKind, DaytimeActivity
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, replay

D = dt.date

PLUGIN_NAME = "kv-rotterdam"
#: The plugin is data: the package holds the YAML files the host reads.
PLUGIN = "kleinschalig_kv_rotterdam"
FACILITY_CODE = "kv-rotterdam-hoogvliet"
WORKFLOW_CODE = f"{FACILITY_CODE}.instroom"
#: The opening day: the realised version of the workflow starts on it.
OPENED_ON = D(2019, 4, 1)

#: A fictional suspect without work, proposed by a steering-group member (his lawyer).
LOG = (
    (D(2019, 9, 2), "aandragen", "advocaat"),
    (D(2019, 9, 3), "advies_ovj_reclassering", "reclassering"),
    (D(2019, 9, 4), "voordragen", "om"),
    (D(2019, 9, 5), "plaatsing_bevelen", "rc"),
    (D(2019, 9, 5), "plaatsen", "plaatsingskantoor", "voorgeleidingsformulier"),
    (D(2019, 9, 6), "dossierscreening", "reclassering"),
    (D(2019, 9, 9), "intakegesprek", "casemanager"),
    (D(2019, 9, 10), "arbeidstraject_starten", "gemeente"),
    (D(2019, 11, 1), "afspraken_na_traject", None),
    (D(2019, 11, 15), "uitstromen", None),
)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[(PLUGIN_NAME, PLUGIN)])
    assert host.errors == ()
    return host.catalogue


def _case(kind=ActivityKind.NONE) -> CaseRecord:
    return CaseRecord(
        "fictief-rotterdam-w1",
        "fictief-rotterdam-w1c",
        facility=FACILITY_CODE,
        daytime_activity=DaytimeActivity(kind),
    )


def _event(date, transition, actor, *documents):
    return WorkflowEvent(WORKFLOW_CODE, transition, date, actor=actor, documents=documents)


def _run(case, log, catalogue):
    for step in log:
        case = append_event(case, _event(*step), catalogue)
    return case


def test_registered_for_this_facility_only(catalogue):
    workflow = catalogue.workflow(WORKFLOW_CODE)
    assert workflow.scope.facilities == (FACILITY_CODE,)
    assert catalogue.facility(FACILITY_CODE).operating.opened_on == OPENED_ON
    assert [v.valid_from for v in workflow.versions] == [None, OPENED_ON]


def test_a_fictional_log_reaches_outflow(catalogue):
    progress = replay(_run(_case(), LOG, catalogue), WORKFLOW_CODE, catalogue)
    assert progress.version.valid_from == OPENED_ON
    assert (progress.state, progress.finished) == ("uitgestroomd", True)


def test_zsm_signalling_only_in_the_plan(catalogue):
    signal = (D(2019, 3, 1), "signaleren_zsm", "veiligheidshuis")
    case = _run(_case(), (signal,), catalogue)
    assert replay(case, WORKFLOW_CODE, catalogue).state == "gesignaleerd"
    with pytest.raises(ValidationFailed) as exc:
        _run(_case(), ((D(2019, 9, 2), *signal[1:]),), catalogue)
    assert exc.value.errors[0].code == "workflow.unknown"


def test_no_employment_trajectory_for_someone_with_work(catalogue):
    with pytest.raises(ValidationFailed) as exc:
        _run(_case(ActivityKind.WORK), LOG[:8], catalogue)
    assert [e.code for e in exc.value.errors] == ["workflow.guard_failed"]
