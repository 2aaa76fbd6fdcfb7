"""The facts the KVJJ criteria read that neither the case record nor the core declares.

Travel time to the daytime activity and a network near the facility are core
per-facility facts (``core.travel_minutes_to_activity``,
``core.network_near_facility``); the criteria read those. One item of the FCJ
route, "vestigen in regio" [003:L124], depends on the location as well, and the
core has no per-facility fact for it: it is declared here, per facility, so one
person is screened against the five locations [003:L51] with each location's
own value.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.fact_definitions import FactDefinition, FactType

__all__ = ["FACTS", "SETTLES_IN_REGION"]

#: Whether the young person settles in the region of the KVJJ location screened [003:L124].
SETTLES_IN_REGION: Final = "kvjj.vestigen_in_regio"

FACTS: Final[tuple[FactDefinition, ...]] = (
    FactDefinition(
        id=SETTLES_IN_REGION,
        type=FactType.BOOL,
        label=N_("Vestigt zich in de regio van de KVJJ-locatie"),
        description=N_(
            "Per KVJJ-locatie vastgelegd: of de jongere zich vestigt in de regio van die locatie. "
            "⚠ keuze: 003:L124 noemt 'vestigen in regio' zonder te zeggen welke regio; gelezen "
            "als het werkgebied van de locatie die wordt getoetst, de regio waarbinnen jongeren "
            "binnen ongeveer anderhalf uur op hun dagbesteding kunnen zijn (003:L187). "
            "intake.regional_tie (één waarde per dossier) zegt niet voor welke van de vijf "
            "locaties (003:L51) het geldt en wordt daarom niet gelezen."
        ),
        per_facility=True,
        sources=(
            cite(
                "003:L124",
                N_("Te wegen: aanvaardbare reistijden en/of vestigen in regio."),
            ),
            cite(
                "003:L187",
                N_(
                    "Het werkgebied van elke KVJJ is de regio waarbinnen jongeren binnen een "
                    "maximale reistijd van ongeveer anderhalf uur op hun dagbesteding kunnen zijn."
                ),
            ),
        ),
    ),
)
