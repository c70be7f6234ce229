"""The extractor interface and its registry.

An extractor is built from the shared ``Resources`` and called on a parsed article; it yields
mentions, relations, quantities or milestones. The pipeline is an ordered list of names, so a user
can drop or add one without editing the others::

    @extractor("metro", stage="mentions")
    class MetroLines: ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from ..model import EntityType, Milestone, Mention, ParsedArticle, Quantity, Relation
from .lexicon import Lexicon
from .segment import Segmenter, Token
from .words import HAN

def table_header(text: str, row_start: int) -> list[str] | None:
    """The header cells of the Markdown table a row belongs to (| 序号 | 项目名称 | 总投资 |)."""
    start = row_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text.startswith("|", prev):
            break
        start = prev
    if start == row_start:
        return None  # the row is the header itself
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return [c.strip() for c in line.strip().strip("|").split("|")]


def row_subject(text: str, row_start: int, mentions) -> Mention | None:
    """The entity a table row is about: its first, in the first column or after a serial number."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or any(HAN.search(c) for c in text[row_start:first.start].split("|")[1:-1]):
        return None
    return first


# 一、 (二) 3. 第四， ①: the mark that opens a listed item
ITEM_MARK = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十]+[)）、.．]|[（(]?\d{1,2}[)）、.．](?!\d)|第[一二三四五六七八九十]+[，,、：:]?|[①-⑳])\s*")
def item_body(sent) -> tuple[int, int, bool]:
    """Where an item heading's text lies (一、X项目。 → X项目): after its mark and before its closing
    punctuation, or before the colon that opens its description (2. X项目：位于…); and whether the
    sentence has a mark at all."""
    mark = ITEM_MARK.match(sent.text)
    opens = mark.end() if mark else 0
    stop = _HEADING_STOP.search(sent.text, opens) if mark else None  # (a colon before any comma)
    end = stop.start() if stop is not None and stop[0] in "：:" else len(sent.text.rstrip("。：:；; "))
    return sent.start + opens, sent.start + end, bool(mark)


_HEADING_STOP = re.compile(r"[：，,；;]|(?<!\d):(?!\d)")  # (not the colon of 10:30)


_QUALIFIER = re.compile(r"[(（][^()（）]{1,12}[)）]")  # (大场段): what part of the named thing


def _tiled(mentions) -> bool:
    """Do the mentions cover one stretch of text without a gap (X园区, X园区|二期)?"""
    reach = None
    for m in sorted(mentions, key=lambda m: m.start):
        if reach is not None and m.start > reach:
            return False
        reach = m.end if reach is None else max(reach, m.end)
    return True


_ITEM_TYPES = frozenset({EntityType.PROJECT, EntityType.PARK, EntityType.ORGANIZATION})


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

    def item_topic(self, si: int) -> Mention | None:
        """The park, project or organization of the item heading that sentence ``si`` follows.

        Notices and investment pages list items as a heading sentence that is just a name
        (一、华锐集成电路设计中心项目。) followed by sentences without a subject of their own
        (由…投资建设，总投资35亿元，拟选址…): those speak of the heading's entity. Only the last few
        sentences are looked at, and a sentence naming another park or project ends the item; a
        sentence with an item mark of its own (8．X项目：…) opens the next item."""
        if ITEM_MARK.match(self.parsed.sentences[si].text):
            return None
        for k in range(si - 1, max(-1, si - 4), -1):
            sent = self.parsed.sentences[k]
            named = [m for m in self.by_sentence.get(k, ()) if m.source != "nested" and m.type in _ITEM_TYPES]
            if not named:
                continue
            start, end, _ = item_body(sent)
            # the name that reaches furthest (X智造港|二期: the phase is a name of its own, X智造港二期)
            head = max(named, key=lambda m: (m.end, len(m.name)))
            opening = min(m.start for m in named)
            if opening == start and (len(named) == 1 or _tiled(named)) and (
                    end - head.end <= 2 or _QUALIFIER.fullmatch(self.parsed.text, head.end, end)):
                return head  # (走马塘滨水贯通工程（大场段）。: a name and its bracketed qualifier)
            return None
        return None

    def with_parsed(self, parsed: ParsedArticle) -> Doc:
        """The same tokens with new findings; what depends on the tokens only is not computed again."""
        doc = Doc(parsed, self.tokens)
        if "bounds" in self.__dict__:
            doc.__dict__["bounds"] = self.__dict__["bounds"]
        return doc

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
