"""Verifying decision receipts (issue 15): the receipt's own digest and seal, the decision
re-derived in a fresh process from the recorded inputs, and stale versions.

The two attacks of the issue are here: an outcome edited by hand in a receipt, and a
plugin that wraps ``kleinschalig.screening.decide`` at import so that kv-krimpen's
``insufficient_information`` becomes ``eligible`` with an unchanged digest.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

from kleinschalig.cli import main
from kleinschalig.codec import load_json, unstructure
from kleinschalig.model import CaseRecord
from kleinschalig.plugins import HostConfig, PluginHost
from kleinschalig.screening import (
    DecisionRecord,
    VerifyReport,
    receipt,
    screen,
    verify_receipt,
)
from kleinschalig.screening.receipt import RECEIPT_FORMAT
from tests.screening_fixtures import ProefPlugin, good_case

#: A fictional person for kv-krimpen: every requirement that can be read is met, but the
#: offence type is not recorded, so the fixed contra-indication (a sexual offence) is
#: unknown and the outcome is ``insufficient_information``. Referred on 2020-03-01, while
#: De Compagnie II was open (January 2019 to 1 May 2020, 001:L3586).
CASE = {
    "subject_id": "fictief-verify-1",
    "case_id": "c-verify-1",
    "sex": "male",
    "legal_titles": [{"title": "gevangenisstraf", "since": "2019-03-01", "phase": "plusprogramma"}],
    "sentence": {"imposed_length": "2y", "start_date": "2019-03-01"},
    "intake": {"languages": ["nl"]},
    "referral": {"date": "2020-03-01"},
}

#: The attack: a plugin that, when imported, wraps the screening function so that
#: kv-krimpen says ``eligible`` where it would say ``insufficient_information``. The
#: decision keeps its digest, and the plugin registers nothing suspicious.
TAMPER = """
import attrs

import kleinschalig.screening as screening
from kleinschalig.plugins import hookimpl
from kleinschalig.screening import Outcome

_original = screening.decide


def _wrapped(case, facility, catalogue, on, overrides=()):
    decision = _original(case, facility, catalogue, on, overrides)
    if decision.facility == "kv-krimpen" and decision.outcome is Outcome.INSUFFICIENT_INFORMATION:
        return attrs.evolve(decision, outcome=Outcome.ELIGIBLE, missing_inputs=())
    return decision


screening.decide = _wrapped


@hookimpl
def kleinschalig_register_translations(register):
    pass
"""

KEY = "fictief-geheim-voor-de-test"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in list(os.environ):
        if name.startswith("KLEINSCHALIG_") and name != "KLEINSCHALIG_CACHE_DIR":
            monkeypatch.delenv(name)


def screen_receipt(tmp_path, *options: str, key: str | None = None) -> dict:
    """kv-krimpen's receipt for CASE as ``kleinschalig screen --format receipt`` writes it,
    in a process of its own (a plugin in ``options`` may tamper with that process)."""
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLEINSCHALIG_")}
    env["KLEINSCHALIG_CACHE_DIR"] = os.environ.get("KLEINSCHALIG_CACHE_DIR", "off")
    if key is not None:
        env["KLEINSCHALIG_RECEIPT_KEY"] = key
    command = [sys.executable, "-m", "kleinschalig.cli", "screen", str(case)]
    command += ["--facility", "kv-krimpen", "--format", "receipt", *options]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    [record] = json.loads(done.stdout)
    return record


def found(report: VerifyReport, code: str) -> dict[str, str]:
    """path -> English message of the findings with ``code``."""
    return {f.path: f.message("en") for f in report.findings if f.code == code}


def reseal(data: dict, key: str | None = None) -> dict:
    """What someone who edits a receipt and knows the format does: recompute its digests."""
    from kleinschalig.screening.receipt import _sealed

    bare = {k: v for k, v in data.items() if k not in ("parts", "receipt_digest", "seal")}
    return _sealed(bare, None if key is None else key.encode())


# -- a clean receipt ---------------------------------------------------------------------


def test_a_clean_receipt_carries_its_digest_and_owners_and_verifies(tmp_path):
    record = screen_receipt(tmp_path)
    assert record["format"] == RECEIPT_FORMAT == "kleinschalig.decision/2"
    assert record["decision"]["outcome"] == "insufficient_information"
    assert len(record["receipt_digest"]) == 64
    assert "seal" not in record
    plugins = {p["name"]: p for p in record["plugins"]}
    assert plugins["kv-krimpen"]["facilities"] == ["kv-krimpen"]
    assert "kv-krimpen.zedendelict" in plugins["kv-krimpen"]["criteria"]
    assert plugins["kleinschalig"]["criteria"] == ["core.accepted-title", "core.facility-open"]
    assert "criteria" not in plugins["kv-almelo"]  # active, but owns nothing of this decision
    report = verify_receipt(record)
    assert report.ok, [f.message("en") for f in report.findings]
    assert report.findings == ()
    assert report.notes == ()
    assert report.rederived is not None
    assert report.rederived.digest == record["decision"]["digest"]


def test_a_receipt_round_trips_and_verifies_as_an_object():
    host = PluginHost.load(HostConfig.from_env(environ={}))
    case = load_json(json.dumps(CASE).encode(), CaseRecord)
    [decision] = screen(case, host.catalogue, facilities=["kv-krimpen"])
    versions = {p.name: p.version for p in host.plugins if p.status == "active"}
    record = receipt(decision, case, versions, host.catalogue)
    assert load_json(json.dumps(unstructure(record, DecisionRecord)).encode(), DecisionRecord) == (
        record
    )
    assert verify_receipt(record).ok


# -- attack 1: an outcome edited by hand ------------------------------------------------------


def test_an_outcome_edited_by_hand_fails_the_digest_and_the_rederivation(tmp_path):
    record = screen_receipt(tmp_path)
    record["decision"]["outcome"] = "eligible"
    report = verify_receipt(record)
    assert not report.ok
    assert "/receipt_digest" in found(report, "receipt.digest")
    assert list(found(report, "receipt.part_changed")) == ["/decision/outcome"]
    outcome = found(report, "receipt.rederived")["/decision/outcome"]
    assert "insufficient_information" in outcome
    assert "eligible" in outcome


def test_an_edit_that_recomputes_the_bare_digest_is_still_caught_by_rederiving(tmp_path):
    record = screen_receipt(tmp_path)
    record["decision"]["outcome"] = "eligible"
    forged = reseal(record)
    report = verify_receipt(forged)
    assert not found(report, "receipt.digest")
    assert not found(report, "receipt.part_changed")
    assert "/decision/outcome" in found(report, "receipt.rederived")


def test_an_edited_trace_line_is_named_by_its_number(tmp_path):
    record = screen_receipt(tmp_path)
    lines = record["decision"]["criteria"]
    n = next(i for i, r in enumerate(lines) if r["criterion"] == "kv-krimpen.zedendelict")
    lines[n]["outcome"] = "met"
    report = verify_receipt(record)
    assert list(found(report, "receipt.part_changed")) == [f"/decision/criteria/{n}"]
    line = found(report, "receipt.rederived")[f"/decision/criteria/{n}/outcome"]
    assert "unknown" in line
    assert "met" in line


def test_an_edited_case_is_named(tmp_path):
    record = screen_receipt(tmp_path)
    record["case"]["sex"] = "female"
    report = verify_receipt(record)
    assert list(found(report, "receipt.part_changed")) == ["/case/sex"]
    assert "/decision/outcome" in found(report, "receipt.rederived")  # now not_eligible


# -- attack 2: a plugin that wraps decide at import -------------------------------------------


def test_a_plugin_that_wraps_decide_is_caught_by_the_fresh_process(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "meelezer.py").write_text(TAMPER, encoding="utf-8")
    record = screen_receipt(tmp_path, "--plugin-dir", str(plugins))
    # The attack worked in the process that screened: eligible, with the same digest.
    clean = screen_receipt(tmp_path)
    assert record["decision"]["outcome"] == "eligible"
    assert record["decision"]["digest"] == clean["decision"]["digest"]
    assert "meelezer" in {p["name"] for p in record["plugins"]}
    # The receipt is intact (sealed after the tampering); the re-derivation, in a fresh
    # process that loads only the owners of the facility and its criteria, is not fooled,
    # even with the tampering plugin's directory configured.
    report = verify_receipt(record, config=HostConfig(plugin_dirs=(plugins,)))
    assert not report.ok
    assert not found(report, "receipt.digest")
    assert not found(report, "receipt.part_changed")
    differs = found(report, "receipt.rederived")
    assert "insufficient_information" in differs["/decision/outcome"]
    assert "/decision/missing_inputs" in differs
    assert "/decision/digest" not in differs  # the digests alone would not have told
    assert report.rederived is not None
    assert report.rederived.outcome == "insufficient_information"


def test_the_cli_reports_the_wrapped_decide(tmp_path, capsys):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "meelezer.py").write_text(TAMPER, encoding="utf-8")
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps([screen_receipt(tmp_path, "--plugin-dir", str(plugins))]))
    assert main(["verify", str(path), "--plugin-dir", str(plugins), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "/0/decision/outcome" in out
    assert "insufficient_information" in out
    assert "[receipt.rederived]" in out


# -- stale versions ---------------------------------------------------------------------------


def _object_receipt(**versions: str) -> DecisionRecord:
    host = PluginHost.load(HostConfig.from_env(environ={}))
    case = load_json(json.dumps(CASE).encode(), CaseRecord)
    [decision] = screen(case, host.catalogue, facilities=["kv-krimpen"])
    active = {p.name: p.version for p in host.plugins if p.status == "active"}
    return receipt(decision, case, {**active, **versions}, host.catalogue)


def test_a_stale_plugin_version_is_reported_with_both_versions():
    report = verify_receipt(_object_receipt(**{"kv-krimpen": "0.0.1"}))
    assert not report.ok
    [message] = found(report, "receipt.stale").values()
    assert message.startswith("Stale: versions differ")
    assert "kv-krimpen" in message
    assert "0.0.1" in message
    assert "0.1.0" in message
    assert not found(report, "receipt.rederived")  # same rules, so the same decision


def test_a_stale_library_version_is_reported(monkeypatch):
    # (``kleinschalig.screening.receipt`` as an attribute is the function; the module:)
    receipt_module = sys.modules["kleinschalig.screening.receipt"]
    monkeypatch.setattr(receipt_module, "__version__", "0.0.9")
    report = verify_receipt(_object_receipt())
    [message] = found(report, "receipt.stale").values()
    assert "kleinschalig" in message
    assert "0.0.9" in message


def test_an_owner_that_is_not_installed_is_reported(tmp_path):
    record = screen_receipt(tmp_path)
    report = verify_receipt(record, config=HostConfig(block=frozenset({"kv-krimpen"})))
    assert not report.ok
    assert "kv-krimpen" in " ".join(found(report, "receipt.plugin_missing").values())
    assert found(report, "receipt.rederive_failed")


# -- the ruleset digest -------------------------------------------------------------------------


def test_the_ruleset_digest_covers_the_owner_plugin_and_its_version():
    def rules(name: str, version: str) -> str:
        plugin = ProefPlugin()
        plugin.__version__ = version  # type: ignore[attr-defined]
        host = PluginHost.load(HostConfig(entry_points=False), plugins=[(name, plugin)])
        assert host.catalogue.plugin_versions[name] == version
        [decision] = screen(good_case(), host.catalogue, facilities=["kv-proef"])
        return decision.ruleset_digest

    assert rules("proef", "1.0") == rules("proef", "1.0")
    assert rules("proef", "1.0") != rules("proef", "1.1")
    assert rules("proef", "1.0") != rules("proefje", "1.0")


# -- format /1 and the HMAC seal ------------------------------------------------------------


def _as_format_1(record: dict) -> dict:
    old = {k: v for k, v in record.items() if k not in ("parts", "receipt_digest", "seal")}
    old["format"] = "kleinschalig.decision/1"
    old["plugins"] = [{"name": p["name"], "version": p["version"]} for p in record["plugins"]]
    return old


def test_a_format_1_receipt_is_read_and_said_to_have_no_seal(tmp_path):
    old = _as_format_1(screen_receipt(tmp_path))
    report = verify_receipt(old)
    assert report.ok, [f.message("en") for f in report.findings]
    assert [n.code for n in report.notes] == ["receipt.unsealed", "receipt.owners_unknown"]
    old["decision"]["outcome"] = "eligible"
    assert "/decision/outcome" in found(verify_receipt(old), "receipt.rederived")


def test_a_key_seals_the_receipt_and_the_seal_authenticates(tmp_path, monkeypatch):
    record = screen_receipt(tmp_path, key=KEY)
    assert record["seal"].startswith("hmac-sha256:")
    monkeypatch.setenv("KLEINSCHALIG_RECEIPT_KEY", KEY)
    assert verify_receipt(record).ok
    assert found(verify_receipt(record, key=b"een andere sleutel"), "receipt.seal")
    # An edit that leaves the decision alone, with the bare digest recomputed by hand:
    edited = copy.deepcopy(record)
    edited["case"]["case_id"] = "c-verify-2"
    forged = reseal(edited)
    report = verify_receipt(forged)
    assert list(found(report, "receipt.seal_missing")) == ["/seal"]
    assert not found(report, "receipt.digest")  # the bare digest alone was fooled
    # ... and a forger without the key cannot make a seal that holds.
    assert found(verify_receipt(reseal(edited, "geraden")), "receipt.seal")
    # Without a key the verifier says it could not check the seal.
    monkeypatch.delenv("KLEINSCHALIG_RECEIPT_KEY")
    report = verify_receipt(record)
    assert report.ok
    assert [n.code for n in report.notes] == ["receipt.seal_unchecked"]


def test_the_receipt_key_is_documented():
    from kleinschalig.plugins import ENV

    assert "KLEINSCHALIG_RECEIPT_KEY" in ENV


# -- the command ----------------------------------------------------------------------------


def test_verify_command_exit_status_and_json(tmp_path, capsys):
    record = screen_receipt(tmp_path)
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert main(["verify", str(path), "--lang", "en"]) == 0
    assert "kv-krimpen" in capsys.readouterr().out
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record), encoding="utf-8")
    assert main(["verify", str(single), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True
    assert out["receipts"][0]["facility"] == "kv-krimpen"
    record["decision"]["outcome"] = "eligible"
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert main(["verify", str(path), "--format", "json", "--lang", "en"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False
    codes = {(f["code"], f["path"]) for f in out["receipts"][0]["findings"]}
    assert {
        ("receipt.digest", "/0/receipt_digest"),
        ("receipt.part_changed", "/0/decision/outcome"),
        ("receipt.rederived", "/0/decision/outcome"),
    } <= codes


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{not json", "json.syntax"),
        ('{"format": "kleinschalig.decision/9"}', "receipt.format"),
        ('{"format": "kleinschalig.decision/2", "library_version": "0.1.0"}', "field.missing"),
        ("[1]", "receipt.format"),
    ],
)
def test_an_unreadable_receipt_exits_2_with_a_structured_error(tmp_path, capsys, content, code):
    path = tmp_path / "receipt.json"
    path.write_text(content, encoding="utf-8")
    assert main(["verify", str(path), "--format", "json", "--lang", "en"]) == 2
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] is False
    assert code in {e["code"] for e in out["errors"]}
    assert main(["verify", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"[{code}]" in err
    assert "Traceback" not in err


def test_a_missing_receipt_file_exits_2(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "none.json"), "--lang", "en"]) == 2
    assert "none.json" in capsys.readouterr().err
