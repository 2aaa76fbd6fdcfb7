"""The national legal titles (juridische titels) bundled with the core.

The data is ``titles.yaml`` beside this module: titles of deprivation of liberty,
statuses, modalities, measures, placement bases and bars, each citing the seed
lines it rests on, with every choice recorded in its ``note`` [policy-model §1,
kv-plans §7.2].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.titles import LegalTitle
from kleinschalig.national._data import objects

__all__ = ["NATIONAL_TITLES"]

NATIONAL_TITLES: Final[tuple[LegalTitle, ...]] = objects("titles", "legal_title")
