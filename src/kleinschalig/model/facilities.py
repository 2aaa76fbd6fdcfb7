"""Facilities: kind, security level, location, operating period and dated capacity."""

from __future__ import annotations

import datetime as dt
import itertools
from enum import Enum, StrEnum
from typing import Any

import attrs

from kleinschalig._fields import CODE_PATTERN, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import CODE, DESCRIPTION, LABEL, NOTE, SOURCES, VALID_UNTIL, described
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction, Sex, in_force
from kleinschalig.model.sources import Source

__all__ = [
    "CapacityEntry",
    "Facility",
    "FacilityKind",
    "Location",
    "OperatingPeriod",
    "OperatingStatus",
    "PlacePool",
    "SecurityLevel",
    "TargetGroup",
]


@labelled(
    {
        "pi": N_("penitentiaire inrichting (PI)"),
        "hvb": N_("huis van bewaring (HvB)"),
        "bba": N_("beperkt beveiligde afdeling (BBA)"),
        "zbbi": N_("zeer beperkt beveiligde inrichting (ZBBI)"),
        "ppc": N_("penitentiair psychiatrisch centrum (PPC)"),
        "kv": N_("kleinschalige voorziening (KV)"),
        "kvjj": N_("kleinschalige voorziening justitiële jeugd (KVJJ)"),
        "fcj": N_("forensisch centrum jeugd (FCJ)"),
        "jji": N_("justitiële jeugdinrichting (JJI)"),
    }
)
class FacilityKind(StrEnum):
    """Facility types of the national catalogue.

    PI [002:L106], [002:L676-686]; HvB [001:L2487]; BBA [002:L767-801]; ZBBI
    [002:L775-779]; PPC [002:L1482-1486]; KV [000:L29-30]; KVJJ [003:L19-23]; FCJ
    [003:L13-17]; JJI [003:L15].
    """

    PI = "pi"
    HVB = "hvb"
    BBA = "bba"
    ZBBI = "zbbi"
    PPC = "ppc"
    KV = "kv"
    KVJJ = "kvjj"
    FCJ = "fcj"
    JJI = "jji"


@labelled(
    {
        "adult.extra": N_("extra beveiligd (EBI)"),
        "adult.closed": N_("gesloten"),
        "adult.limited": N_("beperkt beveiligd"),
        "adult.very_limited": N_("zeer beperkt beveiligd"),
        "youth.fcj": N_("FCJ (gedifferentieerd, hoger dan KVJJ)"),
        "youth.kvjj": N_("KVJJ (laag, relationele beveiliging)"),
    }
)
class SecurityLevel(Enum):
    """Security levels with a defined ordering *within* each jurisdiction.

    Adults: extra > closed > limited > very limited [002:L767-779], [002:L795-797];
    youth: FCJ > KVJJ [003:L11], [003:L21]. The sources give no scale linking the
    two, so comparing an adult level with a youth level raises ``TypeError``.

    >>> SecurityLevel.ADULT_CLOSED > SecurityLevel.ADULT_LIMITED
    True
    >>> sorted([SecurityLevel.YOUTH_FCJ, SecurityLevel.YOUTH_KVJJ])[0].value
    'youth.kvjj'
    """

    ADULT_EXTRA = "adult.extra"
    ADULT_CLOSED = "adult.closed"
    ADULT_LIMITED = "adult.limited"
    ADULT_VERY_LIMITED = "adult.very_limited"
    YOUTH_FCJ = "youth.fcj"
    YOUTH_KVJJ = "youth.kvjj"

    @property
    def jurisdiction(self) -> Jurisdiction:
        return Jurisdiction.ADULT if self.value.startswith("adult.") else Jurisdiction.YOUTH

    @property
    def rank(self) -> int:
        return _RANK[self]

    def _other_rank(self, other: object) -> int | None:
        if not isinstance(other, SecurityLevel):
            return None
        if other.jurisdiction is not self.jurisdiction:
            raise TypeError("adult and youth security levels have no common scale")
        return other.rank

    def __lt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank >= rank


_RANK = {
    SecurityLevel.ADULT_EXTRA: 4,
    SecurityLevel.ADULT_CLOSED: 3,
    SecurityLevel.ADULT_LIMITED: 2,
    SecurityLevel.ADULT_VERY_LIMITED: 1,
    SecurityLevel.YOUTH_FCJ: 2,
    SecurityLevel.YOUTH_KVJJ: 1,
}


@labelled(
    {
        "planned": N_("gepland"),
        "open": N_("open"),
        "closed": N_("gesloten (beëindigd)"),
        "never_opened": N_("nooit geopend"),
    }
)
class OperatingStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    NEVER_OPENED = "never_opened"


def _operating_consistent(inst: OperatingPeriod, _a: Any, value: dt.date | None) -> None:
    if value is not None and inst.opened_on is not None and value < inst.opened_on:
        raise InvalidValue("date.order", "closed_on", other="opened_on")
    if inst.status is OperatingStatus.NEVER_OPENED and inst.opened_on is not None:
        raise InvalidValue("value.not_allowed", "opened_on", allowed="null")
    if inst.status is OperatingStatus.OPEN and value is not None:
        raise InvalidValue("value.not_allowed", "closed_on", allowed="null")


def _known_open_consistent(inst: OperatingPeriod, _a: Any, value: dt.date | None) -> None:
    if value is None:
        return
    if inst.opened_on is not None:
        raise InvalidValue("value.not_allowed", "known_open_on", allowed="null")
    if inst.status in (OperatingStatus.NEVER_OPENED, OperatingStatus.PLANNED):
        raise InvalidValue("value.not_allowed", "known_open_on", allowed="null")


def _attested_consistent(inst: OperatingPeriod, _a: Any, value: dt.date | None) -> None:
    if value is None:
        return
    if inst.status is not OperatingStatus.OPEN:
        raise InvalidValue("value.not_allowed", "attested_until", allowed="null")
    first = inst.opened_on or inst.known_open_on
    if first is not None and value < first:
        other = "opened_on" if inst.opened_on is not None else "known_open_on"
        raise InvalidValue("date.order", "attested_until", other=other)


@described(
    N_("Openingsperiode"),
    status=(N_("Status"), N_("Gepland, open, gesloten of nooit geopend.")),
    opened_on=(N_("Geopend op"), N_("De dag van opening; leeg: niet bekend uit de bronnen.")),
    closed_on=(N_("Gesloten op"), N_("De dag van sluiting.")),
    sources=SOURCES,
    note=NOTE,
    known_open_on=(
        N_("Bekend open op"),
        N_("Een dag waarop de bronnen de voorziening open tonen, als de openingsdag onbekend is."),
    ),
    attested_until=(
        N_("Bevestigd tot en met"),
        N_("De laatste dag waarop de bronnen de voorziening open tonen; daarna is open onbekend."),
    ),
)
@attrs.frozen(slots=True)
class OperatingPeriod:
    """When a facility (or pilot) was open; ``never_opened`` is a status of its own.

    When the sources show a facility open but never say since when, leave
    ``opened_on`` empty and set ``known_open_on`` to the date the sources show
    it open (the date of the document, say): from then on it counts as open;
    before it, whether it was open is unknown, never guessed.

    The sources of a facility that is still open stop somewhere: ``attested_until``
    is the last day they show it open. After it, whether it is open is unknown
    too; only a facility with status ``open`` (no ``closed_on``) can have one.

    >>> import datetime as dt
    >>> period = OperatingPeriod(OperatingStatus.OPEN, opened_on=dt.date(2021, 1, 1),
    ...     attested_until=dt.date(2021, 4, 30))
    >>> period.is_open_on(dt.date(2021, 4, 30)), period.is_open_on(dt.date(2026, 6, 1))
    (True, None)
    >>> period.after_attested(dt.date(2026, 6, 1))
    True
    """

    status: OperatingStatus
    opened_on: dt.date | None = None
    closed_on: dt.date | None = attrs.field(default=None, **spec(validator=_operating_consistent))
    sources: tuple[Source, ...] = ()
    note: str = ""
    known_open_on: dt.date | None = attrs.field(
        default=None, **spec(validator=_known_open_consistent)
    )
    attested_until: dt.date | None = attrs.field(
        default=None,
        **spec(
            validator=_attested_consistent,
        ),
    )

    def after_attested(self, on: dt.date) -> bool:
        """Whether ``on`` lies after the last day the sources show the facility open."""
        return self.attested_until is not None and on > self.attested_until

    def is_open_on(self, on: dt.date) -> bool | None:
        """Open on ``on``: true, false, or ``None`` when the sources do not tell."""
        if self.status in (OperatingStatus.NEVER_OPENED, OperatingStatus.PLANNED):
            return False
        if self.after_attested(on):
            return None
        if self.opened_on is not None:
            return in_force(self.opened_on, self.closed_on, on)
        if self.known_open_on is not None and in_force(self.known_open_on, self.closed_on, on):
            return True
        if self.closed_on is not None and on > self.closed_on:
            return False
        return None


@described(
    N_("Locatie"),
    municipality=(N_("Gemeente"), N_("De gemeente waar de voorziening is.")),
    region=(N_("Regio"), N_("De regio van de voorziening.")),
    host_institution=(
        N_("Gastinstelling"),
        N_("De instelling waarin de voorziening is gehuisvest, als die er is."),
    ),
)
@attrs.frozen(slots=True)
class Location:
    """Where a facility is: municipality, region and, if any, the host institution."""

    municipality: str = attrs.field(**spec(non_empty=True))
    region: str | None = None
    host_institution: str | None = None


def _range_ok(inst: PlacePool, _a: Any, value: int | None) -> None:
    if value is not None and value < inst.places:
        raise InvalidValue("value.too_small", "places_max", minimum=str(inst.places))


@described(
    N_("Plaatsen van een regime"),
    regime=(
        N_("Regime"),
        N_("De code van het regime, bijvoorbeeld kv, bba, zbbi of wmo_bridging."),
    ),
    places=(N_("Plaatsen"), N_("Het aantal plaatsen.")),
    places_max=(
        N_("Maximaal aantal plaatsen"),
        N_("De bovengrens van een geplande bandbreedte (6–8)."),
    ),
    label=LABEL,
)
@attrs.frozen(slots=True)
class PlacePool:
    """Places of one regime. A planned range (6–8) has ``places_max``."""

    regime: str = attrs.field(**spec(pattern=CODE_PATTERN))
    places: int = attrs.field(**spec(minimum=0))
    places_max: int | None = attrs.field(default=None, **spec(minimum=0, validator=_range_ok))
    label: str = ""


def _until_after_from(inst: CapacityEntry, _a: Any, value: dt.date | None) -> None:
    if value is not None and value < inst.valid_from:
        raise InvalidValue("date.order", "valid_until", other="valid_from")


@described(
    N_("Capaciteit"),
    valid_from=(N_("Geldig vanaf"), N_("De eerste dag waarop deze capaciteit geldt.")),
    pools=(N_("Plaatsen"), N_("De plaatsen per regime.")),
    valid_until=VALID_UNTIL,
    temporary=(N_("Tijdelijk"), N_("Of dit een tijdelijke afwijking van de gewone capaciteit is.")),
    reason=(N_("Reden"), N_("De reden van de capaciteit, als Nederlandse tekst.")),
    sources=SOURCES,
)
@attrs.frozen(slots=True)
class CapacityEntry:
    """Capacity in force from ``valid_from`` to ``valid_until`` (inclusive; open-ended if null).

    A ``temporary`` entry (a corona reduction, say) overrides the nominal capacity
    while it is in force.
    """

    valid_from: dt.date
    pools: tuple[PlacePool, ...] = attrs.field(
        **spec(non_empty=True, validator=unique_by(lambda p: p.regime, "regime"))
    )
    valid_until: dt.date | None = attrs.field(default=None, **spec(validator=_until_after_from))
    temporary: bool = False
    reason: str = ""
    sources: tuple[Source, ...] = ()

    @property
    def places(self) -> int:
        return sum(p.places for p in self.pools)

    @property
    def places_max(self) -> int:
        return sum(p.places_max if p.places_max is not None else p.places for p in self.pools)

    def in_force(self, on: dt.date) -> bool:
        return in_force(self.valid_from, self.valid_until, on)


def _no_overlap(_inst: Facility, _a: Any, entries: tuple[CapacityEntry, ...]) -> None:
    for temporary in (False, True):
        same = sorted((e for e in entries if e.temporary is temporary), key=lambda e: e.valid_from)
        for earlier, later in itertools.pairwise(same):
            if earlier.valid_until is None or earlier.valid_until >= later.valid_from:
                raise InvalidValue("period.overlap", ("capacity", entries.index(later)))


@described(
    N_("Doelgroep"),
    description=DESCRIPTION,
    jurisdiction=(N_("Rechtsgebied"), N_("Volwassenen of jeugd.")),
    sexes=(N_("Geslachten"), N_("De geslachten waarvoor de voorziening is.")),
    sources=SOURCES,
)
@attrs.frozen(slots=True)
class TargetGroup:
    """Who a facility is for. ``description`` is a Dutch msgid."""

    description: str = attrs.field(**spec(non_empty=True))
    jurisdiction: Jurisdiction
    sexes: tuple[Sex, ...] = ()
    sources: tuple[Source, ...] = ()


@described(
    N_("Voorziening"),
    code=CODE,
    name=(N_("Naam"), N_("De eigennaam van de voorziening; wordt niet vertaald.")),
    kind=(N_("Soort voorziening"), N_("Het soort voorziening, zoals PI, HvB of KV.")),
    security=(N_("Beveiligingsniveau"), N_("Het beveiligingsniveau van de voorziening.")),
    location=(N_("Locatie"), N_("Waar de voorziening is.")),
    operator=(N_("Uitvoerder"), N_("De organisatie die de voorziening uitvoert.")),
    target_group=(N_("Doelgroep"), N_("Voor wie de voorziening is.")),
    operating=(N_("Openingsperiode"), N_("Wanneer de voorziening open was of is.")),
    sources=SOURCES,
    capacity=(N_("Capaciteit"), N_("De capaciteit per periode.")),
    accepted_titles=(
        N_("Aanvaarde titels"),
        N_("De codes van de juridische titels waarmee iemand geplaatst kan worden."),
    ),
    aliases=(N_("Andere namen"), N_("Andere namen waaronder de voorziening bekend is.")),
)
@attrs.frozen(slots=True)
class Facility:
    """A facility: a PI, a KV pilot, a KVJJ location, …

    ``name`` is a proper name and is not translated; ``accepted_titles`` are codes
    of registered :class:`~kleinschalig.model.titles.LegalTitle` objects.
    """

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    name: str = attrs.field(**spec(non_empty=True))
    kind: FacilityKind
    security: SecurityLevel
    location: Location
    operator: str = attrs.field(**spec(non_empty=True))
    target_group: TargetGroup
    operating: OperatingPeriod
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    capacity: tuple[CapacityEntry, ...] = attrs.field(default=(), **spec(validator=_no_overlap))
    accepted_titles: tuple[str, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda c: c, "title"))
    )
    aliases: tuple[str, ...] = ()

    def capacity_on(self, on: dt.date) -> CapacityEntry | None:
        """The capacity in force on ``on``: a temporary change wins over the nominal entry."""
        in_force_now = [e for e in self.capacity if e.in_force(on)]
        for entry in in_force_now:
            if entry.temporary:
                return entry
        return in_force_now[0] if in_force_now else None
