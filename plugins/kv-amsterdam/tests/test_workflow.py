"""The planned inflow workflow: it loads, and a fictional log replays through the plan."""

import datetime as dt

import pytest

from kleinschalig import CaseRecord, ValidationFailed
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, replay

PLUGIN = ("kv-amsterdam", "kleinschalig_kv_amsterdam")
WORKFLOW_CODE = "kv-amsterdam.instroom"
#: The declared fact the weighing committee's two steps read.
WEEGCOMMISSIE_AKKOORD = "kv-amsterdam.weegcommissie_akkoord"

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
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[PLUGIN])
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


def test_the_committee_steps_read_the_declared_fact(catalogue):
    # The fact id was imported from facts.py, the guard's from workflow.py; now both are
    # data, so check that the literal above is the declared fact the two steps read.
    assert WEEGCOMMISSIE_AKKOORD in {f.id for f in catalogue.facts_for("kv-amsterdam")}
    transitions = catalogue.workflow(WORKFLOW_CODE).versions[0].transitions
    guards = {t.id: (t.guard.fact, t.guard.value) for t in transitions if t.guard is not None}
    assert guards == {
        "weegcommissie_akkoord": (WEEGCOMMISSIE_AKKOORD, True),
        "weegcommissie_niet_akkoord": (WEEGCOMMISSIE_AKKOORD, False),
    }


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
