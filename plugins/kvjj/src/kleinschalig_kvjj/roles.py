"""Partner roles the KVJJ needs that the national roles do not cover: education.

The national roles cover DJI, DIZ, the OM, the judiciary, the RvdK, (youth)
probation (3RO), the youth-care provider running the KVJJ, the care provider
giving help under the Jeugdwet, the FCJ, the municipality, parents and the
case director. Seed 003 also names education partners for schooling, work and
daytime activity [003:L140], [003:L173]; they are added here.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, PartnerRole, cite

__all__ = ["ROLES"]

_YOUTH: Final = (Jurisdiction.YOUTH,)

ROLES: Final[tuple[PartnerRole, ...]] = (
    PartnerRole(
        code="ocw",
        label=N_("Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L140",
                N_(
                    "Scholing, arbeid en dagbesteding in de KVJJ worden onder meer samen met het "
                    "ministerie van OCW, samenwerkingsverbanden onderwijs en gemeenten uitgewerkt."
                ),
            ),
            cite(
                "003:L173",
                N_(
                    "Over de uitwerking en financiering van voortgezet onderwijs lopen op "
                    "landelijk niveau gesprekken met het ministerie van OCW."
                ),
            ),
        ),
        responsibilities=N_(
            "Werkt op landelijk niveau met DJI de scholing, arbeid en dagbesteding van jongeren "
            "in de KVJJ uit, en de financiering van hun onderwijs."
        ),
        note=N_(
            "003:L173 meldt dat over de uitwerking en financiering van het onderwijs nog "
            "gesprekken worden gevoerd; de verdeling van taken staat in de bronnen niet vast."
        ),
    ),
    PartnerRole(
        code="samenwerkingsverband_onderwijs",
        label=N_("Samenwerkingsverband onderwijs"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L140",
                N_(
                    "Scholing, arbeid en dagbesteding in de KVJJ worden onder meer samen met het "
                    "ministerie van OCW, samenwerkingsverbanden onderwijs en gemeenten uitgewerkt."
                ),
            ),
            cite(
                "003:L173",
                N_(
                    "Met de samenwerkingsverbanden onderwijs in de regio's lopen gesprekken over "
                    "de uitwerking en financiering van het voortzetten van onderwijs."
                ),
            ),
        ),
        responsibilities=N_(
            "Werkt in de regio van de KVJJ samen met gemeenten de scholing en dagbesteding uit, "
            "zodat onderwijs zoveel mogelijk doorloopt op de school waar de jongere staat "
            "ingeschreven."
        ),
        note=N_(
            "003:L173 meldt dat over de uitwerking en financiering van het onderwijs nog "
            "gesprekken worden gevoerd; de verdeling van taken staat in de bronnen niet vast."
        ),
    ),
    PartnerRole(
        code="school",
        label=N_("School waar de jongere staat ingeschreven"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L21",
                N_(
                    "Eerder ingezette zorg, hulp, onderwijs en/of werk kunnen tijdens het verblijf "
                    "in de KVJJ doorlopen."
                ),
            ),
            cite(
                "003:L136",
                N_("De KVJJ biedt begeleiding van de schoolgang."),
            ),
            cite(
                "003:L173",
                N_(
                    "Onderwijs wordt zoveel mogelijk voortgezet op de school waar de jongere staat "
                    "ingeschreven."
                ),
            ),
        ),
        responsibilities=N_(
            "Zet het onderwijs van de jongere tijdens het verblijf in de KVJJ zoveel mogelijk "
            "voort; de KVJJ begeleidt de schoolgang."
        ),
    ),
)
