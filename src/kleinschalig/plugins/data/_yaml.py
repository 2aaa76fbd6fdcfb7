"""YAML read safely, with the line of every value, so an error can name file and line.

Only the plain YAML types are built (the safe schema, no tags that construct
objects); dates stay text (``2026-09-01``), as in JSON, so the one JSON layer
reads them. A key given twice is an error, not a silent overwrite. libyaml's C
parser is used where it is installed.
"""

from __future__ import annotations

from typing import Any, Final

import attrs
import yaml

from kleinschalig.errors import join_pointer

__all__ = ["MAX_NODES", "Located", "YamlProblem", "read_yaml"]

#: Values one document may hold; aliases that expand past this are refused ("billion laughs").
MAX_NODES: Final = 200_000

_BASE: Final[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc]
    """The safe loader without the timestamp resolver: dates stay text, as in JSON."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_PLAIN_TAGS: Final = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
    }
)


@attrs.frozen(slots=True)
class YamlProblem:
    """Why the text is not a YAML document the loader accepts, and where (1-based line)."""

    code: str
    line: int
    pointer: str = ""
    params: tuple[tuple[str, str], ...] = ()


@attrs.frozen(slots=True)
class Located:
    """A parsed document and the line of each value, by JSON Pointer."""

    value: Any
    lines: dict[str, int]

    def line_of(self, pointer: str) -> int:
        """The line of ``pointer``, or of the nearest enclosing value that has one."""
        while pointer not in self.lines and pointer:
            pointer = pointer.rsplit("/", 1)[0]
        return self.lines.get(pointer, 1)


class _Builder:
    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.lines: dict[str, int] = {}
        self.problems: list[YamlProblem] = []
        self.count = 0

    def build(self, node: Any, path: tuple[str | int, ...]) -> Any:
        pointer = join_pointer(*path)
        self.lines.setdefault(pointer, node.start_mark.line + 1)
        self.count += 1
        if self.count > MAX_NODES:
            if not any(p.code == "yaml.too_large" for p in self.problems):
                self.problems.append(YamlProblem("yaml.too_large", node.start_mark.line + 1))
            return None
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(
                YamlProblem("yaml.tag", node.start_mark.line + 1, pointer, (("tag", node.tag),))
            )
            return None
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)
            found: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    key = str(key)
                if key in found:
                    self.problems.append(
                        YamlProblem(
                            "yaml.duplicate_key",
                            key_node.start_mark.line + 1,
                            join_pointer(*path, key),
                        )
                    )
                    continue
                # An error about a value points at its key's line, where an editor shows it.
                self.lines[join_pointer(*path, key)] = key_node.start_mark.line + 1
                found[key] = self.build(value_node, (*path, key))
            return found
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)


def _problem(exc: yaml.MarkedYAMLError, line: int, text: str) -> YamlProblem:
    """The YAML error as one of ours: an anchor problem by name, else a syntax error."""
    import re

    said = f"{exc.context or ''} {exc.problem or ''}"
    if "undefined alias" in said:
        code, sign = "yaml.alias_undefined", "*"
    elif "duplicate anchor" in said:
        code, sign = "yaml.anchor_duplicate", "&"
    else:
        return YamlProblem("yaml.syntax", line)
    mark = exc.problem_mark
    start = text.find(sign, mark.index if mark is not None else 0)
    found = re.match(r"[&*]([^\s,\[\]{}]+)", text[start:]) if start >= 0 else None
    return YamlProblem(code, line, params=(("anchor", found[1] if found else "?"),))


def read_yaml(text: str) -> tuple[Located | None, list[YamlProblem]]:
    """Parse one YAML document; ``None`` and the problems when it cannot be read."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [_problem(exc, line, text)]
    except yaml.YAMLError:
        return None, [YamlProblem("yaml.syntax", 1)]
    finally:
        loader.dispose()
    if node is None:
        return Located({}, {"": 1}), []
    builder = _Builder(_Loader(""))
    value = builder.build(node, ())
    return Located(value, builder.lines), builder.problems
