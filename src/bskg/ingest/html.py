"""HTML pages: main text by trafilatura; navigation, footers and related-news lists never pass."""

from __future__ import annotations

import logging
import re

from .dates import parse_date
from .text import CleanText, normalise_layout, restore_masks

log = logging.getLogger(__name__)

# page furniture removed before extraction, on top of trafilatura's own boilerplate detection
_FURNITURE = re.compile(
    r"nav|menu|breadcrumb|crumb|footer|foot|related|relate|recommend|share|comment|sidebar|"
    r"copyright|header|topbar|toolbar|ad-|advert|xgxw|xgwz"
)
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
        if attrs and _FURNITURE.search(attrs) and el.getparent() is not None:
            el.getparent().remove(el)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, prune_xpath=_PRUNE,
    )
    title = (getattr(doc, "title", None) or "").strip() if doc else ""
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
    title = restore_masks(title)
    body = restore_masks("\n".join(([title] if title else []) + lines))
    url = (getattr(doc, "url", None) or "") if doc else ""
    return CleanText(body, title, published, url)
