"""What went wrong while loading plugins: which plugin, at which stage, what, where."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import attrs

from kleinschalig.errors import ErrorDetail, KleinschaligError
from kleinschalig.i18n import N_, translate

__all__ = ["PluginError", "PluginLoadFailed", "Stage"]


class Stage(StrEnum):
    """When a plugin failed (``load_time`` is only ever a warning)."""

    PERMISSIONS = "permissions"
    IMPORT = "import"
    DATA = "data"
    NAME = "name"
    HOOKS = "hooks"
    HOOK_CALL = "hook_call"
    REGISTER = "register"
    CONFLICT = "conflict"
    OWNERSHIP = "ownership"
    REFERENCE = "reference"
    LOAD_TIME = "load_time"


_STAGE_TEXT = {
    Stage.PERMISSIONS: N_("plugin-map of -bestand kan door anderen dan u worden gewijzigd"),
    Stage.IMPORT: N_("plugin kon niet worden geïmporteerd"),
    Stage.DATA: N_("gegevensbestand van de plugin is ongeldig"),
    Stage.NAME: N_("pluginnaam komt meer dan eens voor"),
    Stage.HOOKS: N_("ongeldige of onbekende hook"),
    Stage.HOOK_CALL: N_("hook gaf een fout"),
    Stage.REGISTER: N_("geregistreerd object is ongeldig"),
    Stage.CONFLICT: N_("code is door meer dan één plugin geregistreerd"),
    Stage.OWNERSHIP: N_("registreert in wat een andere plugin toebehoort, zonder toestemming"),
    Stage.REFERENCE: N_("verwijzing naar iets dat niet geregistreerd is"),
    Stage.LOAD_TIME: N_("laden duurde langer dan het budget"),
}


@attrs.frozen(slots=True)
class PluginError:
    """One problem with one plugin. ``object`` is ``kind:code`` of what was registered."""

    plugin: str
    stage: Stage
    detail: str = ""
    hook: str | None = None
    object: str | None = None
    errors: tuple[ErrorDetail, ...] = ()
    others: tuple[str, ...] = ()
    #: Where a data plugin defines the object, or where its file has the problem
    #: (``kv-zwolle.yaml:142``, with the JSON Pointer when it names an object).
    location: str | None = None
    #: The hook a misspelt name probably meant (``kleinschalig_register_criteria``).
    meant: str | None = None

    def lines(self, lang: str = "nl") -> list[str]:
        """Readable lines: the headline, then one line per field error."""
        head = f"{self.plugin}: {translate(_STAGE_TEXT[self.stage], lang)}"
        if self.hook:
            head += f" [{self.hook}]"
        if self.object:
            head += f" {self.object}"
        if self.others:
            head += " (" + ", ".join(self.others) + ")"
        if self.location and not self.errors:
            head += f" ({self.location})"
        if self.detail:
            head += f": {self.detail}"
        if self.meant:
            head += "; " + translate(N_("bedoelde u {hook}?"), lang).format(hook=self.meant)
        where = f"{self.location.split(' ')[0]} " if self.location else ""
        return [head] + [
            f"  {where}{e.path or '/'}: {e.message(lang)} [{e.code}]" for e in self.errors
        ]

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "plugin": self.plugin,
            "stage": self.stage.value,
            "hook": self.hook,
            "object": self.object,
            "others": list(self.others),
            "detail": self.detail,
            "location": self.location,
            "meant": self.meant,
            "message": translate(_STAGE_TEXT[self.stage], lang),
            "errors": [e.to_dict(lang) for e in self.errors],
        }


class PluginLoadFailed(KleinschaligError):
    """Raised in strict mode when any plugin failed to load."""

    def __init__(self, errors: tuple[PluginError, ...]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.lines("en")[0] for e in errors))
