"""The shipped lexicon: known names with types and aliases, head nouns, generic words, titles.

Format: see ``data/lexicon/README.md``. Known names are found with one Aho-Corasick scan.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ..errors import ResourceError
from ..model import EntityType
from ..resources import resource

_SPECIAL = {"generic.txt", "heads.txt", "titles.txt", "surnames.txt", "README.md"}


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Full-width → half-width, brackets unified, spaces dropped: the key names are compared by."""
    name = unicodedata.normalize("NFKC", name)
    name = name.replace("（", "(").replace("）", ")")
    return "".join(name.split())


@dataclass(frozen=True, slots=True)
class LexEntry:
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, eq=False)  # identity hash: a lexicon is a resource, not a value
class Lexicon:
    entries: dict[str, LexEntry] = field(default_factory=dict)  # canonical name → entry
    surface: dict[str, str] = field(default_factory=dict)  # surface form → canonical name
    heads: dict[str, EntityType] = field(default_factory=dict)
    generic_words: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    industry_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    foreign_countries: frozenset[str] = frozenset()  # countries.txt less its first entry (China)
    _automaton: object = None
    _max_head: int | None = None
    _lookups: dict = field(default_factory=dict)  # memo of lookup(); cleared by add()

    def add(self, entry: LexEntry) -> None:
        self.entries[entry.name] = entry
        for form in (entry.name, *entry.aliases):
            self.surface[normalise(form)] = entry.name
        self._automaton = None
        self._lookups.clear()

    def lookup(self, surface: str) -> LexEntry | None:
        try:
            return self._lookups[surface]
        except KeyError:
            canonical = self.surface.get(normalise(surface))
            found = self._lookups[surface] = self.entries.get(canonical) if canonical else None
            return found

    def head_of(self, name: str) -> tuple[str, EntityType] | None:
        """The longest head noun ``name`` ends with."""
        for length in range(min(len(name), self.max_head), 0, -1):
            head = name[-length:]
            if head in self.heads:
                return head, self.heads[head]
        return None

    @property
    def max_head(self) -> int:
        if self._max_head is None:
            self._max_head = max((len(h) for h in self.heads), default=0)
        return self._max_head

    def is_generic(self, word: str) -> bool:
        return word in self.generic_words

    def scan(self, text: str) -> list[tuple[int, int, str]]:
        """Every lexicon surface form in ``text`` as (start, end, canonical), overlaps included."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for form, canonical in self.surface.items():
                if len(form) >= 2:
                    automaton.add_word(form, (len(form), canonical))
                    if "(" in form or ")" in form:  # (the text as written: 中国石油大学（华东）)
                        wide = form.replace("(", "（").replace(")", "）")
                        automaton.add_word(wide, (len(wide), canonical))
            automaton.make_automaton()
            self._automaton = automaton
        if not len(self._automaton):
            return []
        return [
            (end - length + 1, end + 1, canonical)
            for end, (length, canonical) in self._automaton.iter(text)
        ]


def cuts_into(text: str, words, shortest: int = 1, longest: int = 6) -> bool:
    """Can ``text`` be cut, end to end, into ``words`` of ``shortest`` to ``longest`` characters?"""
    ok = [True] + [False] * len(text)  # ok[i]: text[:i] can be cut so
    for i in range(len(text)):
        if ok[i]:
            for j in range(i + shortest, min(len(text), i + longest) + 1):
                if text[i:j] in words:
                    ok[j] = True
    return ok[len(text)]


def _lines(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield lineno, line


_ZONE_FORMS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))


def _ranked_forms(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """株洲高新技术产业开发区 (株洲高新区) is also written with its rank or its city's 市: 株洲国家高新区,
    株洲国家级高新技术产业开发区, 株洲市高新区 … (the city is what its short alias has before 高新区 or 经开区)."""
    for long, short in _ZONE_FORMS:
        if name.endswith(long):
            city = next((a[: -len(short)] for a in aliases if a.endswith(short) and name.startswith(a[: -len(short)])), "")
            if len(city) >= 2:
                return tuple(f"{city}{rank}{form}" for rank in ("市", "国家", "国家级") for form in (long, short))
    return ()


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Read a lexicon folder (default: the shipped one)."""
    folder = Path(folder) if folder else resource("lexicon")
    lex = Lexicon()
    countries: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        if path.name in _SPECIAL:
            continue
        for lineno, line in _lines(path):
            parts = line.split("\t")
            try:
                etype = EntityType(parts[1].strip())
            except (IndexError, ValueError):
                raise ResourceError(
                    f"{path}:{lineno}: expected 'name<TAB>Type[<TAB>alias|alias]' with Type one of "
                    f"{', '.join(t.value for t in EntityType)}"
                ) from None
            aliases = tuple(a.strip() for a in parts[2].split("|") if a.strip()) if len(parts) > 2 else ()
            if etype == EntityType.PARK:
                aliases += _ranked_forms(parts[0].strip(), aliases)
            lex.add(LexEntry(parts[0].strip(), etype, aliases))
            if path.name == "countries.txt":
                countries.append(parts[0].strip())
    lex.foreign_countries = frozenset(countries[1:])
    heads = folder / "heads.txt"
    if heads.exists():
        for lineno, line in _lines(heads):
            name, _, etype = line.partition("\t")
            try:
                lex.heads[name.strip()] = EntityType(etype.strip())
            except ValueError:
                raise ResourceError(f"{heads}:{lineno}: expected 'suffix<TAB>Type'") from None
    generic = folder / "generic.txt"
    if generic.exists():
        sections: dict[str, set[str]] = {"words": set(), "modifiers": set(), "industry": set()}
        current = "words"
        for _, line in _lines(generic):
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                sections.setdefault(current, set())
            else:
                sections[current].add(line)
        lex.generic_words = frozenset(sections["words"])
        lex.generic_modifiers = frozenset(sections["modifiers"])
        lex.industry_words = frozenset(sections["industry"])
    for fname, attr in (("titles.txt", "titles"), ("surnames.txt", "surnames")):
        path = folder / fname
        if path.exists():
            words = {w for _, line in _lines(path) for w in line.split()}
            setattr(lex, attr, frozenset(words))
    return lex


@lru_cache(maxsize=4)
def default_lexicon() -> Lexicon:
    return load_lexicon()
