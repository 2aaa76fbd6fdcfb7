"""Reading a cohort from JSON Lines, one case record per line, streaming.

An invalid line is not dropped silently: it is counted, with its line number
and the error codes and paths (never the values), and reading goes on. Lines are
split on ``\\n`` only and read as bytes, so a carriage return inside a line or a
byte that is not UTF-8 (``json.encoding``) concerns that line alone.

A case id read before is a duplicate: the first record is kept, every later one
is counted in :attr:`JsonlReader.duplicates` (with its line and the line of the
first) and not read, so nothing is silently doubled or dropped.

>>> import io
>>> reader = JsonlReader(io.BytesIO(
...     b'{"subject_id": "fictief-1", "case_id": "c-1"}\\n'
...     b'{"subject_id": "fictief-2"}\\n'
...     b'\\n'
...     b'{"subject_id": "fictief-1", "case_id": "c-1"}\\n'
... ))
>>> [case.case_id for case in reader]
['c-1']
>>> reader.lines, [(e.line, e.errors[0].code, e.errors[0].path) for e in reader.invalid]
(3, [(2, 'field.missing', '/case_id')])
>>> reader.totals()
{'read': 3, 'valid': 1, 'invalid': 1, 'duplicates': 1}
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from kleinschalig.codec.converter import load_json
from kleinschalig.codec.strict import DEFAULT_LIMITS, Limits
from kleinschalig.errors import ErrorDetail, ValidationFailed
from kleinschalig.model.case import CaseRecord

__all__ = ["DuplicateLine", "InvalidLine", "JsonlReader"]


@attrs.frozen(slots=True)
class InvalidLine:
    line: int
    errors: tuple[ErrorDetail, ...]


@attrs.frozen(slots=True)
class DuplicateLine:
    """A valid record whose case id was read before, on ``first_line``: not counted again."""

    line: int
    first_line: int


def _lines(stream: IO[str] | IO[bytes]) -> Iterator[bytes | str]:
    """The lines of ``stream``, split on ``\\n`` only (never on a lone ``\\r``)."""
    pending: Any = None
    while True:
        chunk: Any = stream.read(1 << 20)
        if not chunk:
            break
        parts: list[Any] = chunk.split("\n" if isinstance(chunk, str) else b"\n")
        if pending is not None:
            parts[0] = pending + parts[0]
        pending = parts.pop()
        yield from parts
    if pending:
        yield pending


class JsonlReader:
    """Iterate the valid case records of a JSON Lines stream; keep track of the rest.

    ``progress`` is called every ``every`` lines with the number of lines read;
    ``limits`` apply to each line as to one document.
    ``lines`` counts the non-blank lines read, ``valid`` the records yielded.
    """

    def __init__(
        self,
        stream: IO[str] | IO[bytes],
        *,
        progress: Callable[[int], None] | None = None,
        every: int = 10_000,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self._stream = stream
        self._limits = limits
        self._progress = progress
        self._every = every
        self.lines = 0
        self.valid = 0
        self.invalid: list[InvalidLine] = []
        self.duplicates: list[DuplicateLine] = []
        self._seen: dict[str, int] = {}

    def totals(self) -> dict[str, int]:
        """Lines read, valid records, invalid lines and duplicates (these add up)."""
        return {
            "read": self.lines,
            "valid": self.valid,
            "invalid": len(self.invalid),
            "duplicates": len(self.duplicates),
        }

    def __iter__(self) -> Iterator[CaseRecord]:
        for number, raw in enumerate(_lines(self._stream), start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf" if isinstance(raw, bytes) else "\ufeff")  # type: ignore[arg-type]
            if not raw or raw.isspace():
                continue
            self.lines += 1
            if self._progress is not None and self.lines % self._every == 0:
                self._progress(self.lines)
            try:
                text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                case = load_json(text, CaseRecord, limits=self._limits)
            except UnicodeDecodeError:
                self.invalid.append(InvalidLine(number, (ErrorDetail(code="json.encoding"),)))
                continue
            except ValidationFailed as exc:
                self.invalid.append(InvalidLine(number, tuple(exc.errors)))
                continue
            first = self._seen.setdefault(case.case_id, number)
            if first != number:
                self.duplicates.append(DuplicateLine(number, first))
                continue
            self.valid += 1
            yield case
