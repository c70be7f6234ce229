"""Bytes to text: BOMs, UTF-8, GB18030/GBK/GB2312 and Big5, chosen by charset-normalizer.

A file that decodes only with a few broken bytes (a GBK file cut in the middle of a character) is
read with a warning; a file that is not text at all (random bytes, a binary) is an InputError.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from ..errors import InputError

_CANDIDATES = ["utf_8", "gb18030", "big5"]
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "euc_cn"}


# whitespace and format characters: not printable for str.isprintable, but harmless in an article
_HARMLESS = re.compile(
    "[\t\n\r\f\v\u0020\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff]+")


def _looks_like_text(text: str) -> bool:
    """True when the characters are what an article is made of, not decoded noise."""
    if not text.strip():
        return False
    if "\ufffd" not in text and _HARMLESS.sub("", text).isprintable():
        return True  # the usual case, in C: no control, private-use, surrogate or unassigned character
    return _bad_characters(text) <= max(2, len(text) // 200)


def _bad_characters(text: str) -> int:
    """Control (other than whitespace), private-use, surrogate and unassigned characters, and U+FFFD."""
    bad = 0
    for ch in text:
        if ch in "\t\n\r\f\v":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs", "Cn") or ch == "\ufffd":
            bad += 1
    return bad


def _normalise_encoding(name: str) -> str:
    name = codecs.lookup(name).name
    return "gb18030" if name in _GB_FAMILY else name


def decode_bytes(data: bytes, source: str) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, warnings) or raise InputError naming ``source``."""
    if not data.strip():
        raise InputError(f"{source}: empty file")
    if data.startswith(codecs.BOM_UTF8):
        data, forced = data[len(codecs.BOM_UTF8):], "utf_8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
        return _checked(text, source, "utf_16"), "utf_16", ()
    else:
        forced = ""
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary data, not text (it contains NUL bytes)")

    encodings = [forced] if forced else []
    if not forced:
        try:
            data.decode("utf_8")
            encodings = ["utf_8"]
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
            if best is not None:
                encodings = [_normalise_encoding(best.encoding)]
            else:
                encodings = ["gb18030", "utf_8", "big5"]
    for enc in encodings:
        try:
            return _checked(data.decode(enc), source, enc), enc, ()
        except UnicodeDecodeError:
            pass
        text = data.decode(enc, errors="replace")
        lost = text.count("\ufffd")
        if lost <= max(1, len(text) // 1000):
            text = text.replace("\ufffd", "")
            if _looks_like_text(text):
                warning = f"{source}: {lost} undecodable byte sequence(s) dropped while reading as {enc}"
                return text, enc, (warning,)
    raise InputError(
        f"{source}: cannot decode as text (tried UTF-8, GB18030/GBK, Big5); is it a binary file?"
    )


def _checked(text: str, source: str, enc: str) -> str:
    if not _looks_like_text(text):
        raise InputError(f"{source}: decodes as {enc} but is not readable text (binary data?)")
    return text
