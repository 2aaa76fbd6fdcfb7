"""The facility-specific indicators of appendix 4 (Tabel B4.1) that kv-almelo registers."""

from typing import ClassVar

from kleinschalig_kv_almelo.plugin import FACILITY_CODE

from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-almelo"
    plugin = "kleinschalig_kv_almelo.plugin"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (5402, 6063)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "alm-in-04": 5432,
        "alm-in-05": 5436,
        "alm-in-09": 5459,
        "alm-in-10": 5463,
        "alm-in-12": 5471,
        "alm-tg-08": 5521,
        "alm-out-06": 5610,
        "alm-pr-02a": 5664,
        "alm-pr-02f": 5676,
        "alm-pr-02g": 5678,
        "alm-cx-03": 5705,
        "alm-st-08": 5781,
        "alm-lt-10": 5914,
        "alm-lt-14": 5954,
        "alm-lt-15": 5958,
        "alm-lt-16": 5968,
        "alm-lt-18": 5996,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "alm-in-09": "in.plan_drawn_up",
        "alm-tg-08": "tg.complex_problems",
        "alm-pr-02a": "pr.rv.partner_resources",
        "alm-pr-02f": "pr.rv.partner_support",
        "alm-pr-02g": "pr.rv.information_exchange",
        "alm-cx-03": "cx.continuous_involvement",
        "alm-lt-10": "lt.aftercare_coordinator",
    }
    #: Appendix ids computed from the case record; the rest are observations.
    computable = frozenset()
