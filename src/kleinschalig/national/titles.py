"""The national legal titles (juridische titels) bundled with the core.

Titles of deprivation of liberty, statuses, modalities, measures, placement bases and
bars, as described in the seeds [policy-model §1, kv-plans §7.2]. Every title cites the
seed lines it rests on; where the sources are vague or inconsistent, ``note`` records
the choice made and cites both passages. Labels, descriptions, notes and source
explanations are Dutch msgids. Entries are ordered by code.
"""

from __future__ import annotations

from typing import Final

from kleinschalig.i18n import N_
from kleinschalig.model.common import Jurisdiction
from kleinschalig.model.sources import LegalSource, cite
from kleinschalig.model.titles import LegalTitle, TitleKind, TitlePhase

__all__ = ["NATIONAL_TITLES"]

_ADULT: Final = (Jurisdiction.ADULT,)
_YOUTH: Final = (Jurisdiction.YOUTH,)
_BOTH: Final = (Jurisdiction.ADULT, Jurisdiction.YOUTH)

NATIONAL_TITLES: Final[tuple[LegalTitle, ...]] = (
    LegalTitle(
        code="adolescentenstrafrecht",
        label=N_("Adolescentenstrafrecht"),
        kind=TitleKind.STATUS,
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L55-61",
                N_(
                    "De KVJJ-doelgroep omvat elke vrijheidsbenemende titel binnen het "
                    "jeugdstrafrecht, ook voor jongeren van 18 jaar en ouder."
                ),
            ),
            cite(
                "003:L69",
                N_(
                    "Jongvolwassenen die bij het delict tussen 18 en 23 jaar waren en bij wie "
                    "het jeugdstrafrecht is toegepast, volgen dezelfde plaatsingsroute naar de "
                    "KVJJ als minderjarigen."
                ),
            ),
        ),
        description=N_(
            "Toepassing van het jeugdstrafrecht op jongvolwassenen die bij het delict tussen "
            "18 en 23 jaar waren. Zij kunnen via dezelfde route als minderjarigen in een KVJJ "
            "worden geplaatst."
        ),
        note=N_(
            "Geregistreerd als status binnen het jeugdstrafrecht (jurisdictie jeugd), hoewel "
            "de betrokkenen meerderjarig zijn: 003:L69 koppelt het aan het jeugdstrafrecht en "
            "003:L61 rekent 18-plussers tot de KVJJ-doelgroep."
        ),
    ),
    LegalTitle(
        code="bjj.48",
        label=N_("Artikel 48 Bjj (tijdelijke plaatsingsgrondslag KVJJ)"),
        kind=TitleKind.PLACEMENT_BASIS,
        jurisdictions=_YOUTH,
        sources=(
            LegalSource(
                law="Beginselenwet justitiële jeugdinrichtingen",
                short_name="Bjj",
                article="48",
                explanation=N_(
                    "Grondslag die in afwachting van nieuwe wetgeving wordt gebruikt voor "
                    "plaatsing in een KVJJ."
                ),
            ),
            cite(
                "003:L65",
                N_(
                    "Er wordt geschreven aan een nieuwe juridische basis voor KVJJ-plaatsingen; "
                    "tot die tijd wordt artikel 48 Bjj gebruikt."
                ),
            ),
        ),
        description=N_(
            "Tijdelijke juridische grondslag voor plaatsingen in een KVJJ, in gebruik totdat "
            "een nieuwe juridische basis is vastgesteld."
        ),
        note=N_(
            "Tijdelijke grondslag: 003:L65 meldt dat aan een nieuwe juridische basis wordt "
            "geschreven, zonder datum. Het BWB-id van de Bjj is niet vastgelegd omdat het hier "
            "niet te verifiëren is."
        ),
    ),
    LegalTitle(
        code="gevangenisstraf",
        label=N_("Gevangenisstraf"),
        kind=TitleKind.DEPRIVATION_OF_LIBERTY,
        jurisdictions=_ADULT,
        sources=(
            cite("002:L47", N_("De gevangenisstraf is de zwaarste straf die Nederland kent.")),
            cite(
                "002:L106",
                N_(
                    "De visie van 2018 gaat over aan volwassenen opgelegde gevangenisstraffen "
                    "in penitentiaire inrichtingen."
                ),
            ),
            cite(
                "002:L139-143",
                N_(
                    "De kern van de gevangenisstraf is vrijheidsontneming voor een bepaalde "
                    "termijn."
                ),
            ),
            cite(
                "002:L185-191",
                N_(
                    "De rechter legt vrijheidsbeneming op als een geldboete of taakstraf niet "
                    "volstaat."
                ),
            ),
        ),
        description=N_(
            "De zwaarste straf in Nederland: de rechter ontneemt de veroordeelde voor een "
            "bepaalde termijn de vrijheid als een geldboete of taakstraf niet volstaat."
        ),
        phases=(
            TitlePhase(
                "basisprogramma",
                N_("Basisprogramma"),
                (
                    cite(
                        "002:L676-686",
                        N_("Een gedetineerde start in principe in het basisprogramma."),
                    ),
                ),
            ),
            TitlePhase(
                "plusprogramma",
                N_("Plusprogramma"),
                (cite("002:L686-715", N_("Promoveren naar het plusprogramma na goed gedrag.")),),
            ),
        ),
    ),
    LegalTitle(
        code="inverzekeringstelling",
        label=N_("Inverzekeringstelling"),
        kind=TitleKind.DEPRIVATION_OF_LIBERTY,
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L69",
                N_(
                    "Jongeren kunnen via een inverzekeringstelling in de KVJJ worden geplaatst; "
                    "voorlopige hechtenis volgt na voorgeleiding bij de rechter-commissaris."
                ),
            ),
        ),
        description=N_(
            "Instroomroute naar de KVJJ: jongeren komen via een inverzekeringstelling of via "
            "doorplaatsing vanuit een FCJ in de KVJJ. Plaatsing in het kader van voorlopige "
            "hechtenis volgt na voorgeleiding bij de rechter-commissaris."
        ),
        note=N_(
            "Alleen 003:L69 noemt de inverzekeringstelling, als instroomroute naar de KVJJ, "
            "zonder beslisser. De Rotterdamse route via het voorgeleidingsformulier "
            "(001:L2578-2579) noemt de titel niet; daarom is alleen de jurisdictie jeugd "
            "geregistreerd."
        ),
    ),
    LegalTitle(
        code="isd",
        label=N_("ISD-maatregel (plaatsing in een inrichting voor stelselmatige daders)"),
        kind=TitleKind.MEASURE,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L45-47",
                N_(
                    "De ISD-maatregel wordt alleen als voorbeeld van een specifieke maatregel "
                    "genoemd."
                ),
            ),
            cite(
                "001:L349-353",
                N_(
                    "KV Almelo sluit een opgelegde ISD-maatregel uit, met uitzondering van de "
                    "extramurale fase."
                ),
            ),
        ),
        description=N_(
            "Maatregel voor stelselmatige daders met een intramurale en een extramurale fase. "
            "De bronnen noemen hem alleen als voorbeeld en als uitsluitingsgrond."
        ),
        phases=(
            TitlePhase(
                code="intramuraal",
                label=N_("Intramurale fase"),
                sources=(
                    cite(
                        "001:L353",
                        N_(
                            "De intramurale fase van de ISD-maatregel valt onder de "
                            "uitsluitingsgrond van KV Almelo."
                        ),
                    ),
                ),
            ),
            TitlePhase(
                code="extramuraal",
                label=N_("Extramurale fase"),
                sources=(
                    cite(
                        "001:L353",
                        N_(
                            "De extramurale fase van de ISD-maatregel is uitgezonderd van de "
                            "uitsluitingsgrond van KV Almelo."
                        ),
                    ),
                ),
            ),
        ),
        note=N_(
            "De bronnen noemen de ISD-maatregel alleen (002:L45-47) en als uitsluitingsgrond "
            "van KV Almelo behalve in de extramurale fase (001:L353). De fasen intramuraal en "
            "extramuraal zijn uit die uitzondering afgeleid; duur en inhoud van de fasen staan "
            "niet in de bronnen."
        ),
    ),
    LegalTitle(
        code="jeugddetentie",
        label=N_("Jeugddetentie"),
        kind=TitleKind.DEPRIVATION_OF_LIBERTY,
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L27",
                N_(
                    "Voor jongeren die uit het FCJ uitstromen is de KVJJ de laatste fase van de "
                    "straf of maatregel."
                ),
            ),
            cite(
                "003:L58",
                N_("Jongeren met een jeugddetentie behoren tot de doelgroep van de KVJJ."),
            ),
            cite(
                "003:L102-112",
                N_(
                    "Aparte plaatsingscriteria voor jongeren met jeugddetentie of PIJ-maatregel "
                    "vanuit een FCJ, waaronder de contra-indicatie plaatsing tijdens "
                    "jeugddetentie met aansluitend een PIJ-maatregel."
                ),
            ),
        ),
        description=N_(
            "Vrijheidsbenemende straf in het jeugdstrafrecht. Jongeren met jeugddetentie kunnen "
            "de laatste fase vanuit een FCJ in een KVJJ doorbrengen."
        ),
    ),
    LegalTitle(
        code="levenslang",
        label=N_("Levenslange gevangenisstraf"),
        kind=TitleKind.DEPRIVATION_OF_LIBERTY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L349-350",
                N_(
                    "Een opgelegde levenslange gevangenisstraf is een uitsluitingsgrond voor KV "
                    "Almelo."
                ),
            ),
            cite(
                "002:L1992-1996",
                N_(
                    "Een wetsvoorstel verankert het gewijzigde beleid voor levenslang en scherpt "
                    "de gratieregeling aan."
                ),
            ),
        ),
        description=N_(
            "Gevangenisstraf voor het leven. De bronnen noemen alleen een wetsvoorstel over het "
            "levenslangbeleid en de uitsluiting ervan bij KV Almelo."
        ),
        note=N_(
            "Alleen genoemd: 002:L1992-1996 kondigt een wetsvoorstel aan en 001:L350 noemt "
            "levenslang als uitsluitingsgrond. Geregistreerd als eigen titel zonder parent, "
            "zodat een voorziening die gevangenisstraf accepteert levenslang niet impliciet "
            "accepteert."
        ),
    ),
    LegalTitle(
        code="pbw.43.3",
        label=N_("Artikel 43 lid 3 Pbw (uitplaatsing uit een PI)"),
        kind=TitleKind.PLACEMENT_BASIS,
        jurisdictions=_ADULT,
        sources=(
            LegalSource(
                law="Penitentiaire beginselenwet",
                short_name="Pbw",
                bwb_id="BWBR0009709",
                article="43",
                paragraph="3",
                explanation=N_(
                    "Wettelijke grondslag voor plaatsing buiten de PI via het uitplaatsingsproces."
                ),
            ),
            cite(
                "001:L1221-1222",
                N_(
                    "Plaatsing in de PI-BW zou verlopen via het bestaande uitplaatsingsproces uit "
                    "een PI op basis van artikel 43 lid 3 Pbw."
                ),
            ),
            cite(
                "001:L1414-1415",
                N_(
                    "Randvoorwaarde: instroom via een uitplaatsingsprocedure uit de PI ex artikel "
                    "43 lid 3 Pbw."
                ),
            ),
            cite(
                "001:L3401-3409",
                N_(
                    "DJI achtte de grondslag ongeschikt: het artikel dient voor plaatsing van "
                    "gedetineerden met een zorgindicatie in een forensische kliniek."
                ),
            ),
            cite(
                "001:L3442-3444",
                N_(
                    "DJI gaf geen toestemming om artikel 43 lid 3 Pbw als juridische basis voor "
                    "de instroom te gebruiken."
                ),
            ),
        ),
        description=N_(
            "Grondslag voor het bestaande uitplaatsingsproces uit een PI, beoogd voor de "
            "instroom in KV Amsterdam (PI-BW)."
        ),
        note=N_(
            "Het plan rekende op deze grondslag (001:L1221-1222, 001:L1414-1415), maar DJI gaf "
            "er geen toestemming voor (001:L3442-3444) en KV Amsterdam ging niet van start. Het "
            "plaatsingsproces zou bovendien kunnen wijzigen doordat de PI-BW een BBA zou worden "
            "(001:L1260-1261)."
        ),
    ),
    LegalTitle(
        code="penitentiair_programma",
        label=N_("Penitentiair programma"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L810-824",
                N_(
                    "Binnen de detentiefasering verblijven gedetineerden met een niet "
                    "v.i.-waardige straf enige tijd buiten de inrichting met een "
                    "re-integratieprogramma."
                ),
            ),
        ),
        description=N_(
            "Voor gedetineerden met een niet v.i.-waardige straf: enige tijd buiten de "
            "inrichting verblijven met een activiteitenprogramma gericht op re-integratie, onder "
            "toezicht."
        ),
        note=N_(
            "002:L814-824 noemt niet wie over deelname aan het penitentiair programma beslist, "
            "noch de duur ervan; de beslisser blijft daarom open."
        ),
    ),
    LegalTitle(
        code="pij",
        label=N_("PIJ-maatregel (plaatsing in een inrichting voor jeugdigen)"),
        kind=TitleKind.MEASURE,
        jurisdictions=_YOUTH,
        sources=(
            cite(
                "003:L59",
                N_(
                    "Resocialiserende jongeren met een PIJ-maatregel behoren tot de doelgroep van "
                    "de KVJJ."
                ),
            ),
            cite(
                "003:L109-110",
                N_(
                    "Vaststaande contra-indicaties bij een PIJ-maatregel: geen verlofstatus die de "
                    "KVJJ kan uitvoeren en een onbekende vervolgplek."
                ),
            ),
            cite(
                "003:L199",
                N_(
                    "Het FCJ is eindverantwoordelijk voor verlofaanvragen en verlengingsadviezen "
                    "van jongeren die naar de KVJJ uitstromen."
                ),
            ),
        ),
        description=N_(
            "Jeugdstrafrechtelijke maatregel van plaatsing in een inrichting voor jeugdigen. "
            "Alleen resocialiserende jongeren met een PIJ-maatregel komen in aanmerking voor een "
            "KVJJ."
        ),
        note=N_(
            "Alleen resocialiserende PIJ-jongeren gaan naar een KVJJ (003:L59); de titel zelf is "
            "breder. De resocialisatiefase is in de bronnen geen aparte titel of fase; de "
            "KVJJ-regels toetsen haar onder meer via de verlofstatus (003:L109)."
        ),
    ),
    LegalTitle(
        code="reintegratieverlof",
        label=N_("Re-integratieverlof"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L719-735",
                N_(
                    "Verlof moet gericht zijn en gedrag moet steeds de basis zijn voor het "
                    "besluit over verlof."
                ),
            ),
            cite(
                "002:L755-761",
                N_(
                    "Algemeen en regimesgebonden verlof worden vervangen door re-integratieverlof: "
                    "kortdurend, langdurig en/of voor extramurale arbeid."
                ),
            ),
            cite(
                "002:L902-904",
                N_(
                    "Verlof wordt voortaan gekoppeld aan concrete persoonsgerichte "
                    "re-integratiedoelen."
                ),
            ),
            cite(
                "002:L1350-1359",
                N_(
                    "Slachtofferbelangen worden meegewogen voordat re-integratieverlof begint; "
                    "voorwaarden zoals een locatie- of contactverbod zijn mogelijk."
                ),
            ),
        ),
        description=N_(
            "Voorgestelde verlofvorm die algemeen en regimesgebonden verlof vervangt en steeds "
            "aan concrete re-integratiedoelen is gekoppeld."
        ),
        note=N_(
            "002 is een beleidsvoornemen uit 2018 (002:L755-761); of het re-integratieverlof is "
            "ingevoerd staat niet in de bronnen. De beslisser over verlof wordt niet genoemd "
            "(002:L731-735), alleen dat gedrag de basis is."
        ),
    ),
    LegalTitle(
        code="reintegratieverlof.extramurale_arbeid",
        label=N_("Re-integratieverlof voor extramurale arbeid"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L759-761",
                N_("Verlof voor extramurale arbeid is een van de vormen van re-integratieverlof."),
            ),
            cite(
                "002:L767-769",
                N_(
                    "Gedetineerden met re-integratieverlof voor extramurale arbeid worden in een "
                    "BBA geplaatst."
                ),
            ),
        ),
        description=N_(
            "Verlof voor werk buiten de gevangenismuren; gedetineerden met dit verlof worden in "
            "een beperkt beveiligde afdeling (BBA) geplaatst."
        ),
        parent="reintegratieverlof",
        note=N_(
            "In de KVM loopt verlof voor extramurale arbeid op de titel Tijdelijk Verlaten "
            "Inrichting (001:L3927-3929), niet op re-integratieverlof (002:L759-761); beide zijn "
            "als aparte titels geregistreerd."
        ),
    ),
    LegalTitle(
        code="reintegratieverlof.kortdurend",
        label=N_("Kortdurend re-integratieverlof"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L757-759",
                N_(
                    "Per gedetineerde wordt bekeken of hij in aanmerking komt voor kortdurend "
                    "verlof."
                ),
            ),
        ),
        description=N_("Kortdurende vorm van re-integratieverlof; de bronnen geven geen duur."),
        parent="reintegratieverlof",
    ),
    LegalTitle(
        code="reintegratieverlof.langdurig",
        label=N_("Langdurig re-integratieverlof"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L757-759",
                N_(
                    "Per gedetineerde wordt bekeken of hij in aanmerking komt voor langdurig "
                    "verlof."
                ),
            ),
        ),
        description=N_("Langdurige vorm van re-integratieverlof; de bronnen geven geen duur."),
        parent="reintegratieverlof",
    ),
    LegalTitle(
        code="schorsing_voorlopige_hechtenis",
        label=N_("Schorsing van de voorlopige hechtenis"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2414-2417",
                N_(
                    "De KV Rotterdam ligt tussen schorsing van de voorlopige hechtenis en "
                    "detentie in, voor verdachten bij wie het feit te ernstig is om te schorsen."
                ),
            ),
            cite(
                "001:L2532-2533",
                N_(
                    "Tijdens het verblijf in de KV wordt de voorlopige hechtenis geschorst om "
                    "werk, opleiding of zorg buiten voort te zetten."
                ),
            ),
            cite(
                "001:L2574-2576",
                N_(
                    "De rechter-commissaris besluit tot plaatsing in de KV en schorst de detentie "
                    "onder voorwaarden voor vijf dagen per week."
                ),
            ),
            cite(
                "001:L2714-2717",
                N_(
                    "Doordat de rechter-commissaris de voorlopige hechtenis schorst, is geen "
                    "instemming van de minister met verlof als tijdelijke basis meer nodig."
                ),
            ),
            cite(
                "001:L4227-4229",
                N_(
                    "De rechter kan ook schorsen met voorwaarden zoals een contactverbod, "
                    "reclasseringstoezicht of elektronische controle."
                ),
            ),
        ),
        description=N_(
            "De rechter-commissaris schorst de voorlopige hechtenis onder voorwaarden, in KV "
            "Rotterdam vijf dagen per week, zodat werk, opleiding of zorg buiten kan doorgaan."
        ),
        note=N_(
            "Het projectplan wilde verlof als tijdelijke juridische basis gebruiken; later "
            "schorst de rechter-commissaris de voorlopige hechtenis (001:L2714-2717). De KV "
            "Rotterdam wordt gepresenteerd als zware vorm van schorsen en niet als lichte vorm "
            "van voorlopige hechtenis (001:L4256-4259), terwijl het plan spreekt van preventieve "
            "hechtenis op een kleine afdeling (001:L2411-2417)."
        ),
    ),
    LegalTitle(
        code="tbs",
        label=N_("Tbs-maatregel (terbeschikkingstelling)"),
        kind=TitleKind.MEASURE,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L349-351",
                N_("Een opgelegde tbs-maatregel is een uitsluitingsgrond voor KV Almelo."),
            ),
            cite(
                "002:L43-45",
                N_("Tbs wordt alleen als voorbeeld van een specifieke maatregel genoemd."),
            ),
        ),
        description=N_(
            "Maatregel van terbeschikkingstelling. De bronnen noemen hem alleen als voorbeeld en "
            "als uitsluitingsgrond."
        ),
        note=N_(
            "Alleen genoemd (002:L43-45) en als uitsluitingsgrond van KV Almelo (001:L351); geen "
            "voorziening in de bronnen neemt tbs op. Geregistreerd zodat uitsluitingsregels "
            "ernaar kunnen verwijzen."
        ),
    ),
    LegalTitle(
        code="tvi",
        label=N_("Tijdelijk verlaten van de inrichting (TVI)"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L2000-2001",
                N_(
                    "Bij de planevaluatie moest nog worden bepaald op welke juridische titel "
                    "verlof voor extramurale arbeid plaatsvindt."
                ),
            ),
            cite(
                "001:L3927-3929",
                N_(
                    "Verlof voor extramurale arbeid in de KVM gebeurt op basis van de juridische "
                    "titel Tijdelijk Verlaten Inrichting, net als in een ZBBI."
                ),
            ),
        ),
        description=N_(
            "Juridische titel waarop het verlof voor extramurale arbeid in de KVM plaatsvindt, "
            "gelijk aan de werkwijze van een ZBBI."
        ),
        note=N_(
            "Bij de planevaluatie was de titel nog open (001:L2000-2001); later is TVI "
            "vastgelegd (001:L3927-3929). De bronnen noemen geen wetsartikel, daarom is er geen "
            "wettelijke bron."
        ),
    ),
    LegalTitle(
        code="uitlevering",
        label=N_("Uitlevering"),
        kind=TitleKind.BAR,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L349-352",
                N_("Vertrekplicht of uitlevering is een uitsluitingsgrond voor KV Almelo."),
            ),
        ),
        description=N_(
            "Uitlevering aan een andere staat; uitsluitingsgrond voor plaatsing in KV Almelo."
        ),
        note=N_(
            "Alleen genoemd als uitsluitingsgrond van KV Almelo (001:L352); hier als landelijke "
            "belemmering geregistreerd, de uitsluiting zelf blijft een regel van de voorziening."
        ),
    ),
    LegalTitle(
        code="vertrekplicht",
        label=N_("Vertrekplicht"),
        kind=TitleKind.BAR,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "001:L349-352",
                N_("Vertrekplicht of uitlevering is een uitsluitingsgrond voor KV Almelo."),
            ),
        ),
        description=N_(
            "Plicht om Nederland te verlaten; uitsluitingsgrond voor plaatsing in KV Almelo."
        ),
        note=N_(
            "Alleen genoemd als uitsluitingsgrond van KV Almelo (001:L352); hier als landelijke "
            "belemmering geregistreerd, de uitsluiting zelf blijft een regel van de voorziening."
        ),
    ),
    LegalTitle(
        code="vi",
        label=N_("Voorwaardelijke invrijheidstelling (v.i.)"),
        kind=TitleKind.MODALITY,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "002:L195-205",
                N_(
                    "Na twee derde van de straf ontstaat van rechtswege aanspraak op v.i., tenzij "
                    "de rechter op vordering van het OM anders bepaalt."
                ),
            ),
            cite(
                "002:L219-228",
                N_(
                    "Het OM beslist over bijzondere voorwaarden en vordert uitstel of afstel bij "
                    "de rechter, die beslist."
                ),
            ),
            cite("002:L281-283", N_("V.i.-waardig zijn gevangenisstraffen van één jaar of meer.")),
            cite(
                "002:L370-400",
                N_(
                    "Voorstel: het OM beslist over verlening en herroeping van de v.i.; een "
                    "adviescollege wordt onderzocht en de rechter kan achteraf toetsen."
                ),
            ),
            cite(
                "002:L812-814",
                N_(
                    "De v.i. biedt gedetineerden met een v.i.-waardige straf de mogelijkheid onder "
                    "toezicht buiten de inrichting te verblijven."
                ),
            ),
        ),
        description=N_(
            "Het laatste deel van een straf van één jaar of meer, buiten de inrichting onder "
            "toezicht en voorwaarden doorgebracht."
        ),
        note=N_(
            "De beslisser verschilt per regeling: nu van rechtswege, met uitstel of afstel door "
            "de rechter op vordering van het OM (002:L199-205); volgens het voorstel van 2018 "
            "beslist het OM (002:L370-374). Of het voorstel is ingevoerd staat niet in de "
            "bronnen; beide regelingen worden als versies gemodelleerd."
        ),
    ),
    LegalTitle(
        code="voorlopige_hechtenis",
        label=N_("Voorlopige hechtenis"),
        kind=TitleKind.DEPRIVATION_OF_LIBERTY,
        jurisdictions=_BOTH,
        sources=(
            cite(
                "001:L2428",
                N_(
                    "De doelgroep van KV Rotterdam bestaat uit mannelijke voorlopig gehechten met "
                    "een strafverwachting van 2 tot 4 maanden."
                ),
            ),
            cite(
                "003:L57",
                N_(
                    "Jongeren in voorlopige hechtenis wachten op de inhoudelijke behandeling van "
                    "hun strafzaak en behoren tot de doelgroep van de KVJJ."
                ),
            ),
            cite(
                "003:L65",
                N_(
                    "Voorlopige hechtenis valt onder de tenuitvoerlegging waarvoor de minister "
                    "voor Rechtsbescherming verantwoordelijk is."
                ),
            ),
            cite(
                "004:L3-6",
                N_(
                    "KV Rotterdam is een variant van voorlopige hechtenis voor preventief "
                    "gehechten, met het oog op de onschuldpresumptie."
                ),
            ),
        ),
        description=N_(
            "Vrijheidsbeneming van een verdachte in afwachting van de inhoudelijke behandeling "
            "van de strafzaak en het oordeel van de rechter."
        ),
        note=N_(
            "Wie de plaats van tenuitvoerlegging bepaalt verschilt: voor jongeren besluit DIZ "
            "(003:L67), in KV Rotterdam besluit de rechter-commissaris over plaatsing "
            "(001:L2574-2576). Beide beslissers zijn als rol geregistreerd."
        ),
    ),
    LegalTitle(
        code="zelfmelder",
        label=N_("Zelfmelder"),
        kind=TitleKind.STATUS,
        jurisdictions=_ADULT,
        sources=(
            cite(
                "000:L4-7",
                N_(
                    "Definitie van zelfmelder; het CJIB bepaalt in opdracht van het OM of een "
                    "veroordeelde in aanmerking komt voor de status van zelfmelder."
                ),
            ),
            cite("000:L47-49", N_("DIZ zette 158 zelfmelders door naar de KVM.")),
            cite(
                "001:L2016-2018",
                N_(
                    "De KVM richt zich op zelfmelders met een korte straf die nog op de "
                    "tenuitvoerlegging wachten."
                ),
            ),
            cite(
                "001:L2138-2141",
                N_(
                    "DIZ roept zelfmelders op met een aankondiging aan de PI en een meldbrief aan "
                    "de zelfmelder."
                ),
            ),
        ),
        description=N_(
            "Iemand die tot een gevangenisstraf is veroordeeld en een oproep krijgt zich zelf "
            "bij een gevangenis te melden. Het CJIB bepaalt in opdracht van het OM wie deze "
            "status krijgt."
        ),
        note=N_(
            "De huidige wetgeving kent geen juridische titel om vanuit vrijheid in de KVM in te "
            "stromen; tijdens de pilot was die niet nodig (000:L148-151). Verlof voor "
            "extramurale arbeid liep op de titel Tijdelijk Verlaten Inrichting "
            "(001:L3927-3929). De status is daarom geregistreerd zonder eigen "
            "plaatsingsgrondslag."
        ),
    ),
)
