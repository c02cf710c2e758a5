"""A small registry of extractors, each under a versioned name (`cityties.agreements` v1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cityties.extraction.doc import Doc

__all__ = ["Extractor", "get", "names", "register"]


@dataclass(frozen=True, slots=True)
class Extractor:
    """A pipeline component: reads the Doc and adds mentions or facts to it."""

    name: str
    version: int
    func: Callable[[Doc], None]

    @property
    def tag(self) -> str:
        """The name@version stored on every piece of evidence it produces."""
        return f"{self.name}@{self.version}"

    def __call__(self, doc: Doc) -> None:
        self.func(doc)


_REGISTRY: dict[str, Extractor] = {}


def register(name: str, *, version: int) -> Callable[[Callable[[Doc], None]], Extractor]:
    """Register `func` as the extractor `name` at `version` (a change of behaviour bumps it)."""

    def wrap(func: Callable[[Doc], None]) -> Extractor:
        ext = Extractor(name, version, func)
        _REGISTRY[name] = ext
        return ext

    return wrap


def get(name: str) -> Extractor:
    """The registered extractor called `name`."""
    return _REGISTRY[name]


def names() -> list[str]:
    """Every registered extractor name."""
    return sorted(_REGISTRY)
