"""Reading a cohort from JSON Lines, one case record per line, streaming.

An invalid line is not dropped silently: it is counted, with its line number
and the error codes and paths (never the values), and reading goes on.

>>> import io
>>> reader = JsonlReader(io.StringIO(
...     '{"subject_id": "fictief-1", "case_id": "c-1"}\\n'
...     '{"subject_id": "fictief-2"}\\n'
...     '\\n'
... ))
>>> [case.case_id for case in reader]
['c-1']
>>> reader.lines, [(e.line, e.errors[0].code, e.errors[0].path) for e in reader.invalid]
(2, [(2, 'field.missing', '/case_id')])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO

import attrs

from kleinschalig.codec.converter import load_json
from kleinschalig.errors import ErrorDetail, ValidationFailed
from kleinschalig.model.case import CaseRecord

__all__ = ["InvalidLine", "JsonlReader"]


@attrs.frozen(slots=True)
class InvalidLine:
    line: int
    errors: tuple[ErrorDetail, ...]


class JsonlReader:
    """Iterate the valid case records of a JSON Lines stream; keep track of the rest.

    ``progress`` is called every ``every`` lines with the number of lines read.
    """

    def __init__(
        self,
        stream: IO[str] | IO[bytes],
        *,
        progress: Callable[[int], None] | None = None,
        every: int = 10_000,
    ) -> None:
        self._stream = stream
        self._progress = progress
        self._every = every
        self.lines = 0
        self.invalid: list[InvalidLine] = []

    def __iter__(self) -> Iterator[CaseRecord]:
        lines: Iterable[str | bytes] = self._stream
        for number, raw in enumerate(lines, start=1):
            if not raw or raw.isspace():
                continue
            self.lines += 1
            if self._progress is not None and self.lines % self._every == 0:
                self._progress(self.lines)
            try:
                yield load_json(raw, CaseRecord)
            except ValidationFailed as exc:
                self.invalid.append(InvalidLine(number, tuple(exc.errors)))
