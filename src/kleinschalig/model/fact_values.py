"""The values of declared facts in one case record: one typed place, written as one JSON object.

JSON form — a fact id to its value; a fact recorded per measurement moment or per
facility maps each moment (``t0``, ``interim``, ``t1``, ``t2``) or facility code
to its value::

    "facts": {
      "kv-krimpen.buddy": true,
      "core.daytime_activity": {"t1": "work"},
      "kvjj.travel_minutes": {"kvjj-venlo": 45, "kvjj-groningen": 150}
    }

Values are ``true``/``false``, numbers, dates (``"2024-03-01"``, read as dates),
lengths (``"18m"``), choice codes and lists of choice codes. Which fact a value
belongs to, and whether it fits, is checked against the registered
:class:`~kleinschalig.model.fact_definitions.FactDefinition` by
:meth:`Catalogue.check_case <kleinschalig.catalogue.Catalogue.check_case>`; the
record itself keeps every value it was given, so a record saved with a plugin
installed survives being read (and written back) where it is not.

Values never appear in ``repr``: a declared fact may be health data.

>>> import datetime as dt
>>> facts = FactValues({"kv-voorbeeld.buddy": True, "core.daytime_activity": {"t1": "work"}})
>>> facts.get("core.daytime_activity", "t1"), facts.get("kv-voorbeeld.buddy")
('work', True)
>>> facts
FactValues(<2 facts: core.daytime_activity, kv-voorbeeld.buddy>)
>>> FactValues({"kv-voorbeeld.since": "2024-03-01"}).get("kv-voorbeeld.since")
datetime.date(2024, 3, 1)
>>> facts.to_json()
{'core.daytime_activity': {'t1': 'work'}, 'kv-voorbeeld.buddy': True}
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from kleinschalig._fields import CODE_PATTERN
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.fact_definitions import DECLARED_FACT_PATTERN

__all__ = ["FactEntry", "FactScalar", "FactValues", "normalise_facts"]

#: One recorded value (yes/no, a number, a date, a length or choice code as text, or a list
#: of choice codes).
FactScalar = bool | int | float | str | dt.date | tuple[str, ...]

_ID: Final = re.compile(DECLARED_FACT_PATTERN, re.ASCII)
_KEY: Final = re.compile(CODE_PATTERN, re.ASCII)
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)


def _scalar(value: Any, where: tuple[str, ...]) -> FactScalar:
    """A JSON value as a fact value; dates (``JJJJ-MM-DD``) become :class:`datetime.date`."""
    kind = type(value)
    if kind in (bool, int):
        return value  # type: ignore[no-any-return]
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise InvalidValue("type.invalid", where, expected=N_("een getal"))
        return value  # type: ignore[no-any-return]
    if kind is dt.date:
        return value  # type: ignore[no-any-return]
    if kind is str:
        if _DATE.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise InvalidValue("date.invalid", where) from None
        if not value:
            raise InvalidValue("value.empty", where)
        return value  # type: ignore[no-any-return]
    if kind in (list, tuple):
        items = tuple(value)
        for index, item in enumerate(items):
            if type(item) is not str or not item:
                raise InvalidValue("type.invalid", (*where, str(index)), expected=N_("tekst"))
        return items
    raise InvalidValue("type.invalid", where, expected=N_("een feitwaarde"))


@attrs.frozen(slots=True)
class FactEntry:
    """One value: the fact, where it applies (a moment or facility code, or ``None``) and
    the value."""

    fact: str
    value: FactScalar = attrs.field(repr=False)
    at: str | None = None


def normalise_facts(data: Any) -> tuple[tuple[FactEntry, ...], list[InvalidValue]]:
    """Entries (sorted) from the JSON form or from entries, and every problem found.

    Each problem's field is the path below ``facts`` (``(fact id, moment)``).
    """
    problems: list[InvalidValue] = []
    entries: list[FactEntry] = []
    if isinstance(data, FactValues):
        return data.entries, []
    if isinstance(data, Mapping):
        items: Iterable[Any] = data.items()
    elif isinstance(data, (list, tuple)) and all(isinstance(e, FactEntry) for e in data):
        items = [((e.fact, e.at), e.value) for e in data]
    else:
        return (), [InvalidValue("type.invalid", expected=N_("een object"))]
    for key, raw in items:
        fact, at = key if isinstance(key, tuple) else (key, None)
        if type(fact) is not str or _ID.match(fact) is None:
            problems.append(
                InvalidValue("value.pattern", (str(fact),), pattern=DECLARED_FACT_PATTERN)
            )
            continue
        if at is None and isinstance(raw, Mapping):
            if not raw:
                problems.append(InvalidValue("value.empty", (fact,)))
            for sub, value in raw.items():
                if type(sub) is not str or _KEY.match(sub) is None:
                    problems.append(
                        InvalidValue("value.pattern", (fact, str(sub)), pattern=CODE_PATTERN)
                    )
                    continue
                try:
                    entries.append(FactEntry(fact, _scalar(value, (fact, sub)), sub))
                except InvalidValue as exc:
                    problems.append(exc)
            continue
        where = (fact,) if at is None else (fact, at)
        try:
            entries.append(FactEntry(fact, _scalar(raw, where), at))
        except InvalidValue as exc:
            problems.append(exc)
    entries.sort(key=lambda e: (e.fact, e.at or ""))
    seen: set[tuple[str, str | None]] = set()
    for entry in entries:
        if (entry.fact, entry.at) in seen:
            problems.append(InvalidValue("value.duplicate", (entry.fact,), key=entry.at or "-"))
        seen.add((entry.fact, entry.at))
    return tuple(entries), problems


def _converted(data: Any) -> tuple[FactEntry, ...]:
    entries, problems = normalise_facts(data)
    if problems:
        raise problems[0]
    return entries


@attrs.frozen(slots=True, repr=False)
class FactValues:
    """The declared facts recorded for one case, as an immutable mapping-like value.

    Build it from the JSON form (a dict) or from :class:`FactEntry` items; read
    it with :meth:`get`. ``repr`` names the facts, never their values.
    """

    entries: tuple[FactEntry, ...] = attrs.field(default=(), converter=_converted)
    _index: dict[tuple[str, str | None], FactScalar] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    @_index.default
    def _make_index(self) -> dict[tuple[str, str | None], FactScalar]:
        return {(e.fact, e.at): e.value for e in self.entries}

    def get(self, fact: str, at: str | None = None) -> FactScalar | None:
        """The value of ``fact`` (at a moment or facility code), or ``None``: not recorded."""
        return self._index.get((fact, at))

    def lookup(self, fact: str, at: str | None) -> FactScalar | None:
        """The value of ``fact`` recorded once, else the one recorded for ``at``."""
        index = self._index
        found = index.get((fact, None))
        if found is None and at is not None:
            found = index.get((fact, at))
        return found

    def keys_of(self, fact: str) -> tuple[str, ...]:
        """The moments or facility codes ``fact`` is recorded for (empty when recorded once)."""
        return tuple(e.at for e in self.entries if e.fact == fact and e.at is not None)

    def ids(self) -> tuple[str, ...]:
        """The ids of the facts recorded, sorted."""
        return tuple(sorted({e.fact for e in self.entries}))

    def __contains__(self, fact: object) -> bool:
        return any(e.fact == fact for e in self.entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids())

    def __len__(self) -> int:
        return len(self.ids())

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __repr__(self) -> str:
        ids = self.ids()
        return f"FactValues(<{len(ids)} facts{': ' if ids else ''}{', '.join(ids)}>)"

    def to_json(self) -> dict[str, Any]:
        """The JSON form (dates as ``JJJJ-MM-DD``, lists as lists)."""
        out: dict[str, Any] = {}
        for entry in self.entries:
            value = _json_value(entry.value)
            if entry.at is None:
                out[entry.fact] = value
            else:
                out.setdefault(entry.fact, {})[entry.at] = value
        return out


def _json_value(value: FactScalar) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
