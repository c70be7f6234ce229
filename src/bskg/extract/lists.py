"""Enumerations: A、B、C等企业 and 以A、B、C为代表 name organizations (or projects, parks) that no
head noun marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Mention
from .base import Doc, extractor
from .entities import NameBuilder
from .lexicon import normalise
from .segment import Token
from .words import COMPANY_WORDS, NUMERAL, PROPER_TAGS, PUNCT, STOP_CHARS, STOP_TAGS, STOP_WORDS, VERB_TAGS

_LIST_CLASS = {
    "企业": EntityType.ORGANIZATION, "公司": EntityType.ORGANIZATION, "平台": EntityType.ORGANIZATION,
    "机构": EntityType.ORGANIZATION, "单位": EntityType.ORGANIZATION, "品牌": EntityType.ORGANIZATION,
    "巨头": EntityType.ORGANIZATION, "龙头": EntityType.ORGANIZATION, "独角兽": EntityType.ORGANIZATION,
    "高校": EntityType.ORGANIZATION, "院校": EntityType.ORGANIZATION, "厂商": EntityType.ORGANIZATION,
    "项目": EntityType.PROJECT, "工程": EntityType.PROJECT, "园区": EntityType.PARK,
}
_LEAD_LIST = re.compile(
    r"以((?:[^，。；、,;：:\s]{2,14}、)+[^，。；、,;：:\s]{2,14}?)(?:[和及与][^，。；、,;：:\s]{2,10})?(?:等)?为代表"
)
_LIST = re.compile(
    r"((?:[^，。；、,;：:\s]{2,14}、)+[^，。；、,;：:\s]{2,14}?)(?:[和及与][^，。；、,;：:\s]{2,10})?"
    r"等(?:[\d一二三四五六七八九十百几多余]+(?:余)?[家个所项])?(?:[^，。；]{0,12}?)"
    r"(" + "|".join(_LIST_CLASS) + ")"
)


# what says the listed words are kinds of firms (…等上下游企业, …等领域的企业, …等配套企业)
_KINDS_OF = re.compile(r"上下游|上游|下游|配套|领域|行业|产业链|类|环节|方面")
_FIELDS = re.compile(r"(?:领域|行业|方面|方向|赛道|板块)")  # right after 等: the list is of fields
_ORDINARY_TAGS = frozenset({"n", "vn", "v", "a", "an", "b"})
# words a company's short name ends in (香雪|制药, 药石|科技); activities (船员|服务, 邮轮|维修) are not among them
_ACTIVITIES = frozenset("服务 管理 运营 设计 研发 研究 制造 检测 认证 咨询 规划 开发 建设 投资 发展 更新 孵化 创新 综合 "
                        "产业 营销 经营 上盖 创业 维修 供应 配套 加工".split())
_COMPANY_TAILS = (COMPANY_WORDS - _ACTIVITIES) | frozenset(
    "药业 制药 基因 汽车 动力 光电 半导体 微电子 软件 通信 传媒 文化 材料 新材 重工 精密".split())
_OPENING_CHARS = frozenset("以 在 对 与 和 将 把 被 由 从 向 为 如 像 含 及 有 是 起".split())


@extractor("lists", stage="mentions")
class Enumerations(NameBuilder):
    """以钢银电商、欧冶云商、我的钢铁网等…平台为代表 → three Organizations; 183米超高层、中央遗址公园等项目
    → Projects."""

    def __call__(self, doc: Doc) -> Iterator[Mention]:
        text = doc.parsed.text
        for si, sent in enumerate(doc.parsed.sentences):
            for m in _LEAD_LIST.finditer(sent.text):  # 以中芯国际、北方华创、燕东微电子为代表，…企业
                rest = sent.text[m.end():]
                kind = next((_LIST_CLASS[c] for c in _LIST_CLASS if c in rest[:40]), None)
                if kind is None:
                    continue
                pos = sent.start + m.start(1)
                for part in m[1].split("、"):
                    item = normalise(part)
                    if self._item_ok(item, kind):
                        entry = self.lex.lookup(item)
                        yield Mention(item, entry.type if entry else kind, pos, pos + len(part), si, "lists",
                                      canonical=entry.name if entry else "")
                    pos += len(part) + 1
            for m in _LIST.finditer(sent.text):
                etype = _LIST_CLASS[m[2]]
                # 整机、叶片、塔筒、海缆等上下游企业: two-character words there are what the firms make
                # (中汇氢能、华氢动力等上下游企业 are firms' names)
                kinds = _KINDS_OF.search(sent.text, sent.text.index("等", m.end(1)), m.start(2)) is not None
                if _FIELDS.match(sent.text, sent.text.index("等", m.end(1)) + 1):
                    continue  # 氢能、碳基新材料、镁铝合金等领域|落地…项目: the items are fields, not projects
                body_start = sent.start + m.start(1)
                whole = text[body_start:sent.start + m.end(1)]
                tail = m[0][len(m[1]):].split("等", 1)[0]
                parts = whole.split("、")
                if tail:
                    parts.append(tail[1:])
                # a sibling that is a known name or a word jieba does not know (the first item may
                # still hold the clause's verb: 吸引紫光展锐 — a known name ending it counts)
                first = normalise(parts[0])
                items = [normalise(x) for x in parts[1:]]
                ordinary = [self._ordinary(x) for x in items]
                named = any(self.lex.lookup(first[i:]) for i in range(len(first) - 1)) or any(
                    self.lex.lookup(x) or not (self.seg.tag(x) or plain or x in self.lex.industry_words)
                    for x, plain in zip(items, ordinary))
                # a list is of one kind: when most of its items are sectors (船员服务, 邮轮维修), so is the rest
                if etype == EntityType.ORGANIZATION and not named and items and 2 * sum(
                        plain or x in self.lex.industry_words or self.lex.is_generic(x)
                        for x, plain in zip(items, ordinary)) >= len(items):
                    continue
                # 常乐镇、悦来镇分别签约高端轴承、…等项目: the list starts in the last item that holds a
                # clause's verb; the items before it are another list (the towns that sign)
                opening = 0
                for idx in range(1, len(parts) - (1 if tail else 0)):
                    if any(len(w) > 1 and w in STOP_WORDS for w in self._words(items[idx - 1])):
                        opening = idx
                pos = body_start
                for idx, part in enumerate(parts):
                    if idx == len(parts) - 1 and tail:
                        pos = sent.start + m.start() + len(m[1]) + 1
                    item_start = pos
                    if idx < opening:
                        pos += len(part) + 1
                        continue
                    if idx == opening:  # the first item starts after the clause's verb: 以钢银电商 → 钢银电商
                        item_start = self._first_item_start(text, doc.tokens[si], pos, pos + len(part))
                    item = normalise(text[item_start:pos + len(part)])
                    pos += len(part) + 1
                    if (kinds and len(item) <= 2) or not self._item_ok(item, etype, named):
                        continue
                    entry = self.lex.lookup(item)
                    head = self.lex.head_of(item)
                    mtype = entry.type if entry else (head[1] if head and len(head[0]) > 1 else etype)
                    yield Mention(item, mtype, item_start, item_start + len(item), si, "lists",
                                  canonical=entry.name if entry else "")

    def _item_ok(self, item: str, kind: EntityType, named_siblings: bool = False) -> bool:
        if not (2 <= len(item) <= 12) or self.lex.is_generic(item) or item in STOP_WORDS:
            return False
        if self.lex.lookup(item):
            return True
        if kind == EntityType.ORGANIZATION and named_siblings and item not in self.lex.industry_words:
            return True  # 紫光展锐、地平线、创意电子等企业: beside a company name, a word is a company
        if self._all_generic(item):
            return False
        tag = self.seg.tag(item)  # 设计、制造、装备: ordinary words are sectors, not companies
        if kind == EntityType.ORGANIZATION:
            return not (tag and tag not in PROPER_TAGS) and not (not tag and self._ordinary(item))
        # 183米超高层、中央遗址公园等项目: a project needs a head noun or a proper word (高端轴承、
        # 智能仓储物流装备等项目 are projects of two kinds)
        if self.lex.head_of(item):
            return True
        return not self._ordinary(item) and any(self.is_proper(w) for w in self._words(item) if len(w) > 1)

    def _words(self, item: str) -> list[str]:
        return [t.text for t in self.seg.tokens(item)]

    def _ordinary(self, item: str) -> bool:
        """高温|合金, 特种|涂层: made of ordinary words of two characters or more — a sector or a
        material, not a company's name, which jieba does not know (比亚迪, 紫光展锐) or which ends
        in a word companies end in (香雪|制药, 基石|药业, 药石|科技)."""
        words = self._words(item)
        return len(words) >= 2 and words[-1] not in _COMPANY_TAILS and all(
            (len(w) >= 2 or (i == 0 and self.seg.tag(w) == "n"))
            and (self.seg.tag(w) in _ORDINARY_TAGS or w in self.lex.industry_words)
            for i, w in enumerate(words))  # (电|驱动: a sector's first character may stand alone)

    def _first_item_start(self, text: str, tokens: tuple[Token, ...], start: int, end: int) -> int:
        """Skip the clause's opening words (以, 提速推进) but keep quantity prefixes (183米超高层)."""
        begin = start
        after_punct = start == 0 or bool(PUNCT.match(text[start - 1]))
        for t in tokens:
            if not (start <= t.start and t.end <= end) or end - t.end < 2:
                continue
            if len(t.text) == 1:
                # a preposition opens the item (与|科大讯飞), and so does a function character after
                # other words (吸引了|西交利物浦大学), but not one right after a comma: there it is a
                # piece of an unknown name (，均|胜|电子、…)
                opener = t.text in _OPENING_CHARS or (
                    t.text in STOP_CHARS and not (t.start == start and after_punct))
            else:
                opener = t.text in STOP_WORDS or bool(PUNCT.match(t.text)) or (
                    self.seg.tag(t.text) in STOP_TAGS | VERB_TAGS | {"t"} and not NUMERAL.match(t.text))
            if opener:
                begin = t.end
        return begin
