"""The national partner roles (ketenpartners) bundled with the core.

The data is ``roles.yaml`` beside this module: organisations and persons that act
in a trajectory, each citing the seed lines it rests on, with every choice
recorded in its ``note`` [policy-model §8.1, kv-plans §1.5-§5.5].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.roles import PartnerRole
from kleinschalig.national._data import objects

__all__ = ["NATIONAL_ROLES"]

NATIONAL_ROLES: Final[tuple[PartnerRole, ...]] = objects("roles", "partner_role")
