"""Entity resolution: one entity per real-world thing, within and across articles.

Names join when they are equal after normalisation (full-/half-width, brackets, spaces), when the
lexicon or a declared abbreviation makes them aliases, or when an article's own alias groups say so
(宝山 ↔ 宝山区, 南大 ↔ 南大智慧城). Short article-local aliases (two characters, 地铁1号线),
bodies written relative to the article's district (新区管委会) and short forms that articles declare for
different full names (辽工大) do not join across articles. Deterministic: articles are processed in id
order and every choice has a tie-break, so input order does not change the graph.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .extract.lexicon import Lexicon, cuts_into, normalise
from .extract.metro import OTHER_MODES
from .extract.words import SMART_WORDS
from .ingest.hant import to_simplified
from .unionfind import UnionFind, official
from .model import Entity, EntityType, Evidence, Milestone, ParsedArticle, Quantity, Relation
from .vocab import entity_id

_TYPE_ORDER = [EntityType.PROJECT, EntityType.PARK, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON]


def _shareable(alias: str, lex: Lexicon) -> bool:
    """May this alias join entities across articles?"""
    if lex.lookup(alias):
        return True
    return len(alias) >= 3 and not _CITYLESS_LINE.fullmatch(alias) and not _RELATIVE_BODY.fullmatch(alias) \
        and not _sector_park(alias, lex) and alias not in lex.heads  # (科创城: a kind's word, a short form in one article)


_SECTOR_PLACES = frozenset("港 岛 湾 谷".split())  # (智慧物流港, 人工智能岛: a sector's harbour or island is a park)


def _sector_park(name: str, lex: Lexicon) -> bool:
    """新材料产业园, 生物医药产业园二期: a park (or its phase) named by its sectors alone is "the" park of
    that sector in the article's zone — another in each zone's article."""
    name = re.sub(r"(?:[一二三四五六七八九十\d]+|首)期$", "", name)
    head = lex.head_of(name)
    if head is None or (head[1] != EntityType.PARK and head[0] not in _SECTOR_PLACES):
        return False
    rest = name[: -len(head[0])]
    return bool(rest) and cuts_into(rest, _sector_words(lex), shortest=2, longest=8)


@lru_cache(maxsize=4)
def _sector_words(lex: Lexicon) -> frozenset[str]:
    return lex.industry_words | SMART_WORDS


# 新区管委会, 区发展和改革局, 经开区党工委: "the" district's or zone's body is a different body in each
# district's article (镇江新区管委会, 宜宾三江新区管委会)
_RELATIVE_BODY = re.compile(r"(?:省|市|区|县|镇|乡|新区|高新区|经开区|开发区|园区|示范区|片区|保税区|自贸区)\D{0,12}?"
                            r"(?:管委会|管理委员会|政府|人民政府|党工委|党委|委员会|委|局|分局|办公室|办)")

# 1号线, 地铁1号线, 轨道交通S1线, 4号线二期工程, 有轨电车T1线: a line without its city is a different
# line in each city
_CITYLESS_LINE = re.compile(rf"(?:轨道交通|轨交|地铁|市域铁路|城际铁路|{OTHER_MODES})?"
                            r"[A-Z]?\d+号?线(?:[一二三四五六七八九十\d]+期|首期)?(?:工程|项目)?")


def _contested_aliases(docs: list[ParsedArticle], lex: Lexicon) -> frozenset[str]:
    """Short forms that articles give to different full names (辽工大 for 辽宁工业大学 in one city's
    article, for 辽宁工程技术大学 in another's): such a form joins nothing across articles. Full names
    that hold one another (X项目 and X) are one thing's forms, not a contest."""
    owners: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for m in d.mentions:
            own = normalise(m.canonical)
            for a in m.aliases:
                alias = normalise(a)
                if alias != own and not lex.lookup(a):
                    owners[alias].add(own)
    return frozenset(alias for alias, names in owners.items() if len(names) > 1 and any(
        x not in y and y not in x for x in names for y in names))


def resolve(parsed: Iterable[ParsedArticle], lex: Lexicon):
    """Return (entities, relations, quantities, milestones) with entity ids in place of names."""
    docs = sorted(parsed, key=lambda d: d.article.id)
    contested = _contested_aliases(docs, lex)
    uf = UnionFind()
    local: dict[tuple[str, str], str] = {}  # (article id, article canonical) → global key
    for d in docs:
        for m in d.mentions:
            key = f"{d.article.id}\x00{m.canonical}"
            uf.union(key, "n:" + normalise(m.canonical))
            entry = lex.lookup(m.canonical)
            if entry:
                uf.union(key, "n:" + normalise(entry.name))
            for a in m.aliases:
                if _shareable(a, lex) and normalise(a) not in contested:
                    uf.union(key, "n:" + normalise(a))
            local[(d.article.id, m.canonical)] = key

    groups: dict[str, list[tuple[ParsedArticle, object]]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            groups[uf.find(local[(d.article.id, m.canonical)])].append((d, m))

    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for root, members in sorted(groups.items()):
        forms: set[str] = set()
        types: Counter[EntityType] = Counter()
        titles: set[str] = set()
        arts: set[str] = set()
        known = None
        for d, m in members:
            forms.add(m.canonical)
            forms.add(m.name)
            forms.update(m.aliases)
            types[m.type] += 1
            if m.title:
                titles.add(m.title)
            arts.add(d.article.id)
            known = known or lex.lookup(m.canonical)
        if known:
            name, etype = known.name, known.type
        else:
            # a traditional form (寶山區, kept as an alias of an article in traditional
            # characters) never names the entity while its simplified twin is there
            name = max(forms, key=lambda f: (to_simplified(f) == f, official(f), len(f), f))
            etype = max(types, key=lambda t: (types[t], -_TYPE_ORDER.index(t)))
        forms = {normalise(f) for f in forms}
        eid = entity_id(etype, name)
        if eid in entities:  # two groups with the same canonical and type: keep one entity
            old = entities[eid]
            forms |= set(old.aliases)
            arts |= set(old.articles)
            titles |= set(old.titles)
        entities[eid] = Entity(
            id=eid, type=etype, name=name,
            aliases=tuple(sorted(f for f in forms if f != normalise(name) and f != name)),
            titles=tuple(sorted(titles)), articles=tuple(sorted(arts)),
            extra_types=tuple(sorted((t for t in types if t != etype), key=_TYPE_ORDER.index)),
        )
        key_to_id[root] = eid

    def eid_of(d: ParsedArticle, name: str) -> str | None:
        key = local.get((d.article.id, name))
        return key_to_id.get(uf.find(key)) if key else None

    rel_ev: dict[tuple[str, str, str], dict[bool, list[Evidence]]] = defaultdict(lambda: {True: [], False: []})
    for d in docs:
        for r in d.relations:
            s, o = eid_of(d, r.subject), eid_of(d, r.object)
            if not s or not o or s == o:
                continue
            key = (s, r.predicate, o)
            if r.predicate.symmetric and (o, r.predicate, s) in rel_ev:
                key = (o, r.predicate, s)
            rel_ev[key][r.inferred].extend(r.evidence)
    relations = []
    for (s, p, o), ev in sorted(rel_ev.items(), key=lambda kv: (kv[0][0], kv[0][1].value, kv[0][2])):
        inferred = not ev[False]
        evidence = _unique(ev[True] if inferred else ev[False])
        relations.append(Relation(s, p, o, evidence, inferred=inferred))

    q_ev: dict[tuple, list[Evidence]] = defaultdict(list)
    q_proto: dict[tuple, Quantity] = {}
    for d in docs:
        for q in d.quantities:
            e = eid_of(d, q.entity)
            if not e:
                continue
            key = (e, q.property, q.value, q.max_value, q.qualifier)
            q_ev[key].extend(q.evidence)
            q_proto.setdefault(key, q)
    quantities = [
        Quantity(k[0], k[1], k[2], q_proto[k].text, _unique(q_ev[k]), k[4], k[3])
        for k in sorted(q_ev, key=lambda k: (k[0], k[1].value, k[2], k[3] or 0, k[4]))
    ]

    milestones = []
    seen_m = set()
    for d in docs:
        for ms in d.milestones:
            e = eid_of(d, ms.entity)
            key = (e, ms.kind, ms.when, ms.evidence[0].article_id)
            if e and key not in seen_m:
                seen_m.add(key)
                milestones.append(Milestone(e, ms.kind, ms.text, ms.evidence, ms.when, ms.planned))
    milestones.sort(key=lambda m: (m.entity, m.when, m.kind, m.evidence[0].article_id))
    return entities, relations, quantities, milestones


def _unique(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """One evidence per (article, start) — the statement node of graph.ttl is keyed so — the
    shortest where a fact was found both in one sentence and across two."""
    best: dict[tuple[str, int], Evidence] = {}
    for e in sorted(set(evidence), key=lambda e: (e.article_id, e.start, e.end)):
        best.setdefault((e.article_id, e.start), e)
    return tuple(best.values())
