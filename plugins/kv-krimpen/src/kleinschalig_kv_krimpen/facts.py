"""The facts KV Krimpen (De Compagnie II) records beyond the core's case record.

The case record has no field for what only Krimpen asks: nationality or a residence
permit, agreement to the programme, a clean urine check [001:L1578-1588], the
personal plan *Mijn Compagnieplan*, the GNd buddy, the job-search activities, and
the job found by outflow, paid, unpaid or unknown [001:L8365-8477] (appendix 7, the
analysis of GNd's registrations). They are declared here in the namespace
``kv-krimpen``; the criteria in ``plugin.py`` and the indicators in
``indicators.py`` read them by id, and a case record carries them under ``facts``.

* Recorded once, at intake (T0): ``nederlandse_nationaliteit``,
  ``verblijfsvergunning``, ``akkoord_programma``, ``arbeidsgeschikt``,
  ``bereid_betaalde_arbeid``, ``laatste_urinecontrole_schoon``.
* Recorded once, about the stay: the plan, the buddy, the network's support, the
  activities of Tabel B7.2 and B4.3, rule compliance, group functioning, substance
  use during the stay and extramural work.
* Recorded at the eindmeting (T1) and the nameting (T2), the moments appendix 4
  gives for these topics [001:L7002-7046]: ``baan``,
  ``extramurale_arbeid_voortgezet``, ``contacten_woonomgeving``.

Choices recorded here (⚠), each also in the fact's description:

* nationality is recorded as Dutch yes/no, not as a country;
* fitness for work is treated as health data;
* the plan is recorded with three values, because the realisation says "al dan niet
  zelfstandig" [001:L3640-3642] where appendix 7 says "zelfstandig" [001:L8411];
* limited buddy support is recorded as "nee", as appendix 7 counts it (6 of 7);
* extramural work exists only in DC II (2019-01-01 to 2020-04-30) [001:L3591-3593];
* "onbetaald" is the unpaid job of appendix 7, which the realisation calls volunteer
  work [001:L3649], [001:L3799-3800].
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model import Source, cite
from kleinschalig.model.basisvoorwaarden import MeasurementMoment
from kleinschalig.model.fact_definitions import FactChoice, FactDefinition, FactType, Sensitivity
from kleinschalig_kv_krimpen.plugin import DC_IIA_FROM, FACILITY_CODE, OPENED_ON

__all__ = ["FACTS"]

_T1_T2: Final = (MeasurementMoment.T1, MeasurementMoment.T2)
_ADMISSION = N_("Toelatingscriteria van DC II.")
_APPENDIX_7 = N_("Bijlage 7: analyse van de registraties van GNd.")


def _id(name: str) -> str:
    return f"{FACILITY_CODE}.{name}"


# Fact ids, read by the criteria and the indicators.
NATIONALITEIT: Final = _id("nederlandse_nationaliteit")
VERBLIJFSVERGUNNING: Final = _id("verblijfsvergunning")
AKKOORD: Final = _id("akkoord_programma")
ARBEIDSGESCHIKT: Final = _id("arbeidsgeschikt")
BEREID: Final = _id("bereid_betaalde_arbeid")
URINECONTROLE: Final = _id("laatste_urinecontrole_schoon")
COMPAGNIEPLAN: Final = _id("compagnieplan")
BUDDY_TOEGEWEZEN: Final = _id("buddy_toegewezen")
BUDDY_ONDERSTEUNING: Final = _id("buddy_ondersteuning")
NETWERK_ONDERSTEUNING: Final = _id("netwerk_ondersteuning")
PARTNERS_BETROKKEN: Final = _id("partners_betrokken")
ARBEIDSCONSULENT: Final = _id("arbeidsconsulent")
VACATURES: Final = _id("vacatures_gezocht")
CONTACT_WERKGEVERS: Final = _id("contact_werkgevers")
GESPREKKEN_WERKGEVERS: Final = _id("gesprekken_werkgevers")
CURSUS: Final = _id("cursus_training")
THEMA_AVOND: Final = _id("thema_avond")
GEDRAGSREGELS: Final = _id("gedragsregels_nageleefd")
GROEP: Final = _id("functioneert_in_groep")
MIDDELEN_VERBLIJF: Final = _id("middelengebruik_verblijf")
EXTRAMURAAL: Final = _id("extramurale_arbeid")
CONTACT_NETWERK: Final = _id("contact_sociaal_netwerk")
EXTRAMURAAL_VOORTGEZET: Final = _id("extramurale_arbeid_voortgezet")
BAAN: Final = _id("baan")
CONTACTEN_WOONOMGEVING: Final = _id("contacten_woonomgeving")


def _stay(
    fact: str,
    label: str,
    sources: tuple[Source, ...],
    description: str,
    *,
    sensitivity: Sensitivity = Sensitivity.ORDINARY,
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> FactDefinition:
    """A yes/no fact about the stay in DC II, recorded once."""
    return FactDefinition(
        id=fact,
        type=FactType.BOOL,
        label=label,
        sources=sources,
        description=description,
        sensitivity=sensitivity,
        valid_from=valid_from,
        valid_until=valid_until,
    )


FACTS: Final[tuple[FactDefinition, ...]] = (
    # At intake (T0).
    FactDefinition(
        id=NATIONALITEIT,
        type=FactType.BOOL,
        label=N_("Nederlandse nationaliteit"),
        description=N_(
            "Bij instroom. ⚠ keuze: bijlage 4 vraagt de nationaliteit (001:L6683); vastgelegd "
            "is alleen of die Nederlands is, want het toelatingscriterium vraagt niet meer "
            "(001:L1578) en een land kan in een groep van enkele tientallen gedetineerden "
            "iemand herkenbaar maken."
        ),
        sources=(
            cite("001:L1578", _ADMISSION),
            cite("001:L6683", N_("Bijlage 4: nationaliteit, geregistreerd bij instroom.")),
        ),
    ),
    FactDefinition(
        id=VERBLIJFSVERGUNNING,
        type=FactType.BOOL,
        label=N_("In het bezit van een Nederlandse verblijfsvergunning"),
        description=N_(
            "Bij instroom; van belang voor wie niet de Nederlandse nationaliteit heeft "
            "(001:L6685-6687)."
        ),
        sources=(
            cite("001:L1578", _ADMISSION),
            cite(
                "001:L6685-6687",
                N_("Bijlage 4: indien van toepassing een Nederlandse verblijfsvergunning."),
            ),
        ),
    ),
    FactDefinition(
        id=AKKOORD,
        type=FactType.BOOL,
        label=N_("Akkoord met deelname aan alle programmaonderdelen van DC II"),
        description=N_("Bij instroom: de gedetineerde gaat akkoord met het hele programma."),
        sources=(cite("001:L1581", _ADMISSION),),
    ),
    FactDefinition(
        id=ARBEIDSGESCHIKT,
        type=FactType.BOOL,
        label=N_("In staat betaalde arbeid uit te voeren (arbeidsgeschikt)"),
        description=N_(
            "Bij instroom. ⚠ keuze: als bijzonder persoonsgegeven behandeld, omdat "
            "arbeidsgeschiktheid op de gezondheid kan berusten; de bronnen zeggen niet hoe "
            "zij wordt vastgesteld (001:L1583, 001:L6699)."
        ),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite("001:L1583", _ADMISSION),
            cite("001:L6699", N_("Bijlage 4: in staat betaalde arbeid uit te voeren.")),
        ),
    ),
    FactDefinition(
        id=BEREID,
        type=FactType.BOOL,
        label=N_("Bereid betaalde arbeid uit te voeren"),
        description=N_("Bij instroom: in aanvang bereid toe te werken naar een betaalde baan."),
        sources=(
            cite("001:L1583", _ADMISSION),
            cite("001:L6701", N_("Bijlage 4: bereid betaalde arbeid uit te voeren.")),
        ),
    ),
    FactDefinition(
        id=URINECONTROLE,
        type=FactType.BOOL,
        label=N_("Laatste urinecontrole schoon"),
        description=N_("Bij de aanmelding: de uitslag van de laatste urinecontrole."),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
        sources=(
            cite(
                "001:L1588",
                N_(
                    "Geen gebruik van gedragsbeïnvloedende middelen, minimaal de laatste "
                    "urinecontrole schoon."
                ),
            ),
            cite("001:L1933", N_("Middelengebruik is een exclusiecriterium voor de doelgroep.")),
        ),
    ),
    # About the stay: the personal plan and its support [001:L1641-1657].
    FactDefinition(
        id=COMPAGNIEPLAN,
        type=FactType.ENUM,
        label=N_("Mijn Compagnieplan"),
        description=N_(
            "Of de gedetineerde een Mijn Compagnieplan met persoonlijke doelen opstelde, en of "
            "hij dat zelfstandig deed. ⚠ keuze: drie waarden, omdat de realisatie spreekt van "
            "'al dan niet zelfstandig' opgesteld (001:L3640-3642) en bijlage 7 van "
            "'zelfstandig' (001:L8411); bijlage 4 vraagt of het plan zelfstandig is opgesteld "
            "(001:L6746-6748)."
        ),
        choices=(
            FactChoice("zelfstandig", N_("zelfstandig opgesteld")),
            FactChoice("met_hulp", N_("opgesteld, niet zelfstandig")),
            FactChoice("geen", N_("geen plan")),
        ),
        sources=(
            cite(
                "001:L1641-1651",
                N_("Elke Compagnon stelt zelf een plan op met persoonlijke doelen."),
            ),
            cite("001:L6746-6748", N_("Bijlage 4: plan zelfstandig opgesteld door gedetineerde.")),
            cite("001:L8410-8413", _APPENDIX_7),
            cite(
                "001:L3640-3642",
                N_("Zeven van de acht stelden al dan niet zelfstandig een plan op."),
            ),
            cite("001:L8437-8438", N_("Eén gedetineerde had geen Mijn Compagnieplan.")),
        ),
    ),
    _stay(
        BUDDY_TOEGEWEZEN,
        N_("Persoonlijke buddy (vrijwilliger) van GNd toegewezen"),
        (
            cite("001:L1713-1716", N_("Compagnons krijgen een persoonlijke buddy van GNd.")),
            cite("001:L6822", N_("Bijlage 4: betrokkenheid persoonlijk maatje GNd.")),
            cite("001:L8418-8419", _APPENDIX_7),
            cite(
                "001:L8437-8438",
                N_("Wie geen Mijn Compagnieplan had, kreeg geen vrijwilliger toegewezen."),
            ),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        BUDDY_ONDERSTEUNING,
        N_("Ondersteund door de persoonlijke buddy bij de uitvoering van het plan"),
        (
            cite("001:L1653-1655", N_("De buddy van GNd monitort en ondersteunt de uitvoering.")),
            cite(
                "001:L6752-6754",
                N_("Bijlage 4: ondersteuning persoonlijke buddy bij uitvoering plan."),
            ),
            cite("001:L8419-8424", _APPENDIX_7),
            cite("001:L3643-3645", N_("Zes van de zeven met een plan kregen steun van een buddy.")),
        ),
        N_(
            "Tijdens het verblijf. ⚠ keuze: ja of nee; wie 'in beperkte mate' steun kreeg, is "
            "nee, zoals bijlage 7 telt (zes van de zeven, 001:L8419-8421, 001:L8428-8430)."
        ),
    ),
    _stay(
        NETWERK_ONDERSTEUNING,
        N_("Ondersteund door het sociaal netwerk bij de uitvoering van het plan"),
        (
            cite("001:L1655-1656", N_("Bij de uitvoering wordt het sociale netwerk betrokken.")),
            cite(
                "001:L6764-6766",
                N_("Bijlage 4: ondersteuning sociaal netwerk bij uitvoering plan."),
            ),
            cite("001:L8426-8428", _APPENDIX_7),
            cite("001:L3646-3648", N_("Dezelfde zes kregen steun van hun sociale netwerk.")),
        ),
        N_("Tijdens het verblijf, bijvoorbeeld door partner, ouders, kinderen of vrienden."),
    ),
    _stay(
        PARTNERS_BETROKKEN,
        N_("Samenwerkingspartner of expert betrokken bij de uitvoering van het plan"),
        (
            cite(
                "001:L6740-6742",
                N_("Bijlage 4: betrokken samenwerkingspartners of expertises."),
            ),
            cite("001:L8432-8434", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    # About the stay: activities toward work (Tabel B7.2).
    _stay(
        ARBEIDSCONSULENT,
        N_("Ondersteund door de arbeidsconsulent"),
        (
            cite("001:L1677-1680", N_("Twee arbeidsconsulenten helpen betaald werk vinden.")),
            cite("001:L6796", N_("Bijlage 4: ondersteuning arbeidsconsulent.")),
            cite("001:L8450", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        VACATURES,
        N_("Zocht actief naar vacatures"),
        (
            cite("001:L1682-1683", N_("Compagnons zoeken zelf (online) naar vacatures.")),
            cite("001:L6798-6800", N_("Bijlage 4: actief zoeken naar vacatures.")),
            cite("001:L8452", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        CONTACT_WERKGEVERS,
        N_("Legde contact met werkgevers"),
        (
            cite("001:L6802-6804", N_("Bijlage 4: contact leggen met werkgevers.")),
            cite("001:L8454", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        GESPREKKEN_WERKGEVERS,
        N_("Voerde gesprekken met werkgevers"),
        (
            cite(
                "001:L1682-1683",
                N_("Compagnons nodigen potentiële werkgevers uit voor een gesprek."),
            ),
            cite("001:L6806-6808", N_("Bijlage 4: gesprekken met werkgevers.")),
            cite("001:L8456", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        CURSUS,
        N_("Nam deel aan een cursus of training binnen DC II"),
        (
            cite("001:L1699-1702", N_("Cursussen en trainingen binnen DC II.")),
            cite("001:L6812", N_("Bijlage 4: deelname cursus of training.")),
            cite("001:L8458", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    _stay(
        THEMA_AVOND,
        N_("Nam deel aan een thema-avond binnen DC II"),
        (
            cite("001:L1703-1704", N_("Thema-avonden met externe sprekers.")),
            cite("001:L6818", N_("Bijlage 4: deelname thema-avond.")),
            cite("001:L8460", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf."),
    ),
    # About the stay: the conditions for taking part (Tabel B7.1).
    _stay(
        GEDRAGSREGELS,
        N_("Leefde de gedragsregels van DC II na"),
        (
            cite("001:L1659-1661", N_("De CompagnieRegels: gedragsregels binnen DC II.")),
            cite("001:L6778", N_("Bijlage 4: naleving gedragsregels DC II.")),
            cite("001:L8370-8371", _APPENDIX_7),
            cite("001:L8397", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf; een voorwaarde voor deelname (001:L8370-8372)."),
    ),
    _stay(
        GROEP,
        N_("Functioneerde naar behoren in groepsverband"),
        (
            cite("001:L6780-6782", N_("Bijlage 4: functioneert naar behoren in groepsverband.")),
            cite("001:L8371-8372", _APPENDIX_7),
            cite("001:L8399", _APPENDIX_7),
        ),
        N_("Tijdens het verblijf; een voorwaarde voor deelname (001:L8370-8372)."),
    ),
    _stay(
        MIDDELEN_VERBLIJF,
        N_("Gebruikte verdovende middelen tijdens het verblijf"),
        (
            cite("001:L8372-8373", _APPENDIX_7),
            cite("001:L8395", _APPENDIX_7),
            cite(
                "001:L3637-3639",
                N_("Eén gedetineerde gebruikte in strijd met de voorwaarden verdovende middelen."),
            ),
            cite(
                "001:L1848-1850",
                N_("Bij overtredingen zoals middelengebruik volgt terugplaatsing in de PI."),
            ),
        ),
        N_("Tijdens het verblijf in DC II, in strijd met de voorwaarden voor deelname."),
        sensitivity=Sensitivity.SPECIAL_CATEGORY,
    ),
    _stay(
        EXTRAMURAAL,
        N_("Werkte extramuraal tijdens de detentie"),
        (
            cite("001:L1669-1671", N_("Compagnons op ZBBI-plaatsen kunnen buiten de PI werken.")),
            cite(
                "001:L6786-6788", N_("Bijlage 4: uitvoering extramurale arbeid tijdens detentie.")
            ),
            cite(
                "001:L3591-3593",
                N_("In DC IIa zijn de ZBBI-plaatsen gesloten: buiten de PI werken kan niet meer."),
            ),
        ),
        N_(
            "Tijdens het verblijf op een ZBBI-plaats van DC II. ⚠ keuze: het feit bestaat van de "
            "opening (januari 2019, dag niet gegeven) tot en met 30 april 2020; vanaf mei 2020 "
            "is werken buiten de PI niet meer mogelijk (001:L3586-3588, 001:L3591-3593)."
        ),
        valid_from=OPENED_ON,
        valid_until=DC_IIA_FROM - dt.timedelta(days=1),
    ),
    _stay(
        CONTACT_NETWERK,
        N_("Had contact met het sociaal netwerk tijdens de detentie"),
        (
            cite(
                "001:L1730-1733",
                N_("Bezoek op de afdeling en dagelijks skypen met het thuisfront."),
            ),
            cite("001:L6832-6834", N_("Bijlage 4: contact met sociaal netwerk tijdens detentie.")),
            cite(
                "001:L8428",
                N_("Contact met de familie liep telefonisch, via skype of door bezoek."),
            ),
        ),
        N_("Tijdens het verblijf, op welke manier ook (telefoon, skype, bezoek)."),
    ),
    # At the eindmeting (T1) and the nameting (T2).
    FactDefinition(
        id=EXTRAMURAAL_VOORTGEZET,
        type=FactType.BOOL,
        label=N_("Extramurale arbeid loopt door na de detentie"),
        description=N_(
            "Voor wie extramuraal werkte: of dat werk na de detentie doorloopt, bij de "
            "eindmeting (T1) en de nameting (T2)."
        ),
        moments=_T1_T2,
        sources=(
            cite("001:L6790-6792", N_("Bijlage 4: continuering extramurale arbeid na detentie.")),
            cite("001:L1674-1675", N_("Extramurale arbeid bouwt een duurzame arbeidsrelatie op.")),
        ),
    ),
    FactDefinition(
        id=BAAN,
        type=FactType.ENUM,
        label=N_("Baan: betaald, onbetaald of onbekend"),
        description=N_(
            "Bij de eindmeting (T1): de baan die tijdens de detentie is gevonden, zoals tabel "
            "B7.3 die telt; bij de nameting (T2): de baan op dat moment. 'Onbekend' is een baan "
            "waarvan niet bekend is of hij betaald is (001:L8464-8465); 'onbetaald' is wat de "
            "realisatie vrijwilligerswerk noemt (001:L3649, 001:L3799-3800)."
        ),
        choices=(
            FactChoice("betaald", N_("betaalde baan")),
            FactChoice("onbetaald", N_("onbetaalde baan (zoals vrijwilligerswerk)")),
            FactChoice("onbekend", N_("baan, onbekend of die betaald is")),
            FactChoice("geen", N_("geen baan")),
        ),
        moments=_T1_T2,
        sources=(
            cite(
                "001:L7002-7012",
                N_("Bijlage 4: betaalde arbeid gevonden en voortgezet, bij eind- en nameting."),
            ),
            cite(
                "001:L7034-7040",
                N_("Bijlage 4: werkrelatie in (on)betaalde arbeid, bij eind- en nameting."),
            ),
            cite(
                "001:L8463-8477",
                N_("Bijlage 7, tabel B7.3: betaalde, onbetaalde of onbekende baan."),
            ),
            cite(
                "001:L3799-3800",
                N_("Alle acht hadden bij vertrek betaald werk of vrijwilligerswerk."),
            ),
        ),
    ),
    FactDefinition(
        id=CONTACTEN_WOONOMGEVING,
        type=FactType.BOOL,
        label=N_("Heeft contacten in de woonomgeving"),
        description=N_("Bij de eindmeting (T1) en de nameting (T2)."),
        moments=_T1_T2,
        sources=(
            cite(
                "001:L7044-7046",
                N_("Bijlage 4: aanwezigheid contacten woonomgeving, eind- en nameting."),
            ),
        ),
    ),
)
"""The facts kv-krimpen declares, in its namespace ``kv-krimpen``."""
