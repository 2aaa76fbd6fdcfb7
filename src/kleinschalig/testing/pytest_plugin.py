"""The pytest plugin of kleinschalig (entry point ``pytest11``).

Fixtures:

* ``kleinschalig_host`` — a plugin host with only the core, no installed plugins;
* ``kleinschalig_host_factory`` — ``factory(("name", plugin), ..., plugin_dirs=(),
  entry_points=False, strict=False)`` builds an isolated host.

It also collects YAML case files named ``*.case.yaml`` so a facility team can
write tests without Python::

    description: A zelfmelder with a job
    plugins: {kv-voorbeeldstad: kleinschalig_kv_voorbeeldstad.plugin}  # optional
    reference_date: 2026-09-01
    case: {subject_id: fictief-1, case_id: c-1, ...}
    expect:
      valid: true            # or: valid: false + errors: [{code: ..., path: ...}]
      outcomes:              # screening on reference_date, per facility code
        kv-voorbeeldstad: needs_assessment
        kv-elders: {outcome: not_eligible, blocking: [kv-elders.verslaving]}

Unknown keys are rejected with a message that names them and lists the allowed ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

__all__ = ["CaseFile", "CaseFileError", "CaseItem"]

CASE_SUFFIX = ".case.yaml"
_TOP_KEYS = {"description", "plugins", "reference_date", "case", "expect"}
_REQUIRED = {"reference_date", "case", "expect"}
_EXPECT_KEYS = {"valid", "errors", "outcomes"}
_OUTCOME_KEYS = {"outcome", "blocking", "missing_inputs"}
_OUTCOMES = {"eligible", "not_eligible", "needs_assessment", "insufficient_information"}
_ERROR_KEYS = {"code", "path"}


class CaseFileError(Exception):
    """A case file that is not written as the format requires."""


@pytest.fixture
def kleinschalig_host_factory() -> Callable[..., Any]:
    from kleinschalig.plugins import HostConfig, PluginHost

    def factory(
        *plugins: tuple[str, object],
        plugin_dirs: tuple[Path, ...] = (),
        entry_points: bool = False,
        strict: bool = False,
    ) -> PluginHost:
        config = HostConfig(
            plugin_dirs=tuple(plugin_dirs), entry_points=entry_points, strict=strict
        )
        return PluginHost.load(config, plugins=plugins)

    return factory


@pytest.fixture
def kleinschalig_host(kleinschalig_host_factory: Callable[..., Any]) -> Any:
    return kleinschalig_host_factory()


def _yaml_load_all(text: str) -> list[Any]:
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader that keeps dates as text, the way JSON documents carry them."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return list(yaml.load_all(text, Loader=Loader))


def _check_keys(where: str, data: Any, allowed: set[str], required: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    if not isinstance(data, dict):
        raise CaseFileError(f"{where}: expected a mapping")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CaseFileError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )
    missing = sorted(required - set(data))
    if missing:
        raise CaseFileError(f"{where}: missing key(s) {', '.join(missing)}")


def parse_case(where: str, data: Any) -> dict[str, Any]:
    """Check one case document's shape; returns it unchanged."""
    _check_keys(where, data, _TOP_KEYS, _REQUIRED)
    _check_keys(f"{where}: expect", data["expect"], _EXPECT_KEYS, {"valid"})
    if not isinstance(data["expect"]["valid"], bool):
        raise CaseFileError(f"{where}: expect.valid must be true or false")
    for index, error in enumerate(data["expect"].get("errors", [])):
        _check_keys(f"{where}: expect.errors[{index}]", error, _ERROR_KEYS, _ERROR_KEYS)
    if data["expect"]["valid"] and data["expect"].get("errors"):
        raise CaseFileError(f"{where}: expect.valid is true but errors are listed")
    outcomes = data["expect"].get("outcomes", {})
    if outcomes and not data["expect"]["valid"]:
        raise CaseFileError(f"{where}: outcomes need a valid case")
    if not isinstance(outcomes, dict):
        raise CaseFileError(f"{where}: expect.outcomes must map facility codes to outcomes")
    for code, expected in outcomes.items():
        spec = {"outcome": expected} if isinstance(expected, str) else expected
        _check_keys(f"{where}: expect.outcomes.{code}", spec, _OUTCOME_KEYS, {"outcome"})
        if spec["outcome"] not in _OUTCOMES:
            raise CaseFileError(
                f"{where}: expect.outcomes.{code}: unknown outcome {spec['outcome']!r}; "
                f"allowed: {', '.join(sorted(_OUTCOMES))}"
            )
    plugins = data.get("plugins", {})
    if not isinstance(plugins, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in plugins.items()
    ):
        raise CaseFileError(f"{where}: plugins must map plugin names to module paths")
    if not isinstance(data["reference_date"], str):
        raise CaseFileError(f"{where}: reference_date must be a date like 2026-09-01")
    return data  # type: ignore[no-any-return]


class CaseItem(pytest.Item):
    def __init__(self, *, document: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document

    def runtest(self) -> None:
        from kleinschalig.codec.converter import structure
        from kleinschalig.dates import parse_date
        from kleinschalig.errors import InvalidValue, ValidationFailed
        from kleinschalig.model import CaseRecord
        from kleinschalig.plugins import HostConfig, PluginHost

        case = parse_case(self.name, self.document)
        try:
            on = parse_date(case["reference_date"])
        except InvalidValue as exc:
            raise CaseFileError(f"{self.name}: reference_date is not a valid date") from exc
        plugins = case.get("plugins") or {}
        config = HostConfig(entry_points=not plugins)
        host = PluginHost.load(config, plugins=sorted(plugins.items()))
        load_errors = [line for e in host.errors for line in e.lines("en")]
        if load_errors:
            raise CaseFileError("plugins failed to load:\n" + "\n".join(load_errors))
        try:
            record = structure(case["case"], CaseRecord)
            errors = {(e.code, e.path) for e in host.catalogue.check_case(record)}
        except ValidationFailed as failed:
            errors = {(e.code, e.path) for e in failed.errors}
        expect = case["expect"]
        if expect["valid"]:
            assert not errors, f"expected a valid case, got errors {sorted(errors)}"
            self._check_outcomes(host, record, on, expect.get("outcomes", {}))
        else:
            assert errors, "expected errors, but the case is valid"
            wanted = {(e["code"], e["path"]) for e in expect.get("errors", [])}
            if wanted:
                assert errors == wanted, f"errors {sorted(errors)} != expected {sorted(wanted)}"

    def _check_outcomes(self, host: Any, record: Any, on: Any, outcomes: dict[str, Any]) -> None:
        from kleinschalig.screening import decide

        for code, expected in sorted(outcomes.items()):
            spec = {"outcome": expected} if isinstance(expected, str) else expected
            if code not in host.catalogue.facilities:
                raise CaseFileError(f"{self.name}: no facility {code!r} is registered")
            decision = decide(record, host.catalogue.facility(code), host.catalogue, on)
            assert decision.outcome.value == spec["outcome"], (
                f"{code}: outcome {decision.outcome.value}, expected {spec['outcome']}"
                f" (blocking {list(decision.blocking)}, missing {list(decision.missing_inputs)})"
            )
            for key in ("blocking", "missing_inputs"):
                if key in spec:
                    actual = sorted(getattr(decision, key))
                    assert actual == sorted(spec[key]), f"{code}: {key} {actual} != {spec[key]}"

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, (CaseFileError, AssertionError)):
            return f"{self.path}: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.name}"


class CaseFile(pytest.File):
    def collect(self) -> Iterator[CaseItem]:
        documents = _yaml_load_all(self.path.read_text(encoding="utf-8"))
        for index, document in enumerate(documents):
            name = self.path.name.removesuffix(CASE_SUFFIX)
            if len(documents) > 1:
                name += f"[{index}]"
            if isinstance(document, dict) and isinstance(document.get("description"), str):
                name += f": {document['description']}"
            yield CaseItem.from_parent(self, name=name, document=document)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CaseFile | None:
    if file_path.name.endswith(CASE_SUFFIX):
        return CaseFile.from_parent(parent, path=file_path)
    return None
