"""The facility-specific indicators of KV Rotterdam Hoogvliet from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.5 [001:L7537-8089], lists the
topics for a future process and effect evaluation of Rotterdam Hoogvliet. The
topics that recur across KVs are core indicators (``core.*``); the 4
registered here are Rotterdam's own: topics without a concept key (the
indicator catalogue, §3.3). A follow-up question ("uitkomst taaltest") is part
of its parent's description, not an indicator of its own. Each id is
``kv-rotterdam-hoogvliet.<appendix id>`` and cites the appendix line where the
topic starts.

"Engelssprekend" is computed from the case record: English among the
recorded languages, among those placed (as the core reads "Nederlandssprekend").
The file screening by probation and the language test are computed from facts
this plugin declares (``kv-rotterdam.dossierscreening``,
``kv-rotterdam.taaltest_afgenomen``, see ``FACTS`` in ``plugin.py``), among those
placed. The judgement on DJI staff stays an observation
(:class:`~kleinschalig.model.indicators.Observation`) with the method the
appendix names and its population in the description.
Choices recorded here (⚠):

* The file screening by probation is also a step of the inflow workflow
  [001:L2500-2504]; indicator measures read case facts, not the event log, so the
  KV records it as a declared fact as well, the registration the appendix asks for.
* The outcome of the language test [001:L7684] is not declared: the sources name
  no test and no scale. It stays part of the description.
* "Interviews, registratie" [001:L7664-7672]: a topic counted per person is a
  registration; the judgement on DJI staff is a KV-level judgement from
  interviews.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.conditions import Compare, Contains, OneOf
from kleinschalig.model.indicators import (
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Measure,
    Observation,
    Share,
    facility_indicator,
)
from kleinschalig_kv_rotterdam.plugin import FACILITY_CODE, FACT_NAMESPACE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

PLACED: Final = OneOf("placement.decision", ("placed",))
INTERVIEW: Final = Observation("interview")

_TARGET_GROUP = N_("Tabel B4.5, kenmerken bij instroom (doelgroep): registratie.")
_ACTIVITIES = N_("Tabel B4.5, activiteiten (output): interviews en registratie.")


def _indicator(
    key: str,
    line: int,
    label: str,
    level: IndicatorLevel,
    moment: IndicatorMoment,
    measure: Measure,
    explanation: str,
    *,
    description: str,
    unit: IndicatorUnit = U.SHARE,
    common_key: str | None = None,
) -> Indicator:
    """An appendix-4 indicator of this facility, citing the line where its topic starts."""
    source = cite(f"001:L{line}", explanation)
    return facility_indicator(
        FACILITY_CODE,
        key,
        label,
        level,
        moment,
        measure,
        source,
        description=description,
        unit=unit,
        common_key=common_key,
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    _indicator(
        "rhv-tg-10",
        7636,
        N_("Engelssprekend"),
        L.TARGET_GROUP,
        M.T0,
        Share(Contains("intake.languages", "en"), denominator=PLACED),
        _TARGET_GROUP,
        description=N_(
            "Engels staat bij de vastgelegde talen; aandeel van de geplaatsten. Zonder "
            "vastgelegde talen telt een dossier niet mee (ontbrekend)."
        ),
    ),
    _indicator(
        "rhv-out-01",
        7674,
        N_("Dossierscreening door reclassering"),
        L.OUTPUT,
        M.T0,
        Share(Compare(f"{FACT_NAMESPACE}.dossierscreening", "eq", True), denominator=PLACED),
        _ACTIVITIES,
        description=N_(
            "Of de reclassering het dossier heeft gescreend (kv-rotterdam.dossierscreening); "
            "aandeel van de geplaatsten. Zonder vastgelegde screening telt een dossier niet mee "
            "(ontbrekend). ⚠ keuze: de screening is ook een stap van de instroomworkflow "
            "(001:L2500-2504); de indicator leest het vastgelegde feit, niet het logboek."
        ),
    ),
    _indicator(
        "rhv-out-03",
        7682,
        N_("Taaltest afgenomen"),
        L.OUTPUT,
        M.T0,
        Share(Compare(f"{FACT_NAMESPACE}.taaltest_afgenomen", "eq", True), denominator=PLACED),
        _ACTIVITIES,
        description=N_(
            "Of een taaltest is afgenomen (kv-rotterdam.taaltest_afgenomen); aandeel van de "
            "geplaatsten. Zonder vastgelegd antwoord telt een dossier niet mee (ontbrekend). "
            "⚠ keuze: de uitkomst van de taaltest (001:L7684) wordt niet berekend: de bronnen "
            "noemen geen test en geen schaal."
        ),
    ),
    _indicator(
        "rhv-out-16",
        7791,
        N_(
            "Groepsgerichte ondersteuning: DJI-medewerkers voldoende in staat voor het bieden "
            "van groepsgerichte ondersteuning"
        ),
        L.OUTPUT,
        M.PERIOD,
        INTERVIEW,
        _ACTIVITIES,
        description=N_(
            "Of de DJI-medewerkers voldoende in staat zijn groepsgerichte ondersteuning te "
            "bieden; oordeel met een toelichting, op KV-niveau."
        ),
    ),
)
