"""The admin of the audit trail: read-only, and without special-category data.

The list and the detail page show the columns — who, which case (its pseudonyms),
facility, reference date, outcome, digests, versions — and the receipt only in its
redacted form (:func:`~kleinschalig.screening.redact_receipt`), also when the full
receipt is stored: the admin is no place to read a detainee's health data. Rows can
be neither added nor changed here; deleting needs the delete permission (for the
retention period of your audit trail).

The registration is on the default admin site; for a site of your own, register
:class:`DecisionReceiptAdmin` there.
"""

from __future__ import annotations

import json
from typing import Any

from django.apps import apps
from django.contrib import admin
from django.utils.html import format_html

from kleinschalig.web.django.models import DecisionReceipt

__all__ = ["DecisionReceiptAdmin"]

_COLUMNS = (
    "created_at",
    "actor",
    "subject_id",
    "case_id",
    "facility",
    "reference_date",
    "outcome",
    "decision_digest",
    "ruleset_digest",
    "receipt_digest",
    "library_version",
    "plugin_versions",
    "sealed",
    "redacted",
)


class DecisionReceiptAdmin(admin.ModelAdmin):  # type: ignore[misc]  # Django is untyped here
    """Read-only; the receipt shown redacted (see the module)."""

    list_display = ("created_at", "actor", "case_id", "facility", "reference_date", "outcome")
    list_filter = ("outcome", "facility", "redacted", "sealed")
    search_fields = ("case_id", "subject_id", "actor", "decision_digest", "receipt_digest")
    date_hierarchy = "created_at"
    fields = (*_COLUMNS, "redacted_receipt")
    readonly_fields = fields

    @admin.display(description="receipt (redacted)")  # type: ignore[untyped-decorator]
    def redacted_receipt(self, obj: DecisionReceipt) -> str:
        from kleinschalig.screening import redact_receipt
        from kleinschalig.screening.redact import is_redacted
        from kleinschalig.web.django.apps import get_host

        data = obj.receipt
        if not is_redacted(data) and isinstance(data, dict):
            data = redact_receipt(data, get_host().catalogue)
        text: str = format_html("<pre>{}</pre>", json.dumps(data, indent=2, ensure_ascii=False))
        return text

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False


if apps.is_installed("django.contrib.admin"):  # Django imports this module only then
    admin.site.register(DecisionReceipt, DecisionReceiptAdmin)
