"""Milestones (开工, 竣工, 结构封顶, 签约, 揭牌, 开业, 投入使用 …) of the project or park a clause
names, with dates resolved against the article's publication date; unknown dates stay unknown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..model import EntityType, Milestone
from .base import Doc, Resources, extractor
from .quantities import clause_start

_MILESTONE = re.compile(r"(结构封顶|封顶|开工|动工|竣工|签约|揭牌|开业|投入使用|投用|投产|启用|开园|落成)")
_PLANNED = re.compile(r"(将于|将在|将|计划|预计|力争|有望|即将|拟)")
# One pattern both finds and parses a date; every part is optional, so matches may be empty
_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|明年|前年))?"
    r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?|(?P<part>年底|年初|年中|上半年|下半年|(?<=年)[底初]))?"
)
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
_PART_MONTH = {"年底": 12, "底": 12, "年初": 1, "初": 1}  # 上半年, 下半年, 年中: the year only


def find_dates(text: str, start: int, end: int) -> list[re.Match]:
    """The date expressions in ``text[start:end]``, in order."""
    return [m for m in _DATE.finditer(text, start, end) if m[0]]


def resolve_date(expr: str, published: date | None) -> str:
    """今年2月 → 2024-02 (published 2024-…); 去年 → 2023; 5月16日 → 2024-05-16; unknown → ''.

    A day that does not exist (2月30日) keeps only its month."""
    m = _DATE.fullmatch(expr.strip())
    if not m or not m[0]:
        return ""
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return ""
    else:
        year = published.year + _RELATIVE_YEAR.get(m["rel"] or "今年", 0)
    if m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            return ""
        if m["d"]:
            try:
                return date(year, month, int(m["d"])).isoformat()
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}"
    if m["part"] in _PART_MONTH:
        return f"{year:04d}-{_PART_MONTH[m['part']]:02d}"
    return f"{year:04d}"


@extractor("milestones", stage="facts")
class Milestones:
    """开工/竣工/结构封顶/签约/揭牌/开业/投入使用 of the project or park the clause names."""

    def __init__(self, res: Resources):
        pass

    def __call__(self, doc: Doc) -> Iterator[Milestone]:
        text = doc.parsed.text
        published = doc.parsed.article.published
        for si, sent in enumerate(doc.parsed.sentences):
            in_sent = [m for m in doc.by_sentence.get(si, ()) if m.type in (EntityType.PROJECT, EntityType.PARK)]
            item = None
            if not any(m.start == sent.start for m in doc.by_sentence.get(si, ())):
                item = doc.item_topic(si)  # 一、X项目。…，预计明年开工: the item's project
                if item is not None and item.type not in (EntityType.PROJECT, EntityType.PARK):
                    item = None
            if not in_sent and item is None:
                continue
            for ms in _MILESTONE.finditer(sent.text):
                pos = sent.start + ms.start()
                if ms[0] == "封顶" and text[pos - 2:pos] == "结构":
                    continue
                clause = clause_start(text, pos, sent.start)
                owners = [m for m in in_sent if clause <= m.start and m.end <= pos]
                if not owners and item is not None and not any(m.type == EntityType.PROJECT for m in in_sent):
                    owners = [item]
                owners = owners or [m for m in in_sent if m.end <= pos]
                if not owners:
                    continue
                owner = owners[-1]
                span = text[clause:pos]
                dates = find_dates(text, sent.start, pos)
                when = resolve_date(dates[-1][0], published) if dates else ""
                # (2027年投产 in an article of 2024: a date after the publication is a plan, said or not)
                planned = bool(_PLANNED.search(span)) or bool(
                    when and published and when > published.isoformat()[:len(when)])
                yield Milestone(owner.canonical or owner.name, ms[0], text[clause:sent.start + ms.end()],
                                (doc.parsed.evidence(si),), when=when, planned=planned)
