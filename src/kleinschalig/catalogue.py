"""The catalogue of registered objects: legal titles, partner roles and facilities.

The core fills it with the national titles and roles; plugins add to it. A code
can be registered once: a second registration is an error naming both owners,
unless it explicitly declares that it overrides the first.

>>> cat = national_catalogue()
>>> cat.title("voorlopige_hechtenis").label
'Voorlopige hechtenis'
>>> from kleinschalig.model.case import CaseRecord, TitleHolding
>>> case = CaseRecord(subject_id="p-1", case_id="c-1",
...                   legal_titles=(TitleHolding(title="onbekende_titel"),))
>>> [e.path for e in cat.check_case(case)]
['/legal_titles/0/title']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue, NotRegistered, ValidationFailed
from kleinschalig.i18n import N_
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.facilities import Facility
from kleinschalig.model.fact_definitions import FactDefinition
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.roles import PartnerRole
from kleinschalig.model.titles import LegalTitle
from kleinschalig.model.workflows import Workflow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kleinschalig.model.case import CaseRecord

__all__ = ["CORE_OWNER", "Catalogue", "Registry", "national_catalogue", "nearest_codes"]

#: Who owns what the core registers (the national catalogue), as plugins are named.
CORE_OWNER = "kleinschalig"

#: Dutch msgids naming each kind of registered object in messages.
_KINDS = {
    "legal_title": N_("juridische titel"),
    "partner_role": N_("partnerrol"),
    "facility": N_("voorziening"),
    "phase": N_("fase van de titel"),
    "workflow": N_("werkproces"),
    "fact": N_("feit"),
    "criterion": N_("criterium"),
    "indicator": N_("indicator"),
    "intervention_logic": N_("interventielogica"),
}

#: How many registered codes a failed lookup offers at most.
_NEAREST = 5


def nearest_codes(
    code: str,
    codes: list[str],
    aliases: dict[str, str] | None = None,
    *,
    fallback: bool = True,
) -> list[str]:
    """Registered ``codes`` that ``code`` may have meant, best first.

    Codes with ``code`` as an alias (``aliases`` maps an alias, casefolded, to its code)
    and codes that start with it; when there are none, codes that look like it; when
    none does, the
    first registered codes (with ``fallback``), so there is always something to choose
    from, or nothing.
    """
    import difflib

    wanted = code.casefold().strip()
    meant = [aliases[wanted]] if aliases and wanted in aliases else []
    if wanted:
        meant += [c for c in codes if c.casefold().startswith(wanted)]
    if wanted and not meant:  # look-alikes only when nothing names it more surely
        meant = difflib.get_close_matches(wanted, codes, n=_NEAREST)
    found = list(dict.fromkeys(meant)) or (codes if fallback else [])
    return found[:_NEAREST]


T = TypeVar(
    "T",
    LegalTitle,
    PartnerRole,
    Facility,
    InterventionLogic,
    Criterion,
    Workflow,
    Indicator,
    FactDefinition,
)


class Registry(Generic[T]):
    """Objects of one kind by code, each with the name of who registered it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, tuple[T, str]] = {}
        #: Bumped on every change, so caches built on this registry can tell they are stale.
        self.revision = 0

    def add(
        self, item: T, owner: str, *, overrides: str | None = None, key: str | None = None
    ) -> None:
        """Add ``item`` under its code (or ``key``); a second owner must declare ``overrides``."""
        code = key if key is not None else str(getattr(item, "code"))  # noqa: B009
        existing = self._items.get(code)
        if existing is not None and overrides != existing[1]:
            raise ValidationFailed(
                [
                    InvalidValue(
                        "reference.duplicate", "code", code=code, other=existing[1]
                    ).detail(self.kind)
                ]
            )
        self._items[code] = (item, owner)
        self.revision += 1

    def get(self, code: str) -> T:
        """The object registered as ``code``; :class:`~kleinschalig.errors.NotRegistered`
        (a ``KeyError``) with the nearest registered codes when there is none."""
        try:
            return self._items[code][0]
        except (KeyError, TypeError):
            raise self.not_registered(code) from None

    def not_registered(self, code: str, aliases: dict[str, str] | None = None) -> NotRegistered:
        label = _KINDS.get(self.kind, self.kind)
        codes = sorted(self._items)
        return NotRegistered(self.kind, label, nearest_codes(str(code), codes, aliases))

    def owner(self, code: str) -> str:
        return self._items[code][1]

    def __contains__(self, code: object) -> bool:
        return code in self._items

    def codes(self) -> list[str]:
        return sorted(self._items)

    def items(self) -> list[tuple[str, T, str]]:
        """``(code, object, owner)`` in registration order (to write a plugin back out)."""
        return [(code, item, owner) for code, (item, owner) in self._items.items()]

    def __iter__(self) -> Iterator[T]:
        """Objects sorted by code, so nothing depends on registration order."""
        return iter(item for _code, (item, _owner) in sorted(self._items.items()))

    def __len__(self) -> int:
        return len(self._items)


@attrs.define(eq=False)
class Catalogue:
    """Everything registered: titles, roles and facilities."""

    titles: Registry[LegalTitle] = attrs.field(factory=lambda: Registry("legal_title"))
    roles: Registry[PartnerRole] = attrs.field(factory=lambda: Registry("partner_role"))
    facilities: Registry[Facility] = attrs.field(factory=lambda: Registry("facility"))
    intervention_logics: Registry[InterventionLogic] = attrs.field(
        factory=lambda: Registry("intervention_logic")
    )
    criteria: Registry[Criterion] = attrs.field(factory=lambda: Registry("criterion"))
    workflows: Registry[Workflow] = attrs.field(factory=lambda: Registry("workflow"))
    indicators: Registry[Indicator] = attrs.field(factory=lambda: Registry("indicator"))
    facts: Registry[FactDefinition] = attrs.field(factory=lambda: Registry("fact"))
    #: Each loaded plugin's version (``None`` when it has none), by name; the host fills it
    #: once, before any screening, so ruleset digests name the version of each rule's owner.
    plugin_versions: dict[str, str | None] = attrs.field(factory=dict)
    #: ``(grantee, owner)``: the grantee's criteria also apply to the owner's facilities.
    grants: frozenset[tuple[str, str]] = frozenset()

    def reaches(self, plugin: str, facility: str) -> bool:
        """Whether what ``plugin`` registered may apply to ``facility``: the core's and the
        facility owner's own do, another plugin's only with a grant."""
        if plugin == CORE_OWNER or facility not in self.facilities:
            return True
        owner = self.facilities.owner(facility)
        return owner == plugin or (plugin, owner) in self.grants

    @property
    def revision(self) -> tuple[int, ...]:
        """Changes whenever anything is registered (for caches keyed on the catalogue)."""
        return (
            self.titles.revision,
            self.roles.revision,
            self.facilities.revision,
            self.intervention_logics.revision,
            self.criteria.revision,
            self.workflows.revision,
            self.indicators.revision,
            self.facts.revision,
        )

    def title(self, code: str) -> LegalTitle:
        return self.titles.get(code)

    def role(self, code: str) -> PartnerRole:
        return self.roles.get(code)

    def facility(self, code: str) -> Facility:
        """The facility ``code``; its nearest codes, aliases first, when there is none."""
        if code in self.facilities:
            return self.facilities.get(code)
        raise self.facilities.not_registered(code, self.facility_aliases())

    def facility_aliases(self) -> dict[str, str]:
        """Every facility alias, casefolded, with its code (``hvh`` → ``kv-almelo``)."""
        return {a.casefold(): f.code for f in self.facilities for a in f.aliases}

    def criterion(self, criterion_id: str) -> Criterion:
        return self.criteria.get(criterion_id)

    def intervention_logic(self, facility: str) -> InterventionLogic:
        """The intervention logic registered for ``facility``."""
        return self.intervention_logics.get(facility)

    def indicator(self, indicator_id: str) -> Indicator:
        return self.indicators.get(indicator_id)

    def indicators_for(self, facility: str) -> list[Indicator]:
        """The indicators defined for ``facility``: the common ones and its own."""
        kind = self.facility(facility).kind
        return [i for i in self.indicators if i.scope.covers(facility, kind)]

    def fact(self, fact_id: str) -> FactDefinition:
        """The declared fact ``fact_id`` (``kv-krimpen.buddy``)."""
        return self.facts.get(fact_id)

    def facts_for(self, facility: str) -> list[FactDefinition]:
        """The declared facts a facility's own plugin declared (not the core's)."""
        owner = self.facilities.owner(facility)
        return [d for d in self.facts if self.facts.owner(d.id) == owner]

    def fact_namespaces(self) -> list[str]:
        """The namespaces of the installed facts, sorted."""
        return sorted({d.namespace for d in self.facts})

    def workflow(self, code: str) -> Workflow:
        return self.workflows.get(code)

    def workflows_for(self, facility: str) -> list[Workflow]:
        """The workflows that apply to ``facility``: its own, its kind's and the national ones
        of its jurisdiction (adult or youth)."""
        found = self.facility(facility)
        return [
            w
            for w in self.workflows
            if w.applies_to(facility, found.kind)
            and w.jurisdiction is found.target_group.jurisdiction
        ]

    def check_case(self, case: CaseRecord) -> list[ErrorDetail]:
        """References in ``case`` that this catalogue does not know."""
        errors: list[ErrorDetail] = []

        def unknown(_code: str, kind: str, *path: str | int) -> None:
            errors.append(InvalidValue("reference.unknown", kind=_KINDS[kind]).detail(*path))

        if case.facility is not None and case.facility not in self.facilities:
            unknown(case.facility, "facility", "facility")
        for i, holding in enumerate(case.legal_titles):
            if holding.title not in self.titles:
                unknown(holding.title, "legal_title", "legal_titles", i, "title")
                continue
            phases = {p.code for p in self.title(holding.title).phases}
            if holding.phase is not None and holding.phase not in phases:
                unknown(holding.phase, "phase", "legal_titles", i, "phase")
            if holding.decided_by is not None and holding.decided_by not in self.roles:
                unknown(holding.decided_by, "partner_role", "legal_titles", i, "decided_by")
        for i, consent in enumerate(case.consents):
            if consent.partner not in self.roles:
                unknown(consent.partner, "partner_role", "consents", i, "partner")
        referral_by = case.referral.by if case.referral is not None else None
        if referral_by is not None and referral_by not in self.roles:
            unknown(referral_by, "partner_role", "referral", "by")
        for i, event in enumerate(case.events):
            if event.workflow not in self.workflows:
                unknown(event.workflow, "workflow", "events", i, "workflow")
            role = event.recipient if event.type == "feedback" else event.actor
            if role is not None and role not in self.roles:
                field = "recipient" if event.type == "feedback" else "actor"
                unknown(role, "partner_role", "events", i, field)
        from kleinschalig.model.fact_checks import fact_value_errors

        errors += fact_value_errors(case.facts, self)
        return errors

    def check_facility(self, facility: Facility) -> list[ErrorDetail]:
        errors: list[ErrorDetail] = []
        for i, code in enumerate(facility.accepted_titles):
            if code not in self.titles:
                errors.append(
                    InvalidValue("reference.unknown", kind=_KINDS["legal_title"]).detail(
                        "accepted_titles", i
                    )
                )
        return errors


def national_catalogue() -> Catalogue:
    """A fresh catalogue holding only the national titles and partner roles.

    Use :class:`kleinschalig.plugins.PluginHost` for the catalogue with plugins.
    """
    from kleinschalig.national.roles import NATIONAL_ROLES
    from kleinschalig.national.titles import NATIONAL_TITLES

    catalogue = Catalogue()
    for title in NATIONAL_TITLES:
        catalogue.titles.add(title, CORE_OWNER)
    for role in NATIONAL_ROLES:
        catalogue.roles.add(role, CORE_OWNER)
    return catalogue
