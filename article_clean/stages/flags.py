"""flags: detect truncated quotes and paragraphs, and replaced bytes. Never edits.

A block gets only its most specific flag: a truncated quote is not also a
truncated paragraph. Each flag says how sure it is: a quotation left open in a
sentence that stops part-way is surer than one left open after a full stop.
"""

from __future__ import annotations

from ..doc import Doc
from ..model import Block, Finding
from ..rules import BY_CODE
from ..text.endings import cut_confidence, full_stop, size
from ..text.quotes import continues_quote, open_quote

_EXCERPT = 60
FLAGGED_TYPES = ("paragraph", "quote")
#: A crosshead is told from prose by its shape alone, so a short cut sentence may be taken for one:
#: a heading block is flagged when it reads as a sentence that stops part-way.
CUT_TYPES = FLAGGED_TYPES + ("heading",)
#: A quotation left open in a sentence that stops part-way, and one left open after a full stop.
QUOTE_CUT_SURE = 0.9
QUOTE_OPEN_AFTER_STOP = 0.6
#: Rows of a table or items of a list: neighbours without a full stop, each at most this many words,
#: neither more than this many times as long as the other.
ROW_MAX_WORDS = 15
ROW_SIZE_RATIO = 3.0
#: A paragraph opening with one of these goes on with the sentence before it.
CONTINUING = ",;:)]}…-–—"


def _text_block(blocks: tuple[Block, ...], index: int) -> Block | None:
    return blocks[index] if 0 <= index < len(blocks) else None


def _rows(block: Block, neighbour: Block | None) -> bool:
    """True when ``block`` and ``neighbour`` are both short lines without a full stop, of like length."""
    if neighbour is None or full_stop(neighbour.text):
        return False
    mine, theirs = size(block.text), size(neighbour.text)
    return 0 < theirs and max(mine, theirs) <= ROW_MAX_WORDS and max(mine, theirs) <= ROW_SIZE_RATIO * min(mine, theirs)


def continued(block: Block | None) -> bool:
    """True when ``block`` plainly goes on with the sentence of the block before it.

    >>> continued(Block("paragraph", "and then it rained.", 3)), continued(Block("paragraph", "Then it rained.", 3))
    (True, False)
    """
    if block is None or not block.text:
        return False
    first = block.text[0]
    return first.islower() or first in CONTINUING


def paragraph_cut(blocks: tuple[Block, ...], index: int) -> float | None:
    """How sure it is that body block ``index`` stops part-way through a sentence, or None.

    Its neighbours count: a block that the next one goes on with is not cut, nor is a row among rows.
    """
    block = blocks[index]
    confidence = cut_confidence(block.text)
    following = _text_block(blocks, index + 1)
    if confidence is None or continued(following):
        return None
    if _rows(block, _text_block(blocks, index - 1)) or _rows(block, following):
        return None
    return confidence


def quote_flag(blocks: tuple[Block, ...], index: int) -> Finding | None:
    """AC201 when block ``index`` leaves a quotation open and the next block does not carry it on."""
    block = blocks[index]
    offset = open_quote(block.text)
    following = _text_block(blocks, index + 1)
    if offset is None or (following is not None and continues_quote(following.text)):
        return None
    sure = QUOTE_OPEN_AFTER_STOP if full_stop(block.text) else QUOTE_CUT_SURE
    excerpt = block.text[offset:offset + _EXCERPT]
    return BY_CODE["AC201"].finding(f"truncated quote: {excerpt}", *block.position(offset), confidence=sure)


def block_flag(blocks: tuple[Block, ...], index: int) -> Finding | None:
    """The most specific flag for one body block, or None."""
    block = blocks[index]
    if block.type not in CUT_TYPES:
        return None
    quote = quote_flag(blocks, index) if block.type in FLAGGED_TYPES else None
    if quote is not None:
        return quote
    confidence = paragraph_cut(blocks, index)
    if confidence is None:
        return None
    line, column = block.position(len(block.text) - 1)
    return BY_CODE["AC202"].finding(f"paragraph ends mid-sentence: ...{block.text[-_EXCERPT:]}", line, column, confidence)


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
