"""reflow: unwrap hard-wrapped lines and rejoin paragraphs split by a blank line.

A break inside a block is soft (a wrap) when the next line's first word would
not have fitted on the line, or when the line stops mid-sentence and the next
goes on in lower case. A paragraph split by a blank line is rejoined when it
stops mid-sentence and the next part goes on in lower case, or carries no
first-line indent in a document whose paragraphs are indented and ends the
sentence left open.
"""

from __future__ import annotations


from ..model import Block, Line, Removal, Span
from ..data.marks import AFP_CROSSHEAD_RE, MD_HEADING_RE, MD_QUOTE_RE
from ..data.chars import BULLET_RE, WIDE_CHAR_RE, MARKER_STARTS, WORD_RE
from ..doc import Doc
from ..text.shapes import ends_sentence, goes_on_lower, opening_word, opens_aside
from ..text.normalizing import normalize_text

#: Fewer wrapped lines than this and a document is not taken as hard-wrapped.
MIN_WRAPPED_LINES = 3
#: A wrap width above this many columns is no wrap width: those are long lines.
MAX_WRAP_WIDTH = 160
#: A next word that would have fitted within this many columns of the width marks a real break.
FIT_SLACK = 2
_ESCAPABLE = "#>-*+\\"
#: No wide character comes before this one: a cheap test before the regex.
WIDE_FROM = "\u10ff"


def _end(line: Line) -> int:
    """The input column where ``line`` ends, so cut datelines still count."""
    return line.col - 1 + len(line.text)


def wrap_width(groups: list[list[Line]]) -> int | None:
    """The column at which the document was hard-wrapped, or None.

    >>> wrap_width([[Line(1, "a" * 70), Line(2, "b" * 72), Line(3, "c" * 75), Line(4, "d")]])
    75
    """
    inner = sorted(_end(line) for group in groups for line in group[:-1])
    if len(inner) < MIN_WRAPPED_LINES:
        return None
    width = inner[round(0.9 * (len(inner) - 1))]
    return width if width <= MAX_WRAP_WIDTH else None


def _kind(line: Line, previous: Line | None = None, following: Line | None = None) -> str:
    """The line's kind; a dash that goes on the sentence of the line before opens no list item."""
    text = line.text
    if previous is not None and opens_aside(previous.text, text, following.text if following else ""):
        return "paragraph"
    if text[:1] not in MARKER_STARTS or AFP_CROSSHEAD_RE.match(text):
        return "paragraph"
    if MD_HEADING_RE.match(text):
        return "heading"
    if BULLET_RE.match(text):
        return "list_item"
    if MD_QUOTE_RE.match(text):
        return "quote"
    return "paragraph"


def _crosshead(text: str) -> bool:
    """An AFP crosshead (``- 'We need to interact' -``); the dash test spares the regex on other lines."""
    return text[:1] in "-–—" and AFP_CROSSHEAD_RE.match(text) is not None


def _soft_break(previous: Line, line: Line, following: str, width: int | None) -> bool:
    """True when the break between two lines of one block is a wrap, not a paragraph end.

    A quote mark or dash and the word after it move to the next line together, and a
    line that opens with one goes on the sentence that the line before left open.
    """
    first_word = opening_word(line.text)
    fits = width is None or _end(previous) + 1 + len(first_word) <= width - FIT_SLACK
    if not fits:
        return True
    if ends_sentence(previous.text):
        return False
    return goes_on_lower(line.text) or opens_aside(previous.text, line.text, following)


def split_group(group: list[Line], width: int | None) -> list[tuple[str, list[Line]]]:
    """Split one run of non-blank lines into typed paragraphs."""
    parts: list[tuple[str, list[Line]]] = []
    for index, line in enumerate(group):
        following = group[index + 1] if index + 1 < len(group) else None
        kind = _kind(line, group[index - 1] if index else None, following)
        if parts:
            current_kind, current = parts[-1]
            previous = current[-1]
            if current_kind == "quote" and kind == "quote":
                current.append(line)
                continue
            if current_kind == "list_item" and kind == "paragraph" and line.indent > current[0].indent:
                current.append(line)
                continue
            if (
                current_kind == "paragraph"
                and kind == "paragraph"
                and not _crosshead(previous.text)
                and not (line.indent > previous.indent and line.indent > 0)
                and _soft_break(previous, line, following.text if following else "", width)
            ):
                current.append(line)
                continue
        parts.append((kind, [line]))
    return parts


def _indented_style(parts: list[tuple[str, list[Line]]]) -> bool:
    """Do paragraphs mark their first line with an indent?"""
    multi = [lines for kind, lines in parts if kind == "paragraph" and len(lines) > 1]
    indented = sum(lines[0].indent > lines[1].indent for lines in multi)
    return indented >= 2 and indented * 2 >= len(multi)


def _completes(lines: list[Line]) -> bool:
    """Does a part end the sentence that the paragraph before it left open? Only then does a part
    without a first-line indent go on that paragraph: a timestamp or a "Share this article" does not.

    >>> _completes([Line(9, "09 Mar 2023, 14:40")]), _completes([Line(9, "and 2005, he said.")])
    (False, True)
    """
    return ends_sentence(lines[-1].text)


def rejoin(parts: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """Rejoin paragraphs that a blank line split in the middle of a sentence."""
    indented = _indented_style(parts)
    out: list[tuple[str, list[Line]]] = []
    for kind, lines in parts:
        if out and kind == "paragraph" and out[-1][0] == "paragraph":
            previous = out[-1][1]
            head = lines[0]
            if (
                not ends_sentence(previous[-1].text)
                and not _crosshead(previous[-1].text)
                and (head.text[:1].islower()
                     or (indented and previous[0].indent > 0 and head.indent == 0 and _completes(lines)))
            ):
                previous.extend(lines)
                continue
        out.append((kind, list(lines)))
    return out


def _strip(line: Line, kind: str) -> Line:
    """``line`` without its list bullet, quote marker, heading hashes or escape."""
    text = line.text
    if kind == "list_item":
        match = BULLET_RE.match(text)
        cut = match.end() if match and not match.group(1)[:1].isdigit() else 0  # "1." is content
    elif kind == "quote":
        match = MD_QUOTE_RE.match(text)
        cut = match.end() if match else 0
    elif kind == "heading":
        match = MD_HEADING_RE.match(text)
        cut = match.start("text") if match else 0
        text = text.rstrip("# ") if match else text
    else:
        cut = 1 if text[:1] == "\\" and text[1:2] in _ESCAPABLE and text[1:2] else 0
    return Line(line.number, text[cut:], line.indent, line.col + cut)


class Vocabulary:
    """The lower-cased words of a document, collected on first use."""

    def __init__(self, text: str):
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = set(WORD_RE.findall(self._text.lower()))
        return word in self._words


def join_lines(kind: str, lines: list[Line], vocabulary: Vocabulary) -> Block:
    """One block from its lines, undoing line-end hyphenation where the word is really split.

    The joined text is normalized again: normalization ran on the lines apart, and
    what it repairs can span a line break (the output, read again, is one line).
    """
    text = ""
    spans = []
    for position, line in enumerate(lines):
        if (position == 0 or kind == "quote") and (kind != "paragraph" or line.text[:1] == "\\"):
            line = _strip(line, kind)
        separator = ""
        if position and text:
            if text[-1:] == "\u00ad":
                text = text[:-1]
            elif text[-1:] == "-" and text[-2:-1].isalpha() and line.text[:1].islower():
                tail = WORD_RE.findall(text[-40:])
                left = tail[-1] if tail else ""
                right = WORD_RE.match(line.text)
                if right and (left + right.group()).lower() in vocabulary:
                    text = text[:-1]
            elif not (text[-1:] > WIDE_FROM and WIDE_CHAR_RE.match(text[-1]) and WIDE_CHAR_RE.match(line.text)):
                separator = " "  # a dump breaks Chinese, Japanese and Korean text between any two characters
        spans.append(Span(len(text) + len(separator), line.number, line.col))
        text += separator + line.text
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if len(lines) > 1 and not text.isascii():
        text = normalize_text(text)  # stray bytes on two lines, joined, can make mojibake whole
    return Block(kind, text, lines[0].number, tuple(spans))

def run(doc: Doc) -> Doc:
    """Group the remaining lines into body blocks."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in doc.lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    width = wrap_width(groups)
    parts = rejoin([part for group in groups for part in split_group(group, width)])
    vocabulary = Vocabulary(doc.text or "")
    blocks: list[Block] = []
    bare: list[Removal] = []
    for kind, lines in parts:
        block = join_lines(kind, lines, vocabulary)
        if block.text.strip():
            blocks.append(block)
        else:  # a bullet or a quote marker with no text: no block, but the line is accounted for
            bare.extend(Removal(line.number, line.text, "bare-marker") for line in lines)
    return doc.evolve(blocks=tuple(blocks), lines=(), removed=doc.removed + tuple(bare))
