"""Locate shipped data: ``bskg/data`` inside an installed wheel, ``data/`` in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import ResourceError


@lru_cache(maxsize=None)
def data_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "lexicon").is_dir() and (candidate / "ontology").is_dir():
            return candidate
    raise ResourceError(
        f"bskg's data files (lexicon, ontology) are missing next to {here}; reinstall bskg"
    )


def resource(*parts: str) -> Path:
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceError(f"shipped resource {'/'.join(parts)} is missing from {data_dir()}")
    return path
