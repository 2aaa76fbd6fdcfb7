"""The facility-specific indicators of appendix 4 (Tabel B4.3) that kv-krimpen registers."""

from typing import ClassVar

from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-krimpen"
    plugin = "kleinschalig_kv_krimpen"
    facility_code = "kv-krimpen"
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (6607, 7090)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "kri-tg-08": 6683,
        "kri-tg-08a": 6685,
        "kri-tg-11": 6699,
        "kri-tg-12": 6701,
        "kri-out-08": 6778,
        "kri-out-09": 6780,
        "kri-out-10": 6786,
        "kri-out-11": 6790,
        "kri-out-13": 6798,
        "kri-out-14": 6802,
        "kri-out-15": 6806,
        "kri-out-16": 6812,
        "kri-out-17": 6818,
        "kri-out-19": 6832,
        "kri-st-05": 6986,
        "kri-st-06": 6988,
        "kri-lt-01": 7002,
        "kri-lt-02": 7006,
        "kri-lt-05": 7044,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {
        "kri-tg-11": "tg.work_capacity",
        "kri-tg-12": "tg.work_willingness",
        "kri-lt-01": "lt.paid_work",
        "kri-lt-02": "lt.paid_work_continued",
    }
    #: Appendix ids computed from the case record (from Krimpen's declared facts); the
    #: rest are observations (questionnaire answers about an experience).
    computable = frozenset(catalogue_lines) - {"kri-st-05", "kri-st-06"}
