"""Every citation of an indicator (and of a national fact) names the concept it is cited for.

Issue 17 found citations that pointed at existing, non-blank lines about something
else: a label "licht verstandelijke beperking" citing "ernstige (verstandelijke)
beperking", a regional tie citing a travel distance, a placement decision citing an
invitation letter. ``tests/test_plugin_citations.py`` checks that cited lines exist;
this module checks what they say.

The check: each indicator and fact below carries the Dutch key terms of its concept
(``TERMS``), chosen by reading the sources. For every citation of it, the cited seed
lines are joined into one text — a hyphen at the end of a line joins the word parts
(``versla-`` / ``vingsproblematiek``), soft hyphens are dropped, whitespace is one
space, case is ignored — and at least one of the terms must occur in that text. The
text is also read with the line-end hyphen kept, for words that have a hyphen of their
own (``arbeidsre-`` / ``integratietraject``). An indicator measured at T2 must in
addition cite at least one line that places it after outflow (``nameting``, ``na
uitstroom``, ``sinds datum uitstroom``, ...).

A new core indicator or fact without terms fails ``test_every_core_item_has_its_terms``:
whoever adds one states in Dutch what its sources must say. The terms live here and not
in the data: the data format has no field for them, and they are a check on the data,
not part of it. The check reads the seeds, which live beside the repository; without
them those tests are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from kleinschalig.model.indicators import IndicatorMoment
from kleinschalig.model.sources import DocumentSource, Source, cite
from kleinschalig.national.facts import NATIONAL_FACTS
from kleinschalig.national.indicators import CORE_INDICATORS
from kleinschalig.plugins import HostConfig, PluginHost
from tests.conftest import SEEDS, needs_seeds

_FG = ("voorlopige hechtenis", "veroordeling", "incident", "aangifte")
_PLACED = ("besluit", "plaatsing", "controle aanmelding door diz")

#: Indicator or fact id -> the Dutch terms one of which every citation of it must contain.
TERMS: dict[str, tuple[str, ...]] = {
    # impact: recidivism after outflow
    "core.fg.conviction": ("veroordeling",),
    "core.fg.police_incident": ("nieuw incident",),
    "core.fg.police_report": ("aangifte",),
    "core.fg.pretrial_detention": ("voorlopige hechtenis",),
    "core.fg.recidive": _FG,
    # inflow
    "core.in.aanbod-afgeslagen": ("interesse", "geïnteresseerd"),
    "core.in.geplaatst": _PLACED,
    "core.in.terugkoppeling": ("terugkoppeling",),
    "core.in.uitzondering": ("uitzondering", "voldeed echter volledig aan selectiecriteria"),
    "core.in.verwijzer": ("aangemeld", "aandragen", "lijst dji", "meldbrief"),
    # long-term outcomes: life domains (T0→T1 and T0→T2) and network at T2
    "core.lt.leefgebied.attitude_behaviour": ("houding/gedrag",),
    "core.lt.leefgebied.finances": ("financiële situatie",),
    "core.lt.leefgebied.housing": ("woonsituatie",),
    "core.lt.leefgebied.leisure": ("vrijetijdsbesteding",),
    "core.lt.leefgebied.psychological_wellbeing": ("psychisch welbevinden",),
    "core.lt.leefgebied.social_network": ("sociaal netwerk",),
    "core.lt.leefgebied.substance_use": ("middelengebruik",),
    "core.lt.leefgebied.work_activity_education": ("werk/dagbesteding/opleiding",),
    "core.lt.steunend-netwerk.t2": ("ondersteunend sociaal netwerk",),
    # outflow
    "core.of.dagbesteding-behouden": ("bij uitstroom",),
    "core.of.teruggeplaatst": ("teruggeplaatst", "intramuraal geplaatst"),
    "core.of.verblijfsduur": ("datum van instroom", "datum uitstroom"),
    # short-term outcomes
    "core.st.afspraken-professionals": ("afspraken",),
    "core.st.basisvoorwaarden": ("basisvoorwaarden",),
    "core.st.bv.care_insurance": ("zorgverzekering",),
    "core.st.bv.debts": ("schulden",),
    "core.st.bv.housing": ("huisvesting", "onderdak"),
    "core.st.bv.id_document": ("identiteitsbewijs",),
    "core.st.bv.income": ("inkomen",),
    "core.st.dagbesteding-hele-detentie": ("tijdens de gehele periode",),
    "core.st.motivatie-uitstroom": ("delictvrije toekomst",),
    "core.st.ondersteuning-na-uitstroom": ("continuering",),
    "core.st.steunend-netwerk": ("ondersteunend sociaal netwerk",),
    # target group at intake
    "core.tg.aantal-eerdere-delicten": ("aantal eerdere delict",),
    "core.tg.dagbesteding": ("dagbesteding",),
    "core.tg.delict": ("type delict",),
    "core.tg.eerdere-delicten": ("eerder delict",),
    "core.tg.gemotiveerd": ("gemotiveerd", "motivatie"),
    "core.tg.geslacht": ("geslacht",),
    "core.tg.groepsgeschikt": ("groepsgeschikt",),
    "core.tg.leeftijd": ("geboortejaar",),
    "core.tg.lvb": ("verstandelijke", "lvb"),
    "core.tg.nederlandstalig": ("nederlandssprekend",),
    "core.tg.psychiatrie": ("psychiatrische",),
    "core.tg.regiobinding": ("regiobinding",),
    "core.tg.strafrestant": ("strafrestant",),
    "core.tg.verslaving": ("verslaving",),
    # national facts
    "core.activity_throughout_detention": ("tijdens de gehele periode",),
    "core.aftercare_agreements": ("afspraken",),
    "core.age_at_intake": ("geboortejaar",),
    "core.daytime_activity": ("bij uitstroom", "eindmeting"),
    "core.distance_to_activity_km": ("reisafstand",),
    "core.motivation_crime_free": ("delictvrije toekomst",),
    "core.network_near_facility": ("netwerk in de omgeving",),
    "core.prior_offence_types": ("type eerdere delict",),
    "core.strafrestant_at_intake": ("strafrestant",),
    "core.support_continued": ("continuering",),
    "core.supportive_network": ("ondersteunend sociaal netwerk",),
    "core.travel_minutes_to_activity": ("reistijd",),
    "core.travel_minutes_to_home": ("reistijd",),
    # the KVJJ's own (003)
    "kvjj.dagbesteding-bij-uitstroom": ("dagbesteding",),
    "kvjj.hulpverlening-doorgelopen": ("hulpverlening ook na het verblijf",),
    "kvjj.verblijfsduur": ("verblijfsduur",),
    # Rotterdam's own: appendix 4 (001) and the project sheet's targets (004)
    "kv-rotterdam-hoogvliet.doel-arbeidsreintegratie-afgerond": ("afgemaakt na detentie",),
    "kv-rotterdam-hoogvliet.doel-arbeidsreintegratie-gestart": ("eerste detentieweek",),
    "kv-rotterdam-hoogvliet.doel-behoud-activiteit": ("behouden", "tijdens de gehele periode"),
    "kv-rotterdam-hoogvliet.doel-bezetting": ("bezetting", "bezet"),
    "kv-rotterdam-hoogvliet.rhv-out-01": ("dossierscreening",),
    "kv-rotterdam-hoogvliet.rhv-out-03": ("taaltest",),
    "kv-rotterdam-hoogvliet.rhv-out-16": ("groepsgerichte ondersteuning",),
    "kv-rotterdam-hoogvliet.rhv-tg-10": ("engelssprekend",),
}

#: What places a T2 indicator after outflow in its sources.
AFTER_OUTFLOW: tuple[str, ...] = (
    "nameting",
    "na uitstroom",
    "na detentie",
    "na het verblijf",
    "sinds datum uitstroom",
    "sinds de datum van uitstroom",
)

#: Plugins whose indicators are checked here, besides the core.
PLUGINS = ("kvjj", "kv-rotterdam")


def terms_for(item_id: str) -> tuple[str, ...]:
    """The terms of ``item_id``; a moment suffix (``.t0``/``.t1``/``.t2``) shares its stem's."""
    if item_id in TERMS:
        return TERMS[item_id]
    stem = re.sub(r"\.t[012]$", "", item_id)
    return TERMS[stem]


# --- reading the cited text ----------------------------------------------------------------


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def readings(lines: list[str]) -> tuple[str, str]:
    """The cited lines as one text, with a line-end hyphen joining the word parts, and
    with the hyphen kept (for words with a hyphen of their own)."""
    joined = kept = ""
    for part in (line.strip() for line in lines):
        if not part:
            continue
        if joined.endswith("-"):
            joined, kept = joined[:-1] + part, kept + part
        else:
            joined, kept = f"{joined} {part}", f"{kept} {part}"
    return _normal(joined), _normal(kept)


def mentions(terms: tuple[str, ...], lines: list[str]) -> bool:
    """Whether one of ``terms`` occurs in the cited ``lines`` (see :func:`readings`)."""
    wanted = [_normal(term) for term in terms]
    return any(term in text for text in readings(lines) for term in wanted)


_SEED_CACHE: dict[str, list[str]] = {}


def seed(document: str) -> list[str]:
    if document not in _SEED_CACHE:
        [path] = Path(SEEDS).glob(f"{document}_*.txt")
        _SEED_CACHE[document] = path.read_text(encoding="utf-8").splitlines()
    return _SEED_CACHE[document]


def cited_lines(source: DocumentSource) -> list[str]:
    return seed(source.document)[source.first_line - 1 : source.last_line]


# --- what is checked -----------------------------------------------------------------------


def _checked_items() -> Iterator[tuple[str, object, tuple[Source, ...]]]:
    """(id, indicator or fact, sources) of the core's and the listed plugins' items."""
    for indicator in CORE_INDICATORS:
        yield indicator.id, indicator, indicator.sources
    for fact in NATIONAL_FACTS:
        yield fact.id, fact, fact.sources
    host = PluginHost.load(HostConfig(entry_points=False), plugins=list(_plugins()))
    assert host.errors == ()
    for name in PLUGINS:
        for code in host.plugin(name).registered.get("indicator", ()):
            indicator = host.catalogue.indicator(code)
            yield indicator.id, indicator, indicator.sources


def _plugins() -> Iterator[tuple[str, str]]:
    yield "kvjj", "kleinschalig_kvjj"
    yield "kv-rotterdam", "kleinschalig_kv_rotterdam"


ITEMS = list(_checked_items())
CITATIONS = [
    pytest.param(item_id, source, id=f"{item_id}@{source.citation}")
    for item_id, _item, sources in ITEMS
    for source in sources
    if isinstance(source, DocumentSource)
]


def test_every_core_item_has_its_terms():
    """A core indicator or fact, or one of the listed plugins', without terms is not checked:
    that fails here, and a terms entry without its item is stale."""
    ids = {item_id for item_id, _item, _sources in ITEMS}
    missing = []
    for item_id in sorted(ids):
        try:
            terms_for(item_id)
        except KeyError:
            missing.append(item_id)
    assert missing == []
    stems = {re.sub(r"\.t[012]$", "", i) for i in ids} | ids
    assert set(TERMS) - stems == set()


def test_the_checked_citations_are_the_ones_counted_in_issue_17():
    """The number the report gives: every citation of every checked item is a seed citation."""
    assert len(ITEMS) == 61 + 13 + 3 + 8
    assert len(CITATIONS) == 278
    assert all(isinstance(s, DocumentSource) for _i, _x, sources in ITEMS for s in sources)


@needs_seeds
@pytest.mark.parametrize(("item_id", "source"), CITATIONS)
def test_every_citation_mentions_its_concept(item_id, source):
    lines = cited_lines(source)
    assert len(lines) == source.last_line - source.first_line + 1, "beyond the end of the seed"
    terms = terms_for(item_id)
    assert mentions(terms, lines), (
        f"{source.citation} does not mention {terms}: {' / '.join(s.strip() for s in lines)}"
    )


@needs_seeds
@pytest.mark.parametrize(
    "indicator",
    [item for _id, item, _s in ITEMS if getattr(item, "moment", None) is IndicatorMoment.T2],
    ids=lambda item: item.id,
)
def test_every_t2_indicator_cites_a_line_after_outflow(indicator):
    assert any(
        mentions(AFTER_OUTFLOW, cited_lines(source))
        for source in indicator.sources
        if isinstance(source, DocumentSource)
    ), indicator.id


# --- the check itself ----------------------------------------------------------------------


def test_reading_joins_hyphenated_words_and_keeps_real_hyphens():
    assert mentions(
        ("verslavingsproblematiek",), ["Sprake van ernstig versla-", "", "vingsproblematiek"]
    )
    assert mentions(
        ("arbeidsre-integratietraject",), ["geschikt voor arbeidsre-", "integratietraject"]
    )
    assert mentions(
        ("verstandelijke beperking",), ["ernstige Verstandelijke\u00ad", "  Be\u00adperking"]
    )
    assert not mentions(("licht verstandelijke",), ["ernstige (verstandelijke) be-", "perking"])


@needs_seeds
@pytest.mark.parametrize(
    ("item_id", "citation"),
    [
        # the citations issue 17 found wrong: the check rejects each of them
        ("core.tg.lvb", "001:L6174-6176"),
        ("core.in.geplaatst", "001:L7128-7130"),
        ("core.tg.regiobinding", "001:L7199"),
        ("core.tg.regiobinding", "001:L6677-6679"),
        ("core.tg.verslaving", "001:L6715"),
        ("core.in.uitzondering", "001:L5479"),
        ("core.in.uitzondering", "001:L6631-6633"),
        ("core.in.aanbod-afgeslagen", "001:L6095"),
        ("core.in.aanbod-afgeslagen", "001:L7128-7130"),
        ("core.of.teruggeplaatst", "001:L8089"),
    ],
)
def test_the_check_rejects_the_citations_issue_17_found_wrong(item_id, citation):
    source = cite(citation)
    assert isinstance(source, DocumentSource)
    label_terms = ("licht verstandelijke",) if item_id == "core.tg.lvb" else terms_for(item_id)
    assert not mentions(label_terms, cited_lines(source))
