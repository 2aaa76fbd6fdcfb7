"""A facility described in data: one YAML file, read into the same models a Python plugin builds.

The file holds the format version and one section per kind of object, each item
in the JSON form of its model (see ``kleinschalig schema plugin``)::

    kleinschalig: 1
    facilities: [...]
    facts: [...]
    criteria: [...]
    workflows: [...]
    intervention_logic: {kv-zwolle: {...}}
    indicators: [...]

A source may be written as its citation, ``"001:L2023-2026"``, or as
``{cite: "001:L2023-2026", explanation: {nl: …, en: …}}``; the long JSON form
(``kind: document`` …) is accepted too.

A text a reader sees (a ``label``, ``description``, ``note``, ``explanation``,
``responsibilities`` or ``reason``) is written as ``{nl: …, en: …}``: Dutch is the
source, English its translation, and no ``.po`` file is needed. Every problem is
reported with the file, the line and the JSON Pointer of the value
(``kv-zwolle.yaml:142 /criteria/3/versions/0/sources``), the allowed keys or
values and the nearest one where a key or value is misspelt.
"""

from __future__ import annotations

import types
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Union, get_args, get_origin

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed, join_pointer
from kleinschalig.i18n import has_translation
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.facilities import Facility
from kleinschalig.model.fact_definitions import FactDefinition
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.roles import PartnerRole
from kleinschalig.model.titles import LegalTitle
from kleinschalig.model.workflows import Workflow

if TYPE_CHECKING:
    from kleinschalig.plugins.data._yaml import Located

__all__ = [
    "FORMAT_VERSION",
    "SECTIONS",
    "TEXT_FIELDS",
    "DataDocument",
    "LocatedError",
    "read_document",
]

#: The version of the file format this library reads (``kleinschalig: 1``).
FORMAT_VERSION: Final = 1
#: Section name -> (registered kind, model). ``intervention_logic`` maps facility codes.
SECTIONS: Final[dict[str, tuple[str, type]]] = {
    "legal_titles": ("legal_title", LegalTitle),
    "partner_roles": ("partner_role", PartnerRole),
    "facilities": ("facility", Facility),
    "facts": ("fact", FactDefinition),
    "intervention_logic": ("intervention_logic", InterventionLogic),
    "criteria": ("criterion", Criterion),
    "workflows": ("workflow", Workflow),
    "indicators": ("indicator", Indicator),
}
#: Fields holding a Dutch text a reader sees; written ``{nl: …, en: …}`` in a data file.
TEXT_FIELDS: Final = frozenset(
    {"label", "description", "note", "explanation", "responsibilities", "reason"}
)
_TOP: Final = ("kleinschalig", *SECTIONS)


@attrs.frozen(slots=True)
class LocatedError:
    """One problem in a data file: the file, its line, and the error with its full path."""

    file: str
    line: int
    error: ErrorDetail

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    def text(self, lang: str = "nl") -> str:
        return f"{self.location} {self.error.path or '/'}: {self.error.message(lang)}"


@attrs.frozen(slots=True)
class DataDocument:
    """What a data file registers, by kind, with the pointer of each object."""

    file: str
    objects: tuple[tuple[str, str, Any, str], ...]
    """``(kind, key, object, pointer)`` in file order."""
    messages: Mapping[str, str]
    """Dutch text -> English, from the ``{nl: …, en: …}`` pairs."""
    lines: Mapping[str, int] = attrs.field(factory=dict, repr=False)

    def of(self, kind: str) -> list[tuple[str, Any]]:
        return [(key, item) for k, key, item, _p in self.objects if k == kind]

    def locate(self, kind: str, key: str) -> str | None:
        """``file:line /pointer`` of the object ``kind:key``, if this file defines it."""
        for k, found, _item, pointer in self.objects:
            if k == kind and found == key:
                line = _line(self.lines, pointer)
                return f"{self.file}:{line} {pointer}"
        return None


def _line(lines: Mapping[str, int], pointer: str) -> int:
    while pointer not in lines and pointer:
        pointer = pointer.rsplit("/", 1)[0]
    return lines.get(pointer, 1)


def _nearest(value: str, allowed: list[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
    return found[0] if found else None


class _Reader:
    def __init__(self, file: str, located: Located) -> None:
        self.file = file
        self.located = located
        self.errors: list[LocatedError] = []
        self.messages: dict[str, str] = {}

    def fail(self, detail: ErrorDetail) -> None:
        self.errors.append(LocatedError(self.file, self.located.line_of(detail.path), detail))

    # Texts ------------------------------------------------------------------------------

    def collect_texts(self, value: Any, path: tuple[str | int, ...]) -> None:
        """Record every ``{nl, en}`` pair (a first pass, so a plain Dutch text may repeat one)."""
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in TEXT_FIELDS and isinstance(inner, dict):
                    nl, en = inner.get("nl"), inner.get("en")
                    if isinstance(nl, str) and isinstance(en, str) and nl and en:
                        self.messages.setdefault(nl, en)
                else:
                    self.collect_texts(inner, (*path, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                self.collect_texts(inner, (*path, index))

    def citation(self, value: Any, path: tuple[str | int, ...]) -> Any:
        """A source written as its citation (or ``{cite, explanation}``) in its JSON form."""
        from kleinschalig.model.sources import DocumentSource

        text, explanation = value, ""
        if isinstance(value, dict) and "cite" in value:
            unknown = sorted(set(value) - {"cite", "explanation"})
            for key in unknown:
                self.fail(_unknown_key(key, ["cite", "explanation"]).detail(*path, key))
            text = value["cite"]
            explanation = self.texts({"explanation": value.get("explanation", "")}, path)[
                "explanation"
            ]
        elif not isinstance(value, str):
            return self.texts(value, path)
        if not isinstance(text, str):
            self.fail(InvalidValue("type.invalid", expected="tekst").detail(*path, "cite"))
            return None
        try:
            source = DocumentSource.parse(text, explanation or "")
        except InvalidValue as exc:
            self.fail(exc.detail(*path))
            return None
        found: dict[str, Any] = {
            "kind": "document",
            "document": source.document,
            "first_line": source.first_line,
            "last_line": source.last_line,
        }
        if source.explanation:
            found["explanation"] = source.explanation
        return found

    def texts(self, value: Any, path: tuple[str | int, ...]) -> Any:
        """``value`` with each ``{nl, en}`` pair replaced by its Dutch text."""
        if isinstance(value, list):
            return [self.texts(inner, (*path, i)) for i, inner in enumerate(value)]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, inner in value.items():
            where = (*path, key)
            if key == "sources" and isinstance(inner, list):
                out[key] = [self.citation(s, (*where, i)) for i, s in enumerate(inner)]
            elif key not in TEXT_FIELDS:
                out[key] = self.texts(inner, where)
            elif isinstance(inner, dict):
                nl, en = inner.get("nl"), inner.get("en")
                if set(inner) != {"nl", "en"} or not all(
                    isinstance(t, str) and t for t in (nl, en)
                ):
                    self.fail(InvalidValue("text.pair").detail(*where))
                    out[key] = nl if isinstance(nl, str) else ""
                else:
                    if isinstance(nl, str) and self.messages.get(nl, en) != en:
                        earlier = self.messages[nl]
                        self.fail(
                            InvalidValue("text.inconsistent", other=earlier).detail(*where, "en")
                        )
                    out[key] = nl
            elif isinstance(inner, str) and inner:
                if inner not in self.messages and not has_translation(inner, "en"):
                    self.fail(InvalidValue("text.untranslated").detail(*where))
                out[key] = inner
            else:
                out[key] = inner
        return out

    # Objects ----------------------------------------------------------------------------

    def item(self, kind: str, model: type, data: Any, path: tuple[str | int, ...]) -> Any:
        # Imported here: a file served from the cache needs neither cattrs nor YAML.
        from kleinschalig.codec.converter import structure

        try:
            return structure(self.texts(data, path), model)
        except ValidationFailed as failure:
            explained = [_explained(e.under(*path), model, data, path) for e in failure.errors]
            # A misspelt key also leaves its field missing: report the misspelling only.
            meant = {
                e.path.rsplit("/", 1)[0] + "/" + e.params["nearest"]
                for e in explained
                if e.code == "field.unknown_nearest"
            }
            for error in explained:
                if not (error.code == "field.missing" and error.path in meant):
                    self.fail(error)
            return None

    def read(self) -> list[tuple[str, str, Any, str]]:
        document = self.located.value
        if not isinstance(document, dict):
            self.fail(InvalidValue("type.invalid", expected="een object").detail())
            return []
        if document.get("kleinschalig") != FORMAT_VERSION:
            self.fail(InvalidValue("plugin.format", version=str(FORMAT_VERSION)).detail())
        for key in document:
            if key not in _TOP:
                self.fail(_unknown_key(key, list(_TOP)).detail(key))
        self.collect_texts(document, ())
        objects: list[tuple[str, str, Any, str]] = []
        seen: set[tuple[str, str]] = set()
        for section, (kind, model) in SECTIONS.items():
            if section not in document:
                continue
            items = document[section]
            if section == "intervention_logic":
                if not isinstance(items, dict):
                    self.fail(InvalidValue("type.invalid", expected="een object").detail(section))
                    continue
                pairs: Iterator[tuple[str | int, Any]] = iter(items.items())
            elif not isinstance(items, list):
                self.fail(InvalidValue("type.invalid", expected="een lijst").detail(section))
                continue
            else:
                pairs = enumerate(items)
            for index, data in pairs:
                found = self.item(kind, model, data, (section, index))
                if found is None:
                    continue
                key = str(index) if section == "intervention_logic" else _key(found)
                if (kind, key) in seen:
                    names = {f.name for f in attrs.fields(type(found))}
                    field = "code" if "code" in names else "id"
                    self.fail(
                        InvalidValue("value.duplicate", key=field).detail(section, index, field)
                    )
                    continue
                seen.add((kind, key))
                objects.append((kind, key, found, join_pointer(section, index)))
        return objects


def _key(item: Any) -> str:
    for name in ("code", "id"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    return "?"


def _unknown_key(key: str, allowed: list[str]) -> InvalidValue:
    nearest = _nearest(key, allowed)
    if nearest is None:
        return InvalidValue("field.unknown")
    return InvalidValue("field.unknown_nearest", nearest=nearest, allowed=", ".join(allowed))


# Suggestions: which keys or values were allowed where the file has a misspelt one --------


def _members(tp: Any) -> list[Any]:
    if get_origin(tp) in (Union, types.UnionType):
        return [a for a in get_args(tp) if a is not type(None)]
    return [tp]


def _model_at(model: Any, data: Any, parts: list[str]) -> Any:
    """The attrs class that ``parts`` (below ``model``'s JSON form ``data``) lands in."""
    from kleinschalig.codec.hooks import _SOURCE_CLASSES
    from kleinschalig.model.conditions import CONDITION_CLASSES, Condition
    from kleinschalig.model.events import EVENT_CLASSES, CaseEvent
    from kleinschalig.model.indicators import MEASURE_CLASSES, Measure
    from kleinschalig.model.sources import Source

    tagged: dict[Any, tuple[str, Mapping[str, type]]] = {
        Condition: ("op", CONDITION_CLASSES),
        CaseEvent: ("type", EVENT_CLASSES),
        Measure: ("kind", MEASURE_CLASSES),
        Source: ("kind", _SOURCE_CLASSES),
    }

    def resolve(tp: Any, value: Any) -> Any:
        if tp in tagged:
            tag, classes = tagged[tp]
            found = value.get(tag) if isinstance(value, dict) else None
            return classes.get(found) if isinstance(found, str) else None
        for member in _members(tp):
            if attrs.has(member):
                return member
            if get_origin(member) is tuple:
                return member
        return None

    current: Any = model
    value = data
    for part in parts:
        if current is None:
            return None
        if get_origin(current) is tuple:
            if not isinstance(value, list) or not part.isdigit() or int(part) >= len(value):
                return None
            value = value[int(part)]
            current = resolve(get_args(current)[0], value)
            continue
        if not attrs.has(current):
            return None
        fields = {f.name: f.type for f in attrs.fields(attrs.resolve_types(current))}
        if part not in fields or not isinstance(value, dict):
            return None
        value = value.get(part)
        current = resolve(fields[part], value)
    return current


def _value_at(data: Any, parts: list[str]) -> Any:
    for part in parts:
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def _explained(
    error: ErrorDetail, model: type, data: Any, path: tuple[str | int, ...]
) -> ErrorDetail:
    """``error`` with the nearest allowed key or value, where one is close to what was written."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in error.path.split("/")[1:]]
    below = parts[len(path) :]
    if error.code == "field.unknown" and below:
        owner = _model_at(model, data, below[:-1])
        if owner is not None and attrs.has(owner):
            allowed = [f.name for f in attrs.fields(owner)]
            nearest = _nearest(below[-1], allowed)
            if nearest is not None:
                return ErrorDetail(
                    "field.unknown_nearest",
                    error.path,
                    {"nearest": nearest, "allowed": ", ".join(allowed)},
                )
    if error.code == "value.not_allowed" and "allowed" in error.params:
        written = _value_at(data, below)
        allowed = [a.strip() for a in error.params["allowed"].split(",")]
        nearest = _nearest(written, allowed) if isinstance(written, str) else None
        if nearest is not None:
            return ErrorDetail(
                "value.not_allowed_nearest",
                error.path,
                {"nearest": nearest, "allowed": ", ".join(allowed)},
            )
    return error


def read_document(
    path: Path, display: str | None = None
) -> tuple[DataDocument, list[LocatedError]]:
    """Read a data file: the objects it defines, and every problem with file and line.

    A file read before without errors comes from the cache
    (:mod:`kleinschalig.plugins.data.cache`), keyed by
    its content, so it is never stale."""
    from kleinschalig.plugins.data import cache

    name = display or path.name
    try:
        content = path.read_bytes()
        text = content.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        problem = LocatedError(name, 1, ErrorDetail("file.unreadable"))
        return DataDocument(name, (), {}), [problem]
    cached = cache.load(name, content, FORMAT_VERSION)
    if isinstance(cached, DataDocument) and cached.file == name:
        return cached, []
    from kleinschalig.plugins.data._yaml import read_yaml

    located, problems = read_yaml(text)
    errors = [
        LocatedError(name, p.line, ErrorDetail(p.code, p.pointer, dict(p.params))) for p in problems
    ]
    if located is None or errors:
        return DataDocument(name, (), {}), errors
    reader = _Reader(name, located)
    objects = reader.read()
    document = DataDocument(name, tuple(objects), dict(reader.messages), dict(located.lines))
    if not reader.errors:
        cache.store(name, content, FORMAT_VERSION, document)
    return document, reader.errors
