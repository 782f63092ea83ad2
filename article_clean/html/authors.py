"""Authors of a page: person names from metadata and from the credits printed by the headline.

A wrong author is worse than none, so every name passes one filter: no
URLs, user names with dots, digits, organizations, agencies, roles, or
the site's own name; see :func:`person_names`.
"""

from __future__ import annotations

import re

from ..model import Byline
from ..data.datelines import AGENCIES
from ..data.bylines import ROLE_BYLINES
from ..text.bylines import authors as split_authors
from .blocks import Page
from .dating import find_date
from ..data.html_hints import (
    AUTHOR_PROPS,
    CLOSING_CREDIT_RE,
    CO_AUTHORS_RE,
    CREDIT_LABEL_RE,
    BYLINE_PREFIX_RE,
    NOT_PERSON_WORDS,
    INLINE_BYLINE_RE,
    PRINTED_BYLINE_RE,
    ROLE_TAIL_RE,
)
from .names import looks_like_name, organization, squash, without_roles, without_weekday
from .parse import text_of
from ..data.dates import BYLINE_MONTH_WORDS, WEEKDAYS

#: A credit this many blocks after the headline, or before it, is the article's.
CREDIT_AFTER = 12
CREDIT_BEFORE = 3
#: A credit this many blocks below the article's last paragraph, or above it, signs it off.
CLOSING_REACH = 4
CLOSING_ABOVE = 2
#: An author element this near the headline is the article's even in a bar that reads as a sidebar or a menu.
CREDIT_BESIDE = 3
#: ... unless the bar is comments, teasers of other pieces or the page's footer.
NOT_BESIDE_RULES = frozenset(("comments", "related", "footer"))
#: A line of a date and a name stands this many blocks under the headline at most.
DATE_NAME_AFTER = 3
DATE_NAME_BEFORE = 2
#: Chrome that may hold the element that marks the author with ``itemprop`` or ``rel``: the article's footer.
MARKED_CHROME = frozenset(("footer",))
#: A block longer than this is no byline.
BYLINE_MAX_CHARS = 160
_URL_RE = re.compile(r"^(?:https?:|www\.|/)|\w\.(?:[a-z]{2,4})\b|\w\.\w", re.I)
_SPACE_RE = re.compile(r"\s+")
#: A block of running text, whose words tell ordinary words from handles, has this many words at least.
ORDINARY_MIN_WORDS = 8
#: A word written in lower case in the page's text.
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-zß-ÿ]+(?![\w-])")

#: Words that are no one's name on their own: months, days, and the labels of links beside a credit.
NOT_A_NAME = frozenset((*BYLINE_MONTH_WORDS, *WEEKDAYS, "mehr", "more", "red", "profil", "profile", "bio", "kontakt", "contact",
                        "archiv", "archivo", "archive", "hace", "ago", "vor", "il", "y",
                        "publicado", "publié", "publiée", "pubblicato", "posted", "updated", "actualizado"))
#: Words that show a name was glued to the text after it (``WilsonHace``) or that it is no name at all.
NOT_IN_NAME = frozenset((*(day for day in WEEKDAYS if len(day) > 4), "hace", "archivo", "archiv", "foto", "fotos", "photo", "photos", "bild", "bilder",
                         "paid", "content", "sponsored", "promoted", "advertorial", "anzeige", "partner", "werbung"))
#: Where the names of a credit end: a digit, a separator, a word that goes on to a date, a place or a
#: section, a month before its day or year (``Ann Lee March 3``, ``Luke KimDecember 3``, ``Swann-June 5``). A short word that could be a particle of a name (``Loïc Le Clerc``) ends it only in lower
#: case or before a date.
_DATE_WORDS = "|".join(sorted({*BYLINE_MONTH_WORDS, *WEEKDAYS}, key=len, reverse=True))
NAMES_END_RE = re.compile(
    r"\d|\s[|·•⋅●»~/]|[|·•⋅●»]|\s[-–—]\s|\s[^\W\d_]+:|\s(?:on|am|le|el|em|in|im|at|um)\b|"
    r"\s(?i:on|am|le|el|em|in|im|at|um)\s+(?=\d|(?i:" + _DATE_WORDS + r")\b)|"
    r"\s(?i:sagt|says|said|schreibt|veröffentlicht|published|updated|aktualisiert|tags|kategorien|kategorie|"
    r"category|categories|schlagworte)\b|"
    r"(?:\s|-|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ]))(?=(?i:" + _DATE_WORDS + r")\.?,?\s*\d)")
#: A short word inside a credit that is a particle of the name (``Walter von Aachen``), not "by".
PARTICLE_CREDITS = frozenset(("von", "vom"))
#: A word glued to the next one: ``WilsonHace``, ``Falc'honKristen``; ``McDonald`` and ``MacArthur`` are names.
_GLUED_RE = re.compile(r"[a-zß-ÿ'’]{4}[A-ZÀ-Þ]")
#: The kinds of piece a credit line names before "von", "by", "de": ``Eine Kolumne von Jane Doe``.
PIECE_CREDIT_RE = re.compile(
    r"^(?i:(?:ein|eine|a|an|un|une|una|uno)\s+)?(?i:(?:blog|gast|guest)[\s-]?)?"
    r"(?i:kolumne|kommentar|beitrag|blogbeitrag|gastbeitrag|artikel|analyse|essay|glosse|rezension|kritik|"
    r"reportage|bericht|column|commentary|comment|analysis|review|report|article|post|op-ed|opinion|"
    r"chronique|tribune|documentaire|podcast|columna|artículo|crónica|análisis|opinión|reportaje)"
    r"\s+(?i:von|by|de|par|por)\s+(?=[A-ZÀ-Þ])")
#: Separators between a date and a name on one line under the headline: ``11.12.2019 - Jane Doe``; a match
#: starts only where a run of spaces starts, so a long run is not tried from each of its spaces.
_DATE_NAME_SPLIT_RE = re.compile(r"(?<!\s)\s*[|·•]\s*|(?<!\s)\s+[-–—/]\s+")
#: A picture's credit: ``Foto: Jane Doe``, ``Fotos: Jane Doe/Agency``, ``Bildquelle: ...``; its names took the
#: picture, not the article, unless they wrote the text too (``Text und Fotos: Jane Doe``).
PICTURE_CREDIT_RE = re.compile(
    r"(?<![\w&])(?i:fotos?|photos?|bilder?|images?|credits?|bildquelle|quelle|source|fuente|crédits?|"
    r"photograph\w*|fotograf\w*)\s*(?::|©|/|\s(?:by|von))\s*$")
TEXT_AND_PICTURES_RE = re.compile(r"(?i:text|texte|words)\s*(?:und|and|&|/|\+)\s*(?i:fotos?|photos?|bilder?)\s*:?\s*$")
#: A line of a date and a name is this short at most, and each of its parts this short.
DATE_NAME_MAX_CHARS = 80
DATE_PART_MAX_CHARS = 40


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
    if match and not _particle(text, match):
        text = text[match.end():]
    elif not match:
        text = BYLINE_PREFIX_RE.sub("", text, count=1)
    return NAMES_END_RE.split(text, maxsplit=1)[0].strip(" .,;:|-–—·•~/")


def _particle(text: str, match: re.Match[str]) -> bool:
    """Is the credit word found in ``text`` a particle inside one name (``Christoph von Ritter``)?

    >>> _particle("Walter von Aachen", PRINTED_BYLINE_RE.search("Walter von Aachen"))
    True
    >>> _particle("Eine Kolumne von Nils Pickert", PRINTED_BYLINE_RE.search("Eine Kolumne von Nils Pickert"))
    False
    """
    if text[match.start():match.end()].strip(" :").lower() not in PARTICLE_CREDITS:
        return False
    before = text[:match.start()].split()
    after = NAMES_END_RE.split(text[match.end():], maxsplit=1)[0].split()
    return (1 <= len(before) <= 2 and len(after) == 1 and after[0][:1].isupper()
            and all(word[:1].isupper() and word.lower() not in NOT_PERSON_WORDS for word in before))


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
    labels = {squash(label) for site in site_names if site and "." in site for label in site.split(".")}
    value = CO_AUTHORS_RE.sub(r", \1", value).strip()
    names = split_authors(", ".join(without_roles(value)))
    if len(names) > 1 and any(" " not in name.strip() for name in names):
        return ()  # a list of keywords or departments, not of people
    if any(" " in name.strip() and _GLUED_RE.search(name) for name in names):
        return ()  # names glued to the words after them: the credit's text runs on
    found = []
    for name in names:
        name = without_weekday(ROLE_TAIL_RE.sub("", name).strip(" .,;:|-–—"))
        lowered = name.lower()
        words = lowered.split()
        if not looks_like_name(name, handle) or any(c.isdigit() for c in name):
            continue
        if (len(words) == 1 and (lowered in NOT_A_NAME or squash(name) in labels)) or any(
                word.strip(".") in NOT_IN_NAME for word in words):
            continue  # a date, a link's label, or the site's own host name
        if lowered in AGENCIES or lowered in ROLE_BYLINES or organization(name):
            continue
        squashed = squash(name)
        if any(squashed == site or site in squashed for site in sites):
            continue  # the site's own name; a blogger's name inside the domain is the author
        found.append(name)
    return tuple(found)


def ordinary_words(page: Page) -> frozenset[str]:
    """The words that the page writes in lower case in its running text (not in links, such as a tag
    cloud's ``fatima``): a one-word "name" among them is a section or a label (``Games``, ``Posts``),
    not a user's handle."""
    return frozenset(word for block in page.blocks if block.link_chars * 2 < block.chars
                     and block.text.count(" ") + 1 >= ORDINARY_MIN_WORDS for word in _LOWER_WORD_RE.findall(block.text))


def people(names: tuple[str, ...], page: Page) -> tuple[str, ...]:
    """``names`` without the capitalized one-word ones that the page also writes in lower case, as an
    ordinary word; a handle written in lower case is itself such a word, and stays."""
    if not any(" " not in name for name in names):
        return names
    ordinary = ordinary_words(page)
    return tuple(name for name in names if " " in name or name.islower() or name.lower() not in ordinary)


def byline_of(names: tuple[str, ...], printed: str | None = None) -> Byline | None:
    """A byline for ``names``: in the page's words as printed, else (names from metadata only) ``By``
    and the names.

    >>> byline_of(("Jana Köhler",), " von  Jana Köhler ")
    Byline(text='von Jana Köhler', authors=('Jana Köhler',))
    >>> byline_of(("Marie Dupont", "Léa Bernard"), "Par Marie Dupont et Léa Bernard").text
    'Par Marie Dupont et Léa Bernard'
    >>> byline_of(("Jane Doe", "John Roe")).text
    'By Jane Doe and John Roe'
    """
    if not names:
        return None
    printed = _SPACE_RE.sub(" ", printed or "").strip()
    return Byline(printed or "By " + " and ".join(names), names)


def credited(page: Page, anchor: int, decisions: list, site_names: tuple[str, ...]) -> tuple[Byline, int] | None:
    """The byline printed by the headline, and the block it stands in: itemprop, ``rel=author`` and
    byline elements first, then a "By ..." line; never from comments."""
    low, high = anchor - CREDIT_BEFORE, anchor + CREDIT_AFTER
    for index, element in sorted(page.credits, key=lambda item: (item[0] < anchor, abs(item[0] - anchor))):
        if not low <= index <= high or "comment" in (element.get("class") or ""):
            continue
        if _in_comments(decisions, index) and not (abs(index - anchor) <= CREDIT_BESIDE and _beside_chrome(decisions, index)):
            continue
        text = text_of(element)
        if len(text) > BYLINE_MAX_CHARS * 3 or len(_SPACE_RE.sub(" ", text).strip()) > BYLINE_MAX_CHARS:
            continue
        names = people(person_names(text, site_names), page)
        if names and not picture_credit(text, names[0]):
            return byline_of(names, text), index
    for index in range(max(0, anchor + 1), min(len(page.blocks), high + 1)):
        block = page.blocks[index]
        if block.chars > BYLINE_MAX_CHARS or _in_comments(decisions, index):
            continue
        match = BYLINE_PREFIX_RE.match(block.text) or INLINE_BYLINE_RE.search(block.text) or PIECE_CREDIT_RE.match(block.text)
        if match:
            names = person_names(block.text[match.start():], site_names, handle=False)
            if names and not picture_credit(block.text, names[0]):
                return byline_of(names, block.text[match.start():]), index
        names = dated_names(block.text, site_names) if index <= anchor + DATE_NAME_AFTER else ()
        if names:
            return byline_of(names, block.text), index
    for index in range(anchor - 1, max(-1, anchor - 1 - DATE_NAME_BEFORE), -1):
        names = () if _in_comments(decisions, index) else dated_names(page.blocks[index].text, site_names)
        if names:
            return byline_of(names, page.blocks[index].text), index
    return None


def _date_part(text: str) -> bool:
    """A part of a credit line that is a date and little else."""
    return len(text) <= 30 and find_date(text) is not None


def picture_credit(text: str, name: str) -> bool:
    """True when the credit word right before ``name`` says who took the picture, not who wrote the article.

    >>> picture_credit("Foto: Jane Doe", "Jane Doe"), picture_credit("Die Halle.Foto: Jane Doe", "Jane Doe")
    (True, True)
    >>> picture_credit("Text & Fotos: Jane Doe", "Jane Doe"), picture_credit("Autor: Jane Doe Quelle: Post", "Jane Doe")
    (False, False)
    """
    before = _SPACE_RE.sub(" ", text[:max(0, text.find(name))])
    return PICTURE_CREDIT_RE.search(before) is not None and TEXT_AND_PICTURES_RE.search(before) is None


def dated_names(text: str, site_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names of a short line that holds only a date and a name, in either order.

    >>> dated_names("11.12.2019 - Jane Doe"), dated_names("Jane Doe | 3. März 2020")
    (('Jane Doe',), ('Jane Doe',))
    >>> dated_names("Jane Doe / 22.04.2020 / 06:15 / Foto: Agency / 150 /")
    ('Jane Doe',)
    >>> dated_names("11.12.2019 - Neue Regeln für Schulen"), dated_names("Jane Doe")
    ((), ())
    """
    if len(text) > DATE_NAME_MAX_CHARS or not any(c.isdigit() for c in text):
        return ()
    parts = [part for part in _DATE_NAME_SPLIT_RE.split(text.strip()) if part.strip()]
    if len(parts) < 2 or any(len(part) > DATE_PART_MAX_CHARS for part in parts):
        return ()
    if _date_part(parts[1]) and not _date_part(parts[0]):
        name = parts[0]  # the name, the date, and perhaps the time, a picture's source, a count
    elif len(parts) == 2 and _date_part(parts[0]) and not _date_part(parts[1]):
        name = parts[1]
    else:
        return ()
    names = person_names(name, site_names, handle=False)
    return names if len(names) == 1 and names[0] == name.strip() else ()


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
                below = page.blocks[index + 1]  # "Autor" as a heading, the name below it
                text = below.text if below.chars <= BYLINE_MAX_CHARS else ""
                names = person_names(text, site_names, handle=False) if text else ()
                if names:
                    return byline_of(names, text), index + 1
            break
        if _rule(decisions, index) in MARKED_CHROME:
            texts = [text_of(element) for element in marked.get(index, ()) if _marked_author(element)]
            text = _SPACE_RE.sub(" ", texts[0]).strip() if texts else ""
            names = person_names(text, site_names, handle=False) if len(text) <= BYLINE_MAX_CHARS else ()
            if names:
                return byline_of(names, text), index
            continue
        if block.chars > BYLINE_MAX_CHARS or block.link_chars * 2 > block.chars or _in_comments(decisions, index):
            continue
        texts = [text_of(element) for element in marked.get(index, ())]
        texts = [text for text in texts if len(_SPACE_RE.sub(" ", text).strip()) <= BYLINE_MAX_CHARS]
        for text in [*texts, block.text[match.start():]] if match else texts:
            names = person_names(text, site_names, handle=False)
            if names and not picture_credit(text, names[0]):
                return byline_of(names, text), index
    return None


def _marked_author(element) -> bool:
    """An element that names the author by ``itemprop`` or ``rel``, not only by its class."""
    return (element.get("itemprop") or "").lower() in AUTHOR_PROPS or "author" in (element.get("rel") or "")


def _rule(decisions: list, index: int) -> str | None:
    """The rule that dropped block ``index``; None when it is kept or no block."""
    decision = decisions[index] if 0 <= index < len(decisions) else None
    return decision.rule if decision is not None else None


def _beside_chrome(decisions: list, index: int) -> bool:
    """A block by the headline dropped as a sidebar or a menu, where a site may set the article's byline."""
    return _rule(decisions, index) not in NOT_BESIDE_RULES


def _in_comments(decisions: list, index: int) -> bool:
    return _rule(decisions, index) in ("comments", "related", "sidebar", "navigation", "footer")
