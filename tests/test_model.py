import datetime as dt

import pytest

from kleinschalig.dates import Duration
from kleinschalig.errors import InvalidValue
from kleinschalig.model import (
    BasisvoorwaardenMeasurement,
    BVStatus,
    CapacityEntry,
    CaseRecord,
    InterventionLink,
    InterventionLogic,
    InterventionNode,
    MeasurementMoment,
    NodeLevel,
    OperatingPeriod,
    OperatingStatus,
    PlacePool,
    SecurityLevel,
    SentenceFacts,
    TitleHolding,
    cite,
)

S = (cite("000:L26-33"),)


def test_security_levels_are_ordered_within_a_jurisdiction_only():
    assert SecurityLevel.ADULT_EXTRA > SecurityLevel.ADULT_CLOSED > SecurityLevel.ADULT_LIMITED
    assert SecurityLevel.ADULT_LIMITED > SecurityLevel.ADULT_VERY_LIMITED
    assert SecurityLevel.YOUTH_FCJ > SecurityLevel.YOUTH_KVJJ
    with pytest.raises(TypeError):
        _ = SecurityLevel.ADULT_CLOSED > SecurityLevel.YOUTH_KVJJ


def test_a_temporary_capacity_change_wins_while_in_force():
    from tests.factories import facility

    f = facility(
        capacity=(
            CapacityEntry(dt.date(2019, 4, 1), (PlacePool("kv", 6, 8),)),
            CapacityEntry(
                dt.date(2020, 3, 16), (PlacePool("kv", 4),), dt.date(2020, 6, 30), temporary=True
            ),
        )
    )
    assert f.capacity_on(dt.date(2019, 5, 1)).places_max == 8
    assert f.capacity_on(dt.date(2020, 4, 1)).places == 4
    assert f.capacity_on(dt.date(2020, 7, 1)).places == 6
    assert f.capacity_on(dt.date(2018, 1, 1)) is None


def test_never_opened_has_no_opening_date():
    with pytest.raises(InvalidValue):
        OperatingPeriod(OperatingStatus.NEVER_OPENED, dt.date(2020, 1, 1))
    never = OperatingPeriod(OperatingStatus.NEVER_OPENED)
    assert not never.is_open_on(dt.date(2021, 1, 1))
    pilot = OperatingPeriod(OperatingStatus.CLOSED, dt.date(2020, 8, 1), dt.date(2024, 5, 31))
    assert pilot.is_open_on(dt.date(2024, 5, 31))
    assert not pilot.is_open_on(dt.date(2024, 6, 1))


def node(code, level):
    return InterventionNode(code, level, code.capitalize(), S)


def test_intervention_logic_rejects_links_downwards_unknown_nodes_and_cycles():
    nodes = (
        node("a", NodeLevel.WERKZAAM_ELEMENT),
        node("b", NodeLevel.WERKDOEL),
        node("c", NodeLevel.WERKDOEL),
    )
    with pytest.raises(InvalidValue) as down:
        InterventionLogic(nodes, (InterventionLink("b", "a", S),))
    assert down.value.code == "graph.direction"
    with pytest.raises(InvalidValue) as unknown:
        InterventionLogic(nodes, (InterventionLink("a", "zz", S),))
    assert unknown.value.code == "reference.unknown"
    with pytest.raises(InvalidValue) as cycle:
        InterventionLogic(nodes, (InterventionLink("b", "c", S), InterventionLink("c", "b", S)))
    assert cycle.value.code == "graph.cycle"
    ok = InterventionLogic(nodes, (InterventionLink("a", "b", S), InterventionLink("b", "c", S)))
    assert [n.code for n in ok.path_to("c")] == ["a", "b", "c"]
    assert ok.at_level(NodeLevel.WERKDOEL) == nodes[1:]


def test_case_repr_hides_birth_date_and_free_text():
    case = CaseRecord("p-1", "c-1", birth_date=dt.date(1991, 7, 4), notes="vertrouwelijk")
    assert "1991" not in repr(case)
    assert "vertrouwelijk" not in repr(case)
    assert case.age_on(dt.date(2026, 7, 3)) == 34
    assert case.age_on(dt.date(2026, 7, 4)) == 35


@pytest.mark.parametrize("bad", ["123456789", "12345678", "Jan Jansen", "", "a" * 65])
def test_subject_ids_are_pseudonyms(bad):
    with pytest.raises(InvalidValue):
        CaseRecord(bad, "c-1")


def test_sentence_facts_give_the_strafrestant_for_a_zelfmelder():
    facts = SentenceFacts(imposed_length=Duration(months=5), reporting_date=dt.date(2026, 9, 7))
    assert facts.end_date() == dt.date(2027, 2, 7)
    r = facts.remaining_at(dt.date(2026, 8, 1))
    assert r is not None
    assert (r.months, r.days) == (5, 0)
    assert (
        SentenceFacts(expected_length=Duration(months=3)).remaining_at(dt.date(2026, 1, 1)) is None
    )


def test_title_holding_dates():
    h = TitleHolding("voorlopige_hechtenis", dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    assert h.held_on(dt.date(2026, 1, 15))
    assert not h.held_on(dt.date(2026, 2, 2))
    assert TitleHolding("x").held_on(dt.date(2026, 1, 1)) is None


def test_basisvoorwaarden_unknown_is_not_missing():
    m = BasisvoorwaardenMeasurement(
        MeasurementMoment.T1, housing=BVStatus.MET, income=BVStatus.IN_PROGRESS
    )
    assert [b.value for b in m.missing()] == ["income"]
    assert m.met_count() is None
    full = BasisvoorwaardenMeasurement(
        MeasurementMoment.T1,
        *[BVStatus.MET] * 0,
        housing=BVStatus.MET,
        income=BVStatus.MET,
        debts=BVStatus.NOT_APPLICABLE,
        id_document=BVStatus.MET,
        care_insurance=BVStatus.MISSING,
    )
    assert full.met_count() == 4


def test_public_namespace_is_lazy_and_complete():
    import kleinschalig

    for name in kleinschalig.__all__:
        assert getattr(kleinschalig, name) is not None, name
    assert set(dir(kleinschalig)) == set(kleinschalig.__all__)
    with pytest.raises(AttributeError):
        _ = kleinschalig.does_not_exist
