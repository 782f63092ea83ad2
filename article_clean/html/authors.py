"""Authors of a page: person names from metadata and from the credits printed by the headline.

A wrong author is worse than none, so every name passes one filter: no
URLs, user names with dots, digits, organizations, agencies, roles, or
the site's own name; see :func:`person_names`.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Byline
from ..patterns import AGENCIES, ROLE_BYLINES
from ..stages.byline import authors as split_authors
from ..stages.byline import read_byline
from .blocks import Page
from .hints import (
    BYLINE_CUT_RE,
    CLOSING_CREDIT_RE,
    CREDIT_LABEL_RE,
    BYLINE_PREFIX_RE,
    NAME_PARTICLES,
    NOT_PERSON_SUFFIXES,
    NOT_PERSON_WORDS,
    INLINE_BYLINE_RE,
    PRINTED_BYLINE_RE,
    ROLE_TAIL_RE,
)
from .parse import text_of

#: An author name has at most this many words.
AUTHOR_MAX_WORDS = 5
#: A credit this many blocks after the headline, or before it, is the article's.
CREDIT_AFTER = 12
CREDIT_BEFORE = 3
#: A credit this many blocks below the article's last paragraph, or above it, signs it off.
CLOSING_REACH = 4
CLOSING_ABOVE = 2
#: A block longer than this is no byline.
BYLINE_MAX_CHARS = 160
_URL_RE = re.compile(r"^(?:https?:|www\.|/)|\w\.(?:[a-z]{2,4})\b|\w\.\w", re.I)
_SPACE_RE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Lower-cased letters and digits only, accents and umlauts spelled out, for comparing names with sites.

    >>> squash("Martin Rütter"), squash("martinruetter.com"), squash("El Colombiano")
    ('martinruetter', 'martinruettercom', 'elcolombiano')
    """
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def byline_core(text: str) -> str:
    """The names part of a credit: no "By", no date, no "| Reuters", no "in Politics".

    >>> byline_core("Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski")
    'Michael Veeser-Dombrowski'
    >>> byline_core("Posted in Datenschutz by damianduchamps on August 3, 2019")
    'damianduchamps'
    >>> byline_core("Par    Barbara Stiegler"), byline_core("Veröffentlicht vonChris Jung 28. Februar 2016")
    ('Barbara Stiegler', 'Chris Jung')
    """
    text = _SPACE_RE.sub(" ", text).strip().removeprefix("©").removeprefix("(c)").strip()
    match = PRINTED_BYLINE_RE.search(text)
    if match:
        text = text[match.end():]
    else:
        text = BYLINE_PREFIX_RE.sub("", text, count=1)
    return BYLINE_CUT_RE.split(text, maxsplit=1)[0].strip(" .,;:|-–—·•~/")


def looks_like_name(name: str, handle: bool = False) -> bool:
    """A person's name: a few capitalized words (particles aside); one word only where ``handle`` allows
    a user name.

    >>> looks_like_name("Jean-Luc de la Tour"), looks_like_name("angriffen maximal sieben tage")
    (True, False)
    >>> looks_like_name("gnaddrig"), looks_like_name("gnaddrig", handle=True)
    (False, True)
    """
    words = name.split()
    if not words or len(words) > AUTHOR_MAX_WORDS or any(len(word) > 25 for word in words):
        return False
    if len(words) == 1:
        return handle and (len(name) > 3 or not name.islower())
    capitalized = [word for word in words if word.lower() not in NAME_PARTICLES]
    lettered = [word for word in capitalized if any(c.isalpha() for c in word)]
    return len(lettered) >= 2 and all(word[:1].isupper() or not word[:1].isalpha() for word in capitalized)


def person_names(value: str, site_names: tuple[str, ...] = (), handle: bool = True) -> tuple[str, ...]:
    """The person names in an author string: no URLs, organizations, agencies, roles or site names.

    >>> person_names("Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> person_names("By Jane Doe | Reuters")
    ('Jane Doe',)
    >>> person_names("Spiegel Online", ("SPIEGEL ONLINE",)), person_names("dpa"), person_names("robert.stitz")
    ((), (), ())
    >>> person_names("Germany, Kirche, Leben, Münster"), person_names("Richard Adams Education editor")
    ((), ('Richard Adams',))
    >>> person_names("Bildung und Forschung WBF"), person_names("EFC Bayrische Bembel", ("bayrische-bembel.de",))
    ((), ())
    >>> person_names("Heiko", ("heiko-adams.de",))
    ('Heiko',)
    """
    value = byline_core(value)
    if not value or len(value) > 120 or _URL_RE.search(value) or "@" in value:
        return ()
    sites = [squash(part) for site in site_names if site for part in (site, site.rsplit(".", 1)[0]) if len(squash(part)) >= 3]
    names = split_authors(value)
    if len(names) > 1 and any(" " not in name.strip() for name in names):
        return ()  # a list of keywords or departments, not of people
    found = []
    for name in names:
        name = ROLE_TAIL_RE.sub("", name).strip(" .,;:|-–—")
        lowered = name.lower()
        words = lowered.split()
        if not looks_like_name(name, handle) or any(c.isdigit() for c in name):
            continue
        if lowered in AGENCIES or lowered in ROLE_BYLINES or any(word.strip(".") in NOT_PERSON_WORDS for word in words):
            continue
        if any(word.endswith(NOT_PERSON_SUFFIXES) for word in words) or "admin" in lowered:
            continue
        squashed = squash(name)
        if any(squashed == site or site in squashed for site in sites):
            continue  # the site's own name; a blogger's name inside the domain is the author
        found.append(name)
    return tuple(found)


def byline_of(names: tuple[str, ...], printed: str | None = None) -> Byline | None:
    """A byline for ``names``: as printed when the text stages can read it back, else ``By`` and the names.

    >>> byline_of(("Jana Köhler",), " von  Jana Köhler ")
    Byline(text='von Jana Köhler', authors=('Jana Köhler',))
    >>> byline_of(("Jane Doe", "John Roe")).text
    'By Jane Doe and John Roe'
    """
    if not names:
        return None
    printed = _SPACE_RE.sub(" ", printed or "").strip()
    if printed and read_byline(printed) is not None:
        return Byline(printed, names)
    return Byline("By " + " and ".join(names), names)


def credited(page: Page, anchor: int, decisions: list, site_names: tuple[str, ...]) -> tuple[Byline, int] | None:
    """The byline printed by the headline, and the block it stands in: itemprop, ``rel=author`` and
    byline elements first, then a "By ..." line; never from comments."""
    low, high = anchor - CREDIT_BEFORE, anchor + CREDIT_AFTER
    for index, element in sorted(page.credits, key=lambda item: (item[0] < anchor, abs(item[0] - anchor))):
        if not low <= index <= high or _in_comments(decisions, index) or "comment" in (element.get("class") or ""):
            continue
        text = text_of(element)
        if len(text) > BYLINE_MAX_CHARS * 3 or len(_SPACE_RE.sub(" ", text).strip()) > BYLINE_MAX_CHARS:
            continue
        names = person_names(text, site_names)
        if names:
            return byline_of(names, text), index
    for index in range(max(0, anchor + 1), min(len(page.blocks), high + 1)):
        block = page.blocks[index]
        if block.chars > BYLINE_MAX_CHARS or _in_comments(decisions, index):
            continue
        match = BYLINE_PREFIX_RE.match(block.text) or INLINE_BYLINE_RE.search(block.text)
        if match:
            names = person_names(block.text[match.start():], site_names, handle=False)
            if names:
                return byline_of(names, block.text[match.start():]), index
    return None


def closing_credit(page: Page, last: int, decisions: list, site_names: tuple[str, ...]) -> tuple[Byline, int] | None:
    """The credit that signs the article off, by its last paragraph (``last``): an element marked as
    the author's, or a ``Text:``, ``Autor:`` or ``By`` line, not a link to other pieces; the search stops
    at a heading, where other pieces begin."""
    marked: dict[int, list] = {}
    for index, element in page.credits:
        marked.setdefault(index, []).append(element)
    for index in range(max(0, last - CLOSING_ABOVE), min(len(page.blocks), last + 1 + CLOSING_REACH)):
        block = page.blocks[index]
        match = CLOSING_CREDIT_RE.match(block.text) or INLINE_BYLINE_RE.search(block.text)
        if index > last and block.kind == "heading" and not match:
            if CREDIT_LABEL_RE.match(block.text) and index + 1 < len(page.blocks):
                match, block = None, page.blocks[index + 1]  # "Autor" as a heading, the name below it
                text = block.text if block.chars <= BYLINE_MAX_CHARS else ""
                names = person_names(text, site_names, handle=False) if text else ()
                if names:
                    return byline_of(names), index + 1
            break
        if block.chars > BYLINE_MAX_CHARS or block.link_chars * 2 > block.chars or _in_comments(decisions, index):
            continue
        texts = [text_of(element) for element in marked.get(index, ())]
        texts = [text for text in texts if len(_SPACE_RE.sub(" ", text).strip()) <= BYLINE_MAX_CHARS]
        for text in [*texts, block.text[match.start():]] if match else texts:
            names = person_names(text, site_names, handle=False)
            if names:
                return byline_of(names, text), index
    return None


def _in_comments(decisions: list, index: int) -> bool:
    decision = decisions[index] if 0 <= index < len(decisions) else None
    return decision is not None and decision.rule in ("comments", "related", "sidebar", "navigation", "footer")
