"""The national partner roles (ketenpartners) bundled with the core.

The data is ``roles.yaml`` beside this module: organisations and persons that act
in a trajectory, each citing the seed lines it rests on, with every choice
recorded in its ``note``: the national and youth roles [002:L624-634],
[002:L1040-1048], [002:L1300-1316], [003:L193-221], and the partners of the five
pilots in their tables of responsibilities [001:L585-711], [001:L1270-1399],
[001:L1762-1824], [001:L2190-2269], [001:L2595-2699].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.roles import PartnerRole
from kleinschalig.national._data import objects

__all__ = ["NATIONAL_ROLES"]

NATIONAL_ROLES: Final[tuple[PartnerRole, ...]] = objects("roles", "partner_role")
