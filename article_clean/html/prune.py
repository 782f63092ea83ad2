"""Decide every block: kept, or dropped with the rule and the element that took it.

Outside the main content a block goes as the chrome that holds it or as
``outside-main-content``. Inside, chrome goes, and so do the pieces that only
their text gives away: the end of the article (a "Related" heading and all
below it), the tail of teasers and tags, "Read also" pointers, lines of
links, picture credits, calls to subscribe, and lines of page metadata. The
lead between the headline and the content comes back in.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.timestamps import read_timestamp
from .blocks import Page, Span, TextBlock, class_hints
from .dating import find_date
from ..data.html_hints import (
    CAPTION_TEXT_RE,
    CHROME_TAGS,
    END_MARKER_RE,
    OUTER_CHROME_TAGS,
    PROMO_RE,
    READ_ALSO_RE,
)
from .parse import Element
from ..text.spans import best_stretch
from .score import LABEL_WEIGHT

#: Rule of blocks outside the main content that no chrome rule took.
OUTSIDE = "outside-main-content"
#: Rule of the blocks after a heading that ends the article ("Related", "Most read", "Comments").
AFTER = "after-article"
#: Such a heading ends the article when this share of its text stands above it.
END_SHARE = 0.6
#: ... and what stands below it weighs at most this share of what stands above: not a box mid-article.
END_TAIL_SHARE = 0.3
END_MARKER_CHARS = 60
#: When the container's end is trimmed, a short label weighs only this much: links and teasers go, data stays.
TRIM_LABEL_WEIGHT = -2.0
#: How many blocks above the content a lead paragraph may stand.
LEAD_BLOCK_REACH = 8
#: A lead below the headline went as outside the content, or with the article's own ``header``.
LEAD_RULES = frozenset((OUTSIDE, "header"))
#: A block in the article's own header is its lead, not a one-line deck, from this many words.
HEADER_LEAD_MIN_WORDS = 20
#: Elements that hold a picture's caption, not a lead, wherever they stand.
FIGURE_TAGS = frozenset(("figure", "figcaption", "caption"))
#: A block with a date this near its start is a line of page metadata, not a lead.
LEAD_DATE_CHARS = 60
#: A short block that is nearly all link points elsewhere: a breadcrumb, a related story.
LINK_LINE_MAX_CHARS = 150
LINK_LINE_SHARE = 0.7
#: Picture credits, "Read also" pointers and lines of page metadata are at most this long.
CAPTION_MAX_CHARS = 300
POINTER_MAX_CHARS = 100
PROMO_MAX_CHARS = 160
#: A "Read also" label points at one of the next few blocks.
POINTER_REACH = 5
META_LINE_MAX_CHARS = 120
#: A line of this many words that ends a sentence tells something: it is text, not a line of page metadata.
SENTENCE_MIN_WORDS = 12
SENTENCE_ENDS = (".", "!", "?", "…")


@dataclass(frozen=True)
class Decision:
    """Why a block was dropped: the rule and the element it took."""

    rule: str
    element: Element


def decide(page: Page, container: Span | None, chrome: list[Span | None]) -> list[Decision | None]:
    """For every block: None when it is kept, else the rule and element that dropped it."""
    decisions: list[Decision | None] = [None] * len(page.blocks)
    if container is None:
        for index, span in enumerate(chrome):
            if span is not None:
                decisions[index] = Decision(span.rule or "chrome", span.element)
        return decisions
    top = _outside_top(container)
    for index, block in enumerate(page.blocks):
        span = chrome[index]
        if container.first <= index < container.last:
            if span is not None and (span.tag not in OUTER_CHROME_TAGS or span.hidden):
                decisions[index] = Decision(span.rule or "chrome", span.element)
        elif span is not None:
            decisions[index] = Decision(span.rule or "chrome", span.element)
        else:
            decisions[index] = Decision(OUTSIDE, top(block.owner))
    return decisions


def _outside_top(container: Span):
    """A function from an element outside the container to its outermost ancestor outside it."""
    ancestors = set()
    node = container.element
    while node is not None:
        ancestors.add(node)
        node = node.getparent()
    memo: dict[Element, Element] = {}

    def top(element: Element) -> Element:
        chain = []
        node = element
        while node not in memo and node not in ancestors and node.getparent() not in ancestors:
            chain.append(node)
            node = node.getparent()
        found = memo.get(node, node)
        for link in chain:
            memo[link] = found
        memo[element] = found
        return found

    return top


def visible_only(chrome: list[Span | None]) -> list[Decision | None]:
    """The last resort when every block went as chrome: keep all that is not hidden."""
    return [Decision("hidden", span.element) if span is not None and span.hidden else None for span in chrome]


def prune(page: Page, container: Span, scored: list[float], decisions: list[Decision | None]) -> None:
    """Inside the main content: drop the article's end and tail, pointers, lines of links and picture credits."""
    cut_after_end(page, container, scored, decisions)
    trim(page, container, scored, decisions)
    for index in range(container.first, container.last):
        if decisions[index] is not None:
            continue
        block = page.blocks[index]
        if block.chars <= CAPTION_MAX_CHARS and CAPTION_TEXT_RE.match(block.text):
            decisions[index] = Decision("caption", block.owner)
        elif block.chars <= LINK_LINE_MAX_CHARS and block.link_chars > LINK_LINE_SHARE * block.chars:
            decisions[index] = Decision("links", block.owner)
        elif block.chars <= PROMO_MAX_CHARS and PROMO_RE.search(block.text):
            decisions[index] = Decision("subscribe", block.owner)
        elif block.chars <= POINTER_MAX_CHARS and READ_ALSO_RE.match(block.text):
            decisions[index] = Decision("related", block.owner)
            following = _next_kept(decisions, index, container.last)
            if following is not None and len(block.text.split()) <= 4 and _is_pointer(page, following):
                decisions[following] = Decision("related", page.blocks[following].owner)


def _next_kept(decisions: list[Decision | None], index: int, end: int) -> int | None:
    """The next kept block within a few blocks: the scan stays short whatever the page."""
    return next((i for i in range(index + 1, min(end, index + 1 + POINTER_REACH)) if decisions[i] is None), None)


def _is_pointer(page: Page, index: int) -> bool:
    """A heading or a link: what a "Read also" label points at."""
    block = page.blocks[index]
    return block.kind == "heading" or block.link_chars * 2 > block.chars


def cut_after_end(page: Page, container: Span, scored: list[float], decisions: list[Decision | None]) -> None:
    """Drop what follows a "Related", "Most read" or "Comments" heading once most of the text is above it."""
    total = sum(max(scored[i], 0.0) for i in range(container.first, container.last) if decisions[i] is None)
    above = 0.0
    for index in range(container.first, container.last):
        if decisions[index] is not None:
            continue
        block = page.blocks[index]
        below = total - above
        if (above >= END_SHARE * total and below <= END_TAIL_SHARE * above
                and block.chars <= END_MARKER_CHARS and END_MARKER_RE.match(block.text)):
            for rest in range(index, container.last):
                if decisions[rest] is None:
                    decisions[rest] = Decision(AFTER, block.owner)
            return
        above += max(scored[index], 0.0)


def trim(page: Page, container: Span, scored: list[float], decisions: list[Decision | None]) -> None:
    """Drop the container's blocks after its best stretch of text: teasers, tags, share lines.

    The blocks above the text stay: the title, byline and timestamp stages read them.
    """
    values = [0.0 if decision is not None else TRIM_LABEL_WEIGHT if weight == LABEL_WEIGHT else weight
              for weight, decision in zip(scored, decisions)]
    end = best_stretch(values, container.first, container.last, leading_zeros=True)[1]
    for index in range(end, container.last):
        if decisions[index] is None:
            decisions[index] = Decision(OUTSIDE, page.blocks[index].owner)


def take_lead(page: Page, container: Span, anchor: int, raw: list[float], decisions: list[Decision | None]) -> None:
    """Keep the lead between the headline and the content: a standfirst or intro paragraph of running text."""
    start = max(anchor + 1, container.first - LEAD_BLOCK_REACH) if anchor < container.first else container.first
    for index in range(start, container.first):
        decision = decisions[index]
        if decision is None or decision.rule not in LEAD_RULES:
            continue
        block = page.blocks[index]
        if (block.kind != "heading" and raw[index] >= block.chars and not find_date(block.text[:LEAD_DATE_CHARS])
                and (decision.rule == OUTSIDE or _header_lead(block, decision.element))):
            decisions[index] = None


def _header_lead(block: TextBlock, header: Element) -> bool:
    """A block of the article's header that is its lead: longer than a deck, and no caption or furniture."""
    return len(block.text.split()) >= HEADER_LEAD_MIN_WORDS and not _marked_below(block.owner, header)


def _marked_below(element: Element, top: Element) -> bool:
    """An element from ``element`` up to (not including) ``top`` is a figure or caption, or chrome by its class:
    a picture's caption or a line of page furniture in the article's header, not its lead."""
    node: Element | None = element
    while node is not None and node is not top:
        if node.tag in FIGURE_TAGS or node.tag in CHROME_TAGS:
            return True
        cls, ident = node.get("class"), node.get("id")
        if (cls or ident) and class_hints(cls, ident)[1]:
            return True
        node = node.getparent()
    return False


def drop_meta_lines(page: Page, container: Span, raw: list[float], decisions: list[Decision | None]) -> None:
    """Drop short lines with a date above the first paragraph or below the last: ``Friday | 14 June 2019 |
    By Jane Doe in Fashion | 0 comments``, and lines that are only a date below the first paragraph
    (``Friday, November 14, 2025``). Their date was read as the publication date's candidate."""
    kept = [i for i in range(container.first, container.last) if decisions[i] is None]
    prose = [i for i in kept if raw[i] >= page.blocks[i].chars]
    if not prose:
        return
    for index in kept:
        block = page.blocks[index]
        if block.chars > META_LINE_MAX_CHARS or _sentence(block.text):
            continue
        if read_timestamp(block.text):
            if index > prose[0]:  # above the first paragraph it is the header stage's, which tells
                decisions[index] = Decision("meta-line", block.owner)  # published from updated; it reads no lower
            continue
        if not prose[0] <= index <= prose[-1] and find_date(block.text):
            decisions[index] = Decision("meta-line", block.owner)


def _sentence(text: str) -> bool:
    """A sentence of some words, not a line of page metadata.

    >>> _sentence("The next meeting is on Wednesday 5 February 2020 at 7 pm in the Hurricane cafe.")
    True
    >>> _sentence("Posted: Thursday, April 21, 2022. 10:11 pm CST.")
    False
    """
    return text.rstrip().endswith(SENTENCE_ENDS) and len(text.split()) >= SENTENCE_MIN_WORDS
