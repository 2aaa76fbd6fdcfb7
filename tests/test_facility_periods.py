"""Operating periods: the last day the sources show a facility open, and a KV that closed.

After ``attested_until`` whether a facility is open is unknown, never guessed: the
screening, ``kleinschalig facilities --on``, the occupancy report and the data-plugin
format all say so. KV Krimpen's De Compagnie II closed on 1 May 2020 [001:L3586].
"""

import datetime as dt
import json

import pytest

from kleinschalig.errors import InvalidValue
from kleinschalig.indicators import occupancy
from kleinschalig.model import (
    CaseRecord,
    OperatingPeriod,
    OperatingStatus,
    PlacementDecision,
    PlacementFacts,
)
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import decide

D = dt.date
ALMELO = ("kv-almelo", "kleinschalig_kv_almelo")
KRIMPEN = ("kv-krimpen", "kleinschalig_kv_krimpen")


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(HostConfig(entry_points=False), plugins=[ALMELO, KRIMPEN])
    assert host.errors == ()
    return host.catalogue


def stay(n, facility, inflow, outflow=None):
    placement = PlacementFacts(
        PlacementDecision.PLACED, decision_date=inflow, inflow_date=inflow, outflow_date=outflow
    )
    return CaseRecord(f"fictief-{n}", f"c-{n}", facility=facility, placement=placement)


# --- the model ---------------------------------------------------------------------------


def test_after_the_attested_day_open_is_unknown():
    period = OperatingPeriod(OperatingStatus.OPEN, D(2021, 1, 1), attested_until=D(2021, 4, 30))
    assert [period.is_open_on(d) for d in (D(2020, 12, 31), D(2021, 4, 30), D(2021, 5, 1))] == [
        False,
        True,
        None,
    ]
    known = OperatingPeriod(
        OperatingStatus.OPEN, known_open_on=D(2023, 9, 1), attested_until=D(2023, 9, 1)
    )
    assert [known.is_open_on(d) for d in (D(2023, 8, 31), D(2023, 9, 1), D(2023, 9, 2))] == [
        None,
        True,
        None,
    ]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"status": OperatingStatus.OPEN, "opened_on": D(2021, 1, 2)}, "date.order"),
        ({"status": OperatingStatus.OPEN, "known_open_on": D(2021, 1, 2)}, "date.order"),
        ({"status": OperatingStatus.CLOSED, "closed_on": D(2022, 1, 1)}, "value.not_allowed"),
        ({"status": OperatingStatus.NEVER_OPENED}, "value.not_allowed"),
        ({"status": OperatingStatus.PLANNED}, "value.not_allowed"),
    ],
)
def test_attested_until_is_validated(kwargs, code):
    with pytest.raises(InvalidValue) as exc:
        OperatingPeriod(**kwargs, attested_until=D(2021, 1, 1))
    assert (exc.value.code, exc.value.detail().path) == (code, "/attested_until")


# --- screening ---------------------------------------------------------------------------


def test_screening_almelo_in_2026_does_not_pass_on_lines_from_2021(catalogue):
    almelo = catalogue.facility("kv-almelo")
    assert almelo.operating.attested_until == D(2021, 4, 30)
    person = CaseRecord("fictief-1", "c-1", facility="kv-almelo")
    late = decide(person, almelo, catalogue, D(2026, 6, 1))
    [line] = [r for r in late.criteria if r.criterion == "core.facility-open"]
    assert line.outcome.value == "unknown"
    assert "na de laatste datum" in line.reason
    assert "core.facility-open" not in late.blocking
    assert late.outcome.value != "eligible"
    early = decide(person, almelo, catalogue, D(2021, 4, 30))
    [line] = [r for r in early.criteria if r.criterion == "core.facility-open"]
    assert line.outcome.value == "met"


def test_screening_krimpen_after_dc_ii_closed_is_not_met(catalogue):
    krimpen = catalogue.facility("kv-krimpen")
    person = CaseRecord("fictief-1", "c-1", facility="kv-krimpen")
    decision = decide(person, krimpen, catalogue, D(2020, 5, 1))
    assert "core.facility-open" in decision.blocking


# --- occupancy ---------------------------------------------------------------------------


def test_a_stay_longer_than_dc_ii_was_open_raises_the_consistency_warning(catalogue):
    krimpen = catalogue.facility("kv-krimpen")
    inside = stay(1, "kv-krimpen", D(2019, 6, 1), D(2020, 3, 1))
    beyond = stay(2, "kv-krimpen", D(2019, 6, 1), D(2020, 9, 1))
    report = occupancy([inside, beyond], krimpen, D(2019, 1, 1), D(2020, 4, 30))
    outside = [w for w in report.warnings if w.code == "stay.outside_open_period"]
    assert [w.case_id for w in outside] == ["c-2"]
    assert outside[0].params == {"start": "2019-01-01", "end": "2020-04-30"}
    # The 14 places of De Compagnie I are not the KV's [001:L3526]: 16, not 30.
    assert set(report.capacity) == {16}


def test_occupancy_past_the_attested_day_is_left_out_and_warned_once(catalogue):
    almelo = catalogue.facility("kv-almelo")
    records = [stay(1, "kv-almelo", D(2021, 2, 1)), stay(2, "kv-almelo", D(2021, 3, 1))]
    report = occupancy(records, almelo, D(2021, 4, 1), D(2021, 5, 10))
    assert report.capacity[:30] == (20,) * 30  # April: the corona reduction to 20
    assert report.capacity[30:] == (None,) * 10
    assert report.bed_days_without_capacity == 20
    assert report.occupancy == 60 / (20 * 30)
    codes = [w.code for w in report.warnings]
    assert codes == ["census.after_attested"]
    assert report.warnings[0].params == {"day": "2021-04-30"}
    assert "2021-04-30" in report.warnings[0].message("en")
    # Within the attested period nothing is warned.
    assert occupancy(records, almelo, D(2021, 4, 1), D(2021, 4, 30)).warnings == ()


# --- kleinschalig facilities --on --------------------------------------------------------


def test_facilities_on_a_date_past_the_sources_says_unknown(capsys):
    from kleinschalig.cli import main

    assert main(["facilities", "--on", "2026-06-01", "--format", "json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)["facilities"]}
    assert (rows["kv-almelo"]["open"], rows["kv-almelo"]["attested_until"]) == (
        None,
        "2021-04-30",
    )
    assert rows["kv-krimpen"]["open"] is False
    assert main(["facilities", "--on", "2026-06-01", "--lang", "en"]) == 0
    [almelo] = [
        line for line in capsys.readouterr().out.splitlines() if line.startswith("kv-almelo")
    ]
    assert almelo.endswith("\tunknown (sources up to 2021-04-30)")


# --- the data-plugin format --------------------------------------------------------------

LOCATION = """\
kleinschalig: 1
facilities:
  - code: kv-zwolle
    name: KV Zwolle
    kind: kv
    security: adult.limited
    location: {municipality: Zwolle}
    operator: DJI
    target_group:
      description: {nl: mannen (Zw), en: men (Zw)}
      jurisdiction: adult
    operating: {status: open, opened_on: "2026-01-01", attested_until: "%s",
                sources: ["voorbeeld:L1"]}
    sources: ["voorbeeld:L1-4"]
"""


def test_a_data_plugin_records_the_attested_day(tmp_path):
    (tmp_path / "kv-zwolle.yaml").write_text(LOCATION % "2026-03-31", encoding="utf-8")
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert host.errors == ()
    operating = host.catalogue.facility("kv-zwolle").operating
    assert (operating.attested_until, operating.is_open_on(D(2026, 4, 1))) == (D(2026, 3, 31), None)


def test_a_data_plugin_with_an_attested_day_before_the_opening_is_an_error(tmp_path):
    (tmp_path / "kv-zwolle.yaml").write_text(LOCATION % "2025-12-31", encoding="utf-8")
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    [error] = host.plugin("kv-zwolle").errors
    [detail] = error.errors
    assert detail.code == "date.order"
    assert detail.path.endswith("/operating/attested_until")
