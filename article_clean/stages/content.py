"""content: find the article's span in a page dump, and drop the site chrome around it.

A text dump of a web page is mostly chrome: menus, link lists, footers and
sidebars, with the article somewhere in the middle. The page is cut into
pieces (paragraphs re-joined across their wraps, list items, lone lines), each
is told for what it is (:mod:`article_clean.pieces`) and weighed: running text
for the article, more when running text stands beside it; chrome, labels and
lines taken as boilerplate against it, and a gap the more the longer it runs;
a heading of related links heavily against it. The article is the stretch with
the highest total, ending above the comment section or a cookie dialog; an
earlier stretch nearly as good is the story a scrolling page opened on, and
stretches nearly as good that nothing parts from it join it. Running text at
its ends in which the site speaks to its reader (a newsletter form, a licence)
is trimmed. A lead paragraph just above it joins it; lines above it that can be
its title, a byline or a timestamp stay for the later stages. Every other line
outside it is removed with rule ``outside-article`` (``comments`` below the
opening of a comment section down to its last comment, ``consent-dialog``
below the opening of a cookie dialog), and chrome inside it with
``page-chrome``, with the short lines that stand next to chrome, so nothing is
lost.

A document with little chrome is an article already, and is left alone; so
is an HTML page, whose main content was found from its markup.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..doc import Doc
from ..model import Line, Removal
from ..data.chrome import AFTER_ARTICLE_RE, COMMENT_SECTION_RE
from ..data.chars import BULLETS
from ..text.pieces import (
    AFTER,
    CHROME,
    COMMENTS,
    CONSENT,
    LABEL,
    NEUTRAL,
    PROSE,
    REPEATED,
    OUTSIDE,
    SENTENCE,
    cut_rules,
    introduces,
    is_bullet,
    kind_of,
    site_speaks,
)
from ..text.spans import best_within, earliest_span, total_of
from ..text.shapes import blanked, display_width, is_headline, walk_above, words
from ..text.boilerplate import line_core
from ..text.bylines import read_byline
from ..text.timestamps import read_timestamp

#: With fewer chrome elements than this a document is taken as an article already.
MIN_CHROME = 5
#: What a chrome element costs, on top of its words.
CHROME_COST = 6.0
#: What a heading of related links or of more from the site costs: the article ends above it.
AFTER_COST = 50.0
#: What running text with no running text beside it counts: a teaser, a comment, a blurb.
ISOLATED_PIECE_SHARE = 0.5
#: How much more running text counts for each neighbour that is running text too.
CONTINUITY = 1.0
#: How much more each further element of a gap between running texts costs.
GAP_GROWTH = 0.15
#: What an element that is neither running text nor chrome costs, and what each of its words adds.
NEUTRAL_COST = 1.0
NEUTRAL_WORD_COST = 0.5
#: What each word of a short sentence counts: said rather than named, but too short to place an article.
SENTENCE_VALUE = 0.5
#: Without long lines, a dump is taken as wrapped at this width.
DEFAULT_WIDTH = 80
#: A line ends this close to the wrap width when the next word did not fit.
WRAP_SLACK = 2
#: A lead paragraph stands at most this many pieces above the body, with at most this many chrome pieces between.
LEAD_PIECE_REACH = 9
LEAD_CHROME = 3
#: A title, byline or timestamp stands at most this many non-blank lines above the article.
HEAD_REACH = 8

#: With fewer words of running text than this in the best stretch, the article is not placed.
MIN_ARTICLE_TEXT = 60
#: A comment section does not open with this many paragraphs of running text in a row.
COMMENTS_LOOKAHEAD = 2
#: Text above the comment section (or a cookie dialog) that makes it the article's end, in words.
MIN_ARTICLE_WORDS = 30

#: First characters of lines that may be chrome: bullets and rules.
HINT_STARTS = frozenset(BULLETS + "━─_=[")

#: Another stretch with at least this share of the article's total is part of it when nothing between
#: them ends an article: an introduction above a table of contents or a product table.
MERGE_SHARE = 0.5
#: A stretch above the article with at least this total joins it whatever the article's length: a few
#: paragraphs side by side (three of some twenty-five words) are an introduction, not a teaser.
MERGE_TOTAL = 150.0

#: Kinds that only site chrome has: a document with few of them is an article already.
PAGE_KINDS = frozenset({CHROME, COMMENTS, AFTER, CONSENT})


class Element(NamedTuple):
    """A run of lines that read as one piece: a paragraph, a list item, a lone line."""

    first: int  #: index of its first line
    last: int  #: index of its last line
    kind: str
    weight: float  #: its share of the score: positive for text, negative for chrome
    opens: bool = True  #: it follows a blank line: the first piece of a block of the page


def _weight(kind: str, text: str) -> float:
    count = words(text)
    if kind == PROSE:
        return float(max(count, (display_width(text) - len(text)) // 2))
    if kind == SENTENCE:
        return SENTENCE_VALUE * count
    if kind == AFTER:
        return -AFTER_COST
    if kind == REPEATED:
        return -CHROME_COST
    if kind == CHROME or kind == COMMENTS or kind == LABEL or kind == CONSENT:
        return -(CHROME_COST + count)
    return -(NEUTRAL_COST + NEUTRAL_WORD_COST * count)


def dump_width(lines: tuple[Line, ...]) -> int:
    """The column at which the dump was wrapped: the most common end of a long line.

    Wrapped lines pile up just below the width; a few lines run past it (a long
    address, a table row) and many stop short of it, each at its own column.

    >>> dump_width(tuple(Line(1, "a" * n) for n in (78, 79, 75, 12, 79, 77, 140)))
    79
    """
    ends = Counter(w for w in (line.indent + display_width(line.text) for line in lines if len(line.text) > 30) if w >= 40)
    return max(ends, key=lambda end: (ends[end], end)) if ends else DEFAULT_WIDTH


def _joins(previous: Line, line: Line, width: int) -> bool:
    """Does ``line`` continue the element that ``previous`` ends: a wrap, or a list item's next line?"""
    if is_bullet(line.text):
        return False
    if line.indent > previous.indent and is_bullet(previous.text):
        return True
    end = previous.indent + display_width(previous.text)
    return end + 1 + display_width(line.text.split(" ", 1)[0]) > width - WRAP_SLACK


def _pieces(lines: tuple[Line, ...]) -> list[tuple[int, int, str]]:
    """``(first, last, text)`` of each run of lines that reads as one piece."""
    width = dump_width(lines)
    found = []
    start = None
    for index, line in enumerate(lines + (Line(0, ""),)):
        if start is not None and (not line.text or not _joins(lines[index - 1], line, width)):
            found.append((start, index - 1, " ".join(lines[i].text for i in range(start, index))))
            start = None
        if line.text and start is None:
            start = index
    return found


def _removed_element(index: int, text: str) -> Element:
    """A line that boilerplate took, as an element: chrome, or the heading of comments or related links."""
    if COMMENT_SECTION_RE.match(text):
        return Element(index, index, COMMENTS, -CHROME_COST)
    if AFTER_ARTICLE_RE.match(line_core(text)):
        return Element(index, index, AFTER, -AFTER_COST)
    return Element(index, index, CHROME, -CHROME_COST)


def elements(lines: tuple[Line, ...], removed: dict[int, str]) -> list[Element]:
    """The elements of a page, in order; a line taken as boilerplate is an element of its own.

    A piece that stands more than once on the page (a teaser, a picture's
    caption and its alt text, a menu repeated in the footer) is chrome.
    """
    pieces = _pieces(lines)
    seen = Counter(text for _, _, text in pieces)
    found = [_removed_element(index, text) for index, line in enumerate(lines)
             if not line.text and (text := removed.get(line.number)) is not None]
    for first, last, text in pieces:
        kind = kind_of(text, is_bullet(lines[first].text))
        if seen[text] > 1 and kind in (NEUTRAL, PROSE, SENTENCE):
            kind = REPEATED
        found.append(Element(first, last, kind, _weight(kind, text), first == 0 or not lines[first - 1].text))
    return sorted(found)


def _beside_text(found: list[Element], index: int, step: int) -> bool:
    """Is there running text next to this element, perhaps across one short line (a crosshead, a link)?"""
    for distance in (1, 2):
        other = index + step * distance
        if not 0 <= other < len(found):
            return False
        if found[other].kind == PROSE:
            return True
        if found[other].kind not in (NEUTRAL, LABEL, REPEATED, SENTENCE):
            return False
    return False


def weights(found: list[Element]) -> list[float]:
    """Each element's weight: running text counts more beside running text, and a gap costs more the longer it is.

    An article's paragraphs follow one another, with a picture or a crosshead
    between them now and then; teasers, comments and sidebar blurbs stand alone
    between runs of headlines, pictures and links.
    """
    out = []
    gap = 0
    for index, element in enumerate(found):
        weight = element.weight
        if element.kind == PROSE:
            gap = 0
            neighbours = _beside_text(found, index, -1) + _beside_text(found, index, 1)
            weight *= 1 + CONTINUITY * neighbours if neighbours else ISOLATED_PIECE_SHARE
        else:
            gap += element.opens
            weight *= 1 + GAP_GROWTH * max(gap - 1, 0)
        out.append(weight)
    return out


#: What stands between two stretches of one article: nothing that ends an article above the lower one,
#: and no chrome either below the article (there, a menu between two stories parts them).
BARRIERS_ABOVE = frozenset({AFTER, COMMENTS, CONSENT})
BARRIERS_BELOW = BARRIERS_ABOVE | {CHROME}


def merged(found: list[Element], weighed: list[float], first: int, last: int) -> tuple[int, int]:
    """The span joined with the stretches above and below it that are nearly as good and not cut off;
    above it, a stretch of a few paragraphs is good enough however long the article is."""
    while first > 0:
        above, end, total = best_within(weighed, 0, first)
        enough = min(MERGE_SHARE * total_of(weighed, first, last), MERGE_TOTAL)
        if end < above or total < enough or any(element.kind in BARRIERS_ABOVE for element in found[end + 1:first]):
            break
        first = above
    while last + 1 < len(weighed):
        start, below, total = best_within(weighed, last + 1, len(weighed))
        if (below < start or total < MERGE_SHARE * total_of(weighed, first, last)
                or any(element.kind in BARRIERS_BELOW for element in found[last + 1:start])):
            break
        last = below
    return first, last


def trimmed(lines: tuple[Line, ...], found: list[Element], first: int, last: int) -> tuple[int, int]:
    """The span less the running text at its ends in which the site speaks to its reader: a newsletter
    form, a licence, an advertising disclosure, a note about the author."""
    while first < last and found[last].kind == PROSE and site_speaks(_text(lines, found[last])):
        last -= 1
    while first < last and found[first].kind == PROSE and site_speaks(_text(lines, found[first])):
        first += 1
    return first, last


#: Kinds that only the site prints: a line that is neither running text nor chrome goes with them when it
#: stands next to one (a date above the share buttons, a headline in a list of links, a rating prompt).
SITE_KINDS = PAGE_KINDS | {LABEL}


def beside_chrome(found: list[Element], index: int) -> bool:
    """Does the element stand next to chrome, a label, or the heading of comments or related links?

    Inside an article a crosshead or a short line stands between paragraphs;
    one beside a menu, a credit or a button belongs to the page around it.

    >>> found = [Element(0, 0, PROSE, 20.0), Element(2, 2, NEUTRAL, -2.0), Element(4, 4, CHROME, -6.0)]
    >>> beside_chrome(found, 1), beside_chrome(found[:2], 1)
    (True, False)
    """
    return any(0 <= other < len(found) and found[other].kind in SITE_KINDS for other in (index - 1, index + 1))


def comments_start(found: list[Element]) -> int:
    """Index of the element that opens the comment section or a cookie dialog, once enough text stands above it.

    A comments link among the share buttons under a headline is no comment
    section: there the article's paragraphs follow straight after it.
    """
    text = 0.0
    for index, element in enumerate(found):
        if element.kind == CONSENT and text >= MIN_ARTICLE_WORDS:
            return index
        if element.kind == COMMENTS and text >= MIN_ARTICLE_WORDS:
            following = found[index + 1:index + 1 + COMMENTS_LOOKAHEAD]
            if sum(other.kind == PROSE for other in following) < COMMENTS_LOOKAHEAD:
                return index
        text += max(element.weight, 0.0)
    return len(found)


def lead(found: list[Element], first: int) -> int:
    """The span's start moved up to a lead paragraph standing just above it, across a few pictures,
    credits and share buttons, but not across a menu or a heading of related links."""
    chrome = 0
    for index in range(first - 1, max(first - LEAD_PIECE_REACH, 0) - 1, -1):
        kind = found[index].kind
        if kind == PROSE:
            return index
        if kind in (AFTER, COMMENTS):
            break
        chrome += kind == CHROME
        if chrome > LEAD_CHROME:
            break
    return first


def head(lines: tuple[Line, ...], start: int) -> set[int]:
    """Indexes of the lines above the article to keep for the later stages: its title, and the
    bylines and timestamps around the title."""
    keep: set[int] = set()
    title = False
    for index in walk_above(lines, start, HEAD_REACH):
        text = lines[index].text
        if read_byline(text) is not None or read_timestamp(text) is not None:
            keep.add(index)
        elif not title and is_headline(text):
            keep.add(index)
            title = True
    return keep


def introduction(lines: tuple[Line, ...], found: list[Element], index: int) -> bool:
    """A sentence ending in a colon just above running text: it introduces a quotation or a list."""
    return index + 1 < len(found) and found[index + 1].kind == PROSE and introduces(_text(lines, found[index]))


def _text(lines: tuple[Line, ...], element: Element) -> str:
    return " ".join(lines[index].text for index in range(element.first, element.last + 1))


def _rules(lines: tuple[Line, ...], found: list[Element]) -> dict[int, str]:
    """The removal rule for each line index that goes: outside the article, chrome inside it, comments
    or a cookie dialog below it."""
    end = comments_start(found)
    weighed = weights(found[:end])
    first, last = earliest_span(weighed)
    first, last = merged(found, weighed, first, last)
    rules: dict[int, str] = {}
    if last < first:
        return rules
    first, last = trimmed(lines, found, first, last)
    if sum(element.weight for element in found[first:last + 1] if element.kind == PROSE) < MIN_ARTICLE_TEXT:
        first, last = 0, end - 1  # too little running text to place the article: keep all but the chrome
    first = lead(found, first)
    copies: set[str] = set()
    below = cut_rules([element.kind for element in found[end:]])
    for position, element in enumerate(found):
        if position < first or position > last:
            rule = below[position - end] if position >= end else OUTSIDE
        elif element.kind == REPEATED and (text := _text(lines, element)) not in copies:
            copies.add(text)  # the first copy in the article stays
            continue
        elif element.kind not in (PROSE, NEUTRAL, SENTENCE):
            rule = "page-chrome"
        elif element.kind == NEUTRAL and beside_chrome(found, position) and not introduction(lines, found, position):
            rule = "page-chrome"  # a date by the share buttons, a headline in a list of links
        else:
            continue
        rules.update(dict.fromkeys(range(element.first, element.last + 1), rule))
    for index in head(lines, found[first].first):
        del rules[index]
    return rules


def chrome_hint(doc: Doc) -> int:
    """A cheap first count of chrome: lines taken as boilerplate, bullets, rules, links strung with bars."""
    return len(doc.removed) + sum(1 for _, text, _, _ in doc.lines if text and (text[0] in HINT_STARTS or " | " in text))


def run(doc: Doc) -> Doc:
    """Keep the article's span of a page dump; remove the chrome around it and the comments after it."""
    if doc.page_lines:
        return doc  # an HTML page: its main content was found from its markup
    if chrome_hint(doc) < MIN_CHROME:
        return doc
    removed = {removal.line: removal.text for removal in doc.removed if removal.line is not None}
    found = elements(doc.lines, removed)
    if sum(element.kind in PAGE_KINDS for element in found) < MIN_CHROME:
        return doc
    rules = _rules(doc.lines, found)
    lines = list(doc.lines)
    removals = []
    for index, rule in sorted(rules.items()):
        line = lines[index]
        if line.text:
            removals.append(Removal(line.number, line.text, rule))
            lines[index] = blanked(line)
    if not removals:
        return doc
    return doc.evolve(lines=tuple(lines), removed=doc.removed + tuple(removals))
