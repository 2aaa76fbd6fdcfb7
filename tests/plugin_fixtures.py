"""Small plugins for the host tests, built from the test factories."""

import attrs

from kleinschalig.model import (
    InterventionLink,
    InterventionLogic,
    InterventionNode,
    LegalTitle,
    NodeLevel,
    TitleKind,
    cite,
)
from kleinschalig.model.common import Jurisdiction
from kleinschalig.plugins import hookimpl
from tests.factories import facility

S = (cite("004:L1-8"),)


def logic() -> InterventionLogic:
    return InterventionLogic(
        nodes=(
            InterventionNode("kleinschaligheid", NodeLevel.WERKZAAM_ELEMENT, "Kleinschaligheid", S),
            InterventionNode("recidive", NodeLevel.EINDDOEL, "Recidive voorkomen", S),
        ),
        links=(InterventionLink("kleinschaligheid", "recidive", S),),
    )


def title(code: str) -> LegalTitle:
    return LegalTitle(code, "Lokale titel", TitleKind.PLACEMENT_BASIS, (Jurisdiction.ADULT,), S)


class FacilityPlugin:
    """Registers one facility (and optionally a title it accepts and a logic)."""

    def __init__(
        self,
        code="kv-test",
        accepts=("gevangenisstraf",),
        overrides=None,
        extra_title=None,
        with_logic=True,
    ):
        self.code = code
        self.accepts = accepts
        self.overrides = overrides
        self.extra_title = extra_title
        self.with_logic = with_logic

    @hookimpl
    def kleinschalig_register_legal_titles(self, register):
        if self.extra_title:
            register.add(title(self.extra_title))

    @hookimpl
    def kleinschalig_register_facilities(self, register):
        register.add(
            facility(code=self.code, accepted_titles=tuple(self.accepts)),
            overrides=self.overrides,
        )

    @hookimpl
    def kleinschalig_register_intervention_logic(self, register):
        if self.with_logic:
            register.add(self.code, logic(), overrides=self.overrides)


class RaisingPlugin(FacilityPlugin):
    @hookimpl
    def kleinschalig_register_intervention_logic(self, register):
        raise ValueError("oops")


class InvalidDataPlugin:
    @hookimpl
    def kleinschalig_register_facilities(self, register):
        register.add({"code": "kv-dict"})
        # attrs does not type-check: a wrong enum value slips past the constructor
        bad = attrs.evolve(facility(code="kv-bad"), kind="gevangenis")
        register.add(bad)


class MisspeltHook:
    @hookimpl
    def kleinschalig_register_facility(self, register):
        pass


class UnmarkedHook:
    def kleinschalig_register_facilities(self, register):
        pass


class TitleOverride:
    def __init__(self, overrides=None):
        self.overrides = overrides

    @hookimpl
    def kleinschalig_register_legal_titles(self, register):
        register.add(title("gevangenisstraf"), overrides=self.overrides)
