"""Dates on HTML pages: the forms they print, and where the publication date stands.

Machine dates come from the metadata (JSON-LD, ``article:published_time``)
and from ``time`` and ``itemprop`` elements; a person reads the date printed
by the headline. The two usually agree; when they differ by a day, the
printed one is the site's local date and wins.
"""

from __future__ import annotations

import re
from datetime import date

from ..text.timestamps import find_timestamp
from .blocks import Page
from ..data.dates import DE_MONTHS, EXTRA_MONTHS

PUBLISHED_PROPS = frozenset(("datepublished", "datecreated", "uploaddate"))
TIME_PROPS = frozenset(("time",))

_NUMERIC_RE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s?(?P<sep>[./])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?(?P<year>(?:19|20)\d{2}|\d{2})(?![\d])"
)
_WORD_MONTH_RE = re.compile(r"(?<!\d)(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,12})\.?,?\s+(?P<year>(?:19|20)\d{2})(?!\d)")
_DIGITS_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: A label that says the date after it is an event's or a deadline's, not the page's: ``Termin: 21.02.2020``.
EVENT_LABEL_RE = re.compile(
    r"(?i:termine?|veranstaltung\w*|event\s+date|date\s+of\s+(?:the\s+)?event|when|wann|deadline|frist|"
    r"anmeldeschluss|einsendeschluss|bewerbungsschluss|fecha\s+del\s+evento|quand|date\s+de\s+l['’]événement)"
    r"\s*:?\s*$")
#: A machine time with its zone, printed in a block's text: ``2022-12-07T10:10:52+01:00``.
_GLUED_MACHINE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
#: A machine date, as ``datetime`` attributes and ``content`` hold them.
_MACHINE_RE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")
_DE_MONTH_RE = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+de\s+(?P<month>[^\W\d_]{4,10})\s+(?:de|del)\s+(?P<year>(?:19|20)\d{2})(?!\d)",
                          re.I)
#: Dates with the month in words that the text patterns do not read, each with its table of month names.
_WORD_MONTH_FORMS = ((_WORD_MONTH_RE, EXTRA_MONTHS), (_DE_MONTH_RE, DE_MONTHS))
#: Languages that write the month before the day in numeric dates.
MONTH_FIRST_LANGUAGES = ("en-us", "en_us")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(match: re.Match[str], month_first: bool) -> str | None:
    a, b = int(match.group("a")), int(match.group("b"))
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if match.group("sep") == "." or not month_first or a > 12:
        day, month = a, b
    else:
        month, day = a, b
    if not 1 <= month <= 12:
        day, month = month, day
    return _valid(year, month, day)


def find_date(text: str, language: str | None = None) -> str | None:
    """The first date in ``text``, as ISO 8601; see :func:`first_date`.

    >>> find_date("Seite 3 von 12") is None
    True
    """
    found = first_date(text, language)
    return found[1] if found else None


def first_date(text: str, language: str | None = None) -> tuple[int, str] | None:
    """Where the first date in ``text`` starts, and the date as ISO 8601 (with the time when it is printed in a
    form we know).

    >>> find_date("Veröffentlicht am 16.08.2019"), find_date("Geschrieben am 18. 05. 2014 22:38")
    ('2019-08-16', '2014-05-18')
    >>> find_date("Posted on August 2, 2019 by Daniel"), find_date("15 августа 2016, 13:43")
    ('2019-08-02', '2016-08-15')
    >>> find_date("3 de mayo de 2022, 21:25"), find_date("12 de março de 2021")
    ('2022-05-03', '2021-03-12')
    >>> find_date("05/06/2023", "en-US"), find_date("05/06/2023", "de")
    ('2023-05-06', '2023-06-05')
    >>> find_date("Seite 3 von 12") is None
    True
    """
    if not _DIGITS_RE.search(text):
        return None
    text = text[:300]
    found: list[tuple[int, str]] = []
    stamp = find_timestamp(text)
    if stamp is not None:
        found.append((stamp.start, stamp.iso))
    month_first = (language or "").lower().replace("_", "-") in MONTH_FIRST_LANGUAGES
    for match in _NUMERIC_RE.finditer(text):
        iso = _numeric(match, month_first)
        if iso:
            found.append((match.start(), iso))
            break
    for pattern, months in _WORD_MONTH_FORMS:
        for match in pattern.finditer(text):
            month = months.get(match.group("month").lower())
            iso = _valid(int(match.group("year")), month, int(match.group("day"))) if month else None
            if iso:
                found.append((match.start(), iso))
                break
    return min(found) if found else None


def day_apart(first: str, second: str) -> bool:
    """True when two ISO dates or times are one calendar day apart.

    >>> day_apart("2019-10-18T22:04:00Z", "2019-10-19"), day_apart("2019-10-18", "2019-10-21")
    (True, False)
    """
    try:
        a, b = date.fromisoformat(first[:10]), date.fromisoformat(second[:10])
    except ValueError:
        return False
    return abs((a - b).days) == 1


def swapped(first: str, second: str) -> bool:
    """True when two different ISO dates are the same date with day and month swapped.

    >>> swapped("2021-01-11", "2021-11-01T04:00:14Z"), swapped("2021-01-11", "2021-01-11")
    (True, False)
    """
    a, b = first[:10], second[:10]
    return a != b and len(a) == len(b) == 10 and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


#: A date printed this many blocks after the headline, or before it, is the one its readers see.
BESIDE_AFTER = 4
BESIDE_BEFORE = 2
#: How many blocks after the headline, and before it, a printed date is sought at last.
DATE_REACH_AFTER = 40
DATE_REACH_BEFORE = 15
#: A printed date stands this near the start of its block; further in, it is what the text tells of.
PRINTED_MAX_CHARS = 100
#: A printed date with more words than this before it, in its block, is what a sentence tells of.
PRINTED_MAX_WORDS_BEFORE = 5
#: ... with at least this many words among them in lower case: bylines and labels are capitalized.
SENTENCE_MIN_LOWER = 3
#: Pages were not published before this year.
EARLIEST_YEAR = "1995"
#: Chrome whose dates belong to other pieces: comments, teasers, sidebars, pictures.
FOREIGN_RULES = frozenset(("comments", "related", "sidebar", "navigation", "footer", "aside", "caption"))
#: Chrome whose ``time`` elements and date itemprops belong to other pieces: comments and teasers.
FOREIGN_STAMP_RULES = frozenset(("comments", "related"))


def region(anchor: int, count: int, after: int = DATE_REACH_AFTER, before: int = DATE_REACH_BEFORE) -> list[int]:
    """Block indexes around the headline, nearest first: after it, then before it; not the headline itself."""
    below = range(anchor + 1, min(count, anchor + 1 + after))
    above = range(anchor - 1, max(-1, anchor - 1 - before), -1)
    return [*below, *above]


def printed_date(page: Page, anchor: int, decisions: list, language: str | None,
                 after: int = DATE_REACH_AFTER, before: int = DATE_REACH_BEFORE) -> str | None:
    """The first date printed near the headline, at the start of a block, outside comments and teasers; the
    line right under the headline is the page's own whatever its class says, unless it is a link."""
    for index in region(anchor, len(page.blocks), after, before):
        decision = decisions[index]
        if decision is not None and decision.rule in FOREIGN_RULES and not (
                index == anchor + 1 and not page.blocks[index].link_chars):
            continue
        found = printed_in(page.blocks[index].text, language)
        if found and found[:4] >= EARLIEST_YEAR:
            return found
    return None


def printed_in(text: str, language: str | None = None) -> str | None:
    """The date a block prints near its start, not one that a sentence tells of.

    >>> printed_in("Veröffentlicht am 16.08.2019 Dauer: 1 Stunde"), printed_in("Aus der Region 6. November 2023 15:00")
    ('2019-08-16', '2023-11-06T15:00:00')
    >>> printed_in("Jane Doe2022-12-07T10:10:52+01:0025. Dezember 2022|")
    '2022-12-25'
    >>> printed_in("Jane Doe, London, John Roe und Ann Poe 19.10.2019, 23:38 Uhr")
    '2019-10-19'
    >>> printed_in("Termin: 21.02.2020, 19 Uhr") is None
    True
    >>> printed_in("Die Stadt wird die zusätzlich gebauten Zentren am 28. Februar 2022 schliessen.") is None
    True
    """
    found = first_date(text[:PRINTED_MAX_CHARS], language)
    if found is None:
        return None
    machine = _GLUED_MACHINE_RE.match(text, found[0])
    if machine:  # a theme's hidden machine time run into the text: the date it shows after it is the one read
        found = first_date(text[machine.end():PRINTED_MAX_CHARS], language) or found
    if EVENT_LABEL_RE.search(text[:found[0]]):
        return None
    words = _WORD_RE.findall(text[:found[0]])
    if len(words) > PRINTED_MAX_WORDS_BEFORE and sum(word[0].islower() for word in words) >= SENTENCE_MIN_LOWER:
        return None
    return found[1]


def headline_date(page: Page, anchor: int) -> str | None:
    """A date printed in the headline's own element, before or after its words: ``27.01.2022 Heating oil
    sales``."""
    if not 0 <= anchor < len(page.blocks):
        return None
    found = find_date(page.blocks[anchor].text[:PRINTED_MAX_CHARS])
    return found if found and found[:4] >= EARLIEST_YEAR else None


def marked_date(page: Page, props: frozenset[str], near: set[int] | None = None, decisions: list | None = None) -> str | None:
    """The first date of a ``time`` element or itemprop among ``props``, near the headline if ``near`` is given,
    and outside comments and teasers if ``decisions`` are."""
    for index, value, prop in page.stamps:
        if decisions is not None and _foreign_stamp(decisions, index):
            continue
        if prop in props and (near is None or index in near):
            found = find_date(value) if value else None
            if found:
                return found
    return None


def shown_stamp(page: Page, near: set[int], decisions: list) -> str | None:
    """The date of a ``time`` element by the headline that carries no machine date, only the text it shows."""
    for index, value, prop in page.stamps:
        if prop in TIME_PROPS and index in near and value and not _MACHINE_RE.match(value) \
                and not _foreign_stamp(decisions, index):
            found = find_date(value)
            if found:
                return found
    return None


def _foreign_stamp(decisions: list, index: int) -> bool:
    """A stamp in comments or teasers: its date is another piece's."""
    decision = decisions[index] if index < len(decisions) else None
    return decision is not None and decision.rule in FOREIGN_STAMP_RULES


def published(page: Page, anchor: int, decisions: list, structured: str | None, language: str | None) -> str | None:
    """The publication date, from the strongest source to the weakest: a ``datePublished`` itemprop by the
    headline, the date printed beside it, the page's metadata, any ``datePublished`` itemprop, a ``time``
    element by the headline, a date printed further from it, any ``time`` element. A machine date one day
    from the printed one is in another time zone: the printed one wins."""
    near = set(region(anchor, len(page.blocks) + 1)) | {anchor}
    beside = printed_date(page, anchor, decisions, language, BESIDE_AFTER, BESIDE_BEFORE) or headline_date(page, anchor)
    wide = printed_date(page, anchor, decisions, language)
    candidates = (
        lambda: marked_date(page, PUBLISHED_PROPS, near, decisions),
        lambda: beside,
        lambda: structured,
        lambda: marked_date(page, PUBLISHED_PROPS, None, decisions),
        lambda: marked_date(page, TIME_PROPS, near, decisions),
        lambda: wide,
        lambda: marked_date(page, TIME_PROPS, None, decisions),
    )
    chosen = next((found for found in (candidate() for candidate in candidates) if found), None)
    if chosen and beside and structured and beside[:10] == structured[:10] != chosen[:10]:
        chosen = structured  # the printed date and the page's metadata agree: one itemprop does not outvote them
    if chosen and structured and swapped(chosen, structured):
        chosen = structured  # a numeric date read the wrong way round: the machine date settles it
    printed = beside or shown_stamp(page, near, decisions) or wide
    if chosen and printed and day_apart(chosen, printed):
        return printed
    if chosen and len(chosen) == 10:
        machine = structured or marked_date(page, PUBLISHED_PROPS) or marked_date(page, TIME_PROPS, near)
        if machine and machine[:10] == chosen:
            return machine  # the same day, with its time
    return chosen
