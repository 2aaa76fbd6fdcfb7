"""The JSON Schemas are form-ready: every field has a title and a description, every
enum value a label, in Dutch and in English, and the language changes nothing else.

The texts are Dutch msgids declared beside each class (``described``); a field
without one fails at import, a class without ``described`` fails here.
"""

import json

import attrs
import jsonschema
import pytest

from kleinschalig._texts import CLASS_TITLES, FIELD_TEXTS, LITERAL_LABELS, described
from kleinschalig.cli import main
from kleinschalig.codec.models import MODELS
from kleinschalig.codec.openapi import openapi_components
from kleinschalig.codec.schema import json_schema
from kleinschalig.i18n import N_, has_translation, translate

#: Dutch texts whose English is the same word on purpose (a code, a loan word).
SAME_IN_ENGLISH = frozenset(
    {
        "Basisvoorwaarde",
        "Basisvoorwaarden",
        "Code",
        "Criteria",
        "Document",
        "Id",
        "Indicator",
        "Maximum",
        "Minimum",
        "Moment",
        "Partner",
        "Plugins",
        "Regime",
        "Route",
        "Status",
        "Type",
        "interview",
    }
)
#: Keywords whose members are names of the schema's own vocabulary, not fields.
_NOT_FIELDS = ("$defs", "properties", "x-kleinschalig-checks")


def _schemas(lang):
    return {name: json_schema(model, lang=lang) for name, model in sorted(MODELS.items())}


def _described_classes():
    """Every attrs class the public schemas describe, by ``$defs`` name."""
    found = {}
    for cls in CLASS_TITLES:
        found.setdefault(cls.__name__, []).append(cls)
    return found


def _nodes(node, path=""):
    """Every schema object in ``node`` with its JSON-pointer-like path."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key in _NOT_FIELDS and isinstance(value, dict):
                for name, sub in value.items():
                    yield from _nodes(sub, f"{path}/{key}/{name}")
            elif key != "x-kleinschalig-checks":
                yield from _nodes(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _nodes(item, f"{path}/{index}")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_field_of_every_public_model_has_a_title_and_a_description(lang):
    missing = []
    for name, schema in _schemas(lang).items():
        for part, definition in schema["$defs"].items():
            if not definition.get("title"):
                missing.append(f"{name}: {part}")
            for field, prop in definition["properties"].items():
                if not prop.get("title") or not prop.get("description"):
                    missing.append(f"{name}: {part}.{field}")
    assert missing == []


def test_every_class_in_a_schema_is_described_and_every_text_is_translated():
    described_by_name = _described_classes()
    untranslated = []
    for schema in _schemas("nl").values():
        for part in schema["$defs"]:
            assert part in described_by_name, f"{part} has no described(...)"
    for cls, texts in FIELD_TEXTS.items():
        assert {f.name for f in attrs.fields(cls)} == set(texts), cls.__name__
        msgids = [CLASS_TITLES[cls], *(m for pair in texts.values() for m in pair)]
        msgids += [m for labels in LITERAL_LABELS.get(cls, {}).values() for m in labels.values()]
        for msgid in msgids:
            english = translate(msgid, "en")
            if not has_translation(msgid, "en") or (
                english == msgid and msgid not in SAME_IN_ENGLISH
            ):
                untranslated.append(f"{cls.__name__}: {msgid}")
    assert untranslated == []


def test_a_field_without_a_title_fails_at_import():
    @attrs.frozen
    class Two:
        a: int
        b: int

    with pytest.raises(TypeError, match=r"fields without a title: \['b'\]"):
        described(N_("Twee"), a=(N_("A"), N_("Het eerste.")))(Two)
    with pytest.raises(TypeError, match=r"unknown: \['c'\]"):
        described(N_("Twee"), a=("A", "a"), b=("B", "b"), c=("C", "c"))(Two)


def test_the_titles_follow_the_language_and_nothing_else_does():
    nl, en = _schemas("nl"), _schemas("en")

    def strip(node):
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("title", "description")}
        if isinstance(node, list):
            return [strip(item) for item in node]
        return node

    for name in MODELS:
        assert strip(nl[name]) == strip(en[name]), name
    record_nl = nl["case-record"]["$defs"]["CaseRecord"]
    record_en = en["case-record"]["$defs"]["CaseRecord"]
    assert record_nl["properties"]["birth_date"]["title"] == "Geboortedatum"
    assert record_en["properties"]["birth_date"]["title"] == "Birth date"
    assert (record_nl["title"], record_en["title"]) == ("Dossier", "Case record")
    # the class docstrings are English: they describe a definition in English only
    assert "description" in record_en
    assert "description" not in record_nl
    intake = nl["case-record"]["$defs"]["IntakeFacts"]["properties"]
    assert intake["escape_risk"]["title"] == "Risico op onttrekking"
    sentence = en["case-record"]["$defs"]["SentenceFacts"]["properties"]
    assert sentence["reporting_date"]["description"] == "The day a zelfmelder must report."


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_enum_is_a_one_of_of_consts_with_titles(lang):
    bare = []
    for name, schema in _schemas(lang).items():
        for path, node in _nodes(schema):
            if "enum" in node and not path.endswith("/propertyNames"):
                bare.append(f"{name}{path}")
            if "oneOf" in node and all("const" in o for o in node["oneOf"]):
                values = [o["const"] for o in node["oneOf"]]
                assert len(values) == len(set(values)), f"{name}{path}"
                assert all(o.get("title") for o in node["oneOf"]), f"{name}{path}"
    assert bare == []


def test_enum_labels_are_the_enums_labels_in_the_language():
    nl = json_schema(MODELS["case-record"])["$defs"]
    en = json_schema(MODELS["case-record"], lang="en")["$defs"]
    severity_nl = nl["IntakeFacts"]["properties"]["psychiatric_problems"]["anyOf"][0]
    severity_en = en["IntakeFacts"]["properties"]["psychiatric_problems"]["anyOf"][0]
    assert severity_nl == {
        "type": "string",
        "oneOf": [
            {"const": "none", "title": "geen"},
            {"const": "present", "title": "aanwezig"},
            {"const": "severe", "title": "ernstig"},
        ],
    }
    assert [o["title"] for o in severity_en["oneOf"]] == ["none", "present", "severe"]
    assert nl["CaseRecord"]["properties"]["events"]["items"]["properties"]["type"] == {
        "type": "string",
        "oneOf": [
            {"const": "transition", "title": "Stap in een werkproces"},
            {"const": "feedback", "title": "Terugkoppeling verstuurd"},
        ],
    }
    compare = json_schema(MODELS["condition"], lang="en")["$defs"]["Compare"]["properties"]
    assert compare["cmp"]["oneOf"][2] == {"const": "lt", "title": "less than"}


def test_a_nullable_enum_still_accepts_null_and_only_its_values():
    validator = jsonschema.Draft202012Validator(json_schema(MODELS["case-record"]))
    base = {"subject_id": "p-1", "case_id": "c-1"}
    for value, ok in ((None, True), ("severe", True), ("ernstig", False), (1, False)):
        doc = {**base, "intake": {"psychiatric_problems": value}}
        assert validator.is_valid(doc) is ok, value


def test_schema_lang_on_the_command_line(capsys):
    assert main(["schema", "legal-title", "--lang", "en"]) == 0
    english = json.loads(capsys.readouterr().out)
    assert main(["schema", "legal-title", "--lang", "nl"]) == 0
    dutch = json.loads(capsys.readouterr().out)
    assert english != dutch
    assert english["$defs"]["LegalTitle"]["properties"]["parent"]["title"] == "General title"
    assert dutch["$defs"]["LegalTitle"]["properties"]["parent"]["title"] == "Algemene titel"
    assert main(["schema", "legal-title"]) == 0  # Dutch by default, as every command
    assert json.loads(capsys.readouterr().out) == dutch


def test_openapi_components_pass_the_language_on():
    en = openapi_components(["case-record"], lang="en")
    nl = openapi_components(["case-record"])
    assert en["SentenceFacts"]["properties"]["start_date"]["title"] == "Start of sentence"
    assert nl["SentenceFacts"]["properties"]["start_date"]["title"] == "Begin straf"


def test_the_declared_facts_of_the_installed_plugins_come_in_the_language(capsys):
    assert main(["schema", "case-record", "--lang", "en"]) == 0
    english = json.loads(capsys.readouterr().out)["$defs"]["CaseRecord"]["properties"]["facts"]
    assert main(["schema", "case-record", "--lang", "nl"]) == 0
    dutch = json.loads(capsys.readouterr().out)["$defs"]["CaseRecord"]["properties"]["facts"]
    assert (english["title"], dutch["title"]) == ("Declared facts", "Gedeclareerde feiten")
    activity_en = english["properties"]["core.daytime_activity"]
    activity_nl = dutch["properties"]["core.daytime_activity"]
    assert activity_en["title"] != activity_nl["title"]
    assert {"const": "work", "title": "paid work"} in activity_en["additionalProperties"]["oneOf"]
    assert {"const": "work", "title": "betaald werk"} in activity_nl["additionalProperties"][
        "oneOf"
    ]


def _yaml_pairs():
    """Every ``{nl: …, en: …}`` pair of the national data and the plugins' YAML."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    pairs = {}

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("nl"), str) and isinstance(node.get("en"), str):
                pairs.setdefault(node["nl"], set()).add(node["en"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    files = [*root.glob("src/kleinschalig/national/*.yaml"), *root.glob("plugins/*/src/*/*.yaml")]
    for path in files:
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            walk(document)
    return pairs


def test_a_field_title_never_changes_the_english_of_a_label_in_the_data():
    """The core catalog is read before the plugins' texts: a title that is also a label
    in the data must have the data's English, or it would change the data's translation."""
    pairs = _yaml_pairs()
    msgids = {m for pair in FIELD_TEXTS.values() for texts in pair.values() for m in texts}
    msgids |= set(CLASS_TITLES.values())
    clashes = {
        m: (translate(m, "en"), sorted(pairs[m]))
        for m in msgids
        if m in pairs and pairs[m] != {translate(m, "en")}
    }
    assert clashes == {}
