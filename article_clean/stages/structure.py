"""structure: crossheads become headings.

AFP marks a crosshead as ``- 'We need to interact' -``; other sites put a short
title-like line between two paragraphs. A wiki prints a link to edit the
section after its heading (``History[edit]``): the link goes, and the line is a
heading.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Block, Removal
from ..data.boilerplate import EDIT_MARK_RE
from ..data.marks import AFP_CROSSHEAD_RE
from ..data.chars import QUOTE_OPENERS
from ..doc import Doc
from ..text.shapes import TITLE_MAX_WORDS, ends_sentence, is_headline, words

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


def section_heading(block: Block) -> tuple[Block, Removal] | None:
    """A one-line block that ends in a wiki's edit link: the heading without it, and the link removed."""
    if block.type not in ("paragraph", "heading") or len(block.spans) > 1 or "[" not in block.text[-40:]:
        return None
    mark = EDIT_MARK_RE.search(block.text)
    heading = block.text[:mark.start()].strip() if mark else ""
    if not heading or words(heading) > TITLE_MAX_WORDS or ends_sentence(heading):
        return None  # the mark trails nothing, or a sentence
    return Block("heading", heading, block.line, block.spans), Removal(block.line, mark.group().strip(), "edit-link")


def run(doc: Doc) -> Doc:
    """Mark crossheads as heading blocks; the edit link after a wiki's section heading goes."""
    blocks = list(doc.blocks)
    removed = []
    changed = False
    for index, block in enumerate(doc.blocks):
        match = AFP_CROSSHEAD_RE.match(block.text) if block.type == "paragraph" else None
        section = None if match else section_heading(block)
        if section:
            blocks[index], removal = section
            removed.append(removal)
            changed = True
        elif match:
            cut = match.start("text")
            spans = tuple(span._replace(col=span.col + cut) for span in block.spans[:1])
            blocks[index] = Block("heading", match.group("text").strip(), block.line, spans)
            changed = True
        elif is_crosshead(doc.blocks, index):
            blocks[index] = replace(block, type="heading")
            changed = True
    return doc.evolve(blocks=tuple(blocks), removed=doc.removed + tuple(removed)) if changed else doc
