"""Articles written in traditional characters (寶山區, 產業園): detect them and fold them to simplified.

Pages reposted by Hong Kong and Taiwan sites, and the Big5 channels of mainland portals, write the
same names in traditional characters. The rules and the lexicon read simplified text, so such an
article is read through a simplified copy. The fold maps one character to one character, so every
offset into the copy is an offset into the original: the article keeps its own text and evidence,
and only the reading is done on the copy.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource

# share of the different characters that must be traditional-only (about a third in a
# traditional text) before an article is read as traditional: a simplified article quoting one
# Hong Kong company name stays as it is
TRADITIONAL_SHARE = 0.1
SAMPLE = 2000


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in resource("charmap", "hant_to_hans.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hant, _, hans = line.partition("\t")
            if len(hant) == 1 and len(hans) == 1:
                table[ord(hant)] = hans
    return table


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    return frozenset(map(chr, _table()))


def is_traditional(text: str) -> bool:
    """True when enough of the different characters in the text exist only in traditional
    writing. A page is written in one script throughout, so its first few thousand characters
    decide."""
    chars = set(text[:SAMPLE])
    hant = len(chars & _traditional_only())
    return hant >= 3 and hant / len(chars) >= TRADITIONAL_SHARE


def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified, one for one: the result has the same length."""
    return text.translate(_table())
