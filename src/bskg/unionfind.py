"""Union-find over names, and the ranking of a group's name forms; shared by the per-article
settling of mentions and the corpus-wide resolution."""

from __future__ import annotations

import re

from .extract.words import ROAD_STRETCH


class UnionFind:
    """Groups of strings. The smallest string of a group is its root, so results do not depend
    on the order of the unions."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        p = parent.setdefault(x, x)
        while p != x:  # path halving
            parent[x] = p = parent[p]
            x, p = p, parent[p]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def official(form: str) -> int:
    """1 for a plain name, 0 for forms with quotes, a phase in brackets ((三期)), a 地区/项目 tail
    or a road's stretch (天府大道中段), which are aliases rather than the canonical name when a
    plain form exists. Brackets that belong to the name (华锐（成都）, 上海地产(集团)) are plain."""
    return 0 if re.search(r"[“”\"]|[(（][^()（）]*期[)）]|(地区|片区|板块|项目|工程)$", form) or ROAD_STRETCH.search(form) else 1
