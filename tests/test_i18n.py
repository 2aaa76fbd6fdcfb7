import datetime as dt

import pytest

from kleinschalig._labels import ENUM_LABELS, label_of
from kleinschalig.i18n import format_date, format_number, has_translation, translate
from tests.scripts import load_script


def test_every_msgid_has_an_english_translation_and_the_catalog_is_compiled():
    assert load_script("i18n").problems() == []


def test_every_enum_member_has_a_translated_label():
    import importlib
    import pkgutil

    import kleinschalig.model

    # kleinschalig.model imports its modules lazily: import them all, so that every
    # labelled enum is registered whatever ran before this test.
    for info in pkgutil.iter_modules(kleinschalig.model.__path__, "kleinschalig.model."):
        importlib.import_module(info.name)

    assert len(ENUM_LABELS) >= 15
    for enum_type, labels in ENUM_LABELS.items():
        for member in enum_type:
            assert has_translation(label_of(member), "en"), (enum_type.__name__, member)
            assert labels[member]


def test_every_catalogue_label_is_translated():
    from kleinschalig.catalogue import national_catalogue

    cat = national_catalogue()
    texts = []
    for title in cat.titles:
        texts += [title.label, title.description, title.note]
        texts += [p.label for p in title.phases]
        texts += [s.explanation for s in title.sources]
    for role in cat.roles:
        texts += [role.label, role.responsibilities, role.note]
        texts += [s.explanation for s in role.sources]
    for text in filter(None, texts):
        assert has_translation(text, "en"), text


def test_translate_and_formatting():
    assert translate("onderdak", "en") == "housing"
    assert translate("onderdak", "nl") == "onderdak"
    assert translate("een msgid die niet bestaat", "en") == "een msgid die niet bestaat"
    assert format_date(dt.date(2026, 11, 23), "nl") == "23 november 2026"
    assert format_date(dt.date(2026, 11, 23), "en") == "23 November 2026"
    assert format_number(1.5, "nl") == "1,5"
    assert format_number(1.5, "en") == "1.5"
    with pytest.raises(ValueError, match="unsupported language"):
        translate("onderdak", "de")


def test_nothing_is_translated_at_import_time():
    import kleinschalig.errors as errors

    assert errors.ERROR_CODES["field.missing"] == "Verplicht veld ontbreekt."
