"""What a fix makes, and the repairs inside one line that text and JSON fixes share.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Callable

from .detect import badness_re, residue
from .patterns import CONTROL_RE, HTML_ENTITY_RE, HTML_TAG_RE

@dataclass(frozen=True)
class Rewrite:
    """A file after its fixes: its new text, and for each of its lines the number of the
    input line it is, unchanged (None for a line an edit made)."""

    text: str
    origins: tuple[int | None, ...]


def _tag_gap(match: re.Match[str]) -> str:
    """A tag between two words leaves one space; a tag beside a space or an end leaves none."""
    text, start, end = match.string, match.start(), match.end()
    inside = 0 < start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
    return " " if inside else ""


def unescape_line(text: str) -> str:
    """``text`` without HTML tags, its character references decoded; the rest as it was.

    >>> unescape_line("  Tom &amp; Jerry<br> are<b>back</b>")
    '  Tom & Jerry are back'
    >>> unescape_line("Rates < 5% & rising")
    'Rates < 5% & rising'
    """
    if residue(text) is None:
        return text
    text = HTML_TAG_RE.sub(_tag_gap, text)
    return HTML_ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)


def repair_mojibake(text: str) -> str:
    """ftfy's repair of text decoded with the wrong codec.

    >>> repair_mojibake("  cafÃ© au lait")
    '  café au lait'
    """
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _mojibake_line(text: str) -> str:
    return repair_mojibake(text) if not text.isascii() and badness_re().search(text) else text


#: The repairs inside a line, in the order they run, by the code they fix.
LINE_REPAIRS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("AC403", lambda text: CONTROL_RE.sub("", text)),
    ("AC402", _mojibake_line),
    ("AC304", unescape_line),
)
