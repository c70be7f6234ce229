"""Sanity check of the general-knowledge lexicon files (run: python tests/extract/check_lexicon.py data/lexicon).

Checks every name<TAB>Type[<TAB>alias|alias] file except the special ones: at most 3 fields, Type one
of the five, no single-character alias, no duplicate canonical name across files, no alias that is
another entry's canonical name, no surface form claimed by two entries. Names are compared the way
bskg compares them (NFKC, full-width brackets → half-width, spaces dropped). Exit status 1 on problems.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

TYPES = {"Project", "Park", "Organization", "Place", "Person"}
SPECIAL = {"generic.txt", "heads.txt", "titles.txt", "surnames.txt"}


def norm(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("（", "(").replace("）", ")")
    return "".join(name.split())


def main(folder: Path) -> int:
    problems: list[str] = []
    canon: dict[str, str] = {}  # normalised canonical → where
    surface: dict[str, tuple[str, str]] = {}  # normalised alias → (canonical, where)
    counts: dict[str, int] = {}
    for path in sorted(folder.glob("*.txt")):
        if path.name in SPECIAL:
            continue
        counts[path.name] = 0
        for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path.name}:{no}"
            parts = line.split("\t")
            if len(parts) > 3 or len(parts) < 2:
                problems.append(f"{where}: {len(parts)} tab-separated fields")
                continue
            name, etype = parts[0].strip(), parts[1].strip()
            if etype not in TYPES:
                problems.append(f"{where}: type {etype!r}")
            key = norm(name)
            if key in canon:
                problems.append(f"{where}: {name} already listed at {canon[key]}")
            canon[key] = where
            counts[path.name] += 1
            aliases = [a.strip() for a in parts[2].split("|")] if len(parts) == 3 else []
            for a in aliases:
                ak = norm(a)
                if len(ak) < 2:
                    problems.append(f"{where}: alias {a!r} shorter than 2 characters")
                elif ak == key:
                    problems.append(f"{where}: alias {a!r} repeats the name")
                elif ak in surface and surface[ak][0] != key:
                    problems.append(f"{where}: alias {a!r} also an alias of {surface[ak][0]} ({surface[ak][1]})")
                surface.setdefault(ak, (key, where))
    for ak, (owner, where) in surface.items():
        if ak in canon and ak != owner:
            problems.append(f"{where}: alias {ak!r} of {owner} is the name of another entry ({canon[ak]})")
    for p in problems:
        print(p)
    for fname, n in counts.items():
        print(f"{fname}: {n} entries")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
