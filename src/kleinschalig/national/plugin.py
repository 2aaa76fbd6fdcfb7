"""The core registers the national titles, partner roles, facts and trajectories through the
same hooks as every facility plugin (it is the built-in plugin named ``kleinschalig``).

What it registers is data: the YAML files beside this module, read as a data plugin's are.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.national.roles import NATIONAL_ROLES
from kleinschalig.national.titles import NATIONAL_TITLES
from kleinschalig.plugins.markers import hookimpl
from kleinschalig.plugins.register import (
    FactRegister,
    IndicatorRegister,
    LegalTitleRegister,
    PartnerRoleRegister,
    WorkflowRegister,
)

#: How ``kleinschalig plugins`` describes the core: its objects are data files.
form: Final = "data"


@hookimpl
def kleinschalig_register_legal_titles(register: LegalTitleRegister) -> None:
    for title in NATIONAL_TITLES:
        register.add(title)


@hookimpl
def kleinschalig_register_partner_roles(register: PartnerRoleRegister) -> None:
    for role in NATIONAL_ROLES:
        register.add(role)


@hookimpl
def kleinschalig_register_facts(register: FactRegister) -> None:
    from kleinschalig.national.facts import NATIONAL_FACTS

    for fact in NATIONAL_FACTS:
        register.add(fact)


@hookimpl
def kleinschalig_register_workflows(register: WorkflowRegister) -> None:
    from kleinschalig.national.workflows import NATIONAL_WORKFLOWS

    for workflow in NATIONAL_WORKFLOWS:
        register.add(workflow)


@hookimpl
def kleinschalig_register_indicators(register: IndicatorRegister) -> None:
    from kleinschalig.national.indicators import CORE_INDICATORS

    for indicator in CORE_INDICATORS:
        register.add(indicator)
