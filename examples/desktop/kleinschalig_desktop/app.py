"""A Textual form for one case record: load, validate, screen and explain, in Dutch or English.

The form is generated from the library's JSON Schema (:mod:`.form`); the library
does every check (:func:`~kleinschalig.validation.check_document`) and the screening.
The plugin host is built once, when the application starts.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, Label, Select, Static, TextArea

from kleinschalig.dates import parse_date
from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import Decision, explain, screen
from kleinschalig.validation import check_document

from .form import Field, FieldPath, Section, build_form, case_schema, document_of, values_of

CASES = Path(__file__).resolve().parents[2] / "cases"

#: The application's own words; every other text (labels, errors, outcomes,
#: explanations) comes from the library in the chosen language.
UI = {
    "nl": {
        "case": "Voorbeeldcasus",
        "load": "Laden",
        "facility": "Voorziening",
        "on": "Peildatum (leeg: de verwijsdatum)",
        "validate": "Valideren",
        "screen": "Screenen",
        "valid": "Geldig: de bibliotheek accepteert deze casus.",
        "errors": "Fouten",
        "outcome": "Uitkomst",
        "no_facility": "Kies eerst een voorziening.",
    },
    "en": {
        "case": "Example case",
        "load": "Load",
        "facility": "Facility",
        "on": "Reference date (empty: the referral date)",
        "validate": "Validate",
        "screen": "Screen",
        "valid": "Valid: the library accepts this case.",
        "errors": "Errors",
        "outcome": "Outcome",
        "no_facility": "Choose a facility first.",
    },
}
LANGUAGES = [("Nederlands", "nl"), ("English", "en")]


def widget_id(path: FieldPath) -> str:
    return "f-" + "-".join(path)


class CaseForm(App[None]):
    """Load a case, edit it, validate it, screen it at one facility."""

    TITLE = "kleinschalig"
    CSS = """
    #bar, #actions { height: auto; }
    #bar Select, #on { width: 1fr; }
    #bar #lang { width: 20; }
    #main { height: 1fr; }
    #form, #result { width: 1fr; }
    .field { height: auto; }
    .field Label { color: $text-muted; }
    TextArea { height: 10; }
    #errors { color: $error; }
    #errors.valid { color: $success; }
    #outcome { text-style: bold; }
    """

    def __init__(
        self, host: PluginHost | None = None, lang: str = "nl", cases: Path = CASES
    ) -> None:
        super().__init__()
        # Built once: loading imports and checks every plugin; a host is never changed.
        self.host = host if host is not None else PluginHost.load(HostConfig.from_env())
        self.lang = lang
        self.cases = sorted(cases.glob("*.json"))
        self.root = build_form(case_schema(lang), lang)
        self.values: dict[FieldPath, str | None] = values_of({}, self.root)
        self.errors: list[ErrorDetail] | None = None  # None: not validated yet
        self.decision: Decision | None = None
        self.notice = ""  # a key of UI, shown instead of errors

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        catalogue = self.host.catalogue
        facilities = [
            (f"{catalogue.facility(c).name} ({c})", c) for c in catalogue.facilities.codes()
        ]
        with Horizontal(id="bar"):
            yield Select(LANGUAGES, value=self.lang, allow_blank=False, id="lang")
            yield Select([(p.stem, str(p)) for p in self.cases], id="case")
            yield Button(id="load")
            yield Select(facilities, id="facility")
        with Horizontal(id="actions"):
            yield Input(id="on")
            yield Button(id="validate", variant="primary")
            yield Button(id="screen", variant="success")
        with Horizontal(id="main"):
            yield VerticalScroll(*self._widgets(self.root), id="form")
            with VerticalScroll(id="result"):
                yield Static(id="errors", markup=False)
                yield Static(id="outcome", markup=False)
                yield Static(id="explanation", markup=False)

    def on_mount(self) -> None:
        self._show()

    def _widgets(self, section: Section) -> list[Widget]:
        out: list[Widget] = []
        for f in section.fields:
            if isinstance(f, Section):
                out.append(Collapsible(*self._widgets(f), title=f.label, collapsed=False))
            elif f.kind == "json":
                area = TextArea(self.values[f.path] or "", id=widget_id(f.path))
                out.append(Collapsible(area, title=f"{f.label} (JSON)"))
            else:
                out.append(
                    Vertical(
                        Label(f.label + (" *" if f.required else ""), markup=False),
                        self._input(f),
                        classes="field",
                    )
                )
        return out

    def _input(self, f: Field) -> Widget:
        value = self.values[f.path]
        if f.kind in ("choice", "flag"):
            chosen: dict[str, Any] = {"value": value} if value is not None else {}
            return Select(f.choices, prompt="—", id=widget_id(f.path), tooltip=f.help, **chosen)
        return Input(value or "", id=widget_id(f.path), placeholder=f.name, tooltip=f.help)

    def _read(self) -> dict[FieldPath, str | None]:
        values: dict[FieldPath, str | None] = {}
        for path in self.values:
            widget = self.query_one(f"#{widget_id(path)}")
            if isinstance(widget, Select):
                values[path] = widget.value if isinstance(widget.value, str) else None
            elif isinstance(widget, TextArea):
                values[path] = widget.text
            elif isinstance(widget, Input):
                values[path] = widget.value
        return values

    async def _rebuild(self) -> None:
        """A new form in ``self.lang`` holding ``self.values``."""
        self.root = build_form(case_schema(self.lang), self.lang)
        form = self.query_one("#form", VerticalScroll)
        await form.remove_children()
        await form.mount_all(self._widgets(self.root))
        self._show()

    def _show(self) -> None:
        """Every text of the application in ``self.lang``."""
        words = UI[self.lang]
        self.query_one("#load", Button).label = words["load"]
        self.query_one("#validate", Button).label = words["validate"]
        self.query_one("#screen", Button).label = words["screen"]
        self.query_one("#case", Select).prompt = words["case"]
        self.query_one("#facility", Select).prompt = words["facility"]
        self.query_one("#on", Input).placeholder = words["on"]
        errors = words[self.notice] if self.notice else ""
        if self.errors:
            lines = [f"{e.path or '/'}: {e.message(self.lang)}" for e in self.errors]
            errors = "\n".join([words["errors"], *lines])
        elif self.errors is not None and not self.notice:
            errors = words["valid"]
        shown = self.query_one("#errors", Static)
        shown.update(errors)
        shown.set_class(self.errors == [] and not self.notice, "valid")
        outcome = explanation = ""
        if self.decision is not None:
            label = self.decision.to_dict(self.lang)["outcome"]["label"]
            outcome = f"{words['outcome']}: {label}"
            catalogue = self.host.catalogue
            name = catalogue.facility(self.decision.facility).name
            explanation = explain(self.decision, self.lang, name, catalogue=catalogue)
        self.query_one("#outcome", Static).update(outcome)
        self.query_one("#explanation", Static).update(explanation)

    # -- actions ------------------------------------------------------------------------
    async def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "lang" and event.value != self.lang:
            self.values = self._read()
            self.lang = str(event.value)
            await self._rebuild()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "load":
            await self.load_case()
        elif event.button.id == "validate":
            self.validate()
        elif event.button.id == "screen":
            self.screen_case()
        self._show()

    async def load_case(self) -> None:
        chosen = self.query_one("#case", Select).value
        if not isinstance(chosen, str):
            return
        raw = Path(chosen).read_bytes()
        self.errors, self.decision, self.notice = None, None, ""
        try:
            document = json.loads(raw)
        except ValueError:  # not JSON at all: the library says where
            self.errors = check_document(raw, "case-record", self.host.catalogue)[1]
            return
        document = document if isinstance(document, dict) else {}
        self.values = values_of(document, self.root)
        if document.get("facility") in self.host.catalogue.facilities:
            self.query_one("#facility", Select).value = document["facility"]
        await self._rebuild()

    def validate(self) -> Any:
        """The case record the form holds, or ``None`` with ``self.errors`` set."""
        self.decision, self.notice = None, ""
        document, errors = document_of(self._read(), self.root)
        case = None
        if not errors:
            case, errors = check_document(json.dumps(document), "case-record", self.host.catalogue)
        self.errors = errors
        return case

    def screen_case(self) -> None:
        case = self.validate()
        code = self.query_one("#facility", Select).value
        if case is None:
            return
        if not isinstance(code, str):
            self.notice = "no_facility"
            return
        try:
            on = self._reference_date()
            self.decision = screen(case, self.host.catalogue, on, [code])[0]
        except ValidationFailed as exc:  # no reference date, a bad one, a rule conflict
            self.errors = list(exc.errors)

    def _reference_date(self) -> dt.date | None:
        text = self.query_one("#on", Input).value.strip()
        try:
            return parse_date(text) if text else None
        except InvalidValue as exc:
            raise ValidationFailed([exc.detail("on")]) from None


def main() -> None:
    """``python -m kleinschalig_desktop [FOLDER]``: the cases of FOLDER (default: the
    examples) to load from."""
    import sys

    CaseForm(cases=Path(sys.argv[1]) if len(sys.argv) > 1 else CASES).run()
