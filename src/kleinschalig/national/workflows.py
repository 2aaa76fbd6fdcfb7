"""The national trajectories bundled with the core.

The data is ``workflows.yaml`` beside this module:

* ``volwassenen.detentieverloop``: the adult prison sentence, from the screening at
  the start through the basis- and plusprogramma, re-integratieverlof and the BBA to
  a penitentiair programma or the v.i., and release [002:L610-824];
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
