"""Quantities (investment, area, height, length), attached to the right entity.

Attachment, in order: an entity whose name holds the number (183米超高层); an entity right after
"…的" (总投资50亿元的上药超级工厂); the nearest entity before it in the same clause, a reference
such as 该项目/园区 counting as the last project/park named; the nearest one before it in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Mention, Quantity, QuantityProperty
from .base import ITEM_MARK, Doc, Resources, extractor, row_subject, table_header
from .mentions import REFERENCE_TYPES
from .numbers import parse_number
from .words import ROAD_END

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:[万亿]+)?|[万亿]"
_QUANTITY = re.compile(
    r"(?P<pre>约|大约|近|将近|接近|超过|超|逾|达到|达|共计|总计|合计|累计|不少于|不低于|最高)?\s*"
    r"(?P<num>" + _NUM + r")(?:\s*(?:[-~～—–至到])\s*(?P<num2>" + _NUM + r"))?\s*(?P<more>多|余)?\s*"
    r"(?P<unit>亿元|万元|元|亿(?![美港欧日英韩澳加新]元|美金|英镑)|平方公里|平方千米|km²|公顷|亩|平方米|㎡|公里|千米|米)"
    r"(?P<post>以上|左右|有余|之多)?"
)
_INVEST_CUE = re.compile(r"(投资|总投资|投入|出资|投建|注资|计划投资|拟投资|资金)[^，。；]{0,8}$")
_HEIGHT_CUE_BEFORE = re.compile(r"(高|高度|总高|建筑高度|楼高)[^，。；]{0,3}$")
_HEIGHT_CUE_AFTER = re.compile(r"^(高|的?(超高层|摩天|塔|楼|大厦|双子塔|地标))")
_LENGTH_CUE = re.compile(r"(长|全长|长度|岸线|线路|延伸|绵延|总长)")
_AREA = {"平方公里": 1.0, "平方千米": 1.0, "km²": 1.0, "公顷": 0.01, "亩": 1 / 1500, "平方米": 1e-6, "㎡": 1e-6}
_AGGREGATE = re.compile(r"(?:等|共|共有|合计|累计|这|此|本批|首批)\s*[\d一二三四五六七八九十几两]+\s*(?:个|家|项|批)"
                        r"|[\d一二三四五六七八九十几两]+\s*(?:个|家|项)(?:重大|重点|产业|先进制造)?(?:项目|企业)")
_GENERIC_AFTER = re.compile(r"[”\"]?的[^，。；,;]{0,4}?(?:区域|地块|空间|厂房|载体|岸线|用地|土地|楼宇|建筑|园区|范围)")
_HAS_UNIT = re.compile(r"元|亿|平方|公顷|亩|㎡|km|米|公里")
_DESCRIBED = re.compile(r"(?:是|作为|为|系)")  # the topic is what the clause says it is
_ATTACHABLE = {EntityType.PROJECT, EntityType.PARK, EntityType.PLACE}
_REFERENCE = re.compile(r"(该项目|该工程|该园区|该园|该基地|本项目|本工程|(?<!重点)(?<!重大)(?<!产业)(?<!招商)项目|园区|该片区)")


def _convert(unit: str, value: float, before: str, after: str) -> tuple[QuantityProperty, float] | None:
    if unit in ("亿元", "万元", "元", "亿"):
        if not _INVEST_CUE.search(before):
            return None
        factor = {"亿元": 1e8, "亿": 1e8, "万元": 1e4, "元": 1.0}[unit]
        return QuantityProperty.INVESTMENT, value * factor
    if unit in _AREA:
        return QuantityProperty.AREA, value * _AREA[unit]
    if unit in ("公里", "千米"):
        return QuantityProperty.LENGTH, value
    if unit == "米":
        if _HEIGHT_CUE_AFTER.search(after) or _HEIGHT_CUE_BEFORE.search(before):
            return QuantityProperty.HEIGHT, value
        if _LENGTH_CUE.search(before[-6:]) or _LENGTH_CUE.search(after[:4]):
            return QuantityProperty.LENGTH, value / 1000
    return None


def parse_quantity(text: str, before: str = "", after: str = ""):
    """Parse one quantity expression (for tests and callers): (property, value, max, qualifier)."""
    m = _QUANTITY.search(text)
    if not m:
        return None
    return _from_match(m, before + text[: m.start()], text[m.end():] + after)


def _from_match(m: re.Match, before: str, after: str):
    value = parse_number(m["num"])
    if value is None:
        return None
    unit = m["unit"]
    num2 = parse_number(m["num2"]) if m["num2"] else None
    if m["num2"] and num2 is not None and re.search(r"[万亿]$", m["num2"]) and not re.search(r"[万亿]$", m["num"]):
        value = parse_number(m["num"] + m["num2"][-1]) or value  # 50-60亿元: 50亿 to 60亿
    converted = _convert(unit, value, before, after)
    if converted is None:
        return None
    prop, val = converted
    top = None
    if num2 is not None:
        top_conv = _convert(unit, num2, before, after)
        top = top_conv[1] if top_conv else None
    qualifier = "".join(q for q in (m["pre"], m["more"], m["post"]) if q)
    if m["pre"] in ("达到", "达", "共计", "总计", "合计", "累计"):
        qualifier = qualifier.replace(m["pre"], "")
    return prop, val, top, qualifier


def _opens_clause(text: str, pos: int, floor: int, item: bool = False) -> bool:
    """Is ``pos`` at the start of a clause (allowing a short lead such as 据 or 目前, or, for
    ``item``, an item's mark: 2. X项目：…)?"""
    opens = clause_start(text, pos, floor)
    return pos - opens <= 1 or (item and opens == floor and ITEM_MARK.fullmatch(text, opens, pos) is not None)


_HEADING_TYPES = (EntityType.PROJECT, EntityType.PARK)  # (an item heading's place, (二)中部医药组团：, is a part)


_LOCATIVE = re.compile(r"(?:位于|地处|坐落于|坐落在|落户|选址|在|于|紧邻|毗邻|比邻|临近|靠近|邻近|紧靠)$")


def clause_start(text: str, pos: int, floor: int) -> int:
    i = max(text.rfind(c, floor, pos) for c in "，,；;：:")
    return max(floor, i + 1)


@extractor("quantities", stage="facts")
class Quantities:
    def __init__(self, res: Resources):
        pass

    def __call__(self, doc: Doc) -> Iterator[Quantity]:
        text = doc.parsed.text
        # a name inside a longer name (发那科 in 发那科智能工厂) never carries the longer one's figures
        mentions = [m for m in doc.parsed.mentions if m.type in _ATTACHABLE and m.source != "nested"]
        by_sentence = doc.by_sentence
        for si, sent in enumerate(doc.parsed.sentences):
            header = table_header(text, sent.start) if text.startswith("|", sent.start) else None
            if not _HAS_UNIT.search(sent.text) and not header:
                continue
            in_sent = [m for m in by_sentence.get(si, ()) if m.type in _ATTACHABLE and m.source != "nested"]
            for q in _QUANTITY.finditer(sent.text):
                s, e = sent.start + q.start(), sent.start + q.end()
                before = text[max(sent.start, s - 12):s]
                if header:  # a table's cell: its column's header says what the figure is (总投资 | 60亿元)
                    column = text.count("|", sent.start, s) - 1
                    cell_start = text.rfind("|", sent.start, s) + 1
                    if 0 <= column < len(header):
                        before = header[column] + "：" + text[cell_start:s]
                parsed = _from_match(q, before, text[e:min(sent.end, e + 6)])
                if not parsed:
                    continue
                prop, value, top, qualifier = parsed
                # (after a colon the items are counted no more: 还有三个项目同步落地：X项目总投资18亿元)
                if _AGGREGATE.search(text, max(sent.start, text.rfind("：", sent.start, s) + 1, text.rfind(":", sent.start, s) + 1), s):
                    continue  # 6个项目集中签约开工，总投资约158亿元: a total, not one project's
                target = _attach(doc, si, in_sent, mentions, s, e, sent.start, prop)
                if target is None:
                    continue
                yield Quantity(
                    entity=target.canonical or target.name, property=prop, value=round(value, 6),
                    text=q[0].strip(), evidence=(doc.parsed.evidence(si),), qualifier=qualifier,
                    max_value=round(top, 6) if top is not None else None,
                )
            if header:
                yield from self._unit_in_header(doc, si, header, in_sent)

    def _unit_in_header(self, doc: Doc, si: int, header: list[str], in_sent: list[Mention]) -> Iterator[Quantity]:
        """| 总投资（亿元） | … | 5.6 |: a bare number whose column's header gives the unit."""
        text, sent = doc.parsed.text, doc.parsed.sentences[si]
        subject = row_subject(text, sent.start, in_sent)
        if subject is None:
            return
        for cell in _BARE_CELL.finditer(text, sent.start, sent.end):
            column = text.count("|", sent.start, cell.start()) - 1
            unit = _HEADER_UNIT.search(header[column]) if 0 <= column < len(header) else None
            if unit is None:
                continue
            figure = cell[1] + unit[1]
            parsed = parse_quantity(figure, before=header[column] + "：")
            if not parsed or subject.end > cell.start():
                continue
            prop, value, top, qualifier = parsed
            if not _carries(subject, prop):
                continue
            yield Quantity(
                entity=subject.canonical or subject.name, property=prop, value=round(value, 6), text=figure,
                evidence=(doc.parsed.evidence(si),), qualifier=qualifier,
                max_value=round(top, 6) if top is not None else None,
            )


# a table cell holding a bare number (| 5.6 |), and a header that names the unit (总投资（亿元）)
_BARE_CELL = re.compile(r"(?<=\|)[ \t]*((?:约|超|近)?\d+(?:\.\d+)?(?:[-~～—–]\d+(?:\.\d+)?)?)[ \t]*(?=\|)")
_HEADER_UNIT = re.compile(r"[（(](亿元|万元|平方公里|平方千米|公顷|亩|万平方米|平方米|公里|千米|米)[)）]")


def _carries(m: Mention, prop: QuantityProperty) -> bool:
    """A road carries a length, never an investment, an area or a height (…位于真大路以东，占地约45亩:
    the area is the project's, not the road's)."""
    return prop == QuantityProperty.LENGTH or not (m.type == EntityType.PLACE and ROAD_END.search(m.canonical or m.name))


# a name right after one of these is where something is done, not what the clause is about
# (由X投资建设: X builds; …，是Y镇最大的项目: Y is said of the topic; the figures are not theirs)
_PREPOSITIONS = frozenset("在于从沿经向由是")


def _attach(doc: Doc, si: int, in_sent: list[Mention], every: list[Mention], s: int, e: int, floor: int,
            prop: QuantityProperty) -> Mention | None:
    text = doc.parsed.text
    in_sent = [m for m in in_sent if _carries(m, prop)]
    for m in in_sent:
        if m.start <= s and e <= m.end:
            return m
    if text.startswith("|", floor):  # a table row: the figures are those of the row's first entity
        subject = row_subject(text, floor, in_sent)
        return subject if subject is not None and subject.end <= s else None
    after = re.match(r"^[”\"]?(?:长|高|宽)?(?:的|之)[“\"]?", text[e:e + 4])
    if after:
        nxt = [m for m in in_sent if m.start == e + after.end()]
        if nxt:
            return nxt[0]
    clause = clause_start(text, s, floor)
    before = [m for m in in_sent if clause <= m.start and m.end <= s]
    ref = None
    for r in _REFERENCE.finditer(text, clause, s):
        ref = r
    if ref and (not before or before[-1].end <= ref.start()):  # 园区占地约7.2平方公里
        types = REFERENCE_TYPES.get(ref[0][-2:]) or REFERENCE_TYPES[ref[0][-1]]  # 园区, 项目; 该园
        earlier = [m for m in every if m.start < ref.start() and m.type in types]
        if earlier:
            return earlier[-1]
    if before:
        if _GENERIC_AFTER.match(text, e) and s - before[-1].end > 2:
            return None  # 沿长阳路展开、规划面积约2.5平方公里的区域: the number describes 区域
        return before[-1]
    # topic–comment: "X是…，规划面积约3.2平方公里" — the entity that opens a clause of the sentence
    # (not a place after a preposition: "，在科创园内建设X，总投资…" is about X)
    topic = [m for m in in_sent if m.end <= s and _opens_clause(text, m.start, floor, m.type in _HEADING_TYPES)
             and text[m.start - 1:m.start] not in _PREPOSITIONS]
    if topic:
        if topic[-1].type in (EntityType.PLACE, EntityType.PARK) and prop in (QuantityProperty.INVESTMENT, QuantityProperty.AREA):
            # "X产业园今年引进Y公司Z项目，总投资约12.5亿元": the project the topic's clause brings in
            brought = [m for m in in_sent if topic[-1].end <= m.start and m.end <= s and m.type == EntityType.PROJECT]
            if brought and not _DESCRIBED.match(text, topic[-1].end):  # (but "X科学城是Y中心的核心区，规划面积…")
                return brought[-1]
        if topic[-1].type == EntityType.PLACE and prop == QuantityProperty.INVESTMENT and clause > floor:
            # "在渭河南岸…，…的B基地去年底已经投产，总投资约14.5亿元": a river opens the sentence,
            # but the money is the project's or park's that the clause before names
            prev = clause_start(text, clause - 1, floor)
            built = [m for m in in_sent if prev <= m.start and m.end < clause
                     and m.type in (EntityType.PROJECT, EntityType.PARK)]
            if built:
                return built[-1]
        # X工程中心|二期：总投资… — the phase written right after the name is what the item is about
        phase = [m for m in in_sent if m.start == topic[-1].end and m.end <= s
                 and (m.canonical or m.name).startswith(topic[-1].canonical or topic[-1].name)]
        return phase[0] if phase else topic[-1]
    # 一、X项目。由Y投资建设，总投资35亿元: the item heading's entity, not the builder
    item = doc.item_topic(si)
    if item is not None and not any(m.start < s and m.type in (EntityType.PROJECT, EntityType.PARK) for m in in_sent):
        return item
    before = [m for m in in_sent if m.end <= s]
    if before:
        # "Y项目位于宝山区，总投资约12亿元": a place named as where the thing lies is not what the
        # figures describe; the project or park the sentence named before it is
        if before[-1].type in (EntityType.PLACE, EntityType.PARK) and _LOCATIVE.search(
                text, max(floor, before[-1].start - 4), before[-1].start):  # (位于Y产业园，新建…: Y is where)
            built = [m for m in before[:-1] if m.type in (EntityType.PROJECT, EntityType.PARK)]
            if built:
                return built[-1]
        return before[-1]
    later = [m for m in in_sent if m.start >= e and m.type in (EntityType.PROJECT, EntityType.PARK)
             and (clause_start(text, m.start, floor) <= e or prop == QuantityProperty.INVESTMENT)]
    if len(later) > 1 and _LOCATIVE.search(text, max(floor, later[0].start - 4), later[0].start):
        # "将投资15亿元，在X产业园（“Z”）建设Y项目": the money builds Y; X is where (and Z its nickname)
        built = [m for m in later[1:] if text[m.start - 1:m.start] not in "“\"（("]
        if built:
            return built[0]
    return later[0] if later else None
