"""KV Krimpen aan den IJssel (De Compagnie II): a kleinschalig facility plugin.

Encoded from the project's seed documents; every item cites seed and line. See README.md.
"""

__version__ = "0.1.0"
