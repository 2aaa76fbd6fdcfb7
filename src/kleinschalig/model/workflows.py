"""Workflows as data: states, transitions with actors and guards, lead times and
information flows, versioned by date.

A workflow (an inflow process, a detention trajectory) is a set of cited
*states* and *transitions*. Each transition names the partner role that takes
it (or ``None`` where the sources name nobody: that is recorded as unknown,
never invented), the documents it needs, the consents that must be in force,
its timing relative to a date, and the information each partner role receives
when it is taken. A change in who does a step is a new :class:`WorkflowVersion`
with its own validity dates and sources, never an edit of the old one.

The model checks that a version is a well-formed process: one initial state,
every state reachable from it, a final state reachable from every state (no
dead ends), and no transition out of a final state.

>>> from kleinschalig.model.sources import cite
>>> s = (cite("001:L2143-2149"),)
>>> version = WorkflowVersion(
...     states=(
...         State("aangemeld", "Aangemeld", s, initial=True),
...         State("geplaatst", "Geplaatst", s, final=True),
...         State("afgewezen", "Afgewezen", s, final=True),
...     ),
...     transitions=(
...         Transition("plaatsen", "aangemeld", "geplaatst", "Plaatsen", s, actor="pi_directie"),
...         Transition("afwijzen", "aangemeld", "afgewezen", "Afwijzen", s, actor="pi_directie"),
...     ),
...     sources=s,
... )
>>> [t.id for t in version.outgoing("aangemeld")]
['plaatsen', 'afwijzen']
>>> version.initial_state.code
'aangemeld'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Any, Literal

import attrs

from kleinschalig._derived import Derived
from kleinschalig._fields import CODE_PATTERN, spec, unique_by
from kleinschalig._labels import labelled
from kleinschalig._texts import (
    CODE,
    DESCRIPTION,
    LABEL,
    NOTE,
    SCOPE_FACILITIES,
    SCOPE_KINDS,
    SOURCES,
    VALID_FROM,
    VALID_UNTIL,
    described,
)
from kleinschalig.dates import Duration
from kleinschalig.errors import InvalidValue
from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.conditions import FACT_PATTERN, Condition
from kleinschalig.model.facilities import FacilityKind
from kleinschalig.model.sources import Source

__all__ = [
    "Content",
    "FeedbackDeadline",
    "InformationFlow",
    "Stage",
    "State",
    "Timing",
    "Transition",
    "Workflow",
    "WorkflowScope",
    "WorkflowVersion",
]

#: Anchors a :class:`Timing` may count from, besides date facts of the case record.
DERIVED_ANCHORS: tuple[str, ...] = ("sentence.end_date",)
#: A transition (``transition:<id>``), a date field of the case record, or a declared date
#: fact (at a moment where it has moments).
_ANCHOR_PATTERN = (
    r"^(transition:[a-z0-9_]+|[a-z_]+(\.[a-z_]+)*"
    r"|[a-z][a-z0-9-]{0,63}\.[a-z][a-z0-9_]{0,63}(@[a-z0-9_]+)?)$"
)


_and = attrs.validators.and_


def _each(pattern: str) -> Any:
    """Validator: every text in a tuple matches ``pattern``."""
    fullmatch = re.compile(pattern, re.ASCII).fullmatch

    def validate(_inst: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for index, item in enumerate(value):
            if fullmatch(item) is None:
                raise InvalidValue("value.pattern", (attribute.name, index), pattern=pattern)

    validate.item_pattern = pattern  # type: ignore[attr-defined] # read by the JSON Schema
    return validate


@described(
    N_("Termijn"),
    anchor=(
        N_("Ankerdatum"),
        N_("Het datumfeit van het dossier of transition:<id> waarvan de termijn telt."),
    ),
    relation=(
        N_("Voor of na"),
        N_("Of de stap voor of na de ankerdatum komt."),
        {
            "before": N_("voor"),
            "after": N_("na"),
        },
    ),
    minimum=(N_("Minimum"), N_("De kleinste afstand tot de ankerdatum.")),
    maximum=(N_("Maximum"), N_("De grootste afstand tot de ankerdatum.")),
    sources=SOURCES,
    note=NOTE,
)
@attrs.frozen(slots=True)
class Timing:
    """When a transition is due, relative to an anchor date.

    ``anchor`` is a date fact of the case record (``sentence.reporting_date``),
    the derived ``sentence.end_date``, or ``transition:<id>``: the date the
    named transition was last taken in the same workflow. ``relation`` says
    whether the transition comes ``before`` or ``after`` the anchor.
    ``minimum`` and ``maximum`` bound the distance: the start signal "6 to 8
    weeks before the reporting date" is ``Timing("sentence.reporting_date",
    "before", minimum=Duration(weeks=6), maximum=Duration(weeks=8))``. Taken
    closer to the anchor than ``minimum`` is a lead time below the minimum;
    not taken when the last allowed day has passed is overdue. A bound in
    working days (``Duration(working_days=5)``, ``5wd`` in data) counts working
    days from the anchor (:mod:`kleinschalig.working_days`).
    """

    anchor: str = attrs.field(**spec(pattern=_ANCHOR_PATTERN))
    relation: Literal["before", "after"]
    minimum: Duration | None = None
    maximum: Duration | None = None
    sources: tuple[Source, ...] = ()
    note: str = attrs.field(
        default="",
    )

    @property
    def transition_anchor(self) -> str | None:
        """The transition id when the anchor is another transition."""
        return (
            self.anchor.removeprefix("transition:")
            if self.anchor.startswith("transition:")
            else None
        )


@described(
    N_("Termijn terugkoppeling"),
    within=(
        N_("Binnen"),
        N_("De termijn vanaf de dag van het besluit, in kalenderdagen of werkdagen."),
    ),
    sources=SOURCES,
    note=NOTE,
)
@attrs.frozen(slots=True)
class FeedbackDeadline:
    """How soon after a decision the partners owed feedback must have it, and who says so.

    ``within`` counts from the day of the decision: ``10d`` is at the latest ten
    calendar days later, ``10wd`` the tenth working day after it (see
    :mod:`kleinschalig.working_days`). Feedback sent after that day is late
    (``feedback.late``); none sent by then is missing (``feedback.missing``); before
    that day nothing is due yet.
    """

    within: Duration
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    note: str = attrs.field(
        default="",
    )


def _deadline_needs_feedback(inst: Transition, _a: Any, value: FeedbackDeadline | None) -> None:
    if value is not None and not inst.feedback:
        raise InvalidValue("value.not_allowed", allowed="null")


@labelled(
    {
        "objection_only": N_("alleen wel/geen bezwaar"),
        "decision": N_("alleen de beslissing"),
        "dates": N_("begin- en einddatum"),
        "fields": N_("de genoemde gegevens"),
    }
)
class Content(StrEnum):
    """What a partner receives in an information flow.

    ``objection_only``: a pre-scan answer, "objection yes/no", and nothing of
    the case [001:L2148-2149]; ``decision``: the outcome of a decision (feedback);
    ``dates``: begin and end dates of a stay; ``fields``: the listed case fields.
    """

    OBJECTION_ONLY = "objection_only"
    DECISION = "decision"
    DATES = "dates"
    FIELDS = "fields"


def _fields_only_for_fields(inst: InformationFlow, _a: Any, value: tuple[str, ...]) -> None:
    if value and inst.content is not Content.FIELDS:
        raise InvalidValue("value.not_allowed", allowed="[]")
    if not value and inst.content is Content.FIELDS:
        raise InvalidValue("value.empty")


@described(
    N_("Informatiestroom"),
    recipient=(N_("Ontvanger"), N_("De code van de partnerrol die de informatie ontvangt.")),
    content=(N_("Inhoud"), N_("Wat de ontvanger krijgt.")),
    legal_basis=(
        N_("Grondslag"),
        N_("De grondslag, bijvoorbeeld consent, bjsg, wfz, wsb, taak of niet_genoemd."),
    ),
    sources=SOURCES,
    fields=(
        N_("Velden"),
        N_("De paden van de gedeelde velden van het dossier (alleen bij inhoud fields)."),
    ),
    note=NOTE,
)
@attrs.frozen(slots=True)
class InformationFlow:
    """Who receives what when a transition is taken, and on which legal basis.

    A flow with ``legal_basis="consent"`` happens only when the person's
    consent for the recipient is in force on the day; otherwise the flow is
    reported as withheld. ``fields`` are case-record paths (``content=fields``
    only); sensitive fields (birth date, notes) can never be listed.
    """

    recipient: str = attrs.field(**spec(pattern=CODE_PATTERN))
    content: Content
    legal_basis: str = attrs.field(
        **spec(
            pattern=CODE_PATTERN,
        )
    )
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    fields: tuple[str, ...] = attrs.field(
        default=(),
        **spec(validator=_and(_fields_only_for_fields, _each(FACT_PATTERN))),
    )
    note: str = ""


@labelled(
    {
        "inside": N_("in de voorziening"),
        "not_placed": N_("niet geplaatst"),
        "declined": N_("aanbod afgeslagen"),
        "placed_back": N_("teruggeplaatst in een gesloten setting"),
        "left": N_("regulier uitgestroomd"),
    }
)
class Stage(StrEnum):
    """Where a person in a state stands with respect to the facility.

    ``inside``: the person occupies a place in the facility (a temporary return
    to a closed setting that ends back in the facility may count as part of
    the stay); ``not_placed``: the person is not placed; ``declined``: the
    person declined the offer; ``placed_back``: the person returned to a
    closed setting before the end of the stay; ``left``: the person left the
    facility the ordinary way.
    """

    INSIDE = "inside"
    NOT_PLACED = "not_placed"
    DECLINED = "declined"
    PLACED_BACK = "placed_back"
    LEFT = "left"


@described(
    N_("Toestand"),
    code=CODE,
    label=LABEL,
    sources=SOURCES,
    initial=(N_("Begintoestand"), N_("Of dit de begintoestand is (precies één).")),
    final=(N_("Eindtoestand"), N_("Of dit een eindtoestand is.")),
    description=DESCRIPTION,
    stage=(
        N_("Fase van het verblijf"),
        N_(
            "Wat de toestand betekent voor de plaats van de persoon in de voorziening; leeg: niets."
        ),
    ),
)
@attrs.frozen(slots=True)
class State:
    """A state of a workflow; ``initial`` (exactly one) and ``final`` states mark its ends.

    ``stage`` says what the state means for the person's place in the facility
    (:class:`Stage`): the states in which the person is ``inside``, and the end
    states in which the person is ``not_placed``, has ``declined`` the offer,
    is ``placed_back`` in a closed setting or has ``left`` the ordinary way.
    ``None`` (the default) says nothing: a state on the way to the decision, a
    state outside the facility, or a trajectory that is not an inflow process.
    How a stay ended is read from the state a person goes to on leaving the
    ``inside`` states: ``left``, ``placed_back``, or a state without a stage
    that is not final (the process goes on elsewhere, as from a KVJJ back to an
    FCJ), which is also placed back. A person who never was ``inside`` was not
    placed, unless the end state says the offer was ``declined``.
    """

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    initial: bool = False
    final: bool = False
    description: str = ""
    stage: Stage | None = None


@described(
    N_("Stap"),
    id=(N_("Id"), N_("De id van de stap.")),
    source=(N_("Van"), N_("De code van de toestand waaruit de stap vertrekt.")),
    target=(N_("Naar"), N_("De code van de toestand waarin de stap uitkomt.")),
    label=LABEL,
    sources=SOURCES,
    actor=(
        N_("Uitgevoerd door"),
        N_("De code van de partnerrol die de stap neemt; leeg: de bronnen zeggen het niet."),
    ),
    guard=(
        N_("Voorwaarde"),
        N_("Een voorwaarde op het dossier die niet onwaar mag zijn als de stap genomen wordt."),
    ),
    documents=(
        N_("Documenten"),
        N_("De codes van de documenten die bij de stap vastgelegd moeten worden."),
    ),
    consent=(
        N_("Toestemming nodig"),
        N_("De partnerrollen waarvoor de toestemming van de persoon moet gelden."),
    ),
    timing=(N_("Termijn"), N_("Wanneer de stap moet worden genomen.")),
    informs=(N_("Informeert"), N_("Wie wat ontvangt als de stap genomen wordt.")),
    feedback=(
        N_("Terugkoppeling"),
        N_("Of na dit besluit terugkoppeling verschuldigd is aan wie verwees of adviseerde."),
    ),
    note=NOTE,
    feedback_deadline=(
        N_("Termijn terugkoppeling"),
        N_("Hoe snel de terugkoppeling er moet zijn; alleen bij feedback: true."),
    ),
)
@attrs.frozen(slots=True)
class Transition:
    """A step from one state to another, taken by a partner role.

    ``actor`` is a partner-role code, or ``None`` when the sources do not say
    who takes the step (shown as "unknown"). ``guard`` is a condition on the
    case record that must not be false when the step is taken; ``documents``
    must be recorded on the event; ``consent`` lists partner roles for which
    the person's consent must be in force. ``feedback`` marks a decision after
    which every partner that referred or advised is owed feedback, and
    ``feedback_deadline`` (only with ``feedback``) says by when.
    """

    id: str = attrs.field(**spec(pattern=CODE_PATTERN))
    source: str = attrs.field(**spec(pattern=CODE_PATTERN))
    target: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    actor: str | None = attrs.field(default=None, **spec(pattern=CODE_PATTERN))
    guard: Condition | None = None
    documents: tuple[str, ...] = attrs.field(
        default=(),
        **spec(validator=_and(_each(CODE_PATTERN), unique_by(str, "document"))),
    )
    consent: tuple[str, ...] = attrs.field(
        default=(),
        **spec(validator=_and(_each(CODE_PATTERN), unique_by(str, "consent"))),
    )
    timing: Timing | None = None
    informs: tuple[InformationFlow, ...] = ()
    feedback: bool = False
    note: str = attrs.field(
        default="",
    )
    feedback_deadline: FeedbackDeadline | None = attrs.field(
        default=None,
        **spec(validator=_deadline_needs_feedback),
    )


def _graph_valid(inst: WorkflowVersion, _a: Any, transitions: tuple[Transition, ...]) -> None:
    states = {s.code: s for s in inst.states}
    initial = [s.code for s in inst.states if s.initial]
    if len(initial) != 1:
        raise InvalidValue("workflow.initial", "states", count=str(len(initial)))
    for index, transition in enumerate(transitions):
        for end in ("source", "target"):
            if getattr(transition, end) not in states:
                raise InvalidValue(
                    "reference.unknown",
                    ("transitions", index, end),
                    code=getattr(transition, end),
                    kind="state",
                )
        if states[transition.source].final:
            raise InvalidValue("workflow.from_final", ("transitions", index, "source"))
    forward: dict[str, set[str]] = {code: set() for code in states}
    backward: dict[str, set[str]] = {code: set() for code in states}
    for transition in transitions:
        forward[transition.source].add(transition.target)
        backward[transition.target].add(transition.source)
    reachable = _closure(initial, forward)
    for index, state in enumerate(inst.states):
        if state.code not in reachable:
            raise InvalidValue("workflow.unreachable", ("states", index), state=state.code)
    finishing = _closure([s.code for s in inst.states if s.final], backward)
    for index, state in enumerate(inst.states):
        if state.code not in finishing:
            raise InvalidValue("workflow.dead_end", ("states", index), state=state.code)


def _closure(start: list[str], edges: dict[str, set[str]]) -> set[str]:
    seen = set(start)
    todo = list(start)
    while todo:
        for nxt in edges[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _until_after_from(inst: WorkflowVersion, _a: Any, value: dt.date | None) -> None:
    if value is not None and inst.valid_from is not None and value < inst.valid_from:
        raise InvalidValue("date.order", other="valid_from")


@described(
    N_("Versie werkproces"),
    states=(N_("Toestanden"), N_("De toestanden van het werkproces.")),
    transitions=(N_("Stappen"), N_("De stappen van de ene toestand naar de andere.")),
    sources=SOURCES,
    valid_from=VALID_FROM,
    valid_until=VALID_UNTIL,
    selection_time=(N_("Selectieduur"), N_("Hoe lang de selectie naar verwachting duurt.")),
    minimum_stay=(
        N_("Minimale verblijfsduur"),
        N_("Het kortste verblijf dat het beginnen waard is."),
    ),
    note=(
        N_("Toelichting"),
        N_("Wat er veranderde, of een vastgelegde keuze (⚠), als Nederlandse tekst."),
    ),
    internal_roles=(
        N_("Interne rollen"),
        N_("Rollen van de uitvoerende organisatie: geen terugkoppeling verschuldigd."),
    ),
)
@attrs.frozen(slots=True)
class WorkflowVersion:
    """The process as it was in force from ``valid_from`` up to and including ``valid_until``.

    ``selection_time`` is how long selection is expected to take and
    ``minimum_stay`` the shortest stay worth starting; together they flag
    trajectories that cannot work (expected effective stay = remaining sentence
    − selection time, below the minimum); both may be in working days. After a
    ``feedback`` decision, the
    referrer and every partner that acted or was asked for advice earlier is
    owed feedback, except the decider and the ``internal_roles`` of the
    organisation that runs the workflow.
    """

    states: tuple[State, ...] = attrs.field(
        **spec(non_empty=True, validator=unique_by(lambda s: s.code, "state"))
    )
    transitions: tuple[Transition, ...] = attrs.field(
        **spec(validator=_and(unique_by(lambda t: t.id, "transition"), _graph_valid))
    )
    sources: tuple[Source, ...] = attrs.field(**spec(non_empty=True))
    valid_from: dt.date | None = None
    valid_until: dt.date | None = attrs.field(default=None, validator=_until_after_from)
    selection_time: Duration | None = None
    minimum_stay: Duration | None = None
    note: str = attrs.field(
        default="",
    )
    internal_roles: tuple[str, ...] = attrs.field(
        default=(),
        **spec(
            validator=_and(_each(CODE_PATTERN), unique_by(str, "role")),
        ),
    )

    def in_force(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_until is None or on <= self.valid_until
        )

    @property
    def initial_state(self) -> State:
        return next(s for s in self.states if s.initial)

    def state(self, code: str) -> State:
        for s in self.states:
            if s.code == code:
                return s
        raise KeyError(code)

    def transition(self, transition_id: str) -> Transition:
        return _TRANSITIONS_BY_ID(self)[transition_id]

    def transitions_by_id(self) -> Mapping[str, Transition]:
        """Every transition by its id (built once per version)."""
        return _TRANSITIONS_BY_ID(self)

    def outgoing(self, state: str) -> tuple[Transition, ...]:
        return tuple(t for t in self.transitions if t.source == state)

    def roles(self) -> Iterator[str]:
        """Every partner-role code this version names, as actor or recipient."""
        yield from self.internal_roles
        for t in self.transitions:
            if t.actor is not None:
                yield t.actor
            yield from t.consent
            for flow in t.informs:
                yield flow.recipient


@described(
    N_("Reikwijdte werkproces"),
    facilities=SCOPE_FACILITIES,
    kinds=SCOPE_KINDS,
)
@attrs.frozen(slots=True)
class WorkflowScope:
    """Where a workflow applies: facilities, facility kinds, or nationally (both empty)."""

    facilities: tuple[str, ...] = attrs.field(
        default=(),
        **spec(validator=_and(_each(CODE_PATTERN), unique_by(str, "facility"))),
    )
    kinds: tuple[FacilityKind, ...] = ()

    @property
    def national(self) -> bool:
        return not self.facilities and not self.kinds


def _versions_ordered(inst: Workflow, _a: Any, versions: tuple[WorkflowVersion, ...]) -> None:
    for index in range(1, len(versions)):
        before, after = versions[index - 1], versions[index]
        if before.valid_until is None or after.valid_from is None:
            raise InvalidValue("period.overlap", ("versions", index))
        if after.valid_from <= before.valid_until:
            raise InvalidValue("period.overlap", ("versions", index))


@described(
    N_("Werkproces"),
    code=CODE,
    label=LABEL,
    jurisdiction=(N_("Rechtsgebied"), N_("Volwassenen of jeugd.")),
    versions=(N_("Versies"), N_("De gedateerde versies, oudste eerst, zonder overlap.")),
    scope=(N_("Geldt voor"), N_("De voorzieningen waar het werkproces geldt.")),
    description=DESCRIPTION,
)
@attrs.frozen(slots=True)
class Workflow:
    """A named process with its dated versions (oldest first, not overlapping).

    The version a case follows is the one in force on the day the case's
    first event in this workflow happened, so a case is never switched to a
    new version halfway through its process.
    """

    code: str = attrs.field(**spec(pattern=CODE_PATTERN))
    label: str = attrs.field(**spec(non_empty=True))
    jurisdiction: Jurisdiction
    versions: tuple[WorkflowVersion, ...] = attrs.field(
        **spec(non_empty=True, validator=_versions_ordered)
    )
    scope: WorkflowScope = WorkflowScope()
    description: str = ""

    def version_on(self, on: dt.date) -> WorkflowVersion | None:
        """The version in force on ``on``, if any."""
        for version in self.versions:
            if version.in_force(on):
                return version
        return None

    def applies_to(self, facility: str, kind: FacilityKind) -> bool:
        return self.scope.national or facility in self.scope.facilities or kind in self.scope.kinds

    def feedback_decisions(self) -> frozenset[str]:
        """Ids of the transitions, in any version, after which feedback is owed."""
        return _FEEDBACK_DECISIONS(self)


_TRANSITIONS_BY_ID: Derived[WorkflowVersion, dict[str, Transition]] = Derived(
    lambda version: {t.id: t for t in version.transitions}
)
_FEEDBACK_DECISIONS: Derived[Workflow, frozenset[str]] = Derived(
    lambda workflow: frozenset(t.id for v in workflow.versions for t in v.transitions if t.feedback)
)
