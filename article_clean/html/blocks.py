"""The visible text of a page as blocks, in document order, with the elements they stand in.

One walk over the tree (lxml's ``iterwalk``: no recursion, so deep markup is
safe) makes a :class:`TextBlock` for every run of text between block-level
boundaries, and a :class:`Span` for every block-level or marked element:
the range of blocks it holds. Every later decision works on these ranges,
so none of them walks the tree again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.etree

from ..errors import InputError
from ..data.html_hints import (
    AUTHOR_PROPS,
    BLOCK_TAGS,
    BYLINE_HINT_RE,
    DATE_PROPS,
    CELL_TAGS,
    CHROME_TAGS,
    HEADING_TAGS,
    OUTER_CHROME_TAGS,
    chrome_hint,
    hint_text,
)
from .parse import PARSER_MAX_DEPTH, TOO_DEEP, Element, text_of

_BREAK = "\x00"  #: a ``br`` or a line of ``pre``; the parser's input holds no NUL
_CELL = "\x01"  #: the end of a table cell
#: A table row whose subtree has more elements than this is layout, not data.
_ROW_MAX_ELEMENTS = 200
_HIDDEN_STYLE = ("display:none", "visibility:hidden")
NOTED_TAGS = frozenset(("time", "a"))
#: A cheap test before the byline hint's regex: most classes name no author.
_CREDIT_WORDS_RE = re.compile(r"(?i)auth|autor|by-?line|writer|reporter|contributor|verfasser")


@dataclass(slots=True)
class TextBlock:
    """A run of visible text between block boundaries."""

    owner: Element  #: the innermost block-level element holding the text
    kind: str  #: paragraph, heading, item, quote, pre, row, caption
    lines: list[str]  #: one line, or more where ``br`` or ``pre`` broke it
    chars: int
    link_chars: int
    marker: str = ""  #: ``## ``, ``• ``, ``1. `` or ``> ``: how the text stages see the kind

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(slots=True)
class Span:
    """A block-level or marked element and the blocks it holds: ``blocks[first:last]``."""

    element: Element
    tag: str
    first: int
    last: int = -1
    depth: int = 0
    hints: str = ""  #: lower-cased class and id words
    rule: str | None = None  #: the chrome rule its tag, its hints or its hiding names
    hidden: bool = False


@dataclass
class Page:
    """The walk's result."""

    blocks: list[TextBlock] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)  #: in document order of their start
    #: ``(block index, value, itemprop or "time")`` of ``time`` elements and date itemprops.
    stamps: list[tuple[int, str, str]] = field(default_factory=list)
    #: ``(block index, element)`` of elements that credit an author: itemprop, rel or class.
    credits: list[tuple[int, Element]] = field(default_factory=list)


def is_hidden(element: Element) -> bool:
    """``hidden``, ``aria-hidden="true"`` or an inline style that hides it.

    >>> from article_clean.html.parse import parse
    >>> is_hidden(parse('<div style="display: none">x</div>', '-').find('.//div'))
    True
    """
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and ("none" in style or "hidden" in style):
        compact = style.replace(" ", "").lower()
        return any(s in compact for s in _HIDDEN_STYLE)
    return False


@lru_cache(maxsize=8192)
def class_hints(cls: str | None, ident: str | None) -> tuple[str, str | None]:
    """The hint words of a class and id, and the chrome rule they name; pages repeat their classes."""
    hints = hint_text(cls, ident)
    return hints, chrome_hint(hints) if hints else None


def _data_row(row: Element) -> bool:
    """A table row of data cells, not a layout row holding blocks."""
    for count, element in enumerate(row.iter()):
        if count > _ROW_MAX_ELEMENTS:
            return False
        tag = element.tag
        if count and isinstance(tag, str) and tag in BLOCK_TAGS and tag not in CELL_TAGS:
            return False
    return True


class _Walker:
    """State of one walk; :meth:`run` does the work."""

    def __init__(self, source: str):
        self.source = source
        self.page = Page()
        self.buffer: list[str] = []
        self.link_chars = 0
        self.owners: list[Element] = []
        self.open_spans: list[Span] = []
        self.links = 0
        self.pre = 0
        self.quotes = 0
        self.rows: list[Element] = []  #: open data rows
        self.lists: list[list[int]] = []  #: [next number, or 0 for bullets] per open list
        self.items: list[list] = []  #: [marker, emitted] per open list item

    def text(self, value: str | None) -> None:
        if not value:
            return
        if self.pre:
            value = value.replace("\n", _BREAK)
        self.buffer.append(value)
        if self.links:
            self.link_chars += len(value.strip())

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        self.buffer.clear()
        link_chars, self.link_chars = self.link_chars, 0
        owner = self.owners[-1]
        if self.rows and _CELL in raw:
            cells = [" ".join(cell.split()) for cell in raw.replace(_BREAK, " ").split(_CELL)]
            lines = [" | ".join(cell for cell in cells if cell)]
        else:
            lines = [" ".join(part.split()) for part in raw.replace(_CELL, " ").split(_BREAK)]
        lines = [line for line in lines if line]
        if not lines:
            return
        kind, marker = self.kind(owner)
        chars = sum(map(len, lines))
        self.page.blocks.append(TextBlock(owner, kind, lines, chars, min(link_chars, chars), marker))

    def kind(self, owner: Element) -> tuple[str, str]:
        tag = owner.tag
        if tag in HEADING_TAGS:
            return "heading", "## "
        if self.items and not self.items[-1][1]:
            self.items[-1][1] = True
            return "item", self.items[-1][0]
        if self.rows:
            return "row", "• "
        if self.pre:
            return "pre", ""
        if self.quotes:
            return "quote", "> "
        if tag in ("figcaption", "caption"):
            return "caption", ""
        return "paragraph", ""

    def note(self, element: Element, tag: str, cls: str | None) -> None:
        """Record dates and author credits for the metadata."""
        prop = element.get("itemprop")
        if prop:
            prop = prop.lower()
            if prop in DATE_PROPS:
                value = element.get("content") or element.get("datetime") or text_of(element)
                self.page.stamps.append((len(self.page.blocks), value, prop))
            elif prop in AUTHOR_PROPS:
                self.page.credits.append((len(self.page.blocks), element))
                return
        if tag == "time":
            self.page.stamps.append((len(self.page.blocks), element.get("datetime") or text_of(element), "time"))
        elif tag == "a" and "author" in (element.get("rel") or ""):
            self.page.credits.append((len(self.page.blocks), element))
        elif cls and _CREDIT_WORDS_RE.search(cls) and BYLINE_HINT_RE.search(cls.lower()):
            self.page.credits.append((len(self.page.blocks), element))

    def start(self, element: Element, tag: str) -> None:
        cls = element.get("class")
        if cls or tag in NOTED_TAGS or element.get("itemprop"):
            self.note(element, tag, cls)
        hidden = is_hidden(element)
        block = tag in BLOCK_TAGS or tag == "br" or hidden or tag == "button"
        if tag == "br":
            if self.rows:
                self.buffer.append(" ")
            else:
                self.buffer.append(_BREAK)
            return
        if tag == "a":
            self.links += 1
        if block and not (self.rows and tag in CELL_TAGS):
            self.flush()
            self.owners.append(element)
            if len(self.owners) > PARSER_MAX_DEPTH - 8:
                raise InputError(self.source, TOO_DEEP)
            ident = element.get("id")
            hints, hinted = class_hints(cls, ident) if cls or ident else ("", None)
            rule = "hidden" if hidden else CHROME_TAGS.get(tag) or OUTER_CHROME_TAGS.get(tag) or hinted
            span = Span(element, tag, len(self.page.blocks), -1, len(self.owners), hints, rule, hidden)
            self.page.spans.append(span)
            self.open_spans.append(span)
        if tag == "pre":
            self.pre += 1
        elif tag == "blockquote":
            self.quotes += 1
        elif tag in ("ul", "ol", "menu", "dir"):
            self.lists.append([1 if tag == "ol" else 0])
        elif tag == "li":
            numbering = self.lists[-1] if self.lists else [0]
            marker = f"{numbering[0]}. " if numbering[0] else "• "
            if numbering[0]:
                numbering[0] += 1
            self.items.append([marker, False])
        elif tag == "tr" and _data_row(element):
            self.rows.append(element)
        self.text(element.text)

    def end(self, element: Element, tag: str) -> None:
        if tag == "br":
            self.text(element.tail)
            return
        if tag == "a":
            self.links -= 1
        elif tag in CELL_TAGS and self.rows:
            self.buffer.append(_CELL)
        if self.open_spans and self.open_spans[-1].element is element:
            self.flush()
            self.owners.pop()
            self.open_spans.pop().last = len(self.page.blocks)
        if tag == "pre":
            self.pre -= 1
        elif tag == "blockquote":
            self.quotes -= 1
        elif tag in ("ul", "ol", "menu", "dir"):
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            if self.items:
                self.items.pop()
        elif tag == "tr" and self.rows and self.rows[-1] is element:
            self.rows.pop()
        self.text(element.tail)

    def run(self, root: Element) -> Page:
        self.owners.append(root)
        span = Span(root, "html", 0, -1, 0)
        self.page.spans.append(span)
        walker = lxml.etree.iterwalk(root, events=("start", "end"))
        next(walker)  # the root itself
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):
                if event == "end":
                    self.text(element.tail)
                continue
            if event == "start":
                self.start(element, tag)
            else:
                self.end(element, tag)
        self.flush()
        span.last = len(self.page.blocks)
        return self.page


def walk(root: Element, source: str = "-") -> Page:
    """The blocks and spans of a page whose invisible elements are already gone.

    >>> from article_clean.html.parse import parse
    >>> page = walk(parse("<body><h2>Hi</h2><p>One<br>two <a href=x>link</a></p><ul><li>a</li></ul></body>", "-"))
    >>> [(b.kind, b.marker, b.lines, b.link_chars) for b in page.blocks]
    [('heading', '## ', ['Hi'], 0), ('paragraph', '', ['One', 'two link'], 4), ('item', '• ', ['a'], 0)]
    """
    return _Walker(source).run(root)
