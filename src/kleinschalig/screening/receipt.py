"""Decision receipts: a decision sealed with what produced it, in a versioned format.

A receipt holds the library and plugin versions, which plugin owns the facility and
each criterion of the decision, the reference date, the input case, the outcome and
the trace, plus the digests. The digests do not depend on the order in which plugins
were loaded. Receipts contain personal data: store them as the decision file, never
in logs.

Format ``kleinschalig.decision/2`` seals the receipt: ``receipt_digest`` is the
SHA-256 of the canonical JSON of everything else in it, including ``parts``, a digest
per part (the format, the versions, each plugin, each field of the case, each field
of the decision and each line of its trace), so that
:func:`~kleinschalig.screening.verify_receipt` can say which part was edited. With a
key (``KLEINSCHALIG_RECEIPT_KEY``) a ``seal`` is added, an HMAC-SHA256 of the same
content: anyone can recompute a bare digest after an edit, only a holder of the key
can recompute the seal. Format ``kleinschalig.decision/1`` has neither.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Mapping
from typing import Any, Final, Literal

import attrs

from kleinschalig._texts import described
from kleinschalig._version import __version__
from kleinschalig.catalogue import Catalogue
from kleinschalig.errors import join_pointer
from kleinschalig.i18n import N_
from kleinschalig.model.case import CaseRecord
from kleinschalig.screening.decide import FORMAT, Decision
from kleinschalig.screening.plan import canonical, owner_of

__all__ = [
    "FORMAT_1",
    "KEY_VARIABLE",
    "RECEIPT_FORMAT",
    "DecisionRecord",
    "PartDigest",
    "PluginVersion",
    "part_digests",
    "receipt",
    "receipt_key",
]

#: The first receipt format: no digest of its own, no owners.
FORMAT_1: Final = "kleinschalig.decision/1"
#: The format :func:`receipt` writes (and that begins a decision digest).
RECEIPT_FORMAT: Final = FORMAT
FORMATS: Final = (FORMAT_1, RECEIPT_FORMAT)
#: The environment variable holding the key of the HMAC seal (UTF-8 text).
KEY_VARIABLE: Final = "KLEINSCHALIG_RECEIPT_KEY"
SEAL_PREFIX: Final = "hmac-sha256:"
#: The fields that seal the rest; ``parts`` is sealed by ``receipt_digest`` and ``seal``.
SEAL_FIELDS: Final = ("parts", "receipt_digest", "seal")
#: Parts digested item by item; everything else is digested as one part.
_SPLIT: Final = frozenset({"", "/plugins", "/case", "/decision", "/decision/criteria"})

#: ``"env"``: read the key from :data:`KEY_VARIABLE`; ``None``: no key.
Key = bytes | Literal["env"] | None


@described(
    N_("Pluginversie"),
    name=(N_("Naam"), N_("De naam van de plugin.")),
    version=(N_("Versie"), N_("De versie van de plugin.")),
    facilities=(
        N_("Voorzieningen"),
        N_("De code van de voorziening van het besluit als de plugin die registreerde."),
    ),
    criteria=(
        N_("Criteria"),
        N_("De ids van de criteria van het besluit die de plugin registreerde."),
    ),
)
@attrs.frozen(slots=True)
class PluginVersion:
    """An active plugin, its version and what of the decision it owns (format /2).

    ``facilities`` holds the decision's facility code when the plugin registered it,
    ``criteria`` the ids of the decision's criteria (trace and not applicable) it
    registered; the core owns the facility's own ``core.*`` criteria.
    """

    name: str
    version: str | None = None
    facilities: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()


@described(
    N_("Kenmerk van een deel"),
    path=(N_("Pad"), N_("De JSON Pointer van het deel.")),
    digest=(N_("Kenmerk"), N_("De SHA-256 van de canonieke JSON van het deel.")),
)
@attrs.frozen(slots=True)
class PartDigest:
    """The SHA-256 of the canonical JSON of one part of a receipt, at a JSON Pointer."""

    path: str
    digest: str


@described(
    N_("Besluitbon"),
    format=(N_("Formaat"), N_("De naam en versie van het formaat, zoals kleinschalig.decision/2.")),
    library_version=(N_("Bibliotheekversie"), N_("De versie van kleinschalig die besliste.")),
    plugins=(N_("Plugins"), N_("De actieve plugins en hun versies.")),
    case=(N_("Dossier"), N_("Het getoetste dossier.")),
    decision=(N_("Besluit"), N_("Het besluit.")),
    parts=(N_("Delen"), N_("De kenmerken van de delen van de bon; leeg in formaat /1.")),
    receipt_digest=(N_("Kenmerk bon"), N_("Het kenmerk van de hele bon; leeg in formaat /1.")),
    seal=(N_("Zegel"), N_("Het zegel van de bon; leeg in formaat /1.")),
)
@attrs.frozen(slots=True)
class DecisionRecord:
    """One decision with its provenance (format ``kleinschalig.decision/2``).

    ``format`` has no default so that it is always written: a reader of a later
    format version must be able to tell the versions apart. ``parts``,
    ``receipt_digest`` and ``seal`` are empty in format /1.
    """

    format: str
    library_version: str
    plugins: tuple[PluginVersion, ...]
    case: CaseRecord = attrs.field(repr=False)
    decision: Decision
    parts: tuple[PartDigest, ...] = attrs.field(default=(), repr=False)
    receipt_digest: str = ""
    seal: str = attrs.field(default="", repr=False)


def receipt_key(environ: Mapping[str, str] | None = None) -> bytes | None:
    """The seal key from :data:`KEY_VARIABLE`, or ``None`` when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(KEY_VARIABLE, "")
    return value.encode() if value else None


def resolve_key(key: Key) -> bytes | None:
    return receipt_key() if key == "env" else key


def part_digests(data: Mapping[str, Any]) -> dict[str, str]:
    """JSON Pointer -> SHA-256 of each part of a receipt in its JSON form, in document order.

    The seal fields are left out; a list or object that is split (the plugins, the case,
    the decision and its trace) gives a part per item.
    """
    found: dict[str, str] = {}

    def walk(value: Any, path: str) -> None:
        if path in _SPLIT and isinstance(value, (dict, list)):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for name, item in items:
                if path == "" and name in SEAL_FIELDS:
                    continue
                walk(item, path + join_pointer(name))
        else:
            found[path] = hashlib.sha256(canonical(value).encode()).hexdigest()

    walk(dict(data), "")
    return found


def body(data: Mapping[str, Any]) -> bytes:
    """What ``receipt_digest`` and ``seal`` are taken of: the canonical JSON without them."""
    return canonical(
        {k: v for k, v in data.items() if k not in ("receipt_digest", "seal")}
    ).encode()


def seal_of(data: Mapping[str, Any], key: bytes) -> str:
    return SEAL_PREFIX + hmac.new(key, body(data), hashlib.sha256).hexdigest()


def _sealed(data: Mapping[str, Any], key: bytes | None) -> dict[str, Any]:
    """``data`` (a receipt's JSON form without the seal fields) with them."""
    out = {k: v for k, v in data.items() if k not in SEAL_FIELDS}
    out["parts"] = [{"path": p, "digest": d} for p, d in part_digests(out).items()]
    out["receipt_digest"] = hashlib.sha256(body(out)).hexdigest()
    if key:
        out["seal"] = seal_of(out, key)
    return out


def _owners(decision: Decision, catalogue: Catalogue) -> dict[str, tuple[set[str], set[str]]]:
    """Plugin name -> (facility codes, criterion ids) of ``decision`` it registered."""
    owners: dict[str, tuple[set[str], set[str]]] = {}
    if decision.facility in catalogue.facilities:
        owner = catalogue.facilities.owner(decision.facility)
        owners.setdefault(owner, (set(), set()))[0].add(decision.facility)
    for criterion in (*(r.criterion for r in decision.criteria), *decision.not_applicable):
        owners.setdefault(owner_of(catalogue, criterion), (set(), set()))[1].add(criterion)
    return owners


def receipt(
    decision: Decision,
    case: CaseRecord,
    plugins: Mapping[str, str | None],
    catalogue: Catalogue | None = None,
    *,
    key: bytes | Literal["env"] | None = "env",
) -> DecisionRecord:
    """Seal ``decision``; ``plugins`` maps the active plugins' names to their versions.

    With ``catalogue`` (the one that decided) the receipt names the plugin that owns
    the facility and each criterion, so that a verifier loads only those. ``key``
    signs it with an HMAC-SHA256 seal; by default the key is read from
    ``KLEINSCHALIG_RECEIPT_KEY``, and without one there is no seal.
    """
    from kleinschalig.codec.converter import structure, unstructure

    owned = _owners(decision, catalogue) if catalogue is not None else {}
    known = catalogue.plugin_versions if catalogue is not None else {}
    versions = {n: known.get(n) for n in owned}
    versions.update(plugins)
    empty: tuple[set[str], set[str]] = (set(), set())
    record = DecisionRecord(
        format=RECEIPT_FORMAT,
        library_version=__version__,
        plugins=tuple(
            PluginVersion(
                name,
                versions[name],
                tuple(sorted(owned.get(name, empty)[0])),
                tuple(sorted(owned.get(name, empty)[1])),
            )
            for name in sorted(versions)
        ),
        case=case,
        decision=decision,
    )
    sealed = _sealed(unstructure(record, DecisionRecord), resolve_key(key))
    return attrs.evolve(
        record,
        parts=structure(sealed["parts"], tuple[PartDigest, ...]),
        receipt_digest=sealed["receipt_digest"],
        seal=sealed.get("seal", ""),
    )
