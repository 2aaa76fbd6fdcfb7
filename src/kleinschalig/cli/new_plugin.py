"""``kleinschalig new-plugin NAME [--dest DIR] [--force] [--python]``: generate a facility plugin.

The generated package is a working plugin for a *fictional* facility: a
``pyproject.toml`` with the ``kleinschalig`` entry point, the conformance tests,
two YAML case files and a candidate record, and the plugin itself. By default
the plugin is *data* (``kleinschalig/templates/plugin-data/``): four YAML files
— facility with its facts and intervention logic, one placement criterion of
each kind, the inflow workflow, indicators — with every text as a
``{nl, en}`` pair. With ``--python`` it is *code*
(``kleinschalig/templates/plugin/``): a module with ``@hookimpl``
implementations and an English gettext catalog (``.po`` and compiled ``.mo``).
Both register the same objects (the tests compare their digests). The file
templates are ``string.Template`` files ending in ``.tmpl``; a path component
``__module__`` becomes the module name.

In the Python form the Dutch labels and their English translations have one
source, :data:`MESSAGES`: the template refers to them as ``$msg_<key>`` and the
catalog is built from the same pairs, so the two cannot drift.

>>> names = plugin_names("kv-voorbeeldstad")
>>> names.module, names.code, names.display_name
('kleinschalig_kv_voorbeeldstad', 'kv-voorbeeldstad', 'KV Voorbeeldstad')
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from kleinschalig.i18n import N_, translate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from babel.messages.catalog import Catalog

__all__ = [
    "MESSAGES",
    "InvalidPluginName",
    "PluginNames",
    "add_arguments",
    "generate",
    "plugin_names",
    "render",
    "run",
]

#: What a plugin name must look like: a distribution name in lower case.
NAME_PATTERN: Final = re.compile(r"^[a-z][a-z0-9-]{1,40}$", re.ASCII)
#: The core's own plugin name and package prefix.
CORE: Final = "kleinschalig"
#: The version the generated package starts at.
PLUGIN_VERSION: Final = "0.1.0"
#: The templates live here, relative to the ``kleinschalig`` package: code and data form.
TEMPLATE_DIR: Final = "templates/plugin"
DATA_TEMPLATE_DIR: Final = "templates/plugin-data"
TEMPLATE_SUFFIX: Final = ".tmpl"
MODULE_PLACEHOLDER: Final = "__module__"
#: Catalog languages the generated plugin ships (Dutch is the msgid language).
LANGUAGE: Final = "en"

#: Facility-kind abbreviations written in capitals in a display name ("KV Voorbeeldstad").
_ABBREVIATIONS: Final = frozenset({"kv", "kvjj", "pi", "hvb", "bba", "zbbi", "ppc", "fcj", "jji"})

#: The Dutch msgids of the generated ``plugin.py`` and their English translations,
#: keyed by the template placeholder (``$msg_<key>``) that inserts the msgid.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "source": (
        "Fictieve bron: vervang door een eigen bron.",
        "Fictitious source: replace it with a real one.",
    ),
    "target_group": (
        "volwassenen met een korte gevangenisstraf (fictief voorbeeld)",
        "adults with a short prison sentence (fictitious example)",
    ),
    "pool": ("KV-plaatsen", "KV places"),
    "werkzaam_element": ("Kleinschaligheid en nabijheid", "Small scale and proximity"),
    "activiteit": (
        "Overdag werken of leren buiten de voorziening",
        "Working or studying outside the facility by day",
    ),
    "werkdoel": (
        "Werk, opleiding of dagbesteding behouden",
        "Keeping work, education or daytime activities",
    ),
    "hoofddoel": ("Een goede terugkeer in de samenleving", "A good return to society"),
    "einddoel": ("Minder recidive", "Less reoffending"),
    "criterion_strafrestant": (
        "Strafrestant van 1 maand tot 1 jaar (tot 2026: tot 6 maanden)",
        "Remaining sentence of 1 month to 1 year (until 2026: up to 6 months)",
    ),
    "criterion_dagbesteding": (
        "Minstens 24 uur per week werk of dagbesteding; werkgever staat controle toe",
        "At least 24 hours a week of work or daytime activities; the employer agrees to checks",
    ),
    "criterion_motivatie": (
        "Gemotiveerd voor de plaatsing (oordeel van een professional)",
        "Motivated for the placement (a professional's judgement)",
    ),
    "criterion_nabijheid": (
        "Nabijheid: woont binnen 50 km van de voorziening",
        "Proximity: lives within 50 km of the facility",
    ),
    "fact_nearby": (
        "Woont binnen 50 km van de voorziening",
        "Lives within 50 km of the facility",
    ),
    "fact_job": ("Baan", "Job"),
    "choice_paid": ("betaald werk", "paid work"),
    "choice_unpaid": ("onbetaald werk", "unpaid work"),
    "choice_none": ("geen werk", "no work"),
    "indicator_baan": (
        "Baan behouden bij uitstroom (van wie bij instroom een baan had)",
        "Job kept at outflow (of those with a job at intake)",
    ),
    "criterion_verslaving": ("Ernstige verslavingsproblematiek", "Severe addiction problems"),
    "criterion_vluchtgevaar": ("Vluchtgevaar", "Escape risk"),
    "criterion_regiobinding": ("Binding met de regio", "Ties to the region"),
    "workflow": ("Instroom (fictief voorbeeld)", "Inflow (fictitious example)"),
    "state_aangemeld": ("Aangemeld", "Referred"),
    "state_screening": ("Screening", "Screening"),
    "state_geplaatst": ("Geplaatst", "Placed"),
    "state_niet_geplaatst": ("Niet geplaatst", "Not placed"),
    "step_screenen": (
        "Screenen met toestemming voor contact met de werkgever",
        "Screen, with consent to contact the employer",
    ),
    "step_plaatsen": ("De directie besluit tot plaatsing", "The management decides to place"),
    "step_afwijzen": (
        "De directie besluit niet te plaatsen",
        "The management decides not to place",
    ),
    "indicator_werkgever": (
        "Werkgever staat controle toe (van wie geplaatst is)",
        "Employer agrees to checks (of those placed)",
    ),
    "step_unknown_actor": (
        "Wie dit besluit, staat niet in de bron; daarom geen actor.",
        "The source does not say who decides this; hence no actor.",
    ),
}


class _Translated:
    """An error whose message is a Dutch msgid; ``str()`` gives the English text."""

    msgid: str
    params: dict[str, str]

    def message(self, lang: str) -> str:
        return translate(self.msgid, lang).format(**self.params)


class InvalidPluginName(_Translated, ValueError):
    """The plugin name cannot be used for a package."""

    def __init__(self, msgid: str, **params: str) -> None:
        self.msgid, self.params = msgid, params
        super().__init__(self.message("en"))


class TargetExists(_Translated, FileExistsError):
    """The package directory exists and may not be replaced."""

    def __init__(self, msgid: str, **params: str) -> None:
        self.msgid, self.params = msgid, params
        super().__init__(self.message("en"))


class PluginNames(NamedTuple):
    """Every name the generated package derives from the plugin name."""

    #: Distribution and plugin (entry point) name, e.g. ``kv-voorbeeldstad``.
    name: str
    #: Python package, e.g. ``kleinschalig_kv_voorbeeldstad``; also the gettext domain.
    module: str
    #: Facility code, e.g. ``kv-voorbeeldstad``.
    code: str
    #: Facility name, e.g. ``KV Voorbeeldstad``.
    display_name: str
    #: Municipality of the fictional location, e.g. ``Voorbeeldstad``.
    municipality: str


def plugin_names(name: str) -> PluginNames:
    """Check ``name`` and derive the module name, facility code and display names.

    :raises InvalidPluginName: with a message saying what is wrong.
    """
    if not NAME_PATTERN.fullmatch(name):
        raise InvalidPluginName(
            N_(
                "ongeldige pluginnaam {name}: gebruik 2 tot 41 tekens (kleine letters, "
                "cijfers en '-'), beginnend met een letter (bijvoorbeeld kv-voorbeeldstad)"
            ),
            name=repr(name),
        )
    if name.endswith("-") or "--" in name:
        raise InvalidPluginName(
            N_(
                "ongeldige pluginnaam {name}: '-' scheidt woorden "
                "(geen '-' aan het eind, geen '--')"
            ),
            name=repr(name),
        )
    if name == CORE:
        raise InvalidPluginName(
            N_("ongeldige pluginnaam {name}: dit is de naam van de kern-plugin"), name=repr(name)
        )
    module = name.replace("-", "_")
    if not module.startswith(f"{CORE}_"):
        module = f"{CORE}_{module}"
    code = name.removeprefix(f"{CORE}-")
    words = code.split("-")
    display = " ".join(w.upper() if w in _ABBREVIATIONS else w.capitalize() for w in words)
    place = " ".join(w.capitalize() for w in words[1:]) if words[0] in _ABBREVIATIONS else ""
    return PluginNames(name, module, code, display, place or "Voorbeeldstad")


def _placeholders(names: PluginNames) -> dict[str, str]:
    import json

    values = dict(names._asdict())
    for key, (dutch, _english) in MESSAGES.items():
        # A Python string literal (JSON's escapes are valid Python for these texts).
        values[f"msg_{key}"] = json.dumps(dutch, ensure_ascii=False)
    return values


def _templates(directory: str = TEMPLATE_DIR) -> list[tuple[str, str]]:
    """``(relative path without .tmpl, template text)`` of every template file, sorted."""
    from importlib.resources import files
    from importlib.resources.abc import Traversable

    found: list[tuple[str, str]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(TEMPLATE_SUFFIX):
                relative = prefix + child.name.removesuffix(TEMPLATE_SUFFIX)
                found.append((relative, child.read_text(encoding="utf-8")))

    walk(files(CORE).joinpath(directory), "")
    if not found:
        raise RuntimeError(f"no plugin templates found in {CORE}/{directory}")
    return found


def _catalog_files(names: PluginNames, plugin_source: str) -> dict[str, bytes]:
    """The English ``.po`` and ``.mo`` for every ``N_()`` msgid of the rendered plugin.

    The msgids are extracted from the rendered source with Babel and must be
    exactly the Dutch texts of :data:`MESSAGES`; anything else is a template bug.
    """
    import datetime as dt
    import io

    from babel.messages.extract import extract
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    extracted: dict[str, list[int]] = {}
    for lineno, message, _comments, _context in extract(
        "python", io.BytesIO(plugin_source.encode("utf-8")), keywords={"N_": None}
    ):
        if isinstance(message, str):
            extracted.setdefault(message, []).append(lineno)
    english = dict(MESSAGES.values())
    if set(extracted) != set(english):
        raise RuntimeError(
            "plugin template and MESSAGES disagree: "
            f"untranslated {sorted(set(extracted) - set(english))}, "
            f"unused {sorted(set(english) - set(extracted))}"
        )
    # Fixed dates, and a header that does not name the Babel version, keep the
    # output byte-for-byte reproducible (examples/ is compared with a fresh copy).
    fixed = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    catalog = _catalog_class()(
        locale=LANGUAGE,
        domain=names.module,
        project=names.name,
        version=PLUGIN_VERSION,
        creation_date=fixed,
        revision_date=fixed,
        last_translator="kleinschalig new-plugin",
        language_team="English",
        fuzzy=False,
        header_comment=(
            f"# {names.name}: English translations of the plugin's Dutch labels.\n"
            "# Generated by `kleinschalig new-plugin`; see README.md to update them."
        ),
    )
    source_path = f"src/{names.module}/plugin.py"
    for msgid, lines in extracted.items():
        catalog.add(msgid, english[msgid], locations=[(source_path, n) for n in lines])
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, sort_output=True, include_lineno=False, width=88)
    write_mo(mo, catalog)
    directory = f"src/{names.module}/locale/{LANGUAGE}/LC_MESSAGES/{names.module}"
    return {f"{directory}.po": po.getvalue(), f"{directory}.mo": mo.getvalue()}


@cache
def _catalog_class() -> type[Catalog]:
    """A Babel catalog whose ``Generated-By`` header does not change with Babel's version."""
    from babel.messages.catalog import Catalog

    class ReproducibleCatalog(Catalog):
        @property
        def mime_headers(self) -> list[tuple[str, str]]:
            return [
                (key, "kleinschalig new-plugin\n" if key == "Generated-By" else value)
                for key, value in super().mime_headers
            ]

        @mime_headers.setter
        def mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
            self._set_mime_headers(headers)

    return ReproducibleCatalog


def render(name: str, *, python: bool = False) -> dict[str, bytes]:
    """Every file of the plugin package ``name``: relative path -> content.

    :param python: the code form (a module and a gettext catalog) instead of data.
    :raises InvalidPluginName: when ``name`` cannot be used.
    """
    from string import Template

    names = plugin_names(name)
    values = _placeholders(names)
    rendered: dict[str, bytes] = {}
    plugin_source = ""
    for relative, text in _templates(TEMPLATE_DIR if python else DATA_TEMPLATE_DIR):
        path = relative.replace(MODULE_PLACEHOLDER, names.module)
        content = Template(text).substitute(values)
        rendered[path] = content.encode("utf-8")
        if path == f"src/{names.module}/plugin.py":
            plugin_source = content
    if python:
        if not plugin_source:
            raise RuntimeError("the plugin templates have no src/__module__/plugin.py")
        rendered.update(_catalog_files(names, plugin_source))
    return dict(sorted(rendered.items()))


def generate(name: str, dest: Path, *, force: bool = False, python: bool = False) -> Path:
    """Generate the plugin package ``name`` in ``dest / name`` and return that directory.

    Everything is written to a temporary directory next to the target first and
    moved into place at the end, so a failure leaves nothing half-written.

    :param force: replace ``dest / name`` (and everything in it) when it exists
        and is not empty; without it such a directory is refused.
    :param python: generate the code form instead of the data form.
    :raises InvalidPluginName: when ``name`` cannot be used.
    :raises FileExistsError: when the target exists and may not be replaced.
    """
    import shutil
    import tempfile

    files = render(name, python=python)
    dest = Path(dest)
    target = dest / name
    if target.exists() or target.is_symlink():
        if not target.is_dir() or target.is_symlink():
            raise TargetExists(N_("{target} bestaat en is geen map"), target=str(target))
        if any(target.iterdir()) and not force:
            raise TargetExists(
                N_("{target} bestaat en is niet leeg (gebruik --force om het te vervangen)"),
                target=str(target),
            )
    dest.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".tmp", dir=dest))
    try:
        # A fresh directory inside the private mkdtemp one gets the usual permissions.
        root = staging / name
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        if target.exists():
            old = staging / f"{name}.old"
            target.rename(old)
            try:
                root.rename(target)
            except BaseException:
                old.rename(target)
                raise
        else:
            root.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``new-plugin`` options."""
    parser.add_argument("name", metavar="NAME", help="plugin and distribution name, e.g. kv-zwolle")
    parser.add_argument(
        "--dest",
        metavar="DIR",
        default=".",
        help="directory to create the package NAME in (default: the current directory)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace DIR/NAME if it exists, deleting everything in it",
    )
    parser.add_argument(
        "--python",
        action="store_true",
        help="generate the code form (a Python module and a gettext catalog) instead of data",
    )
    from kleinschalig.cli._common import add_lang

    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    """Generate the package; exit 2 for a bad name, 1 when the target cannot be written."""
    lang = args.lang
    try:
        root = generate(args.name, Path(args.dest), force=args.force, python=args.python)
    except InvalidPluginName as exc:
        print(f"kleinschalig new-plugin: {exc.message(lang)}", file=sys.stderr)
        return 2
    except TargetExists as exc:
        print(f"kleinschalig new-plugin: {exc.message(lang)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kleinschalig new-plugin: {exc}", file=sys.stderr)
        return 1
    names = plugin_names(args.name)
    created = N_(
        "{root} aangemaakt: plugin {name}, pakket {module}, voorziening {code} "
        "(fictieve voorbeelddata: vervang ze).\nVolgende stappen:"
    )
    print(
        translate(created, lang).format(
            root=root, name=names.name, module=names.module, code=names.code
        )
    )
    print(f'  python -m pip install -e "{root}[test]"\n  python -m pytest "{root}"')
    return 0
