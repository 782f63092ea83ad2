"""Main content: weigh every block, then choose the element whose blocks weigh most.

A block of prose (long, full of function words, punctuated) weighs its
length; a block of links or a short label weighs less than nothing, and
chrome weighs against its every character. The element that holds the most
weight is the article: it takes in every paragraph and leaves out menus and
sidebars. Two checks follow (:func:`main_content`): the page's heaviest
stretch of blocks, when clearly heavier, brings in the element that holds it
all; the page's named headline pulls the choice to the article it heads.
Sums over a span are differences of one prefix sum, so each choice is one
pass over the spans.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Callable

from ..data.chars import UNSPACED_SCRIPT_RE
from ..text.spans import best_stretch
from .blocks import Page, Span, TextBlock
from ..data.html_hints import ARTICLE_BODY_PROPS, ARTICLE_TAGS, POSITIVE_HINT_RE
from ..data.stopwords import STOPWORDS

#: A block with more of its characters in links than this is a block of links.
LINK_DENSITY_MAX = 0.6
#: A block of links weighs this much per character (negative).
LINK_WEIGHT = -0.6
#: A short label or fragment weighs this much, whatever its length.
LABEL_WEIGHT = -12.0
#: A table row or list item without links, too short for prose, weighs this much per character: data.
DATA_WEIGHT = 0.3
#: Share of function words above which words are running text.
PROSE_STOPWORDS = 0.12
#: Running text has at least this many words.
PROSE_BLOCK_MIN_WORDS = 12
#: Prose between two blocks that are not prose counts this much.
ISOLATED_BLOCK_SHARE = 0.4
#: Characters of chrome-marked blocks weigh this much each (negative).
CHROME_WEIGHT = -1.0
#: A container marked as the article (``article``, ``main``, ``itemprop=articleBody``) gets this factor.
ARTICLE_BONUS = 1.15
#: A container whose class or id says content gets this factor.
HINT_BONUS = 1.05
#: A marked element holding this share of the page's prose is no chrome but a wrapper of the article,
#: if that prose is long or the element holds a fair share of the page's blocks.
WRAPPER_SHARE = 0.5
WRAPPER_MIN_WEIGHT = 500.0
WRAPPER_BLOCK_SHARE = 0.2
#: Chrome that is always small: a "caption" holding paragraphs is the article, whatever its class says.
SMALL_RULES = frozenset(("caption",))
SMALL_MAX_BLOCKS = 2
SMALL_MAX_CHARS = 400
#: The article's container starts at most this many blocks below its headline.
HEADLINE_GAP = 40
#: The container at the headline is taken when it weighs this share of the heaviest one.
HEADLINE_SHARE = 0.25
#: The best stretch of text must weigh this many times the best element for its holder to be taken.
RUN_MARGIN = 1.25
#: Elements that hold one paragraph or list: the article's text, never its container (a layout table's cell may be).
TEXT_TAGS = frozenset("p ol ul dl li blockquote pre h1 h2 h3 h4 h5 h6 figure".split())
#: A paragraph chosen as the container gives way to the element around it when that weighs this share of it.
WIDEN_SHARE = 0.2
#: Below this weight no container is the main content.
MIN_CONTENT_WEIGHT = 50.0

_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"[.!?。！？…](?:[\"'”’»)\]]*)(?:\s|$)")


def prose_weight(text: str, chars: int) -> float:
    """How much a block of ``chars`` characters of non-link text weighs as running text.

    >>> prose_weight("The minister said on Monday that the plan would be dropped, and that talks would resume.", 90)
    90.0
    >>> prose_weight("Home News Sport Weather", 23)
    -12.0
    """
    words = _WORD_RE.findall(text)
    count = len(words)
    if count < 4 and not UNSPACED_SCRIPT_RE.search(text):
        return LABEL_WEIGHT
    cjk = len(UNSPACED_SCRIPT_RE.findall(text)) if not text.isascii() else 0
    if cjk > chars * 0.3:
        ends = len(_SENTENCE_END_RE.findall(text)) + text.count("，") + text.count("、")
        if cjk >= 25 and ends:
            return float(chars)
        return float(chars) * 0.3 if cjk >= 10 else LABEL_WEIGHT
    stops = sum(word.lower() in STOPWORDS for word in words)
    ratio = stops / count
    sentence = bool(_SENTENCE_END_RE.search(text)) or "," in text
    if count >= PROSE_BLOCK_MIN_WORDS and ratio >= PROSE_STOPWORDS:
        return float(chars)
    if count >= 6 and (ratio >= 0.2 or sentence):
        return chars * 0.5
    if count >= PROSE_BLOCK_MIN_WORDS:
        return chars * 0.2
    return LABEL_WEIGHT


def block_weight(block: TextBlock) -> float:
    """The weight of one block: prose counts, links and labels count against."""
    chars = block.chars
    if block.link_chars > LINK_DENSITY_MAX * chars:
        return LINK_WEIGHT * chars
    if block.kind == "heading":
        return 0.0
    weight = prose_weight(block.text, chars - block.link_chars)
    if block.kind in ("row", "item") and weight < 0 and not block.link_chars:
        return DATA_WEIGHT * chars
    return weight if weight <= 0 or not block.link_chars else weight * (1 - block.link_chars / chars)


def is_article_span(span: Span) -> bool:
    """``article``, ``main`` or an element whose itemprop says it holds the article body."""
    if span.tag in ARTICLE_TAGS:
        return True
    prop = span.element.get("itemprop")
    return bool(prop) and prop.lower() in ARTICLE_BODY_PROPS


def weights(page: Page) -> list[float]:
    """The weight of every block, before chrome is known."""
    return [block_weight(block) for block in page.blocks]


def in_context(values: list[float], blocks: list[TextBlock]) -> list[float]:
    """Weights with prose that stands alone between links and labels discounted.

    An article's paragraphs follow one another; a teaser's blurb stands between
    a linked headline and a date. Headings neither break nor make a run.
    """
    out = list(values)
    count = len(values)
    for index, weight in enumerate(values):
        if weight <= 0:
            continue
        before = index - 1
        while before >= 0 and blocks[before].kind == "heading" and values[before] == 0:
            before -= 1
        after = index + 1
        while after < count and blocks[after].kind == "heading" and values[after] == 0:
            after += 1
        if (before < 0 or values[before] <= 0) and (after >= count or values[after] <= 0):
            out[index] = weight * ISOLATED_BLOCK_SHARE
    return out


def with_chrome(values: list[float], blocks: list[TextBlock], chrome: list) -> list[float]:
    """Weights with chrome counted against the containers that hold it, character by character."""
    return [CHROME_WEIGHT * block.chars if span is not None else value
            for value, block, span in zip(values, blocks, chrome)]


def prefix(values: list[float]) -> list[float]:
    """Prefix sums: ``sums[j] - sums[i]`` is the sum of ``values[i:j]``."""
    return [0.0, *accumulate(values)]


def chrome_spans(page: Page, raw: list[float]) -> list[Span]:
    """Marked spans that really are chrome: not the page itself, nor a wrapper of most of its prose."""
    positive = prefix([max(w, 0.0) for w in raw])
    total = positive[-1] or 1.0
    blocks = len(page.blocks) or 1
    found = []
    covered = -1
    for span in page.spans:
        if span.rule is None or span.tag in ("html", "body") or span.last <= covered:
            continue
        if span.rule in SMALL_RULES and (span.last - span.first > SMALL_MAX_BLOCKS or
                                         sum(b.chars for b in page.blocks[span.first:span.last]) > SMALL_MAX_CHARS):
            continue
        held = positive[span.last] - positive[span.first]
        if held >= WRAPPER_SHARE * total and (
                held >= WRAPPER_MIN_WEIGHT or span.last - span.first >= WRAPPER_BLOCK_SHARE * blocks):
            continue
        found.append(span)
        covered = span.last
    return found


def chrome_of_blocks(page: Page, chrome: list[Span]) -> list[Span | None]:
    """For every block, the outermost chrome span that holds it, or None."""
    owner: list[Span | None] = [None] * len(page.blocks)
    for span in chrome:
        for index in range(span.first, span.last):
            if owner[index] is None:
                owner[index] = span
    return owner


def choose(page: Page, weights_: list[float], near: int | None = None) -> Span | None:
    """The span whose blocks weigh most, with a bonus for article markup and hints; None below the floor.

    With ``near`` (the block of the headline), only spans that hold it or start just below it count.
    """
    sums = prefix(weights_)
    best, best_score = None, MIN_CONTENT_WEIGHT
    for span in page.spans:
        if span.last <= span.first:
            continue
        if near is not None and not (span.first <= near < span.last or near < span.first <= near + HEADLINE_GAP):
            continue
        score = sums[span.last] - sums[span.first]
        if score <= 0:
            continue
        if is_article_span(span):
            score *= ARTICLE_BONUS
        elif span.hints and POSITIVE_HINT_RE.search(span.hints):
            score *= HINT_BONUS
        if score > best_score:
            best, best_score = span, score
    return best


def run_container(page: Page, weights_: list[float], start: int, end: int) -> Span | None:
    """The deepest element holding the stretch of blocks ``[start, end)``; None below the floor."""
    if end <= start or sum(weights_[start:end]) < MIN_CONTENT_WEIGHT:
        return None
    return _deepest(page, start, end)


def _deepest(page: Page, start: int, end: int, fits: Callable[[Span], bool] = lambda span: True) -> Span | None:
    """The deepest element that holds the blocks ``[start, end)`` and ``fits``; the first one at that depth."""
    best = None
    for span in page.spans:
        if span.first <= start and span.last >= end and fits(span) and (best is None or span.depth > best.depth):
            best = span
    return best


def widen(page: Page, weights_: list[float], span: Span | None) -> Span | None:
    """The element around a paragraph, list or table chosen as the container: a short post's one long
    paragraph outweighs its post once the post's short lines and chrome count against it."""
    if span is None or span.tag not in TEXT_TAGS:
        return span
    outer = _deepest(page, span.first, span.last, lambda other: other.depth < span.depth and other.tag not in TEXT_TAGS)
    if outer is not None and _score(outer, weights_) >= WIDEN_SHARE * _score(span, weights_):
        return outer
    return span


def main_content(page: Page, weights_: list[float], headline: int | None = None) -> Span | None:
    """The article's container (see :func:`choose_content`), widened from a paragraph to the element around it."""
    return widen(page, weights_, choose_content(page, weights_, headline))


def choose_content(page: Page, weights_: list[float], headline: int | None = None) -> Span | None:
    """The article's container: the element whose blocks weigh most, or, when the page's best stretch of
    text weighs clearly more, the deepest element holding that stretch (an article cut by a box of
    teasers or by adverts into parts that no single element below their common one holds).

    When the page names its headline and the heaviest element is elsewhere (a page that runs on into
    other articles), the heaviest element at the headline is taken if it weighs a fair share.
    """
    best = choose(page, weights_)
    if best is not None and headline is not None and not (
            best.first - HEADLINE_GAP <= headline < best.last):
        named = choose(page, weights_, near=headline)
        if named is not None and _score(named, weights_) >= HEADLINE_SHARE * _score(best, weights_):
            return named
    start, end = best_stretch(weights_, leading_zeros=True)
    wide = run_container(page, weights_, start, end)
    if best is None:
        return wide
    if (wide is not None and wide.first <= best.first and wide.last >= best.last
            and sum(weights_[start:end]) >= RUN_MARGIN * _score(best, weights_)):
        return wide
    return best


def _score(span: Span, weights_: list[float]) -> float:
    return sum(weights_[span.first:span.last])
