"""The rules, run over one :class:`Subject`. Detection only: nothing here edits.

Flags the pipeline raised (AC201, AC202, AC401, and AC105 from the HTML reader)
pass through as they are; every other code has one small function in
:data:`DETECTORS`. Only the selected codes are looked for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import Block, Finding
from ..rules import BY_CODE
from ..text.shapes import words
from ..stages.flags import Context, block_flag, context, paragraph_cut
from ..text.endings import signed_off
from .patterns import CONTROL_RE, HTML_ENTITY_RE, HTML_TAG_RE, TEASER_END_RE
from .subject import Subject, html_position

_EXCERPT = 60
#: A last paragraph ending in ``...`` or ``Read more`` is a teaser; an article can end in an ellipsis too.
TEASER_SURE = 0.8
#: Paragraphs shorter than this are labels and captions; repeating them is no scrape error.
DUPLICATE_MIN_WORDS = 6
TEXT_TYPES = ("paragraph", "quote", "list_item")


def detect(subject: Subject, codes: frozenset[str]) -> list[Finding]:
    """The findings of the selected ``codes`` in one article, in file order."""
    found = [flag for flag in effective_flags(subject, codes) if flag.code in codes]
    for code in sorted(codes & DETECTORS.keys()):
        found.extend(DETECTORS[code](subject))
    if subject.page is not None:
        found = [replace(f, line=line, column=column) for f in found
                 for line, column in (html_position(subject, f.line, f.column),)]
    return sorted(found, key=lambda f: (f.line or 0, f.column or 0, f.code))


def effective_flags(subject: Subject, codes: frozenset[str]) -> tuple[Finding, ...]:
    """The pipeline's flags, with the last paragraph's flag turned into AC203 when the article stops there,
    and a title taken from below the body's first lines flagged as the paragraph it was."""
    flags = subject.flags + tuple(title_cut(subject)) if "AC202" in codes else subject.flags
    blocks = subject.doc.blocks
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].type in ("paragraph", "quote")), None)
    if "AC203" not in codes or last is None:
        return flags
    title = subject.title
    around = context(blocks, bool(subject.doc.title), title.line if title is not None else None)
    ending = truncated_ending(blocks, last, around)
    if ending is None:
        return flags
    replaced = block_flag(blocks, last, around)
    return tuple(flag for flag in flags if flag != replaced) + (ending,)


def title_cut(subject: Subject) -> Iterator[Finding]:
    """AC202 for a title that stood below a line of the body and reads as a sentence stopped part-way.

    A headline stands above the body. When the line taken for the title stands below a body
    line, it was a paragraph, and one that ends without a full stop is the likeliest to be taken;
    it is read among the blocks it stood between, but for the first, the headline it was taken for.
    """
    title, blocks = subject.title, subject.doc.blocks
    if title is None or title.line is None or not blocks or blocks[0].line is None or title.line < blocks[0].line:
        return
    at = next((i for i, block in enumerate(blocks) if block.line is not None and block.line > title.line), len(blocks))
    placed = blocks[1:at] + (Block("paragraph", title.text, title.line, title.spans),) + blocks[at:]
    confidence = paragraph_cut(placed, at - 1, context(placed, True))
    if confidence is not None:
        yield BY_CODE["AC202"].finding(f"paragraph ends mid-sentence: ...{title.text[-_EXCERPT:]}",
                                       *title.position(len(title.text) - 1), confidence)


def truncated_ending(blocks: tuple[Block, ...], last: int, around: Context = Context()) -> Finding | None:
    """AC203 when the last paragraph, ``blocks[last]``, ends in a teaser, or mid-sentence.

    >>> truncated_ending((Block("paragraph", "He said the plan would ...", 3),), 0).message
    'article ends in a teaser: ...He said the plan would ...'
    >>> truncated_ending((Block("paragraph", "He said the plan would work.", 3),), 0) is None
    True
    """
    block = blocks[last]
    text = block.text
    teaser = None if signed_off(text) else TEASER_END_RE.search(text)
    cut = None if teaser else paragraph_cut(blocks, last, around)
    if teaser:
        kind, offset, confidence = "in a teaser", teaser.start(), TEASER_SURE
    elif cut is not None:
        kind, offset, confidence = "mid-sentence", len(text) - 1, cut
    else:
        return None
    return BY_CODE["AC203"].finding(f"article ends {kind}: ...{text[-_EXCERPT:]}", *block.position(offset), confidence)


def _start(subject: Subject) -> tuple[int | None, int | None]:
    """Where the body starts, for findings about the article as a whole."""
    blocks = subject.doc.blocks
    return blocks[0].position(0) if blocks else (1, 1)


def missing_title(subject: Subject) -> Iterator[Finding]:
    if not subject.doc.title:
        yield BY_CODE["AC101"].finding("no title found above the body", *_start(subject))


def missing_dateline(subject: Subject) -> Iterator[Finding]:
    if subject.doc.dateline is None:
        yield BY_CODE["AC102"].finding("the first paragraph has no dateline", *_start(subject))


def missing_byline(subject: Subject) -> Iterator[Finding]:
    if subject.doc.byline is None:
        yield BY_CODE["AC103"].finding("no byline found above the body", *_start(subject))


def empty_body(subject: Subject) -> Iterator[Finding]:
    if not any(block.type in TEXT_TYPES and block.text.strip() for block in subject.doc.blocks):
        yield BY_CODE["AC104"].finding("no body text is left once boilerplate is removed", 1, 1)


def boilerplate_lines(subject: Subject) -> Iterator[Finding]:
    for spot in subject.boilerplate:
        yield BY_CODE["AC301"].finding(f'boilerplate line ({spot.detail}): "{spot.text[:_EXCERPT]}"', spot.line, spot.column)


def glued_dateline(subject: Subject) -> Iterator[Finding]:
    spot = subject.glued
    if spot is not None:
        yield BY_CODE["AC302"].finding(f'dateline glued to the text: "{spot.text}"', spot.line, spot.column)


def hard_wrapped(subject: Subject) -> Iterator[Finding]:
    if subject.wraps:
        first = subject.wraps[0]
        width = max(spot.column or 0 for spot in subject.wraps) - 1
        yield BY_CODE["AC303"].finding(
            f"paragraphs are hard-wrapped: {len(subject.wraps)} line breaks inside paragraphs, lines up to {width} columns",
            first.line, first.column)


def _positioned_texts(subject: Subject) -> Iterator[Block]:
    if subject.title is not None:
        yield subject.title
    yield from subject.doc.blocks


def html_residue(subject: Subject) -> Iterator[Finding]:
    for block in _positioned_texts(subject):
        found = residue(block.text)
        if found:
            offset, snippet, count = found
            more = f" and {count - 1} more" if count > 1 else ""
            yield BY_CODE["AC304"].finding(f"HTML left in the text: {snippet}{more}", *block.position(offset))


def residue(text: str) -> tuple[int, str, int] | None:
    """(offset, snippet, count) of the HTML tags and character references in ``text``, or None.

    >>> residue("Tom &amp; Jerry<br>")
    (4, '&amp;', 2)
    >>> residue("Rates < 5% & rising; see <Reuters>") is None
    True
    """
    if "<" not in text and "&" not in text:
        return None
    from html.entities import html5

    hits = [m for m in HTML_TAG_RE.finditer(text)]
    hits += [m for m in HTML_ENTITY_RE.finditer(text) if m.group()[1] == "#" or m.group()[1:] in html5]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    return first.start(), first.group()[:_EXCERPT], len(hits)


def duplicate_paragraphs(subject: Subject) -> Iterator[Finding]:
    for index, first in duplicates(subject.doc.blocks):
        block = subject.doc.blocks[index]
        seen = subject.doc.blocks[first].position(0)[0]
        where = f" at line {seen}" if seen else ""
        yield BY_CODE["AC305"].finding(f'paragraph repeats the one{where}: "{block.text[:_EXCERPT]}"', *block.position(0))


def duplicates(blocks: tuple[Block, ...]) -> list[tuple[int, int]]:
    """(index, index of its first occurrence) for each paragraph that repeats an earlier one."""
    seen: dict[str, int] = {}
    found = []
    for index, block in enumerate(blocks):
        if block.type not in TEXT_TYPES or words(block.text) < DUPLICATE_MIN_WORDS:
            continue
        key = " ".join(block.text.casefold().split())
        if key in seen:
            found.append((index, seen[key]))
        else:
            seen[key] = index
    return found


def timestamps_in_body(subject: Subject) -> Iterator[Finding]:
    for index in timestamp_blocks(subject.doc.blocks):
        block = subject.doc.blocks[index]
        yield BY_CODE["AC306"].finding(f'timestamp in the body: "{block.text}"', *block.position(0))


def timestamp_blocks(blocks: tuple[Block, ...]) -> list[int]:
    """Indexes of body blocks that are only a timestamp."""
    from ..text.timestamps import read_timestamp

    return [i for i, block in enumerate(blocks) if len(block.text) <= 80 and read_timestamp(block.text)]


def mojibake(subject: Subject) -> Iterator[Finding]:
    """ftfy's detector, on the text as it stands in the file (``clean`` repairs it on the way in).

    Where ``ftfy.badness.is_bad`` is true, its regex also says where. Only mojibake that ftfy's repair
    changes is reported, so the rule's fix holds: text whose lost bytes cannot be restored (``WÅadysÅaw``)
    is left, as ``clean`` leaves it.
    """
    candidates = [piece for piece in subject.pieces if not piece.text.isascii()]
    if not candidates:
        return
    import ftfy

    detector = badness_re()
    for piece in candidates:
        match = detector.search(piece.text)
        if match and ftfy.fix_encoding(piece.text) != piece.text:
            start = max(0, match.start() - 10)
            yield BY_CODE["AC402"].finding(f'mojibake: "{piece.text[start:start + 40].strip()}"', *piece.position(match.start()))


@functools.cache
def badness_re() -> re.Pattern[str]:
    """ftfy's mojibake detector (what ``ftfy.badness.is_bad`` searches with).

    Importing the ``ftfy`` package loads its whole fixer and wcwidth, several
    times the cost of the rest of a ``check`` run on one file; the detector's
    module needs only ``re``. So it is loaded on its own when it can be, and
    through the package when it cannot.
    """
    import importlib.util
    import sys

    if "ftfy.badness" not in sys.modules:
        try:
            package = importlib.util.find_spec("ftfy")
            location = Path(next(iter(package.submodule_search_locations))) / "badness.py"
            spec = importlib.util.spec_from_file_location("article_clean._ftfy_badness", location)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.BADNESS_RE
        except (ImportError, AttributeError, OSError, StopIteration, TypeError):
            pass
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE


def control_characters(subject: Subject) -> Iterator[Finding]:
    for piece in subject.pieces:
        found = CONTROL_RE.findall(piece.text)
        if found:
            names = ", ".join(sorted({f"U+{ord(char):04X}" for char in found}))
            plural = "s" if len(found) > 1 else ""
            offset = CONTROL_RE.search(piece.text).start()
            yield BY_CODE["AC403"].finding(f"{len(found)} control character{plural} ({names})", *piece.position(offset))


DETECTORS: dict[str, Callable[[Subject], Iterable[Finding]]] = {
    "AC101": missing_title,
    "AC102": missing_dateline,
    "AC103": missing_byline,
    "AC104": empty_body,
    "AC301": boilerplate_lines,
    "AC302": glued_dateline,
    "AC303": hard_wrapped,
    "AC304": html_residue,
    "AC305": duplicate_paragraphs,
    "AC306": timestamps_in_body,
    "AC402": mojibake,
    "AC403": control_characters,
}
