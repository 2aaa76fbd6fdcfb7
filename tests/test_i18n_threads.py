"""Translations under threads: catalogs are never cleared under readers (issue 16).

Loading a plugin host registers its catalogs. Before issue 16 that cleared the
process-wide cache while other threads translated, so English output now and
then came out (partly) Dutch. These tests load hosts from several threads while
others translate, and require every output to be English.
"""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kleinschalig.errors import ERROR_CODES, ErrorDetail, UnsupportedLanguage
from kleinschalig.i18n import (
    add_catalog_dir,
    add_catalog_messages,
    format_date,
    has_translation,
    normalize_language,
    registering,
    translate,
)
from kleinschalig.plugins import HostConfig, PluginHost, hookimpl


#: The plugin's own labels, in a ``.mo`` directory and held in memory.
#: Each of the two test plugins has labels of its own (suffix "" or "_b").
def dir_labels(suffix: str) -> dict[str, str]:
    return {f"Proefwoning{suffix} {i}": f"Trial home{suffix} {i}" for i in range(10)}


def memory_labels(suffix: str) -> dict[str, str]:
    return {f"Proefgroep{suffix} {i}": f"Trial group{suffix} {i}" for i in range(10)}


#: Core labels: English comes from the core catalog.
CORE_LABELS = {"onderdak": "housing", "Verplicht veld ontbreekt.": "Required field is missing."}
EXPECTED = {
    **dir_labels(""),
    **memory_labels(""),
    **dir_labels("_b"),
    **memory_labels("_b"),
    **CORE_LABELS,
}

THREADS = 16
LOADERS = 4
SECONDS = 1.0


def _locale_dir(root: Path, domain: str, labels: dict[str, str]) -> Path:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    target = root / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalog = Catalog(locale="en")
    for msgid, text in labels.items():
        catalog.add(msgid, text)
    with open(target / f"{domain}.mo", "wb") as fh:
        write_mo(fh, catalog)
    return root


class _Translated:
    """A code plugin with its own translations: a gettext directory and inline texts."""

    def __init__(self, locale_dir: Path, suffix: str) -> None:
        self.locale_dir = locale_dir
        self.suffix = suffix

    @hookimpl
    def kleinschalig_register_translations(self, register):  # type: ignore[no-untyped-def]
        register.add(f"kv_stress_dir{self.suffix}", self.locale_dir)
        register.add_messages(f"kv_stress_mem{self.suffix}", {"en": memory_labels(self.suffix)})


def _load(plugins: list[tuple[str, object]]) -> PluginHost:
    return PluginHost.load(HostConfig(entry_points=False), plugins=plugins)


def test_no_dutch_in_english_while_hosts_load_from_16_threads(tmp_path):
    locale = _locale_dir(tmp_path / "locale", "kv_stress_dir", dir_labels(""))
    other = _locale_dir(tmp_path / "other", "kv_stress_dir_b", dir_labels("_b"))
    # Two hosts with different plugins, so each load re-orders the catalogs.
    host_a = [("stress", _Translated(locale, ""))]
    host_b = [("stress_b", _Translated(other, "_b"))]
    _load(host_a)
    _load(host_b)
    for msgid, english in EXPECTED.items():
        assert translate(msgid, "en") == english

    streams = (sys.stdout, sys.stderr)
    stop = threading.Event()
    loads = [0]
    mixed: list[tuple[str, str]] = []
    checked = [0]

    def loader(index: int) -> None:
        plugins = host_a if index % 2 else host_b
        while not stop.is_set():
            _load(plugins)
            loads[0] += 1

    def reader() -> None:
        seen = 0
        while not stop.is_set():
            for msgid, english in EXPECTED.items():
                got = translate(msgid, "en")
                if got != english:
                    mixed.append((msgid, got))
                seen += 1
        checked[0] += seen

    with ThreadPoolExecutor(THREADS) as pool:
        futures = [pool.submit(loader, i) for i in range(LOADERS)]
        futures += [pool.submit(reader) for _ in range(THREADS - LOADERS)]
        time.sleep(SECONDS)
        stop.set()
        for future in futures:
            future.result()
    assert (sys.stdout, sys.stderr) == streams
    assert loads[0] >= LOADERS
    assert mixed == []
    # Nothing stale is left behind either.
    for msgid, english in EXPECTED.items():
        assert translate(msgid, "en") == english
        assert has_translation(msgid, "en")


def test_registration_never_clears_what_readers_use(tmp_path):
    """Re-adding catalogs, in any order, keeps every English label available."""
    add_catalog_messages("kv_reorder_a", {"en": {"Herorde A": "Reorder A"}})
    add_catalog_messages("kv_reorder_b", {"en": {"Herorde B": "Reorder B"}})
    stop = threading.Event()
    wrong: list[str] = []

    def reader() -> None:
        while not stop.is_set():
            for msgid, english in (("Herorde A", "Reorder A"), ("Herorde B", "Reorder B")):
                if translate(msgid, "en") != english:
                    wrong.append(msgid)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        add_catalog_messages("kv_reorder_a", {"en": {"Herorde A": "Reorder A"}})
        add_catalog_messages("kv_reorder_b", {"en": {"Herorde B": "Reorder B"}})
    stop.set()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_a_batch_is_published_at_once(tmp_path):
    """Inside ``registering()`` readers still see the catalogs as they were before."""
    locale = _locale_dir(tmp_path, "kv_batch", {"Batchwoning": "Batch home"})
    seen: list[str] = []
    with registering():
        add_catalog_dir("kv_batch", locale)
        add_catalog_messages("kv_batch_mem", {"en": {"Batchgroep": "Batch group"}})
        worker = threading.Thread(target=lambda: seen.append(translate("Batchwoning", "en")))
        worker.start()
        worker.join()
    assert seen == ["Batchwoning"]
    assert translate("Batchwoning", "en") == "Batch home"
    assert translate("Batchgroep", "en") == "Batch group"


def test_hosts_built_at_once_from_8_threads_are_all_complete(tmp_path):
    locale = _locale_dir(tmp_path, "kv_stress_dir", dir_labels(""))
    plugins = [("stress", _Translated(locale, ""))]
    start = threading.Barrier(8)

    def build() -> PluginHost:
        start.wait()
        return _load(plugins)

    streams = (sys.stdout, sys.stderr)
    with ThreadPoolExecutor(8) as pool:
        hosts = list(pool.map(lambda _: build(), range(8)))
    # Loading swaps the streams around each plugin call; concurrent loads must
    # not leave a plugin's capture in place of the process's own streams.
    assert (sys.stdout, sys.stderr) == streams
    assert all(host.errors == () for host in hosts)
    assert len({len(host.catalogue.facilities) for host in hosts}) == 1
    assert translate("Proefwoning 3", "en") == "Trial home 3"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "en"),
        ("nl", "nl"),
        ("en-US", "en"),
        ("en_GB", "en"),
        ("EN", "en"),
        ("en-us", "en"),
        ("nl_NL", "nl"),
        ("nl-BE", "nl"),
        ("NL", "nl"),
    ],
)
def test_language_tags_are_normalised(tag, expected):
    assert normalize_language(tag) == expected
    assert translate("onderdak", tag) == ("housing" if expected == "en" else "onderdak")
    assert ErrorDetail("field.missing").message(tag) == ErrorDetail("field.missing").message(
        expected
    )
    assert has_translation("onderdak", tag)  # type: ignore[arg-type]
    assert format_date(__import__("datetime").date(2026, 11, 23), tag).endswith("2026")


@pytest.mark.parametrize("tag", ["fr", "xx", "de-DE", "", "en-", "zz_ZZ", 3])
def test_an_unknown_language_is_a_structured_error(tag):
    with pytest.raises(UnsupportedLanguage) as caught:
        translate("onderdak", tag)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)  # callers catching ValueError still work
    [detail] = caught.value.errors
    assert detail.code == "language.unsupported"
    assert "language.unsupported" in ERROR_CODES
    assert detail.to_dict("en") == {
        "code": "language.unsupported",
        "path": "",
        "message": "Language not supported; choose from: nl, en.",
    }
    with pytest.raises(UnsupportedLanguage):
        ErrorDetail("field.missing").message(tag)  # type: ignore[arg-type]


def test_the_cli_takes_language_tags_and_keeps_its_choices(capsys):
    from kleinschalig.cli import main

    args = ["vi", "--start", "2020-01-15", "--length", "18y", "--judgment-date", "2019-12-01"]
    assert main([*args, "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert main([*args, "--lang", "en-GB"]) == 0
    assert capsys.readouterr().out == english
    assert "January" in english
    with pytest.raises(SystemExit) as caught:
        main([*args, "--lang", "fr"])
    assert caught.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
