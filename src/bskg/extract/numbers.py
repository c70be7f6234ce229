"""Chinese and Arabic numerals: 126, 4.5, 百, 三千, 1.2万, 80亿."""

from __future__ import annotations

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def parse_number(text: str) -> float | None:
    """Value of a numeral with optional 万/亿 multipliers; None when it is not one."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    total, section, current = 0.0, 0.0, None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            try:
                current = float(text[i:j])
            except ValueError:
                return None
            i = j
            continue
        if ch in _DIGIT:
            current = float(_DIGIT[ch])
        elif ch in _SMALL:
            section += (current if current is not None else 1) * _SMALL[ch]
            current = None
        elif ch in _BIG:
            section += current or 0
            if section == 0:
                section = 1
            total += section * _BIG[ch]
            section, current = 0.0, None
        else:
            return None
        i += 1
    return total + section + (current or 0)
