"""The indicators common to the KVs, computable from case records.

The data, with the choices made (⚠), is ``indicators.yaml`` beside this module:
the indicators that recur across the KVs in appendix 4 of the pilot evaluation
[001:L5368-8089], each citing the appendix lines of every KV that lists it.
Facility-specific indicators are registered by the facility plugins.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.indicators import Indicator
from kleinschalig.national._data import objects

__all__ = ["CORE_INDICATORS"]

CORE_INDICATORS: Final[tuple[Indicator, ...]] = objects("indicators", "indicator")
