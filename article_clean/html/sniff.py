"""Is this input an HTML page? Decided by content, not by the file's extension."""

from __future__ import annotations

import codecs
import re

_SAMPLE = 4096
_PAGE_START_RE = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I)
_PREAMBLE_RE = re.compile(r"^(?:\s+|<\?xml[^>]{0,200}\?>|<!--.{0,2000}?-->)*", re.S)
_FRAGMENT_START_RE = re.compile(
    r"<(?:div|p|article|section|main|table|ul|ol|h[1-6]|meta|title|link|span|a|header|nav|script|style|br|b|strong)[\s>/]", re.I)
_TAG_RE = re.compile(r"</?(?:p|div|br|span|a|li|ul|ol|h[1-6]|table|tr|td|article|section|img|meta|strong|em|b|i)\b[^<>]{0,500}>", re.I)
#: A text that opens with a tag is taken for an HTML fragment when it holds this many tags.
FRAGMENT_MIN_TAGS = 4


def sample_text(data: bytes | str) -> str:
    """The first few thousand characters, decoded loosely: enough to see the markup."""
    if isinstance(data, str):
        return data[:_SAMPLE]
    head = data[:_SAMPLE]
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                          (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, errors="ignore")
    if head[:1] == b"<" and head[1:2] == b"\x00":
        return head.decode("utf-16-le", errors="ignore")
    if head[:1] == b"\x00" and head[1:2] == b"<":
        return head.decode("utf-16-be", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def looks_like_html(data: bytes | str) -> bool:
    """True when the input is an HTML page or fragment.

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("  <?xml version='1.0'?>\\n<html xmlns='x'><body></body></html>")
    True
    >>> looks_like_html("Floods cut off villages<br> in Bangladesh")
    False
    >>> looks_like_html(b"<br />\\n<b>Warning</b>: mysql_connect() failed\\n<!DOCTYPE html><html><body>")
    True
    >>> looks_like_html("<div><p>One</p><p>Two <a href='x'>link</a></p></div>")
    True
    """
    text = sample_text(data).lstrip("\ufeff")
    text = text[_PREAMBLE_RE.match(text).end():]
    if not text.startswith("<"):
        return False
    if _PAGE_START_RE.search(text):
        return True
    return bool(_FRAGMENT_START_RE.match(text)) and len(_TAG_RE.findall(text)) >= FRAGMENT_MIN_TAGS
