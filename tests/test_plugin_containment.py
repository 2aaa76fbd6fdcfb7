"""Containment of plugins while they load (issue 15).

A plugin that exits the interpreter, prints into a command's output, takes long to
load, lives in a directory others may write to, misspells a hook or brings code
into a data-only deployment is isolated and reported, never silently trusted.
"""

import importlib.metadata
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from kleinschalig.cli import main
from kleinschalig.plugins import (
    HostConfig,
    PluginHost,
    PluginLoadFailed,
    Stage,
    discovery,
    hookimpl,
)

ISOLATED = HostConfig(entry_points=False)
ROOT = Path(__file__).resolve().parent.parent
ZWOLLE = (ROOT / "docs/plugins/data/kv-zwolle.yaml").read_text(encoding="utf-8")

GOOD = """
from kleinschalig.plugins import hookimpl
from tests.factories import facility


@hookimpl
def kleinschalig_register_facilities(register):
    register.add(facility(code="kv-goed"))
"""


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def no_autoload(monkeypatch):
    monkeypatch.setenv("KLEINSCHALIG_DISABLE_AUTOLOAD", "1")
    for name in (
        "KLEINSCHALIG_STRICT",
        "KLEINSCHALIG_PLUGIN_DIR",
        "KLEINSCHALIG_DATA_ONLY",
        "KLEINSCHALIG_CODE_PLUGINS",
        "KLEINSCHALIG_LOAD_BUDGET_MS",
    ):
        monkeypatch.delenv(name, raising=False)


# --- BaseException from a plugin ------------------------------------------------------------


EXITS = """
print("ik stop ermee")
import sys
sys.exit(0)
"""


def test_sys_exit_at_import_fails_strict_with_exit_3_and_the_error(tmp_path, capsys, no_autoload):
    write(tmp_path, "exits.py", EXITS)
    write(tmp_path, "goed.py", GOOD)
    code, out, err = run(capsys, "--strict", "--plugin-dir", str(tmp_path), "facilities")
    assert code == 3
    assert "exits: plugin kon niet worden geïmporteerd: SystemExit: 0" in err
    assert "ik stop ermee" not in out + err


def test_sys_exit_at_import_without_strict_warns_and_goes_on(tmp_path, capsys, no_autoload):
    write(tmp_path, "exits.py", EXITS)
    write(tmp_path, "goed.py", GOOD)
    code, out, err = run(capsys, "--plugin-dir", str(tmp_path), "facilities", "--format", "json")
    assert code == 0
    assert [row["code"] for row in json.loads(out)["facilities"]] == ["kv-goed"]
    assert "exits: plugin kon niet worden geïmporteerd: SystemExit: 0" in err


class _Custom(BaseException):
    pass


def _raising(exception):
    class Plugin:
        @hookimpl
        def kleinschalig_register_facilities(self, register):
            raise exception

    return Plugin()


@pytest.mark.parametrize(
    "exception", [SystemExit(2), GeneratorExit("weg"), _Custom("eigen")], ids=type
)
def test_base_exceptions_from_a_hook_are_a_hook_call_failure(exception):
    from tests.factories import facility

    class Good:
        @hookimpl
        def kleinschalig_register_facilities(self, register):
            register.add(facility(code="kv-goed"))

    host = PluginHost.load(ISOLATED, plugins=[("kapot", _raising(exception)), ("goed", Good())])
    [error] = host.plugin("kapot").errors
    assert error.stage is Stage.HOOK_CALL
    assert error.detail.startswith(type(exception).__name__)
    assert host.plugin("kapot").status == "failed"
    assert host.catalogue.facilities.codes() == ["kv-goed"]


def test_base_exceptions_from_an_import_are_an_import_failure(tmp_path):
    write(tmp_path, "gen.py", "raise GeneratorExit('weg')")
    write(tmp_path, "exit.py", "raise SystemExit('weg')")
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert [(e.plugin, e.stage, e.detail) for e in host.errors] == [
        ("exit", Stage.IMPORT, "SystemExit: weg"),
        ("gen", Stage.IMPORT, "GeneratorExit: weg"),
    ]


def test_keyboard_interrupt_is_not_swallowed(tmp_path):
    write(tmp_path, "ctrl_c.py", "raise KeyboardInterrupt")
    with pytest.raises(KeyboardInterrupt):
        PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    with pytest.raises(KeyboardInterrupt):
        PluginHost.load(ISOLATED, plugins=[("ctrl-c", _raising(KeyboardInterrupt()))])


# --- output ---------------------------------------------------------------------------------


NOISY = """
import sys
print("hallo van noisy")
print("fout van noisy", file=sys.stderr)
raise RuntimeError("kapot")
"""

CHATTY_HOOK = (
    GOOD
    + """

@hookimpl
def kleinschalig_register_facts(register):
    print("in een hook")
"""
)


def test_output_at_import_never_breaks_a_commands_json(tmp_path, capsys, no_autoload):
    write(tmp_path, "noisy.py", NOISY)
    write(tmp_path, "goed.py", CHATTY_HOOK)
    code, out, err = run(capsys, "--plugin-dir", str(tmp_path), "facilities", "--format", "json")
    assert code == 0
    assert [row["code"] for row in json.loads(out)["facilities"]] == ["kv-goed"]
    assert "hallo van noisy" not in out + err
    assert "fout van noisy" not in out + err
    assert "in een hook" not in out + err


def test_output_is_kept_per_plugin_and_listed(tmp_path, capsys, no_autoload):
    write(tmp_path, "noisy.py", NOISY)
    write(tmp_path, "goed.py", CHATTY_HOOK)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert host.plugin("noisy").output == "hallo van noisy\nfout van noisy\n"
    assert host.plugin("goed").output == "in een hook\n"
    assert host.plugin("kleinschalig").output == ""
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--format", "json")
    by_name = {p["name"]: p for p in json.loads(out)["plugins"]}
    assert by_name["noisy"]["output"] == "hallo van noisy\nfout van noisy\n"
    assert by_name["noisy"]["output_truncated"] is False
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--lang", "en")
    assert "  output:\n    | hallo van noisy\n    | fout van noisy\n" in out


def test_output_is_capped_and_says_so(tmp_path, capsys, no_autoload):
    from kleinschalig.plugins.containment import OUTPUT_LIMIT

    write(tmp_path, "spraakzaam.py", "print('x' * 100_000)\n" + GOOD)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    info = host.plugin("spraakzaam")
    assert info.status == "active"
    assert info.output == "x" * OUTPUT_LIMIT
    assert info.output_truncated is True
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--lang", "en")
    assert f"  output (cut off after {OUTPUT_LIMIT} characters):" in out


def test_control_characters_in_output_are_shown_escaped(tmp_path, capsys, no_autoload):
    write(tmp_path, "kleur.py", "print('\\x1b[2Jweg')\n" + GOOD)
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins")
    assert "\x1b" not in out
    assert "    | \\x1b[2Jweg" in out


# --- load time ------------------------------------------------------------------------------


SLOW = "import time\ntime.sleep(0.03)\n" + GOOD


def test_load_time_is_recorded_and_warned_about_above_the_budget(tmp_path):
    write(tmp_path, "traag.py", SLOW)
    config = HostConfig(entry_points=False, plugin_dirs=(tmp_path,), load_budget_ms=5, strict=True)
    host = PluginHost.load(config)  # strict does not fail on a slow plugin
    info = host.plugin("traag")
    assert info.status == "active"
    assert info.load_ms >= 30
    [warning] = host.warnings
    assert (warning.plugin, warning.stage) == ("traag", Stage.LOAD_TIME)
    assert "budget 5 ms" in warning.detail
    assert info.warnings == [warning]
    assert host.errors == ()
    # the core is the library itself: timed, but never warned about
    assert host.plugin("kleinschalig").load_ms >= 0


def test_a_fast_plugin_has_no_warning():
    host = PluginHost.load(HostConfig(entry_points=False, load_budget_ms=10_000))
    assert host.warnings == ()


def test_the_budget_comes_from_the_environment():
    assert HostConfig.from_env({}).load_budget_ms == 1000
    assert HostConfig.from_env({"KLEINSCHALIG_LOAD_BUDGET_MS": "12.5"}).load_budget_ms == 12.5
    with pytest.raises(ValueError, match="KLEINSCHALIG_LOAD_BUDGET_MS"):
        HostConfig.from_env({"KLEINSCHALIG_LOAD_BUDGET_MS": "snel"})


def test_the_cli_shows_load_time_and_the_warning(tmp_path, capsys, no_autoload, monkeypatch):
    write(tmp_path, "traag.py", SLOW)
    monkeypatch.setenv("KLEINSCHALIG_LOAD_BUDGET_MS", "5")
    code, out, err = run(capsys, "--strict", "--plugin-dir", str(tmp_path), "facilities")
    assert code == 0
    assert "waarschuwing: traag: laden duurde langer dan het budget" in err
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--format", "json")
    data = json.loads(out)
    by_name = {p["name"]: p for p in data["plugins"]}
    assert by_name["traag"]["load_ms"] >= 30
    assert [w["stage"] for w in data["warnings"]] == ["load_time"]
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--lang", "en")
    assert "  load time: " in out
    assert "  warning: traag: loading took longer than the budget" in out


# --- directories and files others may write to ----------------------------------------------


posix = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions only")

MARKS = (
    """
from pathlib import Path
Path(__file__).with_suffix(".ran").write_text("ja")
"""
    + GOOD
)


@posix
def test_a_directory_others_may_write_to_is_warned_about(tmp_path):
    folder = tmp_path / "open"
    write(folder, "kv_open.py", MARKS)
    folder.chmod(0o777)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(folder,)))
    [warning] = host.warnings
    assert (warning.plugin, warning.stage) == ("kv_open", Stage.PERMISSIONS)
    assert "writable by group and others" in warning.detail
    assert str(folder) in warning.detail
    assert host.plugin("kv_open").status == "active"
    assert host.errors == ()


@posix
def test_strict_refuses_a_writable_directory_without_importing_from_it(tmp_path):
    folder = tmp_path / "open"
    write(folder, "kv_open.py", MARKS)
    folder.chmod(0o770)
    with pytest.raises(PluginLoadFailed) as failure:
        PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(folder,), strict=True))
    [error] = failure.value.errors
    assert (error.plugin, error.stage) == ("kv_open", Stage.PERMISSIONS)
    assert "writable by group" in error.detail
    assert not (folder / "kv_open.ran").exists()
    assert failure.value.host.plugin("kv_open").status == "failed"


@posix
def test_a_writable_plugin_file_is_warned_about_alone(tmp_path):
    write(tmp_path, "goed.py", GOOD)
    write(tmp_path, "kv-zwolle.yaml", ZWOLLE).chmod(0o646)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert [(w.plugin, w.stage) for w in host.warnings] == [("kv-zwolle", Stage.PERMISSIONS)]
    assert "writable by others" in host.warnings[0].detail


@posix
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown")
def test_a_file_owned_by_someone_else_is_warned_about(tmp_path):
    path = write(tmp_path, "vreemd.py", GOOD)
    os.chown(path, 12345, -1)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    [warning] = host.warnings
    assert warning.plugin == "vreemd"
    assert "owned by uid 12345" in warning.detail


@posix
def test_the_cli_warns_and_strict_exits_3(tmp_path, capsys, no_autoload):
    folder = tmp_path / "open"
    write(folder, "kv_open.py", GOOD)
    folder.chmod(0o777)
    code, _, err = run(capsys, "--plugin-dir", str(folder), "facilities")
    assert code == 0
    assert "waarschuwing: kv_open: plugin-map of -bestand kan door anderen" in err
    code, _, err = run(capsys, "--strict", "--plugin-dir", str(folder), "facilities")
    assert code == 3
    assert "kv_open: plugin-map of -bestand kan door anderen" in err


def test_no_check_where_there_are_no_user_ids(tmp_path, monkeypatch):
    folder = tmp_path / "open"
    write(folder, "kv_open.py", GOOD)
    folder.chmod(0o777)
    monkeypatch.delattr(os, "getuid", raising=False)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(folder,), strict=True))
    assert host.warnings == ()


# --- hooks that were meant ------------------------------------------------------------------


MISSPELT_PREFIX = (
    GOOD
    + """

@hookimpl
def kleinschalg_register_criteria(register):
    raise AssertionError("never called")
"""
)

MISSPELT_HOOK = (
    GOOD
    + """

def kleinschalig_register_criterias(register):
    raise AssertionError("never called")
"""
)


@pytest.mark.parametrize(
    ("text", "hook"),
    [
        (MISSPELT_PREFIX, "kleinschalg_register_criteria"),
        (MISSPELT_HOOK, "kleinschalig_register_criterias"),
        (GOOD + "\ndef kleinschalig_criteria(register):\n    pass\n", "kleinschalig_criteria"),
    ],
)
def test_a_hook_that_was_meant_is_reported_with_the_hook_it_meant(tmp_path, text, hook):
    write(tmp_path, "kv_typo.py", text)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    [error] = host.plugin("kv_typo").errors
    assert (error.stage, error.hook, error.meant) == (
        Stage.HOOKS,
        hook,
        "kleinschalig_register_criteria",
    )
    assert host.plugin("kv_typo").status == "failed"
    assert "kv-goed" not in host.catalogue.facilities
    assert error.lines("en")[0].endswith("did you mean kleinschalig_register_criteria?")


def test_strict_fails_on_a_misspelt_hook(tmp_path, capsys, no_autoload):
    write(tmp_path, "kv_typo.py", MISSPELT_PREFIX)
    code, _, err = run(capsys, "--strict", "--plugin-dir", str(tmp_path), "facilities")
    assert code == 3
    assert "kv_typo: ongeldige of onbekende hook [kleinschalg_register_criteria]" in err
    assert "kleinschalig_register_criteria?" in err


def test_a_code_plugin_that_implements_no_hook_is_reported(tmp_path):
    write(tmp_path, "leeg.py", "def helper():\n    pass\n")
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    [error] = host.plugin("leeg").errors
    assert (error.stage, error.detail) == (Stage.HOOKS, "implements no hook")
    assert host.plugin("leeg").status == "failed"


def test_private_names_helpers_and_other_attributes_are_not_hooks(tmp_path):
    text = GOOD + textwrap.dedent("""
        kleinschalig_register_criterias = "not callable"


        def _kleinschalig_register_criteria(register):
            pass


        def register_all(register):
            pass


        def register_criteria(register):
            pass
    """)
    write(tmp_path, "kv_ok.py", text)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,)))
    assert host.errors == ()


def test_a_misspelt_hook_beside_data_files_is_reported(tmp_path, monkeypatch):
    package = tmp_path / "kv_mixed_pkg"
    write(package, "kv-zwolle.yaml", ZWOLLE)
    write(package, "__init__.py", "def kleinschalg_register_criteria(register):\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    host = PluginHost.load(ISOLATED, plugins=[("kv-mixed", "kv_mixed_pkg")])
    [error] = host.plugin("kv-mixed").errors
    assert (error.stage, error.meant) == (Stage.HOOKS, "kleinschalig_register_criteria")
    sys.modules.pop("kv_mixed_pkg", None)


def test_data_plugins_the_core_and_the_bundled_plugins_load_cleanly(tmp_path):
    write(tmp_path, "kv-zwolle.yaml", ZWOLLE)
    host = PluginHost.load(HostConfig(plugin_dirs=(tmp_path,)))
    assert host.errors == ()
    assert {p.status for p in host.plugins} == {"active"}


@pytest.mark.parametrize("python", [False, True], ids=["data", "python"])
def test_the_templates_load_cleanly(tmp_path, monkeypatch, python):
    from kleinschalig.cli.new_plugin import generate

    target = generate("kv-sjabloon", tmp_path, python=python)
    monkeypatch.syspath_prepend(str(target / "src"))
    module = "kleinschalig_kv_sjabloon" + (".plugin" if python else "")
    host = PluginHost.load(ISOLATED, plugins=[("kv-sjabloon", module)])
    assert host.errors == ()
    assert host.plugin("kv-sjabloon").status == "active"
    for name in [m for m in sys.modules if m.startswith("kleinschalig_kv_sjabloon")]:
        del sys.modules[name]


# --- data-only mode -------------------------------------------------------------------------


def test_data_only_loads_data_files_and_never_imports_python_files(tmp_path):
    write(tmp_path, "kv_code.py", MARKS)
    write(tmp_path, "kv-zwolle.yaml", ZWOLLE)
    host = PluginHost.load(HostConfig(entry_points=False, plugin_dirs=(tmp_path,), data_only=True))
    assert host.errors == ()
    code = host.plugin("kv_code")
    assert code.status == "code_not_allowed"
    assert "Python" in code.reason
    assert not (tmp_path / "kv_code.ran").exists()
    assert host.plugin("kv-zwolle").status == "active"
    assert host.plugin("kleinschalig").status == "active"
    assert "kv-zwolle" in host.catalogue.facilities


def test_data_only_loads_allow_listed_code(tmp_path):
    write(tmp_path, "kv_code.py", GOOD)
    config = HostConfig(
        entry_points=False,
        plugin_dirs=(tmp_path,),
        data_only=True,
        code_allow=frozenset({"kv_code"}),
    )
    host = PluginHost.load(config)
    assert host.plugin("kv_code").status == "active"
    assert "kv-goed" in host.catalogue.facilities


def test_data_only_from_the_environment():
    config = HostConfig.from_env(
        {"KLEINSCHALIG_DATA_ONLY": "1", "KLEINSCHALIG_CODE_PLUGINS": "kv-a, kv-b"}
    )
    assert (config.data_only, config.code_allow) == (True, frozenset({"kv-a", "kv-b"}))
    assert HostConfig.from_env({}).data_only is False


def _entry_points(monkeypatch, tmp_path, **targets):
    monkeypatch.syspath_prepend(str(tmp_path))
    fakes = [
        importlib.metadata.EntryPoint(name, value, discovery.ENTRY_POINT_GROUP)
        for name, value in targets.items()
    ]

    def entry_points(group):
        return fakes if group == discovery.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(discovery.importlib.metadata, "entry_points", entry_points)


def test_data_only_reads_a_data_package_without_importing_it(tmp_path, monkeypatch):
    data = tmp_path / "kv_dataonly_pkg"
    write(data, "__init__.py", '"""Data."""\n\n__version__ = "0.1.0"\n')
    write(data, "kv-zwolle.yaml", ZWOLLE)
    with_code = tmp_path / "kv_dataonly_code"
    write(with_code, "__init__.py", "from pathlib import Path\nPath(__file__).touch()\n")
    write(with_code, "kv-other.yaml", ZWOLLE)
    extra = tmp_path / "kv_dataonly_extra"
    write(extra, "__init__.py", "")
    write(extra, "helpers.py", "")
    write(extra, "kv-other.yaml", ZWOLLE)
    write(tmp_path, "kv_dataonly_mod.py", GOOD)
    _entry_points(
        monkeypatch,
        tmp_path,
        **{
            "kv-zwolle": "kv_dataonly_pkg",
            "kv-code": "kv_dataonly_code",
            "kv-extra": "kv_dataonly_extra",
            "kv-mod": "kv_dataonly_mod",
            "kv-attr": "kv_dataonly_pkg:plugin",
            "kv-gone": "kv_dataonly_nowhere",
        },
    )
    host = PluginHost.load(HostConfig(data_only=True))
    assert host.errors == ()
    statuses = {p.name: (p.status, p.form) for p in host.plugins}
    assert statuses["kv-zwolle"] == ("active", "data")
    assert "kv-zwolle" in host.catalogue.facilities
    assert not [m for m in sys.modules if m.startswith("kv_dataonly")]
    for name in ("kv-code", "kv-extra", "kv-mod", "kv-attr", "kv-gone"):
        assert statuses[name][0] == "code_not_allowed", name
    assert "__init__.py" in host.plugin("kv-code").reason
    assert "helpers.py" in host.plugin("kv-extra").reason


def test_data_only_loads_the_bundled_plugins_as_they_load_otherwise():
    normal = PluginHost.load(HostConfig())
    data_only = PluginHost.load(HostConfig(data_only=True))
    assert data_only.errors == ()
    assert [(p.name, p.status) for p in data_only.plugins] == [
        (p.name, p.status) for p in normal.plugins
    ]
    assert data_only.catalogue.facilities.codes() == normal.catalogue.facilities.codes()
    assert [p.version for p in data_only.plugins] == [p.version for p in normal.plugins]


def test_the_cli_lists_code_not_allowed_with_the_reason(tmp_path, capsys, no_autoload, monkeypatch):
    write(tmp_path, "kv_code.py", GOOD)
    monkeypatch.setenv("KLEINSCHALIG_DATA_ONLY", "1")
    code, out, _ = run(
        capsys, "--strict", "--plugin-dir", str(tmp_path), "plugins", "--format", "json"
    )
    assert code == 0
    by_name = {p["name"]: p for p in json.loads(out)["plugins"]}
    assert by_name["kv_code"]["status"] == "code_not_allowed"
    assert by_name["kv_code"]["reason"]
    _, out, _ = run(capsys, "--plugin-dir", str(tmp_path), "plugins", "--lang", "en")
    assert "kv_code (directory, code, code_not_allowed)" in out
    assert "  reason: " in out


def test_the_conformance_kit_fails_a_plugin_with_a_misspelt_hook(pytester):
    from tests.test_conformance_kit import CONFORMANCE, PLUGIN_MODULE

    misspelt = PLUGIN_MODULE.replace("{doelgroep}", "volwassenen") + textwrap.dedent("""

        @hookimpl
        def kleinschalg_register_criteria(register):
            pass
    """)
    pytester.makepyfile(proef_plugin=misspelt)
    pytester.makepyfile(test_conformance=CONFORMANCE)
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.parseoutcomes().get("passed", 0) <= 1, result.stdout.str()
    result.stdout.fnmatch_lines(["*did you mean kleinschalig_register_criteria?*"])
