"""Declared facts: registered by plugins, carried by case records, read by every rule."""

import datetime as dt
import itertools
import json
import textwrap

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from kleinschalig.codec.converter import dump_json, load_json, structure, unstructure
from kleinschalig.codec.fact_schema import facts_schema
from kleinschalig.codec.schema import json_schema
from kleinschalig.errors import ValidationFailed
from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, cite
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.case import ActivityKind, DaytimeActivity, PlacementDecision, PlacementFacts
from kleinschalig.model.conditions import Compare, OneOf
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope, CriterionVersion
from kleinschalig.model.fact_definitions import (
    FactChoice,
    FactDefinition,
    FactType,
    Sensitivity,
)
from kleinschalig.model.fact_values import FactValues
from kleinschalig.plugins import HostConfig, PluginHost, Stage, hookimpl
from kleinschalig.screening import decide
from kleinschalig.testing.strategies import fact_values_for, for_model
from tests.factories import facility

S = (cite("001:L3571"),)
#: The reading plugins ("lezer", "volgorde") scope their rules onto kv-buiten's facilities.
ISOLATED = HostConfig(
    entry_points=False, grants={("lezer", "kv-buiten"), ("volgorde", "kv-buiten")}
)
ON = dt.date(2026, 9, 1)

DISTANCE = FactDefinition(
    id="kv-buiten.afstand_km",
    type=FactType.DECIMAL,
    label="Afstand woonplaats tot de voorziening",
    unit="km",
    minimum=0,
    sources=S,
)
STAGE = FactDefinition(
    id="kv-buiten.baan",
    type=FactType.ENUM,
    label="Baan (testfeit)",
    choices=(FactChoice("betaald", "betaald"), FactChoice("onbetaald", "onbetaald")),
    moments=(MeasurementMoment.T0, MeasurementMoment.T1),
    sources=S,
)
TRAVEL = FactDefinition(
    id="kv-buiten.reistijd",
    type=FactType.INT,
    label="Reistijd in minuten",
    unit="min",
    minimum=0,
    maximum=1440,
    per_facility=True,
    sources=S,
)
ADDICTION = FactDefinition(
    id="kv-buiten.verslaving",
    type=FactType.BOOL,
    label="Verslavingsproblematiek",
    sensitivity=Sensitivity.SPECIAL_CATEGORY,
    sources=S,
)


def criterion(id, rule, kind=CriterionKind.REQUIREMENT, facilities=("kv-buiten",)):
    return Criterion(
        id,
        id,
        kind,
        CriterionScope(facilities=facilities),
        (CriterionVersion(S, rule),),
    )


class Declaring:
    """Declares facts (and a facility); criteria may come from another plugin."""

    def __init__(self, facts=(DISTANCE, STAGE, TRAVEL, ADDICTION), facilities=("kv-buiten",)):
        self.facts = facts
        self.facilities = facilities

    @hookimpl
    def kleinschalig_register_facilities(self, register):
        for code in self.facilities:
            register.add(facility(code=code, accepted_titles=("gevangenisstraf",)))

    @hookimpl
    def kleinschalig_register_facts(self, register):
        for fact in self.facts:
            register.add(fact)


class Reading:
    def __init__(self, *criteria):
        self.criteria = criteria

    @hookimpl
    def kleinschalig_register_criteria(self, register):
        for item in self.criteria:
            register.add(item)


NEAR = criterion("kv-buiten.dichtbij", Compare("kv-buiten.afstand_km", "le", 50))


def host(*plugins):
    return PluginHost.load(ISOLATED, plugins=plugins)


def case(**facts):
    return CaseRecord(subject_id="p-1", case_id="c-1", facts=FactValues(facts))


def line(decision, criterion_id):
    return next(r for r in decision.criteria if r.criterion == criterion_id)


def test_a_criterion_reads_a_declared_fact_and_the_screening_explains_it():
    loaded = host(("kv-buiten", Declaring()), ("lezer", Reading(NEAR)))
    assert loaded.errors == ()
    place = loaded.catalogue.facility("kv-buiten")
    near = line(
        decide(case(**{"kv-buiten.afstand_km": 12.5}), place, loaded.catalogue, ON), NEAR.id
    )
    assert near.outcome.value == "met"
    assert [(i.path, i.value) for i in near.inputs] == [("kv-buiten.afstand_km", "12.5")]
    far = line(decide(case(**{"kv-buiten.afstand_km": 80}), place, loaded.catalogue, ON), NEAR.id)
    assert far.outcome.value == "not_met"
    unknown = line(decide(case(), place, loaded.catalogue, ON), NEAR.id)
    assert unknown.outcome.value == "unknown"
    assert unknown.missing == ("kv-buiten.afstand_km",)


def test_registration_does_not_depend_on_the_order_of_the_plugins():
    plugins = [("kv-buiten", Declaring()), ("lezer", Reading(NEAR))]
    for order in itertools.permutations(plugins):
        loaded = host(*order)
        assert loaded.errors == ()
        assert "kv-buiten.afstand_km" in loaded.catalogue.facts
        assert NEAR.id in loaded.catalogue.criteria


def test_a_fact_read_per_facility_gives_each_facility_its_own_value():
    rule = Compare("kv-buiten.reistijd", "le", 60)
    criteria = [
        criterion(f"{code}.reistijd", rule, facilities=(code,)) for code in ("kv-a", "kv-b")
    ]
    loaded = host(
        ("kv-buiten", Declaring(facilities=("kv-buiten", "kv-a", "kv-b"))),
        ("lezer", Reading(*criteria)),
    )
    assert loaded.errors == ()
    person = case(**{"kv-buiten.reistijd": {"kv-a": 30, "kv-b": 150}})
    assert loaded.catalogue.check_case(person) == []
    a = decide(person, loaded.catalogue.facility("kv-a"), loaded.catalogue, ON)
    b = decide(person, loaded.catalogue.facility("kv-b"), loaded.catalogue, ON)
    assert line(a, "kv-a.reistijd").outcome.value == "met"
    assert line(b, "kv-b.reistijd").outcome.value == "not_met"


def test_the_reference_reads_a_per_facility_fact_for_the_screened_facility():
    """The oracle of the property tests: the screened facility's value, not the value for
    the facility the case record names (the case was first generated this way and failed)."""
    from tests.screening_reference import reference_decide

    rule = Compare("kv-buiten.reistijd", "le", 60)
    loaded = host(
        ("kv-buiten", Declaring(facilities=("kv-buiten", "kv-a", "kv-b"))),
        ("lezer", Reading(criterion("kv-a.reistijd", rule, facilities=("kv-a",)))),
    )
    person = attrs.evolve(
        case(**{"kv-buiten.reistijd": {"kv-a": 30, "kv-b": 150}}), facility="kv-b"
    )
    place = loaded.catalogue.facility("kv-a")
    expected = reference_decide(person, place, loaded.catalogue, ON, [])
    assert line(expected, "kv-a.reistijd").outcome.value == "met"
    assert decide(person, place, loaded.catalogue, ON) == expected


def test_a_fact_with_moments_is_read_at_one():
    at_t1 = criterion("kv-buiten.baan", OneOf("kv-buiten.baan@t1", ("betaald",)))
    loaded = host(("kv-buiten", Declaring()), ("lezer", Reading(at_t1)))
    assert loaded.errors == ()
    person = case(**{"kv-buiten.baan": {"t0": "betaald", "t1": "onbetaald"}})
    place = loaded.catalogue.facility("kv-buiten")
    assert line(decide(person, place, loaded.catalogue, ON), at_t1.id).outcome.value == "not_met"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            OneOf("kv-buiten.baan", ("betaald",)),
            "recorded per moment: name one (kv-buiten.baan@t0)",
        ),
        (Compare("kv-buiten.afstand_km@t1", "le", 5), "has no measurement moments"),
        (OneOf("kv-buiten.baan@t2", ("betaald",)), "is not recorded at 't2'"),
        (Compare("kv-buiten.afstand", "le", 5), "did you mean kv-buiten.afstand_km"),
        (Compare("kv-elders.afstand", "le", 5), "no installed plugin declares facts"),
        (Compare("kv-buiten.afstand_km", "eq", True), "is a number; compare with a number"),
        (OneOf("kv-buiten.baan@t0", ("vast",)), "vast not among the values"),
    ],
)
def test_a_rule_that_does_not_fit_its_declared_fact_is_refused(rule, message):
    loaded = host(("kv-buiten", Declaring()), ("lezer", Reading(criterion("kv-buiten.x", rule))))
    [error] = loaded.plugin("lezer").errors
    assert error.stage is Stage.REFERENCE
    assert message in error.detail
    assert "kv-buiten.x" not in loaded.catalogue.criteria
    assert loaded.plugin("kv-buiten").status == "active"


def test_special_category_facts_may_be_read_by_rules_but_never_shared():
    reads = criterion(
        "kv-buiten.verslaving",
        Compare("kv-buiten.verslaving", "eq", True),
        CriterionKind.FIXED_CONTRA_INDICATION,
    )
    loaded = host(("kv-buiten", Declaring()), ("lezer", Reading(reads)))
    assert loaded.errors == ()
    identifying = attrs.evolve(DISTANCE, sensitivity=Sensitivity.IDENTIFYING)
    loaded = host(("kv-buiten", Declaring(facts=(identifying,))), ("lezer", Reading(NEAR)))
    [error] = loaded.plugin("lezer").errors
    assert "is sensitive" in error.detail


def test_a_plugin_declares_facts_only_in_its_own_namespace():
    foreign = attrs.evolve(DISTANCE, id="kv-ander.afstand_km")
    loaded = host(("kv-buiten", Declaring(facts=(foreign,))))
    [error] = loaded.plugin("kv-buiten").errors
    assert error.stage is Stage.REGISTER
    assert "name it kv-buiten.afstand_km" in error.detail
    derived = attrs.evolve(DISTANCE, derived=True)
    [error] = host(("kv-buiten", Declaring(facts=(derived,)))).plugin("kv-buiten").errors
    assert "only the core derives facts" in error.detail


def test_two_plugins_cannot_declare_the_same_fact():
    class Again(Declaring):
        @hookimpl
        def kleinschalig_register_facilities(self, register):
            pass

    loaded = host(("kv-buiten", Declaring()), ("kv-buiten2", Again(facts=(DISTANCE,))))
    assert "kv-buiten2" in {e.plugin for e in loaded.errors}


@pytest.mark.parametrize(
    ("facts", "code", "path"),
    [
        ({"kv-elders.x": True}, "fact.unknown_namespace", "/facts/kv-elders.x"),
        ({"kv-buiten.afstand": 3}, "fact.unknown", "/facts/kv-buiten.afstand"),
        ({"kv-buiten.afstand_km": "ver"}, "type.invalid", "/facts/kv-buiten.afstand_km"),
        ({"kv-buiten.afstand_km": -1}, "value.too_small", "/facts/kv-buiten.afstand_km"),
        ({"kv-buiten.baan": "betaald"}, "fact.moment", "/facts/kv-buiten.baan"),
        ({"kv-buiten.baan": {"t2": "betaald"}}, "fact.moment", "/facts/kv-buiten.baan/t2"),
        ({"kv-buiten.baan": {"t0": "vast"}}, "value.not_allowed", "/facts/kv-buiten.baan/t0"),
        ({"kv-buiten.reistijd": 30}, "fact.facility", "/facts/kv-buiten.reistijd"),
        ({"kv-buiten.reistijd": {"kv-x": 3}}, "fact.facility", "/facts/kv-buiten.reistijd/kv-x"),
        (
            {"kv-buiten.afstand_km": {"t0": 3}},
            "fact.recorded_once",
            "/facts/kv-buiten.afstand_km/t0",
        ),
        ({"core.age_at_intake": 40}, "fact.derived", "/facts/core.age_at_intake"),
    ],
)
def test_values_are_checked_against_their_definitions(facts, code, path):
    loaded = host(("kv-buiten", Declaring()))
    errors = loaded.catalogue.check_case(case(**facts))
    assert [(e.code, e.path) for e in errors] == [(code, path)]
    message = errors[0].message("en")
    assert message
    assert "ver" not in message.split()


def test_an_unknown_namespace_error_names_the_installed_ones():
    loaded = host(("kv-buiten", Declaring()))
    [error] = loaded.catalogue.check_case(case(**{"kv-elders.x": True}))
    assert "core, kv-buiten" in error.message("en")


def test_malformed_fact_values_are_refused_by_the_json_layer_at_their_path():
    document = {
        "subject_id": "p-1",
        "case_id": "c-1",
        "facts": {
            "Geen.id": True,
            "kv-a.datum": "2024-02-30",
            "kv-a.lijst": ["ok", 3],
            "kv-a.leeg": {},
            "kv-a.diep": {"t1": {"x": 1}},
        },
    }
    with pytest.raises(ValidationFailed) as failure:
        structure(document, CaseRecord)
    assert [(e.code, e.path) for e in failure.value.errors] == [
        ("value.pattern", "/facts/Geen.id"),
        ("date.invalid", "/facts/kv-a.datum"),
        ("type.invalid", "/facts/kv-a.diep/t1"),
        ("value.empty", "/facts/kv-a.leeg"),
        ("type.invalid", "/facts/kv-a.lijst/1"),
    ]


def test_a_record_from_an_uninstalled_plugin_survives_reading_and_writing():
    text = json.dumps(
        {
            "subject_id": "p-1",
            "case_id": "c-1",
            "facts": {
                "kv-elders.buddy": True,
                "kv-elders.sinds": "2024-03-01",
                "kv-elders.lijst": ["a", "b"],
                "kv-elders.per": {"t0": 1.5, "t1": 2},
            },
        },
        sort_keys=True,
    )
    record = load_json(text, CaseRecord)
    assert record.facts.get("kv-elders.sinds") == dt.date(2024, 3, 1)
    assert json.dumps(json.loads(dump_json(record)), sort_keys=True) == text
    # ... and where the plugin is missing, it is reported, not dropped.
    errors = host().catalogue.check_case(record)
    assert {e.code for e in errors} == {"fact.unknown_namespace"}
    assert len(errors) == 4


def test_values_never_appear_in_repr():
    record = case(**{"kv-buiten.verslaving": True, "kv-buiten.afstand_km": 12.5})
    shown = repr(record)
    assert "kv-buiten.verslaving" in shown
    assert "True" not in shown.split("facts=")[1].split(")")[0]
    assert "12.5" not in shown


def test_the_schema_of_the_installed_catalogue_accepts_exactly_the_declared_facts():
    loaded = host(("kv-buiten", Declaring(facilities=("kv-buiten", "kv-a"))))
    schema = json_schema(CaseRecord, facts=facts_schema(loaded.catalogue, "en"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    fine = {
        "subject_id": "p-1",
        "case_id": "c-1",
        "facts": {
            "kv-buiten.afstand_km": 3.5,
            "kv-buiten.baan": {"t1": "betaald"},
            "kv-buiten.reistijd": {"kv-a": 20},
        },
    }
    assert list(validator.iter_errors(fine)) == []
    for bad in (
        {"kv-buiten.afstand_km": -1},
        {"kv-buiten.baan": {"t2": "betaald"}},
        {"kv-buiten.baan": {"t1": "vast"}},
        {"kv-buiten.reistijd": {"kv-x": 20}},
        {"kv-elders.x": True},
        {"core.age_at_intake": 3},
    ):
        assert list(validator.iter_errors({**fine, "facts": bad})), bad
    prop = schema["$defs"]["CaseRecord"]["properties"]["facts"]["properties"]["kv-buiten.baan"]
    assert prop["title"] == "Baan (testfeit)"
    assert prop["additionalProperties"]["oneOf"][0] == {"const": "betaald", "title": "betaald"}
    assert prop["x-sensitivity"] == "ordinary"


@settings(max_examples=60)
@given(data=fact_values_for((DISTANCE, STAGE, TRAVEL, ADDICTION), ("kv-buiten", "kv-a")))
def test_generated_values_are_valid_and_round_trip(data):
    loaded = _HOST
    record = case()
    record = attrs.evolve(record, facts=data)
    assert loaded.catalogue.check_case(record) == []
    assert structure(unstructure(record), CaseRecord) == record


_HOST = host(("kv-buiten", Declaring(facilities=("kv-buiten", "kv-a"))))


@settings(max_examples=60)
@given(definition=for_model(FactDefinition))
def test_generated_definitions_round_trip(definition):
    assert structure(unstructure(definition), FactDefinition) == definition


def test_definition_fields_that_do_not_fit_its_type_are_refused():
    with pytest.raises(ValueError, match=r"fact\.not_for_type"):
        attrs.evolve(DISTANCE, type=FactType.BOOL)
    with pytest.raises(ValueError, match=r"value\.empty"):
        attrs.evolve(STAGE, choices=())
    with pytest.raises(ValueError, match=r"fact\.moments_and_facility"):
        attrs.evolve(STAGE, per_facility=True)
    with pytest.raises(ValueError, match=r"fact\.namespace_reserved"):
        attrs.evolve(DISTANCE, id="intake.afstand")


def _placed_with(kind, at_outflow=None):
    facts = {} if at_outflow is None else {"core.daytime_activity": {"t1": at_outflow}}
    return CaseRecord(
        subject_id=f"p-{kind}-{at_outflow}",
        case_id=f"c-{kind}-{at_outflow}",
        facility="kv-buiten",
        daytime_activity=DaytimeActivity(ActivityKind(kind)),
        placement=PlacementFacts(
            PlacementDecision.PLACED,
            inflow_date=dt.date(2025, 1, 1),
            outflow_date=dt.date(2025, 6, 1),
        ),
        facts=FactValues(facts),
    )


def test_work_kept_at_outflow_is_a_core_indicator_with_its_denominator():
    loaded = host(("kv-buiten", Declaring()))
    indicator = loaded.catalogue.indicator("core.of.dagbesteding-behouden")
    records = [
        _placed_with("work", "work"),
        _placed_with("education", "none"),
        _placed_with("work", None),  # not recorded at outflow: excluded and counted
        _placed_with("none", "work"),  # no activity at intake: not in the denominator
    ]
    report = compute(records, [indicator], on=ON, catalogue=loaded.catalogue)
    [result] = report.results
    assert (result.in_scope, result.denominator, result.numerator) == (3, 2, 1)
    assert result.value == 0.5
    [excluded] = result.excluded
    assert (excluded.count, excluded.missing) == (1, ("core.daytime_activity@t1",))


def test_age_and_strafrestant_at_intake_are_derived_without_showing_the_birth_date():
    from kleinschalig.dates import Duration
    from kleinschalig.model.case import SentenceFacts
    from kleinschalig.model.facts import read_fact

    record = CaseRecord(
        subject_id="p-1",
        case_id="c-1",
        birth_date=dt.date(1990, 5, 17),
        sentence=SentenceFacts(imposed_length=Duration(months=6), start_date=dt.date(2025, 1, 1)),
        placement=PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2025, 3, 1)),
    )
    assert read_fact(record, "core.age_at_intake") == 34
    assert read_fact(record, "core.strafrestant_at_intake") == 122


def test_a_plugin_outside_the_repository_declares_a_fact_a_criterion_reads(tmp_path):
    (tmp_path / "kv_buitenaf.py").write_text(
        textwrap.dedent(
            """
            import datetime as dt
            from kleinschalig.model import (
                Facility, FacilityKind, Jurisdiction, Location, OperatingPeriod,
                OperatingStatus, SecurityLevel, TargetGroup, cite,
            )
            from kleinschalig.model.conditions import Compare
            from kleinschalig.model.criteria import (
                Criterion, CriterionKind, CriterionScope, CriterionVersion,
            )
            from kleinschalig.model.fact_definitions import FactDefinition, FactType
            from kleinschalig.plugins import hookimpl

            S = (cite("voorbeeld:L1"),)

            @hookimpl
            def kleinschalig_register_facilities(register):
                register.add(Facility(
                    code="kv-buitenaf", name="KV Buitenaf", kind=FacilityKind.KV,
                    security=SecurityLevel.ADULT_LIMITED, location=Location("Buitenaf"),
                    operator="DJI", target_group=TargetGroup("Mannen", Jurisdiction.ADULT),
                    operating=OperatingPeriod(OperatingStatus.OPEN, dt.date(2024, 1, 1)),
                    accepted_titles=("gevangenisstraf",), sources=S,
                ))

            @hookimpl
            def kleinschalig_register_facts(register):
                register.add(FactDefinition(
                    id=f"{register.namespace}.binnen_50_km", type=FactType.BOOL,
                    label="Woont binnen 50 km van de voorziening", sources=S,
                ))

            @hookimpl
            def kleinschalig_register_criteria(register):
                register.add(Criterion(
                    "kv-buitenaf.nabij", "Woont binnen 50 km", CriterionKind.REQUIREMENT,
                    CriterionScope(facilities=("kv-buitenaf",)),
                    (CriterionVersion(S, Compare("kv-buitenaf.binnen_50_km", "eq", True)),),
                ))
            """
        )
    )
    loaded = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert loaded.errors == ()
    place = loaded.catalogue.facility("kv-buitenaf")
    record = CaseRecord(
        subject_id="p-1", case_id="c-1", facts=FactValues({"kv-buitenaf.binnen_50_km": True})
    )
    assert loaded.catalogue.check_case(record) == []
    near = line(decide(record, place, loaded.catalogue, ON), "kv-buitenaf.nabij")
    assert near.outcome.value == "met"
    assert near.inputs[0].path == "kv-buitenaf.binnen_50_km"


START = FactDefinition(
    id="kv-buiten.startdatum", type=FactType.DATE, label="Startdatum werk", sources=S
)


class Flowing(Declaring):
    """A workflow whose guard, timing and information flow read declared facts."""

    def __init__(self, shared=("kv-buiten.afstand_km",)):
        super().__init__(facts=(DISTANCE, START, ADDICTION))
        self.shared = shared

    @hookimpl
    def kleinschalig_register_workflows(self, register):
        from kleinschalig.dates import Duration
        from kleinschalig.model.common import Jurisdiction
        from kleinschalig.model.workflows import (
            Content,
            InformationFlow,
            State,
            Timing,
            Transition,
            Workflow,
            WorkflowScope,
            WorkflowVersion,
        )

        register.add(
            Workflow(
                code="kv-buiten.instroom",
                label="Instroom",
                jurisdiction=Jurisdiction.ADULT,
                scope=WorkflowScope(facilities=("kv-buiten",)),
                versions=(
                    WorkflowVersion(
                        sources=S,
                        states=(
                            State("aangemeld", "Aangemeld", S, initial=True),
                            State("geplaatst", "Geplaatst", S, final=True),
                        ),
                        transitions=(
                            Transition(
                                "plaatsen",
                                "aangemeld",
                                "geplaatst",
                                "Plaatsen",
                                S,
                                actor="casemanager",
                                guard=Compare("kv-buiten.afstand_km", "le", 50),
                                timing=Timing(
                                    "kv-buiten.startdatum", "after", maximum=Duration(weeks=2)
                                ),
                                informs=(
                                    InformationFlow(
                                        "reclassering",
                                        Content.FIELDS,
                                        "taak",
                                        S,
                                        fields=self.shared,
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            )
        )


def test_guards_timings_and_flows_read_declared_facts():
    from kleinschalig.model.events import WorkflowEvent
    from kleinschalig.workflows import append_event, timeline, view_for

    loaded = host(("kv-buiten", Flowing()))
    assert loaded.errors == ()
    catalogue = loaded.catalogue
    person = attrs.evolve(
        case(**{"kv-buiten.afstand_km": 20, "kv-buiten.startdatum": "2026-09-01"}),
        facility="kv-buiten",
    )
    step = WorkflowEvent("kv-buiten.instroom", "plaatsen", dt.date(2026, 9, 30), "casemanager")
    placed = append_event(person, step, catalogue)
    lines = timeline(placed, catalogue, dt.date(2026, 10, 1))
    [missed] = lines.warnings
    assert (missed.code, missed.params["anchor_date"]) == ("deadline.missed", "2026-09-01")
    view = view_for(placed, "reclassering", catalogue, dt.date(2026, 10, 1))
    assert view["facts"] == {"kv-buiten.afstand_km": 20}
    far = attrs.evolve(person, facts=FactValues({"kv-buiten.afstand_km": 80}))
    with pytest.raises(ValidationFailed) as failure:
        append_event(far, step, catalogue)
    assert [e.code for e in failure.value.errors] == ["workflow.guard_failed"]


@pytest.mark.parametrize(
    ("shared", "message"),
    [
        (("kv-buiten.verslaving",), "is sensitive and is never shared"),
        (("kv-buiten.onbekend",), "unknown declared"),
    ],
)
def test_flows_never_carry_special_category_facts(shared, message):
    loaded = host(("kv-buiten", Flowing(shared=shared)))
    [error] = loaded.plugin("kv-buiten").errors
    assert message in error.detail


def test_schema_command_lists_the_installed_facts_in_the_chosen_language(capsys):
    from kleinschalig.cli import main

    assert main(["schema", "case-record", "--lang", "en"]) == 0
    schema = json.loads(capsys.readouterr().out)
    facts = schema["$defs"]["CaseRecord"]["properties"]["facts"]
    assert facts["additionalProperties"] is False
    outflow = facts["properties"]["core.daytime_activity"]
    assert outflow["title"] == "Work, daytime activity, education or care trajectory"
    assert outflow["propertyNames"] == {"enum": ["t1", "t2"]}
    assert "core.age_at_intake" not in facts["properties"]  # derived: never recorded


def test_the_core_choice_lists_equal_the_case_record_enums():
    from kleinschalig._labels import label_of
    from kleinschalig.model.case import OffenceType
    from kleinschalig.national.facts import ACTIVITY_CHOICES, OFFENCE_CHOICES

    for choices, enum in ((ACTIVITY_CHOICES, ActivityKind), (OFFENCE_CHOICES, OffenceType)):
        assert [(c.code, c.label) for c in choices] == [(m.value, label_of(m)) for m in enum]
