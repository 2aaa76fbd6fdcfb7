"""The indicators common to the KVs, computable from case records.

Appendix 4 of the pilot evaluation lists 468 indicators across the five KVs
[001:L5368-8089]; those recurring across facilities share a concept key
(``common_key``) and are defined here once, over the case record. Each cites
the appendix lines of every KV that lists it. Facility-specific indicators
are registered by the facility plugins.

Choices recorded here (⚠):

* The appendix fixes no window for recidivism and no interval for T2
  [001:L5378-5382]: the recidivism indicators carry no window, and compute
  nothing until one is given (``compute(..., window=...)``, ``--window``).
* "Dutch-speaking" is read as Dutch among the recorded languages.
* The five basisvoorwaarden are the model's five; the appendix's sixth
  sub-item (a running care trajectory) has no status in the model
  [001:L6947-6965], [001:L7352-7370].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import Basisvoorwaarde, MeasurementMoment
from kleinschalig.model.common import RecidivismType
from kleinschalig.model.conditions import (
    All,
    Compare,
    Condition,
    Contains,
    Not,
    OneOf,
    Recorded,
)
from kleinschalig.model.indicators import (
    BasisvoorwaardenMet,
    Distribution,
    DomainChange,
    FeedbackSent,
    Indicator,
    IndicatorLevel,
    IndicatorMoment,
    IndicatorUnit,
    Mean,
    Measure,
    Recidivism,
    Share,
    StayLength,
)
from kleinschalig.model.sources import DocumentSource, cite

__all__ = ["CORE_INDICATORS"]

_APPENDIX: Final[dict[str, tuple[int, ...]]] = {
    "in.placement_decision": (5479, 6095, 6631, 7128),
    "in.referral_route": (5422, 5424, 5426, 7110, 7555),
    "tg.sex": (5509, 6135, 6671, 7181, 7604),
    "tg.offence_type": (5497, 6119, 6655, 7165, 7588),
    "tg.prior_offence": (5501, 6127, 6663, 7173, 7596),
    "tg.prior_offence_count": (5503, 6129, 6665, 7175, 7598),
    "tg.group_suitable": (5529, 6184, 6693),
    "tg.dutch_speaking": (5535, 6691, 7634),
    "tg.motivation_intake": (5537, 6190, 7201, 7658),
    "tg.addiction_problems": (5555, 6220, 6715, 7652),
    "tg.psychiatric_problems": (5553, 6172, 6705),
    "tg.intellectual_disability": (5557, 6174, 6707),
    "tg.regional_tie": (5515, 6202, 6677, 7199, 7640),
    "tg.activity_status": (6150, 7187, 7612),
    "tg.age": (5511, 6137, 6673, 7183, 7606),
    "tg.remaining_sentence": (5513, 6675),
    "of.activity_at_outflow": (6407, 7344, 7894),
    "st.activity_throughout": (6397, 7334, 7884),
    "of.outflow_date": (6061, 6603, 7088, 7533, 8089),
    "tg.inflow_date": (5495, 6117, 6653, 7163, 7586),
    "st.basic_conditions": (6947, 7352),
    "st.bc.valid_id": (6951, 7356),
    "st.bc.housing": (5741, 6953, 7358),
    "st.bc.income": (6955, 7360),
    "st.bc.debt_approach": (5743, 6959, 7364),
    "st.bc.health_insurance": (6963, 7368),
    "fg.conviction": (6037, 6570, 7064, 7509, 8065),
    "fg.pretrial_detention": (6035, 6564, 7058, 7503, 8059),
    "fg.police_incident": (6039, 6572, 7066, 7511, 8067),
    "fg.police_report": (6045, 6580, 7072, 7517, 8073),
    "lt.domain.work_activity_education": (5797, 7396, 7952),
    "lt.domain.finances": (5809, 7409, 7966),
    "lt.domain.housing": (5821, 7421, 7978),
    "lt.domain.attitude_behaviour": (5832, 7433, 7990),
    "lt.domain.social_network": (5844, 7445, 8002),
    "lt.domain.leisure": (5856, 7457, 8014),
    "lt.domain.psychological_wellbeing": (5868, 7469, 8025),
    "lt.domain.substance_use": (5880, 7481, 8037),
}


def _src(key: str) -> tuple[DocumentSource, ...]:
    return tuple(cite(f"001:L{line}") for line in _APPENDIX[key])


PLACED: Final = OneOf("placement.decision", ("placed",))
DECIDED: Final = Not(OneOf("placement.decision", ("pending",)))
LEFT: Final = All((PLACED, Recorded("placement.outflow_date")))
REFERRED: Final = Recorded("referral.date")
_PRESENT: Final = ("present", "severe")
#: Work, education, daytime activity or a care trajectory: an activity, not "none".
ACTIVE: Final = ("work", "education", "day_activity", "care_trajectory")

L, M, U = IndicatorLevel, IndicatorMoment, IndicatorUnit


def _indicator(
    id: str,
    label: str,
    level: IndicatorLevel,
    moment: IndicatorMoment,
    key: str,
    measure: Measure,
    unit: IndicatorUnit = IndicatorUnit.SHARE,
    *,
    description: str = "",
) -> Indicator:
    """A core indicator of the concept ``key``, citing every KV's appendix line for it."""
    return Indicator(
        id=id,
        label=label,
        level=level,
        moment=moment,
        measure=measure,
        unit=unit,
        sources=_src(key),
        common_key=key,
        description=description,
    )


def _share(
    id: str,
    label: str,
    level: IndicatorLevel,
    moment: IndicatorMoment,
    key: str,
    rule: Condition,
    denominator: Condition = PLACED,
    *,
    description: str = "",
) -> Indicator:
    return _indicator(
        id, label, level, moment, key, Share(rule, denominator), description=description
    )


_BV_LABELS: Final = {
    Basisvoorwaarde.HOUSING: (N_("Huisvesting geregeld (T0)"), N_("Huisvesting geregeld (T1)")),
    Basisvoorwaarde.INCOME: (N_("Inkomen geregeld (T0)"), N_("Inkomen geregeld (T1)")),
    Basisvoorwaarde.DEBTS: (
        N_("Schulden in beeld en aanpak (T0)"),
        N_("Schulden in beeld en aanpak (T1)"),
    ),
    Basisvoorwaarde.ID_DOCUMENT: (
        N_("Geldig identiteitsbewijs (T0)"),
        N_("Geldig identiteitsbewijs (T1)"),
    ),
    Basisvoorwaarde.CARE_INSURANCE: (N_("Zorgverzekering (T0)"), N_("Zorgverzekering (T1)")),
}
_BV_KEYS: Final = {
    Basisvoorwaarde.HOUSING: "st.bc.housing",
    Basisvoorwaarde.INCOME: "st.bc.income",
    Basisvoorwaarde.DEBTS: "st.bc.debt_approach",
    Basisvoorwaarde.ID_DOCUMENT: "st.bc.valid_id",
    Basisvoorwaarde.CARE_INSURANCE: "st.bc.health_insurance",
}
_DOMAIN_LABELS: Final = {
    "work_activity_education": N_("Verandering leefgebied werk, dagbesteding en opleiding (T0→T1)"),
    "finances": N_("Verandering leefgebied financiën (T0→T1)"),
    "housing": N_("Verandering leefgebied huisvesting (T0→T1)"),
    "attitude_behaviour": N_("Verandering leefgebied houding en gedrag (T0→T1)"),
    "social_network": N_("Verandering leefgebied sociaal netwerk (T0→T1)"),
    "leisure": N_("Verandering leefgebied vrije tijd (T0→T1)"),
    "psychological_wellbeing": N_("Verandering leefgebied psychisch welbevinden (T0→T1)"),
    "substance_use": N_("Verandering leefgebied middelengebruik (T0→T1)"),
}
_RECIDIVISM: Final = {
    "fg.pretrial_detention": (
        RecidivismType.PRETRIAL_DETENTION,
        N_("Voorlopige hechtenis na uitstroom"),
    ),
    "fg.conviction": (RecidivismType.CONVICTION, N_("Nieuwe veroordeling na uitstroom")),
    "fg.police_incident": (
        RecidivismType.POLICE_INCIDENT,
        N_("Betrokken bij politie-incident na uitstroom"),
    ),
    "fg.police_report": (
        RecidivismType.POLICE_REPORT,
        N_("Aangifte tegen betrokkene na uitstroom"),
    ),
}

CORE_INDICATORS: Final[tuple[Indicator, ...]] = (
    # Inflow: the selection funnel.
    _share(
        "core.in.geplaatst",
        N_("Geplaatst, van de kandidaten met een besluit"),
        L.INFLOW,
        M.INFLOW,
        "in.placement_decision",
        PLACED,
        DECIDED,
    ),
    _share(
        "core.in.aanbod-afgeslagen",
        N_("Aanbod afgeslagen, van de kandidaten met een besluit"),
        L.INFLOW,
        M.INFLOW,
        "in.placement_decision",
        OneOf("placement.decision", ("declined",)),
        DECIDED,
    ),
    _share(
        "core.in.uitzondering",
        N_("Geplaatst met een uitzondering op de criteria"),
        L.INFLOW,
        M.INFLOW,
        "in.placement_decision",
        Compare("placement.admitted_by_exception", "eq", True),
    ),
    _indicator(
        "core.in.verwijzer",
        N_("Verwezen door (partnerrol)"),
        L.INFLOW,
        M.INFLOW,
        "in.referral_route",
        Distribution("referral.by", REFERRED),
    ),
    Indicator(
        id="core.in.terugkoppeling",
        label=N_("Terugkoppeling over het plaatsingsbesluit verstuurd aan verwijzers en adviseurs"),
        level=L.PROCESS,
        moment=M.INFLOW,
        measure=FeedbackSent(),
        unit=U.SHARE,
        sources=(
            cite("000:L100-101", N_("Terugkoppeling aan ketenpartners over plaatsing ontbreekt.")),
            cite("000:L126-128", N_("Aanbeveling: meer terugkoppeling aan ketenpartners.")),
        ),
        description=N_("De eenheid is een verschuldigde terugkoppeling, niet een persoon."),
    ),
    # Target group at intake (T0), among those placed.
    _indicator(
        "core.tg.geslacht",
        N_("Geslacht"),
        L.TARGET_GROUP,
        M.T0,
        "tg.sex",
        Distribution("sex", PLACED),
    ),
    _indicator(
        "core.tg.delict",
        N_("Soort delict van de huidige detentie"),
        L.TARGET_GROUP,
        M.T0,
        "tg.offence_type",
        Distribution("intake.offence_type", PLACED),
    ),
    _share(
        "core.tg.eerdere-delicten",
        N_("Eerder delicten gepleegd"),
        L.TARGET_GROUP,
        M.T0,
        "tg.prior_offence",
        Compare("intake.prior_offences", "eq", True),
    ),
    _indicator(
        "core.tg.aantal-eerdere-delicten",
        N_("Aantal eerdere delicten (gemiddeld)"),
        L.TARGET_GROUP,
        M.T0,
        "tg.prior_offence_count",
        Mean("intake.prior_offence_count", PLACED),
        U.MEAN,
    ),
    _share(
        "core.tg.groepsgeschikt",
        N_("Groepsgeschikt"),
        L.TARGET_GROUP,
        M.T0,
        "tg.group_suitable",
        Compare("intake.group_suitable", "eq", True),
    ),
    _share(
        "core.tg.nederlandstalig",
        N_("Nederlandstalig"),
        L.TARGET_GROUP,
        M.T0,
        "tg.dutch_speaking",
        Contains("intake.languages", "nl"),
        description=N_("Nederlands staat bij de vastgelegde talen."),
    ),
    _share(
        "core.tg.gemotiveerd",
        N_("Gemotiveerd bij instroom"),
        L.TARGET_GROUP,
        M.T0,
        "tg.motivation_intake",
        Compare("intake.motivated", "eq", True),
    ),
    _share(
        "core.tg.verslaving",
        N_("Verslavingsproblematiek"),
        L.TARGET_GROUP,
        M.T0,
        "tg.addiction_problems",
        OneOf("intake.addiction_problems", _PRESENT),
    ),
    _share(
        "core.tg.psychiatrie",
        N_("Psychiatrische problematiek"),
        L.TARGET_GROUP,
        M.T0,
        "tg.psychiatric_problems",
        OneOf("intake.psychiatric_problems", _PRESENT),
    ),
    _share(
        "core.tg.lvb",
        N_("Licht verstandelijke beperking"),
        L.TARGET_GROUP,
        M.T0,
        "tg.intellectual_disability",
        Compare("intake.intellectual_disability", "eq", True),
    ),
    _share(
        "core.tg.regiobinding",
        N_("Binding met de regio"),
        L.TARGET_GROUP,
        M.T0,
        "tg.regional_tie",
        Compare("intake.regional_tie", "eq", True),
    ),
    _indicator(
        "core.tg.dagbesteding",
        N_("Werk, dagbesteding of opleiding bij instroom"),
        L.TARGET_GROUP,
        M.T0,
        "tg.activity_status",
        Distribution("daytime_activity.kind", PLACED),
    ),
    _indicator(
        "core.tg.leeftijd",
        N_("Leeftijd bij instroom (gemiddeld, jaren)"),
        L.TARGET_GROUP,
        M.T0,
        "tg.age",
        Mean("core.age_at_intake", PLACED),
        U.MEAN,
        description=N_("Berekend uit de geboortedatum op de instroomdatum."),
    ),
    _indicator(
        "core.tg.strafrestant",
        N_("Strafrestant bij instroom (gemiddeld, dagen)"),
        L.TARGET_GROUP,
        M.T0,
        "tg.remaining_sentence",
        Mean("core.strafrestant_at_intake", PLACED),
        U.DAYS,
    ),
    # Keeping work or daytime activity through detention: the main outcome of KVM,
    # Rotterdam and Amsterdam [000:L34-35], [004:L15].
    _share(
        "core.st.dagbesteding-hele-detentie",
        N_("Werk, dagbesteding, opleiding of zorgtraject tijdens de hele detentie"),
        L.OUTCOME_SHORT,
        M.T1,
        "st.activity_throughout",
        Compare("core.activity_throughout_detention@t1", "eq", True),
        LEFT,
        description=N_("Van wie uitstroomde."),
    ),
    _share(
        "core.of.dagbesteding-behouden",
        N_("Werk of dagbesteding behouden bij uitstroom"),
        L.OUTFLOW,
        M.T1,
        "of.activity_at_outflow",
        OneOf("core.daytime_activity@t1", ACTIVE),
        All((LEFT, OneOf("daytime_activity.kind", ACTIVE))),
        description=N_(
            "Noemer: wie uitstroomde en bij instroom werk, dagbesteding, opleiding of een "
            "zorgtraject had. Teller: van hen wie er bij uitstroom (T1) een had."
        ),
    ),
    # Outflow.
    Indicator(
        id="core.of.verblijfsduur",
        label=N_("Verblijfsduur (gemiddeld, dagen)"),
        level=L.OUTFLOW,
        moment=M.T1,
        measure=StayLength(),
        unit=U.DAYS,
        sources=(*_src("tg.inflow_date"), *_src("of.outflow_date")),
        common_key="of.outflow_date",
    ),
    _share(
        "core.of.teruggeplaatst",
        N_("Voortijdig teruggeplaatst in een gesloten setting"),
        L.OUTFLOW,
        M.T1,
        "of.outflow_date",
        OneOf("placement.outflow_reason", ("placed_back",)),
        LEFT,
        description=N_("Van wie uitstroomde: teruggeplaatst vóór het einde van de straf."),
    ),
    # Basisvoorwaarden at intake and at outflow.
    *(
        Indicator(
            id=f"core.st.bv.{condition.value}.{moment.value}",
            label=_BV_LABELS[condition][number],
            level=L.OUTCOME_SHORT,
            moment=M.T0 if moment is MeasurementMoment.T0 else M.T1,
            measure=BasisvoorwaardenMet(moment, condition, PLACED),
            unit=U.SHARE,
            sources=_src(_BV_KEYS[condition]),
            common_key=_BV_KEYS[condition],
        )
        for condition in Basisvoorwaarde
        for number, moment in enumerate((MeasurementMoment.T0, MeasurementMoment.T1))
    ),
    *(
        Indicator(
            id=f"core.st.basisvoorwaarden.{moment.value}",
            label=label,
            level=L.OUTCOME_SHORT,
            moment=M.T0 if moment is MeasurementMoment.T0 else M.T1,
            measure=BasisvoorwaardenMet(moment, None, PLACED),
            unit=U.SHARE,
            sources=_src("st.basic_conditions"),
            common_key="st.basic_conditions",
        )
        for moment, label in (
            (MeasurementMoment.T0, N_("Alle vijf basisvoorwaarden op orde (T0)")),
            (MeasurementMoment.T1, N_("Alle vijf basisvoorwaarden op orde (T1)")),
        )
    ),
    # Life-domain scores: change from intake to outflow.
    *(
        Indicator(
            id=f"core.lt.leefgebied.{domain}",
            label=label,
            level=L.OUTCOME_LONG,
            moment=M.T1,
            measure=DomainChange(domain, denominator=PLACED),  # type: ignore[arg-type]
            unit=U.POINTS,
            sources=_src(f"lt.domain.{domain}"),
            common_key=f"lt.domain.{domain}",
        )
        for domain, label in _DOMAIN_LABELS.items()
    ),
    # Recidivism after outflow (T2); the window is a parameter.
    *(
        Indicator(
            id=f"core.fg.{key.removeprefix('fg.')}",
            label=label,
            level=L.IMPACT,
            moment=M.T2,
            measure=Recidivism((kind,)),
            unit=U.SHARE,
            sources=_src(key),
            common_key=key,
        )
        for key, (kind, label) in _RECIDIVISM.items()
    ),
    Indicator(
        id="core.fg.recidive",
        label=N_("Enige vorm van recidive na uitstroom"),
        level=L.IMPACT,
        moment=M.T2,
        measure=Recidivism(tuple(RecidivismType)),
        unit=U.SHARE,
        sources=tuple(s for key in _RECIDIVISM for s in _src(key)),
        description=N_("Voorlopige hechtenis, veroordeling, politie-incident of aangifte."),
    ),
)
