"""Indicators and cohort analytics: computed the same way every time, denominators visible.

>>> from kleinschalig.indicators import compute
"""

from kleinschalig.indicators.cohort import (
    CONSISTENCY_CODES,
    ConsistencyWarning,
    Funnel,
    FunnelRun,
    OccupancyReport,
    OccupancyRun,
    funnel,
    occupancy,
)
from kleinschalig.indicators.engine import IndicatorRun, compute, in_period
from kleinschalig.indicators.jsonl import InvalidLine, JsonlReader
from kleinschalig.indicators.results import (
    EXCLUSION_REASONS,
    REPORT_TABLE_COLUMNS,
    Category,
    Exclusion,
    IndicatorReport,
    IndicatorResult,
)
from kleinschalig.indicators.table import Table

__all__ = [
    "CONSISTENCY_CODES",
    "EXCLUSION_REASONS",
    "REPORT_TABLE_COLUMNS",
    "Category",
    "ConsistencyWarning",
    "Exclusion",
    "Funnel",
    "FunnelRun",
    "IndicatorReport",
    "IndicatorResult",
    "IndicatorRun",
    "InvalidLine",
    "JsonlReader",
    "OccupancyReport",
    "OccupancyRun",
    "Table",
    "compute",
    "funnel",
    "in_period",
    "occupancy",
]
