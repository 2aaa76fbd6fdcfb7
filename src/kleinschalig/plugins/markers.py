"""The pluggy markers of the ``kleinschalig`` project name."""

from __future__ import annotations

from typing import Final

import pluggy

PROJECT: Final = "kleinschalig"

#: Decorate a plugin's hook implementations with this.
hookimpl: Final = pluggy.HookimplMarker(PROJECT)
#: Used by :mod:`kleinschalig.plugins.hookspecs` only.
hookspec: Final = pluggy.HookspecMarker(PROJECT)
