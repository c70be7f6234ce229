"""Extraction: article → mentions, relations, quantities and milestones, with evidence.

``Pipeline(article)`` is a pure function of (article, lexicon): it can run in parallel and be
cached by content hash. The pipeline is an ordered list of registered extractor names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..ingest import split_sentences
from ..ingest.hant import is_traditional, to_simplified
from ..model import Article, Evidence, Mention, Milestone, ParsedArticle, Quantity, Relation
from . import entities, facts, lists, metro, milestones, persons, quantities, tables, waters  # noqa: F401  (register the extractors)
from .base import REGISTRY, Doc, Resources, SubjectPlace, extractor
from .lexicon import Lexicon, default_lexicon, load_lexicon, normalise
from .mentions import settle
from .segment import Segmenter

__all__ = ["DEFAULT_PIPELINE", "Lexicon", "Pipeline", "extractor", "load_lexicon", "normalise"]

DEFAULT_PIPELINE = (
    "lexicon", "waters", "names", "metro", "persons", "lists",  # mentions
    "subject", "relations", "tables", "affiliations", "inferred", "quantities", "milestones",  # facts
)


class Pipeline:
    def __init__(self, lexicon: Lexicon | None = None, names: Sequence[str] = DEFAULT_PIPELINE):
        lexicon = lexicon or default_lexicon()
        self.resources = Resources(lexicon, _segmenter(lexicon))
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise ValueError(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
        self.names = tuple(names)
        self._stages = [(REGISTRY[n][0], REGISTRY[n][1](self.resources)) for n in self.names]

    def parse(self, article: Article) -> Doc:
        sentences = split_sentences(article.text)
        seg = self.resources.segmenter
        tokens = tuple(tuple(seg.tokens(s.text, s.start)) for s in sentences)
        return Doc(ParsedArticle(article, sentences), tokens)

    def __call__(self, article: Article) -> ParsedArticle:
        if is_traditional(article.text):
            return _in_original_script(self._run(_folded(article)), article)
        return self._run(article)

    def _run(self, article: Article) -> ParsedArticle:
        doc = self.parse(article)
        settled = False
        for stage, ex in self._stages:
            if stage == "facts" and not settled:
                doc = self._settle(doc)
                settled = True
            doc = _add(doc, ex(doc))
        if not settled:
            doc = self._settle(doc)
        return doc.parsed

    def pipe(self, articles: Iterable[Article]):
        for article in articles:
            yield self(article)

    def _settle(self, doc: Doc) -> Doc:
        mentions, relations = settle(doc, self.resources)
        return doc.with_parsed(replace(doc.parsed, mentions=mentions, relations=relations))


def _folded(article: Article) -> Article:
    """The simplified copy an article in traditional characters is read through (same offsets)."""
    return replace(article, text=to_simplified(article.text), title=to_simplified(article.title))


def _in_original_script(parsed: ParsedArticle, article: Article) -> ParsedArticle:
    """Put what was read on the simplified copy back on the article as written: sentences and
    evidence quote the original text, and each name keeps its traditional form as an alias
    (寶山區 for 宝山区), so the entity joins the same thing named in simplified articles."""
    text = article.text

    def evidence(evs: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(replace(e, sentence=text[e.start:e.end]) for e in evs)

    def mention(m: Mention) -> Mention:
        # only where the name itself is written: 該園區 refers to a park, it does not name it
        read, written = parsed.article.text[m.start:m.end], text[m.start:m.end]
        if written != read and normalise(read) in {normalise(f) for f in (m.name, *m.aliases)} \
                and written not in m.aliases:
            return replace(m, aliases=m.aliases + (written,))
        return m

    return replace(
        parsed, article=article,
        sentences=tuple(replace(s, text=text[s.start:s.end]) for s in parsed.sentences),
        mentions=tuple(mention(m) for m in parsed.mentions),
        relations=tuple(replace(r, evidence=evidence(r.evidence)) for r in parsed.relations),
        quantities=tuple(replace(q, evidence=evidence(q.evidence)) for q in parsed.quantities),
        milestones=tuple(replace(m, evidence=evidence(m.evidence)) for m in parsed.milestones),
    )


@lru_cache(maxsize=2)
def _segmenter(lexicon: Lexicon) -> Segmenter:
    return Segmenter(lexicon)


def _add(doc: Doc, findings) -> Doc:
    p = doc.parsed
    mentions, relations, quants, miles = list(p.mentions), list(p.relations), list(p.quantities), list(p.milestones)
    subject = p.subject_place
    for f in findings or ():
        if isinstance(f, Mention):
            mentions.append(f)
        elif isinstance(f, Relation):
            relations.append(f)
        elif isinstance(f, Quantity):
            quants.append(f)
        elif isinstance(f, Milestone):
            miles.append(f)
        elif isinstance(f, SubjectPlace):
            subject = f.name
    return doc.with_parsed(replace(p, mentions=tuple(mentions), relations=tuple(relations),
                                   quantities=tuple(quants), milestones=tuple(miles), subject_place=subject))
