"""Persons named with a title: 区委书记陈杰, 董事长 王小明."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Mention, Relation, RelationType
from .base import Doc, extractor
from .entities import NameBuilder
from .segment import Token
from .words import DECLARED_BEFORE, STOP_CHARS, STOP_WORDS

# single characters that end a name after its first given-name character
_AFTER_NAME = frozenset("""
的 是 在 与 和 及 同 跟 对 为 把 将 被 由 从 向 于 至 到 等 了 着 过 又 也 都 还 并 就 已 均 该 这 其 此 说 称 一 今 昨
""".split())


@extractor("persons", stage="mentions")
class TitledPersons(NameBuilder):
    """区委书记陈杰, 董事长 王小明: a title followed by a surname-led name of 2–3 characters."""

    def __call__(self, doc: Doc) -> Iterator[Mention]:
        titles = sorted(self.lex.titles, key=len, reverse=True)
        if not titles:
            return
        pattern = re.compile("(" + "|".join(map(re.escape, titles)) + r")\s?")
        text = doc.parsed.text
        for si, sent in enumerate(doc.parsed.sentences):
            for m in pattern.finditer(sent.text):
                starts, ends = doc.bounds[si]
                if sent.start + m.start() not in starts and sent.start + m.start(1) + len(m[1]) not in ends:
                    continue  # 地处|长江: 处长 read across the middle of two words is no title
                start = sent.start + m.end()
                name = self._name_at(text, start, sent.end, doc.tokens[si])
                if name:
                    yield Mention(name, EntityType.PERSON, start, start + len(name), si, "persons",
                                  title=m[1])

    def _name_at(self, text: str, start: int, limit: int, tokens: tuple[Token, ...]) -> str:
        named = _TRANSLITERATED.match(text, start, limit)
        if named:  # 艾尔肯·吐尔逊, 阿不都热合曼·吐尔逊: a name written in parts joined by a dot
            return self._dotted_name(text, named.end(), limit, tokens, named.group())
        surname = ""
        for length in (2, 1):
            if text[start:start + length] in self.lex.surnames:
                surname = text[start:start + length]
                break
        if not surname:
            return ""
        pos = start + len(surname)
        by_start = {t.start: t.text for t in tokens}
        rest = ""
        while pos < limit and len(rest) < 2:  # a given name of one or two characters
            char = text[pos]
            word = by_start.get(pos, char)  # the word that starts here, if the segmenter has one
            if not re.match(r"^[\u3400-\u4dbf\u4e00-\u9fff]$", char) or word in STOP_WORDS or word in self.lex.titles:
                break  # 陈杰|表示, 陈杰|书记
            if rest and len(word) > 1 and word[:1] == char and word[1] not in _AFTER_NAME:
                break  # 蒋峰|告诉: a word that starts after the first given-name character is not in the
                # name (but 王立|明说 is 王立明 说)
            if rest and len(word) == 2 and word[0] == char and word[1] in "着了过":
                break  # 马骁|指着: a verb with its aspect particle, not a second given-name character
            if char in (_AFTER_NAME if rest else STOP_CHARS):
                break  # 陈杰|说; a second character may be one that is a classifier elsewhere (郑国栋)
            if rest and char in "作做" and text[pos + 1:pos + 3] in _ADDRESSES:
                break  # 孙鹏|作推介, 王强|作报告: "gives" a speech, not a third character
            if rest and char == "正" and (word in ("正在", "正是", "正将")
                                          or self.seg.tag(by_start.get(pos + 1, "")).startswith("v")):
                break  # 李昊|正带着团队, 王强|正在: "just now", not a third character
            rest += char
            pos += 1
        if not rest:
            return ""
        tag = self.seg.tag(surname + rest)
        if tag and not tag.startswith("nr"):  # 高度, 高新: a word, not a name
            return ""
        return surname + rest

    def _dotted_name(self, text: str, pos: int, limit: int, tokens: tuple[Token, ...], first: str) -> str:
        """The parts after the first of a dotted name: characters up to a stop, a verb or a title."""
        by_start = {t.start: t.text for t in tokens}
        name, part = first, ""
        while pos < limit and len(part) < 6:
            char = text[pos]
            word = by_start.get(pos, char)
            if char in "·•・" and len(part) >= 2:
                name, part = name + part + char, ""
                pos += 1
                continue
            if not re.match(r"^[\u4e00-\u9fff]$", char) or char in STOP_CHARS or word in STOP_WORDS \
                    or word in self.lex.titles or (len(word) > 1 and self.seg.tag(word) in ("v", "vn")):
                break  # 艾尔肯·吐尔逊|表示, …|出席
            part += char
            pos += 1
        return name + part if len(part) >= 2 else ""


# what an official gives (作报告, 作推介, 作表态发言): after a name, 作 is the verb
_ADDRESSES = frozenset("""
报告 推介 发言 讲话 表态 部署 总结 介绍 说明 动员 交流 点评 批示 指示 致辞 汇报 主旨 专题 工作 重要 情况 辅导 项目
""".split())

_TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{2,6}[·•・]")  # the first part of a dotted name


_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,4}")  # 技术|总监, 研发部|经理: a department between a firm and a title


@extractor("affiliations", stage="facts")
class PersonAffiliations:
    """贵阳市投资促进局局长罗婉清, 上海大学副校长张晓峰: a titled person works for the organization (or
    the district) named right before the title → person relatedTo it."""

    def __init__(self, res):
        pass

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        parsed = doc.parsed
        for si, mentions in doc.by_sentence.items():
            ends = {m.end: m for m in mentions if m.type in (EntityType.ORGANIZATION, EntityType.PLACE)
                    and m.source != "reference"}
            for person in mentions:
                if person.type != EntityType.PERSON or not person.title:
                    continue
                title_start = parsed.text.rfind(person.title, max(0, person.start - len(person.title) - 1), person.start)
                if title_start < 0:
                    continue
                org = ends.get(title_start)
                if org is None:  # 仲恺高新区党工委|书记 under the title 党工委书记: the body ends inside the title
                    org = max((m for m in ends.values() if m.start < title_start < m.end <= person.start),
                              key=lambda m: m.end - m.start, default=None)
                if org is None:  # …有限公司技术|总监: a department's word or two between the firm and the title
                    org = next((ends[k] for k in range(title_start - 1, title_start - 5, -1)
                                if k in ends and ends[k].type == EntityType.ORGANIZATION
                                and _DEPARTMENT.fullmatch(parsed.text, k, title_start)), None)
                if org is None:  # X（以下简称“Y”）总经理…: the declaration stands between the body and the title
                    gap = DECLARED_BEFORE.search(parsed.text, max(0, title_start - 24), title_start)
                    org = ends.get(gap.start()) if gap is not None else None
                if org is None:
                    continue
                yield Relation(person.canonical or person.name, RelationType.RELATED_TO, org.canonical or org.name,
                               (parsed.evidence(si),))
