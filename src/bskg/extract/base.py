"""The extractor interface and its registry.

An extractor is built from the shared ``Resources`` and called on a parsed article; it yields
mentions, relations, quantities or milestones. The pipeline is an ordered list of names, so a user
can drop or add one without editing the others::

    @extractor("metro", stage="mentions")
    class MetroLines: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from ..model import Milestone, Mention, ParsedArticle, Quantity, Relation
from .lexicon import Lexicon
from .segment import Segmenter, Token



@dataclass(frozen=True)
class SubjectPlace:
    """The district an article is about (a finding of the "subject" extractor)."""

    name: str


Finding = Mention | Relation | Quantity | Milestone | SubjectPlace


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    segmenter: Segmenter


@dataclass(frozen=True)
class Doc:
    """A parsed article plus its tokens (per sentence), handed to every extractor."""

    parsed: ParsedArticle
    tokens: tuple[tuple[Token, ...], ...]

    @cached_property
    def by_sentence(self) -> dict[int, list[Mention]]:
        """The article's mentions, per sentence index, in text order."""
        out: dict[int, list[Mention]] = {}
        for m in sorted(self.parsed.mentions, key=lambda m: (m.start, -m.end)):
            out.setdefault(m.sentence, []).append(m)
        return out

    @cached_property
    def bounds(self) -> tuple[tuple[frozenset[int], frozenset[int]], ...]:
        """Per sentence: the offsets where tokens start, and where they end."""
        return tuple((frozenset([t[1] for t in ts]), frozenset([t[2] for t in ts])) for ts in self.tokens)


class Extractor(Protocol):
    name: str
    stage: str  # "mentions" (before mentions are settled) or "facts" (after)

    def __call__(self, doc: Doc) -> Iterable[Finding]: ...


REGISTRY: dict[str, tuple[str, Callable[[Resources], Extractor]]] = {}


def extractor(name: str, stage: str) -> Callable:
    """Register a factory ``f(resources) -> callable(doc)`` under ``name``."""

    def register(factory: Callable[[Resources], Extractor]):
        REGISTRY[name] = (stage, factory)
        return factory

    return register
