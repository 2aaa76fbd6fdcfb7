"""Verifying decision receipts: their own digest and seal, the decision re-derived in a
fresh process, and the versions that made them.

:func:`verify_receipt` checks three things and says exactly what differs:

1. **The receipt itself.** Its digest is recomputed from its contents, and the digest of
   each part, so an edit is found and named (``/decision/outcome``, the trace line
   ``/decision/criteria/3``, the case field ``/case/sex``). With a key the HMAC seal is
   checked too. A bare digest detects the edits of anyone who does not recompute it; the
   seal also those of anyone without the key.
2. **The decision.** It is derived again from the recorded inputs — the case, the
   facility, the reference date, the overrides — in a *fresh* Python process (the same
   interpreter, isolated with ``-I``) whose host loads only the core and the plugins the
   receipt names as owners of the facility and of the criteria of the decision. A plugin
   that changed the screening in the process that made the receipt, by patching the
   library at import, is not loaded there, so its effect shows as a difference in the
   outcome or the trace.
3. **The versions.** The library and the owners' versions installed now must be those
   recorded; else the receipt is reported as stale, with both versions.

The verifying process itself loads no plugin: :func:`verify_receipt` only reads the
receipt and starts the fresh process.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from kleinschalig.catalogue import CORE_OWNER
from kleinschalig.errors import ErrorDetail, ValidationFailed, join_pointer
from kleinschalig.i18n import N_
from kleinschalig.screening.receipt import (
    FORMAT_1,
    FORMATS,
    DecisionRecord,
    body,
    part_digests,
    resolve_key,
    seal_of,
)
from kleinschalig.screening.results import CriterionResult, Decision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.plugins.config import HostConfig

__all__ = ["VerifyReport", "read_receipt", "verify_receipt", "verify_receipts"]

#: Seconds the fresh process may take to load its plugins and decide, per batch.
TIMEOUT: Final = 300.0
#: Decision fields whose values are not compared for format /1 (computed by earlier rules).
_DIGESTS: Final = ("ruleset_digest", "digest")
#: Trace fields whose values may be personal data: said to differ, never shown.
_NOT_SHOWN: Final = frozenset({"inputs"})


@attrs.frozen(slots=True)
class VerifyReport:
    """What :func:`verify_receipt` found about one receipt.

    ``findings`` say what differs, each with a stable code, a JSON Pointer into the
    receipt and a message in Dutch or English (:class:`~kleinschalig.errors.ErrorDetail`);
    ``ok`` is true when there are none. ``notes`` say what could not be checked, such as a
    seal without a key; they do not make the receipt fail. ``rederived`` is the decision
    as the fresh process derived it, ``None`` when it could not.
    """

    findings: tuple[ErrorDetail, ...] = ()
    notes: tuple[ErrorDetail, ...] = ()
    rederived: Decision | None = attrs.field(default=None, repr=False)
    ok: bool = attrs.field(init=False)

    @ok.default
    def _ok(self) -> bool:
        return not self.findings

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "ok": self.ok,
            "findings": [f.to_dict(lang) for f in self.findings],
            "notes": [n.to_dict(lang) for n in self.notes],
        }


def read_receipt(data: Any) -> DecisionRecord:
    """A receipt from its JSON form (parsed), in any known format.

    Raises :class:`~kleinschalig.errors.ValidationFailed` (``receipt.format`` for
    something that is not a receipt of a known format).
    """
    from kleinschalig.codec.converter import structure

    if not isinstance(data, Mapping) or data.get("format") not in FORMATS:
        raise ValidationFailed(
            [ErrorDetail("receipt.format", "/format", {"allowed": ", ".join(FORMATS)})]
        )
    return structure(dict(data), DecisionRecord)


def verify_receipt(
    record: DecisionRecord | Mapping[str, Any],
    *,
    config: HostConfig | None = None,
    plugins: Iterable[tuple[str, str]] = (),
    key: bytes | Literal["env"] | None = "env",
    rederive: bool = True,
    timeout: float = TIMEOUT,
) -> VerifyReport:
    """Check a receipt: its digest (and seal), its decision derived again, its versions.

    :param record: a :class:`~kleinschalig.screening.DecisionRecord`, or its JSON form as
        read from a file (then the digest is taken of exactly what was read).
    :param config: where the fresh process finds plugins (directories, entry points,
        block-list, grants); by default :meth:`HostConfig.from_env
        <kleinschalig.plugins.HostConfig.from_env>`. Its allow-list is replaced by the
        owners the receipt names.
    :param plugins: ``(name, module)`` pairs for plugins given to the host by module name,
        importable in an isolated interpreter.
    :param key: the seal key; by default ``KLEINSCHALIG_RECEIPT_KEY``, ``None`` for none.
    :param rederive: ``False`` checks only the receipt's own digest, seal and format.
    :raises ValidationFailed: the JSON form is not a receipt.
    """
    [report] = verify_receipts(
        [record], config=config, plugins=plugins, key=key, rederive=rederive, timeout=timeout
    )
    return report


def verify_receipts(
    records: Iterable[DecisionRecord | Mapping[str, Any]],
    *,
    config: HostConfig | None = None,
    plugins: Iterable[tuple[str, str]] = (),
    key: bytes | Literal["env"] | None = "env",
    rederive: bool = True,
    timeout: float = TIMEOUT,
) -> tuple[VerifyReport, ...]:
    """:func:`verify_receipt` for several receipts, one fresh process per set of owners.

    A redacted receipt (:func:`~kleinschalig.screening.redact.redact_receipt`) is not
    derived again: the parts it left alone are compared with their digests, and a note
    (``receipt.redacted``) says the rest cannot be checked.
    """
    from kleinschalig.codec.converter import unstructure
    from kleinschalig.plugins.config import HostConfig
    from kleinschalig.screening.redact import check_redacted, is_redacted

    records = list(records)
    if any(is_redacted(r) for r in records):
        plain = iter(
            verify_receipts(
                [r for r in records if not is_redacted(r)],
                config=config,
                plugins=plugins,
                key=key,
                rederive=rederive,
                timeout=timeout,
            )
        )
        return tuple(
            VerifyReport(*check_redacted(r)) if is_redacted(r) else next(plain) for r in records
        )
    datas: list[dict[str, Any]] = []
    parsed: list[DecisionRecord] = []
    for record in records:
        if isinstance(record, DecisionRecord):
            parsed.append(record)
            datas.append(unstructure(record, DecisionRecord))
        else:
            parsed.append(read_receipt(record))
            datas.append(dict(record))
    secret = resolve_key(key)
    checked = [
        _check_seal(data, record, secret) for data, record in zip(datas, parsed, strict=True)
    ]
    if not rederive:
        return tuple(VerifyReport(tuple(f), tuple(n)) for f, n in checked)
    host_config = HostConfig.from_env() if config is None else config
    batches: dict[frozenset[str], list[int]] = {}
    for i, record in enumerate(parsed):
        owners, known = _owners(record)
        if not known:
            checked[i][1].append(ErrorDetail("receipt.owners_unknown", "/plugins"))
        batches.setdefault(owners, []).append(i)
    reports: list[VerifyReport | None] = [None] * len(parsed)
    explicit = list(plugins)
    for owners, indexes in batches.items():
        results = _fresh_process(
            [datas[i] for i in indexes], host_config, owners, explicit, timeout
        )
        for i, result in zip(indexes, results, strict=True):
            findings, notes = checked[i]
            rederived = _compare(parsed[i], owners, result, findings)
            reports[i] = VerifyReport(tuple(findings), tuple(notes), rederived)
    return tuple(r for r in reports if r is not None)


# -- 1. the receipt's own digest and seal --------------------------------------------------


def _check_seal(
    data: Mapping[str, Any], record: DecisionRecord, key: bytes | None
) -> tuple[list[ErrorDetail], list[ErrorDetail]]:
    findings: list[ErrorDetail] = []
    notes: list[ErrorDetail] = []
    if record.format == FORMAT_1:
        notes.append(ErrorDetail("receipt.unsealed", "/format", {"format": FORMAT_1}))
    else:
        expected = hashlib.sha256(body(data)).hexdigest()
        if not hmac.compare_digest(record.receipt_digest, expected):
            findings.append(ErrorDetail("receipt.digest", "/receipt_digest"))
        recorded = {p.path: p.digest for p in record.parts}
        for path, digest in part_digests(data).items():
            if path not in recorded:
                findings.append(ErrorDetail("receipt.part_added", path))
            elif recorded.pop(path) != digest:
                findings.append(ErrorDetail("receipt.part_changed", path))
        findings += [ErrorDetail("receipt.part_removed", path) for path in recorded]
    if key is not None:
        if not record.seal:
            findings.append(ErrorDetail("receipt.seal_missing", "/seal"))
        elif not hmac.compare_digest(record.seal, seal_of(data, key)):
            findings.append(ErrorDetail("receipt.seal", "/seal"))
    elif record.seal:
        notes.append(ErrorDetail("receipt.seal_unchecked", "/seal"))
    return findings, notes


# -- 2. the decision, derived again in a fresh process ---------------------------------------


def _owners(record: DecisionRecord) -> tuple[frozenset[str], bool]:
    """The plugins to load: the owners the receipt names (and whether it names any), else
    every plugin it lists; the core always."""
    owners = {p.name for p in record.plugins if p.facilities or p.criteria}
    known = bool(owners)
    if not known:
        owners = {p.name for p in record.plugins}
    return frozenset(owners | {CORE_OWNER}), known


#: Run in the fresh process: the library directory of the verifier comes first on the path.
_BOOTSTRAP: Final = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from kleinschalig.screening.verify import _fresh_main; _fresh_main()"
)


def _fresh_process(
    datas: Sequence[Mapping[str, Any]],
    config: HostConfig,
    owners: frozenset[str],
    plugins: list[tuple[str, str]],
    timeout: float,
) -> list[dict[str, Any]]:
    """One result per receipt from a new, isolated interpreter that loads only ``owners``."""
    import kleinschalig

    fresh = attrs.evolve(config, allow=owners, strict=False)
    payload = pickle.dumps(
        {
            "config": fresh,
            "plugins": [(n, m) for n, m in plugins if n in owners],
            "receipts": list(datas),
        }
    )
    library = str(Path(kleinschalig.__file__).resolve().parent.parent)
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _BOOTSTRAP, library],
            input=payload,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [{"problem": f"{type(exc).__name__}: {exc}"}] * len(datas)
    try:
        results = json.loads(done.stdout.decode())
        if isinstance(results, dict) and "problem" in results:
            return [results] * len(datas)
        if not isinstance(results, list) or len(results) != len(datas):
            raise ValueError(results)
    except ValueError:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        problem = f"exit status {done.returncode}" + (f": {tail[0]}" if tail else "")
        return [{"problem": problem}] * len(datas)
    return results


def _fresh_main() -> None:
    """The fresh process: receipts in (pickled, from the verifier), results out (JSON).

    Anything a plugin prints, on either stream, goes to standard error: standard output
    is kept for the result.
    """
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    results: list[dict[str, Any]] | dict[str, str]
    try:
        results = _rederive(pickle.loads(sys.stdin.buffer.read()))
    except BaseException as exc:  # a plugin may raise anything; the verifier reports it
        results = {"problem": f"{type(exc).__name__}: {exc}"}
    out.write(json.dumps(results))
    out.close()


def _rederive(payload: dict[str, Any]) -> list[dict[str, Any]]:
    from kleinschalig._version import __version__
    from kleinschalig.codec.converter import structure, unstructure
    from kleinschalig.plugins import PluginHost
    from kleinschalig.screening.decide import decide
    from kleinschalig.screening.plan import owner_of

    host = PluginHost.load(payload["config"], plugins=payload["plugins"])
    catalogue = host.catalogue
    plugins = {
        p.name: {
            "version": p.version,
            "status": p.status,
            "errors": [line for e in p.errors for line in e.lines("en")][:1],
        }
        for p in host.plugins
    }
    results = []
    for data in payload["receipts"]:
        result: dict[str, Any] = {"library_version": __version__, "plugins": plugins}
        results.append(result)
        try:
            record = structure(data, DecisionRecord)
            code = record.decision.facility
            if code not in catalogue.facilities:
                result["problem"] = N_("de voorziening is er niet geregistreerd")
                continue
            decision = decide(
                record.case,
                catalogue.facility(code),
                catalogue,
                record.decision.reference_date,
                record.decision.overrides,
            )
        except Exception as exc:
            result["problem"] = f"{type(exc).__name__}: {exc}"
            continue
        result["decision"] = unstructure(decision, Decision)
        result["owners"] = {
            "facility": catalogue.facilities.owner(code),
            "criteria": {
                c: owner_of(catalogue, c)
                for c in (*(r.criterion for r in decision.criteria), *decision.not_applicable)
            },
        }
    return results


def _text(value: Any) -> str:
    """A value of a decision as short text for a message."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (tuple, list)):
        return ", ".join(_text(v) for v in value) or "—"
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    for attribute in ("citation", "criterion", "isoformat"):
        found = getattr(value, attribute, None)
        if found is not None:
            return str(found() if callable(found) else found)
    return str(value)


def _differs(path: str, found: Any, recorded: Any) -> ErrorDetail:
    return ErrorDetail(
        "receipt.rederived", path, {"found": _text(found), "recorded": _text(recorded)}
    )


def _compare(
    record: DecisionRecord,
    owners: frozenset[str],
    result: Mapping[str, Any],
    findings: list[ErrorDetail],
) -> Decision | None:
    """Add to ``findings`` what differs between the receipt and the fresh process."""
    from kleinschalig.codec.converter import structure

    _versions(record, owners, result, findings)
    if "decision" not in result:
        reason = str(result.get("problem") or N_("geen uitkomst"))
        findings.append(ErrorDetail("receipt.rederive_failed", "/decision", {"reason": reason}))
        return None
    found = structure(result["decision"], Decision)
    recorded = record.decision
    skip = {"criteria", *(_DIGESTS if record.format == FORMAT_1 else ())}
    for field in attrs.fields(Decision):
        mine, theirs = getattr(found, field.name), getattr(recorded, field.name)
        if field.name not in skip and mine != theirs:
            findings.append(_differs(f"/decision/{field.name}", mine, theirs))
    findings += _trace(found.criteria, recorded.criteria)
    _owners_differ(record, result.get("owners") or {}, findings)
    return found


def _trace(
    found: Sequence[CriterionResult], recorded: Sequence[CriterionResult]
) -> list[ErrorDetail]:
    """The lines that differ, by the number of the line in the receipt."""
    out: list[ErrorDetail] = []
    by_id = {line.criterion: line for line in found}
    for n, line in enumerate(recorded):
        path = join_pointer("decision", "criteria", n)
        again = by_id.pop(line.criterion, None)
        if again is None:
            out.append(ErrorDetail("receipt.line_missing", path, {"criterion": line.criterion}))
            continue
        for field in attrs.fields(CriterionResult):
            mine, theirs = getattr(again, field.name), getattr(line, field.name)
            if mine == theirs:
                continue
            if field.name in _NOT_SHOWN:
                out.append(ErrorDetail("receipt.rederived_values", f"{path}/{field.name}"))
            else:
                out.append(_differs(f"{path}/{field.name}", mine, theirs))
    out += [
        ErrorDetail("receipt.line_extra", "/decision/criteria", {"criterion": criterion})
        for criterion in by_id
    ]
    order = [line.criterion for line in found]
    if not out and order != [line.criterion for line in recorded]:
        out.append(_differs("/decision/criteria", order, [r.criterion for r in recorded]))
    return out


def _owners_differ(
    record: DecisionRecord, found: Mapping[str, Any], findings: list[ErrorDetail]
) -> None:
    facility = {code: p.name for p in record.plugins for code in p.facilities}
    criteria = {c: p.name for p in record.plugins for c in p.criteria}
    if not facility and not criteria:
        return
    code = record.decision.facility
    if found.get("facility") not in (None, facility.get(code)):
        findings.append(
            ErrorDetail(
                "receipt.owner",
                "/decision/facility",
                {"found": found["facility"], "recorded": facility.get(code) or "—"},
            )
        )
    lines = {r.criterion: n for n, r in enumerate(record.decision.criteria)}
    for criterion, owner in sorted((found.get("criteria") or {}).items()):
        if criterion in criteria and criteria[criterion] != owner:
            n = lines.get(criterion)
            path = "/decision/not_applicable" if n is None else f"/decision/criteria/{n}"
            findings.append(
                ErrorDetail(
                    "receipt.owner", path, {"found": owner, "recorded": criteria[criterion]}
                )
            )


# -- 3. the versions --------------------------------------------------------------------------


def _versions(
    record: DecisionRecord,
    owners: frozenset[str],
    result: Mapping[str, Any],
    findings: list[ErrorDetail],
) -> None:
    library = result.get("library_version")
    if library is not None and library != record.library_version:
        findings.append(_stale("/library_version", CORE_OWNER, record.library_version, library))
    installed: Mapping[str, Any] = result.get("plugins") or {}
    if not installed:
        return
    for n, plugin in enumerate(record.plugins):
        if plugin.name not in owners:
            continue
        if plugin.name == CORE_OWNER and plugin.version == record.library_version:
            continue  # the core is the library: reported above
        now = installed.get(plugin.name)
        path = join_pointer("plugins", n)
        if now is None or now["status"] != "active":
            status = N_("niet geïnstalleerd") if now is None else now["status"]
            if now is not None and now.get("errors"):
                status += f": {now['errors'][0]}"
            findings.append(
                ErrorDetail(
                    "receipt.plugin_missing", path, {"plugin": plugin.name, "status": status}
                )
            )
        elif now["version"] != plugin.version:
            findings.append(_stale(f"{path}/version", plugin.name, plugin.version, now["version"]))


def _stale(path: str, plugin: str, recorded: str | None, found: str | None) -> ErrorDetail:
    return ErrorDetail(
        "receipt.stale",
        path,
        {"plugin": plugin, "recorded": recorded or "—", "found": found or "—"},
    )


if __name__ == "__main__":  # pragma: no cover - the fresh process starts through _BOOTSTRAP
    _fresh_main()
