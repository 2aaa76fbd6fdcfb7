"""Decision receipts: a decision sealed with what produced it, in a versioned format.

A receipt holds the library and plugin versions, the reference date, the input
case, the outcome and the trace, plus the digests. The digests do not depend on
the order in which plugins were loaded. Receipts contain personal data: store
them as the decision file, never in logs.
"""

from __future__ import annotations

import attrs

from kleinschalig._version import __version__
from kleinschalig.model.case import CaseRecord
from kleinschalig.screening.decide import FORMAT, Decision

__all__ = ["DecisionRecord", "PluginVersion", "receipt"]


@attrs.frozen(slots=True)
class PluginVersion:
    name: str
    version: str | None = None


@attrs.frozen(slots=True)
class DecisionRecord:
    """One decision with its provenance (format ``kleinschalig.decision/1``).

    ``format`` has no default so that it is always written: a reader of a later
    format version must be able to tell the versions apart.
    """

    format: str
    library_version: str
    plugins: tuple[PluginVersion, ...]
    case: CaseRecord = attrs.field(repr=False)
    decision: Decision


def receipt(decision: Decision, case: CaseRecord, plugins: dict[str, str | None]) -> DecisionRecord:
    """Seal ``decision``; ``plugins`` maps the active plugins' names to their versions."""
    return DecisionRecord(
        format=FORMAT,
        library_version=__version__,
        plugins=tuple(PluginVersion(name, plugins[name]) for name in sorted(plugins)),
        case=case,
        decision=decision,
    )
