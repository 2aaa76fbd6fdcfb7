"""Fuzz the codec, the API and the CLI with generated and mutated documents.

``python scripts/fuzz.py [-n 100000] [--seed 0] [--time-limit 2] [--cli-every 50]``

Every public model (:data:`kleinschalig.codec.models.MODELS`) gets valid
documents from :func:`kleinschalig.testing.strategies.for_type`, which are then
mutated (a key dropped or added, a type changed, ``1.0`` for an integer, an empty
or too long string, a wrong enum value or date, a nested ``null``). Each document
goes through ``load_json``, and case records and event logs further through
``check_case``, ``screen``, ``explain`` and ``timeline``; every ``--cli-every``-th
one also through the CLI's ``validate`` and ``screen`` (in process). The published
JSON Schema (format checking on) is asked too. Printed counts:

- tried: documents run;
- tracebacks: an exception other than the library's structured errors;
- silent acceptances: the library accepts what the schema rejects;
- schema disagreements: schema and library differ, in either direction, beyond
  the checks the schema names in ``x-kleinschalig-checks``;
- hangs: a document that took longer than ``--time-limit`` seconds;
- misplaced paths: an error whose JSON Pointer names no place in the document
  (a missing key counts as placed when its parent object exists).

Examples are given as model name, mutation and JSON-Pointer path: never values.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

KINDS = ("tracebacks", "silent acceptances", "schema disagreements", "hangs", "misplaced paths")

MUTATIONS = (
    "none",
    "drop_key",
    "add_key",
    "change_type",
    "float_for_int",
    "empty_string",
    "too_long",
    "wrong_enum",
    "wrong_date",
    "null",
)


def _nodes(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, doc
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from _nodes(value, (*path, index))


def pointer(path: tuple[Any, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _replace(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {**doc, head: _replace(doc[head], rest, value)}
    copy = list(doc)
    copy[head] = _replace(doc[head], rest, value)
    return copy


def _other_type(value: Any, rng: random.Random) -> Any:
    choices: list[Any] = [True, 7, 2.5, "x", [], {}, [1], {"a": 1}]
    return rng.choice([c for c in choices if type(c) is not type(value)])


def _too_long(value: Any, path: tuple[Any, ...], rng: random.Random) -> Any:
    """A string or list at or just over the documented limit."""
    from kleinschalig.codec.strict import DEFAULT_LIMITS

    limits = DEFAULT_LIMITS

    over = rng.choice((0, 1))
    if type(value) is str:
        notes = bool(path) and path[-1] in limits.long_text_keys
        return "a" * ((limits.max_notes if notes else limits.max_text) + over)
    return [None] * (limits.max_list + over) if over else (value * (limits.max_list // 2))[:4]


def mutate(doc: Any, kind: str, rng: random.Random) -> tuple[Any, str] | None:
    """``doc`` changed once by ``kind``, with the JSON Pointer changed; None if it cannot be."""
    nodes = list(_nodes(doc))
    if kind == "none":
        return doc, ""
    if kind == "drop_key":
        spots = [(p, v) for p, v in nodes if isinstance(v, dict) and v]
        if not spots:
            return None
        path, value = rng.choice(spots)
        key = rng.choice(list(value))
        return _replace(doc, path, {k: v for k, v in value.items() if k != key}), pointer(
            (*path, key)
        )
    if kind == "add_key":
        spots = [(p, v) for p, v in nodes if isinstance(v, dict)]
        if not spots:
            return None
        path, value = rng.choice(spots)
        return _replace(doc, path, {**value, "zz_unknown": 1}), pointer((*path, "zz_unknown"))
    wanted = {
        "change_type": lambda v: True,
        "float_for_int": lambda v: type(v) is int,
        "empty_string": lambda v: type(v) is str,
        "too_long": lambda v: type(v) in (str, list),
        "wrong_enum": lambda v: type(v) is str,
        "wrong_date": lambda v: type(v) is str and len(v) == 10 and v[4:5] == "-",
        "null": lambda v: v is not None,
    }[kind]
    spots = [(p, v) for p, v in nodes if p and wanted(v)]
    if not spots:
        return None
    path, value = rng.choice(spots)
    if kind == "change_type":
        new: Any = _other_type(value, rng)
    elif kind == "float_for_int":
        new = float(value)
    elif kind == "empty_string":
        new = ""
    elif kind == "too_long":
        new = _too_long(value, path, rng)
    elif kind == "wrong_enum":
        new = rng.choice(["zz-not-a-value", value.upper() + "X", " " + value])
    elif kind == "wrong_date":
        new = rng.choice(
            [
                value[8:] + "-" + value[5:7] + "-" + value[:4],
                value[:5] + "13" + value[7:],
                value[:8] + "32",
                value[:4] + "-02-30",
                value.replace("-", "/"),
                value + "T00:00",
            ]
        )
    else:
        new = None
    return _replace(doc, path, new), pointer(path)


class Oracle:
    """The library and the published schema, asked about the same document."""

    def __init__(self) -> None:
        import jsonschema

        from kleinschalig.codec.models import MODELS
        from kleinschalig.codec.schema import json_schema

        self.models = MODELS
        self.validators = {
            name: jsonschema.Draft202012Validator(
                json_schema(model), format_checker=jsonschema.FormatChecker()
            )
            for name, model in MODELS.items()
        }

    def schema_accepts(self, name: str, doc: Any) -> bool:
        return bool(self.validators[name].is_valid(doc))

    def library(self, name: str, text: str) -> tuple[Any, list[Any]]:
        """(instance or None, errors) from ``load_json``."""
        from kleinschalig.codec.converter import load_json
        from kleinschalig.errors import ValidationFailed

        try:
            return load_json(text, self.models[name]), []
        except ValidationFailed as exc:
            return None, list(exc.errors)

    def excused(self, doc: Any, errors: list[Any]) -> bool:
        """Every error is one of the checks the schema names in ``x-kleinschalig-checks``."""
        return bool(errors) and all(excused_error(doc, e) for e in errors)


def _at(doc: Any, path: str) -> Any:
    for part in path.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def placed(doc: Any, path: str) -> bool:
    """``path`` names a value in ``doc``, or a key missing from an object that is there."""
    try:
        _at(doc, path)
        return True
    except (KeyError, IndexError, TypeError, ValueError):
        pass
    parent, _, _last = path.rpartition("/")
    try:
        return isinstance(_at(doc, parent), dict)
    except (KeyError, IndexError, TypeError, ValueError):
        return False


def excused_error(doc: Any, error: Any) -> bool:
    """``error`` comes from a check the schema declares beyond JSON Schema's reach."""
    from kleinschalig.codec.schema import UNEXPRESSED_CHECKS

    if error.code == "type.invalid":
        try:
            value = _at(doc, error.path)
        except (KeyError, IndexError, TypeError, ValueError):
            return False
        return type(value) is float and value.is_integer()
    field = next((p for p in reversed(error.path.split("/")) if not p.isdigit()), "")
    return any(
        error.code in c["codes"] and field in c.get("fields", [field])
        for c in UNEXPRESSED_CHECKS
        if c["check"] != "integer-literal"
    )


def samples(model: Any, count: int, seed: int) -> list[Any]:
    """``count`` valid documents of ``model`` at once (much faster than one by one)."""
    from hypothesis import HealthCheck, given, settings

    from kleinschalig.codec.converter import unstructure
    from kleinschalig.testing.strategies import for_type

    found: list[Any] = []

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=["generate"],
    )
    @given(for_type(model))
    def draw(instance: Any) -> None:
        found.append(unstructure(instance, model))

    draw._hypothesis_internal_use_seed = seed  # type: ignore[attr-defined]
    draw()
    return found


class Outcome:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def note(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        shown = self.examples.setdefault(kind, [])
        if len(shown) < 10 and example not in shown:
            shown.append(example)


_HOST: list[Any] = []


def host() -> Any:
    from kleinschalig.plugins import HostConfig, PluginHost

    if not _HOST:
        _HOST.append(PluginHost.load(HostConfig.from_env()))
    return _HOST[0]


def run_api(name: str, instance: Any) -> list[Any]:
    """The API calls beyond ``load_json`` that a valid document of ``name`` can go through.

    Returns the errors ``check_case`` found (their paths are audited like the codec's).
    """
    import datetime as dt

    from kleinschalig.errors import KleinschaligError
    from kleinschalig.screening import explain, screen
    from kleinschalig.workflows import timeline

    if name != "case-record":
        return []
    catalogue = host().catalogue
    try:
        problems = list(catalogue.check_case(instance))
        if problems:
            return problems
        on = instance.referral.date if instance.referral is not None else dt.date(2026, 1, 1)
        for decision in screen(instance, catalogue, on):
            explain(decision, "en")
        timeline(instance, catalogue, on)
    except KleinschaligError:
        pass
    return []


def run_cli(name: str, text: str, directory: Path) -> tuple[int, str]:
    from kleinschalig.cli import main

    path = directory / "doc.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = io.StringIO()
    codes = []
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        codes.append(main(["validate", "--model", name, "--format", "json", str(path)]))
        if name == "case-record":
            codes.append(main(["screen", "--on", "2026-01-01", "--format", "json", str(path)]))
    return codes[0], out.getvalue()


def fuzz(
    n: int,
    seed: int,
    time_limit: float,
    cli_every: int,
    quiet: bool = False,
    max_seconds: float | None = None,
) -> Outcome:
    oracle = Oracle()
    rng = random.Random(seed)
    outcome = Outcome()
    names = sorted(oracle.models)
    per_model = max(1, n // len(names) // len(MUTATIONS) + 1)
    pools = {
        name: samples(oracle.models[name], min(per_model, 200), seed + i)
        for i, name in enumerate(names)
    }
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        while outcome.counts["tried"] < n:
            if max_seconds is not None and time.monotonic() - started > max_seconds:
                print(f"stopped after {max_seconds:.0f} s", file=sys.stderr)
                break
            name = rng.choice(names)
            kind = rng.choice(MUTATIONS)
            changed = mutate(rng.choice(pools[name]), kind, rng)
            if changed is None:
                continue
            doc, where = changed
            label = f"{name} {kind} {where or '/'}"
            outcome.counts["tried"] += 1
            t0 = time.monotonic()
            text = json.dumps(doc, ensure_ascii=False)
            try:
                instance, errors = oracle.library(name, text)
                accepted = instance is not None
                for error in errors:
                    if not placed(doc, error.path):
                        outcome.note("misplaced paths", f"{label} -> {error.code}@{error.path}")
                by_schema = oracle.schema_accepts(name, doc)
                if accepted and not by_schema:
                    outcome.note("silent acceptances", label)
                    outcome.note("schema disagreements", label)
                elif by_schema and not accepted and not oracle.excused(doc, errors):
                    codes = ",".join(sorted({f"{e.code}@{e.path}" for e in errors}))
                    outcome.note("schema disagreements", f"{label} -> {codes}")
                if accepted:
                    for error in run_api(name, instance):
                        if not placed(doc, error.path):
                            outcome.note("misplaced paths", f"{label} -> {error.code}@{error.path}")
                if cli_every and outcome.counts["tried"] % cli_every == 0:
                    status, _ = run_cli(name, text, directory)
                    if status not in (0, 1):
                        outcome.note("tracebacks", f"{label} cli exit {status}")
            except Exception as exc:
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                outcome.note(
                    "tracebacks",
                    f"{label} {type(exc).__name__} {Path(frame.filename).name}:{frame.lineno}",
                )
            if time.monotonic() - t0 > time_limit:
                outcome.note("hangs", label)
            if not quiet and outcome.counts["tried"] % 5_000 == 0:
                rate = outcome.counts["tried"] / (time.monotonic() - started)
                print(f"... {outcome.counts['tried']} tried ({rate:.0f}/s)", file=sys.stderr)
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("-n", type=int, default=100_000, help="documents to try")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-limit", type=float, default=2.0, help="seconds per document")
    parser.add_argument("--cli-every", type=int, default=50, help="every k-th through the CLI")
    parser.add_argument("--max-seconds", type=float, help="stop after this long, whatever -n")
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcome = fuzz(args.n, args.seed, args.time_limit, args.cli_every, max_seconds=args.max_seconds)
    elapsed = time.monotonic() - started
    rate = outcome.counts["tried"] / elapsed if elapsed else 0.0
    print(f"tried: {outcome.counts['tried']} in {elapsed:.0f} s ({rate:.0f}/s)")
    kinds = KINDS
    for kind in kinds:
        print(f"{kind}: {outcome.counts[kind]}")
        for example in outcome.examples.get(kind, []):
            print(f"  {example}")
    return 0 if all(outcome.counts[k] == 0 for k in kinds) else 1


if __name__ == "__main__":
    sys.exit(main())
