"""The facility-specific indicators of KV Middelburg (KVM) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.4 [001:L7092-7535], lists the
topics for a future process and effect evaluation of Middelburg. The topics
that recur across KVs are core indicators (``core.*``); the 7 registered here
are Middelburg's own: a concept no other KV names, or a topic without a
concept key (the indicator catalogue, §3.3). Each id is
``kv-middelburg.<appendix id>`` and cites the appendix line where the topic
starts.

None of them can be computed from the case record, so each is an
:class:`~kleinschalig.model.indicators.Observation` with the method the
appendix names (registration or interviews) and its population in the
description. Choices recorded here (⚠):

* The pre-scan checks, the request for probation advice, the employer check
  and the agreements with the employer are steps of the inflow; indicator
  measures read case facts, not the event log, so they are registrations.
  ``daytime_activity.employer_willing_to_be_checked`` says whether the
  employer allows checks, not whether the check was done or agreements were
  made.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.indicators import (
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Measure,
    Observation,
    facility_indicator,
)
from kleinschalig_kv_middelburg.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

REGISTRATION: Final = Observation("registration")
INTERVIEW: Final = Observation("interview")

_PRESCAN = N_("Tabel B4.4, instroom (pre-scan): registratie per persoon en geaggregeerd.")
_INVITE = N_("Tabel B4.4, instroom (uitnodigen): registratie per persoon en geaggregeerd.")
_SCREENING = N_("Tabel B4.4, instroom (screening): registratie per persoon en geaggregeerd.")
_COLLABORATION = N_(
    "Tabel B4.4, samenwerking en netwerkorganisatie (contextfactor): interviews op KV-niveau."
)


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


def _inflow_step(key: str, line: int, label: str, explanation: str, description: str) -> Indicator:
    """A step of the inflow, registered per candidate."""
    return _indicator(
        key, line, label, L.INFLOW, M.INFLOW, REGISTRATION, explanation, description=description
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    _inflow_step(
        "mid-in-02",
        7114,
        N_("Check OM op lopende onderzoeken"),
        _PRESCAN,
        N_(
            "Of het OM bij de pre-scan op lopende onderzoeken heeft gecontroleerd, en de "
            "uitkomst (wel of geen contra-indicatie); aandeel van de kandidaten."
        ),
    ),
    _inflow_step(
        "mid-in-03",
        7116,
        N_("Check politie op actuele meldingen"),
        _PRESCAN,
        N_(
            "Of de politie bij de pre-scan op actuele meldingen heeft gecontroleerd, en de "
            "uitkomst; aandeel van de kandidaten."
        ),
    ),
    _inflow_step(
        "mid-in-04",
        7118,
        N_("Check reclassering en Veiligheidshuis op contra-indicaties"),
        _PRESCAN,
        N_(
            "Of de reclassering en het Veiligheidshuis bij de pre-scan op contra-indicaties "
            "hebben gecontroleerd, en de uitkomst; aandeel van de kandidaten."
        ),
    ),
    _inflow_step(
        "mid-in-06",
        7126,
        N_("Verzoek om advies reclassering"),
        _INVITE,
        N_(
            "Of bij het uitnodigen om advies van de reclassering is gevraagd, en de uitkomst; "
            "aandeel van de kandidaten."
        ),
    ),
    _inflow_step(
        "mid-in-08",
        7135,
        N_("Uitvoering en uitkomst werkgeverscheck"),
        _SCREENING,
        N_(
            "Of bij de screening de werkgeverscheck is uitgevoerd, en de uitkomst; aandeel van "
            "de kandidaten."
        ),
    ),
    _inflow_step(
        "mid-in-10",
        7141,
        N_("Afspraken werkgever (bv. m.b.t. controles)"),
        _SCREENING,
        N_(
            "Of bij de screening afspraken met de werkgever zijn gemaakt, bijvoorbeeld over "
            "controles, met een toelichting; aandeel van de kandidaten."
        ),
    ),
    _indicator(
        "mid-cx-03",
        7292,
        N_("Opbouw netwerkorganisatie"),
        L.CONTEXT,
        M.PERIOD,
        INTERVIEW,
        _COLLABORATION,
        common_key="cx.network_buildup",
        description=N_(
            "Of en hoe de netwerkorganisatie rond de KV wordt opgebouwd; ja of nee met een "
            "toelichting, op KV-niveau."
        ),
    ),
)
