"""The library's JSON Schemas as OpenAPI 3.1 components.

A JSON Schema of :func:`~kleinschalig.codec.schema.json_schema` keeps its parts
under ``$defs`` and points at them with ``#/$defs/…``; inside an OpenAPI document
those references resolve nowhere. :func:`openapi_components` moves every part to
``components/schemas`` under its own name, rewrites the references, and gives
every model a named root (``CaseRecord``; a union such as ``case-event`` becomes
``CaseEvent``), so a web framework's ``/docs`` shows the real models.

>>> components = openapi_components(["case-record"])
>>> components["CaseRecord"]["properties"]["sentence"]["anyOf"][0]
{'$ref': '#/components/schemas/SentenceFacts'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

__all__ = ["component_name", "openapi_components", "rewrite_refs"]

_PREFIX: Final = "#/components/schemas/"


def component_name(model_name: str) -> str:
    """``case-record`` → ``CaseRecord``; ``decision-localized`` → ``DecisionLocalized``."""
    return "".join(part.capitalize() for part in model_name.replace("_", "-").split("-"))


def rewrite_refs(node: Any, renamed: Mapping[str, str] | None = None) -> Any:
    """``node`` with every ``#/$defs/X`` reference pointing at ``components/schemas``
    (at ``renamed[X]`` where ``X`` had to be renamed)."""
    renamed = renamed or {}
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                part = value.removeprefix("#/$defs/")
                out[key] = _PREFIX + renamed.get(part, part)
            else:
                out[key] = rewrite_refs(value, renamed)
        return out
    if isinstance(node, list):
        return [rewrite_refs(item, renamed) for item in node]
    return node


def _merge(components: dict[str, Any], defs: Mapping[str, Any], owner: str) -> dict[str, str]:
    """Add ``defs`` to ``components``; a name already there with another schema (two
    classes of one name, such as the event and the indicator measure ``FeedbackSent``)
    is added as ``<owner><name>``. Returns the renames."""
    renamed: dict[str, str] = {}
    for part, schema in defs.items():
        if part in components and components[part] != rewrite_refs(schema):
            renamed[part] = f"{owner}{part}"
    for part, schema in defs.items():
        components.setdefault(renamed.get(part, part), rewrite_refs(schema, renamed))
    return renamed


def openapi_components(
    models: Iterable[str] | None = None,
    *,
    facts: dict[str, Any] | None = None,
    documents: Mapping[str, dict[str, Any]] | None = None,
    lang: str = "nl",
) -> dict[str, Any]:
    """``components/schemas`` for the named models (default: every public model).

    ``facts`` is the schema of a case record's ``facts`` (from the catalogue, see
    :func:`~kleinschalig.codec.fact_schema.facts_schema`). ``documents`` adds
    stand-alone schemas (such as the localized outputs) under their given names.
    Titles, descriptions and enum labels are in ``lang`` (``"nl"`` or ``"en"``).
    """
    from kleinschalig.codec.models import MODELS
    from kleinschalig.codec.schema import json_schema

    components: dict[str, Any] = {}
    for name in sorted(MODELS) if models is None else models:
        document = json_schema(
            MODELS[name], facts=facts if name == "case-record" else None, lang=lang
        )
        renamed = _merge(components, document["$defs"], component_name(name))
        root = {k: v for k, v in document.items() if k not in ("$schema", "$defs")}
        ref = root.get("$ref")
        if isinstance(ref, str) and len(root) <= 2:  # a class: its definition is the root
            target = ref.removeprefix("#/$defs/")
            target = renamed.get(target, target)
            checks = root.get("x-kleinschalig-checks")
            if checks is not None:
                components[target] = {**components[target], "x-kleinschalig-checks": checks}
            if component_name(name) != target:
                components[component_name(name)] = {"$ref": _PREFIX + target}
        else:
            components[component_name(name)] = rewrite_refs(root, renamed)
    for name, schema in (documents or {}).items():
        body = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}
        renamed = _merge(components, schema.get("$defs", {}), name)
        components[name] = rewrite_refs(body, renamed)
    return components
