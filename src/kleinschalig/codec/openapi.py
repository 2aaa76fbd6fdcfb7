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


def rewrite_refs(node: Any) -> Any:
    """``node`` with every ``#/$defs/X`` reference pointing at ``components/schemas``."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                out[key] = _PREFIX + value.removeprefix("#/$defs/")
            else:
                out[key] = rewrite_refs(value)
        return out
    if isinstance(node, list):
        return [rewrite_refs(item) for item in node]
    return node


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
        for part, schema in document["$defs"].items():
            components.setdefault(part, rewrite_refs(schema))
        root = {k: v for k, v in document.items() if k not in ("$schema", "$defs")}
        ref = root.get("$ref")
        if isinstance(ref, str) and len(root) <= 2:  # a class: its definition is the root
            target = ref.removeprefix("#/$defs/")
            checks = root.get("x-kleinschalig-checks")
            if checks is not None:
                components[target] = {**components[target], "x-kleinschalig-checks": checks}
            if component_name(name) != target:
                components[component_name(name)] = {"$ref": _PREFIX + target}
        else:
            components[component_name(name)] = rewrite_refs(root)
    for name, schema in (documents or {}).items():
        body = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}
        for part, sub in schema.get("$defs", {}).items():
            components.setdefault(part, rewrite_refs(sub))
        components[name] = rewrite_refs(body)
    return components
