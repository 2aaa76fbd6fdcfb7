"""Lazy module attributes (PEP 562): a public name is imported on first use."""

from __future__ import annotations

from importlib import import_module

# Not imported from typing: this module is on the path of `kleinschalig --version`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, importing ``exports[name]`` on demand."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module protocol's name
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(namespace.get("__all__", exports))

    return __getattr__, __dir__
