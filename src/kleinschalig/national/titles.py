"""The national legal titles (juridische titels) bundled with the core.

The data is ``titles.yaml`` beside this module: titles of deprivation of liberty,
statuses, modalities, measures, placement bases and bars, each citing the seed
lines it rests on, with every choice recorded in its ``note``: the adult titles
[002:L43-47], [002:L185-205], [002:L719-824], the youth titles [003:L55-69] and the
pilots' titles and bars [001:L349-353], [001:L2411-2417], [001:L3927-3929].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.titles import LegalTitle
from kleinschalig.national._data import objects

__all__ = ["NATIONAL_TITLES"]

NATIONAL_TITLES: Final[tuple[LegalTitle, ...]] = objects("titles", "legal_title")
