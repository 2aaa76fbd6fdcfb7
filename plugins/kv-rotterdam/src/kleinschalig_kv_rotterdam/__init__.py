"""KV Rotterdam Hoogvliet: a kleinschalig facility plugin encoded from the sources.

See README.md and ``plugin.py``.
"""

__version__ = "0.1.0"
