"""The kleinschalig plugin of the five KVJJ locations (kleinschalige voorziening justitiële jeugd).

Encoded from the DJI information sheet "Kleinschalige Voorziening Justitiële
Jeugd", version September 2023 (seed 003). Everything registered here cites its
seed lines; every gap or inconsistency in the sources is recorded where it
matters, as a ``note`` (criterion versions, operating periods, roles, links), a
capacity ``reason`` or a ``description``, with both citations (⚠).

* facilities: :data:`~kleinschalig_kvjj.facilities.FACILITIES` (Amsterdam, Den
  Haag, Groningen, Krimpen aan den IJssel, Venlo; 8 places each) [003:L51];
* placement criteria: :data:`~kleinschalig_kvjj.criteria.CRITERIA`, national,
  scoped to every facility of kind KVJJ [003:L73-124];
* declared facts: :data:`~kleinschalig_kvjj.facts.FACTS` (one per-facility fact,
  "vestigen in regio" [003:L124]); the criteria also read the core per-facility
  facts travel time and network near the facility;
* the intervention logic :data:`~kleinschalig_kvjj.logic.INTERVENTION_LOGIC`,
  registered for each location;
* education partner roles the national roles lack: :data:`~kleinschalig_kvjj.roles.ROLES`.

Labels are Dutch gettext msgids marked with ``N_()``; their English
translations are in ``locale/en/LC_MESSAGES/kleinschalig_kvjj.po`` (README.md
explains how to update them).
"""

from __future__ import annotations

from pathlib import Path

from kleinschalig.plugins import (
    CriterionRegister,
    FacilityRegister,
    FactRegister,
    InterventionLogicRegister,
    PartnerRoleRegister,
    TranslationRegister,
    hookimpl,
)
from kleinschalig_kvjj.criteria import CRITERIA
from kleinschalig_kvjj.facilities import FACILITIES, FACILITY_CODES
from kleinschalig_kvjj.facts import FACTS
from kleinschalig_kvjj.logic import INTERVENTION_LOGIC
from kleinschalig_kvjj.roles import ROLES

__all__ = [
    "CRITERIA",
    "DOMAIN",
    "FACILITIES",
    "FACILITY_CODES",
    "FACTS",
    "INTERVENTION_LOGIC",
    "LOCALE_DIR",
    "ROLES",
]

#: This plugin's gettext domain, and the directory holding ``<lang>/LC_MESSAGES/<domain>.mo``.
DOMAIN = "kleinschalig_kvjj"
LOCALE_DIR = Path(__file__).parent / "locale"


@hookimpl
def kleinschalig_register_translations(register: TranslationRegister) -> None:
    """Make this plugin's English labels available next to the core's."""
    register.add(DOMAIN, LOCALE_DIR)


@hookimpl
def kleinschalig_register_partner_roles(register: PartnerRoleRegister) -> None:
    """Register the education partners the national roles do not cover [003:L140], [003:L173]."""
    for role in ROLES:
        register.add(role)


@hookimpl
def kleinschalig_register_facilities(register: FacilityRegister) -> None:
    """Register the five KVJJ locations."""
    for facility in FACILITIES:
        register.add(facility)


@hookimpl
def kleinschalig_register_intervention_logic(register: InterventionLogicRegister) -> None:
    """Register the national KVJJ intervention logic for each location."""
    for code in FACILITY_CODES:
        register.add(code, INTERVENTION_LOGIC)


@hookimpl
def kleinschalig_register_facts(register: FactRegister) -> None:
    """Register the facts the KVJJ criteria read that the core does not declare [003:L124]."""
    for fact in FACTS:
        register.add(fact)


@hookimpl
def kleinschalig_register_criteria(register: CriterionRegister) -> None:
    """Register the national KVJJ placement criteria (scoped to every KVJJ)."""
    for criterion in CRITERIA:
        register.add(criterion)
