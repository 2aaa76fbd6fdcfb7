"""The cache of built data files: used when the file is the same, never when it is not."""

import os
import pickle

import pytest

from kleinschalig.plugins.data import _yaml, cache
from kleinschalig.plugins.data.document import read_document
from tests.test_data_plugins import ZWOLLE


@pytest.fixture
def cached(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(directory))
    return directory


def write(tmp_path, text):
    path = tmp_path / "kv-zwolle.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def never_parse(monkeypatch):
    def refuse(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_yaml, "read_yaml", refuse)


def test_a_file_read_once_is_not_parsed_again(tmp_path, cached, monkeypatch):
    path = write(tmp_path, ZWOLLE)
    first, errors = read_document(path)
    assert errors == []
    assert len(list(cached.glob("*.pickle"))) == 1
    assert oct(cached.stat().st_mode & 0o777) == "0o700"
    never_parse(monkeypatch)
    again, errors = read_document(path)
    assert (again, errors) == (first, [])


def test_a_changed_file_is_read_again(tmp_path, cached):
    path = write(tmp_path, ZWOLLE)
    read_document(path)
    path.write_text(ZWOLLE.replace("name: KV Zwolle", "name: KV Zwolle-Zuid"), encoding="utf-8")
    changed, _errors = read_document(path)
    [(_kind, _key, facility, _pointer)] = [o for o in changed.objects if o[0] == "facility"]
    assert facility.name == "KV Zwolle-Zuid"
    assert len(list(cached.glob("*.pickle"))) == 2


def test_a_changed_library_does_not_meet_old_entries(tmp_path, cached, monkeypatch):
    path = write(tmp_path, ZWOLLE)
    read_document(path)
    monkeypatch.setattr(cache, "_fingerprint", lambda: b"another build of kleinschalig")
    read_document(path)
    assert len(list(cached.glob("*.pickle"))) == 2


def test_a_file_with_errors_is_not_kept(tmp_path, cached):
    path = write(tmp_path, ZWOLLE.replace("kind: requirement", "kind: x"))
    _document, errors = read_document(path)
    assert errors
    assert not cached.exists() or not list(cached.glob("*.pickle"))


def test_a_damaged_entry_is_ignored(tmp_path, cached):
    path = write(tmp_path, ZWOLLE)
    first, _ = read_document(path)
    [entry] = cached.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    again, errors = read_document(path)
    assert (again, errors) == (first, [])


def test_an_entry_of_another_kind_is_ignored(tmp_path, cached):
    path = write(tmp_path, ZWOLLE)
    first, _ = read_document(path)
    [entry] = cached.glob("*.pickle")
    entry.write_bytes(pickle.dumps({"not": "a document"}))
    assert read_document(path) == (first, [])


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is a POSIX notion")
def test_a_directory_others_may_write_to_is_not_trusted(tmp_path, cached, monkeypatch):
    path = write(tmp_path, ZWOLLE)
    read_document(path)
    cached.chmod(0o777)
    never_parse(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        read_document(path)


def test_the_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() is None
    read_document(write(tmp_path, ZWOLLE))
    assert not (tmp_path / ".cache").exists()


def test_the_default_directory_follows_xdg(tmp_path):
    assert cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "kleinschalig"
    assert cache.cache_dir({cache.CACHE_ENV: "/x"}).as_posix() == "/x"
