"""jieba, through our own Tokenizer instance (never jieba's module-level singleton).

Tokens come from the dictionary only (HMM off): unknown names fall apart into single characters,
which the name rules then glue back together, instead of HMM gluing a name to a function word
(是蕰, 以钢).
"""

from __future__ import annotations

import logging
import os
from typing import NamedTuple
from functools import lru_cache
from pathlib import Path

import jieba

from .lexicon import Lexicon

# jieba installs a DEBUG handler on its own logger at import; keep its chatter off the user's stderr
logging.getLogger("jieba").setLevel(logging.WARNING)


class Token(NamedTuple):
    """A token and its offsets (a tuple: hundreds of thousands are made per megabyte of text)."""

    text: str
    start: int
    end: int


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "bskg"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return str(path)
    except OSError:
        return ""


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """jieba's own dictionary as word → part-of-speech tag (n, v, ns, nr, p, u …)."""
    path = Path(jieba.__file__).parent / "dict.txt"
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


class Segmenter:
    def __init__(self, lexicon: Lexicon):
        self._tk = jieba.Tokenizer()
        cache = _cache_dir()
        if cache:
            self._tk.tmp_dir = cache
        self._tk.initialize()
        # known names and head nouns stay whole, with a low frequency so that they do not
        # outweigh the dictionary's own words (上海/城市 must not become 上/海城市)
        for word in sorted(lexicon.surface):
            if len(word) >= 2 and word not in self._tk.FREQ:
                self._tk.add_word(word, 3)
        for head in sorted(lexicon.heads):
            if len(head) >= 2 and head not in self._tk.FREQ:
                self._tk.add_word(head, 3)
        self.tags = dictionary_tags()

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        out = []
        pos = offset
        for word in self._tk.cut(text, HMM=False):
            end = pos + len(word)
            out.append(Token(word, pos, end))
            pos = end
        return out

    def tag(self, word: str) -> str:
        return self.tags.get(word, "")
