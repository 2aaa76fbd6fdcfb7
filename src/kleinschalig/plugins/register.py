"""The register objects handed to plugin hooks.

A register belongs to one plugin and one kind of object. ``add`` checks the
object on the way in (right model, every field valid, round-trips through the
JSON layer) and stages it; nothing reaches the catalogue until the host has
seen every plugin and found no error for this one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.model._valid import Checked
from kleinschalig.model.criteria import Criterion
from kleinschalig.model.facilities import Facility
from kleinschalig.model.fact_definitions import CORE_FACT_NAMESPACE, FactDefinition
from kleinschalig.model.indicators import Indicator
from kleinschalig.model.instances import instance_errors
from kleinschalig.model.intervention import InterventionLogic
from kleinschalig.model.roles import PartnerRole
from kleinschalig.model.titles import LegalTitle
from kleinschalig.model.workflows import Workflow
from kleinschalig.plugins.problems import PluginError, Stage

__all__ = [
    "CriterionRegister",
    "FacilityRegister",
    "FactRegister",
    "IndicatorRegister",
    "InterventionLogicRegister",
    "LegalTitleRegister",
    "PartnerRoleRegister",
    "Registration",
    "Staging",
    "TranslationRegister",
    "WorkflowRegister",
]

T = TypeVar("T")


@attrs.frozen(slots=True)
class Registration:
    """One object a plugin added: ``kind`` and ``key`` identify it across plugins."""

    plugin: str
    kind: str
    key: str
    item: Any
    overrides: str | None = None


@attrs.define
class Staging:
    """Everything one plugin registered during loading, and what was wrong with it."""

    plugin: str
    #: The core's own data is checked by its unit tests; at load time only its type.
    trusted: bool = False
    #: Which plugin keeps a code two plugins both register without a grant, when neither
    #: owns it by name: the lower rank (core 0, explicit 1, installed 2, plugin directory 3).
    rank: int = 3
    registrations: list[Registration] = attrs.field(factory=list)
    errors: list[PluginError] = attrs.field(factory=list)
    hook: str | None = None
    #: Model objects of this plugin already found valid during this load: not walked again.
    checked: Checked = attrs.field(factory=dict, repr=False)


def inbound_errors(item: object, model: type, checked: Checked | None = None) -> list[ErrorDetail]:
    """Why ``item`` is not a valid ``model`` instance (empty when it is).

    Types and validators are checked field by field, at every level; the full
    JSON round trip and schema check are the conformance kit's (in the plugin's tests).
    """
    if not isinstance(item, model):
        return [InvalidValue("type.invalid", expected=model.__name__).detail()]
    return instance_errors(item, checked)


class _Register(Generic[T]):
    kind: ClassVar[str]
    model: ClassVar[type]

    def __init__(self, staging: Staging) -> None:
        self._staging = staging

    @property
    def plugin(self) -> str:
        """The name of the plugin this register belongs to."""
        return self._staging.plugin

    def _stage(self, key: str, item: object, overrides: str | None) -> None:
        if self._staging.trusted and isinstance(item, self.model):
            errors = []
        else:
            errors = inbound_errors(item, self.model, self._staging.checked)
        if errors:
            self._staging.errors.append(
                PluginError(
                    self.plugin,
                    Stage.REGISTER,
                    hook=self._staging.hook,
                    object=f"{self.kind}:{key}",
                    errors=tuple(errors),
                )
            )
            return
        self._staging.registrations.append(
            Registration(self.plugin, self.kind, key, item, overrides)
        )

    def add(self, item: T, *, overrides: str | None = None) -> None:
        """Add ``item``.

        ``overrides`` names the plugin whose object with the same code this one replaces.
        """
        self._stage(str(getattr(item, "code", "?")), item, overrides)


class LegalTitleRegister(_Register[LegalTitle]):
    kind = "legal_title"
    model = LegalTitle


class PartnerRoleRegister(_Register[PartnerRole]):
    kind = "partner_role"
    model = PartnerRole


class FacilityRegister(_Register[Facility]):
    kind = "facility"
    model = Facility


def fact_namespace(plugin: str) -> str:
    """The namespace a plugin declares its facts in: its own name, with ``_`` written as ``-``
    (a plugin file ``kv_zwolle.py`` declares ``kv-zwolle.*``), and ``core`` for the core."""
    from kleinschalig.catalogue import CORE_OWNER

    return CORE_FACT_NAMESPACE if plugin == CORE_OWNER else plugin.lower().replace("_", "-")


class FactRegister(_Register[FactDefinition]):
    """Declared facts are registered by id, in the plugin's own namespace.

    Rules that read a declared fact are checked against it once every plugin has
    registered its facts, so no plugin depends on the load order.
    """

    kind = "fact"
    model = FactDefinition

    @property
    def namespace(self) -> str:
        """The namespace this plugin's fact ids start with (``<namespace>.<name>``)."""
        return fact_namespace(self.plugin)

    def add(self, item: FactDefinition, *, overrides: str | None = None) -> None:
        if isinstance(item, FactDefinition):
            problem = None
            if item.namespace != self.namespace:
                problem = (
                    f"fact {item.id!r} is outside this plugin's namespace: "
                    f"name it {self.namespace}.{item.name}"
                )
            elif item.derived and self.namespace != CORE_FACT_NAMESPACE:
                problem = "only the core derives facts; declare a recorded fact instead"
            if problem is not None:
                self._staging.errors.append(
                    PluginError(
                        self.plugin,
                        Stage.REGISTER,
                        hook=self._staging.hook,
                        object=f"{self.kind}:{item.id}",
                        detail=problem,
                    )
                )
                return
        self._stage(item.id if isinstance(item, FactDefinition) else "?", item, overrides)


class CriterionRegister(_Register[Criterion]):
    """Criteria are registered by id; the facts their rules read must exist."""

    kind = "criterion"
    model = Criterion

    def add(self, item: Criterion, *, overrides: str | None = None) -> None:
        if isinstance(item, Criterion):
            from kleinschalig.model.checks import criterion_problems

            problems = criterion_problems(item)
            if problems:
                self._staging.errors.append(
                    PluginError(
                        self.plugin,
                        Stage.REGISTER,
                        hook=self._staging.hook,
                        object=f"{self.kind}:{item.id}",
                        detail="; ".join(problems),
                    )
                )
                return
        super().add(item, overrides=overrides)


class InterventionLogicRegister(_Register[InterventionLogic]):
    """Intervention logic is registered per facility code."""

    kind = "intervention_logic"
    model = InterventionLogic

    def add(  # type: ignore[override]
        self, facility: str, logic: InterventionLogic, *, overrides: str | None = None
    ) -> None:
        self._stage(facility, logic, overrides)


@attrs.frozen(slots=True)
class Catalog:
    """A gettext domain and the directory holding ``<lang>/LC_MESSAGES/<domain>.mo``, or
    the translations themselves (``messages``: language to msgid to text)."""

    domain: str
    locale_dir: Path | None = None
    messages: tuple[tuple[str, str, str], ...] = ()


class TranslationRegister:
    """Collects the plugin's gettext domains."""

    kind = "translation"

    def __init__(self, staging: Staging) -> None:
        self._staging = staging

    def add(self, domain: str, locale_dir: str | Path) -> None:
        path = Path(locale_dir)
        if not path.is_dir():
            self._staging.errors.append(
                PluginError(
                    self._staging.plugin,
                    Stage.REGISTER,
                    hook=self._staging.hook,
                    object=f"translation:{domain}",
                    detail=f"locale directory not found: {path}",
                )
            )
            return
        self._staging.registrations.append(
            Registration(self._staging.plugin, self.kind, domain, Catalog(domain, path))
        )

    def add_messages(self, domain: str, messages: dict[str, dict[str, str]]) -> None:
        """Add translations held in memory: ``{"en": {"Dutch msgid": "English", …}}``."""
        frozen = tuple(
            sorted((lang, m, text) for lang, texts in messages.items() for m, text in texts.items())
        )
        self._staging.registrations.append(
            Registration(self._staging.plugin, self.kind, domain, Catalog(domain, None, frozen))
        )


class WorkflowRegister(_Register[Workflow]):
    """Workflows are registered by code; guards, flows and timings must fit the case record."""

    kind = "workflow"
    model = Workflow

    def add(self, item: Workflow, *, overrides: str | None = None) -> None:
        if isinstance(item, Workflow):
            from kleinschalig.model.checks import workflow_problems

            problems = workflow_problems(item)
            if problems:
                self._staging.errors.append(
                    PluginError(
                        self.plugin,
                        Stage.REGISTER,
                        hook=self._staging.hook,
                        object=f"{self.kind}:{item.code}",
                        detail="; ".join(problems),
                    )
                )
                return
        super().add(item, overrides=overrides)


class IndicatorRegister(_Register[Indicator]):
    """Indicators are registered by id; the facts their measures read must exist."""

    kind = "indicator"
    model = Indicator

    def add(self, item: Indicator, *, overrides: str | None = None) -> None:
        if isinstance(item, Indicator):
            from kleinschalig.model.checks import indicator_problems

            problems = indicator_problems(item)
            if problems:
                self._staging.errors.append(
                    PluginError(
                        self.plugin,
                        Stage.REGISTER,
                        hook=self._staging.hook,
                        object=f"{self.kind}:{item.id}",
                        detail="; ".join(problems),
                    )
                )
                return
        self._stage(item.id if isinstance(item, Indicator) else "?", item, overrides)
