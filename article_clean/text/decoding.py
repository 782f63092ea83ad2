"""Bytes to text: byte-order marks, UTF-8, then detection for legacy encodings; refuses binary data.
"""

from __future__ import annotations

import codecs
import re

from ..errors import EMPTY, NOT_TEXT, UNDECODABLE, InputError

#: Byte-order marks and their codecs, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: Signatures of common binary formats that carry no NUL byte early on.
_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF")


_CONTROL = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13, 27}))


_SAMPLE = 8192


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NUL bytes sit on one parity, as in UTF-16 ASCII text."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, source: str) -> tuple[str, str, int]:
    """Decode ``data``; return (text, encoding, bytes replaced). Raises InputError.

    >>> decode_bytes("café".encode("utf-8"), "-")
    ('café', 'utf-8', 0)
    >>> decode_bytes(b"caf\\xe9 au lait, d\\xe9j\\xe0 vu", "-")[0]
    'café au lait, déjà vu'
    >>> decode_bytes("caf\\u00e9 ".encode() + b"na\\xefve", "-")
    ('café naïve', 'utf-8', 1)
    """
    if not data:
        raise InputError(source, EMPTY)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom):], encoding, source), encoding, 0
    head = data[:_SAMPLE]
    if b"\x00" in head:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(source, NOT_TEXT)
        return _decode_strict(data, encoding, source), encoding, 0
    if head.startswith(_MAGIC) or len(head) - len(head.translate(None, _CONTROL)) > 0.1 * len(head):
        raise InputError(source, NOT_TEXT)
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as error:
        first_error = error.start
    if _has_utf8_multibyte(data[:first_error]) or _has_utf8_multibyte(data[first_error + 1:first_error + 4096]):
        text, replaced = _decode_mixed(data)
        return text, "utf-8", replaced
    return _detect(data, source)


def _has_utf8_multibyte(chunk: bytes) -> bool:
    """True when ``chunk`` holds at least one valid multi-byte UTF-8 sequence."""
    text = chunk.decode("utf-8", errors="ignore")
    return not text.isascii()


_ESCAPED_RE = re.compile("[\udc80-\udcff]+")


def _decode_mixed(data: bytes) -> tuple[str, int]:
    """UTF-8 with stray legacy bytes: read those as Windows-1252 and count them."""
    text = data.decode("utf-8", errors="surrogateescape")
    replaced = 0

    def legacy(match: re.Match[str]) -> str:
        nonlocal replaced
        raw = bytes(ord(char) - 0xDC00 for char in match.group())
        replaced += len(raw)
        return raw.decode("cp1252", errors="replace")

    return _ESCAPED_RE.sub(legacy, text), replaced


def _decode_strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace")


#: Below this share of non-ASCII letters, a legacy text is Western European.
_WESTERN_MAX_SHARE = 0.3


def _detect(data: bytes, source: str) -> tuple[str, str, int]:
    """Legacy encodings. Western text with a few accents is Windows-1252, the web's
    usual legacy codec, which detection on short texts often mistakes; anything
    else goes to charset-normalizer, which weighs every candidate codec."""
    western = data.decode("cp1252", errors="replace")
    letters = [c for c in western if c.isalpha()]
    high = sum(not c.isascii() for c in letters)
    if "\ufffd" not in western and letters and high <= _WESTERN_MAX_SHARE * len(letters):
        return western, "cp1252", 0
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, UNDECODABLE)
    return str(best), best.encoding, 0


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def repair_surrogates(text: str) -> tuple[str, int]:
    """Pair up surrogate halves and replace lone ones with U+FFFD; return the text and how many.

    A ``str`` can hold lone surrogates (from ``surrogateescape``, or JSON that
    split an emoji), which no output encoding accepts.

    >>> repair_surrogates("caf\\udce9 \\ud83d\\ude00")
    ('caf\ufffd 😀', 1)
    """
    if not _SURROGATE_RE.search(text):
        return text, 0
    repaired = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return repaired, repaired.count("\ufffd") - text.count("\ufffd")
