"""Machine-readable citations: a law article or a passage of a policy document.

Every title, rule, step and indicator carries at least one source. The law form
follows the Dutch ``legal_basis`` shape (BWB id, article, paragraph, Juriconnect);
the document form points into the seeds the project is built from.

>>> src = DocumentSource.parse("001:L2023-2026", "Harde eis: 24 uur dagbesteding.")
>>> src.citation
'001:L2023-2026'
>>> pbw = LegalSource(law="Penitentiaire beginselenwet", short_name="Pbw",
...                   bwb_id="BWBR0009709", article="43", paragraph="3")
>>> pbw.citation
'art. 43 lid 3 Pbw'
>>> pbw.juriconnect
'jci1.3:c:BWBR0009709&artikel=43&lid=3'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

import attrs

from kleinschalig._fields import spec
from kleinschalig._texts import TAG, described
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_

__all__ = ["DocumentSource", "LegalSource", "Source", "SourceKind", "cite"]

SourceKind = Literal["law", "document"]

_DOC_CITATION: Final = re.compile(
    r"(?P<doc>[0-9A-Za-z_-]+):L(?P<first>\d+)(?:-(?P<last>\d+))?", re.ASCII
)


def _line_order(inst: DocumentSource, _attribute: attrs.Attribute[int], value: int) -> None:
    if value < inst.first_line:
        raise InvalidValue("value.too_small", "last_line", minimum=str(inst.first_line))


@described(
    N_("Wetsartikel"),
    law=(N_("Wet"), N_("De volledige naam van de wet of regeling.")),
    short_name=(N_("Afkorting"), N_("De gebruikelijke afkorting, bijvoorbeeld Pbw.")),
    bwb_id=(N_("BWB-id"), N_("De identificatie op wetten.overheid.nl (BWBR…).")),
    article=(N_("Artikel"), N_("Het artikelnummer.")),
    paragraph=(N_("Lid"), N_("Het lid van het artikel.")),
    sentence=(N_("Zin"), N_("De zin binnen het lid.")),
    url=(N_("Adres"), N_("Het https-adres van de tekst.")),
    text_date=(
        N_("Datum tekst"),
        N_("De datum van de geconsolideerde tekst waartegen geciteerd is."),
    ),
    explanation=(N_("Uitleg"), N_("Hoe de regel de tekst uitvoert, als Nederlandse tekst.")),
    kind=TAG,
)
@attrs.frozen(slots=True)
class LegalSource:
    """An article of Dutch law or regulation.

    ``bwb_id`` is the identifier on wetten.overheid.nl (``BWBR…``) where one is known;
    ``text_date`` is the date of the consolidated text the citation was checked against.
    """

    law: str = attrs.field(**spec(non_empty=True))
    short_name: str | None = attrs.field(
        default=None,
    )
    bwb_id: str | None = attrs.field(default=None, **spec(pattern=r"^BWB[RV]\d{7}$"))
    article: str | None = attrs.field(default=None, **spec(pattern=r"^[0-9A-Za-z:.]+$"))
    paragraph: str | None = attrs.field(default=None, **spec(pattern=r"^[0-9A-Za-z]+$"))
    sentence: str | None = attrs.field(default=None, **spec(pattern=r"^[0-9]+$"))
    url: str | None = attrs.field(default=None, **spec(pattern=r"^https://[!-~]+$"))
    text_date: dt.date | None = None
    explanation: str = attrs.field(
        default="",
    )
    kind: Literal["law"] = attrs.field(
        default="law", **spec(validator=attrs.validators.in_(("law",)))
    )

    @property
    def citation(self) -> str:
        name = self.short_name or self.law
        parts = []
        if self.article:
            parts.append(f"art. {self.article}")
        if self.paragraph:
            parts.append(f"lid {self.paragraph}")
        if self.sentence:
            parts.append(f"zin {self.sentence}")
        return " ".join([*parts, name])

    @property
    def juriconnect(self) -> str | None:
        """The Juriconnect reference, when the BWB id is known."""
        if self.bwb_id is None:
            return None
        ref = f"jci1.3:c:{self.bwb_id}"
        if self.article:
            ref += f"&artikel={self.article}"
        if self.paragraph:
            ref += f"&lid={self.paragraph}"
        if self.text_date:
            ref += f"&g={self.text_date.isoformat()}"
        return ref


@described(
    N_("Documentpassage"),
    document=(N_("Document"), N_("Het voorvoegsel van het brondocument, bijvoorbeeld 001.")),
    first_line=(N_("Eerste regel"), N_("De eerste regel van de passage.")),
    last_line=(N_("Laatste regel"), N_("De laatste regel van de passage.")),
    explanation=(N_("Uitleg"), N_("Wat deze passage onderbouwt, als Nederlandse tekst.")),
    kind=TAG,
)
@attrs.frozen(slots=True)
class DocumentSource:
    """A passage of a policy document: one of the seeds, cited as ``001:L2023-2026``."""

    document: str = attrs.field(**spec(pattern=r"^[0-9A-Za-z_-]+$"))
    first_line: int = attrs.field(**spec(minimum=1))
    last_line: int = attrs.field(**spec(minimum=1, validator=_line_order))
    explanation: str = attrs.field(
        default="",
    )
    kind: Literal["document"] = attrs.field(
        default="document", **spec(validator=attrs.validators.in_(("document",)))
    )

    @property
    def citation(self) -> str:
        if self.first_line == self.last_line:
            return f"{self.document}:L{self.first_line}"
        return f"{self.document}:L{self.first_line}-{self.last_line}"

    @classmethod
    def parse(cls, citation: str, explanation: str = "") -> DocumentSource:
        match = _DOC_CITATION.fullmatch(citation)
        if match is None:
            raise InvalidValue("value.pattern", pattern="001:L10-12")
        first = int(match["first"])
        last = int(match["last"] or first)
        return cls(document=match["doc"], first_line=first, last_line=last, explanation=explanation)


#: Where a rule or fact comes from: an article of law or lines of a seed document.
Source = LegalSource | DocumentSource


def cite(citation: str, explanation: str = "") -> DocumentSource:
    """Shorthand for :meth:`DocumentSource.parse`, used by the bundled data."""
    return DocumentSource.parse(citation, explanation)
