"""The facts the KVM records beyond the case record's own fields, declared in its namespace.

Each is something a case manager of the KVM can record as a yes/no or a choice,
named by the sources: the outcomes of the pre-scan and the screening of the
inflow [001:L2143-2171], the urine check [001:L2031-2033], relations with others
in the KV [001:L2034-2036], the willingness to cooperate with mentoring
[001:L2040] and living in Zeeland or West-Brabant [001:L2028]. Criteria and
the indicators of appendix 4 (``indicators.py``) read them by id, as
``kv-middelburg.prescan_om``; the urine check has moments and is read as
``kv-middelburg.urinecontrole@t0``. The inflow workflow (``workflow.py``)
guards the steps after the pre-scan on the three pre-scan outcomes.

The main outcome of the KVM, keeping work or daytime activity through detention
[000:L34-35], [001:L7334-7348], is *not* declared here: the core's facts
``core.activity_throughout_detention@t1`` and ``core.daytime_activity@t1`` hold it,
and the core indicators ``core.st.dagbesteding-hele-detentie`` and
``core.of.dagbesteding-behouden`` compute it for the KVM.

Choices recorded here (⚠), each also in the fact's description:

* The pre-scan partners report only *whether* they object [001:L2148-2149]: the
  outcome is ``bezwaar`` or ``geen_bezwaar``; ``niet_uitgevoerd`` records a check
  that was not done (the police check was not yet certain, 001:L2189).
* The sources name the outcome of the employer check but not its values
  [001:L7135-7137]: the same three values as the pre-scan.
* The urine check is recorded at intake (T0) and, for the random checks during
  the stay, once more at the interim moment (the latest one) [001:L2031-2033].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.conditions import AnyOf, OneOf
from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType, Sensitivity

__all__ = [
    "ADVIES_RECLASSERING",
    "AFSPRAKEN_WERKGEVER",
    "BEREID_TOT_BEGELEIDING",
    "FACTS",
    "PRESCAN",
    "PRESCAN_OBJECTION",
    "PRESCAN_OM",
    "PRESCAN_POLITIE",
    "PRESCAN_RECLASSERING_VH",
    "RELATIE_IN_KV",
    "URINECONTROLE",
    "WERKGEVERSCHECK",
    "WOONACHTIG_ZUIDWEST",
]

PRESCAN_OM: Final = "kv-middelburg.prescan_om"
PRESCAN_POLITIE: Final = "kv-middelburg.prescan_politie"
PRESCAN_RECLASSERING_VH: Final = "kv-middelburg.prescan_reclassering_veiligheidshuis"
#: The three checks of the pre-scan, in the order of the plan [001:L2144-2146].
PRESCAN: Final = (PRESCAN_OM, PRESCAN_POLITIE, PRESCAN_RECLASSERING_VH)
#: A partner objected in the pre-scan: true when one recorded outcome is an objection, false
#: when all three are recorded without one, unknown otherwise.
PRESCAN_OBJECTION: Final = AnyOf(tuple(OneOf(fact, ("bezwaar",)) for fact in PRESCAN))
ADVIES_RECLASSERING: Final = "kv-middelburg.advies_reclassering_gevraagd"
WERKGEVERSCHECK: Final = "kv-middelburg.werkgeverscheck"
AFSPRAKEN_WERKGEVER: Final = "kv-middelburg.afspraken_werkgever"
URINECONTROLE: Final = "kv-middelburg.urinecontrole"
RELATIE_IN_KV: Final = "kv-middelburg.relatie_in_kv"
BEREID_TOT_BEGELEIDING: Final = "kv-middelburg.bereid_tot_begeleiding"
WOONACHTIG_ZUIDWEST: Final = "kv-middelburg.woonachtig_regio_zuidwest"

PRESCAN_SOURCE: Final = cite(
    "001:L2143-2149",
    N_(
        "Pre-scan: het OM checkt op lopende onderzoeken, de politie op actuele meldingen, "
        "reclassering en Veiligheidshuis op contra-indicaties; zij koppelen alleen terug of er "
        "bezwaar is tegen plaatsing."
    ),
)
#: Objection or not, and a check not done (⚠ see the module docstring).
CHECK_OUTCOMES: Final = (
    FactChoice("geen_bezwaar", N_("geen bezwaar")),
    FactChoice("bezwaar", N_("bezwaar tegen plaatsing")),
    FactChoice("niet_uitgevoerd", N_("niet uitgevoerd")),
)
_PRESCAN_NOTE: Final = N_(
    "⚠ keuze: de partners melden alleen of zij bezwaar hebben (001:L2148-2149); "
    "'niet uitgevoerd' legt vast dat de check niet is gedaan. Een bezwaar sluit plaatsing "
    "uit (kv-middelburg.prescan-bezwaar)."
)


def _check(fact_id: str, label: str, appendix: str, explanation: str, *extra) -> FactDefinition:
    """The outcome of one pre-scan check, citing the plan and the appendix-4 item."""
    return FactDefinition(
        id=fact_id,
        type=FactType.ENUM,
        label=label,
        choices=CHECK_OUTCOMES,
        sources=(PRESCAN_SOURCE, *extra, cite(appendix, explanation)),
        description=_PRESCAN_NOTE,
    )


FACTS: Final[tuple[FactDefinition, ...]] = (
    _check(
        PRESCAN_OM,
        N_("Pre-scan: uitkomst check OM op lopende onderzoeken"),
        "001:L7114",
        N_("Bijlage 4: check OM op lopende onderzoeken."),
    ),
    _check(
        PRESCAN_POLITIE,
        N_("Pre-scan: uitkomst check politie op actuele meldingen"),
        "001:L7116",
        N_("Bijlage 4: check politie op actuele meldingen."),
        cite(
            "001:L2189",
            N_("Of de politiecheck deel van het instroomproces wordt, stond nog niet vast."),
        ),
    ),
    _check(
        PRESCAN_RECLASSERING_VH,
        N_("Pre-scan: uitkomst check reclassering en Veiligheidshuis op contra-indicaties"),
        "001:L7118-7120",
        N_("Bijlage 4: check reclassering en Veiligheidshuis op contra-indicaties."),
    ),
    FactDefinition(
        id=ADVIES_RECLASSERING,
        type=FactType.BOOL,
        label=N_("Advies van de reclassering gevraagd"),
        sources=(
            cite(
                "001:L2156-2157",
                N_(
                    "Bij een positieve uitkomst van het telefoongesprek vraagt de casemanager de "
                    "reclassering om een advies."
                ),
            ),
            cite(
                "001:L4011-4015",
                N_(
                    "Afgesproken is dat het advies naar aanleiding van de pre-scan niet door de "
                    "reclassering maar door de PI wordt gedaan."
                ),
            ),
            cite("001:L7126", N_("Bijlage 4: verzoek om advies reclassering.")),
        ),
        description=N_(
            "⚠ keuze: in het plan vraagt de casemanager de reclassering om advies "
            "(001:L2156-2157); in de aangepaste werkwijze adviseert de PI zelf "
            "(001:L4011-4015, 001:L4044-4046). Het feit legt vast of het advies aan de "
            "reclassering is gevraagd; na de wijziging is dat normaal 'nee'."
        ),
    ),
    FactDefinition(
        id=WERKGEVERSCHECK,
        type=FactType.ENUM,
        label=N_("Screening: uitkomst werkgeverscheck door de politie"),
        choices=CHECK_OUTCOMES,
        sources=(
            cite(
                "001:L2163-2166",
                N_(
                    "De casemanager bezoekt de werkgever en dient bij de politie een verzoek in "
                    "voor de werkgeverscheck."
                ),
            ),
            cite(
                "001:L4042-4043",
                N_("De politie voert de werkgeversscan uit voor de KV."),
            ),
            cite("001:L7135-7137", N_("Bijlage 4: uitvoering en uitkomst werkgeverscheck.")),
        ),
        description=N_(
            "⚠ keuze: de bronnen noemen de uitvoering en de uitkomst van de werkgeverscheck "
            "(001:L7135-7137), maar niet de mogelijke uitkomsten; gekozen zijn dezelfde waarden "
            "als bij de pre-scan (001:L2148-2149). Geen criterium leest dit feit: de bronnen "
            "zeggen niet wat een bezwaar voor de plaatsing betekent."
        ),
    ),
    FactDefinition(
        id=AFSPRAKEN_WERKGEVER,
        type=FactType.BOOL,
        label=N_("Afspraken met de werkgever gemaakt (bijvoorbeeld over controles)"),
        sources=(
            cite(
                "001:L2163-2165",
                N_(
                    "De casemanager bezoekt de werkgever om afspraken te maken in het kader van "
                    "controles."
                ),
            ),
            cite("001:L7141-7143", N_("Bijlage 4: afspraken werkgever (bv. m.b.t. controles).")),
        ),
        description=N_(
            "Of de afspraken zijn gemaakt; wat is afgesproken, is vrije tekst en geen feit. "
            "Dit is iets anders dan daytime_activity.employer_willing_to_be_checked: de "
            "bereidheid van de werkgever om controle toe te staan."
        ),
    ),
    FactDefinition(
        id=URINECONTROLE,
        type=FactType.ENUM,
        label=N_("Uitslag urinecontrole"),
        choices=(
            FactChoice("negatief", N_("negatief (geen middelen aangetroffen)")),
            FactChoice("positief", N_("positief (middelen aangetroffen)")),
        ),
        moments=(MeasurementMoment.T0, MeasurementMoment.INTERIM),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite(
                "001:L2031-2033",
                N_(
                    "Om middelengebruik na te gaan wordt bij de instroom in de KV en daarna "
                    "steekproefsgewijs een urinecontrole uitgevoerd."
                ),
            ),
            cite(
                "001:L2263-2269",
                N_(
                    "PI Middelburg begeleidt, controleert bij werkgevers, treedt op bij "
                    "ongeregeldheden (terugplaatsing) en neemt urinecontroles af."
                ),
            ),
        ),
        description=N_(
            "⚠ keuze: T0 is de urinecontrole bij de instroom in de KV; de steekproeven daarna "
            "(001:L2031-2033) worden op het tussentijdse moment vastgelegd als de uitslag van "
            "de laatste steekproef. Gezondheidsgegeven."
        ),
    ),
    FactDefinition(
        id=RELATIE_IN_KV,
        type=FactType.BOOL,
        label=N_("Relatie met iemand die nu in de KV verblijft (bijvoorbeeld een mededader)"),
        sources=(
            cite(
                "001:L2034-2036",
                N_(
                    "Geen risicovolle onderlinge relaties met anderen in de KV, bijvoorbeeld "
                    "met wie een delict is gepleegd."
                ),
            ),
        ),
        description=N_(
            "Of er een relatie is met iemand die op dat moment in de KV verblijft; of die "
            "relatie risicovol is, weegt een professional (kv-middelburg.onderlinge-relaties)."
        ),
    ),
    FactDefinition(
        id=BEREID_TOT_BEGELEIDING,
        type=FactType.BOOL,
        label=N_("Verklaart zich bereid mee te werken aan mentorgesprekken en begeleiding"),
        sources=(
            cite(
                "001:L2040",
                N_(
                    "Toelatingscriterium: bereidheid mee te werken aan mentorgesprekken en "
                    "begeleiding in de KV."
                ),
            ),
            cite(
                "001:L2115",
                N_("De voortgang op de ondersteuning wordt bewaakt in mentorgesprekken."),
            ),
        ),
        description=N_(
            "Wat de zelfmelder zelf verklaart; of hij werkelijk bereid is, beoordeelt een "
            "professional (kv-middelburg.begeleiding)."
        ),
    ),
    FactDefinition(
        id=WOONACHTIG_ZUIDWEST,
        type=FactType.BOOL,
        label=N_("Woonachtig in Zeeland of West-Brabant (regio Zuidwest)"),
        sources=(
            cite(
                "001:L2028",
                N_("Woonachtig in Zeeland en West-Brabant, in het project regio Zuidwest genoemd."),
            ),
        ),
        description=N_(
            "De woonplaats ligt in Zeeland of West-Brabant. Dit is preciezer dan "
            "intake.regional_tie, de algemene binding met de regio."
        ),
    ),
)
"""The facts kv-middelburg declares, in the order of the inflow."""
