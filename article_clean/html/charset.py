"""The character encoding of an HTML page: BOM, then ``<meta charset>`` or http-equiv, then detection."""

from __future__ import annotations

import codecs
import re

from ..errors import EMPTY, InputError
from ..text.decoding import BOMS, decode_bytes

#: Where a page declares its charset: browsers look at the first 1024 bytes, pages put it later.
_DECLARATION_REACH = 8192
_META_RE = re.compile(
    rb"""<meta\b[^>]{0,500}?\bcharset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_.:\-]{2,40})""", re.I
)
_XML_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}\bencoding\s*=\s*["'](?P<charset>[A-Za-z0-9_.:\-]{2,40})""", re.I)
#: Labels that browsers read with a wider codec (the WHATWG Encoding Standard's mapping).
_WIDER = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
    "tis-620": "cp874", "iso8859-11": "cp874", "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
    "utf-32": "utf-8",
}

#: Python codecs that no page is written in: they fail on ordinary bytes whatever the error handler.
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined"})


def codec_name(label: str) -> str | None:
    """The Python codec a browser would use for a declared charset label, or None.

    >>> codec_name("ISO-8859-1"), codec_name("utf8"), codec_name("Shift_JIS"), codec_name("x-bogus")
    ('cp1252', 'utf-8', 'cp932', None)
    >>> codec_name("uu"), codec_name("base64"), codec_name("idna")
    (None, None, None)
    """
    try:
        info = codecs.lookup(label.strip().lower())
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None  # uu, base64, zlib: bytes.decode() refuses them, as it does for CPython's own check
    return _WIDER.get(info.name, info.name)


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in an XML declaration, ``<meta charset>`` or http-equiv.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'cp1251'
    >>> declared_charset(b"<html><meta charset='utf-8'>") , declared_charset(b"<p>none</p>")
    ('utf-8', None)
    """
    head = data[:_DECLARATION_REACH]
    match = _XML_RE.match(head) or _META_RE.search(head)
    return codec_name(match.group("charset").decode("ascii")) if match else None


def decode_html(data: bytes, source: str) -> tuple[str, str, int]:
    """The page as text, the codec used, and the number of bytes read with replacement.

    Without a declaration, or with UTF-8 declared, the text reader's decoder
    takes over: UTF-8, stray legacy bytes, then detection.

    >>> decode_html('<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r"), "-")[:2]
    ('<meta charset="koi8-r"><p>Привет</p>', 'koi8-r')
    """
    if not data:
        raise InputError(source, EMPTY)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding, 0
    declared = declared_charset(data)
    if declared is None or declared == "utf-8":
        return decode_bytes(data, source)
    if not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8", 0  # mislabelled: legacy bytes are almost never valid UTF-8
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(declared), declared, 0
    except UnicodeDecodeError:
        text = data.decode(declared, errors="replace")
        return text, declared, text.count("\ufffd")
