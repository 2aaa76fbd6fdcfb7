"""The structure hook of the error-reporting pass: every problem at every level, at once.

cattrs' own detailed hooks stop at the first failing attrs validator, because
validators run inside ``__init__``. This hook structures each attribute, reports
unknown and missing keys, and then runs each attribute's validator separately, so
a document with five mistakes gets five errors.
"""

from __future__ import annotations

from typing import Any

import attrs
from cattrs import Converter
from cattrs.errors import AttributeValidationNote, ClassValidationError

from kleinschalig.codec.hooks import wrong_type
from kleinschalig.errors import InvalidValue


def attrs_hook_factory(converter: Converter) -> Any:
    def factory(cls: type) -> Any:
        attrs.resolve_types(cls)
        fields = attrs.fields(cls)
        names = {f.name for f in fields}

        def structure(data: Any, _t: Any) -> Any:
            if type(data) is not dict:
                raise wrong_type(dict)
            errors: list[Exception] = [
                InvalidValue("field.unknown", key) for key in sorted(set(data) - names)
            ]
            values: dict[str, Any] = {}
            failed: set[str] = set()
            for f in fields:
                if f.name not in data:
                    if f.default is attrs.NOTHING:
                        errors.append(InvalidValue("field.missing", f.name))
                    continue
                try:
                    values[f.name] = converter.get_structure_hook(f.type)(data[f.name], f.type)
                except Exception as exc:
                    exc.add_note(AttributeValidationNote(f"@ {f.name}", f.name, f.type))
                    errors.append(exc)
                    failed.add(f.name)
            probe = _unvalidated(cls, values, failed)
            for f in fields:
                if f.validator is None or f.name in failed:
                    continue
                try:
                    f.validator(probe, f, getattr(probe, f.name))
                except InvalidValue as exc:
                    if exc.field is None:
                        exc.field = f.name
                    errors.append(exc)
                except Exception:
                    pass
            if errors:
                raise ClassValidationError(f"invalid {cls.__name__}", errors, cls)
            return cls(**values)

        return structure

    return factory


def _unvalidated(cls: type, values: dict[str, Any], failed: set[str]) -> Any:
    """An instance with defaults filled in and no validators run, only for probing.

    Fields that failed to structure are ``None`` so cross-field checks skip them.
    """
    probe: Any = object.__new__(cls)
    for f in attrs.fields(cls):
        if f.name in failed:
            value = None
        elif f.name in values:
            value = values[f.name]
        elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            value = f.default.factory()
        else:
            value = f.default
        object.__setattr__(probe, f.name, value)
    return probe
