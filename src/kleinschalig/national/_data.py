"""The national data files beside this module, read like a data plugin's.

Each file is read once per process (and built once per content, see
:mod:`kleinschalig.plugins.data.cache`); its ``{nl, en}`` texts join the
translations as they are read, so the English of a national label is there
whether or not a plugin host was ever loaded. The national data must be valid:
an error in it is a bug in this library, raised with its file and line.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Final

__all__ = ["objects"]

_HERE: Final = Path(__file__).resolve().parent
#: The domain under which the national texts' translations are added.
DOMAIN: Final = "kleinschalig.national"


@cache
def _document(name: str) -> Any:
    from kleinschalig.i18n import add_catalog_messages
    from kleinschalig.plugins.data.document import read_document

    document, errors = read_document(_HERE / f"{name}.yaml", display=f"national/{name}.yaml")
    if errors:
        raise RuntimeError("; ".join(e.text("en") for e in errors))
    if document.messages:
        add_catalog_messages(f"{DOMAIN}.{name}", {"en": dict(document.messages)})
    return document


def objects(name: str, kind: str) -> tuple[Any, ...]:
    """The objects of ``kind`` (``legal_title``, ``workflow``, …) in ``national/<name>.yaml``."""
    return tuple(item for _key, item in _document(name).of(kind))
