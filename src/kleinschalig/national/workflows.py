"""The national trajectories bundled with the core.

The data is ``workflows.yaml`` beside this module:

* ``volwassenen.detentieverloop``: the adult prison sentence, from the screening at
  the start through the basis- and plusprogramma, leave and the (Z)BBI or BBA to a
  penitentiair programma or the v.i. (reachable from every programme), and release
  [002:L610-824]; in three dated versions: until 30 June 2021 (v.i. by law
  [002:L199-205]), from 1 July 2021 (Wet straffen en beschermen, Stb. 2020, 224: the OM
  decides [002:L370-374], the BBA replaces the (Z)BBI [001:L3152-3157]) and from
  1 December 2021 (penitentiair programma only for six months to one year, art. 4
  lid 2 Pbw);
* ``jeugd.kvjj-plaatsing``: how a young person comes to a KVJJ [003:L15-17],
  [003:L27], [003:L63-69], [003:L199-221].
"""

from __future__ import annotations

from typing import Final

from kleinschalig.model.workflows import Workflow
from kleinschalig.national._data import objects

__all__ = ["ADULT_SENTENCE", "KVJJ_PLACEMENT", "NATIONAL_WORKFLOWS"]

NATIONAL_WORKFLOWS: Final[tuple[Workflow, ...]] = objects("workflows", "workflow")


def _workflow(code: str) -> Workflow:
    return next(w for w in NATIONAL_WORKFLOWS if w.code == code)


ADULT_SENTENCE: Final = _workflow("volwassenen.detentieverloop")
KVJJ_PLACEMENT: Final = _workflow("jeugd.kvjj-plaatsing")
