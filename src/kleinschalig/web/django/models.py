"""The audit trail of decision receipts: who screened what, when, under which rules.

A :class:`DecisionReceipt` row is written by :func:`record_receipt` for one decision
of :func:`~kleinschalig.screening.screen`. Its columns say who screened (``actor``, a
pseudonymous id of the user or system, never a name), which case (the case record's
own pseudonyms ``subject_id`` and ``case_id``), for which facility on which reference
date, the outcome, the decision's digest, the ruleset digest and the library and
plugin versions; ``receipt`` holds the sealed receipt itself
(:func:`~kleinschalig.screening.receipt`).

By default that receipt is **redacted** (:func:`~kleinschalig.screening.redact_receipt`):
an audit trail is read by other people, for other purposes, and for longer than the
decision file, so it keeps no special-category or identifying value of the detainee —
the case's health fields, birth date and residence, and the trace's input values, are
replaced by their data class. Its digests are those of the full receipt, so an edit of
what it keeps is still found (:meth:`DecisionReceipt.verify`); the decision cannot be
derived again from it. Where the audit trail *is* the decision file, set
``KLEINSCHALIG_REDACT_RECEIPTS = False`` (or pass ``redact=False``): the full receipt is
stored, and verifying it derives the decision again in a fresh process.

Rows are append-only: saving a changed row raises, and the admin shows them read-only.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from django.db import models
from django.utils import timezone

from kleinschalig.errors import ErrorDetail
from kleinschalig.model.case import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening.results import Decision
from kleinschalig.screening.verify import VerifyReport

__all__ = ["REDACT_SETTING", "DecisionReceipt", "ReceiptChanged", "actor_of", "record_receipt"]

#: The setting that says whether :func:`record_receipt` redacts (default ``True``).
REDACT_SETTING: Final = "KLEINSCHALIG_REDACT_RECEIPTS"


class ReceiptChanged(ValueError):
    """A stored :class:`DecisionReceipt` was saved again: the trail is append-only."""


def actor_of(user: Any) -> str:
    """A pseudonymous actor for a Django user: ``"user:<pk>"`` (never the username,
    which is often a name or an e-mail address); ``"anonymous"`` for none.

    >>> class User:
    ...     pk = 42
    ...     is_authenticated = True
    >>> actor_of(User()), actor_of(None)
    ('user:42', 'anonymous')
    """
    if user is None or not getattr(user, "is_authenticated", False) or user.pk is None:
        return "anonymous"
    return f"user:{user.pk}"


class DecisionReceipt(models.Model):  # type: ignore[misc]  # Django is untyped here
    """One decision receipt in the audit trail (see the module)."""

    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    actor = models.CharField(
        max_length=150,
        db_index=True,
        help_text="Who screened: a pseudonymous id of the user or system, never a name.",
    )
    subject_id = models.CharField(max_length=64, db_index=True)
    case_id = models.CharField(max_length=64, db_index=True)
    facility = models.CharField(max_length=100, db_index=True)
    reference_date = models.DateField()
    outcome = models.CharField(max_length=32, db_index=True)
    decision_digest = models.CharField(max_length=64)
    ruleset_digest = models.CharField(max_length=64, db_index=True)
    receipt_digest = models.CharField(max_length=64, db_index=True)
    library_version = models.CharField(max_length=32)
    plugin_versions = models.JSONField(default=dict, help_text="Plugin name -> version.")
    sealed = models.BooleanField(default=False, help_text="Sealed with an HMAC key.")
    redacted = models.BooleanField(default=True)
    receipt = models.JSONField(help_text="The receipt (redacted unless the decision file).")

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name = "decision receipt"
        verbose_name_plural = "decision receipts"
        indexes = (models.Index(fields=("case_id", "created_at")),)

    def __str__(self) -> str:
        return f"{self.facility} {self.reference_date}: {self.outcome} ({self.case_id})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Insert a new row; a stored one is never changed (:class:`ReceiptChanged`)."""
        if not self._state.adding:
            raise ReceiptChanged("a decision receipt is never changed: record a new one")
        super().save(*args, **kwargs)

    def verify(
        self,
        *,
        config: HostConfig | None = None,
        key: bytes | Literal["env"] | None = "env",
        rederive: bool = True,
    ) -> VerifyReport:
        """:func:`~kleinschalig.screening.verify_receipt` of the stored receipt, and
        the row's columns compared with it (``receipt.column`` where they differ).

        A redacted receipt is checked part by part against its digests; a full one is
        also derived again in a fresh process (``rederive``).
        """
        from kleinschalig.screening import verify_receipt

        report = verify_receipt(self.receipt, config=config, key=key, rederive=rederive)
        findings = (*report.findings, *self._columns_differ())
        return VerifyReport(findings, report.notes, report.rederived)

    def _columns_differ(self) -> list[ErrorDetail]:
        data: dict[str, Any] = self.receipt if isinstance(self.receipt, dict) else {}
        decision: dict[str, Any] = (
            data["decision"] if isinstance(data.get("decision"), dict) else {}
        )
        case: dict[str, Any] = data["case"] if isinstance(data.get("case"), dict) else {}
        pairs: list[tuple[str, str, Any, Any]] = [
            ("facility", "/decision/facility", self.facility, decision.get("facility")),
            (
                "reference_date",
                "/decision/reference_date",
                str(self.reference_date),
                decision.get("reference_date"),
            ),
            ("outcome", "/decision/outcome", self.outcome, decision.get("outcome")),
            ("decision_digest", "/decision/digest", self.decision_digest, decision.get("digest")),
            (
                "ruleset_digest",
                "/decision/ruleset_digest",
                self.ruleset_digest,
                decision.get("ruleset_digest"),
            ),
            ("receipt_digest", "/receipt_digest", self.receipt_digest, data.get("receipt_digest")),
            (
                "library_version",
                "/library_version",
                self.library_version,
                data.get("library_version"),
            ),
            ("sealed", "/seal", self.sealed, bool(data.get("seal"))),
            ("redacted", "/redacted", self.redacted, data.get("redacted") is True),
        ]
        for column in ("subject_id", "case_id"):
            recorded = case.get(column)
            if not isinstance(recorded, dict):  # redacted: {"redacted": "identifying"}
                pairs.append((column, f"/case/{column}", getattr(self, column), recorded))
        return [
            ErrorDetail("receipt.column", path, {"column": column})
            for column, path, mine, theirs in pairs
            if mine != theirs
        ]


def record_receipt(
    decision: Decision,
    case: CaseRecord,
    *,
    actor: Any,
    host: PluginHost | None = None,
    redact: bool | None = None,
    key: bytes | Literal["env"] | None = "env",
) -> DecisionReceipt:
    """Seal ``decision`` (screened from ``case``) in a receipt and store it.

    :param actor: who screened: a pseudonymous text id, or a Django user
        (:func:`actor_of` makes ``"user:<pk>"`` of it).
    :param host: the host that decided; by default the app's
        (:func:`~kleinschalig.web.django.apps.get_host`).
    :param redact: store the redacted receipt (default: the setting
        ``KLEINSCHALIG_REDACT_RECEIPTS``, itself ``True``); see the module.
    :param key: the seal key, as for :func:`~kleinschalig.screening.receipt`; by default
        ``KLEINSCHALIG_RECEIPT_KEY``.
    """
    from django.conf import settings

    from kleinschalig.codec.converter import unstructure
    from kleinschalig.screening import receipt, redact_receipt
    from kleinschalig.screening.receipt import DecisionRecord
    from kleinschalig.web.django.apps import get_host

    host = get_host() if host is None else host
    if redact is None:
        redact = bool(getattr(settings, REDACT_SETTING, True))
    versions = {p.name: p.version for p in host.plugins if p.status == "active"}
    record = receipt(decision, case, versions, host.catalogue, key=key)
    data: dict[str, Any] = unstructure(record, DecisionRecord)
    if redact:
        data = redact_receipt(data, host.catalogue)
    row = DecisionReceipt(
        actor=actor if isinstance(actor, str) else actor_of(actor),
        subject_id=case.subject_id,
        case_id=case.case_id,
        facility=decision.facility,
        reference_date=decision.reference_date,
        outcome=decision.outcome.value,
        decision_digest=decision.digest,
        ruleset_digest=decision.ruleset_digest,
        receipt_digest=record.receipt_digest,
        library_version=record.library_version,
        plugin_versions={p.name: p.version for p in record.plugins},
        sealed=bool(record.seal),
        redacted=redact,
        receipt=data,
    )
    row.full_clean()
    row.save()
    return row
