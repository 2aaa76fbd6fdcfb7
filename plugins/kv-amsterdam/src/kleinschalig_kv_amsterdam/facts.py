"""The facts KV Amsterdam (PI-BW) records beyond the case record's own fields.

Each is declared in the plugin's namespace ``kv-amsterdam`` and cites the seed
line that names it: the target group and the placement process of the plan
[001:L1084-1103], [001:L1220-1251], the registration in Amsterdam
[001:L1436-1439], and the topics of appendix 4, Tabel B4.2 [001:L6065-6605].
Criteria (``plugin.py``), the workflow guard (``workflow.py``) and the
indicators (``indicators.py``) read them by id.

The main outcome, keeping work or daytime activity through detention
[001:L6397-6409], is *not* declared here: the core facts
``core.activity_throughout_detention@t1`` and ``core.daytime_activity@t1`` hold
it, and the core indicators ``core.st.dagbesteding-hele-detentie`` and
``core.of.dagbesteding-behouden`` compute it for this facility too.

Choices recorded here (⚠), each also in the fact's description:

* "Vaker gedetineerd zijn geweest" [001:L1086] is recorded as the number of
  earlier detentions; the summaries speak of men who "herhaaldelijk recidiveren"
  [001:L3354-3357], [001:L2873-2874], which concerns offences (the intake field
  ``intake.prior_offence_count``), not detentions. The plan is followed.
* The output topics (coaching sessions, constructive conversations) are measured
  "op KV-niveau" with interviews and registration [001:L6232-6240]: the
  registration part is recorded per person, as a count over the stay at outflow
  (T1), and summed up to the KV as a mean; the interview part stays outside the
  record.
* A running care trajectory and a limited 'snap en doe' capacity are health
  data (treatment, guidance; LVB or substance use [001:L1087-1092]): special
  category.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import cite
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.fact_definitions import (
    FactChoice,
    FactDefinition,
    FactType,
    Sensitivity,
)

__all__ = [
    "AFWEGING_3RO",
    "BETROKKEN_BIJ_INCIDENT",
    "COACHSESSIES",
    "EERDERE_DETENTIES",
    "FACTS",
    "INCIDENTEN",
    "INGESCHREVEN_AMSTERDAM",
    "LOPEND_ZORGTRAJECT",
    "NAMESPACE",
    "OPBOUWENDE_GESPREKKEN",
    "SNAP_EN_DOEVERMOGEN",
    "WEEGCOMMISSIE_AKKOORD",
]

#: The plugin's name (its entry point), and so the namespace of its facts.
NAMESPACE: Final = "kv-amsterdam"

AFWEGING_3RO: Final = f"{NAMESPACE}.afweging_3ro"
LOPEND_ZORGTRAJECT: Final = f"{NAMESPACE}.lopend_zorgtraject"
SNAP_EN_DOEVERMOGEN: Final = f"{NAMESPACE}.beperkt_snap_en_doevermogen"
EERDERE_DETENTIES: Final = f"{NAMESPACE}.eerdere_detenties"
INGESCHREVEN_AMSTERDAM: Final = f"{NAMESPACE}.ingeschreven_amsterdam"
WEEGCOMMISSIE_AKKOORD: Final = f"{NAMESPACE}.weegcommissie_akkoord"
COACHSESSIES: Final = f"{NAMESPACE}.coachsessies"
OPBOUWENDE_GESPREKKEN: Final = f"{NAMESPACE}.opbouwende_gesprekken"
BETROKKEN_BIJ_INCIDENT: Final = f"{NAMESPACE}.betrokken_bij_incident"
INCIDENTEN: Final = f"{NAMESPACE}.aantal_incidenten"

_T1: Final = (MeasurementMoment.T1,)
_OUTFLOW_MEASUREMENT = cite(
    "001:L5378-5381", N_("Een eindmeting van de bereikte situatie op het moment van uitstroom.")
)
_KV_LEVEL = cite(
    "001:L6232-6240",
    N_("Activiteiten (output): interviews en registratie, op KV-niveau."),
)
_KV_LEVEL_NOTE = N_(
    "⚠ keuze: de bijlage meet de activiteiten op KV-niveau met interviews en registratie "
    "(001:L6232-6240); het registratiedeel wordt per persoon vastgelegd, als aantal over het "
    "hele verblijf bij uitstroom (T1), en voor de KV opgeteld tot een gemiddelde per persoon. "
    "Het interviewdeel blijft buiten het dossier."
)

FACTS: Final[tuple[FactDefinition, ...]] = (
    FactDefinition(
        id=AFWEGING_3RO,
        type=FactType.ENUM,
        label=N_("Afweging van plaatsing in de PI-BW door 3RO in het adviesrapport"),
        description=N_(
            "Of de 3RO in het adviesrapport aan de raadkamer heeft afgewogen of plaatsing in de "
            "PI-BW mogelijk is, en met welke uitkomst."
        ),
        choices=(
            FactChoice("mogelijk", N_("plaatsing mogelijk geacht")),
            FactChoice("niet_mogelijk", N_("plaatsing niet mogelijk geacht")),
            FactChoice("niet_afgewogen", N_("niet afgewogen")),
        ),
        sources=(
            cite(
                "001:L1224-1226",
                N_("De 3RO weegt in het adviesrapport aan de raadkamer af of plaatsing kan."),
            ),
            cite("001:L6083", N_("Tabel B4.2, instroom: afweging plaatsing door 3RO.")),
        ),
    ),
    FactDefinition(
        id=LOPEND_ZORGTRAJECT,
        type=FactType.BOOL,
        label=N_("Lopend zorgtraject buiten detentie bij instroom"),
        description=N_(
            "Een zorgtraject (behandeling, begeleiding, ondersteuning) dat buiten detentie loopt. "
            "Naast daytime_activity.kind, dat maar één soort activiteit bevat: wie werkt en ook "
            "een zorgtraject volgt, is zo te zien."
        ),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite(
                "001:L1087-1089",
                N_("De doelgroep volgt een zorgtraject (behandeling, begeleiding, ondersteuning)."),
            ),
            cite("001:L6147", N_("Tabel B4.2, doelgroep: lopend zorgtraject buiten detentie.")),
        ),
    ),
    FactDefinition(
        id=SNAP_EN_DOEVERMOGEN,
        type=FactType.BOOL,
        label=N_("Beperkt snap- en doevermogen vastgesteld bij de screening"),
        description=N_(
            "De bevinding van de screening, waarbij een LVB-deskundige aanwezig is; het "
            "beperkte vermogen kan komen door een (licht) verstandelijke beperking, jaren "
            "instabiel leven of middelengebruik."
        ),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite(
                "001:L1090-1092",
                N_("Beperkt snap- en doevermogen door LVB, instabiel leven of middelengebruik."),
            ),
            cite(
                "001:L1230-1233",
                N_("Bij het motivatiegesprek is iemand met expertise op het gebied van LVB."),
            ),
            cite("001:L6178", N_("Tabel B4.2, doelgroep: beperkt snap- en doevermogen.")),
        ),
    ),
    FactDefinition(
        id=EERDERE_DETENTIES,
        type=FactType.INT,
        label=N_("Aantal eerdere detenties"),
        description=N_(
            "Detenties vóór de huidige. ⚠ keuze: de doelgroepbeschrijving zegt 'vaker "
            "gedetineerd zijn geweest' (001:L1086), de samenvattingen 'herhaaldelijk "
            "recidiveren' (001:L3354-3357, 001:L2873-2874); dat laatste gaat over delicten "
            "(intake.prior_offence_count). Gevolgd is de doelgroepbeschrijving."
        ),
        unit="detenties",
        minimum=0,
        sources=(
            cite("001:L1086", N_("De doelgroep is vaker gedetineerd geweest.")),
            cite(
                "001:L3354-3357",
                N_("De realisatie spreekt van gedetineerden die herhaaldelijk recidiveren."),
            ),
        ),
    ),
    FactDefinition(
        id=INGESCHREVEN_AMSTERDAM,
        type=FactType.BOOL,
        label=N_("Ingeschreven in de gemeente Amsterdam"),
        description=N_(
            "De inschrijving in de gemeente, die toegang geeft tot de lokale Wmo-voorzieningen; "
            "een eigen feit naast de woonplaats (residence.municipality)."
        ),
        sources=(
            cite(
                "001:L1436-1439",
                N_(
                    "De PI-BW richt zich op gedetineerden die in de gemeente Amsterdam "
                    "ingeschreven staan en zo toegang hebben tot de lokale Wmo."
                ),
            ),
        ),
    ),
    FactDefinition(
        id=WEEGCOMMISSIE_AKKOORD,
        type=FactType.BOOL,
        label=N_("Alle leden van de weegcommissie akkoord met plaatsing in de PI-BW"),
        description=N_(
            "Ja als de vrijhedencommissie van de PI, het OM en de 3RO alle drie akkoord zijn; "
            "nee als een van hen dat niet is. Alleen dan gaat het advies naar DIZ."
        ),
        sources=(
            cite(
                "001:L1235-1244",
                N_(
                    "Als alle leden van de weegcommissie akkoord zijn gaat het advies naar DIZ; "
                    "leden: vrijhedencommissie PI, OM en 3RO, met input van de politie."
                ),
            ),
        ),
    ),
    FactDefinition(
        id=COACHSESSIES,
        type=FactType.INT,
        label=N_("Aantal gehouden coachsessies tijdens het verblijf"),
        description=_KV_LEVEL_NOTE,
        unit="sessies",
        minimum=0,
        moments=_T1,
        sources=(
            cite(
                "001:L1205-1215",
                N_("Intensieve coachende begeleiding door de begeleider van de PI-BW."),
            ),
            cite("001:L6285", N_("Tabel B4.2, output: uitvoering coachsessies.")),
            _KV_LEVEL,
            _OUTFLOW_MEASUREMENT,
        ),
    ),
    FactDefinition(
        id=OPBOUWENDE_GESPREKKEN,
        type=FactType.INT,
        label=N_("Aantal (informele) opbouwende gesprekken met medewerkers tijdens het verblijf"),
        description=_KV_LEVEL_NOTE,
        unit="gesprekken",
        minimum=0,
        moments=_T1,
        sources=(
            cite(
                "001:L1208-1211",
                N_(
                    "Opbouwende gesprekken over een delictvrije toekomst, met veel informele "
                    "contactmomenten."
                ),
            ),
            cite("001:L6287", N_("Tabel B4.2, output: (informele) opbouwende gesprekken.")),
            _KV_LEVEL,
            _OUTFLOW_MEASUREMENT,
        ),
    ),
    FactDefinition(
        id=BETROKKEN_BIJ_INCIDENT,
        type=FactType.BOOL,
        label=N_("Betrokken bij gewelds- of agressie-incidenten of ruzies tijdens het verblijf"),
        description=N_("Vastgelegd bij uitstroom (T1), met de vragenlijst op persoonsniveau."),
        moments=_T1,
        sources=(
            cite(
                "001:L6414-6416",
                N_("Tabel B4.2, werkdoelen: betrokkenheid bij incidenten of ruzies."),
            ),
            cite("001:L6393-6395", N_("Werkdoelen: vragenlijst op persoonsniveau.")),
            _OUTFLOW_MEASUREMENT,
        ),
    ),
    FactDefinition(
        id=INCIDENTEN,
        type=FactType.INT,
        label=N_("Aantal gewelds- of agressie-incidenten of ruzies tijdens het verblijf"),
        description=N_("Indien van toepassing; vastgelegd bij uitstroom (T1)."),
        unit="incidenten",
        minimum=0,
        moments=_T1,
        sources=(
            cite("001:L6418", N_("Tabel B4.2, werkdoelen: indien van toepassing het aantal.")),
            cite("001:L6393-6395", N_("Werkdoelen: vragenlijst op persoonsniveau.")),
        ),
    ),
)
"""Every fact this plugin declares, in the order the README lists them."""
