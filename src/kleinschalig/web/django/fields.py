"""``CaseRecordField``: a ``JSONField`` that holds a :class:`~kleinschalig.CaseRecord`.

The database holds the record's JSON form (as :func:`~kleinschalig.dump_json` writes
it); the model attribute is the typed record. Validation is the library's:
``full_clean()`` (and a ``ModelForm``) refuses what ``kleinschalig validate`` refuses —
strict JSON within the limits, the structure, the references to the catalogue of
:func:`~kleinschalig.web.django.apps.get_host` and the replay of the event log — and
each error carries the library's code (``error.code``) and JSON Pointer
(``error.params["path"]``), never the value that was typed.

As with every Django field, ``save()`` does not validate: call ``full_clean()`` first,
or assign a :class:`~kleinschalig.CaseRecord`, which is valid by construction as to
its structure.
"""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.json import KeyTransform

from kleinschalig.errors import ErrorDetail, ValidationFailed
from kleinschalig.model.case import CaseRecord
from kleinschalig.web.django.language import active_language

__all__ = ["CaseRecordEncoder", "CaseRecordField", "CaseRecordFormField", "validation_error"]


def validation_error(errors: ValidationFailed | list[ErrorDetail]) -> ValidationError:
    """The library's errors as one Django ``ValidationError``: a message per error, in
    the active language and prefixed with its path, ``code`` the library's code and
    ``params["path"]`` its JSON Pointer."""
    details = list(errors.errors) if isinstance(errors, ValidationFailed) else list(errors)
    lang = active_language() or "nl"
    out = []
    for error in details:
        text = error.message(lang)
        if error.path:
            text = f"{error.path}: {text}"
        # Django fills in params with %: a literal % of a message must be doubled.
        out.append(
            ValidationError(text.replace("%", "%%"), code=error.code, params={"path": error.path})
        )
    return ValidationError(out)


class CaseRecordEncoder(json.JSONEncoder):
    """JSON for a :class:`~kleinschalig.CaseRecord`: its JSON form, as stored."""

    def default(self, o: Any) -> Any:
        if isinstance(o, CaseRecord):
            from kleinschalig.codec.converter import unstructure

            return unstructure(o, CaseRecord)
        return super().default(o)


def _record(value: Any) -> CaseRecord | None:
    """``value`` — a record, its JSON text or its parsed JSON form — as a record."""
    from kleinschalig.codec.converter import load_json, structure

    if value is None or isinstance(value, CaseRecord):
        return value
    try:
        if isinstance(value, (str, bytes, bytearray)):
            return load_json(bytes(value) if isinstance(value, bytearray) else value, CaseRecord)
        return structure(value, CaseRecord)
    except ValidationFailed as exc:
        raise validation_error(exc) from None


def check_record(record: CaseRecord) -> list[ErrorDetail]:
    """What the library refuses in ``record`` beyond its structure: the references to
    the app's catalogue and the replay of its event log."""
    from kleinschalig.codec.converter import dump_json
    from kleinschalig.validation import check_document
    from kleinschalig.web.django.apps import get_host

    return check_document(dump_json(record), "case-record", get_host().catalogue)[1]


class CaseRecordFormField(forms.JSONField):  # type: ignore[misc]  # Django is untyped here
    """The form field of a :class:`CaseRecordField`: JSON text in, a record out."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["encoder"] = CaseRecordEncoder
        kwargs.pop("decoder", None)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> CaseRecord | None:
        if self.disabled or isinstance(value, CaseRecord):
            return _record(value)
        if value in self.empty_values:
            return None
        return _record(value if isinstance(value, (str, bytes)) else json.dumps(value))


class CaseRecordField(models.JSONField):  # type: ignore[misc]  # Django is untyped here
    """A model field holding a :class:`~kleinschalig.CaseRecord` (see the module).

    >>> from kleinschalig.model.case import CaseRecord
    >>> field = CaseRecordField()
    >>> field.get_prep_value(CaseRecord("p-1", "c-1"))  # the JSON form, as dump_json writes
    {'subject_id': 'p-1', 'case_id': 'c-1'}
    >>> field.to_python({"subject_id": "p-1", "case_id": "c-1"})
    CaseRecord(subject_id='p-1', case_id='c-1', ...)
    """

    description = "A case record (kleinschalig), validated by the library"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["encoder"] = CaseRecordEncoder
        kwargs.pop("decoder", None)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple[Any, ...]:
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("encoder", None)  # always CaseRecordEncoder: not a migration's concern
        return name, path, args, kwargs

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        data = super().from_db_value(value, expression, connection)
        if data is None or isinstance(expression, KeyTransform):
            return data  # a key of the record (``values("case__subject_id")``) stays JSON
        from kleinschalig.codec.converter import structure

        return structure(data, CaseRecord)

    def to_python(self, value: Any) -> CaseRecord | None:
        return _record(value)

    def get_prep_value(self, value: Any) -> Any:
        if isinstance(value, CaseRecord):
            from kleinschalig.codec.converter import unstructure

            value = unstructure(value, CaseRecord)
        return super().get_prep_value(value)

    def validate(self, value: Any, model_instance: Any) -> None:
        super().validate(value, model_instance)
        if isinstance(value, CaseRecord):
            errors = check_record(value)
            if errors:
                raise validation_error(errors)

    def value_to_string(self, obj: Any) -> Any:
        """The JSON form, for ``dumpdata`` and the serializers."""
        from kleinschalig.codec.converter import unstructure

        value = self.value_from_object(obj)
        return unstructure(value, CaseRecord) if isinstance(value, CaseRecord) else value

    def formfield(self, **kwargs: Any) -> Any:
        return super().formfield(**{"form_class": CaseRecordFormField, **kwargs})
