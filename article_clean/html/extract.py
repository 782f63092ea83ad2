"""An HTML page to the lines the text stages read, and a record of everything dropped.

The whole algorithm::

    parse -> metadata -> drop invisible elements -> walk into blocks
          -> weigh blocks -> mark chrome -> choose the main content
          -> decide every block: kept, or removed with a rule and a path -> lines

The page's visible text is laid out one block per line, with a blank line
between blocks. The text stages get the same layout with every dropped
block blanked, so line numbers mean the same in both, and every visible
block is either a kept line or a :class:`Removal` with its rule and path.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree

from ..model import Byline, Removal
from ..stages.normalize import normalize_text
from .authors import BYLINE_MAX_CHARS, byline_of, credited
from .blocks import Page, Span, TextBlock, walk
from .hints import INVISIBLE_TAGS, OUTER_CHROME_TAGS
from .dating import published
from .metadata import Metadata, head_metadata, url_date
from .parse import Element, parse
from .paths import css_path
from .score import CHROME_WEIGHT, LABEL_WEIGHT, best_run, chrome_of_blocks, chrome_spans, choose, in_context, weights
from .title import choose_title, fold

#: When the container's ends are trimmed, a short label weighs only this much: links and teasers go, data stays.
TRIM_LABEL_WEIGHT = -2.0
#: Rule of blocks outside the main content that no chrome rule took.
OUTSIDE = "outside-main-content"


@dataclass(frozen=True)
class Extraction:
    """What the HTML reader hands to the text stages."""

    page_lines: tuple[str, ...]  #: the visible text, one block per line, blank lines between
    text: str  #: the same lines with every dropped block blanked
    removed: tuple[Removal, ...]
    metadata: Metadata
    title: str | None
    byline: Byline | None
    published: str | None
    main_found: bool


@dataclass(frozen=True)
class Decision:
    """Why a block was dropped: the rule and the element it took."""

    rule: str
    element: Element


def _outside_top(container: Span, page: Page):
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


def decide(page: Page, container: Span | None, chrome: list[Span | None]) -> list[Decision | None]:
    """For every block: None when it is kept, else the rule and element that dropped it."""
    decisions: list[Decision | None] = [None] * len(page.blocks)
    if container is None:
        for index, span in enumerate(chrome):
            if span is not None:
                decisions[index] = Decision(span.rule or "chrome", span.element)
        return decisions
    top = _outside_top(container, page)
    for index, block in enumerate(page.blocks):
        span = chrome[index]
        inside = container.first <= index < container.last
        if inside:
            if span is not None and (span.tag not in OUTER_CHROME_TAGS or span.hidden):
                decisions[index] = Decision(span.rule or "chrome", span.element)
        elif span is not None:
            decisions[index] = Decision(span.rule or "chrome", span.element)
        else:
            decisions[index] = Decision(OUTSIDE, top(block.owner))
    return decisions


def visible_only(chrome: list[Span | None]) -> list[Decision | None]:
    """The last resort when every block went as chrome: keep all that is not hidden."""
    return [Decision("hidden", span.element) if span is not None and span.hidden else None for span in chrome]


def headline_anchor(page: Page, container: Span | None, shown: int | None, title: str | None) -> int:
    """The block the headline stands in, or the first block showing the title's text, or the content's top."""
    if shown is not None:
        return shown
    wanted = fold(title or "")
    end = container.last if container is not None else len(page.blocks)
    found = next((i for i in range(end) if wanted and fold(page.blocks[i].text) == wanted), None)
    if found is not None:
        return found
    return container.first if container is not None else 0


def trim(page: Page, container: Span, scored: list[float], decisions: list[Decision | None]) -> None:
    """Drop the container's blocks after its best stretch of text: teasers, tags, share lines.

    The blocks above the text stay: the title, byline and timestamp stages read them.
    """
    values = [0.0 if decision is not None else TRIM_LABEL_WEIGHT if weight == LABEL_WEIGHT else weight
              for weight, decision in zip(scored, decisions)]
    end = best_run(values, container.first, container.last)[1]
    for index in range(end, container.last):
        if decisions[index] is None:
            decisions[index] = Decision(OUTSIDE, page.blocks[index].owner)


def lay_out(blocks: list[TextBlock], decisions: list[Decision | None]) -> tuple[list[str], list[bool], list[int]]:
    """The page lines (one block per line, blank lines between), which are kept, and where each block starts."""
    lines: list[str] = []
    kept: list[bool] = []
    starts: list[int] = []
    for block, decision in zip(blocks, decisions):
        if lines:
            lines.append("")
            kept.append(False)
        starts.append(len(lines))
        for number, line in enumerate(block.lines):
            lines.append(block.marker + line if number == 0 else line)
            kept.append(decision is None)
    return lines, kept, starts


def removals(blocks: list[TextBlock], decisions: list[Decision | None], lines: list[str], starts: list[int]) -> list[Removal]:
    """One :class:`Removal` per run of blocks that one rule dropped from one element, or from a run of
    sibling elements (a list of teasers); its path is the first element's."""
    out: list[Removal] = []
    run: list[str] = []
    current: Decision | None = None
    for block, decision, start in zip(blocks, decisions, starts):
        if decision is not None and current is not None and _same_run(current, decision):
            run.extend(_block_lines(block, lines, start))
            continue
        if current is not None:
            out.append(Removal(None, "\n".join(run), current.rule, css_path(current.element)))
        current, run = decision, _block_lines(block, lines, start) if decision is not None else []
    if current is not None:
        out.append(Removal(None, "\n".join(run), current.rule, css_path(current.element)))
    return out


def _same_run(current: Decision, decision: Decision) -> bool:
    """Blocks dropped by one rule from one element, or from siblings."""
    if current.rule != decision.rule:
        return False
    return current.element is decision.element or current.element.getparent() is decision.element.getparent()


def _block_lines(block: TextBlock, lines: list[str], start: int) -> list[str]:
    """A block's page lines, without the marker that shows its kind."""
    found = lines[start:start + len(block.lines)]
    if found and block.marker and found[0].startswith(block.marker):
        found[0] = found[0][len(block.marker):]
    return found


def extract(text: str, source: str = "-", fix_mojibake: bool = True) -> Extraction:
    """Read one decoded HTML page."""
    root = parse(text, source)
    metadata = head_metadata(root)
    lxml.etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
    page = walk(root, source)
    raw = weights(page)
    chrome_list = chrome_spans(page, raw)
    chrome = chrome_of_blocks(page, chrome_list)
    scored = in_context([CHROME_WEIGHT * block.chars if span is not None else weight
                         for block, weight, span in zip(page.blocks, raw, chrome)], page.blocks)
    container = choose(page, scored)
    decisions = decide(page, container, chrome)
    if container is not None:
        trim(page, container, scored, decisions)
    if all(decisions):
        container, decisions = None, visible_only(chrome)
    title, shown = choose_title(metadata, page, container, decisions)
    if shown is not None:
        decisions[shown] = Decision("title", page.blocks[shown].owner)
    anchor = headline_anchor(page, container, shown, title)
    when = published(page, anchor, decisions, metadata.published, metadata.language) or url_date(metadata.url)
    lines, kept, starts = lay_out(page.blocks, decisions)
    normalized = normalize_text("\n".join(lines), fix_mojibake).split("\n") if lines else []
    doc_text = "\n".join(line if keep else "" for line, keep in zip(normalized, kept))
    credit = credited(page, anchor, decisions, metadata.site_names)
    byline = byline_of(metadata.authors) or (credit and credit[0]) or byline_of(metadata.meta_authors)
    if credit and credit[1] < len(decisions) and decisions[credit[1]] is None and page.blocks[credit[1]].chars <= BYLINE_MAX_CHARS:
        decisions[credit[1]] = Decision("byline", page.blocks[credit[1]].owner)
    return Extraction(
        page_lines=tuple(normalized),
        text=doc_text,
        removed=tuple(removals(page.blocks, decisions, normalized, starts)),
        metadata=metadata,
        title=title,
        byline=byline,
        published=when,
        main_found=container is not None,
    )
