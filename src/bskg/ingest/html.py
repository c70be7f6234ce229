"""HTML pages: main text by trafilatura; navigation, footers and related-news lists never pass."""

from __future__ import annotations

import logging
import re

from .dates import parse_date
from .text import CleanText, normalise_layout, restore_masks, strip_furniture

log = logging.getLogger(__name__)

# page furniture removed before extraction, on top of trafilatura's own boilerplate detection
_FURNITURE = re.compile(
    r"nav|menu|breadcrumb|crumb|footer|foot|related|relate|recommend|share|comment|sidebar|"
    r"copyright|header|topbar|toolbar|ad-|advert|xgxw|xgwz|xgyd|tjyd"
)
# class names that are furniture as whole words only (ad, gg = 广告)
_FURNITURE_TOKENS = frozenset({"ad", "ads", "gg", "guanggao", "leftbar", "rightbar", "sidebox", "tools"})
_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "br")
_PRUNE = [
    "//nav", "//footer", "//aside", "//header", "//script", "//style", "//noscript", "//form",
    "//*[@role='navigation' or @role='contentinfo' or @role='banner']",
]
_META_DATE = re.compile(
    r"<meta[^>]+(?:name|property)=[\"']?(?:publishdate|pubdate|article:published_time|date|"
    r"publish_date|dc\.date)[\"']?[^>]*content=[\"']?([^\"'>]+)",
    re.I,
)


def clean_html(html: str) -> CleanText:
    import trafilatura
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return CleanText("")
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        attrs = " ".join((el.get("class") or "", el.get("id") or "")).lower()
        if attrs and (_FURNITURE.search(attrs) or _FURNITURE_TOKENS & set(attrs.split())) and el.getparent() is not None:
            el.getparent().remove(el)
    _unlayout_tables(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, prune_xpath=_PRUNE,
    )
    title = _without_site_name((getattr(doc, "title", None) or "").strip() if doc else "", tree)
    text = (getattr(doc, "text", None) or "") if doc else ""
    if not text.strip():  # pages too small for trafilatura's heuristics: take the paragraphs
        text = "\n".join(p.text_content() for p in tree.iter("p"))
    published = None
    m = _META_DATE.search(html)
    if m:
        published = parse_date(m[1])
    if published is None and doc is not None:
        published = parse_date(getattr(doc, "date", None))
    lines = normalise_layout(text).split("\n")
    if title and lines and lines[0] == title:
        lines = lines[1:]
    # what trafilatura keeps inside the article's box: bylines, captions, editor lines, a
    # 延伸阅读 box, the page tail
    lines, first_line_title, page_date = strip_furniture(lines)
    title = title or first_line_title
    published = published or page_date
    title = restore_masks(title)
    body = restore_masks("\n".join(([title] if title else []) + lines))
    url = (getattr(doc, "url", None) or "") if doc else ""
    return CleanText(body, title, published, url)


def _unlayout_tables(tree) -> None:
    """Old portals lay pages out with tables; trafilatura reads a table as data and hands back
    the whole page as table rows. A table whose cells hold paragraphs, blocks or other tables
    is layout: it becomes plain blocks, so that the main text is found as in a modern page."""
    for table in list(tree.iter("table")):
        own = [el for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
               if next(el.iterancestors("table"), None) is table]  # not a nested table's rows
        cells = [c for c in own if c.tag in ("td", "th")]
        if not any(c.find(f".//{tag}") is not None for c in cells for tag in _BLOCKS):
            continue  # a data table (or a one-line cell table): leave it
        for el in [table, *own]:
            el.tag = "div"
            for attr in ("width", "align", "valign", "cellpadding", "cellspacing", "border", "colspan", "rowspan"):
                el.attrib.pop(attr, None)


def _without_site_name(title: str, tree) -> str:
    """标题_宝山新闻网, 标题 | 网站名: the headline, when the page shows it on its own."""
    parts = re.split(r"\s*[_|｜]\s*|\s+[-－—]+\s+", title)
    if len(parts) > 1 and len(parts[0]) >= 4 and parts[0] in tree.text_content():
        return parts[0]
    return title
