"""The title: the visible headline when the metadata agrees with it, else the strongest metadata title."""

from __future__ import annotations

import re

from .blocks import Page, Span
from .metadata import Metadata, clean_space

#: Separators between a headline and the site's name in ``<title>`` and ``og:title``.
_SUFFIX_RE = re.compile(r"\s+(?:\||-|–|—|::|»|·|•|/)\s+")
#: A heading this many blocks before the main content can still be its headline.
HEADLINE_REACH = 25
_FOLD_RE = re.compile(r"\W+")


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
    return len(shorter) >= 0.5 * len(longer) and len(shorter) >= 10 and shorter in longer


def strip_site(title: str, site_name: str | None) -> str:
    """``<title>`` without the site's name before or after it.

    >>> strip_site("Floods cut off villages | The Daily Star", "The Daily Star")
    'Floods cut off villages'
    >>> strip_site("Floods cut off villages - BBC News", None)
    'Floods cut off villages'
    """
    parts = _SUFFIX_RE.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        site = fold(site_name)
        kept = [part for part in parts if fold(part) != site and not (site and site in fold(part) and len(fold(part)) < len(site) + 6)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    if len(longest.split()) >= 3 and len(longest) >= 0.5 * len(title) - 5:
        return longest
    return title


def headline_candidates(page: Page, container: Span | None) -> list[int]:
    """Indexes of heading blocks that may be the headline: just before the content, or at its top; h1 first."""
    if container is None:
        start, end = 0, len(page.blocks)
    else:
        start, end = max(0, container.first - HEADLINE_REACH), min(container.last, container.first + HEADLINE_REACH)
    found = [i for i in range(start, end) if page.blocks[i].kind == "heading"]
    found.sort(key=lambda i: (page.blocks[i].owner.tag != "h1", container is not None and i < container.first and -i))
    return found


def choose_title(metadata: Metadata, page: Page, container: Span | None) -> str | None:
    """The visible headline if the metadata names it, else the metadata's title, else the h1, else ``<title>``."""
    candidates = headline_candidates(page, container)
    offered = [*metadata.titles, *([metadata.page_title] if metadata.page_title else [])]
    for index in candidates:
        heading = page.blocks[index].text
        if any(same_title(heading, title) for title in offered):
            return clean_space(heading)
    if metadata.titles:
        return strip_site(metadata.titles[0], metadata.site_name)
    h1 = [i for i in candidates if page.blocks[i].owner.tag == "h1"]
    if h1:
        return clean_space(page.blocks[h1[0]].text)
    if metadata.page_title:
        return strip_site(metadata.page_title, metadata.site_name)
    return None


def title_blocks(page: Page, container: Span | None, title: str | None, decisions: list) -> list[int]:
    """The heading blocks that are the title, so they are recorded as such and not kept as body."""
    if not title:
        return []
    wanted = fold(title)
    return [i for i in headline_candidates(page, container) if fold(page.blocks[i].text) == wanted][:1]
