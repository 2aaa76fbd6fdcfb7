"""The hooks a kleinschalig plugin can implement.

Every hook receives a *register* object and returns nothing: a plugin adds what
it contributes with ``register.add(...)``. Everything added is validated on the
way in, collected from all plugins, sorted by stable keys and checked for
conflicts, so the result never depends on the order in which plugins load.

A plugin implements any subset of these hooks with :data:`kleinschalig.plugins.hookimpl`::

    from kleinschalig.plugins import hookimpl

    @hookimpl
    def kleinschalig_register_facilities(register):
        register.add(MY_FACILITY)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kleinschalig.plugins.markers import hookspec

if TYPE_CHECKING:
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


@hookspec
def kleinschalig_register_legal_titles(register: LegalTitleRegister) -> None:
    """Register legal titles (juridische titels) such as a local placement basis.

    :param register: call ``register.add(title, overrides=None)`` with a
        :class:`~kleinschalig.model.LegalTitle` for each title. ``overrides``
        names the plugin whose title with the same code this one replaces.

    .. versionadded:: 0.1.0
    """


@hookspec
def kleinschalig_register_partner_roles(register: PartnerRoleRegister) -> None:
    """Register partner roles (ketenpartners) such as a local care provider.

    :param register: call ``register.add(role, overrides=None)`` with a
        :class:`~kleinschalig.model.PartnerRole` for each role.

    .. versionadded:: 0.1.0
    """


@hookspec
def kleinschalig_register_facilities(register: FacilityRegister) -> None:
    """Register facilities: a KV, a KVJJ location, a host institution.

    :param register: call ``register.add(facility, overrides=None)`` with a
        :class:`~kleinschalig.model.Facility`. Its ``accepted_titles`` must name
        registered legal titles.

    .. versionadded:: 0.1.0
    """


@hookspec
def kleinschalig_register_intervention_logic(register: InterventionLogicRegister) -> None:
    """Register a facility's intervention logic (werkzame elementen → einddoel).

    :param register: call ``register.add(facility_code, logic, overrides=None)``
        with an :class:`~kleinschalig.model.InterventionLogic` for a registered facility.

    .. versionadded:: 0.1.0
    """


@hookspec
def kleinschalig_register_facts(register: FactRegister) -> None:
    """Declare facts a case record can carry beyond the core's fields.

    :param register: call ``register.add(definition)`` with a
        :class:`~kleinschalig.model.fact_definitions.FactDefinition` whose id is
        ``<register.namespace>.<name>`` (the plugin's own name). Criteria,
        workflow guards, information flows and indicators of any plugin may then
        read it by that id; the case record carries its values under ``facts``.

    .. versionadded:: 0.3.0
    """


@hookspec
def kleinschalig_register_criteria(register: CriterionRegister) -> None:
    """Register placement criteria, each with its dated, cited versions.

    :param register: call ``register.add(criterion, overrides=None)`` with a
        :class:`~kleinschalig.model.criteria.Criterion`. Its scope names the
        facilities (or facility kinds) it applies to; every fact its rules read
        must be a field of the case record. A facility-specific variant names
        the criterion it replaces in ``Criterion.overrides``.

    .. versionadded:: 0.1.0
    """


@hookspec
def kleinschalig_register_workflows(register: WorkflowRegister) -> None:
    """Register workflows: a facility's inflow process, a national trajectory.

    :param register: call ``register.add(workflow, overrides=None)`` with a
        :class:`~kleinschalig.model.workflows.Workflow`. Its scope names the
        facilities (or facility kinds) it applies to; every partner role it
        names must be registered, guards and information flows must name
        case-record fields, and every version must be a process with a start
        and reachable end states.

    .. versionadded:: 0.2.0
    """


@hookspec
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    """Register indicators: a facility's own, from its evaluation design.

    :param register: call ``register.add(indicator, overrides=None)`` with an
        :class:`~kleinschalig.model.indicators.Indicator`. Its measure states
        its denominator; every fact it reads must be a field of the case
        record, and its scope may name only registered facilities.

    .. versionadded:: 0.2.0
    """


@hookspec
def kleinschalig_register_translations(register: TranslationRegister) -> None:
    """Register the plugin's own gettext domain so its Dutch labels have translations.

    :param register: call ``register.add(domain, locale_dir)``; ``locale_dir``
        holds ``<lang>/LC_MESSAGES/<domain>.mo``. Catalogs are merged behind the
        core catalog at runtime.

    .. versionadded:: 0.1.0
    """
