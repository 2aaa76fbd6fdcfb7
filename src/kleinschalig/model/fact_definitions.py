"""Declared facts: what a plugin (or the core) lets a case manager record about a person.

The case record's own fields cover what every facility records. Whatever else a
source names — a buddy in Krimpen, work kept at outflow, the travel time to a
KVJJ location — is *declared* as a :class:`FactDefinition` in the declaring
plugin's namespace (``kv-krimpen.buddy``), registered through the plugin host
like a criterion, and recorded in :attr:`CaseRecord.facts
<kleinschalig.model.case.CaseRecord.facts>`. Criteria, workflow guards,
information flows and indicators read a declared fact by its id, exactly as they
read ``intake.motivated``.

A fact is recorded once, once per measurement moment (``moments``: read as
``kv-krimpen.job_at_outflow@t1``), or once per facility (``per_facility``: the
value for the facility being screened is read, so one person can be screened
against five KVJJ locations honestly).

>>> from kleinschalig.model.sources import cite
>>> buddy = FactDefinition(
...     id="kv-voorbeeld.buddy",
...     type=FactType.BOOL,
...     label="Maatje gekoppeld",
...     sources=(cite("001:L3571"),),
... )
>>> buddy.namespace, buddy.name
('kv-voorbeeld', 'buddy')
>>> split_fact_path("kv-voorbeeld.baan@t1")
('kv-voorbeeld.baan', 't1')
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, Final

import attrs

from kleinschalig._fields import spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import DESCRIPTION, LABEL, SOURCES, described
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.sources import Source

__all__ = [
    "CORE_FACT_NAMESPACE",
    "DECLARED_FACT_PATTERN",
    "FactChoice",
    "FactDefinition",
    "FactType",
    "Sensitivity",
    "is_declared_path",
    "split_fact_path",
]

#: The namespace of the facts the core declares itself (the national ones).
CORE_FACT_NAMESPACE: Final = "core"
#: ``<namespace>.<name>``: the namespace is the declaring plugin's name.
DECLARED_FACT_PATTERN: Final = r"^[a-z][a-z0-9-]{0,63}\.[a-z][a-z0-9_]{0,63}$"
#: A choice value: a lower-case code that starts with a letter, so it never reads as a
#: date (``2024-01-01``) or a length (``18m``).
CHOICE_PATTERN: Final = r"^[a-z][a-z0-9_]{0,63}$"

#: The first part of every case-record field path; a declared fact's namespace is none of them.
CORE_FIELDS: Final = frozenset(
    {
        "basisvoorwaarden",
        "birth_date",
        "case_id",
        "consents",
        "daytime_activity",
        "events",
        "facility",
        "facts",
        "intake",
        "jurisdiction",
        "legal_titles",
        "life_domains",
        "notes",
        "placement",
        "recidivism",
        "referral",
        "residence",
        "sentence",
        "sex",
        "subject_id",
    }
)

_PATH: Final = re.compile(r"([a-z][a-z0-9-]*\.[a-z][a-z0-9_]*)(?:@([a-z0-9_]+))?\Z", re.ASCII)


def is_declared_path(path: str) -> bool:
    """Whether ``path`` names a declared fact (``ns.name`` or ``ns.name@moment``), not a
    case-record field."""
    head = path.split(".", 1)[0]
    return head not in CORE_FIELDS and _PATH.match(path) is not None


def split_fact_path(path: str) -> tuple[str, str | None]:
    """A declared fact path as ``(fact id, moment or None)``."""
    found = _PATH.match(path)
    if found is None:
        return path, None
    return found.group(1), found.group(2)


@labelled(
    {
        "bool": N_("ja/nee"),
        "int": N_("geheel getal"),
        "decimal": N_("getal"),
        "date": N_("datum"),
        "duration": N_("duur"),
        "enum": N_("keuze"),
        "enum_list": N_("meerkeuze"),
    }
)
class FactType(StrEnum):
    """What kind of value a declared fact holds (and how JSON writes it)."""

    BOOL = "bool"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    DURATION = "duration"
    ENUM = "enum"
    ENUM_LIST = "enum_list"


@labelled(
    {
        "ordinary": N_("gewoon"),
        "identifying": N_("identificerend"),
        "special_category": N_("bijzonder (gezondheid)"),
    }
)
class Sensitivity(StrEnum):
    """How carefully a fact must be handled.

    ``identifying`` facts could single a person out: no rule, trace, flow or export
    reads them. ``special_category`` facts are health data (GDPR art. 9: addiction,
    suicidality): rules may read them, information flows to partners never carry them.
    """

    ORDINARY = "ordinary"
    IDENTIFYING = "identifying"
    SPECIAL_CATEGORY = "special_category"


@described(
    N_("Keuze"),
    code=(N_("Code"), N_("De waarde zoals ze wordt vastgelegd.")),
    label=LABEL,
)
@attrs.frozen(slots=True)
class FactChoice:
    """One allowed value of a choice fact, with its Dutch label (the gettext msgid)."""

    code: str = attrs.field(**spec(pattern=CHOICE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))


_NUMBERS: Final = (FactType.INT, FactType.DECIMAL)
_CHOICES: Final = (FactType.ENUM, FactType.ENUM_LIST)


def _as_float(value: Any) -> Any:
    """Whole-number bounds (``minimum=0``) as floats; anything else is left for the checks."""
    return float(value) if type(value) is int else value


def _namespace_free(_inst: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if value.split(".", 1)[0] in CORE_FIELDS:
        raise InvalidValue("fact.namespace_reserved", attribute.name)


def _fits_type(kinds: tuple[FactType, ...]) -> Any:
    """Validator: the field may be set only for facts of ``kinds``."""

    def validate(inst: FactDefinition, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in (None, (), "") and inst.type not in kinds:
            raise InvalidValue("fact.not_for_type", attribute.name, type=str(inst.type))

    return validate


def _choices_present(inst: FactDefinition, attribute: attrs.Attribute[Any], value: Any) -> None:
    if inst.type in _CHOICES and not value:
        raise InvalidValue("value.empty", attribute.name)
    _fits_type(_CHOICES)(inst, attribute, value)


def _bounds_order(inst: FactDefinition, attribute: attrs.Attribute[Any], value: Any) -> None:
    _fits_type(_NUMBERS)(inst, attribute, value)
    if value is not None and inst.minimum is not None and value < inst.minimum:
        raise InvalidValue("value.too_small", attribute.name, minimum=str(inst.minimum))


def _moments_or_facility(inst: FactDefinition, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value and inst.moments:
        raise InvalidValue("fact.moments_and_facility", attribute.name)


def _period_order(inst: FactDefinition, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and inst.valid_from is not None and value < inst.valid_from:
        raise InvalidValue("date.order", attribute.name, other="valid_from")


@described(
    N_("Feitdefinitie"),
    id=(N_("Id"), N_("De id van het feit: de naamruimte van de plugin, een punt en een naam.")),
    type=(N_("Type"), N_("Het type van de waarde: ja/nee, getal, datum, duur of keuze.")),
    label=LABEL,
    sources=SOURCES,
    description=DESCRIPTION,
    unit=(N_("Eenheid"), N_("De eenheid van een getal.")),
    minimum=(N_("Minimum"), N_("De kleinste toegestane waarde van een getal.")),
    maximum=(N_("Maximum"), N_("De grootste toegestane waarde van een getal.")),
    choices=(N_("Keuzes"), N_("De toegestane waarden van een keuzefeit.")),
    moments=(
        N_("Meetmomenten"),
        N_("De meetmomenten waarop het feit wordt vastgelegd; leeg: één keer."),
    ),
    per_facility=(N_("Per voorziening"), N_("Of het feit per voorzieningscode wordt vastgelegd.")),
    sensitivity=(N_("Gegevensklasse"), N_("Gewoon, identificerend of bijzonder persoonsgegeven.")),
    valid_from=(
        N_("Vastgelegd vanaf"),
        N_("De eerste dag waarop de bronnen het feit vastgelegd tonen."),
    ),
    valid_until=(
        N_("Vastgelegd tot en met"),
        N_("De laatste dag waarop de bronnen het feit vastgelegd tonen."),
    ),
    derived=(N_("Afgeleid"), N_("Door de kern berekend uit andere velden, nooit vastgelegd.")),
)
@attrs.frozen(slots=True)
class FactDefinition:
    """A fact a plugin declares: id, type, labels, moments, sensitivity and source.

    ``label`` and the choices' labels are Dutch msgids, translated like every other
    label. ``unit``, ``minimum`` and ``maximum`` belong to numbers; ``choices`` to
    ``enum`` and ``enum_list``. ``moments`` lists the measurement moments it is
    recorded at (none: recorded once); ``per_facility`` facts are recorded per
    facility code instead (the two exclude each other). ``valid_from`` and
    ``valid_until`` bound the part of a pilot in which the sources attest the fact
    is recorded; a criterion or workflow version in force only outside that period
    may not read it.
    """

    id: str = attrs.field(**spec(pattern=DECLARED_FACT_PATTERN, validator=_namespace_free))
    type: FactType
    label: str = attrs.field(**spec(non_empty=True))
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    description: str = ""
    unit: str | None = attrs.field(default=None, **spec(validator=_fits_type(_NUMBERS)))
    minimum: float | None = attrs.field(
        default=None, converter=_as_float, **spec(validator=_fits_type(_NUMBERS))
    )
    maximum: float | None = attrs.field(
        default=None, converter=_as_float, **spec(validator=_bounds_order)
    )
    choices: tuple[FactChoice, ...] = attrs.field(
        default=(),
        **spec(
            validator=attrs.validators.and_(
                _choices_present, unique_by(lambda choice: choice.code, "code")
            )
        ),
    )
    moments: tuple[MeasurementMoment, ...] = attrs.field(
        default=(), **spec(validator=unique_by(lambda moment: moment, "moment"))
    )
    per_facility: bool = attrs.field(default=False, **spec(validator=_moments_or_facility))
    sensitivity: Sensitivity = Sensitivity.ORDINARY
    valid_from: dt.date | None = None
    valid_until: dt.date | None = attrs.field(default=None, **spec(validator=_period_order))
    #: Computed by the core from other fields (age at intake), never recorded.
    derived: bool = False

    @property
    def namespace(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)

    def choice(self, code: str) -> FactChoice | None:
        return next((c for c in self.choices if c.code == code), None)

    def exists_on(self, on: dt.date) -> bool:
        """Whether the fact exists on ``on`` (within ``valid_from`` … ``valid_until``)."""
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_until is None or on <= self.valid_until
