"""Dutch titles and descriptions of the models' fields, kept beside the classes.

Like the enum labels (:mod:`kleinschalig._labels`) every text is a Dutch msgid,
marked with ``N_`` and translated in the catalogs; the JSON Schema gives them as
``title`` and ``description`` in the language asked for. :func:`described` takes
the class's title and every field exactly once, so a field added without a title
fails at import::

    @described(
        N_("Woonplaats"),
        municipality=(N_("Gemeente"), N_("De gemeente waar de persoon woont.")),
    )
    @attrs.frozen
    class Residence: ...

A field whose type is a ``Literal`` of several values also names their labels,
as a third item: ``(title, description, {"before": N_("voor"), …})``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias, TypeVar

import attrs

from kleinschalig.i18n import N_

C = TypeVar("C", bound=type)

#: ``(title, description)`` or ``(title, description, labels of a Literal's values)``.
Text: TypeAlias = tuple[str, str] | tuple[str, str, Mapping[Any, str]]

#: The Dutch title of every described class.
CLASS_TITLES: dict[type, str] = {}
#: The Dutch ``(title, description)`` of every field of every described class, by name.
FIELD_TEXTS: dict[type, Mapping[str, tuple[str, str]]] = {}
#: Labels of the values of a ``Literal`` field, by class and field name.
LITERAL_LABELS: dict[type, Mapping[str, Mapping[Any, str]]] = {}

# Texts shared by many models, so that one meaning has one msgid.
SOURCES: Final[Text] = (
    N_("Bronnen"),
    N_("De wetsartikelen en documentpassages waarop dit berust."),
)
NOTE: Final[Text] = (
    N_("Toelichting"),
    N_("Een vastgelegde keuze of leemte in de bronnen (⚠), als Nederlandse tekst."),
)
CODE: Final[Text] = (N_("Code"), N_("De vaste code waaronder dit geregistreerd is."))
LABEL: Final[Text] = (
    N_("Naam"),
    N_("De Nederlandse naam; de vertalingen staan in de catalogi."),
)
DESCRIPTION: Final[Text] = (
    N_("Omschrijving"),
    N_("Een Nederlandse omschrijving; de vertalingen staan in de catalogi."),
)
VALID_FROM: Final[Text] = (
    N_("Geldig vanaf"),
    N_("De eerste dag waarop dit geldt; leeg: vanaf het begin."),
)
VALID_UNTIL: Final[Text] = (
    N_("Geldig tot en met"),
    N_("De laatste dag waarop dit geldt; leeg: zonder einddatum."),
)
JURISDICTIONS: Final[Text] = (
    N_("Rechtsgebieden"),
    N_("Voor volwassenen, voor jeugdigen of voor beide."),
)
SCOPE_FACILITIES: Final[Text] = (
    N_("Voorzieningen"),
    N_("De codes van de voorzieningen waarvoor dit geldt."),
)
SCOPE_KINDS: Final[Text] = (
    N_("Soorten voorzieningen"),
    N_("Elke voorziening van deze soorten valt eronder."),
)
DENOMINATOR: Final[Text] = (
    N_("Noemer"),
    N_("De voorwaarde voor de dossiers die meetellen; leeg: elk dossier van het cohort."),
)
#: The tag of a member of a tagged union (``op``, ``kind``, ``type``).
TAG: Final[Text] = (N_("Soort"), N_("Welke van de soorten dit is; bepaalt de overige velden."))


def described(title: str, /, **fields: Text) -> Callable[[C], C]:
    """Class decorator: the Dutch title of an attrs class and of each of its fields."""

    def decorate(cls: C) -> C:
        names = {f.name for f in attrs.fields(cls)}
        missing = sorted(names - fields.keys())
        unknown = sorted(fields.keys() - names)
        if missing or unknown:
            raise TypeError(
                f"{cls.__name__}: fields without a title: {missing}; unknown: {unknown}"
            )
        CLASS_TITLES[cls] = title
        FIELD_TEXTS[cls] = {name: (text[0], text[1]) for name, text in fields.items()}
        labels = {name: text[2] for name, text in fields.items() if len(text) == 3}
        if labels:
            LITERAL_LABELS[cls] = labels
        return cls

    return decorate


def field_text(cls: type, name: str) -> tuple[str, str] | None:
    """The Dutch ``(title, description)`` of field ``name`` of ``cls``, if declared."""
    return FIELD_TEXTS.get(cls, {}).get(name)
