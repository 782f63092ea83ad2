"""The title: the page's visible headline, found and trimmed with the help of its metadata.

Readers, and the people who label pages, take the headline they see. The
metadata (JSON-LD ``headline``, ``og:title``, ``<title>``) often carries the
site's name, an SEO variant or nothing useful, but it tells which heading is
the headline, and what part of it is a kicker. So: a heading near the top of
the main content that the metadata names; else the nearest ``h1``; else the
metadata's own title; else the first heading of the content; else
``<title>`` without the site's name.
"""

from __future__ import annotations

import re

from ..text.boilerplate import line_rule
from .blocks import Page, Span
from .metadata import Metadata, clean_space

#: Separators between a headline and the site's name in ``<title>`` and ``og:title``.
_SUFFIX_RE = re.compile(r"\s+(?:\||-|–|—|::|»|·|•|/)\s+|\s*[|·•]\s*")
#: A heading this many blocks before the main content, or after its start, can be its headline;
#: one that the metadata names, this many blocks before it.
HEADLINE_REACH = 12
NAMED_REACH = 40
#: Decisions that do not make a heading chrome: it merely stands outside the content.
_NOT_CHROME = frozenset(("outside-main-content", "header"))
#: A kicker is cut only when what remains has at least this many characters.
MIN_TITLE_CHARS = 10
_FOLD_RE = re.compile(r"\W+")
#: Punctuation that joins a kicker to the headline in the reading.
_KICKER_MARKS = ":-–—|"
_GAP_RE = re.compile(r"\s+")
#: Separators that set a site's name apart, and never join two halves of a headline.
_STRONG_SEPARATOR_RE = re.compile(r"\s(?:\||»|::)\s")


def fold(text: str) -> str:
    """Lower-cased word characters, for comparing titles.

    >>> fold("Floods cut off  villages – BBC News")
    'floods cut off villages bbc news'
    """
    return _FOLD_RE.sub(" ", text.lower()).strip()


def same_title(heading: str, title: str) -> bool:
    """True when a heading is the title, perhaps without the site name the title carries.

    >>> same_title("Floods cut off villages", "Floods cut off villages | Daily Star")
    True
    >>> same_title("Most read", "Floods cut off villages")
    False
    """
    a, b = fold(heading), fold(title)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= 0.4 * len(longer) and len(shorter) >= MIN_TITLE_CHARS and shorter in longer


def without_kicker(heading: str, titles: list[str]) -> str:
    """The heading without a kicker that the metadata's title leaves out.

    A kicker set apart by punctuation (``Firefox – Weniger Werbung``) is part
    of the headline as it reads; one that only markup set apart is not.

    >>> without_kicker("Interne Unterlagen im Netz Daten von Rheinmetall gehackt", ["Daten von Rheinmetall gehackt"])
    'Daten von Rheinmetall gehackt'
    >>> without_kicker("Nutzerbasierte Abrechnung: Musik-Stars fordern mehr", ["Musik-Stars fordern mehr"])
    'Nutzerbasierte Abrechnung: Musik-Stars fordern mehr'
    """
    heading = clean_space(heading)
    folded = fold(heading)
    for title in titles:
        core = fold(title)
        if len(core) < MIN_TITLE_CHARS or core == folded or not folded.endswith(" " + core):
            continue
        for gap in _GAP_RE.finditer(heading):
            if fold(heading[gap.end():]) == core:
                if heading[:gap.start()].rstrip()[-1:] not in _KICKER_MARKS:
                    return clean_space(title)
                break
    return heading


def strip_site(title: str, site_names: tuple[str, ...]) -> str:
    """``<title>`` without the part that names the site: its name, its domain, or
    the shorter parts that ``|``, ``»`` or ``::`` set apart.

    >>> strip_site("Floods cut off villages | The Daily Star", ("The Daily Star",))
    'Floods cut off villages'
    >>> strip_site("Leasing oder Finanzierung – was lohnt sich mehr?", ("finanzcheck.de",))
    'Leasing oder Finanzierung – was lohnt sich mehr?'
    >>> strip_site("Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos", ())
    'Weitere Digitalisierung der Kinos'
    """
    parts = [part for part in _SUFFIX_RE.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    sites = [fold(site) for site in site_names if site and fold(site)]
    kept = [part for part in parts if not any(_names_site(fold(part), site) for site in sites)]
    if kept and len(kept) < len(parts):
        return clean_space(" - ".join(kept))
    if _STRONG_SEPARATOR_RE.search(title):
        longest = max(parts, key=len)
        if len(longest.split()) >= 3:
            return clean_space(longest)
    return title


def _names_site(part: str, site: str) -> bool:
    """Is this part of a title the site's name, with a word or two more at most?"""
    return part == site or (site in part and len(part) <= len(site) + 8) or (part in site and len(part) >= 4)


def offered_titles(metadata: Metadata) -> list[str]:
    """Every title the metadata offers, strongest first, then the ``<title>`` element's."""
    return [*metadata.titles, *([metadata.page_title] if metadata.page_title else [])]


def headings_near(page: Page, container: Span | None, decisions: list, reach: int = HEADLINE_REACH) -> list[int]:
    """Indexes of the heading blocks just before the main content and at its top, in page order.

    Headings in chrome, headings that are links, and navigation labels are left out.
    """
    if container is None:
        start, end = 0, min(len(page.blocks), 2 * reach)
    else:
        start, end = max(0, container.first - reach), min(container.last, container.first + HEADLINE_REACH)
    found = []
    for index in range(start, end):
        block, decision = page.blocks[index], decisions[index]
        if block.kind != "heading" or block.link_chars * 2 > block.chars:
            continue
        if decision is not None and decision.rule not in _NOT_CHROME:
            continue
        if line_rule(block.text) is not None:
            continue
        found.append(index)
    return found


def headline_index(page: Page, container: Span | None, metadata: Metadata, decisions: list) -> int | None:
    """The block of the visible headline: a heading the metadata names, else the h1 nearest the content."""
    near = headings_near(page, container, decisions)
    offered = offered_titles(metadata)
    named = [i for i in headings_near(page, container, decisions, NAMED_REACH)
             if any(same_title(page.blocks[i].text, title) for title in offered)]
    site = fold(metadata.site_name or "")
    h1 = [i for i in near if page.blocks[i].owner.tag == "h1" and fold(page.blocks[i].text) != site]
    pool = named or h1
    if not pool:
        return None
    anchor = container.first if container is not None else 0
    return min(pool, key=lambda i: (abs(i - anchor), i))


def sole_h1(page: Page, metadata: Metadata, decisions: list) -> int | None:
    """The page's one ``h1``, wherever it stands, when the content found has none by it: a page with a single
    ``h1`` heads its article with it, even when the main content was found far below."""
    site = fold(metadata.site_name or "")
    found = [i for i, block in enumerate(page.blocks) if block.kind == "heading" and block.owner.tag == "h1"]
    if len(found) != 1:
        return None
    index = found[0]
    block, decision = page.blocks[index], decisions[index]
    if block.link_chars * 2 > block.chars or fold(block.text) == site or line_rule(block.text) is not None:
        return None
    return index if decision is None or decision.rule in _NOT_CHROME else None


def choose_title(metadata: Metadata, page: Page, container: Span | None, decisions: list) -> tuple[str | None, int | None]:
    """The title, and the index of the block that shows it (None when no block does)."""
    index = headline_index(page, container, metadata, decisions)
    if index is None:
        index = sole_h1(page, metadata, decisions)
    titles = offered_titles(metadata)
    sites = metadata.site_names
    if index is not None:
        return without_kicker(page.blocks[index].text, titles), index
    if metadata.titles:
        return strip_site(metadata.titles[0], sites), None
    near = headings_near(page, container, decisions)
    top = [i for i in near if container is None or i >= container.first][:1]
    if top:
        return clean_space(page.blocks[top[0]].text), top[0]
    if metadata.page_title:
        return strip_site(metadata.page_title, sites), None
    return None, None


def named_headline(page: Page, metadata: Metadata) -> int | None:
    """The first heading that the page's metadata names as its title, anywhere on the page."""
    offered = offered_titles(metadata)
    if not offered:
        return None
    return next((i for i, block in enumerate(page.blocks) if block.kind == "heading"
                 and block.link_chars * 2 <= block.chars and any(same_title(block.text, t) for t in offered)), None)
