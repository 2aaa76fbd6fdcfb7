"""The desktop example (``examples/desktop``): a form generated from the case-record
schema, and the Textual application run headlessly with a pilot."""

from __future__ import annotations

import asyncio
import doctest
import json
import time
from pathlib import Path

import pytest
from examples.desktop.kleinschalig_desktop import form
from examples.desktop.kleinschalig_desktop.form import (
    Field,
    Section,
    build_form,
    case_schema,
    document_of,
    values_of,
)

from kleinschalig.codec import load_json
from kleinschalig.codec.schema import json_schema
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.validation import check_document

CASES = sorted((Path(__file__).resolve().parent.parent / "examples" / "cases").glob("*.json"))
ROOT = build_form(case_schema("nl"))


@pytest.fixture(scope="module")
def host():
    return PluginHost.load(HostConfig.from_env(environ={}))


def by_path(section: Section) -> dict[tuple[str, ...], Field | Section]:
    out: dict[tuple[str, ...], Field | Section] = {}
    for f in section.fields:
        out[f.path] = f
        if isinstance(f, Section):
            out.update(by_path(f))
    return out


def test_the_form_module_examples_hold():
    # examples/ is not among the doctest paths, so its docstring is checked here.
    result = doctest.testmod(form)
    assert (result.failed, result.attempted >= 4) == (0, True)


def test_every_property_of_the_schema_is_in_the_form():
    schema = json_schema(CaseRecord)
    defs = schema["$defs"]
    fields = by_path(ROOT)
    assert [f.name for f in ROOT.fields] == list(defs["CaseRecord"]["properties"])
    for name, model in [("intake", "IntakeFacts"), ("referral", "Referral")]:
        assert isinstance(fields[(name,)], Section)
        assert {p[-1] for p in fields if p[:1] == (name,) and len(p) == 2} == set(
            defs[model]["properties"]
        )


def test_fields_are_shown_by_their_type():
    fields = by_path(ROOT)
    kinds = {
        ("jurisdiction",): "choice",
        ("birth_date",): "text",
        ("daytime_activity", "hours_per_week"): "number",
        ("daytime_activity", "travel_minutes_one_way"): "integer",
        ("intake", "motivated"): "flag",
        ("intake", "languages"): "words",
        ("events",): "json",
        ("facts",): "json",
    }
    assert {p: fields[p].kind for p in kinds} == kinds
    # Labels of choices may be the schema's titles; the values are the enum's.
    kind = fields[("daytime_activity", "kind")]
    assert kind.required
    assert [v for _, v in kind.choices] == [
        "work",
        "education",
        "day_activity",
        "care_trajectory",
        "none",
    ]
    assert [v for _, v in fields[("intake", "addiction_problems")].choices][:1] == ["none"]
    assert fields[("subject_id",)].help  # the description, shown as a tooltip


def test_titles_and_oneof_choices_are_used_when_the_schema_has_them():
    schema = {
        "$ref": "#/$defs/R",
        "$defs": {
            "R": {
                "type": "object",
                "properties": {
                    "kind": {
                        "title": {"nl": "Soort", "en": "Kind"},
                        "anyOf": [
                            {"oneOf": [{"const": "work", "title": "werk"}, {"const": "none"}]},
                            {"type": "null"},
                        ],
                    },
                    "since": {"title": "Sinds", "type": "string", "description": {"en": "from"}},
                    "sex": {"oneOf": [{"const": "male", "title": "man"}, {"type": "null"}]},
                    "plain": {"type": "boolean"},
                },
            }
        },
    }
    kind, since, sex, plain = build_form(schema, "en").fields
    assert (kind.label, kind.kind, kind.choices) == (
        "Kind",
        "choice",
        (("werk", "work"), ("none", "none")),
    )
    assert (sex.kind, sex.choices, since.help) == ("choice", (("man", "male"),), "from")
    assert (since.label, plain.label, plain.choices) == (
        "Sinds",
        "plain",
        (("yes", "true"), ("no", "false")),
    )


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_example_case_goes_through_the_form_unchanged(path):
    original = json.loads(path.read_text(encoding="utf-8"))
    document, errors = document_of(values_of(original, ROOT), ROOT)
    assert errors == []
    assert load_json(json.dumps(document), CaseRecord) == load_json(path.read_bytes(), CaseRecord)


def test_an_unknown_flag_and_an_empty_section_are_left_out():
    values = values_of({"subject_id": "p-1", "case_id": "c-1"}, ROOT)
    assert values[("intake", "motivated")] is None
    assert document_of(values, ROOT) == ({"subject_id": "p-1", "case_id": "c-1"}, [])


def test_json_that_does_not_parse_is_an_error_at_its_field():
    values = values_of({"subject_id": "p-1", "case_id": "c-1"}, ROOT)
    values[("legal_titles",)] = '[{"title": "zelfmelder",'
    _document, errors = document_of(values, ROOT)
    assert [(e.code, e.path) for e in errors] == [("json.syntax", "/legal_titles")]
    assert errors[0].message("en").startswith("Not valid JSON (line 1")


def test_a_number_that_does_not_parse_is_left_to_the_library(host):
    values = values_of({"subject_id": "p-1", "case_id": "c-1"}, ROOT)
    values[("daytime_activity", "kind")] = "work"
    values[("daytime_activity", "hours_per_week")] = "veel"
    document, errors = document_of(values, ROOT)
    assert errors == []
    assert document["daytime_activity"] == {"kind": "work", "hours_per_week": "veel"}
    _case, errors = check_document(json.dumps(document), "case-record", host.catalogue)
    assert [e.path for e in errors] == ["/daytime_activity/hours_per_week"]


# -- the application, headless ---------------------------------------------------------


def run(host, scenario, cases=CASES[0].parent):
    pytest.importorskip(
        "textual", reason="the desktop example needs Textual: pip install -e '.[desktop]'"
    )
    from examples.desktop.kleinschalig_desktop.app import CaseForm
    from textual.widgets import Button

    async def go():
        app = CaseForm(host, cases=cases)
        async with app.run_test(size=(160, 50)) as pilot:
            # A button ignores a second click within its 0.2 s press animation.
            for button in app.query(Button):
                button.active_effect_duration = 0
            await scenario(app, pilot)

    asyncio.run(go())


async def settle(pilot, done, timeout=20.0):
    """Let the app work until ``done()`` holds: rebuilding the form in another language
    takes a variable number of event-loop turns (more on a slow or busy machine)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"the app did not settle within {timeout} s")
        await pilot.pause(0.05)


def text(app, selector):
    return str(app.query_one(selector).content)


def test_load_validate_screen_and_switch_to_english(host):
    from textual.widgets import Input, Select

    async def scenario(app, pilot):
        app.query_one("#case", Select).value = str(
            CASES[[p.stem for p in CASES].index("kvm-zelfmelder")]
        )
        await pilot.click("#load")
        assert app.query_one("#facility", Select).value == "kv-middelburg"
        assert app.query_one("#f-daytime_activity-hours_per_week", Input).value == "32"

        app.query_one("#f-daytime_activity-since", Input).value = "2019-02-30"
        await pilot.click("#validate")
        assert (
            text(app, "#errors")
            == "Fouten\n/daytime_activity/since: Geen geldige datum; gebruik JJJJ-MM-DD."
        )

        app.query_one("#f-daytime_activity-since", Input).value = "2019-02-01"
        await pilot.click("#screen")
        assert text(app, "#errors") == "Geldig: de bibliotheek accepteert deze casus."
        assert text(app, "#outcome") == "Uitkomst: weging door professional nodig"
        assert text(app, "#explanation").startswith(
            "Kleinschalige Voorziening Middelburg (KVM) op 11 juli 2022: weging door"
        )

        app.query_one("#lang", Select).value = "en"
        await settle(pilot, lambda: text(app, "#outcome").startswith("Outcome"))
        assert text(app, "#outcome") == "Outcome: weighing by a professional needed"
        assert text(app, "#explanation").startswith(
            "Kleinschalige Voorziening Middelburg (KVM) on 11 July 2022: weighing by"
        )
        assert str(app.query_one("#validate").label) == "Validate"
        # The form is rebuilt in English and keeps what was typed.
        assert app.query_one("#f-daytime_activity-since", Input).value == "2019-02-01"

        app.query_one("#f-daytime_activity-since", Input).value = "1 Feb 2019"
        await pilot.click("#validate")
        assert text(app, "#errors").startswith("Errors\n/daytime_activity/since: Not a valid date")
        assert text(app, "#outcome") == ""

    run(host, scenario)


def test_screening_says_what_is_missing(host):
    from textual.widgets import Input, Select

    async def scenario(app, pilot):
        app.query_one("#f-subject_id", Input).value = "fictief-1"
        app.query_one("#f-case_id", Input).value = "c-1"
        await pilot.click("#screen")
        assert text(app, "#errors") == "Kies eerst een voorziening."

        app.query_one("#facility", Select).value = "kv-almelo"
        await pilot.click("#screen")
        assert text(app, "#errors").startswith("Fouten\n/referral/date: ")

        app.query_one("#on", Input).value = "2026-02-30"
        await pilot.click("#screen")
        assert text(app, "#errors").startswith("Fouten\n/on: Geen geldige datum")

        app.query_one("#on", Input).value = "2026-03-02"
        await pilot.click("#screen")
        assert text(app, "#outcome") == "Uitkomst: onvoldoende gegevens"

    run(host, scenario)


def test_a_file_that_is_not_json_is_an_error_not_a_traceback(host, tmp_path):
    from textual.widgets import Select

    (tmp_path / "kapot.json").write_text('{"subject_id": "p-1",', encoding="utf-8")

    async def scenario(app, pilot):
        app.query_one("#case", Select).value = str(tmp_path / "kapot.json")
        await pilot.click("#load")
        assert text(app, "#errors").startswith("Fouten\n/: Geen geldige JSON (regel 1")

    run(host, scenario, tmp_path)
