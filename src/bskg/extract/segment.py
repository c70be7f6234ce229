"""Word segmentation with jieba's dictionary and algorithm.

Tokens come from the dictionary only (HMM off): unknown names fall apart into single characters,
which the name rules then glue back together, instead of HMM gluing a name to a function word
(是蕰, 以钢).

The engine is jieba-rs (``rjieba``), the Rust port of jieba with the same dictionary and the same
maximum-probability route: about 15 times faster than jieba's pure-Python ``cut``, which was the
largest single cost of a build. Where no rjieba wheel exists for the platform, jieba itself does
the work (same tokens, slower). Part-of-speech tags always come from jieba's own ``dict.txt``.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import jieba

from .lexicon import Lexicon

# jieba installs a DEBUG handler on its own logger at import; keep its chatter off the user's stderr
logging.getLogger("jieba").setLevel(logging.WARNING)

try:  # pragma: no cover - which branch runs depends on the platform
    import rjieba
except ImportError:  # pragma: no cover
    rjieba = None

#: frequency given to lexicon names and head nouns: low, so that they do not outweigh the
#: dictionary's own words (上海/城市 must not become 上/海城市)
ADDED_FREQ = 3

# jieba's dictionary has 扩建工程, 改造项目 … as words; a name's head must stand alone
_WORK_HEADS = frozenset({"工程", "项目"})
_WORKS = frozenset("扩建 改建 改造 建设 新建 续建 迁建 扩能 提升 更新 整治 修缮 扩容 升级".split())

# dictionary words that glue a head to what is said of it (…加工项目|前期工作, …改造工程|施工)
_HEAD_GLUED = frozenset("项目前期 项目选择 项目分析 工程建设 工程施工 工程进度 工程质量 工程验收 工程上马".split())

_ROAD_ENDS = ("路", "大道", "街")  # (a road's name ends there: 创新|路北|延, 崇文|大道北|延)

# where jieba's words may need a split (扩建工程, 号|线西): elsewhere they are taken as they come
_SPLIT = re.compile("(?:" + "|".join(sorted(_WORKS)) + "|期)(?:" + "|".join(sorted(_WORK_HEADS)) + ")|号线|(?:" + "|".join(_ROAD_ENDS) + ")[东南西北]延|"
                    + "|".join(sorted(_HEAD_GLUED)))


class Token(NamedTuple):
    """A token and its offsets (a tuple: hundreds of thousands are made per megabyte of text)."""

    text: str
    start: int
    end: int


def _cache_dir() -> Path | None:
    """Where jieba (the fallback engine) keeps its parsed dictionary."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "bskg"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        return None


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """jieba's own dictionary as word → part-of-speech tag (n, v, ns, nr, p, u …)."""
    text = (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if len(fields) == 3 * lines:  # "word freq tag" on every line: the fast way
        return dict(zip(fields[0::3], fields[2::3]))
    tags: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    return tags


class Segmenter:
    """Dictionary-only segmentation, with the lexicon's names and head nouns as extra words.

    ``engine``: "rjieba", "jieba", or None for rjieba when installed.
    """

    def __init__(self, lexicon: Lexicon, engine: str | None = None):
        if engine is None:
            engine = "rjieba" if rjieba is not None else "jieba"
        if engine == "rjieba" and rjieba is None:
            raise ValueError("the rjieba engine is not installed")
        if engine not in ("rjieba", "jieba"):
            raise ValueError(f"unknown segmentation engine {engine!r}")
        self.engine = engine
        self.tags = dictionary_tags()
        extra = sorted(w for w in lexicon.surface | lexicon.heads if len(w) >= 2 and w not in self.tags)
        if engine == "rjieba":
            self._rj = rjieba.Jieba()
            for word in extra:
                self._rj.add_word(word, ADDED_FREQ, None)
            self._cut = lambda text: self._rj.cut(text, False)
        else:
            tk = jieba.Tokenizer()
            cache = _cache_dir()
            if cache is not None:
                tk.tmp_dir = str(cache)
            tk.initialize()
            for word in extra:
                tk.add_word(word, ADDED_FREQ)
            self._cut = lambda text: list(tk.cut(text, HMM=False))

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        words = self._cut(text)
        if not _SPLIT.search(text):  # most sentences: the words as they come
            bounds = list(accumulate(map(len, words), initial=offset))
            return list(map(Token, words, bounds, bounds[1:]))
        out = []
        pos = offset
        for i, word in enumerate(words):
            end = pos + len(word)
            if len(word) >= 4 and word[-2:] in _WORK_HEADS and (word[:-2] in _WORKS or word[-3] == "期"):
                out.append(Token(word[:-2], pos, end - 2))  # 三期|扩建|工程, 二期|工程: the head stands alone
                out.append(Token(word[-2:], end - 2, end))
            elif word in _HEAD_GLUED:
                out.append(Token(word[:2], pos, pos + 2))  # 粮油精深加工|项目|前期
                out.append(Token(word[2:], pos + 2, end))
            elif len(word) >= 2 and word[-1] in "东南西北" and word[:-1].endswith(_ROAD_ENDS) \
                    and i + 1 < len(words) and words[i + 1].startswith("延"):
                out.append(Token(word[:-1], pos, end - 1))  # 创新|路北|延: the road ends at 路 (北延: extended north)
                out.append(Token(word[-1], end - 1, end))
            elif len(word) > 1 and word[0] == "线" and out and out[-1].text.endswith("号"):
                out.append(Token("线", pos, pos + 1))  # 1|号|线西|永站: a line's name ends at 线
                out.append(Token(word[1:], pos + 1, end))
            else:
                out.append(Token(word, pos, end))
            pos = end
        return out

    def tag(self, word: str) -> str:
        return self.tags.get(word, "")
