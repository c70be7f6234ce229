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
_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|明年|前年))?"
    r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?|(?P<part>年底|年初|年中|上半年|下半年|底))?"
)


def resolve_date(expr: str, published: date | None) -> str:
    """今年2月 → 2024-02 (published 2024-…); 去年 → 2023; 5月16日 → 2024-05-16; unknown → ''."""
    m = _DATE.fullmatch(expr.strip())
    if not m or not expr.strip():
        return ""
    year: int | None = None
    if m["y"]:
        year = int(m["y"])
    elif m["rel"]:
        if published is None:
            return ""
        year = published.year + {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[m["rel"]]
    elif m["m"] or m["part"]:
        if published is None:
            return ""
        year = published.year
    if year is None:
        return ""
    if m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            return ""
        if m["d"]:
            return f"{year:04d}-{month:02d}-{int(m['d']):02d}"
        return f"{year:04d}-{month:02d}"
    part = m["part"]
    if part in ("年底", "底", "下半年"):
        return f"{year:04d}-12" if part != "下半年" else f"{year:04d}"
    if part == "上半年":
        return f"{year:04d}"
    if part in ("年初",):
        return f"{year:04d}-01"
    return f"{year:04d}"


_DATE_FIND = re.compile(
    r"(?:(?:19|20)\d{2}年|今年|去年|明年|前年)(?:\d{1,2}月(?:\d{1,2}[日号])?|年底|年初|年中|上半年|下半年|底)?"
    r"|\d{1,2}月(?:\d{1,2}[日号])?|年底|上半年|下半年"
)


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
            if not in_sent:
                continue
            for ms in _MILESTONE.finditer(sent.text):
                pos = sent.start + ms.start()
                if ms[0] == "封顶" and text[pos - 2:pos] == "结构":
                    continue
                clause = clause_start(text, pos, sent.start)
                owners = [m for m in in_sent if clause <= m.start and m.end <= pos] or \
                         [m for m in in_sent if m.end <= pos]
                if not owners:
                    continue
                owner = owners[-1]
                span = text[clause:pos]
                dates = list(_DATE_FIND.finditer(text, sent.start, pos))
                when = resolve_date(dates[-1][0], published) if dates else ""
                planned = bool(_PLANNED.search(span))
                yield Milestone(owner.canonical or owner.name, ms[0], text[clause:sent.start + ms.end()],
                                (doc.parsed.evidence(si),), when=when, planned=planned)
