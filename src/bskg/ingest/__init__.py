"""Ingest: files and folders of .txt, .md, .html/.htm and .jsonl become Articles.

``read_inputs`` yields an Article for every readable article and an InputError for every input
that is not; one bad file never stops the others.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .dates import parse_date
from .decode import decode_bytes
from .html import clean_html
from .sentences import split_sentences
from .text import PLACEHOLDER, clean_text, normalise_layout, restore_masks, strip_tail

__all__ = [
    "ACCEPTED", "PLACEHOLDER", "iter_files", "read_file", "read_inputs", "split_sentences",
]

ACCEPTED = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_BYTES = 50 * 1024 * 1024


def iter_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Every file named or found under a named folder, in a stable order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = sub.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                yield sub
        elif path.is_file():
            yield path
        else:
            yield InputError(f"{path}: no such file or folder")


def read_file(path: Path) -> Iterator[Article | InputError]:
    """The articles of one file (several for JSONL); errors are yielded, not raised."""
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED:
        yield InputError(
            f"{path}: unsupported file type '{suffix or path.name}' (accepted: {', '.join(ACCEPTED)})"
        )
        return
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // 2**20} MB; split it into articles")
        data = path.read_bytes()
        text, _encoding, warnings = decode_bytes(data, str(path))
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield InputError(f"{path}: cannot read ({e.strerror or e})")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, text, warnings)
        return
    if suffix in (".html", ".htm"):
        clean = clean_html(text)
    else:
        clean = clean_text(text, markdown=suffix == ".md")
    if not clean.text.strip():
        yield InputError(f"{path}: no article text found")
        return
    yield Article(
        id=path.name, source=str(path), raw=text, text=clean.text, title=clean.title,
        published=clean.published, url=clean.url, warnings=warnings,
    )


# where a record's publication date may be: the contract's key first, then the names crawlers give it
_DATE_KEYS = ("published", "date", "publish_date", "pubdate", "publish_time")


def _read_jsonl(path: Path, text: str, warnings: tuple[str, ...]) -> Iterator[Article | InputError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"{where}: not valid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: expected a JSON object with 'text', 'content' or 'html'")
            continue
        # (news crawlers often call the plain text "content")
        body, html = record.get("text"), record.get("html")
        if not isinstance(body, str):
            body = record.get("content")
        if not isinstance(body, str) and not isinstance(html, str):
            yield InputError(f"{where}: record has neither a 'text' (or 'content') nor an 'html' string")
            continue
        if isinstance(html, str) and not isinstance(body, str):
            clean = clean_html(html)
            title, cleaned, published = clean.title, clean.text, clean.published
        else:
            title = restore_masks(str(record.get("title") or "").strip())
            cleaned = strip_tail(restore_masks(normalise_layout(body)))
            if title and not cleaned.startswith(title):
                cleaned = f"{title}\n{cleaned}"
            published = None
        title = str(record.get("title") or title or "").strip()
        if not cleaned.strip():
            yield InputError(f"{where}: empty article text")
            continue
        yield Article(
            id=str(record.get("id") or f"{path.name}#{lineno}"), source=where,
            raw=line, text=cleaned, title=title,
            published=next((d for d in map(parse_date, (record.get(k) for k in _DATE_KEYS)) if d), None) or published,
            url=str(record.get("url") or ""), warnings=warnings,
        )


def read_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[Article | InputError]:
    for item in iter_files(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
