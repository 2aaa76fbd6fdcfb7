"""KVJJ: the kleinschalig plugin of the five KVJJ locations and the national KVJJ criteria.

See README.md and :mod:`kleinschalig_kvjj.plugin`.
"""

__version__ = "0.1.0"
