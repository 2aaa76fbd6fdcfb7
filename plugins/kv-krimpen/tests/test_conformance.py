"""The kleinschalig conformance suite, run against this plugin.

Every test method comes from ``FacilityPluginConformance``: the plugin loads
without errors, its labels are translated, everything cites a source, its data
round-trips and matches the JSON Schema, its codes clash with no installed
plugin, and its intervention logic leads to an einddoel. The ``*.case.yaml``
files in ``tests/cases/`` are collected by kleinschalig's pytest plugin.
"""

from kleinschalig.testing.conformance import FacilityPluginConformance


class TestConformance(FacilityPluginConformance):
    """Load the plugin next to the core and check everything it registers."""

    plugin_name = "kv-krimpen"
    plugin = "kleinschalig_kv_krimpen"
