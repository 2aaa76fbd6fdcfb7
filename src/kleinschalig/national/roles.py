"""The national partner roles (ketenpartners) bundled with the core.

Organisations and persons that act in a trajectory, as described in the seeds
[policy-model §8.1, kv-plans §1.5-§5.5]. Every role cites the seed lines it rests on;
where the sources are vague or inconsistent, ``note`` records the choice made and cites
both passages. Labels, responsibilities, notes and source explanations are Dutch msgids.
Entries are ordered by code.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.roles import PartnerRole
from kleinschalig.model.sources import cite

__all__ = ["NATIONAL_ROLES"]

_ADULT: Final = (Jurisdiction.ADULT,)
_YOUTH: Final = (Jurisdiction.YOUTH,)
_BOTH: Final = (Jurisdiction.ADULT, Jurisdiction.YOUTH)

NATIONAL_ROLES: Final[tuple[PartnerRole, ...]] = (
    PartnerRole(
        code="adviescollege",
        label=N_("Adviescollege (parole board)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L374-378",
                N_(
                    "Onderzocht wordt hoe een adviescollege van (gedrags)deskundigen het OM kan "
                    "ondersteunen bij de beslissing over verlening van de v.i."
                ),
            ),
        ),
        responsibilities=N_(
            "Zou het OM adviseren over verlening van de voorwaardelijke invrijheidstelling."
        ),
        note=N_(
            "Bestaat alleen als voornemen in onderzoek (002:L374-378); samenstelling en "
            "bevoegdheden staan niet vast."
        ),
    ),
    PartnerRole(
        code="advocaat",
        label=N_("Advocaat (advocatuur)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2566-2572",
                N_(
                    "De advocatuur kan, in overleg met de cliënt, deelnemers bij de "
                    "rechter-commissaris aandragen voor plaatsing in KV Rotterdam en is "
                    "vertegenwoordigd in het Veiligheidshuis."
                ),
            ),
            cite(
                "001:L2662-2666",
                N_(
                    "De advocatuur adviseert de officier van justitie over selectie en verzamelt "
                    "bewijs over werk of opleiding."
                ),
            ),
            cite(
                "001:L4256-4259",
                N_(
                    "Advocaten zetten eerst in op schorsing en sturen pas op plaatsing in de KV "
                    "aan als voorlopige hechtenis onvermijdelijk is."
                ),
            ),
        ),
        responsibilities=N_(
            "Draagt in overleg met de cliënt kandidaten aan bij de rechter-commissaris, "
            "adviseert de officier van justitie over selectie en verzamelt bewijs over werk of "
            "opleiding."
        ),
    ),
    PartnerRole(
        code="casemanager",
        label=N_("Casemanager (DJI)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2143-2171",
                N_(
                    "In de KVM voert de casemanager van de PI de pre-scan, de uitnodiging en de "
                    "screening uit en dient hij het plaatsingsvoorstel in."
                ),
            ),
            cite(
                "002:L632-634",
                N_(
                    "De reclassering brengt haar informatie in het overleg met casemanagers in om "
                    "een beter detentie- en re-integratieplan op te stellen."
                ),
            ),
            cite(
                "002:L1046-1048",
                N_(
                    "De casemanagers in de inrichtingen hebben een cruciale rol in de terugkeer "
                    "naar gemeenten."
                ),
            ),
            cite(
                "004:L17",
                N_(
                    "Elke gedetineerde maakt met hulp van de casemanager en zijn netwerk een plan "
                    "om niet in detentie terug te komen."
                ),
            ),
        ),
        responsibilities=N_(
            "Stelt met de gedetineerde het detentie- en re-integratieplan op en bereidt de "
            "terugkeer naar de gemeente voor. In de KVM voert hij pre-scan, uitnodiging en "
            "screening uit en doet hij het plaatsingsvoorstel."
        ),
    ),
    PartnerRole(
        code="casusregisseur",
        label=N_("Casusregisseur"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L67",
                N_(
                    "Idealiter informeert de casusregisseur de gemeente al in een vroeg stadium "
                    "over een KVJJ-plaatsing."
                ),
            ),
            cite("003:L211", N_("De RvdK voert bij minderjarigen in een strafzaak de casusregie.")),
        ),
        responsibilities=N_(
            "Informeert de gemeente idealiter vroeg over een plaatsing in de KVJJ."
        ),
        note=N_(
            "003:L67 noemt de casusregisseur zonder organisatie; volgens 003:L211 voert de RvdK "
            "de casusregie bij minderjarigen. Voor jongvolwassenen is de casusregisseur niet "
            "benoemd; de rol staat daarom los van de RvdK geregistreerd."
        ),
    ),
    PartnerRole(
        code="cjib",
        label=N_("Centraal Justitieel Incassobureau (CJIB)"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "000:L6-7",
                N_(
                    "Het CJIB bepaalt in opdracht van het OM of een veroordeelde in aanmerking "
                    "komt voor de status van zelfmelder."
                ),
            ),
            cite(
                "001:L3935-3940",
                N_(
                    "Samen met het CJIB wordt gezocht naar de oorzaken van de lage instroom van "
                    "zelfmelders in de KVM."
                ),
            ),
        ),
        responsibilities=N_(
            "Bepaalt in opdracht van het OM of een veroordeelde in aanmerking komt voor de status "
            "van zelfmelder."
        ),
    ),
    PartnerRole(
        code="diz",
        label=N_("Divisie Individuele Zaken (DIZ) van DJI"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "000:L47-49",
                N_("De Dienst Individuele Zaken zette 158 zelfmelders door naar de KVM."),
            ),
            cite(
                "001:L574-575",
                N_(
                    "De selectiefunctionaris van DIZ besluit of een gedetineerde in KV Almelo "
                    "geplaatst kan worden."
                ),
            ),
            cite(
                "001:L2138-2141",
                N_(
                    "DIZ roept zelfmelders op en stuurt een aankondiging aan de PI en een "
                    "meldbrief aan de zelfmelder."
                ),
            ),
            cite(
                "003:L65-67",
                N_(
                    "DIZ voert de plaatsing uit namens de minister, besluit waar de "
                    "tenuitvoerlegging plaatsvindt en toetst criteria en veiligheidsrisico's."
                ),
            ),
            cite(
                "003:L197",
                N_(
                    "DIZ is namens de minister verantwoordelijk en beslissingsbevoegd voor het "
                    "plaatsen van jongeren met een strafrechtelijke titel in de KVJJ."
                ),
            ),
        ),
        responsibilities=N_(
            "Plaatst namens de minister voor Rechtsbescherming en besluit waar de "
            "tenuitvoerlegging plaatsvindt, na toetsing aan de criteria en veiligheidsrisico's. "
            "Roept zelfmelders op."
        ),
        note=N_(
            "Dezelfde eenheid heet 'Dienst Individuele Zaken' in 000:L47-48 en 001:L2138, maar "
            "'Divisie Individuele Zaken' in 003:L65, 003:L197, 001:L574 en 001:L3936. Gekozen is "
            "de code diz met de naam uit het DJI-informatieblad van 2023 (003:L65)."
        ),
    ),
    PartnerRole(
        code="dji",
        label=N_("Dienst Justitiële Inrichtingen (DJI)"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L3397-3401",
                N_(
                    "DJI draagt de verantwoordelijkheid voor alle detentievoorzieningen en kan die "
                    "niet mandateren aan een andere partij."
                ),
            ),
            cite(
                "002:L618-626",
                N_(
                    "DJI screent gedetineerden bij binnenkomst, gericht op een veilig "
                    "detentieklimaat en praktische re-integratiezaken."
                ),
            ),
            cite(
                "002:L1678-1686",
                N_(
                    "DJI-medewerkers worden buitengewoon opsporingsambtenaar en mogen telefoons "
                    "uitlezen; informatie over strafbare feiten gaat naar de politie."
                ),
            ),
            cite(
                "003:L195-197",
                N_(
                    "DJI is opdrachtgever van de KVJJ's, verstrekt subsidie aan een "
                    "jeugdhulpaanbieder en stelt de kaders; KVJJ-capaciteit is DJI-capaciteit."
                ),
            ),
            cite(
                "003:L225",
                N_(
                    "De KVJJ valt onder de besturing van DJI en draait mee in de planning- en "
                    "controlcyclus van DJI."
                ),
            ),
        ),
        responsibilities=N_(
            "Verantwoordelijk voor alle detentievoorzieningen en opdrachtgever van de KVJJ's; "
            "stelt de kaders, financiert en screent gedetineerden bij binnenkomst."
        ),
    ),
    PartnerRole(
        code="fcj",
        label=N_("Forensisch Centrum Jeugd (FCJ)"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L15-17",
                N_(
                    "Jongeren komen in een FCJ als zij niet in een KVJJ geplaatst kunnen worden; "
                    "de KVJJ is een vervolgvoorziening in de laatste fase."
                ),
            ),
            cite("003:L67", N_("Het FCJ adviseert DIZ over de plaats van tenuitvoerlegging.")),
            cite(
                "003:L140",
                N_(
                    "Vanuit het FCJ kan specifieke forensische jeugdexpertise in de KVJJ worden "
                    "ingezet."
                ),
            ),
            cite(
                "003:L199",
                N_(
                    "Het FCJ is eindverantwoordelijk voor verlofaanvragen en verlengingsadviezen "
                    "en speelt een rol bij de aanmelding bij doorstroom van de KVJJ naar het FCJ."
                ),
            ),
        ),
        responsibilities=N_(
            "Adviseert DIZ over plaatsing, is eindverantwoordelijk voor verlofaanvragen en "
            "verlengingsadviezen van jongeren die naar de KVJJ uitstromen en levert forensische "
            "jeugdexpertise."
        ),
    ),
    PartnerRole(
        code="gemeente",
        label=N_("Gemeente"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "002:L1300-1316",
                N_(
                    "Gemeenten ondersteunen gedetineerden bij de basisvoorwaarden en moeten weten "
                    "wanneer hun ingezetenen gedetineerd zijn."
                ),
            ),
            cite(
                "002:L1363-1371",
                N_(
                    "Het convenant Re-integratie (ex-)gedetineerden van 2018 regelt onder meer de "
                    "rol van gemeenten bij kortgedetineerden."
                ),
            ),
            cite(
                "003:L67",
                N_(
                    "De gemeente wordt over een KVJJ-plaatsing geïnformeerd, in ieder geval met "
                    "een "
                    "automatische melding via INJUS."
                ),
            ),
            cite(
                "003:L165",
                N_(
                    "Volgens het woonplaatsbeginsel is de gemeente van inschrijving "
                    "verantwoordelijk voor jeugdhulp, jeugdbescherming en jeugdreclassering."
                ),
            ),
            cite(
                "003:L207",
                N_(
                    "De gemeente is verantwoordelijk voor de veiligheid, verbindt straf en gewone "
                    "leven, vormt een sluitend (na)zorgnetwerk en financiert de jeugdzorg."
                ),
            ),
            cite(
                "004:L17",
                N_(
                    "In KV Rotterdam wordt de gemeente waar nodig bij de uitvoering van het plan "
                    "betrokken."
                ),
            ),
        ),
        responsibilities=N_(
            "Verantwoordelijk voor veiligheid en (na)zorg en, volgens het woonplaatsbeginsel, voor "
            "jeugdhulp, jeugdbescherming en jeugdreclassering. Ondersteunt (ex-)gedetineerden bij "
            "de basisvoorwaarden en wordt over detentie van ingezetenen geïnformeerd."
        ),
    ),
    PartnerRole(
        code="jeugdhulpaanbieder",
        label=N_("Jeugdhulpaanbieder (uitvoerder KVJJ)"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L197",
                N_(
                    "DJI verstrekt subsidie aan een jeugdhulpaanbieder en stelt de kaders voor de "
                    "opdracht."
                ),
            ),
            cite(
                "003:L201-203",
                N_(
                    "De jeugdhulpaanbieder voert de KVJJ uit: dagelijkse zorg en begeleiding en "
                    "afstemming met lokale ketenpartners over plaatsing, informatie-uitwisseling "
                    "en communicatie met de wijk."
                ),
            ),
            cite(
                "003:L225",
                N_(
                    "De jeugdhulpaanbieder bestuurt de KVJJ, heeft een subsidierelatie met DJI en "
                    "valt onder de besturing van DJI."
                ),
            ),
        ),
        responsibilities=N_(
            "Voert de KVJJ uit met DJI-subsidie: dagelijkse zorg en begeleiding van de jongeren en "
            "afstemming met lokale ketenpartners."
        ),
        note=N_(
            "003 onderscheidt de jeugdhulpaanbieder die de KVJJ uitvoert (003:L201-203) van de "
            "jeugdzorgaanbieder of ketenpartner die de hulp onder de Jeugdwet biedt (003:L136). "
            "Die laatste is onder de rol zorgaanbieder geregistreerd."
        ),
    ),
    PartnerRole(
        code="jeugdreclassering",
        label=N_("Jeugdreclassering"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L132",
                N_("Na het verblijf hebben de RvdK en de (jeugd)reclassering een belangrijke rol."),
            ),
            cite(
                "003:L165",
                N_(
                    "De gemeente van inschrijving is verantwoordelijk voor de inzet van "
                    "jeugdreclassering."
                ),
            ),
            cite(
                "003:L221",
                N_(
                    "De (jeugd)reclassering houdt toezicht, stelt bij de start met de jongere en "
                    "de "
                    "KVJJ een plan op, voert het uit en maakt afspraken over vrijheden."
                ),
            ),
        ),
        responsibilities=N_(
            "Houdt toezicht op en begeleidt jongeren tijdens het KVJJ-verblijf, stelt het plan op "
            "en voert het uit, maakt afspraken over vrijheden, controleert de naleving en helpt "
            "bij het vinden van dagbesteding."
        ),
        note=N_(
            "003:L221 schrijft '(jeugd)reclassering' zonder te zeggen wanneer de "
            "volwassenenreclassering optreedt. Gekozen is een aparte rol jeugdreclassering; voor "
            "jongvolwassenen kan de rol reclassering (3RO) dezelfde taken hebben (003:L67, "
            "003:L211)."
        ),
    ),
    PartnerRole(
        code="minister_rb",
        label=N_("Minister voor Rechtsbescherming"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L2714-2717",
                N_(
                    "Voor verlof als tijdelijke basis in KV Rotterdam was instemming van de "
                    "minister van Justitie en Veiligheid vereist; door schorsing is die niet meer "
                    "nodig."
                ),
            ),
            cite(
                "003:L65",
                N_(
                    "De minister voor Rechtsbescherming is verantwoordelijk voor de "
                    "tenuitvoerlegging van vrijheidsbenemende straffen en maatregelen, inclusief "
                    "voorlopige hechtenis, en plaatst jongeren."
                ),
            ),
            cite("003:L73", N_("DIZ plaatst namens de minister voor Rechtsbescherming.")),
        ),
        responsibilities=N_(
            "Verantwoordelijk voor de tenuitvoerlegging van vrijheidsbenemende straffen en "
            "maatregelen, inclusief voorlopige hechtenis; plaatst formeel, in de praktijk via DIZ."
        ),
        note=N_(
            "003:L65 noemt de minister voor Rechtsbescherming (jeugd); 001:L2714-2715 noemt voor "
            "KV Rotterdam de minister van Justitie en Veiligheid. Beide zijn als één ministersrol "
            "voor volwassenen en jeugd geregistreerd."
        ),
    ),
    PartnerRole(
        code="netwerk",
        label=N_("Sociaal netwerk en familie"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "003:L27",
                N_(
                    "Tijdens het KVJJ-verblijf wordt het contact met de ouders en het netwerk "
                    "opgestart of in stand gehouden."
                ),
            ),
            cite(
                "004:L11",
                N_(
                    "In KV Rotterdam werken professionals, de gedetineerde en zijn familie of "
                    "netwerk samen aan wat nodig is."
                ),
            ),
            cite(
                "004:L17-18",
                N_(
                    "De gedetineerde maakt met zijn steunende netwerk een plan; bij uitstroom "
                    "worden afspraken gemaakt over de rol van steunende partners na detentie."
                ),
            ),
        ),
        responsibilities=N_(
            "Werkt mee aan het plan van de gedetineerde en heeft een rol na detentie; het contact "
            "wordt tijdens het verblijf in stand gehouden."
        ),
    ),
    PartnerRole(
        code="om",
        label=N_("Openbaar Ministerie (OM)"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "000:L6-7",
                N_("Het CJIB bepaalt in opdracht van het OM wie de status van zelfmelder krijgt."),
            ),
            cite(
                "001:L2144", N_("In de pre-scan van de KVM checkt het OM op lopende onderzoeken.")
            ),
            cite(
                "001:L2610",
                N_(
                    "In KV Rotterdam draagt het OM kandidaten voor aan de rechter-commissaris of "
                    "de raadkamer."
                ),
            ),
            cite(
                "002:L219-228",
                N_(
                    "Het OM beslist over bijzondere voorwaarden bij de v.i. en vordert uitstel of "
                    "afstel bij de rechter."
                ),
            ),
            cite(
                "002:L370-390",
                N_("Voorstel: het OM beslist over verlening en herroeping van de v.i."),
            ),
            cite(
                "002:L1344-1350",
                N_(
                    "Het OM kan aangeven dat iemand niet in de buurt van de eigen woonplaats moet "
                    "worden gedetineerd."
                ),
            ),
            cite("003:L67", N_("Akkoord van het OM met plaatsing in een KVJJ is een vereiste.")),
            cite(
                "003:L215-217",
                N_(
                    "De officier van justitie kan plaatsing in de KVJJ vorderen; het OM geeft "
                    "voorafgaand aan elke plaatsing een akkoord."
                ),
            ),
        ),
        responsibilities=N_(
            "Geeft akkoord op elke KVJJ-plaatsing en kan die vorderen; beslist over bijzondere "
            "voorwaarden bij de v.i. (en volgens het voorstel over verlening en herroeping); "
            "bepaalt via het CJIB de zelfmelderstatus; draagt in Rotterdam kandidaten voor."
        ),
        note=N_(
            "Volgens 003:L215 kunnen zowel de officier van justitie als de rechter plaatsing in "
            "de KVJJ vorderen, terwijl 003:L67 alleen het akkoord van het OM als vereiste noemt. "
            "Beide zijn als mogelijke aanvrager gemodelleerd."
        ),
    ),
    PartnerRole(
        code="ouders",
        label=N_("Ouders"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L27",
                N_(
                    "Het contact met de ouders wordt tijdens het KVJJ-verblijf zo goed mogelijk "
                    "in stand gehouden."
                ),
            ),
            cite(
                "003:L136",
                N_("De KVJJ ondersteunt jongeren en hun ouders bij het opstellen van een plan."),
            ),
            cite(
                "003:L175-183",
                N_(
                    "Tijdens voorlopige hechtenis blijven kosten zoals vervoer, "
                    "ziektekostenverzekering en zakgeld voor rekening van de ouders."
                ),
            ),
        ),
        responsibilities=N_(
            "Worden ondersteund bij het opstellen van het plan van de jongere en dragen tijdens "
            "voorlopige hechtenis bepaalde kosten."
        ),
        note=N_(
            "003:L183 zegt nog niet hoe de kosten lopen voor jongeren die niet meer bij hun "
            "ouders staan ingeschreven."
        ),
    ),
    PartnerRole(
        code="pi_directie",
        label=N_("Directie van de PI"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2170-2171",
                N_(
                    "In de KVM neemt de directie van de PI het plaatsingsbesluit op basis van het "
                    "plaatsingsvoorstel."
                ),
            ),
            cite(
                "001:L2253-2261",
                N_(
                    "PI Middelburg is eindverantwoordelijk voor het project en het instroomproces "
                    "en besluit tot plaatsing in de KV."
                ),
            ),
            cite(
                "002:L840-844",
                N_(
                    "De directeur doet altijd aangifte van agressie en geweld tegen personeel en "
                    "kan ook in andere gevallen aangifte doen."
                ),
            ),
        ),
        responsibilities=N_(
            "Doet aangifte van agressie tegen personeel; besluit in de KVM over plaatsing."
        ),
        note=N_(
            "In de KVM besluit de directie van de PI over plaatsing (001:L2170-2171), terwijl "
            "elders DIZ plaatst (003:L197, 001:L574-575). De plaatsingsbeslisser is daarom per "
            "voorziening in te stellen."
        ),
    ),
    PartnerRole(
        code="plaatsingskantoor",
        label=N_("Plaatsingskantoor van DJI"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2578-2579",
                N_(
                    "De daadwerkelijke plaatsing in KV Rotterdam loopt via het plaatsingskantoor "
                    "van DJI, door vermelding op het voorgeleidingsformulier."
                ),
            ),
        ),
        responsibilities=N_(
            "Voert de daadwerkelijke plaatsing uit op basis van het voorgeleidingsformulier."
        ),
        note=N_(
            "001:L2578-2579 zegt niet hoe het plaatsingskantoor zich verhoudt tot DIZ; het is als "
            "aparte rol geregistreerd."
        ),
    ),
    PartnerRole(
        code="politie",
        label=N_("Politie"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2145",
                N_("In de pre-scan van de KVM controleert de politie op actuele meldingen."),
            ),
            cite(
                "001:L2165-2166",
                N_("De politie voert op verzoek van de casemanager de werkgeverscheck uit."),
            ),
            cite(
                "001:L2656-2658",
                N_(
                    "In KV Rotterdam adviseert de politie de officier van justitie over de "
                    "selectie."
                ),
            ),
            cite(
                "002:L844-848",
                N_("DJI maakt met politie en OM afspraken over aangifte en het vervolg daarop."),
            ),
            cite(
                "002:L1684-1686",
                N_(
                    "Informatie over strafbare feiten wordt aan de politie overgedragen voor "
                    "vervolgonderzoek."
                ),
            ),
            cite(
                "002:L1747-1751",
                N_(
                    "Met ketenpartners worden risicoprofielen van gedetineerden opgesteld voor "
                    "vervoer en plaatsing."
                ),
            ),
        ),
        responsibilities=N_(
            "Volgt aangiften op, neemt informatie over strafbare feiten over, controleert in de "
            "KVM-pre-scan op actuele meldingen en voert de werkgeverscheck uit; adviseert in "
            "Rotterdam over selectie."
        ),
        note=N_(
            "Of de politiecontrole op actuele meldingen deel wordt van de KVM-pre-scan was nog "
            "niet zeker (001:L2145, voetnoot 001:L2189)."
        ),
    ),
    PartnerRole(
        code="rc",
        label=N_("Rechter-commissaris (RC)"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L2574-2576",
                N_(
                    "In KV Rotterdam besluit de rechter-commissaris tot plaatsing en schorst hij "
                    "de "
                    "detentie onder voorwaarden voor vijf dagen per week."
                ),
            ),
            cite(
                "001:L2612-2614",
                N_(
                    "De rechter-commissaris besluit tot plaatsing in de KV en schorsing onder "
                    "voorwaarden."
                ),
            ),
            cite(
                "003:L67",
                N_(
                    "De rechter-commissaris kan DIZ adviseren over de plaats van tenuitvoerlegging."
                ),
            ),
            cite(
                "003:L69",
                N_(
                    "Plaatsing in het kader van voorlopige hechtenis volgt na voorgeleiding bij "
                    "de rechter-commissaris."
                ),
            ),
            cite(
                "003:L215",
                N_(
                    "De rechter-commissaris kan het advies van RvdK/3RO opnemen in het besluit tot "
                    "voorlopige hechtenis."
                ),
            ),
        ),
        responsibilities=N_(
            "Beslist na voorgeleiding over voorlopige hechtenis en kan een plaatsingsadvies daarin "
            "opnemen; in KV Rotterdam besluit hij over plaatsing en schorsing onder voorwaarden."
        ),
        note=N_(
            "Voor jongeren adviseert de rechter-commissaris DIZ, dat beslist (003:L67); in KV "
            "Rotterdam beslist de rechter-commissaris zelf over plaatsing (001:L2574-2576)."
        ),
    ),
    PartnerRole(
        code="rechter",
        label=N_("Rechter (rechterlijke macht)"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L4227-4229",
                N_(
                    "De rechter kan voorlopige hechtenis schorsen met voorwaarden zoals een "
                    "contactverbod, reclasseringstoezicht of elektronische controle."
                ),
            ),
            cite(
                "002:L185-191",
                N_("De rechter legt vrijheidsbeneming op als andere straffen niet volstaan."),
            ),
            cite(
                "002:L225-228",
                N_("De rechter beslist op vordering van het OM over uitstel of afstel van de v.i."),
            ),
            cite(
                "002:L398-400",
                N_(
                    "Veroordeelden kunnen beslissingen van het OM over de v.i. achteraf door een "
                    "rechter laten toetsen."
                ),
            ),
            cite(
                "002:L1520-1522",
                N_("De strafrechter kan worden gevraagd een civiele zorgmachtiging op te leggen."),
            ),
            cite(
                "003:L65",
                N_(
                    "De rechter bepaalt of vrijheidsbeneming aan de orde is en kan advies "
                    "uitbrengen over de plaats van tenuitvoerlegging."
                ),
            ),
            cite(
                "003:L215",
                N_(
                    "De rechter kan op basis van het advies van RvdK/3RO plaatsing in de KVJJ "
                    "vorderen."
                ),
            ),
        ),
        responsibilities=N_(
            "Bepaalt of vrijheidsbeneming aan de orde is en kan over de plaats adviseren; beslist "
            "nu over uitstel of afstel van de v.i. en toetst volgens het voorstel achteraf; kan "
            "een "
            "civiele zorgmachtiging opleggen."
        ),
        note=N_(
            "003:L215 zegt dat ook de rechter plaatsing in de KVJJ kan 'vorderen', wat elders een "
            "bevoegdheid van het OM is (003:L67); dit is letterlijk overgenomen en als mogelijke "
            "aanvraag gemodelleerd."
        ),
    ),
    PartnerRole(
        code="reclassering",
        label=N_("Reclassering (3RO)"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L2161-2169",
                N_(
                    "In de KVM voert de reclassering de screening en de risicotaxatie uit en geeft "
                    "zij een plaatsingsadvies."
                ),
            ),
            cite(
                "001:L4011-4015",
                N_(
                    "Wegens capaciteitsgebrek doet de PI het advies na de pre-scan in plaats van "
                    "de reclassering."
                ),
            ),
            cite(
                "002:L388-398",
                N_(
                    "Reclassering en OM kunnen sneller handelen bij overtreding van bijzondere "
                    "voorwaarden."
                ),
            ),
            cite(
                "002:L628-634",
                N_(
                    "De reclassering gaat na wat over een nieuwe gedetineerde bekend is en brengt "
                    "dat in bij de casemanagers."
                ),
            ),
            cite(
                "002:L1405-1423",
                N_(
                    "De reclassering brengt met DJI-casemanagers re-integratiekansen in beeld, "
                    "biedt gedragsinterventies aan en schat recidiverisico's in."
                ),
            ),
            cite(
                "002:L1593-1595",
                N_(
                    "De reclassering start in 2018 pilots met vrijwilligers binnen het "
                    "reclasseringstoezicht."
                ),
            ),
            cite(
                "003:L67",
                N_(
                    "3RO adviseert DIZ over de plaats van tenuitvoerlegging en stemt de plaatsing "
                    "af met de KVJJ."
                ),
            ),
            cite(
                "003:L211",
                N_(
                    "RvdK/3RO spreekt de jongere in voorlopige hechtenis en adviseert OM, "
                    "rechterlijke macht en DIZ over geschiktheid voor de KVJJ."
                ),
            ),
            cite("004:L17", N_("In KV Rotterdam voert de reclassering gedragsinterventies uit.")),
        ),
        responsibilities=N_(
            "Adviseert over plaatsing en geschiktheid, brengt bekende informatie en "
            "recidiverisico's in, biedt gedragsinterventies en houdt reclasseringstoezicht; in de "
            "KVM screent zij en doet zij de risicotaxatie."
        ),
        note=N_(
            "In de KVM verschoof het advies na de pre-scan van de reclassering naar de PI "
            "(001:L2161-2169 tegenover 001:L4011-4015); de taakverdeling is daarom per "
            "voorziening in te stellen."
        ),
    ),
    PartnerRole(
        code="rvdk",
        label=N_("Raad voor de Kinderbescherming (RvdK)"),
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L67",
                N_(
                    "De RvdK adviseert DIZ en neemt contact op met de KVJJ om de plaatsing te "
                    "bespreken."
                ),
            ),
            cite(
                "003:L132",
                N_("Na het verblijf hebben de RvdK en de (jeugd)reclassering een belangrijke rol."),
            ),
            cite(
                "003:L211",
                N_(
                    "De RvdK spreekt de jongere in voorlopige hechtenis, adviseert OM, "
                    "rechterlijke "
                    "macht en DIZ, voert de casusregie en zit het trajectberaad voor."
                ),
            ),
        ),
        responsibilities=N_(
            "Spreekt de jongere in voorlopige hechtenis en adviseert OM, rechterlijke macht en DIZ "
            "over KVJJ-plaatsing na afstemming met de KVJJ; voert de casusregie bij minderjarigen "
            "en zit het trajectberaad over nazorg voor."
        ),
    ),
    PartnerRole(
        code="slachtoffer",
        label=N_("Slachtoffers en nabestaanden"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "002:L320-336",
                N_(
                    "De belangen van slachtoffers zijn een criterium bij de beslissing over de "
                    "v.i., bijvoorbeeld via locatie- of contactverboden."
                ),
            ),
            cite(
                "002:L1344-1359",
                N_(
                    "Slachtofferbelangen kunnen plaatsing buiten de woonplaats vereisen en worden "
                    "meegewogen bij re-integratieverlof."
                ),
            ),
            cite(
                "003:L92",
                N_(
                    "Nabijheid van het slachtoffer is een te wegen contra-indicatie voor "
                    "KVJJ-plaatsing in voorlopige hechtenis."
                ),
            ),
            cite(
                "003:L120",
                N_(
                    "Nabijheid van het slachtoffer is een te wegen contra-indicatie voor "
                    "KVJJ-plaatsing vanuit het FCJ."
                ),
            ),
        ),
        responsibilities=N_(
            "Hun belangen worden meegewogen bij de v.i., bij verlof en bij regionale plaatsing."
        ),
    ),
    PartnerRole(
        code="veiligheidshuis",
        label=N_("Veiligheidshuis"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2146-2149",
                N_(
                    "In de KVM-pre-scan gaat het Veiligheidshuis na of er contra-indicaties zijn "
                    "en "
                    "meldt alleen of het bezwaar heeft."
                ),
            ),
            cite(
                "001:L2209-2215",
                N_(
                    "Veiligheidshuis Vlissingen voert de pre-scan uit, ondersteunt gedetineerden "
                    "en biedt nazorg."
                ),
            ),
            cite(
                "001:L2570-2572",
                N_(
                    "Voordracht voor KV Rotterdam kan via de backoffice van het Veiligheidshuis "
                    "Rotterdam Rijnmond."
                ),
            ),
            cite(
                "001:L2686-2694",
                N_(
                    "De ketenpartners in het Veiligheidshuis Rotterdam Rijnmond selecteren "
                    "gedetineerden en bieden arbeidsre-integratietrajecten."
                ),
            ),
            cite(
                "002:L1536-1540",
                N_(
                    "Gemeenten, veiligheidshuizen, politie, OM en zorgaanbieders werken samen om "
                    "ex-gedetineerden zo lang als nodig zorg te bieden."
                ),
            ),
        ),
        responsibilities=N_(
            "Biedt met ketenpartners zorg en nazorg aan ex-gedetineerden; doet in de KVM mee aan "
            "de pre-scan en is in Rotterdam een selectiekanaal."
        ),
        note=N_(
            "Het Middelburgse Veiligheidshuis heet 'Veiligheidshuis Vlissingen' in 001:L2209 en "
            "'Veiligheidshuis Zeeland' in 001:L2904; de landelijke rol laat de vestiging open."
        ),
    ),
    PartnerRole(
        code="vrijwilliger",
        label=N_("Vrijwilliger"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2536-2542",
                N_(
                    "In KV Rotterdam ondernemen getrainde vrijwilligers van Gevangenenzorg "
                    "Nederland activiteiten en voeren zij gesprekken met gedetineerden."
                ),
            ),
            cite(
                "002:L1447-1459",
                N_(
                    "Vrijwilligers ondersteunen gedetineerden in het re-integratiecentrum en geven "
                    "SOS-cursussen over de gevolgen van criminaliteit voor het slachtoffer."
                ),
            ),
            cite(
                "002:L1589-1595",
                N_(
                    "Extra geld voor vrijwilligers bij re-integratie en pilots met vrijwilligers "
                    "binnen het reclasseringstoezicht."
                ),
            ),
        ),
        responsibilities=N_(
            "Ondersteunt gedetineerden vanuit een onafhankelijke vertrouwenspositie, onder meer in "
            "het re-integratiecentrum en met SOS-cursussen."
        ),
        note=N_(
            "In KV Rotterdam zijn vrijwilligers van Gevangenenzorg Nederland actief "
            "(001:L2536-2537), terwijl de stichting alleen als potentiële adviespartner wordt "
            "genoemd (001:L2697-2699)."
        ),
    ),
    PartnerRole(
        code="werkgever",
        label=N_("Werkgever"),
        jurisdictions=_ADULT,
        sources=(
            cite(
                "000:L116-122",
                N_("Werkgevers van KVM-gedetineerden kunnen arbeidsrechtelijke vragen hebben."),
            ),
            cite(
                "000:L129-133",
                N_(
                    "De KVM zou werkgevers kunnen wijzen op informatiebronnen voor "
                    "arbeidsrechtelijke vragen."
                ),
            ),
            cite(
                "001:L2041-2043",
                N_(
                    "Hard criterium: als de werkgever niet meewerkt aan controles door de KV, kan "
                    "de gedetineerde niet instromen."
                ),
            ),
            cite(
                "001:L2163-2166",
                N_(
                    "De casemanager bezoekt de werkgever voor afspraken over controles en "
                    "toestemming voor de werkgeverscheck."
                ),
            ),
        ),
        responsibilities=N_(
            "Houdt de gedetineerde in dienst en stemt in met controles op het werk en met de "
            "werkgeverscheck; dit is in de KVM een hard criterium."
        ),
    ),
    PartnerRole(
        code="zorgaanbieder",
        label=N_("Zorgaanbieder"),
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L2520-2525",
                N_(
                    "In KV Rotterdam bieden zorgpartners ambulante begeleiding, in of buiten de KV."
                ),
            ),
            cite(
                "002:L1129-1133",
                N_(
                    "Het gevangeniswezen zoekt de verbinding met partners zoals reclassering, "
                    "gemeenten, zorgaanbieders en wijkteams."
                ),
            ),
            cite(
                "002:L1512-1522",
                N_(
                    "Zorgaanbieders, waaronder PI's, bereiden op grond van de Wet forensische zorg "
                    "zes weken voor het einde van de detentie aansluitende zorg voor."
                ),
            ),
            cite(
                "002:L1530-1540",
                N_(
                    "Zorgverzekeraars en zorgaanbieders maken afspraken over beschikbaarheid van "
                    "beveiligde zorg."
                ),
            ),
            cite(
                "003:L136",
                N_(
                    "Hulp onder de Jeugdwet komt van een jeugdzorgaanbieder of ketenpartner in de "
                    "stad of regio, niet van de KVJJ zelf."
                ),
            ),
        ),
        responsibilities=N_(
            "Zet zorgtrajecten voort tijdens en na detentie, bereidt aansluitende zorg voor en "
            "biedt hulp onder de Jeugdwet buiten de KVJJ."
        ),
    ),
)
