"""The facility-specific indicators of KV Middelburg (KVM) from appendix 4.

Appendix 4 of the pilot evaluation, Tabel B4.4 [001:L7092-7535], lists the
topics for a future process and effect evaluation of Middelburg. The topics
that recur across KVs are core indicators (``core.*``); the 7 registered here
are Middelburg's own: a concept no other KV names, or a topic without a
concept key (the indicator catalogue, §3.3). Each id is
``kv-middelburg.<appendix id>`` and cites the appendix line where the topic
starts.

The six inflow steps are computed from the facts the KVM declares
(``facts.py``): the three pre-scan checks, the request for probation advice, the
employer check and the agreements with the employer. A check with an outcome
is a :class:`~kleinschalig.model.indicators.Distribution` over that outcome
(objection, none, not done); a yes/no step is a
:class:`~kleinschalig.model.indicators.Share`. The build-up of the network
organisation is measured by interviews at KV level and stays an
:class:`~kleinschalig.model.indicators.Observation`.

The main outcome of the KVM, work or daytime activity throughout detention and
at outflow [001:L7334-7348], [000:L34-35], is not registered here: the core
indicators ``core.st.dagbesteding-hele-detentie`` and
``core.of.dagbesteding-behouden`` compute it for every KV, the KVM included.

Choices recorded here (⚠), each also in the indicator's description:

* The appendix names no denominators. The population of each step is who
  reached it in the inflow process: every candidate of the KVM for the
  pre-scan [001:L2143-2149]; for the advice request, the employer check and
  the employer agreements, who passed the pre-scan [001:L2151] with daytime
  activity of at least 24 hours a week that the employer allows to be checked
  [001:L2154-2157] (the guard of the workflow step ``advies_vragen``).
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.conditions import All, Compare, Not
from kleinschalig.model.indicators import (
    Distribution,
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Measure,
    Observation,
    Share,
    facility_indicator,
)
from kleinschalig_kv_middelburg.facts import (
    ADVIES_RECLASSERING,
    AFSPRAKEN_WERKGEVER,
    PRESCAN_OBJECTION,
    PRESCAN_OM,
    PRESCAN_POLITIE,
    PRESCAN_RECLASSERING_VH,
    WERKGEVERSCHECK,
)
from kleinschalig_kv_middelburg.plugin import FACILITY_CODE

__all__ = ["INDICATORS"]

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit

INTERVIEW: Final = Observation("interview")

#: Every candidate of the KVM: the records about this facility [001:L2143-2149].
CANDIDATES: Final = Compare("facility", "eq", FACILITY_CODE)
#: ⚠ Who reached the advice request and the screening: no objection in the pre-scan
#: [001:L2151], and daytime activity of at least 24 hours a week that the employer
#: allows to be checked [001:L2154-2157].
SCREENED: Final = All(
    (
        CANDIDATES,
        Not(PRESCAN_OBJECTION),
        Compare("daytime_activity.hours_per_week", "ge", 24),
        Compare("daytime_activity.employer_willing_to_be_checked", "eq", True),
    )
)

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


def _inflow_step(
    key: str, line: int, label: str, measure: Measure, explanation: str, description: str
) -> Indicator:
    """A step of the inflow, computed from the fact the KVM declares for it."""
    return _indicator(
        key, line, label, L.INFLOW, M.INFLOW, measure, explanation, description=description
    )


INDICATORS: Final[tuple[Indicator, ...]] = (
    _inflow_step(
        "mid-in-02",
        7114,
        N_("Check OM op lopende onderzoeken"),
        Distribution(PRESCAN_OM, CANDIDATES),
        _PRESCAN,
        N_(
            "Of het OM bij de pre-scan op lopende onderzoeken heeft gecontroleerd, en de "
            "uitkomst: verdeling van de kandidaten over geen bezwaar, bezwaar en niet uitgevoerd "
            "(kv-middelburg.prescan_om). ⚠ keuze: de bijlage noemt geen noemer; gekozen zijn "
            "alle kandidaten van de KVM (001:L2143-2149)."
        ),
    ),
    _inflow_step(
        "mid-in-03",
        7116,
        N_("Check politie op actuele meldingen"),
        Distribution(PRESCAN_POLITIE, CANDIDATES),
        _PRESCAN,
        N_(
            "Of de politie bij de pre-scan op actuele meldingen heeft gecontroleerd, en de "
            "uitkomst: verdeling van de kandidaten over geen bezwaar, bezwaar en niet uitgevoerd "
            "(kv-middelburg.prescan_politie). ⚠ keuze: de bijlage noemt geen noemer; gekozen "
            "zijn alle kandidaten van de KVM (001:L2143-2149)."
        ),
    ),
    _inflow_step(
        "mid-in-04",
        7118,
        N_("Check reclassering en Veiligheidshuis op contra-indicaties"),
        Distribution(PRESCAN_RECLASSERING_VH, CANDIDATES),
        _PRESCAN,
        N_(
            "Of de reclassering en het Veiligheidshuis bij de pre-scan op contra-indicaties "
            "hebben gecontroleerd, en de uitkomst: verdeling van de kandidaten over geen "
            "bezwaar, bezwaar en niet uitgevoerd "
            "(kv-middelburg.prescan_reclassering_veiligheidshuis). ⚠ keuze: de bijlage noemt "
            "geen noemer; gekozen zijn alle kandidaten van de KVM (001:L2143-2149)."
        ),
    ),
    _inflow_step(
        "mid-in-06",
        7126,
        N_("Verzoek om advies reclassering"),
        Share(Compare(ADVIES_RECLASSERING, "eq", True), SCREENED),
        _INVITE,
        N_(
            "Aandeel bij wie de casemanager de reclassering om advies heeft gevraagd "
            "(kv-middelburg.advies_reclassering_gevraagd). ⚠ keuze: de bijlage noemt geen "
            "noemer; gekozen is wie deze stap bereikte: geen bezwaar in de pre-scan "
            "(001:L2151) en dagbesteding van minstens 24 uur per week die de werkgever laat "
            "controleren (001:L2154-2157). In de aangepaste werkwijze adviseert de PI "
            "(001:L4011-4015); dan daalt dit aandeel."
        ),
    ),
    _inflow_step(
        "mid-in-08",
        7135,
        N_("Uitvoering en uitkomst werkgeverscheck"),
        Distribution(WERKGEVERSCHECK, SCREENED),
        _SCREENING,
        N_(
            "Of de werkgeverscheck bij de screening is uitgevoerd, en de uitkomst: verdeling "
            "over geen bezwaar, bezwaar en niet uitgevoerd (kv-middelburg.werkgeverscheck). "
            "⚠ keuze: de bijlage noemt geen noemer; gekozen is wie de screening bereikte: geen "
            "bezwaar in de pre-scan (001:L2151) en dagbesteding van minstens 24 uur per week "
            "die de werkgever laat controleren (001:L2154-2157)."
        ),
    ),
    _inflow_step(
        "mid-in-10",
        7141,
        N_("Afspraken werkgever (bv. m.b.t. controles)"),
        Share(Compare(AFSPRAKEN_WERKGEVER, "eq", True), SCREENED),
        _SCREENING,
        N_(
            "Aandeel met wiens werkgever bij de screening afspraken zijn gemaakt, bijvoorbeeld "
            "over controles (kv-middelburg.afspraken_werkgever); de inhoud is vrije tekst en "
            "wordt niet geteld. ⚠ keuze: de bijlage noemt geen noemer; gekozen is wie de "
            "screening bereikte: geen bezwaar in de pre-scan (001:L2151) en dagbesteding van "
            "minstens 24 uur per week die de werkgever laat controleren (001:L2154-2157)."
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
