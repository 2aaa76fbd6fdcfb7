"""The intervention logic of a KVJJ, as far as seed 003 supports it.

werkzame elementen → activiteiten → werkdoelen → hoofddoelen → einddoelen. Seed
003 is one national information sheet: the logic is the same for all five
locations. It names five key elements only as icon captions without text
[003:L31-47]; they are read as werkzame elementen and each is tied to the text
that explains it. Links the sheet does not state in so many words carry a note (⚠).
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import (
    InterventionLink,
    InterventionLogic,
    InterventionNode,
    NodeLevel,
    cite,
)

__all__ = ["INTERVENTION_LOGIC"]

WE = NodeLevel.WERKZAAM_ELEMENT
ACT = NodeLevel.ACTIVITEIT
WD = NodeLevel.WERKDOEL
HD = NodeLevel.HOOFDDOEL
ED = NodeLevel.EINDDOEL

_CAPTION = N_(
    "⚠ In 003 alleen een onderschrift bij een pictogram, zonder tekst (003:L31-47); gelezen als "
    "werkzaam element en verbonden met de tekst die het uitlegt."
)
_DERIVED_END = N_(
    "⚠ Afgeleid: 003:L11 noemt het terugdringen van recidive en het beschermen van de "
    "maatschappij als doelen van strafrechtelijke vrijheidsbeneming van jongeren, 003:L23 en "
    "003:L27 noemen maatschappelijke participatie en terugkeer als doel van de KVJJ; het verband "
    "daartussen legt de bron niet uitdrukkelijk."
)
_DERIVED = N_(
    "⚠ Afgeleid uit de samenhang van de geciteerde passages; de bron noemt dit verband niet "
    "uitdrukkelijk."
)

_L11 = cite(
    "003:L11",
    N_(
        "Het terugdringen van recidive en het beschermen van de maatschappij zijn belangrijke "
        "doelen van strafrechtelijke vrijheidsbeneming van jongeren; maatwerk door screening en "
        "differentiatie in beveiliging en zorg; continuïteit van zorg is een uitgangspunt."
    ),
)
_L17 = cite(
    "003:L17",
    N_(
        "De KVJJ is een vervolgvoorziening in de laatste fase in het FCJ, zodat het ingezette "
        "zorgtraject in de eigen regio kan worden gecontinueerd."
    ),
)
_L21 = cite(
    "003:L21",
    N_(
        "In de KVJJ verblijven jongeren dichtbij hun eigen leefomgeving; zorg en dagbesteding "
        "lopen zoveel mogelijk door of starten; positieve elementen in het netwerk blijven "
        "behouden; beveiliging, toezicht en begeleiding op maat in een positief leer- en "
        "verblijfsklimaat."
    ),
)
_L23 = cite(
    "003:L21-23",
    N_("De KVJJ is gericht op het vergroten van de kans op maatschappelijke participatie."),
)
_L27 = cite(
    "003:L27",
    N_(
        "Doel KVJJ: dagbesteding en contact met ouders en netwerk opstarten of in stand houden; "
        "een plan maken en zich daaraan committeren, gericht op maatschappelijke participatie; "
        "voor jongeren uit het FCJ voorbereiding op terugkeer, met doorlopende zorg en "
        "dagbesteding; regionaal, in de nabijheid van het netwerk."
    ),
)
_L132 = cite(
    "003:L132",
    N_(
        "Individuele dagbesteding en vrijetijdsbesteding op maat buiten de KVJJ: onderwijs, "
        "oriëntatie op de arbeidsmarkt, hulpverlening en begeleiding; de focus ligt op de periode "
        "na het verblijf."
    ),
)
_L136 = cite(
    "003:L136",
    N_(
        "De KVJJ begeleidt de schoolgang, ondersteunt jongeren en ouders bij het opstellen van een "
        "plan en motiveert jongeren hun plan na te komen; hulp komt van een jeugdzorgaanbieder of "
        "ketenpartner in de stad of regio."
    ),
)
_L138 = cite(
    "003:L136-138",
    N_(
        "In de KVJJ gestarte hulpverlening moet ook na het verblijf kunnen doorlopen; de KVJJ "
        "faciliteert."
    ),
)
_L140 = cite(
    "003:L140",
    N_(
        "Strafrechtelijke organisaties en zorgpartners geven samen invulling aan screening, "
        "diagnostiek, zorg en behandeling; forensische jeugdexpertise kan uit het FCJ komen."
    ),
)
_L147 = cite(
    "003:L147-148",
    N_(
        "Vrijheden worden op maat toegepast; relationele beveiliging: individueel "
        "risicomanagement, zo nodig ondersteund door fysieke beveiligingsmaatregelen."
    ),
)
_L211 = cite(
    "003:L211",
    N_(
        "De RvdK voert bij minderjarigen de casusregie en is voorzitter van het trajectberaad "
        "waarin passende nazorg wordt vastgesteld."
    ),
)
_L221 = cite(
    "003:L221",
    N_(
        "De (jeugd)reclassering stelt bij de start met de jongere en de KVJJ een plan op, maakt "
        "afspraken over vrijheden, controleert of de jongere die nakomt en helpt bij het vinden "
        "van een dagbesteding."
    ),
)


_NODES: Final[tuple[InterventionNode, ...]] = (
    # Werkzame elementen
    InterventionNode(
        "lokaal",
        WE,
        N_("Lokaal: verblijf dichtbij de eigen leefomgeving en het netwerk"),
        (cite("003:L31", N_("Pictogram: Lokaal.")), _L21, _L27),
        description=_CAPTION,
    ),
    InterventionNode(
        "beschermende_factoren",
        WE,
        N_("Beschermende factoren behouden en versterken"),
        (
            cite("003:L35", N_("Pictogram: Beschermende factoren.")),
            _L21,
            cite(
                "003:L77",
                N_(
                    "Plaatsing hangt af van de balans tussen beschermende factoren en "
                    "risicofactoren."
                ),
            ),
        ),
        description=_CAPTION,
    ),
    InterventionNode(
        "maatwerk",
        WE,
        N_("Maatwerk: beveiliging en zorg"),
        (cite("003:L39", N_("Pictogram: Maatwerk: beveiliging en zorg.")), _L11, _L21),
        description=_CAPTION,
    ),
    InterventionNode(
        "relationele_beveiliging",
        WE,
        N_("Relationele beveiliging"),
        (cite("003:L43", N_("Pictogram: Relationele beveiliging.")), _L147),
        description=_CAPTION,
    ),
    InterventionNode(
        "jongeren_en_netwerk_betrekken",
        WE,
        N_("Jongeren en netwerk actief betrekken"),
        (cite("003:L47", N_("Pictogram: Jongeren en netwerk actief betrekken.")), _L27, _L136),
        description=_CAPTION,
    ),
    InterventionNode(
        "positief_klimaat",
        WE,
        N_("Positief leer- en verblijfsklimaat"),
        (_L21,),
    ),
    # Activiteiten
    InterventionNode(
        "dagbesteding_buiten",
        ACT,
        N_(
            "Individuele dagbesteding en vrijetijdsbesteding op maat buiten de KVJJ: onderwijs, "
            "oriëntatie op de arbeidsmarkt, hulpverlening en begeleiding"
        ),
        (_L132,),
    ),
    InterventionNode(
        "schoolgang",
        ACT,
        N_("Begeleiding van de schoolgang"),
        (_L136,),
    ),
    InterventionNode(
        "plan",
        ACT,
        N_(
            "Een plan opstellen met de jongere, de ouders, de (jeugd)reclassering en de KVJJ, en "
            "de jongere motiveren het na te komen"
        ),
        (_L136, _L221),
    ),
    InterventionNode(
        "toezicht_vrijheden",
        ACT,
        N_("Toezicht en afspraken over vrijheden op maat door de (jeugd)reclassering"),
        (_L221, _L147),
    ),
    InterventionNode(
        "hulp_in_regio",
        ACT,
        N_("Hulpverlening door een jeugdzorgaanbieder of ketenpartner in de stad of regio"),
        (_L136, _L138),
    ),
    InterventionNode(
        "screening_zorg",
        ACT,
        N_(
            "Gezamenlijke screening, diagnostiek, zorg en behandeling door strafrechtelijke "
            "organisaties en zorgpartners"
        ),
        (_L140,),
    ),
    InterventionNode(
        "nazorg",
        ACT,
        N_("Passende nazorg vaststellen in het trajectberaad (voorzitter: RvdK)"),
        (_L211, _L132),
    ),
    # Werkdoelen
    InterventionNode(
        "dagbesteding",
        WD,
        N_("Dagbesteding (onderwijs, stage of werk) opstarten of in stand houden"),
        (_L21, _L27),
    ),
    InterventionNode(
        "contact_netwerk",
        WD,
        N_("Contact met ouders en netwerk opstarten of in stand houden"),
        (_L21, _L27),
    ),
    InterventionNode(
        "zorg_continu",
        WD,
        N_("Ingezette zorg en hulp lopen door tijdens en na het verblijf"),
        (_L11, _L21, _L138),
    ),
    InterventionNode(
        "plan_committeren",
        WD,
        N_("De jongere maakt een plan en committeert zich daaraan"),
        (_L27,),
    ),
    InterventionNode(
        "overgang",
        WD,
        N_(
            "Zorg en dagbesteding lopen door van FCJ naar KVJJ en van KVJJ naar huis of vervolgzorg"
        ),
        (_L27, _L17),
    ),
    # Hoofddoelen
    InterventionNode(
        "maatschappelijke_participatie",
        HD,
        N_("Grotere kans op maatschappelijke participatie"),
        (_L23, _L27),
    ),
    InterventionNode(
        "terugkeer",
        HD,
        N_("Voorbereiding op terugkeer in de maatschappij"),
        (_L27,),
    ),
    # Einddoelen
    InterventionNode(
        "minder_recidive",
        ED,
        N_("Terugdringen van recidive"),
        (_L11,),
    ),
    InterventionNode(
        "bescherming_maatschappij",
        ED,
        N_("Beschermen van de maatschappij"),
        (_L11,),
    ),
)

_LINKS: Final[tuple[InterventionLink, ...]] = (
    InterventionLink("lokaal", "dagbesteding_buiten", (_L21,)),
    InterventionLink("lokaal", "contact_netwerk", (_L27,)),
    InterventionLink("lokaal", "zorg_continu", (_L17, _L21)),
    InterventionLink("beschermende_factoren", "contact_netwerk", (_L21,)),
    InterventionLink("maatwerk", "toezicht_vrijheden", (_L21, _L147)),
    InterventionLink("maatwerk", "screening_zorg", (_L11, _L140), note=_DERIVED),
    InterventionLink("relationele_beveiliging", "toezicht_vrijheden", (_L147,)),
    InterventionLink("jongeren_en_netwerk_betrekken", "plan", (_L27, _L136)),
    InterventionLink("positief_klimaat", "schoolgang", (_L21, _L136), note=_DERIVED),
    InterventionLink("dagbesteding_buiten", "dagbesteding", (_L132,)),
    InterventionLink("schoolgang", "dagbesteding", (_L136,), note=_DERIVED),
    InterventionLink("plan", "plan_committeren", (_L136, _L221)),
    InterventionLink("toezicht_vrijheden", "plan_committeren", (_L221,)),
    InterventionLink("hulp_in_regio", "zorg_continu", (_L138,)),
    InterventionLink("screening_zorg", "zorg_continu", (_L140,), note=_DERIVED),
    InterventionLink("nazorg", "overgang", (_L211, _L132)),
    InterventionLink("dagbesteding", "maatschappelijke_participatie", (_L27,)),
    InterventionLink("plan_committeren", "maatschappelijke_participatie", (_L27,)),
    InterventionLink("contact_netwerk", "maatschappelijke_participatie", (_L23,)),
    InterventionLink("zorg_continu", "terugkeer", (_L27,)),
    InterventionLink("overgang", "terugkeer", (_L27,)),
    InterventionLink(
        "maatschappelijke_participatie", "minder_recidive", (_L11,), note=_DERIVED_END
    ),
    InterventionLink(
        "maatschappelijke_participatie", "bescherming_maatschappij", (_L11,), note=_DERIVED_END
    ),
    InterventionLink("terugkeer", "minder_recidive", (_L11, _L27), note=_DERIVED_END),
)

#: The same national logic for every KVJJ location.
INTERVENTION_LOGIC: Final = InterventionLogic(nodes=_NODES, links=_LINKS)
