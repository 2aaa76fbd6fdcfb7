"""The conformance kit and YAML case files, run the way a facility team runs them."""

import textwrap

import pytest

PLUGIN_MODULE = """
from kleinschalig.i18n import N_
from kleinschalig.model import (
    Facility, FacilityKind, InterventionLink, InterventionLogic, InterventionNode,
    Jurisdiction, Location, NodeLevel, OperatingPeriod, OperatingStatus, SecurityLevel,
    TargetGroup, cite,
)
from kleinschalig.plugins import hookimpl

S = (cite("004:L1-8"),)

@hookimpl
def kleinschalig_register_facilities(register):
    register.add(Facility(
        code="kv-proef", name="KV Proef", kind=FacilityKind.KV,
        security=SecurityLevel.ADULT_LIMITED, location=Location("Proefstad"), operator="DJI",
        target_group=TargetGroup(N_("{doelgroep}"), Jurisdiction.ADULT, sources=S),
        operating=OperatingPeriod(
            OperatingStatus.OPEN, __import__("datetime").date(2024, 1, 1), sources=S
        ),
        sources=S, accepted_titles=("gevangenisstraf",),
    ))

@hookimpl
def kleinschalig_register_intervention_logic(register):
    register.add("kv-proef", InterventionLogic(
        nodes=(InterventionNode("klein", NodeLevel.WERKZAAM_ELEMENT, N_("voorziening"), S),
               InterventionNode("doel", NodeLevel.EINDDOEL, N_("einddoel"), S)),
        links=(InterventionLink("klein", "doel", S),),
    ))
"""

CONFORMANCE = """
from kleinschalig.testing.conformance import FacilityPluginConformance

class TestConformance(FacilityPluginConformance):
    plugin_name = "kv-proef"
    plugin = "proef_plugin"
"""


def make_plugin(pytester, target_group):
    # The core catalog translates these msgids, so the plugin needs no catalog of its own.
    pytester.makepyfile(proef_plugin=PLUGIN_MODULE.replace("{doelgroep}", target_group))
    pytester.makepyfile(test_conformance=CONFORMANCE)
    pytester.syspathinsert()


def test_a_conforming_plugin_passes(pytester):
    make_plugin(pytester, "volwassenen")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=11, skipped=1)


def test_an_untranslated_label_is_caught(pytester):
    make_plugin(pytester, "mannen uit Proefstad")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=10, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*no English translation for: mannen uit Proefstad*"])


CASE_OK = """
description: een geldige zaak
reference_date: 2026-09-01
case:
  subject_id: fictief-1
  case_id: c-1
  legal_titles: [{title: gevangenisstraf, since: 2026-09-01}]
expect:
  valid: true
"""

CASE_ERRORS = """
reference_date: 2026-09-01
case: {subject_id: fictief-2, case_id: c-2, legal_titles: [{title: taakstraf}], sex: m}
expect:
  valid: false
  errors:
    - {code: value.not_allowed, path: /sex}
"""

CASE_WRONG = """
reference_date: 2026-09-01
case: {subject_id: fictief-3, case_id: c-3, legal_titles: [{title: taakstraf}]}
expect:
  valid: true
"""

CASE_TYPO = """
reference_date: 2026-09-01
case: {subject_id: fictief-4, case_id: c-4}
expekt:
  valid: true
"""


def test_yaml_case_files_pass_and_fail_with_clear_messages(pytester):
    pytester.makefile(
        ".case.yaml", ok=CASE_OK, errors=CASE_ERRORS, wrong=CASE_WRONG, typo=CASE_TYPO
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-rf")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*typo.case.yaml: typo: unknown key(s) expekt; allowed: case, description, expect,*",
            "*wrong.case.yaml: expected a valid case, got errors*reference.unknown*",
        ]
    )


def test_yaml_case_with_explicit_plugins(pytester):
    pytester.makepyfile(proef_plugin=PLUGIN_MODULE.replace("{doelgroep}", "volwassenen"))
    pytester.syspathinsert()
    pytester.makefile(
        ".case.yaml",
        facility=textwrap.dedent("""
        plugins: {kv-proef: proef_plugin}
        reference_date: 2026-09-01
        case: {subject_id: fictief-5, case_id: c-5, facility: kv-proef}
        expect: {valid: true}
        ---
        reference_date: 2026-09-01
        case: {subject_id: fictief-6, case_id: c-6, facility: kv-elders}
        expect:
          valid: false
          errors: [{code: reference.unknown, path: /facility}]
    """),
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*facility[[]0[]]*PASSED*"])


@pytest.mark.parametrize("fixture", ["kleinschalig_host", "kleinschalig_host_factory"])
def test_fixtures_are_available(pytester, fixture):
    pytester.makepyfile(f"""
        def test_it({fixture}):
            host = {fixture} if "{fixture}" == "kleinschalig_host" else {fixture}()
            assert "gevangenisstraf" in host.catalogue.titles
    """)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_yaml_expected_outcomes_per_facility(pytester):
    pytester.makepyfile(proef_plugin=PLUGIN_MODULE.replace("{doelgroep}", "volwassenen"))
    pytester.syspathinsert()
    base = """
        plugins: {kv-proef: proef_plugin}
        reference_date: 2026-09-01
        case: {subject_id: fictief-7, case_id: c-7, legal_titles: [{title: gevangenisstraf}]}
    """
    pytester.makefile(
        ".case.yaml",
        right=textwrap.dedent(base) + "expect: {valid: true, outcomes: {kv-proef: "
        "{outcome: insufficient_information, missing_inputs: [legal_titles]}}}\n",
        wrong=textwrap.dedent(base) + "expect: {valid: true, outcomes: {kv-proef: eligible}}\n",
        typo=textwrap.dedent(base) + "expect: {valid: true, outcomes: {kv-proef: plaatsbaar}}\n",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*typo.case.yaml: typo: expect.outcomes.kv-proef: unknown outcome 'plaatsbaar'*",
            "*wrong.case.yaml: kv-proef: outcome insufficient_information, expected eligible*",
        ]
    )


def test_a_plugin_that_does_not_load_passes_no_check(pytester):
    """Nothing registered is nothing checked: every test that needs the plugin fails."""
    pytester.makepyfile(proef_plugin="raise ImportError('kapot')")
    pytester.makepyfile(test_conformance=CONFORMANCE)
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) <= 1, result.stdout.str()  # only the clash check
    assert outcomes.get("errors", 0) + outcomes.get("failed", 0) >= 9
    result.stdout.fnmatch_lines(["*kv-proef did not load:*", "*kapot*"])
