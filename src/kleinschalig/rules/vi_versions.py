"""The versions of the v.i. rule, as data: when each applies, who decides, on what.

Three versions, each with its sources:

* ``current`` — the v.i. regime of 2008 [002:L199-205], [002:L256-257],
  [002:L271-283]; by law (Stb. 2007, 500, art. 15 Sr; since 2020 in Book 6
  Sv). It still governs every sentence imposed by a judgment in the last
  factual instance pronounced before 1 July 2021.
* ``proposed-2018`` — the cabinet's 2018 intention to cap the v.i. period at two
  years and to let the OM decide per person [002:L211-215], [002:L484-492]. A
  proposal: never chosen by date, only by name.
* ``wsb-2021`` — the Wet straffen en beschermen (Stb. 2020, 224), which enacted
  that proposal and entered into force on 1 July 2021. The seeds still expect it
  [001:L3152-3157]; its facts carry over from public sources (see
  ``checked_against``).

The v.i. *date* is computed (:func:`kleinschalig.rules.vi.vi_date`). Whether v.i.
is granted is not: under the 2008 rule it follows from the law unless a court
decides otherwise; under the Wsb the OM decides per person, weighing the
``criteria`` listed here. A weighed decision needs a professional; the library
lists what is weighed and decides nothing.

>>> [(code, rule.decision.value) for code, rule in VI_RULES.items()]
[('current', 'automatic'), ('proposed-2018', 'om-decides'), ('wsb-2021', 'om-decides')]
>>> WSB_2021.judgments_from
datetime.date(2021, 7, 1)
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Final

import attrs

from kleinschalig._labels import labelled
from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model.sources import LegalSource, Source, cite

__all__ = [
    "CURRENT",
    "PROPOSED_2018",
    "TRANSITIONAL_SOURCES",
    "VI_2008_IN_FORCE",
    "VI_RULES",
    "WSB_2021",
    "WSB_IN_FORCE",
    "DecisionCriterion",
    "DecisionMode",
    "RuleStatus",
    "VIRule",
]


class RuleStatus(StrEnum):
    IN_FORCE = "in_force"
    PROPOSED = "proposed"


@labelled({"automatic": N_("van rechtswege"), "om-decides": N_("het OM beslist")})
class DecisionMode(StrEnum):
    """Who grants v.i.: the law itself, or the OM per person.

    ``automatic`` (*van rechtswege*) — v.i. follows from the law unless the court,
    on the OM's claim, decides otherwise on limitative grounds [002:L199-205],
    [002:L302-312]. ``om-decides`` — the OM decides per person after weighing the
    rule's criteria [002:L229-233].
    """

    AUTOMATIC = "automatic"
    OM_DECIDES = "om-decides"


@attrs.frozen(slots=True)
class DecisionCriterion:
    """One thing the OM weighs when it decides on v.i. for a person.

    Data for explanations, never evaluated by the library: the weighing is a
    professional's decision.
    """

    code: str
    label: str
    sources: tuple[Source, ...]


@attrs.frozen(slots=True)
class VIRule:
    """One version of the v.i. rule.

    ``judgments_from`` and ``judgments_until`` (exclusive) bound the dates of the
    judgment in the last factual instance the version applies to; a version
    without ``judgments_from`` (a proposal) is never chosen by date.
    ``checked_against`` lists the public pages facts from outside the seeds were
    checked against.
    """

    code: str
    label: str
    status: RuleStatus
    cap: Duration | None
    sources: tuple[Source, ...]
    note: str = ""
    judgments_from: dt.date | None = None
    judgments_until: dt.date | None = None
    decision: DecisionMode = DecisionMode.AUTOMATIC
    criteria: tuple[DecisionCriterion, ...] = ()
    checked_against: tuple[str, ...] = ()

    def applies_to(self, judgment_date: dt.date) -> bool:
        """Whether a judgment in the last factual instance on ``judgment_date`` falls under it."""
        if self.judgments_from is None or judgment_date < self.judgments_from:
            return False
        return self.judgments_until is None or judgment_date < self.judgments_until


# --- Public sources (outside the seeds) ---------------------------------------

_STB_2007_500: Final = "https://zoek.officielebekendmakingen.nl/stb-2007-500.html"
_STB_2020_224: Final = "https://zoek.officielebekendmakingen.nl/stb-2020-224.html"
_STB_2021_251: Final = "https://zoek.officielebekendmakingen.nl/stb-2021-251.html"
_SV: Final = "https://wetten.overheid.nl/BWBR0001903"
_OM_WSB: Final = (
    "https://www.om.nl/onderwerpen/voorwaardelijke-invrijheidstelling/nieuws/2021/07/01/"
    "1-juli-inwerkingtreding-wet-straffen-en-beschermen"
)
_DJI_WSB: Final = (
    "https://www.dji.nl/justitiabelen/volwassenen-in-detentie/wet-straffen-en-beschermen"
)
_NJB_STB_2021_251: Final = "https://njb.nl/wetgeving/staatsbladen/besluit-straffen-en-beschermen/"
_NJB_STB_2007_500: Final = "https://www.njb.nl/wetgeving/staatsbladen/import/voorwaarden-aan-vervroegde-invrijheidstelling.3849.lynkx"
_RIJKSOVERHEID_2008: Final = "https://www.rijksoverheid.nl/documenten/brochures/2010/09/30/wet-voorwaardelijke-invrijheidstelling"
_WODC_ARTICLES: Final = "https://5dok.net/article/voorwaardelijke-invrijheidstelling-toepassingen-wet-langdurig-toezicht.zkw6ov68"
_VCAS_TRANSITIONAL: Final = "https://vcas.nl/index.php/author/dbektesevic/?lang=en"

#: The day the Wet straffen en beschermen entered into force (OM, DJI).
WSB_IN_FORCE: Final = dt.date(2021, 7, 1)
#: The day the 2008 v.i. law (Stb. 2007, 500) entered into force.
VI_2008_IN_FORCE: Final = dt.date(2008, 7, 1)

_SR_15: Final = LegalSource(
    law="Wetboek van Strafrecht",
    short_name="Sr",
    bwb_id="BWBR0001854",
    article="15",
    url=_STB_2007_500,
    explanation=N_(
        "Tekst uit Stb. 2007, 500, in werking sinds 1 juli 2008: bij een vrijheidsstraf van "
        "meer dan een jaar en ten hoogste twee jaren v.i. na een jaar plus een derde van de "
        "rest; bij meer dan twee jaren na twee derde."
    ),
)
_SV_6_2_10_OLD: Final = LegalSource(
    law="Wetboek van Strafvordering",
    short_name="Sv",
    bwb_id="BWBR0001903",
    article="6:2:10",
    url=_SV,
    explanation=N_(
        "Sinds 1 januari 2020 (Wet USB) staat dezelfde regel in Boek 6 Sv; de tekst van vóór "
        "de Wet straffen en beschermen blijft gelden voor uitspraken vóór 1 juli 2021."
    ),
)
_WSB: Final = LegalSource(
    law="Wet straffen en beschermen",
    short_name="Wsb",
    url=_STB_2020_224,
    explanation=N_(
        "Wet van 24 juni 2020, Stb. 2020, 224, in werking sinds 1 juli 2021: de v.i.-periode "
        "is ten hoogste twee jaar en het OM beslist per persoon over v.i."
    ),
)
_SV_6_2_10_WSB: Final = LegalSource(
    law="Wetboek van Strafvordering",
    short_name="Sv",
    bwb_id="BWBR0001903",
    article="6:2:10",
    url=_SV,
    explanation=N_(
        "Het tijdstip van v.i. zoals de Wet straffen en beschermen het vaststelt; lid en "
        "letterlijke tekst zijn hier niet gecontroleerd."
    ),
)
_WSB_CRITERIA: Final = LegalSource(
    law="Wet straffen en beschermen",
    short_name="Wsb",
    url=_STB_2020_224,
    explanation=N_(
        "Het OM noemt bij de inwerkingtreding: goed gedrag gedurende de hele detentieperiode, "
        "veiligheidsrisico's en slachtofferbelangen; het artikel dat ze opsomt is hier niet "
        "gecontroleerd."
    ),
)
_STB_2021_251_SOURCE: Final = LegalSource(
    law="Besluit tenuitvoerlegging strafrechtelijke beslissingen",
    url=_STB_2021_251,
    explanation=N_(
        "Gewijzigd door het Uitvoeringsbesluit Wet straffen en beschermen (Stb. 2021, 251): "
        "of er een aanvaardbaar verblijfadres is, weegt mee bij de beslissing over v.i."
    ),
)

#: Why the judgment date chooses the version: the Wsb's transitional law.
TRANSITIONAL_SOURCES: Final[tuple[Source, ...]] = (
    LegalSource(
        law="Wet straffen en beschermen",
        short_name="Wsb",
        url=_STB_2020_224,
        explanation=N_(
            "Overgangsrecht: de nieuwe v.i.-regeling geldt niet voor veroordelingen die vóór "
            "1 juli 2021 in laatste feitelijke instantie (rechtbank of gerechtshof) zijn "
            "uitgesproken; daarvoor blijft de oude regeling gelden."
        ),
    ),
    cite(
        "001:L3152-3157",
        N_("De bronnen verwachten de Wet straffen en beschermen nog; zij trad in werking."),
    ),
)

# --- The versions ---------------------------------------------------------------

CURRENT: Final = VIRule(
    code="current",
    label=N_("v.i.-regeling van 2008 (uitspraken vóór 1 juli 2021)"),
    status=RuleStatus.IN_FORCE,
    cap=None,
    sources=(
        cite("002:L199-205", N_("Na twee derde van de straf van rechtswege aanspraak op v.i.")),
        cite(
            "002:L256-257", N_("Tussen één en twee jaar: na één jaar en een derde van het restant.")
        ),
        cite(
            "002:L271-283",
            N_("Sinds 2008 v.i. onder voorwaarden; v.i.-waardig is één jaar of meer."),
        ),
        _SR_15,
        _SV_6_2_10_OLD,
    ),
    note=N_(
        "De bronnen noemen alleen het jaar 2008; de datum van inwerkingtreding (1 juli 2008) "
        "komt uit openbare bronnen. Voor uitspraken vóór die datum kiest de bibliotheek geen "
        "regeling: het overgangsrecht van 2008 is hier niet gecontroleerd. Aftrek van "
        "voorarrest valt buiten de bronnen."
    ),
    judgments_from=VI_2008_IN_FORCE,
    judgments_until=WSB_IN_FORCE,
    decision=DecisionMode.AUTOMATIC,
    checked_against=(_STB_2007_500, _NJB_STB_2007_500, _RIJKSOVERHEID_2008, _WODC_ARTICLES),
)

PROPOSED_2018: Final = VIRule(
    code="proposed-2018",
    label=N_("Voorstel 2018: v.i.-periode ten hoogste twee jaar"),
    status=RuleStatus.PROPOSED,
    cap=Duration(years=2),
    sources=(
        cite("002:L211-215", N_("Voornemen: v.i.-periode gemaximeerd op twee jaar.")),
        cite("002:L484-486", N_("Maatregel: de periode van v.i. wordt gemaximeerd op twee jaar.")),
        cite(
            "002:L422-428", N_("Gevolgen voor straffen van zes jaar of meer (circa 100 per jaar).")
        ),
    ),
    note=N_(
        "Een voornemen uit 2018. Het werd de Wet straffen en beschermen (regel wsb-2021), die "
        "op datum van de uitspraak wordt gekozen; dit voorstel alleen op naam. De bron zegt "
        "'zes jaar of meer', maar bij precies zes jaar verandert de grens niets."
    ),
    decision=DecisionMode.OM_DECIDES,
    criteria=(
        DecisionCriterion(
            code="risks",
            label=N_("Eventuele risico's bij vrijlating (risicobeoordeling)"),
            sources=(
                cite("002:L320-324", N_("Eerste criterium: eventuele risico's bij vrijlating.")),
                cite("002:L490-492", N_("Getoetst wordt op een risicobeoordeling.")),
            ),
        ),
        DecisionCriterion(
            code="behaviour",
            label=N_(
                "Gedrag van de gedetineerde tijdens de gehele detentie, ook goed en "
                "constructief gedrag"
            ),
            sources=(
                cite(
                    "002:L324-326",
                    N_("Tweede criterium: gedrag tijdens de gehele detentieperiode."),
                ),
                cite(
                    "002:L344-350",
                    N_("Niet alleen afwezigheid van wangedrag: ook goed, constructief gedrag."),
                ),
                cite("002:L490", N_("Getoetst wordt op het gedrag van de gedetineerde.")),
            ),
        ),
        DecisionCriterion(
            code="victims",
            label=N_(
                "Belangen van slachtoffers en nabestaanden; v.i. kan worden geweigerd als "
                "risico's voor slachtoffers met voorwaarden niet te beheersen zijn"
            ),
            sources=(
                cite(
                    "002:L326-336",
                    N_(
                        "Derde criterium: belangen van slachtoffers, onder meer via locatie- "
                        "of contactverboden; zo nodig afzien van v.i."
                    ),
                ),
                cite(
                    "002:L490-492",
                    N_("Getoetst wordt op belangen van slachtoffers en nabestaanden."),
                ),
            ),
        ),
        DecisionCriterion(
            code="compensation",
            label=N_("Inzet naar vermogen om de schade van het delict te vergoeden"),
            sources=(
                cite(
                    "002:L336-342",
                    N_("De naar vermogen geleverde inzet om schade te vergoeden weegt mee."),
                ),
            ),
        ),
    ),
)

WSB_2021: Final = VIRule(
    code="wsb-2021",
    label=N_("Wet straffen en beschermen: v.i.-periode ten hoogste twee jaar (sinds 1 juli 2021)"),
    status=RuleStatus.IN_FORCE,
    cap=Duration(years=2),
    sources=(
        _WSB,
        _SV_6_2_10_WSB,
        cite(
            "002:L211-215", N_("Het voornemen dat de wet werd: v.i.-periode ten hoogste twee jaar.")
        ),
        cite(
            "002:L484-488", N_("Maatregelen: maximum van twee jaar; v.i. na individuele afweging.")
        ),
        cite("001:L3152-3157", N_("De bronnen verwachten de inwerkingtreding nog.")),
    ),
    note=N_(
        "Buiten de bronnen, uit openbare bronnen: Stb. 2020, 224; in werking 1 juli 2021; "
        "v.i. na twee derde, maar ten hoogste twee jaar vóór het einde; het OM beslist per "
        "persoon. Niet gecontroleerd en daarom weggelaten: de letterlijke tekst en het lid van "
        "art. 6:2:10 Sv, het artikelnummer van het overgangsrecht en van het "
        "inwerkingtredingsbesluit, en of de inzet om schade te vergoeden in de wet als "
        "criterium staat. Samenloop van straffen onder oude en nieuwe regeling valt buiten de "
        "bibliotheek."
    ),
    judgments_from=WSB_IN_FORCE,
    decision=DecisionMode.OM_DECIDES,
    criteria=(
        DecisionCriterion(
            code="behaviour",
            label=N_("Goed gedrag gedurende de hele detentieperiode"),
            sources=(
                _WSB_CRITERIA,
                cite("002:L324-326", N_("Voorgesteld: gedrag tijdens de gehele detentieperiode.")),
            ),
        ),
        DecisionCriterion(
            code="risks",
            label=N_("Veiligheidsrisico's"),
            sources=(
                _WSB_CRITERIA,
                cite("002:L320-324", N_("Voorgesteld: eventuele risico's bij vrijlating.")),
            ),
        ),
        DecisionCriterion(
            code="victims",
            label=N_("Slachtofferbelangen"),
            sources=(
                _WSB_CRITERIA,
                cite("002:L326-336", N_("Voorgesteld: de belangen van slachtoffers.")),
            ),
        ),
        DecisionCriterion(
            code="address",
            label=N_("Een aanvaardbaar verblijfadres"),
            sources=(_STB_2021_251_SOURCE,),
        ),
    ),
    checked_against=(_OM_WSB, _DJI_WSB, _NJB_STB_2021_251, _WODC_ARTICLES, _VCAS_TRANSITIONAL),
)

#: The v.i. rule versions by code: ``current``, ``proposed-2018`` and ``wsb-2021``.
VI_RULES: Final = {rule.code: rule for rule in (CURRENT, PROPOSED_2018, WSB_2021)}
