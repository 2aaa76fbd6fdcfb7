"""``kleinschalig[django]``: the library as a reusable Django app.

Add ``"kleinschalig.web.django"`` to ``INSTALLED_APPS`` and
``path("kleinschalig/", include("kleinschalig.web.django.urls"))`` to your URLs:

- :mod:`~kleinschalig.web.django.apps` builds the plugin host once, in ``ready()``
  (from ``KLEINSCHALIG_HOST_CONFIG`` or the environment), shared by every thread;
  :func:`~kleinschalig.web.django.apps.get_host` gives it.
- :mod:`~kleinschalig.web.django.views` serve the routes of the FastAPI integration
  (validate, screen, explain, timeline, facilities, criteria, schemas) with the
  library's error shape and statuses, in Django's active language.
- :class:`~kleinschalig.web.django.fields.CaseRecordField` is a ``JSONField`` that
  validates with the library and gives typed :class:`~kleinschalig.CaseRecord` back.
- :class:`~kleinschalig.web.django.models.DecisionReceipt` is the audit trail of
  decision receipts: who screened what, when, under which ruleset digest.

This package imports nothing from Django itself, so that the app can be named in
``INSTALLED_APPS`` before settings are read.
"""

from __future__ import annotations

__all__: list[str] = []
