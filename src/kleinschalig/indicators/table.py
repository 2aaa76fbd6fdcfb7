"""A small table type for every analysis: records, CSV and JSON built in; pandas and
Parquet when those extras are installed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Table"]


def _missing_extra(package: str, exc: ImportError) -> ImportError:
    return ImportError(
        f"{package} is not installed; install the extra: pip install 'kleinschalig[analysis]'"
    )


@attrs.frozen(slots=True)
class Table:
    """Named columns and rows of plain values (text, numbers, booleans, ``None``).

    >>> t = Table(("id", "value"), (("a", 0.5), ("b", None)))
    >>> t.to_records()
    [{'id': 'a', 'value': 0.5}, {'id': 'b', 'value': None}]
    >>> print(t.to_csv(), end="")
    id,value
    a,0.5
    b,
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    @classmethod
    def from_records(cls, records: Sequence[dict[str, Any]], columns: Sequence[str]) -> Table:
        return cls(tuple(columns), tuple(tuple(r.get(c) for c in columns) for r in records))

    def select(self, *columns: str) -> Table:
        """The same rows with only ``columns``, in that order.

        >>> Table(("id", "value", "note"), (("a", 0.5, None),)).select("id", "value").rows
        (('a', 0.5),)
        """
        unknown = [c for c in columns if c not in self.columns]
        if unknown:
            raise KeyError(f"no such column: {', '.join(unknown)}")
        if len(set(columns)) != len(columns):
            raise ValueError("a column is selected twice")
        positions = [self.columns.index(c) for c in columns]
        return Table(columns, tuple(tuple(row[i] for i in positions) for row in self.rows))

    def to_records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(["" if v is None else v for v in row] for row in self.rows)
        return out.getvalue()

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_records(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """A fixed-width text table for terminals."""

        def show(value: Any) -> str:
            if value is None:
                return "—"
            if isinstance(value, float):
                return f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))
            return str(value)

        cells = [list(self.columns), *([show(v) for v in row] for row in self.rows)]
        widths = [max(len(r[i]) for r in cells) for i in range(len(self.columns))]
        lines = [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in cells
        ]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines) + "\n"

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` (needs the ``analysis`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise _missing_extra("pandas", exc) from exc
        return pd.DataFrame.from_records(list(self.rows), columns=list(self.columns))

    def to_parquet(self, path: str | Path) -> None:
        """Write a Parquet file (needs the ``analysis`` extra: pandas and pyarrow)."""
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise _missing_extra("pyarrow", exc) from exc
        self.to_pandas().to_parquet(path, index=False)
