"""Legal titles (juridische titels) as registrable objects.

A title is not a closed enum: the core registers the national titles, and a
plugin may add a placement basis or a local modality. Every title cites its sources.
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from kleinschalig._fields import CODE_PATTERN, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import CODE, DESCRIPTION, JURISDICTIONS, LABEL, NOTE, SOURCES, described
from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.sources import Source

__all__ = ["LegalTitle", "TitleKind", "TitlePhase"]


@labelled(
    {
        "deprivation_of_liberty": N_("titel van vrijheidsbeneming"),
        "status": N_("status"),
        "modality": N_("executiemodaliteit"),
        "measure": N_("maatregel"),
        "placement_basis": N_("plaatsingsgrondslag"),
        "bar": N_("belemmering"),
    }
)
class TitleKind(StrEnum):
    """What kind of legal title this is."""

    DEPRIVATION_OF_LIBERTY = "deprivation_of_liberty"
    STATUS = "status"
    MODALITY = "modality"
    MEASURE = "measure"
    PLACEMENT_BASIS = "placement_basis"
    BAR = "bar"


@described(
    N_("Fase van de titel"),
    code=CODE,
    label=LABEL,
    sources=SOURCES,
)
@attrs.frozen(slots=True)
class TitlePhase:
    """A phase within a title, e.g. the extramural phase of an ISD measure."""

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    sources: tuple[Source, ...] = attrs.field(default=())


@described(
    N_("Juridische titel"),
    code=CODE,
    label=LABEL,
    kind=(
        N_("Soort titel"),
        N_("Vrijheidsbeneming, status, modaliteit, maatregel, plaatsingsgrondslag of belemmering."),
    ),
    jurisdictions=JURISDICTIONS,
    sources=SOURCES,
    description=DESCRIPTION,
    parent=(N_("Algemene titel"), N_("De code van de algemene titel waarvan dit een variant is.")),
    phases=(N_("Fasen"), N_("De fasen binnen de titel.")),
    note=NOTE,
)
@attrs.frozen(slots=True)
class LegalTitle:
    """A juridische titel: a title of deprivation of liberty, a modality, status or basis.

    ``parent`` links a variant to its general title (``reintegratieverlof.kortdurend``
    to ``reintegratieverlof``). ``label`` and ``description`` are Dutch msgids.
    """

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    kind: TitleKind
    jurisdictions: tuple[Jurisdiction, ...] = attrs.field(
        **spec(validator=unique_by(lambda j: j, "jurisdiction"))
    )
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    description: str = ""
    parent: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    phases: tuple[TitlePhase, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda p: p.code, "phase"))
    )
    note: str = attrs.field(
        default="",
    )
