"""A typed facade over ``pm.hook``: one method per hook, so callers and mypy see real types.

Each method calls every implementation of its hook *separately*, with a register
made for that plugin, and returns the failures instead of letting one plugin's
exception stop the others: any exception, :class:`BaseException` such as
:class:`SystemExit` included, except :class:`KeyboardInterrupt`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, TypeVar

import attrs
import pluggy

from kleinschalig.plugins.register import (
    CriterionRegister,
    FacilityRegister,
    FactRegister,
    IndicatorRegister,
    InterventionLogicRegister,
    LegalTitleRegister,
    PartnerRoleRegister,
    TranslationRegister,
    WorkflowRegister,
)

__all__ = ["HookFailure", "Hooks"]

R = TypeVar("R")


@attrs.frozen(slots=True)
class HookFailure:
    plugin: str
    hook: str
    exception: BaseException


def _nothing(plugin: str) -> AbstractContextManager[None]:
    return contextlib.nullcontext()


class Hooks:
    """Typed access to the hooks of one plugin manager.

    ``around(plugin)``, when given, is a context manager entered around each call
    of that plugin's implementation (the host captures its output and times it).
    """

    def __init__(
        self,
        pm: pluggy.PluginManager,
        around: Callable[[str], AbstractContextManager[Any]] | None = None,
    ) -> None:
        self._pm = pm
        self._around = around or _nothing

    def implementers(self, hook: str) -> list[str]:
        """Names of the plugins implementing ``hook``, sorted."""
        caller = getattr(self._pm.hook, hook)
        return sorted(impl.plugin_name for impl in caller.get_hookimpls())

    def _call(self, hook: str, register_for: Callable[[str], Any]) -> list[HookFailure]:
        failures: list[HookFailure] = []
        caller = getattr(self._pm.hook, hook)
        for impl in sorted(caller.get_hookimpls(), key=lambda i: i.plugin_name):
            register = register_for(impl.plugin_name)
            try:
                with self._around(impl.plugin_name):
                    impl.function(**dict.fromkeys(impl.argnames, register))
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                failures.append(HookFailure(impl.plugin_name, hook, exc))
        return failures

    def register_translations(
        self, register_for: Callable[[str], TranslationRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_translations", register_for)

    def register_legal_titles(
        self, register_for: Callable[[str], LegalTitleRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_legal_titles", register_for)

    def register_partner_roles(
        self, register_for: Callable[[str], PartnerRoleRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_partner_roles", register_for)

    def register_facilities(
        self, register_for: Callable[[str], FacilityRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_facilities", register_for)

    def register_facts(self, register_for: Callable[[str], FactRegister]) -> list[HookFailure]:
        return self._call("kleinschalig_register_facts", register_for)

    def register_criteria(
        self, register_for: Callable[[str], CriterionRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_criteria", register_for)

    def register_intervention_logic(
        self, register_for: Callable[[str], InterventionLogicRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_intervention_logic", register_for)

    def register_workflows(
        self, register_for: Callable[[str], WorkflowRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_workflows", register_for)

    def register_indicators(
        self, register_for: Callable[[str], IndicatorRegister]
    ) -> list[HookFailure]:
        return self._call("kleinschalig_register_indicators", register_for)
