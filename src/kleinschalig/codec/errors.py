"""Turn cattrs' exception groups into :class:`~kleinschalig.errors.ErrorDetail` lists."""

from __future__ import annotations

from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from kleinschalig.codec.hooks import wrong_type
from kleinschalig.errors import ErrorDetail, InvalidValue, join_pointer


def _leaf(exc: BaseException, path: tuple[str | int, ...]) -> list[ErrorDetail]:
    if isinstance(exc, InvalidValue):
        return [exc.detail(*path)]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            ErrorDetail(code="field.unknown", path=join_pointer(*path, key))
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, KeyError):
        return [ErrorDetail(code="field.missing", path=join_pointer(*path))]
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        return details(exc, path)
    # A mapping was expected where something else was given (cattrs raises
    # TypeError/AttributeError while reading it as a dict).
    return [wrong_type(dict).detail(*path)]


def details(exc: BaseException, path: tuple[str | int, ...] = ()) -> list[ErrorDetail]:
    """Every problem in ``exc``, each with the JSON Pointer of the field it concerns."""
    if not isinstance(exc, (ClassValidationError, IterableValidationError)):
        return _leaf(exc, path)
    found: list[ErrorDetail] = []
    for sub in exc.exceptions:
        note = next(
            (
                n
                for n in getattr(sub, "__notes__", ())
                if isinstance(n, (AttributeValidationNote, IterableValidationNote))
            ),
            None,
        )
        if isinstance(note, AttributeValidationNote):
            found.extend(_leaf(sub, (*path, note.name)))
        elif isinstance(note, IterableValidationNote):
            found.extend(_leaf(sub, (*path, note.index)))
        else:
            found.extend(_leaf(sub, path))
    return found
