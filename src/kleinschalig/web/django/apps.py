"""The app's configuration: the plugin host, built once when Django starts.

``ready()`` builds the :class:`~kleinschalig.plugins.PluginHost` from the setting
``KLEINSCHALIG_HOST_CONFIG`` — a :class:`~kleinschalig.plugins.HostConfig`, a ready
:class:`~kleinschalig.plugins.PluginHost`, a callable returning either, or the dotted
path of one — or, without it, from the environment as the command line reads it
(:meth:`HostConfig.from_env <kleinschalig.plugins.HostConfig.from_env>`). A host is
never changed after it is built, so every thread of every worker shares it;
:func:`get_host` gives it, building it first (once, under a lock) when ``ready()``
has not run. Changing the setting with ``override_settings`` drops the host, and the
next :func:`get_host` builds the new one.
"""

from __future__ import annotations

import threading
from typing import Any, Final

try:
    from django.apps import AppConfig
    from django.core.exceptions import ImproperlyConfigured
    from django.core.signals import setting_changed
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise ImportError(
        "kleinschalig.web.django needs Django: pip install 'kleinschalig[django]'"
    ) from exc

from kleinschalig.plugins import HostConfig, PluginHost

__all__ = ["HOST_SETTING", "KleinschaligConfig", "get_host", "reset_host"]

#: The setting that says how the host is built.
HOST_SETTING: Final = "KLEINSCHALIG_HOST_CONFIG"

_lock = threading.Lock()
_host: PluginHost | None = None


def _build() -> PluginHost:
    from django.conf import settings
    from django.utils.module_loading import import_string

    value: Any = getattr(settings, HOST_SETTING, None)
    if isinstance(value, str):
        value = import_string(value)
    if callable(value) and not isinstance(value, (HostConfig, PluginHost)):
        value = value()
    if value is None:
        value = HostConfig.from_env()
    if isinstance(value, PluginHost):
        return value
    if isinstance(value, HostConfig):
        return PluginHost.load(value)
    raise ImproperlyConfigured(
        f"{HOST_SETTING} must be a HostConfig, a PluginHost, a callable returning one, "
        "or the dotted path of one"
    )


def get_host() -> PluginHost:
    """The app's plugin host: built once per process, shared by every thread."""
    global _host
    host = _host
    if host is None:
        with _lock:
            if _host is None:
                _host = _build()
            host = _host
    return host


def reset_host() -> None:
    """Forget the host; the next :func:`get_host` builds it again from the settings."""
    global _host
    with _lock:
        _host = None


def _setting_changed(*, setting: str, **_: Any) -> None:
    if setting == HOST_SETTING:
        reset_host()


class KleinschaligConfig(AppConfig):  # type: ignore[misc]  # Django is untyped here
    """``INSTALLED_APPS = [..., "kleinschalig.web.django"]``; the app label is
    ``kleinschalig`` (tables ``kleinschalig_*``)."""

    name = "kleinschalig.web.django"
    label = "kleinschalig"
    verbose_name = "kleinschalig"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Build the host now, at start-up, rather than in the first request."""
        setting_changed.connect(_setting_changed, dispatch_uid="kleinschalig-host")
        get_host()
