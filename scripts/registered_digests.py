"""Digests of every object the installed plugins (and the core) register.

    python scripts/registered_digests.py [--write]

Each object — facility, fact, criterion, workflow, partner role, intervention
logic, indicator, legal title — is digested in its JSON form together with the
English of its texts (:func:`kleinschalig.plugins.data.export.digests`), by
owner. The file ``tests/data/registered-digests.json`` holds them as they were
when the bundled plugins were Python; ``tests/test_registered_digests.py``
checks that the data form registers exactly the same. A deliberate change of
registered data updates the file with ``--write`` and says why in its commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

PINNED = Path(__file__).resolve().parent.parent / "tests" / "data" / "registered-digests.json"
#: The bundled plugins and the core; a plugin installed on top is not pinned.
OWNERS = (
    "kleinschalig",
    "kv-almelo",
    "kv-amsterdam",
    "kv-krimpen",
    "kv-middelburg",
    "kv-rotterdam",
    "kvjj",
)


def current() -> dict[str, Any]:
    from kleinschalig.plugins import HostConfig, PluginHost
    from kleinschalig.plugins.data.export import digests

    catalogue = PluginHost.load(HostConfig.from_env(environ={})).catalogue
    return {owner: digests(catalogue, owner) for owner in OWNERS}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help=f"write {PINNED.name}")
    args = parser.parse_args()
    found = current()
    if args.write:
        PINNED.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{PINNED}: {sum(map(len, found.values()))} objects")
        return 0
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    changed = [
        f"{owner} {key}"
        for owner in OWNERS
        for key in sorted(set(pinned.get(owner, {})) | set(found[owner]))
        if pinned.get(owner, {}).get(key) != found[owner].get(key)
    ]
    print("\n".join(changed) or "identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
