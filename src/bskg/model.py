"""The immutable data model: every fact carries the evidence it came from.

Collections are tuples; a change is ``dataclasses.replace(...)``, never mutation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class EntityType(str, Enum):
    PROJECT = "Project"
    PARK = "Park"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PERSON = "Person"


class RelationType(str, Enum):
    LOCATED_IN = "locatedIn"
    PART_OF = "partOf"
    DEVELOPED_BY = "developedBy"
    COOPERATES_WITH = "cooperatesWith"
    ADJACENT_TO = "adjacentTo"
    HOSTS = "hosts"
    RELATED_TO = "relatedTo"

    @property
    def symmetric(self) -> bool:
        return self in (RelationType.COOPERATES_WITH, RelationType.ADJACENT_TO)


class QuantityProperty(str, Enum):
    INVESTMENT = "investmentYuan"
    AREA = "areaKm2"
    HEIGHT = "heightM"
    LENGTH = "lengthKm"


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: raw text as read and the cleaned text every offset points into."""

    id: str
    source: str
    raw: str
    text: str
    title: str = ""
    published: date | None = None
    url: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    start: int  # offsets of the sentence in the cleaned article text
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of an entity at a place in an article.

    ``name`` is the normalised form used inside the article; ``canonical`` is the fullest form the
    extractor knows (from the lexicon or a declared abbreviation), empty when unknown.
    """

    name: str
    type: EntityType
    start: int
    end: int
    sentence: int  # index into ParsedArticle.sentences
    source: str  # which rule found it ("lexicon", "suffix", "quote", …)
    canonical: str = ""
    aliases: tuple[str, ...] = ()
    title: str = ""  # a person's title (区委书记)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # ids of the articles that mention it
    extra_types: tuple[EntityType, ...] = ()  # other types the entity was seen with


@dataclass(frozen=True, slots=True)
class Relation:
    """``subject`` and ``object`` are entity ids once resolved, mention names before."""

    subject: str
    predicate: RelationType
    object: str
    evidence: tuple[Evidence, ...]
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    entity: str
    property: QuantityProperty
    value: float
    text: str  # as written: 总投资约126亿元
    evidence: tuple[Evidence, ...]
    qualifier: str = ""  # 约 / 超 / 以上 / 近 …
    max_value: float | None = None  # upper bound of a range (5-8平方公里)


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated event in a project's life: 开工, 竣工, 结构封顶, 签约, 揭牌, 开业, 投入使用."""

    entity: str
    kind: str
    text: str
    evidence: tuple[Evidence, ...]
    when: str = ""  # ISO date, year-month or year; empty when the text gives no usable date
    planned: bool = False  # 将于/计划/预计, or dated after the publication: a future milestone


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its sentences and everything the extractors found so far."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    subject_place: str = ""  # the district the article is about, when it has one

    @property
    def text(self) -> str:
        return self.article.text

    def evidence(self, sentence_index: int) -> Evidence:
        s = self.sentences[sentence_index]
        return Evidence(self.article.id, s.start, s.end, s.text)


@dataclass(frozen=True, slots=True)
class InputStatus:
    """What happened to one input file or record, for build.json and the CLI."""

    source: str
    ok: bool
    articles: int = 0
    reason: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)
