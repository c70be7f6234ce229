"""Inline SVG charts for the report: a horizontal bar chart and a milestone timeline.

Plain SVG strings with no scripts, fonts or links to fetch, so report.html works offline and the
charts can be pasted anywhere. Pure functions of their rows.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

_FONT = "font-family=\"'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif\""
_BAR = "#2f6f9f"
_DONE = "#2f6f9f"
_PLANNED = "#d9822b"


def _w(text: str) -> float:
    """Rough rendered width in px at 12px: CJK characters are about twice as wide as Latin ones."""
    return sum(12.0 if ord(ch) > 0x2E7F else 6.6 for ch in text)


def _clip(text: str, width: float) -> str:
    if _w(text) <= width:
        return text
    while text and _w(text + "…") > width:
        text = text[:-1]
    return text + "…"


def bar_chart(bars: list[tuple[str, float, str]], title: str, width: int = 720) -> str:
    """Horizontal bars: (label, value, value as text), largest first."""
    if not bars:
        return ""
    label_w = min(260.0, max(_w(b[0]) for b in bars) + 12)
    value_w = max(_w(b[2]) for b in bars) + 12
    bar_area = max(120.0, width - label_w - value_w - 16)
    top, row = 30, 24
    height = top + row * len(bars) + 10
    vmax = max(b[1] for b in bars) or 1.0
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{escape(title)}" {_FONT} font-size="12">',
           f'<title>{escape(title)}</title>',
           f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>']
    for i, (label, value, text) in enumerate(bars):
        y = top + i * row
        w = max(1.0, bar_area * value / vmax)
        out.append(f'<text x="{label_w - 8:.0f}" y="{y + 15}" text-anchor="end">{escape(_clip(label, label_w - 12))}</text>')
        out.append(f'<rect x="{label_w:.0f}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" fill="{_BAR}" rx="2">'
                   f'<title>{escape(label)}: {escape(text)}</title></rect>')
        out.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 15}">{escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def parse_date(value: str | None) -> dt.date | None:
    """xsd:date, gYearMonth or gYear text → the first day it names."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def timeline(events: list[dict], title: str, width: int = 720) -> str:
    """One row per dated milestone, placed on a shared time axis.

    ``events``: dicts with ``date`` (xsd text), ``label`` and ``planned`` (bool). Undated events are
    left out (the report lists them in its table).
    """
    rows = [(parse_date(e.get("date")), e) for e in events]
    rows = [(d, e) for d, e in rows if d is not None]
    if not rows:
        return ""
    rows.sort(key=lambda r: (r[0], r[1]["label"]))
    start, end = rows[0][0], rows[-1][0]
    start = dt.date(start.year, 1, 1)
    end = dt.date(end.year + 1, 1, 1)
    label_w = min(300.0, max(_w(e["label"]) for _, e in rows) + 16)
    axis_x0, axis_x1 = label_w, width - 20
    top, row = 46, 20
    height = top + row * len(rows) + 16
    span = (end - start).days or 1

    def x(d: dt.date) -> float:
        return axis_x0 + (axis_x1 - axis_x0) * (d - start).days / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{escape(title)}" {_FONT} font-size="12">',
           f'<title>{escape(title)}</title>',
           f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
           f'<circle cx="{width - 190}" cy="12" r="5" fill="{_DONE}"/><text x="{width - 180}" y="16">已发生 done</text>',
           f'<circle cx="{width - 95}" cy="12" r="5" fill="white" stroke="{_PLANNED}" stroke-width="2"/>'
           f'<text x="{width - 85}" y="16">计划 planned</text>']
    years = range(start.year, end.year + 1)
    step = max(1, len(years) // 8)
    for yr in list(years)[::step]:
        xx = x(dt.date(yr, 1, 1))
        out.append(f'<line x1="{xx:.1f}" y1="{top - 8}" x2="{xx:.1f}" y2="{height - 8}" stroke="#ddd"/>')
        out.append(f'<text x="{xx:.1f}" y="{top - 12}" text-anchor="middle" fill="#555">{yr}</text>')
    for i, (d, e) in enumerate(rows):
        y = top + i * row + row / 2
        cx = x(d)
        out.append(f'<text x="{label_w - 8:.0f}" y="{y + 4:.0f}" text-anchor="end">{escape(_clip(e["label"], label_w - 12))}</text>')
        out.append(f'<line x1="{axis_x0:.0f}" y1="{y:.0f}" x2="{cx:.1f}" y2="{y:.0f}" stroke="#eee"/>')
        tip = f'{e.get("date")} {e["label"]}' + ("（计划）" if e.get("planned") else "")
        if e.get("planned"):
            out.append(f'<circle cx="{cx:.1f}" cy="{y:.0f}" r="5" fill="white" stroke="{_PLANNED}" stroke-width="2">'
                       f'<title>{escape(tip)}</title></circle>')
        else:
            out.append(f'<circle cx="{cx:.1f}" cy="{y:.0f}" r="5" fill="{_DONE}"><title>{escape(tip)}</title></circle>')
    out.append("</svg>")
    return "\n".join(out)
