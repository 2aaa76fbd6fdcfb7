"""The facts KV Almelo (Huis van Herstel) records beyond the core's case-record fields.

Declared in the plugin's namespace ``kv-almelo`` and read by id by the criteria
(``plugin.py``) and the appendix-4 indicators (``indicators.py``), like a core
field. Each cites the line of Tabel B4.1 [001:L5402-6063] that asks for it and,
where there is one, the line of the plan evaluation that describes the step or
activity. Values go in the case record under ``facts``; a fact with moments is
read as ``kv-almelo.<name>@t1``.

Recorded choices (⚠), each also in the fact's description:

* The appendix asks for the life domains on which support is needed
  [001:L5525], the outcome of the krachteninventarisatie on ten life domains
  [001:L420-423]; the ten are not named (only "bv. wonen, dagbesteding, inkomen
  en relaties"), so the *number* of such domains is recorded, not the list.
* The outcome of the selection advice [001:L5471-5473] is read as positive or
  negative; "not drawn up" is a value of its own, so a missing value stays unknown.
* Topics at the eindmeting and the nameting are recorded at T1 and T2
  [001:L5378-5382]; the appendix fixes no T2 interval.
* Free-text follow-ups ("reden waarom niet", "welke activiteiten", "uitkomst")
  are not declared: free text is not a fact type.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.fact_definitions import (
    FactChoice,
    FactDefinition,
    FactType,
    Sensitivity,
)

__all__ = ["FACTS"]

_T1_T2: Final = (MeasurementMoment.T1, MeasurementMoment.T2)
_MOMENTS: Final = cite(
    "001:L5378-5382",
    N_("Eindmeting bij uitstroom en (zo mogelijk) een nameting na uitstroom."),
)

FACTS: Final[tuple[FactDefinition, ...]] = (
    # Inflow (Tabel B4.1, instroom: registratie per persoon).
    FactDefinition(
        id="kv-almelo.gemeente_herkomst_geinformeerd",
        type=FactType.BOOL,
        label=N_("Gemeente van herkomst geïnformeerd over de potentiële plaatsing"),
        description=N_(
            "Of de casemanager of reclasseringswerker van het HvH de gemeente van herkomst "
            "heeft geïnformeerd over de mogelijke plaatsing in het HvH."
        ),
        sources=(
            cite(
                "001:L5432-5434",
                N_("Bijlage 4: informeren gemeente van herkomst over potentiële plaatsing."),
            ),
            cite(
                "001:L530-533",
                N_(
                    "De casemanager of reclasseringswerker van het HvH informeert de gemeente "
                    "van herkomst en de casemanager van de PI van verblijf."
                ),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.gedetineerde_geinformeerd",
        type=FactType.BOOL,
        label=N_("Gedetineerde geïnformeerd door de casemanager van de PI van verblijf"),
        description=N_(
            "Of de casemanager van de PI van verblijf de gedetineerde over het HvH heeft "
            "geïnformeerd (informatieblad, infographic, filmpje)."
        ),
        sources=(
            cite(
                "001:L5436-5438",
                N_("Bijlage 4: informeren gedetineerde door casemanager PI van verblijf."),
            ),
            cite(
                "001:L535-537",
                N_(
                    "De casemanager van de PI van verblijf informeert de gedetineerde over het HvH."
                ),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.zorg_veiligheidsplan_opgesteld",
        type=FactType.BOOL,
        label=N_("Integraal zorg- en veiligheidsplan opgesteld"),
        description=N_(
            "Of de regievoerder op basis van de intake (risicotaxatie en "
            "krachteninventarisatie) een integraal zorg- en veiligheidsplan heeft opgesteld."
        ),
        sources=(
            cite("001:L5459", N_("Bijlage 4: opstellen zorg- en veiligheidsplan.")),
            cite(
                "001:L559-563",
                N_(
                    "Op basis van risicotaxatie en krachteninventarisatie stelt de regievoerder "
                    "een integraal zorg- en veiligheidsplan op."
                ),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.dossieronderzoek_uitgevoerd",
        type=FactType.BOOL,
        label=N_("Dossieronderzoek uitgevoerd (JD-online, D&R-plan, risicoscreener, behandelplan)"),
        sources=(
            cite(
                "001:L5463-5465",
                N_(
                    "Bijlage 4: dossieronderzoek JD-online, D&R-plan, risicoscreener en "
                    "behandelplan."
                ),
            ),
            cite(
                "001:L547-553",
                N_(
                    "De casemanager en reclasseringswerker van het HvH voeren dossieronderzoek uit."
                ),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.selectieadvies_pi",
        type=FactType.ENUM,
        label=N_("Selectieadvies van de casemanager van de PI van verblijf"),
        description=N_(
            "⚠ keuze: bijlage 4 vraagt naar het opstellen en de uitkomst van het selectieadvies "
            "(001:L5471-5473) zonder de uitkomsten te noemen; het advies over plaatsing in het "
            "HvH (001:L565-568) is gelezen als positief of negatief. 'Niet opgesteld' is een "
            "eigen waarde, zodat een ontbrekende waarde onbekend blijft."
        ),
        choices=(
            FactChoice("positief", N_("positief advies")),
            FactChoice("negatief", N_("negatief advies")),
            FactChoice("niet_opgesteld", N_("niet opgesteld")),
        ),
        sources=(
            cite(
                "001:L5471-5473",
                N_("Bijlage 4: opstellen en uitkomst selectieadvies casemanager PI van verblijf."),
            ),
            cite(
                "001:L565-568",
                N_(
                    "De casemanager van de PI van verblijf stelt een selectieadvies op voor "
                    "plaatsing in het HvH."
                ),
            ),
        ),
    ),
    # Target group at intake.
    FactDefinition(
        id="kv-almelo.aantal_leefgebieden_ondersteuning",
        type=FactType.INT,
        label=N_("Aantal leefgebieden waarop ondersteuning nodig is"),
        description=N_(
            "Uitkomst van de krachteninventarisatie bij de intake (nulmeting): op hoeveel van de "
            "tien leefgebieden de gedetineerde niet zelfredzaam is. ⚠ keuze: bijlage 4 vraagt "
            "welke leefgebieden (001:L5525, 001:L5934-5938), maar de bron noemt de tien "
            "leefgebieden niet allemaal (001:L420-423); daarom wordt het aantal vastgelegd, "
            "niet de lijst."
        ),
        unit="leefgebieden",
        minimum=0,
        maximum=10,
        sources=(
            cite(
                "001:L5521-5525",
                N_(
                    "Bijlage 4: hulpbehoevend op meerdere leefgebieden (= complexe "
                    "problematiek); leefgebieden waarop ondersteuning nodig is."
                ),
            ),
            cite(
                "001:L5932-5940",
                N_(
                    "Bijlage 4, zelfherstel: leefgebieden waarop ondersteuning nodig is, "
                    "uitkomst krachteninventarisatie, nulmeting."
                ),
            ),
            cite(
                "001:L420-423",
                N_("De krachteninventarisatie brengt tien leefgebieden in kaart."),
            ),
        ),
    ),
    # Activities during the stay.
    FactDefinition(
        id="kv-almelo.vaardigheidsactiviteiten",
        type=FactType.BOOL,
        label=N_(
            "Deelgenomen aan activiteiten voor cognitieve, sociale en praktische vaardigheden"
        ),
        description=N_(
            "Of de gedetineerde tijdens het verblijf trainingen of cursussen volgde voor "
            "cognitieve, sociale of praktische vaardigheden."
        ),
        sources=(
            cite(
                "001:L5610-5616",
                N_(
                    "Bijlage 4: activiteiten gericht op stimuleren van cognitieve, sociale en "
                    "praktische vaardigheden."
                ),
            ),
            cite(
                "001:L473-479",
                N_("Trainingen voor cognitieve, sociale en praktische vaardigheden."),
            ),
        ),
    ),
    # Working goal: autonomy, at outflow.
    FactDefinition(
        id="kv-almelo.autonomie_toegenomen",
        type=FactType.BOOL,
        label=N_("Autonomie van de gedetineerde toegenomen"),
        description=N_("Of de autonomie van de gedetineerde tijdens het verblijf is toegenomen."),
        moments=(MeasurementMoment.T1,),
        sources=(
            cite("001:L5781-5785", N_("Bijlage 4: toename van autonomie van gedetineerde.")),
            cite(
                "001:L404-407",
                N_(
                    "Werkdoel toename autonomie: zelfstandig keuzes maken en zich niet negatief "
                    "laten beïnvloeden."
                ),
            ),
        ),
    ),
    # Main goal continuity of care.
    FactDefinition(
        id="kv-almelo.nazorgcoordinator_betrokken",
        type=FactType.BOOL,
        label=N_("Nazorgcoördinator van de uitstroomgemeente betrokken na uitstroom"),
        moments=_T1_T2,
        sources=(
            cite(
                "001:L5914-5920",
                N_(
                    "Bijlage 4: betrokkenheid nazorgcoördinator van uitstroomgemeente na "
                    "uitstroom, bij eind- en nameting."
                ),
            ),
            cite(
                "001:L467-469",
                N_(
                    "De nazorgcoördinator wordt na detentie regievoerder vanuit de gemeente van "
                    "uitstroom."
                ),
            ),
            _MOMENTS,
        ),
    ),
    # Main goal restoration on four layers: network, at the nulmeting.
    FactDefinition(
        id="kv-almelo.netwerk_versteviging_van_toepassing",
        type=FactType.BOOL,
        label=N_("Verstevigen of ondersteunen van het sociaal netwerk van toepassing"),
        description=N_(
            "Bij de nulmeting: of versteviging of ondersteuning van het netwerk nodig is."
        ),
        sources=(
            cite(
                "001:L5950-5962",
                N_(
                    "Bijlage 4, netwerk: verstevigen of ondersteunen sociaal netwerk evt. van "
                    "toepassing, nulmeting."
                ),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.negatieve_invloeden",
        type=FactType.BOOL,
        label=N_("Negatieve invloeden aanwezig waarvan afstand gedaan moet worden"),
        description=N_("Bij de nulmeting: of er negatieve invloeden in het netwerk zijn."),
        sources=(
            cite(
                "001:L5958-5962",
                N_(
                    "Bijlage 4, netwerk: aanwezigheid negatieve invloeden waarvan afstand gedaan "
                    "moet worden, nulmeting."
                ),
            ),
        ),
    ),
    # Main goal restoration on four layers, at the eindmeting and nameting.
    FactDefinition(
        id="kv-almelo.activiteiten_zelfherstel",
        type=FactType.BOOL,
        label=N_("Activiteiten gericht op zelfherstel verricht"),
        description=N_(
            "Of activiteiten gericht op zelfherstel zijn verricht, zoals werken aan psychische "
            "problematiek of verslaving: gezondheidsgegeven."
        ),
        moments=_T1_T2,
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite(
                "001:L5966-5978",
                N_(
                    "Bijlage 4, zelfherstel: verrichtte activiteiten (bv. werken aan psychische "
                    "problematiek, verslavingen), eind- en nameting."
                ),
            ),
            _MOMENTS,
        ),
    ),
    FactDefinition(
        id="kv-almelo.activiteiten_sociaal_netwerk",
        type=FactType.BOOL,
        label=N_("Activiteiten gericht op (herstel van) het sociaal netwerk verricht"),
        moments=_T1_T2,
        sources=(
            cite(
                "001:L5994-6012",
                N_(
                    "Bijlage 4, netwerk: verrichtte activiteiten gericht op (herstel van) sociaal "
                    "netwerk, eind- en nameting."
                ),
            ),
            _MOMENTS,
        ),
    ),
    # Exclusion grounds and the selection criteria [001:L333-365].
    FactDefinition(
        id="kv-almelo.geplaatst_ebi_of_terroristenafdeling",
        type=FactType.BOOL,
        label=N_("Geplaatst in een extra beveiligde inrichting of op een terroristenafdeling"),
        sources=(
            cite(
                "001:L354",
                N_("Uitsluitingsgrond: geplaatst in een EBI of op een terroristenafdeling."),
            ),
            cite(
                "001:L5543-5549",
                N_("Bijlage 4: extra beveiligde inrichting of terrorismeafdeling."),
            ),
        ),
    ),
    FactDefinition(
        id="kv-almelo.ernstige_beheersproblematiek",
        type=FactType.BOOL,
        label=N_("Ernstige beheersproblematiek"),
        sources=(
            cite(
                "001:L357",
                N_("Uitsluitingsgrond: ernstige beheersproblematiek en groepsongeschiktheid."),
            ),
            cite("001:L5551", N_("Bijlage 4: ernstige beheersproblematiek.")),
        ),
    ),
    FactDefinition(
        id="kv-almelo.bereid_tot_slachtoffercontact",
        type=FactType.BOOL,
        label=N_("Bereid tot contact met het slachtoffer als het slachtoffer dat wil"),
        sources=(
            cite(
                "001:L344-346",
                N_(
                    "Bereid tot contact met een slachtoffer van het delict wanneer het "
                    "slachtoffer die wens uitspreekt."
                ),
            ),
        ),
    ),
)
