"""One check of a document for every front end: what ``screen`` and ``timeline`` would refuse.

``kleinschalig validate``, the web integrations and a script all call
:func:`check_document`, so they accept exactly the same documents: structure and
constraints (strict JSON within the limits), the references to the catalogue and,
for a case record, the replay of its event log (an event that could not have
happened, such as a step taken without the consent it needs).
"""

from __future__ import annotations

from typing import Any

from kleinschalig.catalogue import Catalogue
from kleinschalig.codec.strict import DEFAULT_LIMITS, Limits
from kleinschalig.errors import ErrorDetail, InvalidValue, ValidationFailed

__all__ = ["check_document", "load_checked"]


def check_document(
    text: str | bytes,
    model_name: str,
    catalogue: Catalogue,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Any, list[ErrorDetail]]:
    """``(document, [])`` for a valid document of model ``model_name``; ``(None, errors)``
    with every error found otherwise (an unknown model name is ``model.unknown``)."""
    from kleinschalig.codec.converter import load_json
    from kleinschalig.codec.models import MODELS
    from kleinschalig.model.case import CaseRecord
    from kleinschalig.model.facilities import Facility

    if model_name not in MODELS:
        allowed = ", ".join(MODELS)
        return None, [InvalidValue("model.unknown", name=model_name, allowed=allowed).detail()]
    try:
        document: Any = load_json(text, MODELS[model_name], limits=limits)
    except ValidationFailed as exc:
        return None, list(exc.errors)
    errors: list[ErrorDetail] = []
    if isinstance(document, CaseRecord):
        from kleinschalig.workflows import replay_all

        errors = catalogue.check_case(document)
        if not errors:
            try:
                replay_all(document, catalogue)
            except ValidationFailed as exc:
                errors = list(exc.errors)
    elif isinstance(document, Facility):
        errors = catalogue.check_facility(document)
    return (None, errors) if errors else (document, [])


def load_checked(
    text: str | bytes, model_name: str, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS
) -> Any:
    """The document, or :class:`~kleinschalig.errors.ValidationFailed` with every error."""
    document, errors = check_document(text, model_name, catalogue, limits)
    if errors:
        raise ValidationFailed(errors)
    return document
