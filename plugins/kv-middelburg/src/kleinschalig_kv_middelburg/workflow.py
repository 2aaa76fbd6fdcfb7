"""The inflow workflow of the KVM: from DIZ's start signal to the PI management's decision.

Two dated versions [001:L2136-2171], [001:L4002-4015]: in the plan, probation
(reclassering) writes the placement advice; in the revised process the PI
does, the KV receives names earlier, and people excluded at the pre-scan are
passed back to DIZ for an ordinary summons. ⚠ The sources do not date the
revision; it is reported as done by April 2021, the date used here (the same
switch date as the sentence criterion).
"""

from __future__ import annotations

import datetime as dt

from kleinschalig.dates import Duration
from kleinschalig.i18n import N_
from kleinschalig.model import Jurisdiction, cite
from kleinschalig.model.conditions import All, Compare, OneOf
from kleinschalig.model.workflows import (
    Content,
    InformationFlow,
    Stage,
    State,
    Timing,
    Transition,
    Workflow,
    WorkflowScope,
    WorkflowVersion,
)
from kleinschalig_kv_middelburg.facts import PRESCAN, PRESCAN_OBJECTION

FACILITY_CODE = "kv-middelburg"
#: No partner objected: every check of the pre-scan is recorded, none as an objection
#: (a check that was not done counts as no objection, see facts.py).
NO_PRESCAN_OBJECTION = All(tuple(OneOf(f, ("geen_bezwaar", "niet_uitgevoerd")) for f in PRESCAN))

_PLAN = (cite("001:L2136-2171", N_("Het instroomproces van de KVM in vier stappen.")),)
_START = (
    cite("001:L2138-2141", N_("Aankondiging en meldbrief 6 tot 8 weken voor de meldingsdatum.")),
)
_PRESCAN = (cite("001:L2143-2149", N_("Pre-scan: partners melden alleen of zij bezwaar hebben.")),)
_INVITE = (cite("001:L2151-2159", N_("Belbrief, telefoongesprek en toestemmingsverklaring.")),)
_SCREEN = (
    cite("001:L2161-2171", N_("Screening, plaatsingsadvies, voorstel en besluit van de directie.")),
)
_REVISED = (cite("001:L4002-4015", N_("De aangepaste werkwijze met DIZ en de reclassering.")),)
_FEEDBACK = (
    cite("000:L100-101", N_("Terugkoppeling aan ketenpartners over plaatsing ontbreekt.")),
    cite("000:L126-128", N_("Aanbeveling: meer terugkoppeling aan ketenpartners.")),
)
_BACK = (cite("000:L59-61", N_("Vijf gedetineerden werden voor het einde intramuraal geplaatst.")),)
#: The PI's own roles: the KVM is part of the PI, so they are not owed feedback.
_INTERNAL = ("casemanager", "pi_directie", "kv-middelburg.groepswerker")
_NOBODY = N_("De bronnen noemen niet wie hierover beslist.")


def _states() -> tuple[State, ...]:
    return (
        State(
            "geselecteerd",
            N_("Zelfmelder door DIZ geselecteerd"),
            (cite("000:L47-49"),),
            initial=True,
        ),
        State("aangekondigd", N_("Aankondiging en meldbrief verstuurd"), _START),
        State("prescan", N_("Pre-scan bij ketenpartners"), _PRESCAN),
        State("uitgenodigd", N_("Uitgenodigd (belbrief en telefoongesprek)"), _INVITE),
        State("screening", N_("Screening"), _SCREEN),
        State("geadviseerd", N_("Plaatsingsadvies uitgebracht"), _SCREEN),
        State("voorgesteld", N_("Plaatsingsvoorstel bij de directie"), _SCREEN),
        State("geplaatst", N_("Geplaatst in de KVM"), _SCREEN, stage=Stage.INSIDE),
        State(
            "niet_geplaatst",
            N_("Niet in de KVM: gewone oproep"),
            (*_PRESCAN, *_REVISED),
            final=True,
            stage=Stage.NOT_PLACED,
        ),
        State(
            "intramuraal",
            N_("Teruggeplaatst in de gesloten setting"),
            _BACK,
            final=True,
            stage=Stage.PLACED_BACK,
        ),
        State(
            "uitgestroomd",
            N_("Detentie in de KVM beëindigd"),
            (cite("000:L8-12"),),
            final=True,
            stage=Stage.LEFT,
        ),
    )


def _transitions(*, revised: bool) -> tuple[Transition, ...]:
    prescan_partners = ("om", "politie", "reclassering", "veiligheidshuis")
    advice_by = "casemanager" if revised else "reclassering"
    back_to_diz = (
        (
            InformationFlow(
                recipient="diz",
                content=Content.DECISION,
                legal_basis="niet_genoemd",
                sources=_REVISED,
                note=N_("De KV geeft door dat iemand is uitgesloten; DIZ roept hem gewoon op."),
            ),
        )
        if revised
        else ()
    )
    return (
        Transition(
            "startsignaal",
            "geselecteerd",
            "aangekondigd",
            N_("Aankondiging aan de PI en meldbrief aan de zelfmelder"),
            _REVISED if revised else _START,
            actor="diz",
            timing=None
            if revised
            else Timing(
                "sentence.reporting_date",
                "before",
                minimum=Duration(weeks=6),
                maximum=Duration(weeks=8),
                sources=_START,
                note=N_("Een termijn van 12 weken was in bespreking (001:L2188)."),
            ),
            note=N_(
                "In de aangepaste werkwijze krijgt de KV de namen eerder; de bronnen noemen "
                "daarvoor geen termijn (001:L4004-4007)."
            )
            if revised
            else "",
        ),
        Transition(
            "prescan_uitzetten",
            "aangekondigd",
            "prescan",
            N_("Pre-scan: OM, politie, reclassering en Veiligheidshuis bevragen"),
            _PRESCAN,
            actor="casemanager",
            informs=tuple(
                InformationFlow(
                    recipient=role,
                    content=Content.OBJECTION_ONLY,
                    legal_basis="niet_genoemd",
                    sources=_PRESCAN,
                    note=N_(
                        "Er wordt geen inhoudelijke informatie gedeeld; "
                        "de bronnen noemen geen grondslag."
                    ),
                )
                for role in prescan_partners
            ),
            note=N_("De politiecheck was in het plan nog niet zeker (001:L2189)."),
        ),
        Transition(
            "prescan_bezwaar",
            "prescan",
            "niet_geplaatst",
            N_("Bezwaar bij de pre-scan"),
            (*_PRESCAN, *_REVISED) if revised else _PRESCAN,
            actor="casemanager",
            informs=back_to_diz,
            guard=PRESCAN_OBJECTION,
        ),
        Transition(
            "uitnodigen",
            "prescan",
            "uitgenodigd",
            N_("Geen bezwaar: belbrief en telefoongesprek"),
            _INVITE,
            actor="casemanager",
            guard=NO_PRESCAN_OBJECTION,
        ),
        Transition(
            "geen_dagbesteding",
            "uitgenodigd",
            "niet_geplaatst",
            N_("Geen controleerbare dagbesteding van minstens 24 uur per week"),
            _INVITE,
            actor="casemanager",
            informs=back_to_diz,
        ),
        Transition(
            "advies_vragen",
            "uitgenodigd",
            "screening",
            N_("Advies vragen en toestemmingsverklaring voor contact met de werkgever sturen"),
            _INVITE,
            actor="casemanager",
            documents=("toestemmingsverklaring_werkgever",),
            guard=All(
                (
                    Compare("daytime_activity.hours_per_week", "ge", 24),
                    Compare("daytime_activity.employer_willing_to_be_checked", "eq", True),
                )
            ),
        ),
        Transition(
            "plaatsingsadvies",
            "screening",
            "geadviseerd",
            N_("Gesprek, werkgeverscheck, risicotaxatie en plaatsingsadvies"),
            (*_SCREEN, *_REVISED) if revised else _SCREEN,
            actor=advice_by,
            consent=("werkgever",),
            note=N_("Sinds de aangepaste werkwijze adviseert de PI in plaats van de reclassering.")
            if revised
            else "",
        ),
        Transition(
            "plaatsingsvoorstel",
            "geadviseerd",
            "voorgesteld",
            N_("De casemanager dient een plaatsingsvoorstel in"),
            _SCREEN,
            actor="casemanager",
        ),
        Transition(
            "plaatsen",
            "voorgesteld",
            "geplaatst",
            N_("De directie van de PI besluit tot plaatsing"),
            (*_SCREEN, *_FEEDBACK),
            actor="pi_directie",
            feedback=True,
        ),
        Transition(
            "afwijzen",
            "voorgesteld",
            "niet_geplaatst",
            N_("De directie van de PI besluit niet te plaatsen"),
            (*_SCREEN, *_FEEDBACK),
            actor="pi_directie",
            feedback=True,
        ),
        Transition(
            "terugplaatsen",
            "geplaatst",
            "intramuraal",
            N_("Terugplaatsen in de gesloten setting na een overtreding"),
            _BACK,
            note=_NOBODY,
        ),
        Transition(
            "uitstromen",
            "geplaatst",
            "uitgestroomd",
            N_("Einde detentie in de KVM"),
            (cite("000:L8-12"),),
            note=_NOBODY,
        ),
    )


INFLOW = Workflow(
    code="kv-middelburg.instroom",
    label=N_("Instroom KV Middelburg"),
    jurisdiction=Jurisdiction.ADULT,
    scope=WorkflowScope(facilities=(FACILITY_CODE,)),
    description=N_(
        "Startsignaal van DIZ, pre-scan met alleen wel/geen bezwaar, uitnodiging, screening en "
        "het plaatsingsbesluit van de directie van de PI."
    ),
    versions=(
        WorkflowVersion(
            states=_states(),
            transitions=_transitions(revised=False),
            sources=_PLAN,
            valid_from=dt.date(2020, 8, 1),
            valid_until=dt.date(2021, 3, 31),
            internal_roles=_INTERNAL,
            note=N_("Het plan: de reclassering adviseert na de pre-scan (001:L2156-2157)."),
        ),
        WorkflowVersion(
            states=_states(),
            transitions=_transitions(revised=True),
            sources=_REVISED,
            valid_from=dt.date(2021, 4, 1),
            internal_roles=_INTERNAL,
            note=N_(
                "⚠ Aangepaste werkwijze: de PI adviseert, de KV krijgt namen eerder en "
                "uitgesloten personen gaan terug naar DIZ (001:L4002-4015). De bronnen dateren "
                "de wijziging niet; in april 2021 was zij doorgevoerd (001:L3931-3932), dus "
                "1 april 2021, gelijk met de wissel van het strafduurcriterium."
            ),
        ),
    ),
)
