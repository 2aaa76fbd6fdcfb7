"""The five KVJJ locations [003:L49-51].

Everything the sources say about the locations is national: the same target
group, the same 8 places, the same security and the same criteria for all five.
The sources name no youth-care provider per location and no opening date:
what is unknown is recorded as unknown, never filled in. What the sources do show
is that all five were open when the information sheet was written (version
September 2023) [003:L9], [003:L51]: that date is ``known_open_on``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import (
    CapacityEntry,
    Facility,
    FacilityKind,
    Jurisdiction,
    Location,
    OperatingPeriod,
    OperatingStatus,
    PlacePool,
    SecurityLevel,
    Sex,
    Source,
    TargetGroup,
    cite,
)

__all__ = ["ACCEPTED_TITLES", "FACILITIES", "FACILITY_CODES", "OPERATOR_UNKNOWN", "SHEET_DATE"]

#: The titles of the KVJJ target group [003:L55-59]; the criteria exist for these [003:L73].
ACCEPTED_TITLES: Final = ("jeugddetentie", "pij", "voorlopige_hechtenis")

#: Seed 003 says a youth-care provider runs each KVJJ [003:L197], [003:L201-203]
#: but names none. ``Facility.operator`` is a required proper name: it says so.
OPERATOR_UNKNOWN: Final = "jeugdhulpaanbieder (naam niet in de bronnen)"

#: The date of the information sheet, "Versie september 2023" [003:L9]: it gives only a
#: month, so the first day of it is taken. The sheet names the five KVJJs as established
#: [003:L51], so on this date they are known to be open (``OperatingPeriod.known_open_on``);
#: it is also the start of the recorded capacity. It is not an opening date: none is known.
SHEET_DATE: Final = dt.date(2023, 9, 1)

_SHEET = cite(
    "003:L5-9",
    N_("DJI-informatieblad Kleinschalige Voorziening Justitiële Jeugd, versie september 2023."),
)
_LOCATIONS = cite(
    "003:L51",
    N_(
        "De KVJJ's zijn gevestigd in Amsterdam, Den Haag, Groningen, Krimpen aan den IJssel en "
        "Venlo; alle zijn bedoeld voor jongeren met een vrijheidbenemende strafrechtelijke titel "
        "onder het jeugdstrafrecht en hebben elk acht plaatsen."
    ),
)
_WHAT = cite(
    "003:L19-23",
    N_(
        "Een KVJJ is een voorziening met een lager beveiligingsniveau dan het FCJ, dichtbij de "
        "eigen leefomgeving van de jongeren, met zorg en dagbesteding die zoveel mogelijk "
        "doorlopen."
    ),
)
_SECURITY = cite(
    "003:L142-148",
    N_(
        "Beveiliging in de KVJJ: kamers 's avonds op slot, niet zonder toestemming weg, 24 uur per "
        "dag beveiliging, vrijheden op maat en relationele beveiliging."
    ),
)
_OPERATOR = cite(
    "003:L201-203",
    N_(
        "Een jeugdhulpaanbieder geeft uitvoering aan de KVJJ en is verantwoordelijk voor de "
        "dagelijkse zorg en begeleiding; de bron noemt geen aanbieder per locatie."
    ),
)
_TARGET = (
    cite(
        "003:L55-61",
        N_(
            "Doelgroep: jongeren en jongvolwassenen met elke vrijheidbenemende strafrechtelijke "
            "titel binnen het jeugdstrafrecht die aan de criteria voldoen: voorlopige hechtenis, "
            "jeugddetentie, resocialiserende PIJ; jongens en meisjes; onder en boven 18 jaar."
        ),
    ),
    cite(
        "003:L69",
        N_(
            "Jongeren komen via een inverzekeringstelling of een doorplaatsing vanuit het FCJ in "
            "de KVJJ, ook bij toepassing van het adolescentenstrafrecht."
        ),
    ),
    cite(
        "003:L73",
        N_(
            "Voor jongeren in voorlopige hechtenis en jongeren met jeugddetentie of een "
            "PIJ-maatregel zijn aparte plaatsingscriteria opgesteld."
        ),
    ),
)
_OPEN = cite(
    "003:L49-51",
    N_(
        "Het informatieblad van september 2023 noemt de vijf KVJJ's als gevestigd, zonder "
        "openingsdatum: op de datum van het informatieblad zijn ze open."
    ),
)
_KV_JEUGD_AMSTERDAM = cite(
    "001:L3424-3426",
    N_(
        "Het vroeg betrekken van ketenpartners bij KV Amsterdam komt voort uit eerdere ervaringen "
        "met de oprichting van de KV Jeugd in Amsterdam; de bron noemt geen datum."
    ),
)
_OPENING_UNKNOWN = N_(
    "⚠ Openingsdatum onbekend: geen bron geeft er een, dus die blijft leeg; er is geen datum "
    "verzonnen. Het DJI-informatieblad 'versie september 2023' (003:L9) noemt deze KVJJ als "
    "gevestigd (003:L51): bekend open vanaf 1 september 2023. Het informatieblad geeft alleen "
    "een maand; gekozen is de eerste dag daarvan, niet een datum uit de bron. Vanaf die datum "
    "telt de KVJJ als open; of zij daarvoor al open was, is onbekend: een screening met een "
    "eerdere peildatum geeft voor core.facility-open 'onbekend' (onvoldoende gegevens), niet "
    "'gesloten'."
)
_CAPACITY_SOURCES: tuple[Source, ...] = (
    _LOCATIONS,
    cite(
        "003:L79",
        N_(
            "De KVJJ's hebben geen plaatsen gereserveerd voor bepaalde doelgroepen, om maatwerk "
            "en flexibiliteit in capaciteit mogelijk te maken."
        ),
    ),
    cite(
        "003:L9",
        N_("Het informatieblad is de versie van september 2023."),
    ),
    cite(
        "003:L154",
        N_(
            "DJI financiert de strafrechtelijke KVJJ via een subsidierelatie voor 8 bedden; de "
            "kosten zijn ca. 1,6 mln. (prijspeil 2022), zonder vermelde periode."
        ),
    ),
    cite(
        "003:L128",
        N_(
            "80% van de jongeren in de KVJJ verblijft korter dan twee maanden in voorlopige "
            "hechtenis; jongeren met jeugddetentie of PIJ verblijven meestal langer."
        ),
    ),
)
_CAPACITY_REASON = N_(
    "8 plaatsen per KVJJ (003:L51), zonder gereserveerde plaatsen (003:L79). ⚠ Ingangsdatum: "
    "de bronnen geven er geen; 1 september 2023 is de eerste dag van de maand van het "
    "informatieblad (003:L9), niet de datum waarop de capaciteit inging; wat daarvoor gold is "
    "onbekend. ⚠ Financiering: DJI subsidieert 8 bedden voor ca. 1,6 mln. (prijspeil 2022) "
    "zonder vermelde periode (003:L154); het bedrag is niet als jaarbedrag vastgelegd en per-bed- "
    "of per-dagbedragen zijn niet afgeleid. ⚠ Verblijfsduur: '80% korter dan twee maanden in "
    "voorlopige hechtenis' (003:L128) is een beschrijvend cijfer, geen regel: het is niet als "
    "criterium gecodeerd."
)


def _facility(
    code: str, name: str, municipality: str, extra_operating: tuple[Source, ...] = ()
) -> Facility:
    return Facility(
        code=code,
        name=name,
        kind=FacilityKind.KVJJ,
        security=SecurityLevel.YOUTH_KVJJ,
        location=Location(municipality=municipality),
        operator=OPERATOR_UNKNOWN,
        target_group=TargetGroup(
            description=N_(
                "Jongeren en jongvolwassenen (jongens en meisjes, onder en boven 18 jaar) met een "
                "vrijheidbenemende strafrechtelijke titel onder het jeugdstrafrecht die aan de "
                "landelijke criteria voldoen: voorlopige hechtenis, jeugddetentie of een "
                "resocialiserende PIJ-maatregel. Inverzekeringstelling is een instroomroute "
                "(003:L69), geen aanvaarde titel: daarvoor bestaan geen plaatsingscriteria "
                "(003:L73)."
            ),
            jurisdiction=Jurisdiction.YOUTH,
            sexes=(Sex.MALE, Sex.FEMALE),
            sources=_TARGET,
        ),
        operating=OperatingPeriod(
            status=OperatingStatus.OPEN,
            opened_on=None,
            known_open_on=SHEET_DATE,
            sources=(_SHEET, _OPEN, *extra_operating),
            note=_OPENING_UNKNOWN,
        ),
        sources=(_SHEET, _LOCATIONS, _WHAT, _SECURITY, _OPERATOR),
        capacity=(
            CapacityEntry(
                valid_from=SHEET_DATE,
                pools=(
                    PlacePool(
                        regime="kvjj",
                        places=8,
                        label=N_("KVJJ-plaatsen (geen plaatsen gereserveerd voor doelgroepen)"),
                    ),
                ),
                reason=_CAPACITY_REASON,
                sources=_CAPACITY_SOURCES,
            ),
        ),
        accepted_titles=ACCEPTED_TITLES,
    )


FACILITIES: Final[tuple[Facility, ...]] = (
    _facility("kvjj-amsterdam", "KVJJ Amsterdam", "Amsterdam", (_KV_JEUGD_AMSTERDAM,)),
    _facility("kvjj-den-haag", "KVJJ Den Haag", "Den Haag"),
    _facility("kvjj-groningen", "KVJJ Groningen", "Groningen"),
    _facility("kvjj-krimpen", "KVJJ Krimpen aan den IJssel", "Krimpen aan den IJssel"),
    _facility("kvjj-venlo", "KVJJ Venlo", "Venlo"),
)

FACILITY_CODES: Final = tuple(f.code for f in FACILITIES)
