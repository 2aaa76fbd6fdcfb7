"""The bundled plugins and the core register exactly the pinned objects, and a data file
written by ``export-plugin`` registers the same again.

``tests/data/registered-digests.json`` was written while the bundled plugins were
Python (``scripts/registered_digests.py --write``). Their data form must give the
same digest for every object: its JSON form and the English of its texts.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.plugins.data.export import digests, export_yaml

ROOT = Path(__file__).resolve().parent.parent
PINNED = json.loads((ROOT / "tests" / "data" / "registered-digests.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def catalogue():
    return PluginHost.load(HostConfig.from_env(environ={})).catalogue


@pytest.mark.parametrize("owner", sorted(PINNED))
def test_every_registered_object_is_the_pinned_one(catalogue, owner):
    found = digests(catalogue, owner)
    assert sorted(found) == sorted(PINNED[owner])
    changed = [key for key in found if found[key] != PINNED[owner][key]]
    assert changed == [], "run scripts/registered_digests.py to see what changed"


def test_exported_data_registers_the_same_in_a_fresh_process(catalogue, tmp_path):
    """A fresh process, so no translation loaded from the originals can help."""
    owners = [o for o in sorted(PINNED) if o != "kleinschalig"]
    for owner in owners:
        (tmp_path / f"{owner}.yaml").write_text(export_yaml(catalogue, owner), "utf-8")
    probe = textwrap.dedent(
        f"""
        import json
        from kleinschalig.plugins import HostConfig, PluginHost
        from kleinschalig.plugins.data.export import digests
        host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=({str(tmp_path)!r},)))
        print(json.dumps({{
            "errors": [line for e in host.errors for line in e.lines("en")],
            "forms": {{p.name: p.form for p in host.plugins}},
            "digests": {{o: digests(host.catalogue, o) for o in {owners!r}}},
        }}))
        """
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found["errors"] == []
    assert {found["forms"][o] for o in owners} == {"data"}
    for owner in owners:
        assert found["digests"][owner] == digests(catalogue, owner), owner
