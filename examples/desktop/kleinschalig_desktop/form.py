"""A form generated from the case-record JSON Schema, without any toolkit.

The schema decides everything: which fields there are, their labels (``title``
when the schema has one, otherwise the property name), their choices (``enum``,
or ``oneOf`` of ``const`` with a ``title`` each) and which fields form a section
(a nested record). Values travel as the text a form shows; turning them back into
a JSON document checks nothing itself: the library validates the document.

>>> root = build_form(case_schema("nl"))
>>> [f.name for f in root.fields][:3]
['subject_id', 'case_id', 'jurisdiction']
>>> values = values_of({"subject_id": "p-1", "case_id": "c-1", "intake": {"motivated": True}}, root)
>>> values[("intake", "motivated")], values[("intake", "languages")]
('true', '')
>>> document_of(values, root)
({'subject_id': 'p-1', 'case_id': 'c-1', 'intake': {'motivated': True}}, [])
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kleinschalig.codec.schema import json_schema
from kleinschalig.errors import ErrorDetail
from kleinschalig.model import CaseRecord

__all__ = ["Field", "FieldPath", "Section", "build_form", "case_schema", "document_of", "values_of"]

FieldPath = tuple[str, ...]

#: How a field is shown: ``text`` (also dates and durations), ``number``, ``integer``,
#: ``choice`` (a list of values), ``flag`` (yes, no or not known), ``words`` (a list of
#: strings, comma-separated) and ``json`` (anything else, as JSON text).
KINDS = ("text", "number", "integer", "choice", "flag", "words", "json")
FLAG_LABELS = {"nl": ("ja", "nee"), "en": ("yes", "no")}


@dataclass(frozen=True)
class Field:
    path: FieldPath
    kind: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()  # (label, value)
    required: bool = False
    help: str | None = None  # the schema's description

    @property
    def name(self) -> str:
        return self.path[-1]


@dataclass(frozen=True)
class Section:
    path: FieldPath
    label: str
    fields: tuple[Field | Section, ...]

    @property
    def name(self) -> str:
        return self.path[-1] if self.path else ""


def case_schema(lang: str) -> dict[str, Any]:
    """The case-record schema, with titles in ``lang`` where the library writes them."""
    try:
        return json_schema(CaseRecord, lang=lang)
    except TypeError:  # a library whose schema has no titles yet
        return json_schema(CaseRecord)


def build_form(schema: dict[str, Any], lang: str = "nl") -> Section:
    """The form of the schema's root record."""
    defs = schema.get("$defs", {})
    return _section((), "", _resolve(schema, defs), defs, lang)


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _title(node: dict[str, Any], lang: str, key: str = "title") -> str | None:
    title = node.get(key)
    if isinstance(title, dict):  # {"nl": ..., "en": ...}
        title = title.get(lang) or title.get("nl")
    return title if isinstance(title, str) and title else None


def _not_null(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The one alternative of ``anyOf: [X, null]``, resolved."""
    options = [o for o in node.get("anyOf", [node]) if o.get("type") != "null"]
    return _resolve(options[0], defs) if len(options) == 1 else node


def _choices(node: dict[str, Any], lang: str) -> tuple[tuple[str, str], ...] | None:
    if "enum" in node:
        return tuple((str(v), str(v)) for v in node["enum"] if v is not None)
    options = [o for o in node.get("oneOf", []) if o.get("type") != "null"]
    if options and all("const" in o for o in options):
        return tuple((_title(o, lang) or str(o["const"]), str(o["const"])) for o in options)
    return None


def _section(
    path: FieldPath, label: str, node: dict[str, Any], defs: dict[str, Any], lang: str
) -> Section:
    required = set(node.get("required", ()))
    fields: list[Field | Section] = []
    for name, prop in node["properties"].items():
        inner = _not_null(prop, defs)
        sub = (*path, name)
        text = _title(prop, lang) or _title(inner, lang) or name
        if inner.get("type") == "object" and "properties" in inner:
            fields.append(_section(sub, text, inner, defs, lang))
            continue
        kind, choices = _kind(inner, lang)
        hint = _title(prop, lang, "description") or _title(inner, lang, "description")
        fields.append(Field(sub, kind, text, choices, name in required, hint))
    return Section(path, label, tuple(fields))


def _kind(node: dict[str, Any], lang: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    choices = _choices(node, lang)
    if choices is not None:
        return "choice", choices
    kind = node.get("type")
    if kind == "boolean":
        yes, no = FLAG_LABELS.get(lang, FLAG_LABELS["nl"])
        return "flag", ((yes, "true"), (no, "false"))
    if kind in ("string", "number", "integer"):
        return ("text" if kind == "string" else kind), ()
    if kind == "array" and node.get("items", {}).get("type") == "string":
        return "words", ()
    return "json", ()


def _fields(section: Section) -> list[Field]:
    out: list[Field] = []
    for f in section.fields:
        out.extend(_fields(f) if isinstance(f, Section) else [f])
    return out


def values_of(document: dict[str, Any], root: Section) -> dict[FieldPath, str | None]:
    """What the form shows for ``document``: text, or ``None`` for an empty choice."""
    values: dict[FieldPath, str | None] = {}
    for field in _fields(root):
        value: Any = document
        for part in field.path:
            value = value.get(part) if isinstance(value, dict) else None
        values[field.path] = _show(field, value)
    return values


def _show(field: Field, value: Any) -> str | None:
    if value is None:
        return None if field.kind in ("choice", "flag") else ""
    if field.kind == "flag":
        return "true" if value is True else "false" if value is False else None
    if field.kind == "words" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if field.kind == "json" or isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return str(value)


def document_of(
    values: dict[FieldPath, str | None], root: Section
) -> tuple[dict[str, Any], list[ErrorDetail]]:
    """The JSON document the form holds; an empty field (or section) is left out.

    Only JSON text that does not parse is an error here (``json.syntax`` at the
    field's path); every other check is the library's, on the whole document.
    """
    errors: list[ErrorDetail] = []
    return _build(root, values, errors), errors


def _build(
    section: Section, values: dict[FieldPath, str | None], errors: list[ErrorDetail]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in section.fields:
        if isinstance(f, Section):
            if nested := _build(f, values, errors):
                out[f.name] = nested
            continue
        text = values.get(f.path)
        if text is None or text.strip() == "":
            continue
        try:
            out[f.name] = _parse(f, text.strip())
        except json.JSONDecodeError as exc:
            path = "/" + "/".join(f.path)
            errors.append(
                ErrorDetail(
                    "json.syntax", path, {"line": str(exc.lineno), "column": str(exc.colno)}
                )
            )
    return out


def _parse(field: Field, text: str) -> Any:
    """The JSON value of ``text``; a number that does not parse stays text, so that the
    library reports it (with its path and message) like any other wrong value."""
    if field.kind == "flag":
        return text == "true"
    if field.kind == "words":
        return [w.strip() for w in text.split(",") if w.strip()]
    if field.kind == "json":
        return json.loads(text)
    if field.kind in ("number", "integer"):
        for parse in (int, float):
            try:
                return parse(text)
            except ValueError:
                pass
    return text
