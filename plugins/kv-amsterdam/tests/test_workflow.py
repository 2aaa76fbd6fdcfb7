"""The planned inflow workflow: it loads, and a fictional log replays through the plan."""

import datetime as dt

import pytest
from kleinschalig_kv_amsterdam import plugin
from kleinschalig_kv_amsterdam.facts import WEEGCOMMISSIE_AKKOORD
from kleinschalig_kv_amsterdam.workflow import WORKFLOW_CODE

from kleinschalig import CaseRecord, ValidationFailed
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, replay

D = dt.date
#: A fictional detainee as the plan would have placed him (KV Amsterdam never opened).
LOG = (
    (D(2019, 9, 2), "adviesrapport", "reclassering", "adviesrapport_raadkamer"),
    (D(2019, 10, 1), "screenen_reclassering", "reclassering", "risicotaxatie"),
    (D(2019, 10, 3), "zorgindicatie", "dji"),
    (D(2019, 10, 10), "weegcommissie_akkoord", "kv-amsterdam.weegcommissie"),
    (D(2019, 10, 14), "bekrachtigen", "diz"),
    (D(2019, 10, 15), "uitplaatsen", "pi_directie"),
    (D(2019, 10, 16), "startgesprek", None),
    (D(2020, 2, 1), "uitstromen", None),
)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[("kv-amsterdam", plugin)])
    assert host.errors == ()
    return host.catalogue


def _event(date, transition, actor, *documents):
    return WorkflowEvent(WORKFLOW_CODE, transition, date, actor=actor, documents=documents)


def _case(**facts):
    return CaseRecord(
        "fictief-amsterdam-w1",
        "fictief-amsterdam-w1c",
        facility="kv-amsterdam",
        facts=FactValues(facts),
    )


#: All members of the weighing committee agreed [001:L1235-1236].
CASE = _case(**{WEEGCOMMISSIE_AKKOORD: True})


def test_registered_for_this_facility_only(catalogue):
    workflow = catalogue.workflow(WORKFLOW_CODE)
    assert workflow.scope.facilities == ("kv-amsterdam",)
    assert "nooit geopend" in workflow.versions[0].note


def test_a_fictional_log_reaches_the_end(catalogue):
    case = CASE
    for step in LOG:
        case = append_event(case, _event(*step), catalogue)
    progress = replay(case, WORKFLOW_CODE, catalogue)
    assert (progress.state, progress.finished) == ("uitgestroomd", True)


def test_diz_cannot_confirm_before_the_weighing_committee(catalogue):
    case = append_event(CASE, _event(*LOG[0]), catalogue)
    with pytest.raises(ValidationFailed) as exc:
        append_event(case, _event(D(2019, 9, 3), "bekrachtigen", "diz"), catalogue)
    assert exc.value.errors[0].code == "workflow.illegal_transition"
