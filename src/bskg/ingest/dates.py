"""Publication dates as written in pages and front matter."""

from __future__ import annotations

import re
from datetime import date

_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str | None) -> date | None:
    """First full date in ``text`` (2024-05-17, 2024/5/17, 2024年5月17日), else None."""
    if not text:
        return None
    m = _DATE.search(str(text))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
