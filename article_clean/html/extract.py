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

from ..model import Byline, Image, Link, Removal
from ..text.normalizing import normalize_text
from .authors import BYLINE_MAX_CHARS, byline_of, closing_credit, credited
from .blocks import Page, Span, TextBlock, class_hints, walk
from .dating import published
from ..data.html_hints import INVISIBLE_TAGS
from .metadata import Metadata, domain, head_metadata, url_date
from .parse import parse, text_of
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
    #: With links or images asked for: ``(page line, links, images)`` of each kept block that has some.
    media: tuple[tuple[int, tuple[Link, ...], tuple[Image, ...]], ...] = ()


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


#: The tag an ``img`` is renamed to with ``images``, so that it outlives the stripping of invisible elements.
IMAGE_MARK = "article-clean-image"
#: Link targets that lead nowhere from a saved article.
_NOWHERE = ("#", "javascript:", "mailto:")


def block_links(block: TextBlock, base: str | None) -> tuple[Link, ...]:
    """The links whose text stands in ``block``, their targets made absolute against ``base``.

    >>> from article_clean.html.parse import parse
    >>> p = parse('<p>See <a href="/x">the report</a> and <a href="#top">top</a>.</p>', "-").find(".//p")
    >>> block_links(TextBlock(p, "paragraph", ["See the report and top."], 23, 0), "https://e.com/a/b")
    (Link(text='the report', url='https://e.com/x'),)
    """
    found = []
    for anchor in block.owner.iter("a"):
        href, words = (anchor.get("href") or "").strip(), text_of(anchor)
        if href and words and not href.startswith(_NOWHERE) and words in block.text:
            found.append(Link(words, urljoin(base or "", href)))
    return tuple(found)


def content_images(scope, owners: dict[int, int], base: str | None) -> dict[int, list[Image]]:
    """The images of ``scope`` outside chrome, by the kept block (of ``owners``: element id to block)
    that follows each; those after the last one go with it."""
    out: dict[int, list[Image]] = {}
    pending: list[Image] = []
    last = None
    for element in scope.iter():
        if id(element) in owners:
            last = owners[id(element)]
            if pending:
                out.setdefault(last, []).extend(pending)
                pending = []
        elif element.tag == IMAGE_MARK and (element.get("src") or "").strip() and not _in_chrome(element, scope):
            pending.append(Image(urljoin(base or "", element.get("src").strip()), " ".join((element.get("alt") or "").split())))
    if pending and last is not None:
        out.setdefault(last, []).extend(pending)
    return out


def _in_chrome(element, scope) -> bool:
    """An element inside ``scope`` that an element around it marks as chrome (an ad, a share bar)."""
    while element is not None and element is not scope:
        if class_hints(element.get("class"), element.get("id"))[1]:
            return True
        element = element.getparent()
    return False


def media(page: Page, container: Span | None, decisions: list[Decision | None], starts: list[int],
          base: str | None, links: bool, images: bool) -> tuple:
    """``(page line, links, images)`` of each kept block with some, as :attr:`Extraction.media` holds them."""
    kept = [index for index, decision in enumerate(decisions) if decision is None]
    owners: dict[int, int] = {}
    for index in kept:
        owners.setdefault(id(page.blocks[index].owner), index)
    pictures = content_images(container.element, owners, base) if images and container is not None else {}
    out = []
    for index in kept:
        found = block_links(page.blocks[index], base) if links else ()
        if found or pictures.get(index):
            out.append((starts[index] + 1, found, tuple(pictures.get(index, ()))))
    return tuple(out)


def extract(text: str, source: str = "-", fix_mojibake: bool = True, url: str | None = None,
            links: bool = False, images: bool = False) -> Extraction:
    """Read one decoded HTML page, saved from ``url`` when that is given; with ``links`` or
    ``images``, also the kept blocks' links and the content's images."""
    root = parse(text, source)
    metadata = at_url(head_metadata(root), url)
    if images:
        for image in root.iter("img"):
            image.tag = IMAGE_MARK
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
        media=media(page, container, decisions, starts, metadata.url, links, images) if links or images else (),
    )
