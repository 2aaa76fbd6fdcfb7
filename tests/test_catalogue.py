"""The national catalogue: required titles and roles, every source resolvable in the seeds."""

from pathlib import Path

import pytest

from kleinschalig.catalogue import CORE_OWNER, Catalogue, national_catalogue
from kleinschalig.errors import ValidationFailed
from kleinschalig.model import DocumentSource, LegalSource
from tests.conftest import needs_seeds

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

REQUIRED_TITLES = {
    "voorlopige_hechtenis",
    "inverzekeringstelling",
    "gevangenisstraf",
    "zelfmelder",
    "vi",
    "penitentiair_programma",
    "reintegratieverlof",
    "reintegratieverlof.kortdurend",
    "reintegratieverlof.langdurig",
    "reintegratieverlof.extramurale_arbeid",
    "tvi",
    "jeugddetentie",
    "pij",
    "adolescentenstrafrecht",
    "tbs",
    "isd",
    "levenslang",
    "vertrekplicht",
    "uitlevering",
    "pbw.43.3",
    "bjj.48",
}
REQUIRED_ROLES = {
    "om",
    "politie",
    "reclassering",
    "veiligheidshuis",
    "gemeente",
    "diz",
    "rvdk",
    "jeugdhulpaanbieder",
    "casemanager",
    "pi_directie",
    "werkgever",
    "netwerk",
}


@pytest.fixture(scope="module")
def catalogue():
    return national_catalogue()


def test_required_titles_and_roles_are_registered(catalogue):
    assert {t.code for t in catalogue.titles} >= REQUIRED_TITLES
    assert {r.code for r in catalogue.roles} >= REQUIRED_ROLES


def test_isd_has_its_extramural_phase(catalogue):
    assert {p.code for p in catalogue.title("isd").phases} >= {"extramuraal"}


def test_variants_point_to_registered_parents(catalogue):
    for title in catalogue.titles:
        if title.parent is not None:
            assert title.parent in catalogue.titles, title.code


def all_sources(catalogue):
    for item in [*catalogue.titles, *catalogue.roles]:
        yield item.code, item.sources
        for phase in getattr(item, "phases", ()):
            yield phase.code, phase.sources


def seed_length(prefix):
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return len(path.read_text(encoding="utf-8").splitlines())


@needs_seeds
def test_every_source_points_at_existing_seed_lines(catalogue):
    lengths = {p: seed_length(p) for p in ("000", "001", "002", "003", "004")}
    for code, sources in all_sources(catalogue):
        assert sources, code
        for source in sources:
            if isinstance(source, DocumentSource):
                assert source.document in lengths, (code, source.citation)
                assert source.last_line <= lengths[source.document], (code, source.citation)
            else:
                assert isinstance(source, LegalSource), code
                assert source.article, code


def test_placement_bases_cite_the_law(catalogue):
    pbw = [s for s in catalogue.title("pbw.43.3").sources if isinstance(s, LegalSource)]
    assert pbw
    assert pbw[0].citation == "art. 43 lid 3 Pbw"
    assert pbw[0].juriconnect.startswith("jci1.3:c:BWBR0009709&artikel=43&lid=3")
    assert any(isinstance(s, LegalSource) for s in catalogue.title("bjj.48").sources)


def test_a_second_registration_of_a_code_names_the_first_owner(catalogue):
    title = catalogue.title("gevangenisstraf")
    fresh = national_catalogue()
    with pytest.raises(ValidationFailed) as info:
        fresh.titles.add(title, "kleinschalig-kv-test")
    [error] = info.value.errors
    assert error.code == "reference.duplicate"
    assert CORE_OWNER in error.message("en")
    fresh.titles.add(title, "kleinschalig-kv-test", overrides=CORE_OWNER)
    assert fresh.titles.owner("gevangenisstraf") == "kleinschalig-kv-test"


def test_iteration_is_sorted_by_code_whatever_the_order_of_registration(catalogue):
    reversed_cat = Catalogue()
    for title in reversed(list(catalogue.titles)):
        reversed_cat.titles.add(title, CORE_OWNER)
    assert [t.code for t in reversed_cat.titles] == sorted(t.code for t in catalogue.titles)


def test_the_core_data_is_valid_by_the_same_rules_plugins_meet():
    # The host trusts the core plugin at load time; this is where that trust is earned.
    from kleinschalig.national.roles import NATIONAL_ROLES
    from kleinschalig.national.titles import NATIONAL_TITLES
    from kleinschalig.plugins.register import inbound_errors

    for item in (*NATIONAL_TITLES, *NATIONAL_ROLES):
        assert inbound_errors(item, type(item)) == [], item.code


def workflow_sources():
    from kleinschalig.national.workflows import NATIONAL_WORKFLOWS

    for workflow in NATIONAL_WORKFLOWS:
        for version in workflow.versions:
            yield workflow.code, version.sources
            for state in version.states:
                yield state.code, state.sources
            for transition in version.transitions:
                yield transition.id, transition.sources
                for flow in transition.informs:
                    yield f"{transition.id}->{flow.recipient}", flow.sources


@needs_seeds
def test_every_workflow_citation_points_at_text_in_the_seed():
    texts = {
        p: SEEDS.joinpath(next(SEEDS.glob(f"{p}_*.txt")).name).read_text("utf-8").splitlines()
        for p in ("000", "001", "002", "003", "004")
    }
    for code, sources in workflow_sources():
        assert sources, code
        for source in sources:
            if isinstance(source, LegalSource):  # a law since the seeds: cited by its article
                assert source.article, code
                continue
            lines = texts[source.document][source.first_line - 1 : source.last_line]
            assert len(lines) == source.last_line - source.first_line + 1, (code, source.citation)
            assert any(line.strip() for line in lines), (code, source.citation)
