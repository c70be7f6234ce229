"""Persons named with a title: 区委书记陈杰, 董事长 王小明."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Mention
from .base import Doc, extractor
from .entities import NameBuilder
from .segment import Token
from .words import STOP_CHARS, STOP_WORDS

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
                start = sent.start + m.end()
                name = self._name_at(text, start, sent.end, doc.tokens[si])
                if name:
                    yield Mention(name, EntityType.PERSON, start, start + len(name), si, "persons",
                                  title=m[1])

    def _name_at(self, text: str, start: int, limit: int, tokens: tuple[Token, ...]) -> str:
        surname = ""
        for length in (2, 1):
            if text[start:start + length] in self.lex.surnames:
                surname = text[start:start + length]
                break
        if not surname:
            return ""
        pos = start + len(surname)
        by_start = {t.start: t for t in tokens}
        rest = ""
        while pos < limit and len(rest) < 2:
            tok = by_start.get(pos)
            word = tok.text if tok else text[pos]
            if not re.match(r"^[\u4e00-\u9fff]+$", word) or word in STOP_WORDS or word in STOP_CHARS \
                    or word in self.lex.titles:
                break
            if len(word) > 2 - len(rest):
                break
            if len(word) == 2 and rest:
                break
            rest += word
            pos += len(word)
        if not rest:
            return ""
        tag = self.seg.tag(surname + rest)
        if tag and not tag.startswith("nr"):  # 高度, 高新: a word, not a name
            return ""
        return surname + rest
