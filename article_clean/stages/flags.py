"""flags: detect truncated quotes and paragraphs, and replaced bytes. Never edits.

A block gets only its most specific flag: a truncated quote is not also a
truncated paragraph.
"""

from __future__ import annotations

import re

from ..model import Block, Finding
from ..data.chars import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_OPENERS
from ..doc import Doc
from ..rules import BY_CODE
from ..text.shapes import ends_sentence, words

#: A paragraph shorter than this many words is a caption or label, not a cut sentence.
TRUNCATED_MIN_WORDS = 6
_EXCERPT = 60
_CURLY_RE = re.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}]")


def open_quote(text: str) -> int | None:
    """Offset of a quotation mark opened in ``text`` and never closed, or None.

    >>> open_quote('"breakthrough solutions" but would "openly state our')
    35
    >>> open_quote('He said “it is over”.') is None
    True
    """
    unclosed = text.rfind('"') if text.count('"') % 2 else None
    if _CURLY_RE.search(text):
        depth: list[int] = []
        for match in _CURLY_RE.finditer(text):
            if match.group() in OPEN_QUOTES:
                depth.append(match.start())
            elif depth:
                depth.pop()
        if depth:
            unclosed = max(depth[-1], -1 if unclosed is None else unclosed)
    return unclosed


def block_flag(blocks: tuple[Block, ...], index: int) -> Finding | None:
    """The most specific flag for one body block, or None."""
    block = blocks[index]
    if block.type not in ("paragraph", "quote"):
        return None
    after = blocks[index + 1].text[:1] if index + 1 < len(blocks) else ""
    offset = open_quote(block.text)
    if offset is not None and after not in QUOTE_OPENERS:
        line, column = block.position(offset)
        excerpt = block.text[offset:offset + _EXCERPT]
        return BY_CODE["AC201"].finding(f"truncated quote: {excerpt}", line, column)
    if words(block.text) >= TRUNCATED_MIN_WORDS and not ends_sentence(block.text):
        end = len(block.text) - 1
        line, column = block.position(end)
        excerpt = block.text[-_EXCERPT:]
        return BY_CODE["AC202"].finding(f"paragraph ends mid-sentence: ...{excerpt}", line, column)
    return None


def _replaced(doc: Doc) -> Finding | None:
    if doc.text is None or "\ufffd" in doc.text:  # a character was replaced: find the first, line by line
        for number, line in enumerate(doc.input_lines, start=1):
            if "\ufffd" in line:
                count = sum(text.count("\ufffd") for text in doc.input_lines)
                return BY_CODE["AC401"].finding(f"{count} characters could not be decoded and were replaced",
                                                number, line.index("\ufffd") + 1)
    if doc.replaced:
        return BY_CODE["AC401"].finding(f"{doc.replaced} bytes were not valid UTF-8 and were read as Windows-1252")
    return None


def run(doc: Doc) -> Doc:
    """Flag damage in the body."""
    found = [flag for flag in (block_flag(doc.blocks, i) for i in range(len(doc.blocks))) if flag]
    replaced = _replaced(doc)
    if replaced:
        found.insert(0, replaced)
    return doc.evolve(flags=doc.flags + tuple(found)) if found else doc
