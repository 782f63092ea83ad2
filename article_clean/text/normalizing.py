"""Normalized text: one kind of newline, no zero-width or control characters, mojibake repaired,
Unicode in NFC.
"""

from __future__ import annotations

import re
import unicodedata

from ..data.chars import ZERO_WIDTH

#: Characters that are rare in text and need work: odd line breaks, controls, zero widths.
_RARE_RE = re.compile("[\u2028\u2029\x0b\x0c\x85\x00-\x08\x0e-\x1f\x7f" + "".join(map(chr, ZERO_WIDTH)) + "]")


_BREAKS_RE = re.compile(r"[\u2028\u2029\x0b\x0c\x85]")


_ZERO_WIDTH_RE = re.compile("[" + "".join(map(chr, ZERO_WIDTH)) + "]")


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


#: A soft hyphen is invisible, except after a word at the end of a line that the next line
#: continues, where reflow reads it as the place the word was split.
_SOFT_HYPHEN_RE = re.compile("(?<!\\w)\u00ad|\u00ad(?![ \t\u00a0]*\n[ \t\u00a0]*[^\\s\u00ad])")


#: Two-character shapes that UTF-8 read as Latin-1 or Windows-1252 leaves behind.
_MOJIBAKE_HINT_RE = re.compile(r"[ÃÂâÅÄÐÑØÙ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


#: What Windows-1252 makes of the bytes 0x80-0xFF other than 0xA0: a NBSP after one of
#: them may be the second byte of mojibake (``Ã\xa0`` is ``à``, ``Â\xa0`` a NBSP).
_HIGH_CP1252 = "".join(sorted(set(bytes(range(0x80, 0x100)).decode("cp1252", "ignore")) - {"\xa0"}))


#: A NBSP that is not part of mojibake: ftfy declines to fix a word right after one.
_PLAIN_NBSP_RE = re.compile("(?<![" + re.escape(_HIGH_CP1252) + "])\u00a0")


#: Stands in for plain NBSPs while ftfy works: a private-use character it leaves alone.
_NBSP_STAND_IN = "\ue000"


#: Normalizing can make more to normalize (a soft hyphen gone leaves mojibake whole); this
#: many passes reach the fixed point that cleaning the output again relies on.
MAX_PASSES = 3


def normalize_text(text: str, fix_mojibake: bool = True) -> str:
    """Normalized text: LF newlines, no zero-width or control characters, NFC, mojibake fixed.

    >>> normalize_text("Update\\u00a0:\\u00a015 Oct\\r\\nA\\u200bB")
    'Update\\xa0:\\xa015 Oct\\nAB'
    >>> normalize_text("caf\\u00c3\\u00a9")
    'café'
    >>> normalize_text("\\u00ad the re\\u00adcord of Af\\u00ad\\nghanistan\\u00ad\\n\\u00ad\\nend")
    ' the record of Af\\xad\\nghanistan\\n\\nend'
    >>> normalize_text("\\u00a0\\u00a0Ã©tÃ© in Sylhet, voilÃ\\u00a0")
    '\\xa0\\xa0été in Sylhet, voilà'
    >>> normalize_text("The Ã\\u0085land Islands \\u00e2\\u009c\\u0085, Ã\\x07©")
    'The Åland Islands ✅, é'
    >>> normalize_text("Ã\\u00adÂ\\u00ad\\u00a0café")
    'í\\xa0café'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for _ in range(MAX_PASSES):
        done = _normalize_once(text, fix_mojibake)
        if done == text:
            break
        text = done
    return text


def _normalize_once(text: str, fix_mojibake: bool) -> str:
    """One pass of :func:`normalize_text`, after newlines."""
    rare = _RARE_RE.search(text) is not None
    if rare:
        text = _CONTROL_RE.sub("", _ZERO_WIDTH_RE.sub("", text))
    if fix_mojibake and not text.isascii() and _MOJIBAKE_HINT_RE.search(text):
        text = _fix_mojibake(text)  # before line breaks: U+0085 may be a byte of mojibake
    if rare:
        text = _BREAKS_RE.sub("\n", text)
    if not text.isascii():
        if "\u00ad" in text:
            text = _SOFT_HYPHEN_RE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text


def _fix_mojibake(text: str) -> str:
    """ftfy knows the codecs and the badness heuristics; we only ask it to fix encodings.

    Plain NBSPs (the indentation of many dumps) stand aside while it works, so that
    the word after one is fixed as it would be after a space.
    """
    import ftfy

    if "\u00a0" not in text or _NBSP_STAND_IN in text:
        return ftfy.fix_encoding(text)
    masked = _PLAIN_NBSP_RE.sub(_NBSP_STAND_IN, text)
    return ftfy.fix_encoding(masked).replace(_NBSP_STAND_IN, "\u00a0")
