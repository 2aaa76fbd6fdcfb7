"""Partner roles (ketenpartners) as registrable objects."""

from __future__ import annotations

import attrs

from kleinschalig._fields import CODE_PATTERN, spec
from kleinschalig._texts import CODE, JURISDICTIONS, LABEL, NOTE, SOURCES, described
from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.sources import Source

__all__ = ["PartnerRole"]


@described(
    N_("Partnerrol"),
    code=CODE,
    label=LABEL,
    jurisdictions=JURISDICTIONS,
    sources=SOURCES,
    responsibilities=(N_("Taken"), N_("Wat de rol doet in het traject, als Nederlandse tekst.")),
    note=NOTE,
)
@attrs.frozen(slots=True)
class PartnerRole:
    """An organisation or person that acts in a trajectory: OM, DIZ, gemeente, werkgever, …

    ``label`` and ``responsibilities`` are Dutch msgids.
    """

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    jurisdictions: tuple[Jurisdiction, ...]
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    responsibilities: str = ""
    note: str = attrs.field(
        default="",
    )
