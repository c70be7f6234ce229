"""Settle an article's mention candidates: one reading per span, one name per thing.

Runs after the mention extractors and before the fact extractors:
1. overlapping candidates: the longest span wins (北上海生物医药产业园 over 上海);
2. an Organization at the start of a longer name stays as a nested mention, linked to it
   (发那科智能工厂 → developedBy 发那科; 上大美院 → partOf 上海大学);
3. declared abbreviations (X(以下简称“Y”)), lexicon aliases and short forms (南大 ↔ 南大智慧城)
   join names into groups; each group gets the fullest name as its canonical;
4. a second scan finds every other occurrence of the names found.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace

from ..unionfind import UnionFind, official
from ..model import EntityType, Mention, Relation, RelationType
from .base import Doc, Resources
from .entities import occurrences, on_token_bounds
from .words import CAMPUS, OWNED_BEFORE, PUNCT, STOP_CHARS, STOP_WORDS, ZONE_WORDS
from .lexicon import normalise

_PRIORITY = {"abbreviation": 4, "lexicon": 4, "persons": 4, "metro": 4, "names": 3, "lists": 2, "rescan": 1, "nested": 0}
_NICKNAME = re.compile(r"[(（][“\"]([^”\"()（）]{2,12})[”\"][)）]")
# 《中华人民共和国城乡规划法》, 《上海市城乡规划条例》: a law's or a regulation's title names no place of the news
_LAW_TITLE = re.compile(r"《[^《》]{2,40}?(?:法|条例|办法|规定|规则|细则|标准|规范|决定)》")
# “中国鞋都”, “中国水龙头之乡”: an honour a town bears names no place of the news (the town is named apart)
_HONOUR = re.compile(r"[“\"][^”\"]{1,14}?(?:之乡|之都|之城|名城|名镇|鞋都|瓷都|药都|电都|车都|港都)[”\"]")
_ABBREV = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)\s*[为:：]?\s*[“\"「『]?([^”\"」』)）]{1,15})[”\"」』]?\s*[)）]")


def settle(doc: Doc, res: Resources) -> tuple[tuple[Mention, ...], tuple[Relation, ...]]:
    lex = res.lexicon
    parsed = doc.parsed
    text = parsed.text
    laws = [(m.start(), m.end()) for m in _LAW_TITLE.finditer(text)]
    honours = [(m.start(), m.end()) for m in _HONOUR.finditer(text)]

    def inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)
    candidates = tuple(m for m in parsed.mentions
                       if not inside(m, laws) and not (m.type == EntityType.PLACE and inside(m, honours)))
    chosen = _zone_bodies(_declared_abbreviations(text, _choose(candidates)), lex)
    relations = list(parsed.relations)
    sub_parks = _sub_parks(parsed, chosen, relations, lex)
    nested = _nested(parsed, chosen, relations) + _place_prefixes(parsed, chosen, relations, lex) \
        + _body_prefixes(parsed, chosen, relations, lex) + sub_parks + _route_ends(parsed, chosen)
    mentions = chosen + nested

    groups = UnionFind()
    for m in mentions:
        groups.find(m.name)
        if m.canonical:
            groups.union(m.name, m.canonical)
        for a in m.aliases:
            groups.union(m.name, a)
    for ab in _ABBREV.finditer(text):  # X(以下简称“Y”)
        short = normalise(ab[1])
        before = [m for m in chosen if ab.start() - 2 <= m.end <= ab.start()]
        if before and len(short) >= 2:
            groups.union(max(before, key=lambda m: m.end).name, short)
    for nick in _NICKNAME.finditer(text):  # 新能源产业园（“蓝海氢谷”）: a quoted name in brackets is the other's nickname
        whole = next((m for m in chosen if m.end == nick.start()), None)
        inner = next((m for m in chosen if m.start == nick.start(1) and m.end == nick.end(1)), None)
        if whole is not None and inner is not None and inner.type == whole.type:
            groups.union(whole.name, inner.name)
    names = sorted({m.name for m in mentions})
    sub_park_names = {m.name for m in sub_parks}
    # regions written with their head (金凤片区 → 金凤) are places: not the short form of a lab or a company
    regions = {m.name for m in mentions if any(a in (m.name + "片区", m.name + "地区", m.name + "板块") for a in m.aliases)}
    # a company's declared short name (…有限公司（以下简称“天翎无人机”）)
    companies_short = {m.name for m in mentions if m.source == "abbreviation" and m.type == EntityType.ORGANIZATION}
    for i, short in enumerate(names):  # 南大 ↔ 南大智慧城, 复旦 ↔ 复旦大学
        entry = lex.lookup(short)
        if len(short) < 2 or short in lex.generic_words or short in sub_park_names:
            continue  # (金沙园 | 金沙园科创中心: a park of a zone, and a building in it)
        # the names that start with it follow it in sorted order
        for full in itertools.takewhile(lambda f: f.startswith(short), names[i + 1:]):
            if full[len(short):] in lex.heads and full[len(short):] not in _NAMED_AFTER:
                other = lex.lookup(full)
                if entry and (not other or other.name != entry.name):
                    continue
                own = lex.head_of(short)
                if own and own[1] != lex.heads[full[len(short):]]:
                    continue  # 伯渎河 | 伯渎河科创带: a name with a head of another type is another thing
                if short in regions and lex.heads[full[len(short):]] not in (EntityType.PLACE, EntityType.PARK):
                    continue  # 金凤(片区) | 金凤实验室 (but 南大(地区) | 南大智慧城)
                if short in companies_short and lex.heads[full[len(short):]] in (EntityType.PROJECT, EntityType.PARK):
                    continue  # 天翎无人机 | 天翎无人机产业化基地: the company's works, not the company
                groups.union(short, full)

    # 恒达重工 … 甘肃恒达重工股份有限公司, 晶越半导体 … 浙江晶越半导体材料有限公司: a company's short
    # name is its full name without the province or city and the legal form, when only one fits
    org_names = sorted({m.name for m in mentions if m.type == EntityType.ORGANIZATION})
    org_set = set(org_names)
    companies = [n for n in org_names if _COMPANY.search(n)]
    for short in org_names:
        if len(short) < 3 or _COMPANY.search(short) or lex.lookup(short):
            continue
        fits = []
        for full in companies:
            at = full.find(short)
            if at < 0:
                continue
            entry = lex.lookup(full[:at]) if at else None
            if not at or (entry and entry.type == EntityType.PLACE):
                fits.append(full)
        if len(fits) == 1:
            groups.union(short, fits[0])

    # 北疆重装项目 … 北疆重装's 大型石化容器智能制造项目: a project named by its company alone is the one
    # project the article says that company builds
    works: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == RelationType.DEVELOPED_BY:
            works.setdefault(groups.find(r.object), set()).add(r.subject)
    org_by_end = {m.end: m for m in chosen if m.type == EntityType.ORGANIZATION and _COMPANY.search(m.name)}
    for m in chosen:  # (…有限公司（以下简称“北疆重装”）|大型石化容器智能制造项目: the works its owner opens)
        owned = OWNED_BEFORE.search(text, max(0, m.start - 48), m.start) if m.type == EntityType.PROJECT else None
        if owned is not None:
            owner = org_by_end.get(owned.end("legal"))
            if owner is not None:
                works.setdefault(groups.find(owner.name), set()).add(m.name)
    if works:
        for m in mentions:  # (… or by its company and the end of its name: 大同机车|扩能项目)
            if m.type != EntityType.PROJECT or not m.name.endswith("项目"):
                continue
            owner = next((m.name[:k] for k in range(len(m.name) - 2, 1, -1) if m.name[:k] in org_set), None)
            if owner is not None:
                rest = m.name[len(owner):]
                built = {w for w in works.get(groups.find(owner), set()) - {m.name} if rest == "项目" or w.endswith(rest)}
                if len(built) == 1:
                    groups.union(m.name, next(iter(built)))

    # 吴淞口国际邮轮港 … 邮轮港, 北上海数智港 … 数智港: a park, port or project named by the end of
    # a longer name the article wrote first, when only one name ends alike
    firsts: dict[str, int] = {}
    for m in chosen:
        if m.type in (EntityType.PARK, EntityType.PLACE, EntityType.PROJECT):
            firsts.setdefault(m.canonical or m.name, m.start)
    for m in chosen:
        short = m.name
        if m.source != "names" or len(short) < 3 or m.type == EntityType.PLACE or _NOT_A_TAIL.search(short):
            continue
        longer = [f for f, at in firsts.items() if len(f) >= len(short) + 2 and f.endswith(short) and at < m.start]
        if len(longer) == 1 and not lex.lookup(short):
            city = lex.lookup(longer[0][:-len(short)])  # (上海|北大科技园: a city before it names a branch)
            if not (city and city.type == EntityType.PLACE and city.name.endswith(("市", "省"))):
                groups.union(short, longer[0])

    # 复旦大学附属华山医院北院 … 华山医院北院: an affiliated body is named without its university
    for full in org_names:
        at = full.find("附属")
        if at > 0 and full[at + 2:] in org_set and len(full) - at - 2 >= 3:
            groups.union(full, full[at + 2:])

    # 天津滨海新区 … 滨海新区: within one article, a place written again without its city is the
    # same place
    place_names = {m.name for m in mentions if m.type == EntityType.PLACE}
    for full in place_names:
        for k in (2, 3, 4):
            city = lex.lookup(full[:k])
            if len(full) - k >= 3 and full[k:] in place_names and city and city.type == EntityType.PLACE \
                    and city.name.endswith("市"):
                groups.union(full, full[k:])
                break

    # 佛山市南海区, 南京市浦口区: a district written right after its city is named by both; the
    # compound is the district's fuller form, an alias (南海区 stays the canonical, as 新漳新区 does)
    # (added after the rescan, which would otherwise read the compound as one name and lose the city)
    by_start = {m.start: m for m in chosen if m.type == EntityType.PLACE}
    compounds = [(b.name, a.name + b.name) for a in chosen if a.type == EntityType.PLACE and _CITY.search(a.name)
                 for b in [by_start.get(a.end)] if b is not None and _DISTRICT.search(b.name)]

    # 哈尔滨新区深哈产业园 where the article also writes 深哈产业园: a district or town before a
    # name the article knows is where the thing lies (a city before it names a branch: 上海北大科技园)
    forms = {f for m in mentions if m.source != "nested" for f in (m.name, *m.aliases)}
    places = {f for m in mentions if m.type == EntityType.PLACE for f in (m.name, *m.aliases)}
    for outer in chosen:
        if outer.type not in (EntityType.PARK, EntityType.PROJECT):
            continue
        name = outer.name
        for k in range(2, len(name) - 2):
            rest = name[k:]
            if rest in forms:
                prefix = name[:k]
                entry = lex.lookup(prefix)
                if (prefix in places or (entry and entry.type == EntityType.PLACE)) \
                        and _LOCAL_PLACE.search(entry.name if entry else prefix):
                    groups.union(outer.name, rest)
                break

    found, replaced = _rescan(doc, mentions, groups, res.segmenter.tag)
    mentions = tuple(m for m in mentions if id(m) not in replaced) + found

    members: dict[str, set[str]] = {}
    by_root: dict[str, list[Mention]] = {}
    for m in mentions:
        root = groups.find(m.name)
        by_root.setdefault(root, []).append(m)
        members.setdefault(root, set()).add(m.name)
        members[root].update(m.aliases)
    for ab_root in list(groups.parent):
        members.setdefault(groups.find(ab_root), set()).add(ab_root)
    for district, compound in compounds:
        members.setdefault(groups.find(district), set()).add(compound)
    city_forms = {compound for _, compound in compounds}  # (the district's own name stays the canonical)
    canonical: dict[str, tuple[str, EntityType]] = {}
    for root, forms in members.items():
        known = [e for e in map(lex.lookup, forms) if e]
        group_mentions = by_root.get(root, [])
        if not group_mentions:
            continue
        if known:
            best = max(known, key=lambda e: (len(e.name), e.name))
            name, etype = best.name, best.type
        else:
            name = max(forms, key=lambda f: (f not in city_forms, official(f), len(f), f))
            typed = max(group_mentions, key=lambda m: (_PRIORITY.get(m.source, 0), len(m.name)))
            etype = typed.type
            if any(m.type == EntityType.PERSON for m in group_mentions):
                etype = EntityType.PERSON
        canonical[root] = (name, etype)

    out = []
    for m in mentions:
        root = groups.find(m.name)
        if root not in canonical:
            continue
        name, etype = canonical[root]
        aliases = tuple(sorted(f for f in members[root] if f != name))
        # (built directly: dataclasses.replace costs more than the rest of this loop)
        out.append(Mention(m.name, etype, m.start, m.end, m.sentence, m.source, name, aliases, m.title))
    out += _references(parsed, out, _bare_heads(lex), lex)
    out += _short_forms(parsed, out, lex)
    out.sort(key=lambda m: (m.start, -m.end, m.canonical))

    def canon(name: str) -> str:
        root = groups.find(name)
        return canonical[root][0] if root in canonical else name

    rels = {}
    for r in relations:  # relations found with the names: point them at the canonical names
        r = replace(r, subject=canon(r.subject), object=canon(r.object))
        if r.subject != r.object:
            rels.setdefault((r.subject, r.predicate, r.object), r)
    return tuple(out), tuple(rels.values())


_REF = re.compile(r"(该|本|这个|这一|此|这座|这片|这条|这家|这所)(项目|工程|园区|产业园|科技园|基地|公司|企业|集团|片区|工厂|学校|大学|医院|公园|绿道|大楼|塔楼|中心|园)")
# 这个总投资约30亿元的项目: a demonstrative, what is said of the thing, 的 and its kind
_REF_DESCRIBED = re.compile(r"(?<![应活])(该|这个|这一)([^，。；,;、【“”\"]{2,14}?)的(项目|工程|产业园|基地|工厂)")
# what a reference word (该项目, 园区 …) can stand for; quantities.py reads it too
REFERENCE_TYPES = {
    "项目": (EntityType.PROJECT,), "工程": (EntityType.PROJECT,), "工厂": (EntityType.PROJECT,), "园区": (EntityType.PARK,),
    "产业园": (EntityType.PARK,), "科技园": (EntityType.PARK,), "园": (EntityType.PARK,),
    "公园": (EntityType.PLACE, EntityType.PARK, EntityType.PROJECT), "绿道": (EntityType.PROJECT,),
    "大楼": (EntityType.PROJECT,), "塔楼": (EntityType.PROJECT,), "中心": (EntityType.PROJECT, EntityType.ORGANIZATION),
    "基地": (EntityType.PROJECT, EntityType.PARK), "片区": (EntityType.PLACE, EntityType.PARK, EntityType.PROJECT),
    "公司": (EntityType.ORGANIZATION,), "企业": (EntityType.ORGANIZATION,), "集团": (EntityType.ORGANIZATION,),
    "学校": (EntityType.ORGANIZATION,), "大学": (EntityType.ORGANIZATION,), "医院": (EntityType.ORGANIZATION,),
}


_BARE_HEAD = re.compile(r"(?:^|(?<=[，,；;。：:]))(一期|二期|三期|首期|研究院|研究所|实验室|中心|项目|工程(?![师院量学])|园区|产业园|科技园|基地|公司|集团|高新区|开发区|经开区|新区|创新城|科学城)")


_NAMED_HEADS = frozenset({"产业园", "科技园", "基地", "工厂", "集团", "公司", "大学", "医院"})


_BARE_HEADS: dict[int, tuple[object, re.Pattern]] = {}  # id(lexicon) → (that lexicon, its pattern)


# X与新区签订…协议: the zone a company signs with is the article's last zone of that kind
_PARTNER_HEAD = re.compile(r"(?<=[与同和])(" + "|".join(ZONE_WORDS) + r"|园区)(?=(?:正式|成功)?(?:签约|签订|签署|达成|共建|合作))")


def _bare_heads(lex) -> re.Pattern:
    """Every park or project head noun of three characters or more (创新园, 科创城, 氢能港) opening a
    clause: it stands for the last name that ends with it (…，创新园东至沪嘉高速)."""
    cached = _BARE_HEADS.get(id(lex))
    if cached is None or cached[0] is not lex:  # (an id is reused once its object is gone)
        # (not zones, …区: a district-like word opening a clause is as often the district's as a park's)
        heads = sorted((h for h, t in lex.heads.items() if len(h) >= 3 and t in (EntityType.PARK, EntityType.PROJECT)
                        and not lex.is_generic(h) and not h.endswith("区")), key=len, reverse=True)
        cached = _BARE_HEADS[id(lex)] = (lex, re.compile(r"(?:^|(?<=[，,；;。：:]))(" + "|".join(map(re.escape, heads)) + ")"
                                                         if heads else r"(?!)"))
    return cached[1]


def _references(parsed, mentions: list[Mention], more_heads: re.Pattern | None = None, lex=None) -> list[Mention]:
    """该项目, 该园区, 这个基地 … stand for the last entity of that kind named before them; a bare
    head noun opening a clause (…，研究院一期投资5亿元) for the last entity whose name ends with it,
    and so do the last words of a project's or park's name (…新材料中试基地。…，中试基地选址…)."""
    out = []
    ordered = sorted((m for m in mentions if m.source != "reference"), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in ordered]
    tails: dict[str, list[Mention]] = {}  # the last words of projects' and parks' names, by the words
    if lex is not None:
        for m in ordered:
            if m.type in (EntityType.PROJECT, EntityType.PARK):
                for n in range(3, min(_MAX_TAIL, len(m.canonical) - 1) + 1):
                    tails.setdefault(m.canonical[-n:], []).append(m)
    for si, sent in enumerate(parsed.sentences):
        bares = list(_BARE_HEAD.finditer(sent.text)) + list(_PARTNER_HEAD.finditer(sent.text))
        if more_heads is not None:
            bares += [b for b in more_heads.finditer(sent.text) if not any(o.start(1) <= b.start(1) < o.end(1) for o in bares)]
        for bare in bares:
            s, e = sent.start + bare.start(1), sent.start + bare.end(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            if bare[1] in REFERENCE_TYPES:  # 项目, 园区, 基地: the last one of that kind
                earlier = [m for m in ordered if m.end <= s and m.type in REFERENCE_TYPES[bare[1]]]
                if bare[1] == "项目" and (not earlier or earlier[-1].sentence < si - 1):
                    # (四)X有限公司智能小家电产业园。项目位于…: the park just named is what is being built
                    earlier = [m for m in ordered if m.end <= s and m.type == EntityType.PARK
                               and m.sentence >= si - 1] or earlier
            else:  # 研究院, 产业园: the last name that ends with it
                earlier = [m for m in ordered if m.end <= s and (m.canonical.endswith(bare[1])
                                                                 or any(a.endswith(bare[1]) for a in m.aliases))]
            if earlier:
                target = earlier[-1]
                out.append(Mention(target.canonical, target.type, s, e, si, "reference",
                                   canonical=target.canonical, aliases=target.aliases))
        if tails:
            out.extend(_tail_references(parsed, si, tails, taken, lex))
        refs = list(_REF.finditer(sent.text))
        for ref in _REF_DESCRIBED.finditer(sent.text):  # (not when the words between name something)
            if not any(sent.start + ref.start(2) < te and ts < sent.start + ref.end(2) for ts, te in taken):
                refs.append(ref)
        for ref in refs:
            s = sent.start + ref.start()
            kind = ref[ref.lastindex]  # (该|项目; 这个|总投资约30亿元|的|项目)
            types = REFERENCE_TYPES[kind]
            earlier = [m for m in ordered if m.end <= s and m.type in types]
            if kind in _NAMED_HEADS:  # 该产业园: a name that ends with 产业园
                earlier = [m for m in earlier if m.canonical.endswith(kind) or m.name.endswith(kind)]
            if kind == "项目" and (not earlier or earlier[-1].sentence < si - 1):
                # "…产业园正式开工。该项目由…": no project named since the last sentence, whose
                # park is then what is being built
                parks = [m for m in ordered if m.end <= s and m.type == EntityType.PARK and m.sentence >= si - 1]
                earlier = parks or earlier
            if earlier:
                target = earlier[-1]
                out.append(Mention(target.canonical, target.type, s, sent.start + ref.end(), si, "reference",
                                   canonical=target.canonical, aliases=target.aliases))
    return out


def _tail_references(parsed, si: int, tails: dict[str, list[Mention]], taken, lex) -> Iterator[Mention]:
    """中试基地 opening a clause after 上大—罗泾新材料中试基地 was named: the last words of a project's or
    park's name (a head noun and the words before it, three characters or more; ``tails``: those of
    the article's names) stand for it."""
    sent, text = parsed.sentences[si], parsed.text
    for opening in _CLAUSE_OPENING.finditer(sent.text):
        pos = sent.start + opening.start()
        for n in range(min(_MAX_TAIL, sent.end - pos), 2, -1):
            tail = text[pos:pos + n]
            named = tails.get(tail)
            if not named:
                continue
            head = lex.head_of(tail)
            if head is None or head[1] not in (EntityType.PROJECT, EntityType.PARK) or len(tail) == len(head[0]) \
                    or any(pos < te and ts < pos + n for ts, te in taken):  # (a generic tail too: 中试基地)
                continue
            earlier = [m for m in named if m.end <= pos]
            if earlier:
                target = earlier[-1]
                yield Mention(target.canonical, target.type, pos, pos + n, si, "reference",
                              canonical=target.canonical, aliases=target.aliases)
                break


_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,；;。：:]))(?=[\u4e00-\u9fff])")
_MAX_TAIL = 8


def _short_forms(parsed, mentions: list[Mention], lex) -> list[Mention]:
    """秣陵生命健康科创园 … 在科创园内建设: the end of a park's or project's name (three characters
    or more, ending in its head noun but not in 区, neither a generic word nor a name the lexicon
    knows) written after it, after punctuation or a function word and where no other name was found,
    is that park or project — when no other name in the article ends alike. It counts as a
    reference: it names the entity, it is not a name of its own."""
    text = parsed.text
    named = [m for m in mentions if m.source not in ("reference", "nested")
             and m.type in (EntityType.PARK, EntityType.PROJECT)]
    if not named:
        return []
    first: dict[str, Mention] = {}  # each name's first mention
    for m in sorted(named, key=lambda m: m.start):
        first.setdefault(m.canonical or m.name, m)
    by_head: dict[str, list[str]] = {}
    for name in first:
        head = lex.head_of(name)
        if head and not name.endswith("区") and len(name) >= 5:
            by_head.setdefault(head[0], []).append(name)
    taken = [(m.start, m.end) for m in mentions]
    starts = [sent.start for sent in parsed.sentences]
    out = []
    for head, names in by_head.items():
        pos = text.find(head)
        while pos >= 0:
            end = pos + len(head)
            pos = text.find(head, end)
            if any(s < end and end - len(head) < e for s, e in taken):
                continue  # (the head is part of a name found there)
            for name in names:
                target = first[name]
                if target.end > end - len(head):
                    continue  # (only after the name is written in full)
                # the longest end of the name written here
                n = next((n for n in range(len(name) - 2, 2, -1) if text.startswith(name[-n:], end - n)), 0)
                if not n:
                    continue
                tail, start = name[-n:], end - n
                if lex.is_generic(tail) or lex.lookup(tail) is not None \
                        or sum(1 for other in first if other.endswith(tail)) != 1:
                    continue
                before = text[max(0, start - 2):start]
                if not (start == 0 or PUNCT.match(text[start - 1]) or text[start - 1] in STOP_CHARS
                        or before in STOP_WORDS) or any(s < end and start < e for s, e in taken):
                    continue
                out.append(Mention(target.canonical or target.name, target.type, start, end, _sentence_of(starts, start),
                                   "reference", canonical=target.canonical or target.name, aliases=target.aliases))
                taken.append((start, end))
                break
    return out


def _sentence_of(starts: list[int], pos: int) -> int:
    """The sentence that holds ``pos``, given where the sentences start."""
    return max(0, bisect_right(starts, pos) - 1)


def _zone_bodies(chosen: tuple[Mention, ...], lex) -> tuple[Mention, ...]:
    """湛江经开区党工委, 大庆高新区管委会: a zone's body written with the zone's short form is named
    with its official name (湛江经济技术开发区党工委), the written form an alias — the name the
    article's "经开区党工委" is given, so the two are one body."""
    out = []
    for m in chosen:
        if m.type == EntityType.ORGANIZATION and m.source == "names" and (m.canonical or m.name) == m.name:
            for n in range(len(m.name) - 2, 2, -1):
                entry = lex.lookup(m.name[:n])
                if entry is not None and entry.type == EntityType.PARK and entry.name != m.name[:n] \
                        and _BODY_REST.fullmatch(m.name, n):
                    m = replace(m, canonical=entry.name + m.name[n:], aliases=(*m.aliases, m.name))
                    break
        out.append(m)
    return tuple(out)


def _declared_abbreviations(text: str, chosen: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """X（以下简称“Y”）: Y is a name of X's, whatever the lexicon finds inside it (合肥|京东方)."""
    out = list(chosen)
    for ab in _ABBREV.finditer(text):
        before = [m for m in out if ab.start() - 2 <= m.end <= ab.start() and m.source != "abbreviation"]
        short = normalise(ab[1])
        if not before or len(short) < 2:
            continue
        full = max(before, key=lambda m: m.end)
        s = ab.start(1)
        e = s + len(ab[1])
        out = [m for m in out if not (m.start < e and s < m.end)]
        out.append(Mention(short, full.type, s, e, full.sentence, "abbreviation", aliases=(full.name,)))
    return tuple(out)


def _choose(cands: tuple[Mention, ...]) -> tuple[Mention, ...]:
    order = sorted(cands, key=lambda m: (-(m.end - m.start), -_PRIORITY.get(m.source, 0), m.start, m.name))
    covered: set[int] = set()
    taken: set[tuple[int, int]] = set()
    chosen: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for m in order:
        if not covered.isdisjoint(range(m.start, m.end)):
            if m.source == "metro" and (m.start, m.end, m.name) not in seen and \
                    any(c.source == "metro" and c.start <= m.start and m.end <= c.end for c in chosen):
                chosen.append(m)  # one span, several lines (1、3、7、15号线); a line in its phase
                seen.add((m.start, m.end, m.name))
            continue
        taken.add((m.start, m.end))
        covered.update(range(m.start, m.end))
        seen.add((m.start, m.end, m.name))
        chosen.append(m)
    return tuple(chosen)


# the kinds of universities and colleges (玉溪师范学院|大学科技园: a college the lexicon does not know is one all
# the same, where 岳麓山大学|科技城 is a place's name)
_UNIVERSITY_KIND = re.compile(r"(?:师范|理工|科技|工业|农业|医科|中医药|财经|政法|交通|职业技术|外国语|民族|工程|医学|林业|"
                              r"石油|矿业|电力|建筑|水利|化工|航空|海洋|体育|艺术|音乐|美术|警察|幼儿师范)(?:大学|学院)$")


def _route_ends(parsed, chosen: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """高新区至二堡镇公路改扩建工程: the towns a chosen route's works run between (the name rules emit them,
    and the works' relation to them, as nested places)."""
    works = [m for m in chosen if m.type == EntityType.PROJECT and "至" in m.name]
    return tuple(m for m in parsed.mentions if m.source == "nested" and m.type == EntityType.PLACE
                 and any(w.start < m.start and m.end <= w.end for w in works)) if works else ()


def _nested(parsed, chosen: tuple[Mention, ...], relations: list[Relation]) -> tuple[Mention, ...]:
    """Organizations named at the start of (or inside) a longer chosen name."""
    chosen_spans = {(m.start, m.end) for m in chosen}
    text = parsed.text
    # organizations the article names on their own, with their declared short forms (广汽丰田)
    org_forms = sorted({f for m in chosen if m.type == EntityType.ORGANIZATION for f in (m.name, *m.aliases)
                        if len(f) >= 2}, key=len, reverse=True)
    # a name stands alone unless it is written inside one of those longer forms (广汽 in 广汽丰田)
    reach: dict[int, int] = {}  # start of an occurrence → its furthest end
    for f in org_forms:
        for pos in occurrences(text, f):
            reach[pos] = max(reach.get(pos, 0), pos + len(f))
    longest = len(org_forms[0]) if org_forms else 0
    starts = sorted(reach)

    def inside_longer(m: Mention) -> bool:
        near = starts[bisect_left(starts, m.end - longest):bisect_right(starts, m.start)]
        return any(reach[s] >= m.end and reach[s] - s > m.end - m.start for s in near)

    standalone = {m.canonical or m.name for m in chosen if not (reach and inside_longer(m))}
    out: list[Mention] = []
    linked: set[tuple[str, str]] = set()
    by_start = sorted(chosen, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for inner in parsed.mentions:
        if inner.type != EntityType.ORGANIZATION or (inner.start, inner.end) in chosen_spans:
            continue
        # chosen names do not overlap (but for a metro line and its phase, which share a start):
        # walking back from the last one starting at or before the inner name, the first that
        # ends before it ends the search
        around = []
        for k in range(bisect_right(starts, inner.start) - 1, -1, -1):
            if by_start[k].end <= inner.start:
                break
            around.append(by_start[k])
        for outer in sorted(around, key=chosen.index):
            if outer.start <= inner.start and inner.end <= outer.end and (outer.end - outer.start) > (inner.end - inner.start):
                if outer.type in (EntityType.PLACE, EntityType.PERSON) or CAMPUS.fullmatch(outer.name[inner.end - outer.start:]):
                    break  # (香港科技大学(广州) is a university of its own)
                if outer.type == EntityType.PROJECT and inner.name.endswith("厂"):
                    break  # 中芯国际12英寸晶圆厂|扩建项目: the plant is what the project builds, not its builder
                if inner.source != "lexicon" and re.search(r"(大学|学院)$", inner.name) and \
                        (inner.canonical or inner.name) not in standalone and not _UNIVERSITY_KIND.search(inner.name) and \
                        not re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:校区|分校)", outer.name[inner.end - outer.start:]) \
                        and not (inner.name.endswith("学院") and outer.name.startswith("大学科技", inner.end - outer.start)) \
                        and not (outer.type == EntityType.ORGANIZATION and inner.start == outer.start
                                 and len(inner.name) >= 4 and _ACADEMIC_UNIT.search(outer.name[inner.end - outer.start:])):
                    break  # 岳麓山大学科技城: a university the lexicon does not know, named nowhere else
                    # (but 江苏科技大学|海洋装备研究院: an institute or school of the university; 长治学院|大学科技园:
                    # a college's university science park, where 大学 cannot be the college's)
                lead = next((f for f in org_forms if text.startswith(f, outer.start)
                             and inner.end - outer.start <= len(f) < outer.end - outer.start
                             and len(f) > inner.end - inner.start), None)
                if lead:  # 广汽丰田|新能源车扩能项目: the name opens with that company, not with 广汽
                    if outer.type != EntityType.ORGANIZATION and (outer.name, lead) not in linked:
                        linked.add((outer.name, lead))
                        relations.append(Relation(outer.name, RelationType.DEVELOPED_BY, lead,
                                                  (parsed.evidence(outer.sentence),)))
                    break
                prefix = inner.start == outer.start
                key = inner.canonical or inner.name
                # a company inside a company name (西门子(中国)有限公司) is only linked when the
                # article names the parent on its own; universities always are (上海大学…学院)
                parent_needed = not prefix or (outer.type == EntityType.ORGANIZATION
                                               and not re.search(r"(大学|学院)$", key))
                if parent_needed and key not in standalone and not outer.name.endswith(("分公司", "子公司")):
                    break  # (a branch, …有限公司大亚湾分公司, is always its company's)
                if prefix and outer.type == EntityType.ORGANIZATION:
                    rel = RelationType.PART_OF
                elif prefix:
                    rel = RelationType.DEVELOPED_BY
                else:
                    rel = RelationType.RELATED_TO
                if (outer.name, inner.name) not in linked:
                    linked.add((outer.name, inner.name))
                    out.append(replace(inner, source="nested"))
                    relations.append(Relation(outer.name, rel, inner.name, (parsed.evidence(outer.sentence),)))
                break
    return tuple(out)


_REPLACEABLE = frozenset({"lexicon", "nested"})


def _place_prefixes(parsed, chosen: tuple[Mention, ...], relations: list[Relation], lex) -> tuple[Mention, ...]:
    """宝山城市工业园区, 郑州航空港区智能终端产业园: a park or project whose name opens with a known
    (or a found) district or town lies in it; one whose name opens with a river or a road (白塔河综合治理工程)
    is related to it, and both are named."""
    chosen_spans = {(m.start, m.end) for m in chosen}
    opening: dict[int, list[Mention]] = {}  # chosen parks and projects by where they start
    for m in chosen:  # (a declared short form is the full name clipped: 南川园区 for 西宁经济技术开发区
        # 南川工业园区 does not open with a place, whatever 南川 names elsewhere)
        if m.type in (EntityType.PARK, EntityType.PROJECT) and m.source != "abbreviation":
            opening.setdefault(m.start, []).append(m)
    out = []
    seen: set[int] = set()  # starts that have their place
    for inner in sorted(parsed.mentions, key=lambda m: (m.start, m.start - m.end)):  # longest first
        if inner.type not in (EntityType.PLACE, EntityType.PARK, EntityType.PROJECT) or inner.start not in opening \
                or (inner.start, inner.end) in chosen_spans or inner.start in seen:
            continue
        name = inner.canonical or inner.name
        if inner.type == EntityType.PROJECT:
            # 舟山国家远洋渔业基地|冷链物流中心项目: a base opening a project's name is where it is built
            if inner.source == "names" and name.endswith("基地") and len(name) >= 6:
                for outer in opening[inner.start]:
                    rest = parsed.text[inner.end:outer.end]
                    if outer.type == EntityType.PROJECT and outer.end > inner.end and (outer.canonical or outer.name) != name \
                            and len(rest) >= 3 and not _PHASE_OR_KIND.fullmatch(rest):
                        seen.add(inner.start)  # (a site that holds projects: a park)
                        out.append(replace(inner, source="nested", type=EntityType.PARK))
                        relations.append(Relation(outer.name, RelationType.LOCATED_IN, name,
                                                  (parsed.evidence(outer.sentence),)))
                        break
            continue
        if inner.type == EntityType.PARK:
            # 西宁经济技术开发区南川工业园区: a park named after the zone it lies in; 高原藏毯文化创意
            # 产业园改造提升项目: works on a park
            if inner.source not in ("lexicon", "names"):
                continue
            zone = _ZONE.search(name) is not None
            for outer in opening[inner.start]:
                if outer.end > inner.end and (zone or (outer.type == EntityType.PROJECT
                                                       and _WORKS_ON.match(parsed.text, inner.end))):
                    seen.add(inner.start)
                    out.append(replace(inner, source="nested"))
                    relations.append(Relation(outer.name, RelationType.LOCATED_IN, inner.canonical or inner.name,
                                              (parsed.evidence(outer.sentence),)))
                    break
            continue
        if (inner.source == "lexicon" or (inner.source == "names" and not _KIND_OF_TOWN.search(name))) \
                and _LOCAL_PLACE.search(name):  # (霞涌街道|霞新社区…项目, but not 罗店老镇|…项目)
            predicate = RelationType.LOCATED_IN
        elif inner.source == "lexicon" and _SITE_PLACE.search(name):
            predicate = RelationType.LOCATED_IN  # 吴淞口国际邮轮港|邮轮服务综合体: works at a known port or hub
        elif inner.source == "names" and _HUB.search(name) and len(name) >= 4:
            # 西安咸阳国际机场|三期扩建工程: works on a port or hub are about it; 南通兴东国际机场|综合交通
            # 枢纽: other works at it lie in it
            # (but not a zone's area named after its airport: 中国（天津）自由贸易试验区机场片区)
            if not any(o.type == EntityType.PROJECT for o in opening[inner.start]):
                continue
            works = any(_WORKS_ON.search(parsed.text, inner.end, o.end) for o in opening[inner.start])
            predicate = RelationType.RELATED_TO if works else RelationType.LOCATED_IN
        elif inner.source in ("lexicon", "names") and _WATER_OR_ROAD.search(name) and not _RIVERSIDE.search(name):
            predicate = RelationType.RELATED_TO  # 白塔河综合治理工程, 全运路快速化改造工程: about it
        else:
            continue
        for outer in opening[inner.start]:
            if outer.end > inner.end and (predicate == RelationType.LOCATED_IN
                                          or _WORKS_ON.search(parsed.text, inner.end, outer.end)):
                seen.add(inner.start)
                out.append(replace(inner, source="nested"))
                relations.append(Relation(outer.name, predicate, inner.name, (parsed.evidence(outer.sentence),)))
                break
    return tuple(out)


def _body_prefixes(parsed, chosen: tuple[Mention, ...], relations: list[Relation], lex) -> tuple[Mention, ...]:
    """包头稀土高新区管委会, 宝山区教育局: a public body named with the district, county or zone the
    lexicon knows is part of it, and the district or zone is named (often only there, in a notice's
    title)."""
    chosen_spans = {(m.start, m.end) for m in chosen}
    bodies = {m.start: m for m in chosen if m.type == EntityType.ORGANIZATION}
    out = []
    for inner in sorted(parsed.mentions, key=lambda m: (m.start, m.start - m.end)):  # longest first
        body = bodies.get(inner.start)
        if body is None or not (inner.source == "lexicon" or inner.source == "names" and inner.type == EntityType.PARK
                                and _OWN_BOARD.fullmatch(parsed.text, inner.end, body.end) and not _ZONE.search(inner.name)) \
                or inner.type not in (EntityType.PLACE, EntityType.PARK) \
                or (inner.start, inner.end) in chosen_spans or inner.end >= body.end \
                or not _BODY_REST.fullmatch(parsed.text, inner.end, body.end) \
                or (inner.type == EntityType.PLACE and not (inner.canonical or inner.name).endswith(("区", "县", "市", "州"))):
            continue  # (a province's bureau, 浙江省发展和改革委员会, says nothing local; a city's, 黑河市商务局,
            # names the city as its committee does, 龙岩市委常委)
        place = inner
        level = parsed.text[inner.end:inner.end + 1]
        if parsed.text.startswith("委", inner.end + 1) and level in "区县" \
                and not (inner.canonical or inner.name).endswith(level):
            # 沙县|区委: the committee of a district named after the county it was (沙县区), not the county's
            name = inner.name + level
            entry = lex.lookup(name)
            place = Mention(name, EntityType.PLACE, inner.start, inner.end + 1, inner.sentence, "nested",
                            canonical=entry.name if entry is not None and entry.type == EntityType.PLACE else "")
        out.append(replace(place, source="nested"))
        relations.append(Relation(body.name, RelationType.PART_OF, place.canonical or place.name,
                                  (parsed.evidence(body.sentence),)))
        del bodies[inner.start]
    for body in bodies.values():  # 三明|市委常委: a city the lexicon knows, split off its committee by the segmenter
        city = body.name[:-1] if body.name.endswith(("市委", "州委")) else ""
        entry = lex.lookup(city) if len(city) >= 3 else None
        if entry is not None and entry.type == EntityType.PLACE:
            out.append(Mention(city, EntityType.PLACE, body.start, body.start + len(city), body.sentence, "nested",
                               canonical=entry.name))
            relations.append(Relation(body.name, RelationType.PART_OF, entry.name, (parsed.evidence(body.sentence),)))
    return tuple(out)


def _sub_parks(parsed, chosen: tuple[Mention, ...], relations: list[Relation], lex) -> tuple[Mention, ...]:
    """三明高新区三元园, 金沙园东区, 火炬园数字经济产业大厦: a zone of several parks (一区多园) names each by
    two characters and 园, which no head noun finds; such a name is a park where it follows the zone's
    own name, or where it opens the name of a section of it or of works in it."""
    text = parsed.text
    spans = sorted((m.start, m.end) for m in chosen)
    starts = [s for s, _ in spans]

    def free(start: int, end: int) -> bool:
        k = bisect_right(starts, end - 1) - 1
        return k < 0 or spans[k][1] <= start

    def sub_park(at: int) -> str | None:
        m = _SUB_PARK.match(text, at)
        if m is None or text.startswith(("区", "林", "艺"), m.end()):
            return None
        name = m[0]
        if any(c in STOP_CHARS for c in name[:2]) or name[:2] in _NOT_SUB_PARK or name in lex.heads \
                or lex.is_generic(name) or lex.is_generic(name[:2]) or name[:2] in lex.industry_words:
            return None
        entry = lex.lookup(name)
        return name if entry is None or entry.type == EntityType.PARK else None

    out: list[Mention] = []
    done: set[int] = set()  # where a park is named (two mentions of a zone may end at one place)
    for m in chosen:
        if m.type == EntityType.PARK and _ZONE.search(m.canonical or m.name):
            name = sub_park(m.end)  # 三明高新区|三元园
            if name and free(m.end, m.end + 3) and m.end not in done:
                done.add(m.end)
                out.append(Mention(name, EntityType.PARK, m.end, m.end + 3, m.sentence, "nested"))
                relations.append(Relation(name, RelationType.LOCATED_IN, m.canonical or m.name,
                                          (parsed.evidence(m.sentence),)))
        elif (m.type == EntityType.PROJECT or m.type == EntityType.PLACE and _SECTION.fullmatch(m.name, 3)) \
                and len(m.name) > 3 and m.source == "names":
            name = sub_park(m.start)  # 金沙园|东区, 火炬园|数字经济产业大厦
            if name:
                out.append(Mention(name, EntityType.PARK, m.start, m.start + 3, m.sentence, "nested"))
                relations.append(Relation(m.name, RelationType.LOCATED_IN, name, (parsed.evidence(m.sentence),)))
    return tuple(out)


_SUB_PARK = re.compile(r"[\u4e00-\u9fff]{2}园")
# gardens, zoos and campuses: 园 names more than parks of firms
_NOT_SUB_PARK = frozenset("幼儿 动物 植物 游乐 儿童 主题 湿地 森林 郊野 体育 中央 城市 街心 花卉 观光 采摘 农业 家庭 "
                          "梨花 桃花 杏花 百花".split())
_SECTION = re.compile(r"[东西南北中]区|片区|组团|启动区|核心区")
# what follows a district's or zone's name in the name of one of its bodies
_BODY_REST = re.compile(r"(?:[（(][^（）()]{2,8}[)）])?(?:党工委|管委会|管理委员会|人民政府|政府|区委|县委|市委|"
                        r"[\u4e00-\u9fff]{1,10}(?:局|委员会|办公室|分局|中心))")
_OWN_BOARD = re.compile(r"管委会|管理委员会")  # 新材料产业园|管委会: a park found by its name has its own board
# heads of things named after a place or a park, not the thing itself (南大 | 南大路, 南大路站)
_NAMED_AFTER = frozenset("路 大路 街 大街 大道 公路 站 路站".split())
_COMPANY = re.compile(r"(?:有限(?:责任)?公司|集团)$")
_LOCAL_PLACE = re.compile(r"(?<!自治)(区|县|镇|街道|乡)$")
_CITY = re.compile(r"市$")
_DISTRICT = re.compile(r"(?<![园片社景小城厂矿营])(区|县)$")
_NOT_A_TAIL = re.compile(r"(?:区|县|市|镇|乡|街道|路|站|期)$")
_ACADEMIC_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:研究院|学院|研究所|实验室|研究中心|医院)$")
_PHASE_OR_KIND = re.compile(r"(?:[一二三四五六七八九十\d]+期|首期)?(?:工程|项目|建设项目)?")
_HUB = re.compile(r"(?:机场|火车站|高铁站)$")  # a found name that is one whatever the words before it
_SITE_PLACE = re.compile(r"(?:港|邮轮港|机场|枢纽|火车站|新城|岛)$")
_ZONE = re.compile("(?:" + "|".join(ZONE_WORDS) + "|保税区)$")  # (not a free trade zone: its 片区 is its area)
_KIND_OF_TOWN = re.compile(r"[老水古新小大旧](?:镇|乡)$")  # 老镇, 水乡: a kind of town, not one named
_RIVERSIDE = re.compile(r"[滨沿临](?:河|江|湖)$")  # 春申塘滨河: a stretch along a water, not one
_WATER_OR_ROAD = re.compile(r"(河|江|湖|浜|泾|溪|塘|路|大道|大街)$")
# works done on a river or road (治理, 改造 …): only then is a name that opens with one about it
# (太湖国际科技园 is named after the lake, not about it)
_WORKS_ON = re.compile(r"治理|整治|改造|拓宽|提升|快速化|改建|扩建|修复|疏浚|贯通|延伸|新建|[东南西北]延|延长|廊道|绿道|护岸|清淤|大修|罩面")


def _rescan(doc: Doc, mentions: tuple[Mention, ...], groups: UnionFind, tag) -> tuple[tuple[Mention, ...], set[int]]:
    """Every other occurrence of a name (or alias) already found in this article, and the ids of
    the shorter mentions those occurrences replace."""
    forms: dict[str, Mention] = {}
    for m in mentions:
        for f in (m.name, *m.aliases):
            if len(f) >= 2:
                forms.setdefault(f, m)
    first_of_root: dict[str, Mention] = {}
    for m in mentions:
        first_of_root.setdefault(groups.find(m.name), m)
    for f in list(groups.parent):
        if len(f) >= 2 and f not in forms and groups.find(f) in first_of_root:
            forms[f] = first_of_root[groups.find(f)]
    if not forms:
        return (), set()
    # what each position is covered by: a found name may cover shorter lexicon mentions that lie
    # wholly inside it (广汽丰田 over the lexicon's 广汽 and 丰田, 王海东 over 海东), never cross one;
    # the name rules' own splits (长安汽车数智工厂|二期: the factory and its phase) stay
    owner: dict[int, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start - m.end):  # longest first
        for i in range(m.start, m.end):
            owner.setdefault(i, m)
    text = doc.parsed.text
    spans = {(m.start, m.end) for m in mentions}
    hits: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for form in sorted(forms, key=len, reverse=True):  # longest first: 南大智慧城 before 南大
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if (pos, end) in spans:  # found there already: nothing shorter to replace
                pos = text.find(form, end)
                continue
            under = {id(owner[i]): owner[i] for i in range(pos, end) if i in owner}
            if taken.isdisjoint(range(pos, end)) and all(
                    pos <= m.start and m.end <= end and m.end - m.start < end - pos and m.source in _REPLACEABLE
                    for m in under.values()):
                hits.append((pos, end, form))
                taken.update(range(pos, end))
            pos = text.find(form, end)
    starts = [s.start for s in doc.parsed.sentences]
    out = []
    replaced: set[int] = set()
    for s, e, form in sorted(hits):
        si = bisect_right(starts, s) - 1
        if si < 0 or e > doc.parsed.sentences[si].end or not on_token_bounds(doc, si, s, e, tag):
            continue
        proto = forms[form]
        out.append(Mention(form, proto.type, s, e, si, "rescan"))
        groups.union(form, proto.name)
        replaced.update(id(m) for m in mentions if s <= m.start and m.end <= e)
    return tuple(out), replaced
