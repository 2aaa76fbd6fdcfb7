"""The facility-specific indicators of appendix 4 (Tabel B4.2) that kv-amsterdam registers."""

from typing import ClassVar

from kleinschalig_kv_amsterdam.plugin import FACILITY_CODE

from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-amsterdam"
    plugin = "kleinschalig_kv_amsterdam.plugin"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (6065, 6605)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "ams-in-01": 6083,
        "ams-tg-08": 6147,
        "ams-tg-12": 6178,
        "ams-out-06": 6285,
        "ams-out-07": 6287,
        "ams-st-03": 6414,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "ams-tg-08": "tg.care_trajectory_outside",
    }
    #: Appendix ids computed from the case record; the rest are observations.
    computable = frozenset()
