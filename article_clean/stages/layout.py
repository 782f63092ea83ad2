"""layout: article-clean's own Markdown or text output, read back by the marks its writers set.

Such a page was cleaned before. Its title, byline, dateline and blocks stand
where the writer put them, marked, so they are read from there rather than
sought again, and the stages that read a raw scrape are skipped (the
``scrape_only`` stages of :mod:`article_clean.pipeline`). Markdown is known by
its front matter (:mod:`.front_matter`), text by the rule of ``=`` under its
head: the title above the rule, the byline just under it.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from ..doc import Doc
from ..model import Block, Byline, Dateline, Line, Removal, Span
from ..data.chars import INDENT_CHARS, NBSP
from ..text.shapes import is_prose
from ..data.marks import ESCAPE, HEADING_RULE, MD_BULLET, MIN_RULE, QUOTE_MARK, TEXT_BULLET, TITLE_RULE
from ..text.bylines import read_byline
from ..text.datelines import read_dateline

_MD_HEADING_RE = re.compile(r"^#{1,6}(?: |$)")
_MD_TITLE_RE = re.compile(r"^#(?: |$)")
_ESCAPED_NUMBER_RE = re.compile(r"^\d{1,9}\\")


class Piece(NamedTuple):
    """A line's share of a block: the line, the width of its mark, and where an escape was."""

    line: Line
    cut: int
    escape: int | None = None


def md_mark(text: str) -> tuple[str, int]:
    r"""The kind of block a line of article-clean's Markdown opens, and the width of its mark.

    >>> md_mark("## Nowhere to go"), md_mark("- 1\\. Boil the water"), md_mark("Plain")
    (('heading', 3), ('list_item', 2), ('paragraph', 0))
    """
    heading = _MD_HEADING_RE.match(text)
    return ("heading", heading.end()) if heading else _bullet_or_quote(text, MD_BULLET)


def text_mark(text: str) -> tuple[str, int]:
    """The kind of block a line of article-clean's text opens, and the width of its mark.

    >>> text_mark("• Latest figures"), text_mark("> A quote"), text_mark("Plain")
    (('list_item', 2), ('quote', 2), ('paragraph', 0))
    """
    return _bullet_or_quote(text, TEXT_BULLET)


def _bullet_or_quote(text: str, bullet: str) -> tuple[str, int]:
    """A list item opened by ``bullet``, a quote, or a paragraph, and the width of its mark."""
    if text.startswith(bullet):
        return "list_item", len(bullet)
    if text[:1] == QUOTE_MARK[0]:
        return "quote", len(QUOTE_MARK) if text.startswith(QUOTE_MARK) else 1
    return "paragraph", 0


def unescape_at(text: str, markdown: bool) -> int | None:
    r"""Where in ``text`` the writer's escape stands, or None.

    >>> unescape_at("\\# 1", True), unescape_at("12\\. Twelve", True), unescape_at("12\\. Twelve", False)
    (0, 2, None)
    """
    if text.startswith(ESCAPE):
        return 0
    number = _ESCAPED_NUMBER_RE.match(text) if markdown else None
    return number.end() - 1 if number else None


def is_rule(text: str, mark: str) -> bool:
    """A line of one mark, at least :data:`~article_clean.writers.MIN_RULE` wide.

    >>> is_rule("=====", "="), is_rule("==", "="), is_rule("- - -", "-")
    (True, False, False)
    """
    return len(text) >= MIN_RULE and text == mark * len(text)


def as_written(doc: Doc) -> tuple[Line, ...]:
    """The lines as the writer wrote them, non-breaking spaces and all, which the segment stage
    reads as spaces: a title, byline or dateline from metadata may hold them."""
    raw = doc.input_lines
    return tuple(line._replace(text=raw[line.number - 1][line.col - 1:line.col - 1 + len(line.text)])
                 if NBSP in raw[line.number - 1] else line for line in doc.lines)


def _next_filled(lines: tuple[Line, ...], start: int) -> int:
    """The index of the first non-blank line from ``start`` on, or ``len(lines)``."""
    return next((i for i in range(start, len(lines)) if lines[i].text), len(lines))


def parts(lines: tuple[Line, ...], mark_of: Callable[[str], tuple[str, int]], markdown: bool,
          lead: str | None = None) -> tuple[list[tuple[str, list[Piece]]], Removal | None]:
    """The body's lines grouped into blocks by their marks, and the bold dateline cut from
    the paragraph that ``lead`` (``**dateline**``) opens, when it is given."""
    found: list[tuple[str, list[Piece]]] = []
    cut_dateline = None
    open_block = False  # the line before was not blank: a paragraph or quote may go on
    for line in lines:
        text = line.text
        if not text:
            open_block = False
            continue
        kind, cut = mark_of(text)
        last = found[-1] if found and open_block else None
        if not markdown and last and last[0] == "paragraph" and len(last[1]) == 1 and is_rule(text, HEADING_RULE):
            found[-1] = ("heading", last[1])  # a crosshead, underlined
            open_block = False
            continue
        if last and kind == last[0] and kind in ("paragraph", "quote"):
            last[1].append(Piece(line, cut))
            continue
        if lead and cut_dateline is None and kind == "paragraph" and (text == lead or text.startswith(lead + " ")):
            cut_dateline = Removal(line.number, lead, "dateline")
            found.append((kind, [Piece(line, min(len(text), len(lead) + 1))]))
        else:
            found.append((kind, [Piece(line, cut, unescape_at(text[cut:], markdown))]))
        open_block = True
    return found, cut_dateline


def block(kind: str, pieces: list[Piece]) -> Block:
    """One block from its pieces, joined by spaces, each span where its text stands."""
    text = ""
    spans = []
    for line, cut, escape in pieces:
        piece = line.text[cut:]
        start = len(text) + (1 if text else 0)
        text += (" " if text else "")
        if escape is None:
            spans.append(Span(start, line.number, line.col + cut))
        else:
            piece = piece[:escape] + piece[escape + 1:]
            spans.append(Span(start, line.number, line.col + cut + (1 if escape == 0 else 0)))
            if escape:
                spans.append(Span(start + escape, line.number, line.col + cut + escape + 1))
        text += piece
    return Block(kind, text, pieces[0].line.number, tuple(spans))


def _cut_front(found: Block, cut: int) -> Block:
    """``found`` without its first ``cut`` characters, which stand on its first line."""
    spans = [Span(s.offset - cut, s.line, s.col) for s in found.spans[1:] if s.offset >= cut]
    first = found.spans[0]
    if not spans or spans[0].offset:
        spans.insert(0, Span(0, first.line, first.col + cut))
    return Block(found.type, found.text[cut:], found.line, tuple(spans))


def text_dateline(blocks: list[Block], published: str | None) -> tuple[list[Block], Removal | None, Dateline | None]:
    """The dateline that opens a paragraph of the text layout, at most as far as the first one
    that reads as prose; only where writing it back gives the paragraph as it stands."""
    for index, found in enumerate(blocks):
        if found.type != "paragraph":
            continue
        read = read_dateline(found.text, published)
        if read is not None:
            dateline, cut = read
            rest = found.text[cut:]
            if rest and f"{dateline.text} {rest}" == found.text:
                blocks = blocks[:index] + [_cut_front(found, cut)] + blocks[index + 1:]
                return blocks, Removal(found.line, found.text[:cut].rstrip(), "dateline"), dateline
        if is_prose((Line(found.line or 0, found.text),), 0):
            break
    return blocks, None, None


def _read_markdown(doc: Doc) -> Doc:
    """The body of article-clean's Markdown: ``# title``, the byline, then marked blocks."""
    lines, removed = as_written(doc), []
    title = doc.title
    index = _next_filled(lines, 0)
    if index < len(lines) and _MD_TITLE_RE.match(lines[index].text):
        title = title or lines[index].text[2:] or None
        removed.append(Removal(lines[index].number, lines[index].text, "title"))
        index = _next_filled(lines, index + 1)
    byline = doc.byline
    if byline and byline.text and index < len(lines) and lines[index].text == byline.text.strip(INDENT_CHARS):
        removed.append(Removal(lines[index].number, lines[index].text, "byline"))
        index += 1
    lead = f"**{doc.dateline.text}**" if doc.dateline and doc.dateline.text else None
    found, dateline = parts(lines[index:], md_mark, True, lead)
    if dateline:
        removed.append(dateline)
    blocks = tuple(b for b in (block(kind, pieces) for kind, pieces in found) if b.text)
    return doc.evolve(title=title, blocks=blocks, lines=(), removed=doc.removed + tuple(removed))


def text_head(lines: tuple[Line, ...]) -> tuple[int, int | None] | None:
    """Where the rule under the head of article-clean's text stands, and the title's line
    above it (None without a title); None when the text is not article-clean's."""
    first = _next_filled(lines, 0)
    if first < len(lines) and is_rule(lines[first].text, TITLE_RULE):
        return first, None
    if first + 1 < len(lines) and is_rule(lines[first + 1].text, TITLE_RULE):
        return first + 1, first
    return None


def _read_text(doc: Doc, rule: int, title_at: int | None) -> Doc:
    """The body of article-clean's text: the head, then marked blocks; the dateline opens a lead."""
    lines, removed = as_written(doc), []
    title = byline = published = None
    if title_at is not None:
        title = lines[title_at].text
        removed.append(Removal(lines[title_at].number, title, "title"))
        title = title[1:] if unescape_at(title, False) == 0 else title
    index = rule + 1
    if index < len(lines) and lines[index].text:
        line = lines[index]
        byline, published = read_byline(line.text) or (Byline(line.text), None)
        removed.append(Removal(line.number, line.text, "byline"))
        index += 1
    found, _ = parts(lines[index:], text_mark, False)
    blocks = [b for b in (block(kind, pieces) for kind, pieces in found) if b.text]
    blocks, cut, dateline = text_dateline(blocks, published)
    if cut:
        removed.append(cut)
    return doc.evolve(layout="text", title=title, byline=byline, published=published, dateline=dateline,
                      blocks=tuple(blocks), lines=(), removed=doc.removed + tuple(removed))


def run(doc: Doc) -> Doc:
    """Read article-clean's own Markdown or text by its marks; leave any other page alone."""
    if doc.layout == "md":
        return _read_markdown(doc)
    head = text_head(doc.lines)
    return doc if head is None else _read_text(doc, *head)
