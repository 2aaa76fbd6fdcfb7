"""What a plugin registered, written as a data file (``kleinschalig export-plugin NAME``).

The way from a Python plugin to the declarative form: load the plugin, take every
object it registered, and write each in the JSON form of its model, with texts
as ``{nl: …, en: …}`` pairs (English from the translations loaded) and document
sources as their citation. Reading the file back gives the same objects;
:func:`digests` is how that is checked.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

import yaml

from kleinschalig.catalogue import Catalogue, Registry
from kleinschalig.codec.converter import unstructure
from kleinschalig.i18n import translate
from kleinschalig.plugins.data.document import FORMAT_VERSION, SECTIONS, TEXT_FIELDS

__all__ = ["digests", "export_document", "export_yaml", "registered"]

#: Section name -> the catalogue registry it fills, in the order a data file lists them.
_REGISTRIES: Final = {
    "legal_titles": "titles",
    "partner_roles": "roles",
    "facilities": "facilities",
    "facts": "facts",
    "intervention_logic": "intervention_logics",
    "criteria": "criteria",
    "workflows": "workflows",
    "indicators": "indicators",
}


def registered(
    catalogue: Catalogue, owner: str | None = None, sections: Iterable[str] | None = None
) -> Iterator[tuple[str, str, Any]]:
    """``(section, key, object)`` of what ``owner`` registered (everything when ``None``),
    section by section (all, or only ``sections``), each in registration order."""
    wanted = set(SECTIONS if sections is None else sections)
    for section in (s for s in SECTIONS if s in wanted):
        registry: Registry[Any] = getattr(catalogue, _REGISTRIES[section])
        for key, item, by in registry.items():
            if owner is None or by == owner:
                yield section, key, item


def _pair(text: str) -> dict[str, str]:
    return {"nl": text, "en": translate(text, "en")}


def _source(value: dict[str, Any]) -> Any:
    if value.get("kind") != "document":
        return _texts(value)
    first, last = value["first_line"], value["last_line"]
    citation = f"{value['document']}:L{first}" + ("" if first == last else f"-{last}")
    explanation = value.get("explanation")
    if not explanation:
        return citation
    return {"cite": citation, "explanation": _pair(explanation)}


def _texts(value: Any) -> Any:
    if isinstance(value, list):
        return [_texts(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, inner in value.items():
        if key == "sources" and isinstance(inner, list):
            out[key] = [_source(s) if isinstance(s, dict) else s for s in inner]
        elif key in TEXT_FIELDS and isinstance(inner, str) and inner:
            out[key] = _pair(inner)
        else:
            out[key] = _texts(inner)
    return out


def export_document(
    catalogue: Catalogue, owner: str, sections: Iterable[str] | None = None
) -> dict[str, Any]:
    """The data document of everything ``owner`` registered (or of its ``sections``)."""
    document: dict[str, Any] = {"kleinschalig": FORMAT_VERSION}
    logics: list[dict[str, Any]] = []
    for section, key, item in registered(catalogue, owner, sections):
        data = _texts(unstructure(item))
        if section == "intervention_logic":
            # The same logic for several facilities is one object, so YAML writes it once.
            data = next((seen for seen in logics if seen == data), data)
            logics.append(data)
            document.setdefault(section, {})[key] = data
        else:
            document.setdefault(section, []).append(data)
    return document


class _Dumper(yaml.SafeDumper):
    """Block style, with short lists of plain values and text pairs on one line."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


def _short(items: list[Any] | dict[str, Any]) -> bool:
    values = items.values() if isinstance(items, dict) else items
    plain = all(isinstance(v, (str, int, float, bool)) or v is None for v in values)
    return plain and len(json.dumps(items, ensure_ascii=False)) <= 60


def _represent_list(dumper: _Dumper, data: list[Any]) -> Any:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=_short(data))


def _represent_dict(dumper: _Dumper, data: dict[str, Any]) -> Any:
    flow = _short(data) and "kleinschalig" not in data
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)


def export_yaml(
    catalogue: Catalogue, owner: str, header: str = "", sections: Iterable[str] | None = None
) -> str:
    """:func:`export_document` as YAML text, with ``header`` as a leading comment."""
    text = yaml.dump(
        export_document(catalogue, owner, sections),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=96,
    )
    # YAML's anchors for a shared block are id001, …: name them after the first key.
    names: dict[str, str] = {}
    for match in re.finditer(r"^  ([\w-]+): &(id\d+)$", text, flags=re.MULTILINE):
        names[match[2]] = f"logica-{match[1]}"
    for anchor, name in names.items():
        text = re.sub(rf"([&*]){anchor}\b", rf"\g<1>{name}", text)
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    return "\n".join([*lines, text]) if lines else text


def digests(catalogue: Catalogue, owner: str | None = None) -> dict[str, str]:
    """``section/key`` -> a digest of the object's JSON form and the English of its texts.

    Two catalogues that give the same digests registered the same objects with the
    same translations, whatever form (Python or data) the plugins took."""
    found: dict[str, str] = {}
    for section, key, item in registered(catalogue, owner):
        data = json.dumps(_texts(unstructure(item)), sort_keys=True, ensure_ascii=False)
        found[f"{section}/{key}"] = hashlib.sha256(data.encode("utf-8")).hexdigest()
    return found
