"""Metro and rail lines: 轨道交通1、3、7、15号线 are four lines; 西安地铁6号线 keeps its city;
18号线二期(工程) is a project that is part of its line.

A line written without its city (地铁1号线) takes the article's city, the city it names most, so
that Shanghai's and Nanjing's line 1 stay two lines in a corpus about both cities. An article that
names no city leaves its lines unqualified."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..model import EntityType, Mention, Relation, RelationType
from .base import Doc, Resources, extractor
from .lexicon import normalise

_METRO = re.compile(
    r"([\u4e00-\u9fff]{2,3}?(?=地铁|轨道交通|轨交))?(轨道交通|轨交|地铁|市域铁路|城际铁路)?"
    r"((?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[、，,和及与]\s*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3}))*)"
    r"\s*(?:号线|(?<=[A-Z]\d)线|(?<=[A-Z]\d\d)线)"
)
_NAMED_LINE = re.compile(r"(地铁|轨道交通|轨交|市域铁路|市域轨道交通|城际铁路)([\u4e00-\u9fff]{2,4}?)线(?!路)")
# a phase or an extension of a line (18号线二期工程, 6号线北延段, 2号线东延伸段, 机场支线)
_METRO_PHASE = re.compile(r"((?:[一二三四五六七八九十\d]+|首)期|[东南西北]延(?:伸)?(?:段|线)|延伸段|延长线|支线)(工程|项目)?")
# lines that are no metro's: bus rapid transit, trams, buses (快速公交1号线, 有轨电车T1线)
OTHER_MODES = "快速公交|有轨电车|现代有轨电车|公交|BRT|云巴|旅游专线"
_OTHER_MODE = re.compile(rf"({OTHER_MODES})\s*$")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_NOT_A_LINE_NAME = re.compile(r"[东南西北]?(?:延伸|延长|联络|支|专用|干|主)")  # (环线 is a name: 重庆轨道交通环线)


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS.get(s[1], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN_DIGITS.get(a, 0) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s, 0)


@extractor("metro", stage="mentions")
class MetroLines:
    """轨道交通1、3、7、15号线 → four lines, each a Place named 轨道交通N号线; 18号线二期工程 → a
    Project that is part of its line."""

    def __init__(self, res: Resources):
        self.lex = res.lexicon

    def __call__(self, doc: Doc) -> Iterator[Mention | Relation]:
        home = None
        for si, sent in enumerate(doc.parsed.sentences):
            if "线" not in sent.text:
                continue  # every form below ends in 线
            for m in _NAMED_LINE.finditer(sent.text):  # 地铁亦庄线, 轨道交通浦江线
                if _NOT_A_LINE_NAME.fullmatch(m[2]):
                    continue  # 广佛肇城际铁路|延伸线: an extension of the line named before, not a line named 延伸
                line = f"地铁{m[2]}线" if m[1] in ("地铁", "轨道交通", "轨交") else f"{m[1]}{m[2]}线"  # 市域铁路嘉闵线
                yield Mention(line, EntityType.PLACE, sent.start + m.start(), sent.start + m.end(), si, "metro",
                              canonical=line, aliases=tuple(sorted({normalise(m[0]), f"{m[2]}线"} - {line})))
            listed = None  # (where a bus or tram line ended, and its kind)
            for m in _METRO.finditer(sent.text):
                city, written = "", ""
                for n in (3, 2):  # 连接天津地铁Z4线: the city is the end of the run before 地铁
                    entry = self.lex.lookup((m[1] or "")[-n:]) if m[1] and len(m[1]) >= n else None
                    if entry and entry.type == EntityType.PLACE and _is_city(entry.name):
                        written = m[1][-n:]
                        city = _short(entry.name)
                        break
                begin = m.start(1) + len(m[1]) - len(written) if written else m.start(2) if m[2] else m.start(3)
                if not city:
                    if home is None:
                        home = self._article_city(doc)
                    city = home
                system = m[2] or ""
                mode = None if system else _OTHER_MODE.search(sent.text, max(0, begin - 6), begin)
                if mode is not None:  # 快速公交1号线, 有轨电车T1线: a bus or tram line, named with what it is
                    system, begin = mode[1], mode.start(1)
                elif not system and listed is not None and listed[0] == begin - 1 and sent.text[begin - 1] in "、和及与":
                    mode = listed[1]  # 快速公交1号线、|3号线: the next line of the list is of the same kind
                listed = (m.end(), mode) if mode is not None else None
                ids = list(re.finditer(r"[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3}", m[3]))
                names = []
                for i, found in enumerate(ids):
                    n = found[0]
                    # each line of a list has a span of its own (轨道交通|1、|3、|7、|15号线), so that
                    # relation patterns see a list of lines
                    start = begin if i == 0 else m.start(3) + found.start()
                    end = m.end() if i == len(ids) - 1 else m.start(3) + found.end()
                    if n[0].isalpha():
                        line, short = f"{city}{mode[1] if mode else '地铁'}{n}线", f"{n}线"
                    else:
                        num = _cn_number(n)
                        if not 0 < num < 100:
                            continue
                        line, short = f"{city}{mode[1] if mode else '轨道交通'}{num}号线", f"{num}号线"
                    aliases = {short, f"{system}{short}", f"{written}{system}{short}"}  # forms the text uses
                    if len(ids) == 1:
                        aliases.add(normalise(sent.text[begin:m.end()]))
                    aliases.discard(line)
                    names.append(line)
                    yield Mention(line, EntityType.PLACE, sent.start + start, sent.start + end,
                                  si, "metro", canonical=line, aliases=tuple(sorted(aliases)))
                phase = _METRO_PHASE.match(sent.text, m.end())
                if phase and len(names) == 1:  # 18号线二期工程, 6号线北延段 are part of the line
                    whole = f"{names[0]}{phase[1]}"
                    surface = normalise(sent.text[begin:phase.end()])
                    yield Mention(whole, EntityType.PROJECT, sent.start + begin, sent.start + phase.end(), si,
                                  "metro", canonical=whole, aliases=tuple(sorted({surface} - {whole})))
                    yield Relation(whole, RelationType.PART_OF, names[0], (doc.parsed.evidence(si),))

    def _article_city(self, doc: Doc) -> str:
        """The city (…市 in the lexicon) the article names most often; the first named on a tie."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        mentions = doc.parsed.mentions
        for m in mentions:
            entry = self.lex.lookup(m.canonical or m.name)
            if entry and entry.type == EntityType.PLACE and _is_city(entry.name):
                if any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in mentions):
                    continue  # 富锦 in 富锦路站 is no mention of 富锦市
                counts[entry.name] += 1
                first.setdefault(entry.name, m.start)
        if not counts:
            return ""
        return _short(max(counts, key=lambda c: (counts[c], -first[c])))


def _is_city(name: str) -> bool:
    """南京市, 上海市: a city names its lines; 宝山区 (宝山区轨道交通1号线) does not."""
    return name.endswith("市") and len(name) > 2


def _short(city: str) -> str:
    """南京市 → 南京: the form lines are named with (南京地铁1号线)."""
    return city[:-1] if city.endswith("市") and len(city) > 2 else city
