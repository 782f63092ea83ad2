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

from dataclasses import dataclass, replace
from urllib.parse import urljoin

import lxml.etree

from ..model import Byline, Removal
from ..text.normalizing import normalize_text
from .authors import BYLINE_MAX_CHARS, byline_of, closing_credit, credited
from .blocks import Page, Span, TextBlock, walk
from .dating import published
from ..data.html_hints import INVISIBLE_TAGS
from .metadata import Metadata, domain, head_metadata, url_date
from .parse import parse
from .paths import css_path
from .prune import Decision, decide, drop_meta_lines, prune, take_lead, visible_only
from .score import chrome_of_blocks, chrome_spans, in_context, main_content, weights, with_chrome
from .title import choose_title, fold, named_headline


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


def printed(page: Page, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names that the page's visible text prints: one that only the metadata knows is often the
    account that posted the page, not the author its readers see."""
    if not names:
        return ()
    shown = " ".join(block.text for block in page.blocks).casefold()
    return tuple(name for name in names if name.casefold() in shown)


def last_kept(container: Span | None, decisions: list[Decision | None]) -> int | None:
    """The last block of the main content that is kept: the article's last paragraph."""
    if container is None:
        return None
    return next((i for i in range(container.last - 1, container.first - 1, -1) if decisions[i] is None), None)


def take_byline(page: Page, anchor: int, decisions: list[Decision | None], metadata: Metadata,
                last: int | None = None) -> Byline | None:
    """The byline from JSON-LD when the page prints its names, else the one printed by the headline or
    below the article's last paragraph ``last`` (whose block then goes as ``byline``), else from meta names."""
    credit = credited(page, anchor, decisions, metadata.site_names)
    if credit is None and last is not None:
        credit = closing_credit(page, last, decisions, metadata.site_names)
    if credit is not None:
        index = credit[1]
        if index < len(decisions) and decisions[index] is None and page.blocks[index].chars <= BYLINE_MAX_CHARS:
            decisions[index] = Decision("byline", page.blocks[index].owner)
    return byline_of(printed(page, metadata.authors)) or (credit and credit[0]) or byline_of(metadata.meta_authors)


def normalized_lines(lines: list[str], fix_mojibake: bool) -> list[str]:
    """The lines normalized as the text stages normalize text, one for one."""
    if not lines:
        return []
    normalized = normalize_text("\n".join(lines), fix_mojibake).split("\n")
    if len(normalized) == len(lines):
        return normalized
    return [" ".join(normalize_text(line, fix_mojibake).split()) for line in lines]


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
    """A block's page lines, without the marker that shows its kind; a list number is kept, as text."""
    found = lines[start:start + len(block.lines)]
    if found and block.marker and not block.marker[0].isdigit() and found[0].startswith(block.marker):
        found[0] = found[0][len(block.marker):]
    return found


def at_url(metadata: Metadata, url: str | None) -> Metadata:
    """The metadata of a page saved from ``url``: its own address made absolute against it, else ``url``.

    >>> at_url(Metadata(url="/news/2021/10/15/x"), "https://example.com/saved").url
    'https://example.com/news/2021/10/15/x'
    >>> at_url(Metadata(), "https://www.example.com/a").site_names
    ('example.com',)
    """
    if not url:
        return metadata
    address = urljoin(url, metadata.url) if metadata.url else url
    names = metadata.site_names if domain(address) in metadata.site_names else metadata.site_names + (domain(address),)
    return replace(metadata, url=address, site_names=tuple(name for name in names if name))


def extract(text: str, source: str = "-", fix_mojibake: bool = True, url: str | None = None) -> Extraction:
    """Read one decoded HTML page, saved from ``url`` when that is given."""
    root = parse(text, source)
    metadata = at_url(head_metadata(root), url)
    lxml.etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
    page = walk(root, source)
    raw = weights(page)
    chrome = chrome_of_blocks(page, chrome_spans(page, raw))
    scored = in_context(with_chrome(raw, page.blocks, chrome), page.blocks)
    container = main_content(page, scored, named_headline(page, metadata))
    decisions = decide(page, container, chrome)
    if container is not None:
        prune(page, container, scored, decisions)
    if all(decisions):
        container, decisions = None, visible_only(chrome)
    title, shown = choose_title(metadata, page, container, decisions)
    if shown is not None:
        decisions[shown] = Decision("title", page.blocks[shown].owner)
    anchor = headline_anchor(page, container, shown, title)
    if container is not None:
        take_lead(page, container, anchor, raw, decisions)
    when = (published(page, anchor, decisions, metadata.published, metadata.language) or url_date(metadata.url)
            or metadata.scripted)
    byline = take_byline(page, anchor, decisions, metadata, last_kept(container, decisions))
    if container is not None:
        drop_meta_lines(page, container, raw, decisions)
    lines, kept, starts = lay_out(page.blocks, decisions)
    normalized = normalized_lines(lines, fix_mojibake)
    return Extraction(
        page_lines=tuple(normalized),
        text="\n".join(line if keep else "" for line, keep in zip(normalized, kept)),
        removed=tuple(removals(page.blocks, decisions, normalized, starts)),
        metadata=metadata,
        title=title,
        byline=byline,
        published=when,
        main_found=container is not None,
    )
