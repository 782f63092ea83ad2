"""structure: crossheads become headings.

AFP marks a crosshead as ``- 'We need to interact' -``; other sites put a short
title-like line between two paragraphs.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Block
from ..data.marks import AFP_CROSSHEAD_RE
from ..data.chars import QUOTE_OPENERS
from ..doc import Doc
from ..text.shapes import is_headline, words

#: A crosshead between paragraphs has at most this many words.
CROSSHEAD_MAX_WORDS = 10

def is_crosshead(blocks: tuple[Block, ...], index: int) -> bool:
    """A short headline-like paragraph standing between two paragraphs."""
    block = blocks[index]
    if block.type != "paragraph" or len(block.spans) > 1 or index == 0 or index + 1 >= len(blocks):
        return False
    text = block.text
    if words(text) > CROSSHEAD_MAX_WORDS or not text[:1].isupper() or not is_headline(text):
        return False
    if any(q in text for q in "\"“”"):
        return False
    before, after = blocks[index - 1], blocks[index + 1]
    if before.type != "paragraph" or after.type != "paragraph" or words(after.text) < 8:
        return False
    return after.text[:1].isupper() or after.text[:1] in QUOTE_OPENERS


def run(doc: Doc) -> Doc:
    """Mark crossheads as heading blocks."""
    blocks = list(doc.blocks)
    changed = False
    for index, block in enumerate(doc.blocks):
        match = AFP_CROSSHEAD_RE.match(block.text) if block.type == "paragraph" else None
        if match:
            cut = match.start("text")
            spans = tuple(span._replace(col=span.col + cut) for span in block.spans[:1])
            blocks[index] = Block("heading", match.group("text").strip(), block.line, spans)
            changed = True
        elif is_crosshead(doc.blocks, index):
            blocks[index] = replace(block, type="heading")
            changed = True
    return doc.evolve(blocks=tuple(blocks)) if changed else doc
