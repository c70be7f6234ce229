"""Plain-text and Markdown articles: front matter, scraped-page furniture, masked characters.

A scraped page (see the seed) has a breadcrumb, the title, a site/author/views line, the body, then
a contact/ads block, copyright and "本文链接" lines, tags and teasers of other articles. Only the
title and the body are content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import parse_date

PLACEHOLDER = "□"  # stands for a censored character; never part of an entity name

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_BREADCRUMB = re.compile(r"^\s*(当前位置|您的位置|你的位置|位置)\s*[:：]|首页\s*[>»/]")
_META = re.compile(
    r"(\d+\s*(个月|个小时|小时|分钟|天|周|年)前|\d{4}-\d{1,2}-\d{1,2}|\(\d{1,2}-\d{1,2}\)|"
    r"阅读|浏览|来源[:：]|作者[:：]|发布时间|编辑[:：])"
)
# a line that starts the tail of a scraped page: everything from here on is furniture
_TAIL = re.compile(
    r"(微信号|微信/手机|微信[:：]|手机[:：]|扫一扫|二维码|版权声明|版权所有|本文链接|原文链接|"
    r"^\s*标签\s*[:：]|分享给朋友|的相关文章|相关阅读|相关推荐|上一篇|下一篇|责任编辑|"
    r"请说明您的需求|长按|关注公众号)"
)
_PHONE = re.compile(r"(400[\s-]?\d{3,4}[\s-]?\d{3,4}|1[3-9]\d{9}|0\d{2,3}-\d{7,8})")
_MASK_STAR = re.compile(r"(?<![*A-Za-z0-9_])\*(?=[\u4e00-\u9fff])")
_MASK_HASH = re.compile(r"#{2,}")
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_MD_LIST = re.compile(r"^\s*(?:[-+*]|\d+\.)\s+", re.M)
_MD_QUOTE = re.compile(r"^\s*>\s?", re.M)


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: str = ""
    published: date | None = None
    url: str = ""


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` block of ``key: value`` lines from the text."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m[1].splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


def restore_masks(text: str) -> str:
    """``*近`` → ``最近``; a run of ``#`` → one placeholder character."""
    text = _MASK_STAR.sub("最", text)
    return _MASK_HASH.sub(PLACEHOLDER, text)


def normalise_layout(text: str) -> str:
    """Trim each line, drop blank runs; paragraphs become single lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def strip_furniture(lines: list[str]) -> tuple[list[str], str]:
    """Remove a scraped page's header and tail; return (body lines, title)."""
    title = ""
    i = 0
    # header: breadcrumb, then title, then the site/author/views line (each optional)
    if lines and _BREADCRUMB.search(lines[0]):
        i = 1
        if i < len(lines) and _is_title(lines[i]):
            title, i = lines[i], i + 1
        if i < len(lines) and _is_meta(lines[i]):
            i += 1
    elif len(lines) > 1 and _is_title(lines[0]) and _is_meta(lines[1]):
        title, i = lines[0], 2
    scraped = i > 0
    body = lines[i:]
    # tail: from the first furniture line once the body has started
    for j, line in enumerate(body):
        if j > 0 and (_TAIL.search(line) or _PHONE.search(line)):
            body = body[:j]
            scraped = True
            break
    # on a scraped page, short unpunctuated lines left at the very end (a name, "扫一扫关注") are
    # furniture too; in a plain article they may be a list item
    while scraped and body and len(body[-1]) < 30 and not re.search(r"[。！？!?]", body[-1]):
        body.pop()
    return body, title


def _is_title(line: str) -> bool:
    return 0 < len(line) <= 80 and not line.endswith("。")


def _is_meta(line: str) -> bool:
    return len(line) <= 80 and bool(_META.search(line)) and "。" not in line


def strip_markdown(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = _MD_LIST.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_BOLD.sub(r"\2", text)


def clean_text(raw: str, markdown: bool = False) -> CleanText:
    """Clean a .txt or .md article; the title becomes the first line of the cleaned text."""
    meta, body = front_matter(raw.lstrip("\ufeff"))
    title = meta.get("title", "")
    if markdown:
        m = re.search(r"^\s{0,3}#\s+(.+)$", body, re.M)
        if m and not title:
            title = m[1].strip()
        body = strip_markdown(body)
    lines = normalise_layout(body).split("\n")
    lines, scraped_title = strip_furniture(lines)
    title = title or scraped_title
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if not title and lines and _is_title(lines[0]) and len(lines) > 1:
        title, lines = lines[0], lines[1:]
    title = restore_masks(title)
    text = restore_masks("\n".join(([title] if title else []) + lines))
    published = parse_date(meta.get("published") or meta.get("date"))
    return CleanText(text, title, published, meta.get("source") or meta.get("url", ""))
