"""Every seed citation in the bundled facility plugins points at text that exists."""

from pathlib import Path

import pytest

from kleinschalig.model.sources import DocumentSource
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.testing.conformance import _sources
from tests.conftest import needs_seeds

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
BUNDLED = ("kv-middelburg", "kv-rotterdam", "kv-almelo", "kv-amsterdam", "kv-krimpen", "kvjj")


def seed_lines() -> dict[str, list[str]]:
    return {
        path.name[:3]: path.read_text(encoding="utf-8").splitlines()
        for path in SEEDS.glob("00?_*.txt")
    }


@pytest.fixture(scope="module")
def host():
    loaded = PluginHost.load(HostConfig.from_env(environ={}))
    missing = [name for name in BUNDLED if name not in {p.name for p in loaded.plugins}]
    assert not missing, f"install the bundled plugins first (README): {missing}"
    return loaded


@needs_seeds
@pytest.mark.parametrize("plugin", BUNDLED)
def test_every_citation_points_at_non_blank_seed_lines(host, plugin):
    texts = seed_lines()
    assert len(texts) == 5
    catalogue = host.catalogue
    lookup = {
        "legal_title": catalogue.title,
        "partner_role": catalogue.role,
        "facility": catalogue.facility,
        "intervention_logic": catalogue.intervention_logic,
        "criterion": catalogue.criterion,
        "workflow": catalogue.workflow,
        "indicator": catalogue.indicator,
    }
    bad = []
    checked = 0
    for kind, codes in host.plugin(plugin).registered.items():
        if kind not in lookup:
            continue
        for code in codes:
            for owner, sources in _sources(lookup[kind](code)):
                for source in sources:
                    if not isinstance(source, DocumentSource):
                        continue
                    checked += 1
                    lines = texts.get(source.document, [])
                    span = lines[source.first_line - 1 : source.last_line]
                    if len(span) != source.last_line - source.first_line + 1 or not any(
                        line.strip() for line in span
                    ):
                        bad.append(f"{kind}:{code} {owner} {source.citation}")
    assert checked > 0
    assert not bad, "citations of missing or blank seed lines: " + "; ".join(bad[:20])
