"""Plugins: how a facility team adds a location without touching the core.

See :mod:`kleinschalig.plugins.hookspecs` for the hooks and
:class:`PluginHost` for loading.
"""

from kleinschalig.plugins.config import ENV, HostConfig
from kleinschalig.plugins.discovery import ENTRY_POINT_GROUP, PluginSource
from kleinschalig.plugins.host import PluginHost, PluginInfo
from kleinschalig.plugins.markers import hookimpl
from kleinschalig.plugins.problems import PluginError, PluginLoadFailed, Stage
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

__all__ = [
    "ENTRY_POINT_GROUP",
    "ENV",
    "CriterionRegister",
    "FacilityRegister",
    "FactRegister",
    "HostConfig",
    "IndicatorRegister",
    "InterventionLogicRegister",
    "LegalTitleRegister",
    "PartnerRoleRegister",
    "PluginError",
    "PluginHost",
    "PluginInfo",
    "PluginLoadFailed",
    "PluginSource",
    "Stage",
    "TranslationRegister",
    "WorkflowRegister",
    "hookimpl",
]
