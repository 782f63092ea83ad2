"""normalize: newlines, zero-width characters, control characters, mojibake, Unicode form.

Non-breaking spaces are kept: they are an indentation signal until reflow.
"""

from __future__ import annotations

import re
import unicodedata

from ..patterns import ZERO_WIDTH
from ..doc import Doc

#: Characters that are rare in text and need work: odd line breaks, controls, zero widths.
_RARE_RE = re.compile("[\u2028\u2029\x0b\x0c\x85\x00-\x08\x0e-\x1f\x7f" + "".join(map(chr, ZERO_WIDTH)) + "]")
_BREAKS_RE = re.compile(r"[\u2028\u2029\x0b\x0c\x85]")
_ZERO_WIDTH_RE = re.compile("[" + "".join(map(chr, ZERO_WIDTH)) + "]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: Two-character shapes that UTF-8 read as Latin-1 or Windows-1252 leaves behind.
_MOJIBAKE_HINT_RE = re.compile(r"[ÃÂâÅÄÐÑØÙ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def normalize_text(text: str, fix_mojibake: bool = True) -> str:
    """Normalized text: LF newlines, no zero-width or control characters, NFC, mojibake fixed.

    >>> normalize_text("Update\\u00a0:\\u00a015 Oct\\r\\nA\\u200bB")
    'Update\\xa0:\\xa015 Oct\\nAB'
    >>> normalize_text("caf\\u00c3\\u00a9")
    'café'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _RARE_RE.search(text):
        text = _CONTROL_RE.sub("", _ZERO_WIDTH_RE.sub("", _BREAKS_RE.sub("\n", text)))
    if not text.isascii():
        if fix_mojibake and _MOJIBAKE_HINT_RE.search(text):
            text = _fix_mojibake(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text


def _fix_mojibake(text: str) -> str:
    """ftfy knows the codecs and the badness heuristics; we only ask it to fix encodings."""
    import ftfy

    return ftfy.fix_encoding(text)


def run(doc: Doc) -> Doc:
    """Normalize the decoded text."""
    text = normalize_text(doc.text or "", doc.options.fix_mojibake)
    if text == doc.text:
        return doc
    return doc.evolve(text=text)
