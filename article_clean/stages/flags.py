"""flags: detect truncated quotes and paragraphs, and replaced bytes. Never edits.

A block gets only its most specific flag: a truncated quote is not also a
truncated paragraph. Each flag says how sure it is: a sentence that stops on
"the" or a comma is surer than one that stops on a noun, as a heading does.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..doc import Doc
from ..model import Block, Finding, Span  # noqa: F401 (Span: the doctests build blocks)
from ..rules import BY_CODE
from ..text.endings import HEADING_MAX_WORDS, LIKELY, cut_confidence, full_stop, size, unstopped_shape
from ..text.quotes import ends_closed, open_quote

_EXCERPT = 60
FLAGGED_TYPES = ("paragraph", "quote")
#: A crosshead is told from prose by its shape alone, so a short cut sentence may be taken for one:
#: a heading block is flagged when it reads as a sentence that stops part-way.
CUT_TYPES = FLAGGED_TYPES + ("heading",)
#: How sure a quotation left open in a sentence that stops part-way is a cut one.
QUOTE_CUT_SURE = 0.9
#: Rows of a table or items of a list: neighbours without a full stop, each at most this many words,
#: neither more than this many times as long as the other; or longer items, of about one length.
ROW_MAX_WORDS = 15
ROW_SIZE_RATIO = 3.0
ITEM_MAX_WORDS = 80
ITEM_SIZE_RATIO = 1.5
#: A paragraph opening with one of these goes on with the sentence before it.
CONTINUING = ",;:)]}…-–—"
#: An article with at least this many lines that stop on a noun, none longer than the long count and
#: one of them short, writes its headings so: they are its crossheads, not cut sentences.
SIBLING_HEADINGS = 2
SIBLING_MAX_WORDS = 20
#: A block joined from at least this many input lines, each at most this many words, is a list.
JOINED_MIN_LINES = 3
JOINED_ITEM_WORDS = 5
#: A block is an item of a run when at least this many of the blocks within this reach of it, one
#: of them beside it, end without a full stop and are no headings.
RUN_REACH = 2
RUN_MIN_LINES = 3
#: A sentence's end inside a line (after a word of three letters or more: ``vs.`` is none): no heading has one.
PHRASE_BREAK_RE = re.compile(r"[^\W\d_]{3}[.!?…;]['\"”’»]?\s+\S")


class Context(NamedTuple):
    """What a block's flag depends on beyond its neighbours: the article's headings, and its head."""

    headings: frozenset[int] = frozenset()  #: blocks shaped as the article's other headings
    head: int = 0  #: blocks above the title, or atop an untitled article, before the first full stop


def context(blocks: tuple[Block, ...], titled: bool, title_line: int | None = None) -> Context:
    """The headings and the head of an article's body, found once for all its blocks.

    The head is the blocks before the first full stop that stand above the title's line, or
    that open an untitled article: a headline and its standfirst left in the body.
    """
    likely, headings = [], 0
    for i, block in enumerate(blocks):
        if full_stop(block.text) or (words := size(block.text)) > SIBLING_MAX_WORDS:
            continue
        if cut_confidence(block.text) == LIKELY:
            likely.append((i, words))
        elif unstopped_shape(block.text) == "heading":
            headings += 1
    short = any(words <= HEADING_MAX_WORDS for _, words in likely)
    shaped = frozenset(i for i, _ in likely if one_phrase(blocks[i].text)) \
        if short and len(likely) + headings >= SIBLING_HEADINGS else frozenset()
    head = 0
    while head < len(blocks) and not full_stop(blocks[head].text) and _above(blocks[head], titled, title_line):
        head += 1
    return Context(shaped, head)


def one_phrase(text: str) -> bool:
    """True when ``text`` holds no sentence's end before its last word, as a heading: a paragraph
    cut part-way often keeps a whole sentence before the cut.

    >>> one_phrase("Flat Rate vs. Hourly Cleaning Services"), one_phrase("He left. Then the rain, which")
    (True, False)
    """
    return not PHRASE_BREAK_RE.search(text)


def _above(block: Block, titled: bool, title_line: int | None) -> bool:
    if not titled:
        return True
    return title_line is not None and block.line is not None and block.line < title_line


def _text_block(blocks: tuple[Block, ...], index: int) -> Block | None:
    return blocks[index] if 0 <= index < len(blocks) else None


def _rows(block: Block, neighbour: Block | None) -> bool:
    """True when ``block`` and ``neighbour`` are both lines without a full stop, of like length, and
    the neighbour is no heading: a heading above a cut sentence does not make the two a list."""
    if neighbour is None or full_stop(neighbour.text) or unstopped_shape(neighbour.text) == "heading":
        return False
    mine, theirs = size(block.text), size(neighbour.text)
    longer, shorter = max(mine, theirs), min(mine, theirs)
    if shorter <= 0:
        return False
    return (longer <= ROW_MAX_WORDS and longer <= ROW_SIZE_RATIO * shorter) or (
        longer <= ITEM_MAX_WORDS and longer <= ITEM_SIZE_RATIO * shorter)


def continued(block: Block | None) -> bool:
    """True when ``block`` plainly goes on with the sentence of the block before it.

    >>> continued(Block("paragraph", "and then it rained.", 3)), continued(Block("paragraph", "Then it rained.", 3))
    (True, False)
    """
    if block is None or not block.text:
        return False
    first = block.text[0]
    return first.islower() or first in CONTINUING


def paragraph_cut(blocks: tuple[Block, ...], index: int, around: Context = Context()) -> float | None:
    """How sure it is that body block ``index`` stops part-way through a sentence, or None.

    Its neighbours count: a block that the next one goes on with is not cut, nor is a row among
    rows, a heading shaped as the article's others, or the headline of an untitled article.
    """
    block = blocks[index]
    heading = index in around.headings and index + 1 < len(blocks)  # a heading stands above something
    if heading or index < around.head or _split_line(blocks, index):
        return None
    confidence = cut_confidence(block.text)
    following = _text_block(blocks, index + 1)
    if confidence is None or continued(following):
        return None
    if _rows(block, _text_block(blocks, index - 1)) or _rows(block, following) or joined_items(block):
        return None
    if in_run(blocks, index):
        return None
    return confidence


def in_run(blocks: tuple[Block, ...], index: int) -> bool:
    """True when block ``index`` stands in a run of lines without a full stop, whatever their lengths:
    the items of a list or the cells of a table, among which a cut sentence is rare.

    A heading does not count: a cut sentence may stand below one.
    """
    near = [_text_block(blocks, i) for i in range(index - RUN_REACH, index + RUN_REACH + 1) if i != index]
    unstopped = [b is not None and not full_stop(b.text) and unstopped_shape(b.text) != "heading" for b in near]
    adjacent = unstopped[RUN_REACH - 1] or unstopped[RUN_REACH]
    return adjacent and sum(unstopped) >= RUN_MIN_LINES


def _split_line(blocks: tuple[Block, ...], index: int) -> bool:
    """True when block ``index`` opens in lower case after a block without a full stop: the second
    half of a heading or an item broken over two lines, not a sentence of its own."""
    previous = _text_block(blocks, index - 1)
    return continued(blocks[index]) and previous is not None and not full_stop(previous.text)


def joined_items(block: Block) -> bool:
    """True when ``block`` was joined from several short input lines: the items of a list.

    >>> joined_items(Block("paragraph", "bottled water baby carrier snack bars camera", 9,
    ...                    (Span(0, 9, 1), Span(14, 11, 1), Span(27, 13, 1), Span(38, 15, 1))))
    True
    """
    lines = {span.line for span in block.spans}
    if len(lines) < JOINED_MIN_LINES:
        return False
    starts = [span.offset for span in block.spans] + [len(block.text)]
    return all(size(block.text[a:b]) <= JOINED_ITEM_WORDS for a, b in zip(starts, starts[1:]))


def quote_flag(blocks: tuple[Block, ...], index: int) -> Finding | None:
    """AC201 when block ``index`` stops part-way inside a quotation.

    A paragraph that ends with a full stop or a closing mark has its end: a quotation left open
    there runs on into the next paragraph (opened again there, or not), or the page left out a mark.
    """
    block = blocks[index]
    offset = open_quote(block.text)
    if offset is None or full_stop(block.text) or ends_closed(block.text):
        return None
    excerpt = block.text[offset:offset + _EXCERPT]
    return BY_CODE["AC201"].finding(f"truncated quote: {excerpt}", *block.position(offset), confidence=QUOTE_CUT_SURE)


def block_flag(blocks: tuple[Block, ...], index: int, around: Context = Context()) -> Finding | None:
    """The most specific flag for one body block, or None."""
    block = blocks[index]
    if block.type not in CUT_TYPES:
        return None
    quote = quote_flag(blocks, index)
    if quote is not None:
        return quote
    confidence = paragraph_cut(blocks, index, around)
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
    title_line = next((r.line for r in doc.removed if r.rule == "title"), None)
    around = context(doc.blocks, bool(doc.title), title_line)
    found = [flag for flag in (block_flag(doc.blocks, i, around) for i in range(len(doc.blocks))) if flag]
    replaced = _replaced(doc)
    if replaced:
        found.insert(0, replaced)
    return doc.evolve(flags=doc.flags + tuple(found)) if found else doc
