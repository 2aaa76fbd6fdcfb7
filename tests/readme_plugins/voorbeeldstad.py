"""Loads the example plugin from its source tree for the README test (no install needed)."""

from kleinschalig_kv_voorbeeldstad.plugin import *  # noqa: F403
