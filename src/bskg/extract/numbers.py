"""Chinese and Arabic numerals: 126, 4.5, 百, 三千, 十二, 1.2万, 80亿, 1万亿, 3亿5000万."""

from __future__ import annotations

import re

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}


def parse_number(text: str) -> float | None:
    """Value of a numeral with optional 万/亿 multipliers; None when it is not one."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    for big, factor in (("亿", 1e8), ("万", 1e4)):  # split at the last, largest unit: 1万|亿
        if big in text:
            left, _, right = text.rpartition(big)
            high = parse_number(left) if left else 1.0
            low = parse_number(right) if right else 0.0
            if high is None or low is None:
                return None
            return high * factor + low
    return _below_ten_thousand(text)


def _below_ten_thousand(text: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", text):  # not float(): it would take "nan" and "inf"
        return float(text)
    total, current = 0.0, None
    for ch in text:
        if ch in _DIGIT:
            current = float(_DIGIT[ch])
        elif ch in _SMALL:
            total += (current if current is not None else 1) * _SMALL[ch]
            current = None
        else:
            return None
    return total + (current or 0)
