"""What the bundled facility plugins say, checked against the seed lines they cite.

KVM's criteria kinds follow 001:L2041-2043, the werkzame elementen follow the tables the
plans title so (001:L2347-2365, L2768-2786), and notes say what the lines say.
"""

from pathlib import Path

import pytest

from kleinschalig.model.criteria import CriterionKind
from kleinschalig.model.intervention import NodeLevel
from kleinschalig.plugins import HostConfig, PluginHost

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


@pytest.fixture(scope="module")
def catalogue():
    host = PluginHost.load(
        HostConfig(entry_points=False),
        plugins=[
            ("kv-middelburg", "kleinschalig_kv_middelburg"),
            ("kv-rotterdam", "kleinschalig_kv_rotterdam"),
        ],
    )
    assert host.errors == ()
    return host.catalogue


def test_kvm_has_one_hard_selection_criterion_the_rest_is_tailored_or_recorded(catalogue):
    """001:L2041-2043: structured daytime activity is the hard criterion; the other
    selection criteria leave more room for tailoring."""
    kinds = {
        c.id.removeprefix("kv-middelburg."): c.kind
        for c in catalogue.criteria
        if c.id.startswith("kv-middelburg.")
    }
    weighed = {code for code, kind in kinds.items() if kind is CriterionKind.WEIGHED_INDICATION}
    assert weighed == {
        "begeleiding",
        "groepsgeschiktheid",
        "maatschappelijke-onrust",
        "middelengebruik",
        "onderlinge-relaties",
    }
    # The requirements that stay: the hard criterion with its travel distance, and three
    # that each record why they are not weighed.
    required = {code for code, kind in kinds.items() if kind is CriterionKind.REQUIREMENT}
    assert required == {"dagbesteding", "reisafstand", "man", "regio", "strafduur"}
    for code in ("man", "regio", "strafduur", "reisafstand"):
        criterion = catalogue.criterion(f"kv-middelburg.{code}")
        texts = criterion.description + "".join(v.note for v in criterion.versions)
        assert "001:L2041-2043" in texts, code


def _elements(catalogue, code):
    logic = catalogue.intervention_logic(code)
    return {n.code: n for n in logic.at_level(NodeLevel.WERKZAAM_ELEMENT)}


@pytest.mark.parametrize(
    ("code", "table", "factors"),
    [
        (
            "kv-rotterdam-hoogvliet",
            "001:L2768-2788",
            {"opleiding-werk", "financien", "houding-gedrag", "sociaal-netwerk"}
            | {"psychisch-welbevinden"},
        ),
        (
            "kv-middelburg",
            "001:L2347-2367",
            {"opleiding-werk", "financien", "woonsituatie", "psychisch-welbevinden"},
        ),
    ],
)
def test_the_werkzame_elementen_are_the_tables_so_titled(catalogue, code, table, factors):
    elements = _elements(catalogue, code)
    protective = {c.removeprefix("we-") for c in elements if c.startswith("we-")}
    assert protective == factors
    for c in elements:
        if c.startswith("we-"):
            assert table in [s.citation for s in elements[c].sources]
    # The vernieuwende elementen stay, citing their own table, never table 2.x.2.
    assert "kleinschaligheid" in elements
    assert all(
        table not in [s.citation for s in n.sources]
        for c, n in elements.items()
        if not c.startswith("we-")
    )


def _plugin_text():
    return "\n".join(p.read_text("utf-8") for p in sorted(PLUGINS.glob("*/src/*/*.yaml")))


@pytest.mark.parametrize(
    "claim",
    [
        "niet van kracht geworden",  # 001:L3605-3608: "zal worden verkend"
        "did not come into force",
        "meldt alleen instroom vanuit detentie",  # 001:L3042: "vooralsnog met name"
        "from detention only",
        "legal_basis: injus",  # INJUS is an information system, not a legal basis
        "policy-model §",
        "kv-plans §",
    ],
)
def test_no_plugin_makes_a_claim_its_lines_do_not_support(claim):
    assert claim.lower() not in _plugin_text().lower()
