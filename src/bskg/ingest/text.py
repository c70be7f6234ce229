"""Plain-text and Markdown articles: front matter, scraped-page furniture, masked characters.

A scraped page (see the seed) has a breadcrumb, the title, a site/author/views line, the body, then
a contact/ads block, copyright and "本文链接" lines, tags and teasers of other articles. Only the
title and the body are content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date

from .dates import parse_date
from .hant import is_traditional, to_simplified

PLACEHOLDER = "□"  # stands for a censored character; never part of an entity name

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_BREADCRUMB = re.compile(r"^\s*(当前位置|您的位置|你的位置|位置)\s*[:：]|首页\s*[>»/]")
_META = re.compile(
    r"(\d+\s*(个月|个小时|小时|分钟|天|周|年)前|\d{4}-\d{1,2}-\d{1,2}|\(\d{1,2}-\d{1,2}\)|"
    r"阅读|浏览|来源[:：]|作者[:：]|发布时间|编辑[:：])"
)
# the table a government portal heads a published document with (索引号：… 发布机构：… 文号：…)
_DISCLOSURE = re.compile(r"(?:索\s*引\s*号|发布机构|发文机关|发文日期|成文日期|文\s*号|有\s*效\s*性|主题分类|"
                         r"体裁分类|公开方式|公开范围|公开时限|分\s*类)\s*[:：]")
_DOC_TITLE = re.compile(r"^标\s*题\s*[:：]\s*(\S.*)$")  # … and its 标题： line
# a document's signature: the issuing body, then the date (盐城市大丰区人民政府办公室 / 2025年4月8日)
_ISSUER = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|公司|中心|院)$")
_SIGN_DATE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
# a line that starts the tail of a scraped page: everything from here on is furniture
_TAIL = re.compile(
    r"(微信号|微信/手机|微信[:：]|手机[:：]|扫一扫|二维码|版权声明|版权所有|本文链接|原文链接|"
    r"^\s*标签\s*[:：]|分享给朋友|的相关文章|相关阅读|相关推荐|上一篇|下一篇|上一条|下一条|友情链接|技术支持\s*[:：]|责任编辑|"
    r"请说明您的需求|长按|关注公众号)"
)
# a menu or link bar (首页 | 政务公开 | 互动交流), font and share controls
_NAV = re.compile(r"\||[>»]\s*\S|【|分享到|搜索|登录|注册|(?:\s/\s*\S{1,8}){3}")
# a column tag opening a title (【快讯】, 【载体推介】): not a control like 【打印】
_TITLE_TAG = re.compile(r"^[【\[][^】\]]{1,8}[】\]](?=\S)")
# photo captions (图为…, ▲…, …摄影 邹斌, （邹斌 摄）) and editor lines (编辑：X 审核：Y)
_CAPTION = re.compile(r"^(?:图为|图片为|▲|△|图[:：])|(?:摄影|摄)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}$|[\u4e00-\u9fff]{2,4}\s*摄[）)]?$")
_EDITOR = re.compile(r"^\s*[【\[（(]?(?:责任)?(?:编辑|审核|校对|审校|责编|终审|初审|复审)\s*[:：】\]]")
# （记者 熊文婷 通讯员 赵敏）: a byline opening the first paragraph
_BYLINE = re.compile(r"^(?:本报讯|本台讯)?\s*[（(](?:本报|本台|融媒体)?(?:记者|通讯员|特约记者|见习记者)[^（）()]{0,40}[）)]\s*")
# lines that open the tail (related-news lists, previous/next, share bars)
_TAIL_START = re.compile(r"^\s*[【\[]?(?:相关(?:新闻|文章|链接|快讯|报道|资讯|推荐)|热点推荐|热门推荐|推荐阅读|往期推荐|往期回顾|猜你喜欢|"
                         r"图片新闻|热点新闻|最新新闻|网友评论|评论|分享到|打印本页|关闭窗口|【打印】|网站地图|"
                         r"(?:本文)?来源\s*[:：]|(?:文|文字|图|图片|文/图)\s*[:：|丨]|- ?END ?-|阅读原文|点击上方)")
# a box of links to other articles set inside the text (延伸阅读：…)
_ASIDE = re.compile(r"^\s*[【\[]?(?:延伸阅读|相关阅读|扩展阅读|链接)\s*[:：】\]]")
# a reporters' line: 南沙区融媒体中心记者 黄嘉欣 通讯员 南宣
_REPORTERS = re.compile(r"[^。，,]{0,16}?(?:记者|通讯员)[\s:：]*[\u4e00-\u9fff]{2,3}(?:[\s、]+(?:(?:记者|通讯员)[\s:：]*)?[\u4e00-\u9fff]{2,3})*")
# a whole line in brackets that credits the text: （望城区融媒体中心 记者 谭思雨）, （滨湖区融媒体中心 钟晓岚）
_CREDIT = re.compile(r"[（(](?=[^（）()]*(?:记者|通讯员|融媒体|日报|晚报|电视台|新闻网|新闻中心|供稿|来源))[^（）()。，]{2,40}[）)]")
_PHONE = re.compile(r"(400[\s-]?\d{3,4}[\s-]?\d{3,4}|1[3-9]\d{9}|0\d{2,3}-\d{7,8})")
_MASK_STAR = re.compile(r"(?<![*A-Za-z0-9_])\*(?=[\u4e00-\u9fff])")
_MASK_HASH = re.compile(r"#{2,}")
# a line that leads into the first paragraph: a section heading (一、总体情况, （一）, 1.) or a line
# announcing what follows (现将…通报如下：)
_LEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))|[：:]$")
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


class Page(NamedTuple):
    body: list[str]
    title: str
    published: date | None  # the date of the header's 发布时间 / 来源 line, if it gives one


def strip_furniture(lines: list[str]) -> Page:
    """Remove a scraped page's header, tail and in-body furniture.

    The body starts at the first paragraph of prose, or at the lines that lead into it (一、总体情况;
    现将…通报如下：): what comes before (menus, search box, breadcrumb, source/author/views line,
    font and share controls) is header, except the title, the longest header line that reads like
    one, and the publication date its meta line gives. The body ends where the page's tail begins
    (上一篇, 相关阅读, 版权所有, a phone number …). Inside it, photo captions and editor lines
    go, and a reporter's byline is cut from the paragraph it opens."""
    # every decision reads a probe of the line, the lines kept are the page's own: a table row's
    # leading "| " does not hide what the line is (| 延伸阅读：…), and on a page in traditional
    # characters (寶山區) the probe is simplified, so the same furniture words apply
    probe = [line.lstrip("| ") for line in lines]
    if is_traditional("\n".join(lines)):
        probe = [to_simplified(line) for line in probe]
    first = next((i for i, line in enumerate(probe) if _is_paragraph(line)), 0)
    while first > 0 and _LEAD.search(probe[first - 1]) and not _is_meta(probe[first - 1]) \
            and not _NAV.search(probe[first - 1]) and not _BREADCRUMB.search(probe[first - 1]):
        first -= 1
    titles = [i for i in range(first) if _is_title(probe[i]) and not _is_meta(probe[i])
              and not _NAV.search(_TITLE_TAG.sub("", probe[i]))]
    # the first full date in the header (发布时间：2024-05-17, 2024年7月22日 · 某某融媒体中心)
    published = next(filter(None, map(parse_date, probe[:first])), None)
    title = lines[max(titles, key=lambda i: len(lines[i]))] if titles else ""
    # (a portal's document table names the title itself: 标　　题：区政府办公室关于…的通知; the probe
    # folds one character for one, so its match's offset holds in the line as written)
    for i in range(first):
        m = _DOC_TITLE.match(probe[i])
        if m:
            lead = len(lines[i]) - len(lines[i].lstrip("| "))
            title = lines[i][lead + m.start(1):].strip()
            break
    scraped = first > (1 if title else 0)
    # tail: from the first furniture line once the body has started
    end = next((j for j in range(first + 1, len(lines)) if _ends_body(probe, j)), len(lines))
    scraped = scraped or end < len(lines)
    kept = []
    for line, folded in zip(lines[first:end], probe[first:end]):
        if _CAPTION.search(folded) or _EDITOR.match(folded) or _ASIDE.match(folded) \
                or _REPORTERS.fullmatch(folded) or _CREDIT.fullmatch(folded):
            scraped = True
            continue
        byline = _BYLINE.match(folded)
        lead = len(line) - len(folded)  # the row's "| ", kept
        kept.append(line[:lead] + line[lead + byline.end():] if byline else line)
    body = [line for line in kept if line]
    # on a scraped page, short unpunctuated lines left at the very end (a name, "扫一扫关注") are
    # furniture too; in a plain article they may be a list item
    while scraped and body and len(body[-1]) < 30 and not re.search(r"[。！？!?]", body[-1]):
        if len(body) > 1 and _SIGN_DATE.match(body[-1]) and _ISSUER.match(body[-2]):
            break  # a document's signature: who issued it is content
        body.pop()
    return Page(body, title, published)


def strip_tail(text: str) -> str:
    """A crawler's plain text (a JSON Lines record) is the article, but often still ends in the
    page's tail (相关阅读 and its list, 版权所有) and holds its editor line (（责任编辑：…）): those go,
    with the same tests as a scraped page's (its header is left alone: the record starts with the article)."""
    lines = text.split("\n")
    probe = [line.strip().lstrip("| ") for line in lines]
    first = next((i for i, line in enumerate(probe) if _is_paragraph(line)), 0)
    end = next((j for j in range(first + 1, len(lines)) if _is_tail(probe[j])), len(lines))
    return "\n".join(line for line, folded in zip(lines[:end], probe[:end])
                     if not (_EDITOR.match(folded) or _ASIDE.match(folded)))


def _is_tail(line: str) -> bool:
    """The first line of a page's tail: a tail word or an advert's phone number on a line that
    is not prose, or a line that opens with a tail word (a paragraph may say 扫一扫 or give a
    hotline without ending the article)."""
    if _TAIL.match(line) or _opens_tail(line):
        return True
    return not _is_paragraph(line) and bool(_TAIL.search(line) or _PHONE.search(line))


def _ends_body(probe: list[str], j: int) -> bool:
    """Does the page's tail begin at line ``j``? A line whose only sign of furniture is a phone number
    (4. 联系电话：0871-65338712 in a 公示's contact clause) does not end the body where prose follows
    it before any other furniture: the document goes on (五、征求意见的方式 …)."""
    if not _is_tail(probe[j]):
        return False
    if not _phone_only(probe[j]):
        return True
    for line in probe[j + 1:j + 9]:
        if _is_tail(line) and not _phone_only(line):
            return True
        if _is_paragraph(line):
            return False
    return True


def _phone_only(line: str) -> bool:
    """A line that is not prose and has a phone number but no tail word."""
    return not _is_paragraph(line) and not _TAIL.search(line) and not _opens_tail(line) and bool(_PHONE.search(line))


def _opens_tail(line: str) -> bool:
    """相关新闻, 评论, 来源：… opening a line that is not prose (评论认为，…。 is prose)."""
    return bool(_TAIL_START.match(line)) and "。" not in line


def _is_paragraph(line: str) -> bool:
    """A line of prose: it has a full stop, or it is long and has commas (but a 标题： line is not
    prose, however long its title)."""
    return ("。" in line or line.endswith(("！", "？", "!", "?")) or (len(line) >= 30 and "，" in line)) \
        and not _TAIL.match(line) and not _opens_tail(line) and not _BREADCRUMB.search(line) \
        and not _DOC_TITLE.match(line)


def _is_title(line: str) -> bool:
    return 0 < len(line) <= 80 and not line.endswith(("。", "：", ":", "，", "；"))


def _is_meta(line: str) -> bool:
    return len(line) <= 80 and bool(_META.search(line) or _DISCLOSURE.search(line) or _DOC_TITLE.match(line)) \
        and "。" not in line


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
    lines, scraped_title, page_date = strip_furniture(lines)
    title = title or scraped_title
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if not title and lines and _is_title(lines[0]) and len(lines) > 1:
        title, lines = lines[0], lines[1:]
    title = restore_masks(title)
    text = restore_masks("\n".join(([title] if title else []) + lines))
    published = parse_date(meta.get("published") or meta.get("date")) or page_date
    return CleanText(text, title, published, meta.get("source") or meta.get("url", ""))
