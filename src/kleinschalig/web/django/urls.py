"""The URLs: ``path("kleinschalig/", include("kleinschalig.web.django.urls"))``.

The names are in the ``kleinschalig`` namespace: ``reverse("kleinschalig:screen")``,
``reverse("kleinschalig:criteria", args=["kv-middelburg"])``.
"""

from __future__ import annotations

from typing import Any, Final

from django.urls import path

from kleinschalig.web.django import views

__all__ = ["app_name", "urlpatterns"]

#: The URL namespace.
app_name: Final = "kleinschalig"

#: The routes, as in :mod:`kleinschalig.web.fastapi`.
urlpatterns: Final[list[Any]] = [
    path("validate", views.validate, name="validate"),
    path("screen", views.screen, name="screen"),
    path("explain", views.explain, name="explain"),
    path("timeline", views.timeline, name="timeline"),
    path("facilities", views.facilities, name="facilities"),
    path("facilities/<str:code>/criteria", views.criteria, name="criteria"),
    path("schemas/<str:name>", views.schema, name="schema"),
]
