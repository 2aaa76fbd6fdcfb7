"""KVJJ (vijf locaties): a kleinschalig facility plugin in data form.

The plugin is the YAML files beside this module (criteria.yaml, facility.yaml),
read by kleinschalig through the same registers as a Python plugin; every item cites
its seed document and line. See README.md.
"""

__version__ = "0.1.0"
