"""Split cleaned text into sentences with character offsets."""

from __future__ import annotations

import re

from ..model import Sentence

# a sentence ends at 。！？!?；; (plus closing quotes/brackets) or at a line break
_END = re.compile(r"[。！？!?；;…]+[”’」』》）)\]】\"]*|\n+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        _add(out, text, start, m.end())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
