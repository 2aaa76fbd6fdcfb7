"""Sphinx configuration for the kleinschalig documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Local extensions (the data-driven tables) live in docs/_ext.
sys.path.insert(0, str(HERE / "_ext"))

import kleinschalig  # noqa: E402 - after the path set-up

try:  # The Django app's models are documented from a Django set up for the app alone.
    from kleinschalig.web.django.standalone import configure as configure_django

    configure_django()
except ImportError:  # pragma: no cover - the django extra is not installed
    pass

# -- Project -----------------------------------------------------------------

project = "kleinschalig"
author = "kleinschalig contributors"
copyright = "kleinschalig contributors, EUPL-1.2"
release = kleinschalig.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "kleinschalig_tables",
    "kleinschalig_diagrams",
    "kleinschalig_facilities",
    "kleinschalig_xref",
    "sphinxcontrib.mermaid",
]

exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
# Every cross-reference must resolve (kleinschalig_xref maps defining modules and
# top-level re-exports to the documented names). The machines building the docs
# have no network, so there is no intersphinx: references into the standard
# library and third-party packages are not checked.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|dt|pathlib|collections\.abc|typing|enum|fractions|gettext|re)\..*"),
    (r"py:.*", r"(pluggy|hypothesis|attrs|attr|cattrs|babel|dateutil|pytest|_pytest)(\..*)?"),
    (r"py:.*", r"(fastapi|starlette)(\..*)?"),
    (r"py:.*", r"django(\..*)?"),
    (r"py:class", r"(Fraction|Path|Any|Callable|Iterable|Iterator|Mapping|Sequence|TextIO)"),
    (r"py:class", r".*\.T"),  # type variables
]
templates_path: list[str] = []
root_doc = "index"
# The source material is Dutch policy text; keep typographic quotes off so that
# Dutch terms like 'v.i.' and code snippets stay as written.
smartquotes = False

# -- Autodoc -----------------------------------------------------------------

autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- Doctest -----------------------------------------------------------------

#: The repository root, for doctests that read files from it (examples/...).
REPO_ROOT = Path(__file__).resolve().parent.parent
doctest_global_setup = (
    f"import datetime as dt\nimport kleinschalig as ks\nREPO_ROOT = {str(REPO_ROOT)!r}"
)
# Only the explicit ``.. doctest::`` / ``.. testcode::`` blocks of these pages
# are run. The ``>>>`` examples inside the library's docstrings (pulled in by
# autodoc) assume their own module's namespace and are run by pytest
# (``--doctest-modules``) instead.
doctest_test_doctest_blocks = ""

# -- HTML --------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"kleinschalig {release}"
html_theme_options = {
    "description": "Domain library for Dutch small-scale detention facilities (KV, KVJJ)",
    "fixed_sidebar": False,
    "page_width": "1100px",
    "sidebar_collapse": True,
}
html_static_path: list[str] = []
