"""The plugin host: discovery, isolation, conflicts, order independence, configuration."""

import importlib.metadata
import itertools
import sys
import textwrap

import pytest

from kleinschalig.i18n import translate
from kleinschalig.plugins import HostConfig, PluginHost, PluginLoadFailed, Stage, discovery
from tests.plugin_fixtures import (
    FacilityPlugin,
    InvalidDataPlugin,
    MisspeltHook,
    RaisingPlugin,
    TitleOverride,
    UnmarkedHook,
)

ISOLATED = HostConfig(entry_points=False)


def load(*plugins, config=ISOLATED):
    return PluginHost.load(config, plugins=plugins)


def stages(host, plugin):
    return sorted(e.stage for e in host.plugin(plugin).errors)


def test_core_alone():
    host = load()
    assert [p.name for p in host.plugins] == ["kleinschalig"]
    assert host.errors == ()
    assert len(host.catalogue.titles) >= 20
    assert len(host.catalogue.roles) >= 20


def test_a_valid_plugin_registers_facility_title_and_logic():
    host = load(
        (
            "kv-a",
            FacilityPlugin("kv-a", accepts=("gevangenisstraf", "a.basis"), extra_title="a.basis"),
        )
    )
    assert host.errors == ()
    info = host.plugin("kv-a")
    assert info.status == "active"
    assert info.registered == {
        "facility": ("kv-a",),
        "intervention_logic": ("kv-a",),
        "legal_title": ("a.basis",),
    }
    assert info.hooks == (
        "kleinschalig_register_legal_titles",
        "kleinschalig_register_facilities",
        "kleinschalig_register_intervention_logic",
    )
    assert host.catalogue.facilities.owner("kv-a") == "kv-a"
    assert host.catalogue.intervention_logic("kv-a").node("recidive")


def test_a_plugin_failing_at_import_is_isolated():
    host = load(("gone", "kleinschalig_no_such_module"), ("kv-a", FacilityPlugin("kv-a")))
    assert stages(host, "gone") == [Stage.IMPORT]
    assert "ModuleNotFoundError" in host.plugin("gone").errors[0].detail
    assert "kv-a" in host.catalogue.facilities


def test_a_plugin_raising_in_a_hook_loses_everything_it_registered():
    host = load(("kv-r", RaisingPlugin("kv-r")), ("kv-a", FacilityPlugin("kv-a")))
    [error] = host.plugin("kv-r").errors
    assert error.stage is Stage.HOOK_CALL
    assert error.hook == "kleinschalig_register_intervention_logic"
    assert "ValueError: oops" in error.detail
    assert "kv-r" not in host.catalogue.facilities  # nothing half-registered
    assert host.plugin("kv-r").status == "failed"
    assert "kv-a" in host.catalogue.facilities


def test_invalid_registered_data_names_plugin_object_and_field():
    host = load(("bad", InvalidDataPlugin()))
    errors = host.plugin("bad").errors
    assert [e.stage for e in errors] == [Stage.REGISTER, Stage.REGISTER]
    assert errors[0].errors[0].code == "type.invalid"
    assert errors[1].object == "facility:kv-bad"
    assert [(d.code, d.path) for d in errors[1].errors] == [("value.not_allowed", "/kind")]
    text = "\n".join(errors[1].lines("en"))
    assert "bad: registered object is invalid [kleinschalig_register_facilities]" in text
    assert "/kind: Value not allowed" in text


def test_misspelt_and_unmarked_hooks_are_reported():
    host = load(("typo", MisspeltHook()), ("unmarked", UnmarkedHook()))
    assert host.plugin("typo").errors[0].detail == "no such hook"
    assert host.plugin("typo").errors[0].hook == "kleinschalig_register_facility"
    assert host.plugin("unmarked").errors[0].detail == "missing @hookimpl"


def test_two_plugins_with_the_same_facility_code_both_fail_naming_each_other():
    host = load(("one", FacilityPlugin("kv-x")), ("two", FacilityPlugin("kv-x")))
    assert "kv-x" not in host.catalogue.facilities
    one, two = host.plugin("one").errors, host.plugin("two").errors
    assert one[0].stage is Stage.CONFLICT
    assert one[0].others == ("two",)
    assert two[0].others == ("one",)
    assert two[0].object == "facility:kv-x"


def test_an_override_needs_a_grant_and_never_takes_the_code_without_one():
    plugins = (("one", FacilityPlugin("kv-x")), ("two", FacilityPlugin("kv-x", overrides="one")))
    refused = load(*plugins)
    assert refused.catalogue.facilities.owner("kv-x") == "one"
    assert refused.plugin("one").status == "active"
    errors = refused.plugin("two").errors
    assert [e.object for e in errors] == ["facility:kv-x", "intervention_logic:kv-x"]
    assert {(e.stage, e.others, e.detail) for e in errors} == {
        (Stage.CONFLICT, ("one",), "owned by one; not granted")
    }
    assert errors[0].lines("en") == [
        "two: code registered by more than one plugin facility:kv-x (one): "
        "owned by one; not granted"
    ]
    granted = load(*plugins, config=HostConfig(entry_points=False, grants={"two:one"}))
    assert granted.errors == ()
    assert granted.catalogue.facilities.owner("kv-x") == "two"
    assert granted.plugin("two").granted == (
        "facility:kv-x (replaces one's)",
        "intervention_logic:kv-x (replaces one's)",
    )


def test_overriding_a_core_title_needs_a_declaration_and_a_grant():
    clash = load(("local", TitleOverride()))
    assert stages(clash, "local") == [Stage.CONFLICT]
    assert clash.catalogue.titles.owner("gevangenisstraf") == "kleinschalig"
    declared = load(("local", TitleOverride(overrides="kleinschalig")))
    assert stages(declared, "local") == [Stage.CONFLICT]
    assert declared.catalogue.titles.owner("gevangenisstraf") == "kleinschalig"
    config = HostConfig(entry_points=False, grants={("local", "kleinschalig")})
    granted = load(("local", TitleOverride(overrides="kleinschalig")), config=config)
    assert granted.errors == ()
    assert granted.catalogue.titles.owner("gevangenisstraf") == "local"


def test_references_must_resolve_and_failures_cascade():
    host = load(
        ("base", RaisingPlugin("kv-base", extra_title="base.titel")),
        ("user", FacilityPlugin("kv-user", accepts=("base.titel",))),
        ("fine", FacilityPlugin("kv-fine")),
    )
    assert stages(host, "base") == [Stage.HOOK_CALL]
    [error] = host.plugin("user").errors
    assert error.stage is Stage.REFERENCE
    assert error.object == "facility:kv-user"
    assert [(d.code, d.path) for d in error.errors] == [("reference.unknown", "/accepted_titles/0")]
    assert list(host.catalogue.facilities.codes()) == ["kv-fine"]


def test_intervention_logic_for_an_unknown_facility_is_a_reference_error():
    class LogicOnly:
        @staticmethod
        @__import__("kleinschalig.plugins", fromlist=["hookimpl"]).hookimpl
        def kleinschalig_register_intervention_logic(register):
            from tests.plugin_fixtures import logic

            register.add("kv-nergens", logic())

    host = load(("logic", LogicOnly()))
    assert stages(host, "logic") == [Stage.REFERENCE]


def summary(host):
    return (
        [(f.code, host.catalogue.facilities.owner(f.code)) for f in host.catalogue.facilities],
        [(t.code, host.catalogue.titles.owner(t.code)) for t in host.catalogue.titles],
        sorted((e.plugin, e.stage, e.object or "", e.others) for e in host.errors),
    )


def test_the_result_does_not_depend_on_registration_order():
    plugins = [
        ("one", FacilityPlugin("kv-x")),
        ("two", FacilityPlugin("kv-x")),
        ("three", FacilityPlugin("kv-y", overrides=None, extra_title="drie.titel")),
        ("four", FacilityPlugin("kv-y", overrides="three")),
        ("five", RaisingPlugin("kv-z")),
        ("six", TitleOverride(overrides="kleinschalig")),
    ]
    expected = summary(load(*plugins))
    for order in itertools.islice(itertools.permutations(plugins), 0, 720, 37):
        assert summary(load(*order)) == expected


def test_the_same_plugin_name_twice_loads_neither():
    host = load(("dup", FacilityPlugin("kv-a")), ("dup", FacilityPlugin("kv-b")))
    assert "kv-a" not in host.catalogue.facilities
    assert "kv-b" not in host.catalogue.facilities
    assert host.plugin("dup").errors[0].stage is Stage.NAME


def test_allow_and_block_lists():
    plugins = (("a", FacilityPlugin("kv-a")), ("b", FacilityPlugin("kv-b")))
    allow = load(*plugins, config=HostConfig(entry_points=False, allow=frozenset({"a"})))
    assert allow.catalogue.facilities.codes() == ["kv-a"]
    assert allow.plugin("b").status == "not_allowed"
    block = load(*plugins, config=HostConfig(entry_points=False, block=frozenset({"a"})))
    assert block.catalogue.facilities.codes() == ["kv-b"]
    assert block.plugin("a").status == "blocked"
    core = load(config=HostConfig(entry_points=False, block=frozenset({"kleinschalig"})))
    assert core.plugin("kleinschalig").status == "active"


def test_config_from_environment(tmp_path):
    env = {
        "KLEINSCHALIG_PLUGIN_DIR": f"{tmp_path}/a:{tmp_path}/b",
        "KLEINSCHALIG_PLUGINS": "x, y",
        "KLEINSCHALIG_DISABLE_PLUGINS": "z",
        "KLEINSCHALIG_DISABLE_AUTOLOAD": "1",
        "KLEINSCHALIG_STRICT": "true",
    }
    config = HostConfig.from_env(env, plugin_dirs=(tmp_path / "c",))
    assert [p.name for p in config.plugin_dirs] == ["a", "b", "c"]
    assert config.allow == {"x", "y"}
    assert config.block == {"z"}
    assert not config.entry_points
    assert config.strict
    assert HostConfig.from_env({}) == HostConfig()


def test_strict_mode_raises_with_the_host_attached():
    with pytest.raises(PluginLoadFailed) as info:
        load(
            ("gone", "kleinschalig_no_such_module"),
            config=HostConfig(entry_points=False, strict=True),
        )
    assert info.value.errors[0].plugin == "gone"
    assert info.value.host.plugin("gone").status == "failed"


def write_plugin(directory, name, code):
    directory.mkdir(exist_ok=True)
    (directory / f"{name}.py").write_text(
        textwrap.dedent(f"""
        from kleinschalig.plugins import hookimpl
        from tests.factories import facility

        @hookimpl
        def kleinschalig_register_facilities(register):
            register.add(facility(code="{code}"))
    """)
    )


def test_every_py_file_in_a_plugin_directory_is_a_plugin(tmp_path):
    write_plugin(tmp_path / "plugins", "kv_lokaal", "kv-lokaal")
    (tmp_path / "plugins" / "_helper.py").write_text("raise RuntimeError('not a plugin')")
    host = load(config=HostConfig(entry_points=False, plugin_dirs=(tmp_path / "plugins",)))
    assert host.errors == ()
    assert host.plugin("kv_lokaal").source.value == "directory"
    assert "kv-lokaal" in host.catalogue.facilities


def test_a_missing_plugin_directory_is_reported(tmp_path):
    host = load(config=HostConfig(entry_points=False, plugin_dirs=(tmp_path / "nope",)))
    assert host.errors[0].stage is Stage.IMPORT
    assert "not found" in host.errors[0].detail


def test_entry_point_plugins_are_discovered(tmp_path, monkeypatch):
    write_plugin(tmp_path, "kv_ep_plugin", "kv-ep")
    monkeypatch.syspath_prepend(str(tmp_path))
    fake = importlib.metadata.EntryPoint("kv-ep", "kv_ep_plugin", discovery.ENTRY_POINT_GROUP)

    def entry_points(group):
        return [fake] if group == discovery.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(discovery.importlib.metadata, "entry_points", entry_points)
    host = PluginHost.load(HostConfig())
    assert host.plugin("kv-ep").source.value == "entry_point"
    assert "kv-ep" in host.catalogue.facilities
    off = PluginHost.load(HostConfig(entry_points=False))
    assert "kv-ep" not in off.catalogue.facilities
    sys.modules.pop("kv_ep_plugin", None)


def test_a_plugin_brings_its_own_translations(tmp_path):
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from kleinschalig.plugins import hookimpl

    target = tmp_path / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalog = Catalog(locale="en")
    catalog.add("Proefwoning", "Trial home")
    with open(target / "kv_proef.mo", "wb") as fh:
        write_mo(fh, catalog)

    class Translated:
        @hookimpl
        def kleinschalig_register_translations(self, register):
            register.add("kv_proef", tmp_path)
            register.add("kv_missing", tmp_path / "missing")

    host = load(("proef", Translated()))
    assert [e.object for e in host.plugin("proef").errors] == ["translation:kv_missing"]

    class OnlyGood:
        @hookimpl
        def kleinschalig_register_translations(self, register):
            register.add("kv_proef", tmp_path)

    good = load(("proef", OnlyGood()))
    assert good.errors == ()
    assert translate("Proefwoning", "en") == "Trial home"
    assert translate("onderdak", "en") == "housing"  # the core catalog still wins first


def test_a_plugin_named_like_the_core_fails_and_the_core_stays():
    host = load(("kleinschalig", FacilityPlugin("kv-a")))
    core, impostor = host.plugins
    assert (core.source.value, core.status) == ("core", "active")
    assert (impostor.source.value, impostor.status) == ("explicit", "failed")
    assert [e.stage for e in host.errors] == [Stage.NAME]
    with pytest.raises(PluginLoadFailed):
        load(
            ("dup", FacilityPlugin("kv-a")),
            ("dup", FacilityPlugin("kv-b")),
            config=HostConfig(entry_points=False, strict=True),
        )


def test_errors_are_listed_in_a_stable_order():
    plugins = [("b", RaisingPlugin("kv-b")), ("a", InvalidDataPlugin()), ("c", MisspeltHook())]
    first = [(e.plugin, e.stage) for e in load(*plugins).errors]
    assert first == [(e.plugin, e.stage) for e in load(*reversed(plugins)).errors]
    assert [p for p, _ in first] == sorted(p for p, _ in first)
