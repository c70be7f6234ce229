"""Articles written in traditional characters (寶山區, 產業園): detect them and fold them to simplified.

Pages reposted by Hong Kong and Taiwan sites, and the Big5 channels of mainland portals, write the
same names in traditional characters. The rules and the lexicon read simplified text, so such an
article is read through a simplified copy. The fold maps one character to one character, so every
offset into the copy is an offset into the original: the article keeps its own text and evidence,
and only the reading is done on the copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import resource

# share of the Chinese characters that must be traditional-only (about a third of them in a
# traditional text) before an article is read as traditional: a simplified article quoting one
# Hong Kong company name stays as it is
TRADITIONAL_SHARE = 0.1
_HAN = re.compile(r"[\u4e00-\u9fff]")


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
def _traditional_chars() -> re.Pattern:
    return re.compile("[" + "".join(sorted(chr(c) for c in _table())) + "]")


def is_traditional(text: str) -> bool:
    """True when enough of the text's Chinese characters exist only in traditional writing."""
    han = len(_HAN.findall(text))
    if not han:
        return False
    hant = len(_traditional_chars().findall(text))
    return hant >= 3 and hant / han >= TRADITIONAL_SHARE


def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified, one for one: the result has the same length."""
    return text.translate(_table())
