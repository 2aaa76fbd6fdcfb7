"""The facility-specific indicators of appendix 4 (Tabel B4.4) that kv-middelburg registers."""

from typing import ClassVar

from kleinschalig_kv_middelburg.plugin import FACILITY_CODE

from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-middelburg"
    plugin = "kleinschalig_kv_middelburg.plugin"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (7092, 7535)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "mid-in-02": 7114,
        "mid-in-03": 7116,
        "mid-in-04": 7118,
        "mid-in-06": 7126,
        "mid-in-08": 7135,
        "mid-in-10": 7141,
        "mid-cx-03": 7292,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "mid-cx-03": "cx.network_buildup",
    }
    #: Appendix ids computed from the case record; the rest are observations.
    computable = frozenset()
