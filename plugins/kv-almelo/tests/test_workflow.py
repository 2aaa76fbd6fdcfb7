"""The inflow workflow kv-almelo.instroom: it loads, and a fictional log replays to the end."""

import datetime as dt

import pytest

from kleinschalig import CaseRecord, ValidationFailed
from kleinschalig.model.case import Consent
from kleinschalig.model.events import WorkflowEvent
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.workflows import append_event, feedback_due, replay

#: The inflow workflow, registered by the plugin's workflows.yaml.
WORKFLOW_CODE = "kv-almelo.instroom"
D = dt.date
NETWORK = ("gemeente", "politie", "reclassering", "vrijwilliger", "zorgaanbieder")
#: A fictional candidate referred by his municipality, placed, and leaving in October.
LOG = (
    (D(2021, 3, 1), "doorverwijzen_gemeente", "gemeente"),
    (D(2021, 3, 3), "voorselecteren_casemanager", "casemanager"),
    (D(2021, 3, 3), "beoordeling_psycholoog", None),
    (D(2021, 3, 5), "informeren_reclassering", "reclassering"),
    (D(2021, 3, 8), "gedetineerde_informeren", "casemanager"),
    (D(2021, 3, 12), "motivatiebrief_sturen", "casemanager", "motivatiebrief"),
    (D(2021, 3, 19), "in_aanmerking", "kv-almelo.mdo"),
    (D(2021, 3, 24), "intake_reclassering", "reclassering"),
    (D(2021, 3, 29), "selectieadvies_opstellen", "casemanager", "selectieadvies"),
    (D(2021, 4, 6), "weegtafel_advies", "kv-almelo.weegtafel"),
    (D(2021, 4, 8), "akkoord_slachtoffer", None),
    (D(2021, 4, 15), "plaatsen", "diz"),
    (D(2021, 4, 19), "instromen", None, "toestemmingsverklaring"),
    (D(2021, 10, 1), "uitstromen", None),
)


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(
        HostConfig(entry_points=False), plugins=[("kv-almelo", "kleinschalig_kv_almelo")]
    )
    assert host.errors == ()
    return host.catalogue


def _case(consent_on: dt.date = LOG[-2][0]) -> CaseRecord:
    consents = tuple(Consent(role, ("netwerkpartners",), consent_on) for role in NETWORK)
    return CaseRecord(
        "fictief-almelo-w1", "fictief-almelo-w1c", facility="kv-almelo", consents=consents
    )


def _event(date, transition, actor, *documents):
    return WorkflowEvent(WORKFLOW_CODE, transition, date, actor=actor, documents=documents)


def test_registered_for_this_facility_only(catalogue):
    workflow = catalogue.workflow(WORKFLOW_CODE)
    assert workflow.scope.facilities == ("kv-almelo",)


def test_a_fictional_log_reaches_outflow(catalogue):
    case = _case()
    for step in LOG:
        case = append_event(case, _event(*step), catalogue)
    progress = replay(case, WORKFLOW_CODE, catalogue)
    assert (progress.state, progress.finished) == ("uitgestroomd", True)
    owed = {f.recipient for f in feedback_due(case, catalogue) if f.about == "plaatsen"}
    assert {"gemeente", "kv-almelo.weegtafel", "kv-almelo.mdo"} <= owed


def test_illegal_steps_are_rejected(catalogue):
    with pytest.raises(ValidationFailed) as exc:
        append_event(_case(), _event(D(2021, 3, 1), "plaatsen", "diz"), catalogue)
    assert exc.value.errors[0].code == "workflow.illegal_transition"
    case = _case(consent_on=D(2021, 5, 1))
    for step in LOG[:-2]:
        case = append_event(case, _event(*step), catalogue)
    with pytest.raises(ValidationFailed) as exc:
        append_event(case, _event(*LOG[-2]), catalogue)
    assert [e.code for e in exc.value.errors] == ["workflow.consent_missing"]
