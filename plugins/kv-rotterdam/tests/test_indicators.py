"""The facility-specific indicators of appendix 4 (Tabel B4.5) that kv-rotterdam registers."""

import datetime as dt
from typing import ClassVar

from kleinschalig_kv_rotterdam.plugin import FACILITY_CODE

from kleinschalig.i18n import translate
from kleinschalig.indicators import compute
from kleinschalig.model import CaseRecord, IntakeFacts, PlacementDecision, PlacementFacts
from kleinschalig.testing.indicator_catalogue import IndicatorCatalogueConformance


class TestIndicators(IndicatorCatalogueConformance):
    """The checks of :class:`IndicatorCatalogueConformance` against appendix 4."""

    plugin_name = "kv-rotterdam"
    plugin = "kleinschalig_kv_rotterdam.plugin"
    facility_code = FACILITY_CODE
    document = "001"
    #: This KV's part of the facility-specific items of the indicator catalogue (§3.3).
    section = (7537, 8089)
    #: Appendix id (lower case) -> the seed-001 line where the topic starts.
    catalogue_lines: ClassVar[dict[str, int]] = {
        "rhv-tg-10": 7636,
        "rhv-out-01": 7674,
        "rhv-out-03": 7682,
        "rhv-out-16": 7791,
    }
    #: The concept keys of those items that have one (used by this KV only).
    common_keys: ClassVar[dict[str, str]] = {}
    #: Appendix ids computed from the case record; the rest are observations.
    computable = frozenset({"rhv-tg-10"})

    def test_english_speaking_is_computed_among_those_placed(self, own):
        """English among the recorded languages; the denominator is everyone placed."""
        placed = PlacementFacts(PlacementDecision.PLACED, inflow_date=dt.date(2019, 5, 1))
        cohort = [
            CaseRecord(
                "fictief-rhv-ind-1",
                "c-1",
                placement=placed,
                intake=IntakeFacts(languages=("nl", "en")),
            ),
            CaseRecord(
                "fictief-rhv-ind-2", "c-2", placement=placed, intake=IntakeFacts(languages=("nl",))
            ),
            CaseRecord("fictief-rhv-ind-3", "c-3", placement=placed),
            CaseRecord(
                "fictief-rhv-ind-4",
                "c-4",
                placement=PlacementFacts(PlacementDecision.NOT_PLACED),
                intake=IntakeFacts(languages=("en",)),
            ),
        ]
        report = compute(cohort, list(own.values()), on=dt.date(2020, 1, 1))
        r = report.result(f"{FACILITY_CODE}.rhv-tg-10")
        assert (r.numerator, r.denominator, r.in_scope, r.value) == (1, 2, 3, 0.5)
        assert [(e.reason, e.case_ids, e.missing) for e in r.excluded] == [
            ("data.missing", ("c-3",), ("intake.languages",))
        ]
        assert translate(own[f"{FACILITY_CODE}.rhv-tg-10"].label, "en") == "English-speaking"
