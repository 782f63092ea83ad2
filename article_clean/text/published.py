"""The published and updated dates of a dump's header: every date a short line near the body's start
prints, read in the order the page settles (day or month first), and the first of each kind taken.

A header date stands on a short line of its own, perhaps with a label (``Published``,
``Veröffentlicht am``, ``Last modified on``) or beside a byline. A date inside a sentence, a teaser
in a list, a copyright, a comment, an event or a deadline is some other day's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..data.chars import BULLET_RE
from ..data.dates import (
    DATE_FORMS,
    NOT_PUBLISHED_RE,
    NUMERIC_DATE_FORMS,
    PUBLISHED_LABEL_RE,
    SLASH_DATE_RE,
    UPDATED_WORDS_RE,
)
from .shapes import dateline_match
from .timestamps import find_timestamp, month_number, plain

#: A header date stands on a line of at most this many characters.
HEADER_LINE_MAX_CHARS = 70
#: The published date stands at most this many non-blank lines above the body's first prose line.
ZONE_ABOVE = 15
#: ... or at most this many below it.
ZONE_BELOW = 5
#: A line whose words beside its dates reach this many, ending a sentence, is a sentence.
SENTENCE_MIN_WORDS = 6
#: A bulleted line with this many words beside its dates is a teaser for another story.
TEASER_MIN_WORDS = 4
#: A two-digit year is read as 20yy up to this one, and as 19yy above it.
SHORT_YEAR_PIVOT = 40
#: The languages that print a numeric date day first when nothing else settles it.
DAY_FIRST_LANGUAGES = frozenset("de fr es it pt nl pl cs ru uk tr ro hu fi sv da no id".split())

#: The separators between the parts of a header line: a date, a byline, a category.
PART_SEPARATOR_RE = re.compile(r"\s[|·⋅•]\s")

_WORD_DAY_FIRST_RE = DATE_FORMS[0]
_WORD_MONTH_FIRST_RE = DATE_FORMS[1]


@dataclass(frozen=True, slots=True)
class HeaderDate:
    field: str  #: ``published`` or ``updated``
    iso: str
    position: int  #: the line's place among the lines read


def _time(match: re.Match[str], date: str) -> str:
    hour, minute = match.group("hour"), match.group("minute")
    if hour is None or int(hour) > 23 or int(minute) > 59:
        return date
    ampm = (match.group("ampm") or "").replace(".", "").lower()
    value = int(hour) + (12 if ampm == "pm" and int(hour) < 12 else 0) - (12 if ampm == "am" and int(hour) == 12 else 0)
    return f"{date}T{value:02d}:{int(minute):02d}:00"


def _valid(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000 if year <= SHORT_YEAR_PIVOT else 1900
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _slash(match: re.Match[str], day_first: bool | None) -> str | None:
    front, back = int(match.group("front")), int(match.group("back"))
    if front > 12 or (back <= 12 and day_first):
        day, month = front, back
    elif back > 12 or day_first is False:
        day, month = back, front
    else:
        return None  # 05/06/2023 with nothing to settle the order
    date = _valid(int(match.group("year")), month, day)
    return _time(match, date) if date else None


def _numeric(match: re.Match[str]) -> str | None:
    date = _valid(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    if date and "hour" in match.groupdict():
        return _time(match, date)
    return date


def dates_in(text: str, day_first: bool | None = None) -> list[tuple[int, int, str]]:
    """Every date in ``text``: ``(start, end, iso)``, in order.

    >>> dates_in("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST")
    [(0, 24, '2019-01-03T02:00:00'), (42, 67, '2019-01-16T06:16:00')]
    >>> dates_in("05/06/2023", day_first=True), dates_in("05/06/2023"), dates_in("13/06/2023")
    ([(0, 10, '2023-06-05')], [], [(0, 10, '2023-06-13')])
    """
    found: list[tuple[int, int, str]] = []
    at = 0
    while (stamp := find_timestamp(text[at:])) is not None:
        found.append((at + stamp.start, at + stamp.end, stamp.iso))
        at += stamp.end
    for match in SLASH_DATE_RE.finditer(text):
        iso = _slash(match, day_first)
        if iso:
            found.append((match.start(), match.end(), iso))
    for form in NUMERIC_DATE_FORMS:
        for match in form.finditer(text):
            iso = _numeric(match)
            if iso:
                found.append((match.start(), match.end(), iso))
    return _apart(sorted(found))


def _apart(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The dates that do not overlap an earlier one."""
    kept: list[tuple[int, int, str]] = []
    for date in found:
        if not kept or date[0] >= kept[-1][1]:
            kept.append(date)
    return kept


def _not_header(text: str, dates: list[tuple[int, int, str]]) -> bool:
    """The line goes on past its dates as a sentence does, or is a teaser in a list of links."""
    rest = text
    for start, end, _ in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    bullet = BULLET_RE.match(rest.lstrip())
    words = len(rest.split()) - bool(bullet)
    if bullet and words >= TEASER_MIN_WORDS:
        return True
    return words >= SENTENCE_MIN_WORDS and rest.rstrip()[-1:] in ".!?"


def header_dates(text: str, day_first: bool | None = None) -> list[tuple[str, str]]:
    """The ``(field, iso)`` pairs a header line prints; none for a line that is not a header's.

    >>> header_dates("Veröffentlicht am 16\\\\. Dezember 2019, 10:31")
    [('published', '2019-12-16T10:31:00')]
    >>> header_dates("Published 3 January 2019 Updated: 4 January 2019")
    [('published', '2019-01-03'), ('updated', '2019-01-04')]
    >>> header_dates("Founded 28 February 1998"), header_dates("© 2019 The Times, 3 January 2019")
    ([], [])
    >>> header_dates("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot, Fotografie")
    [('published', '2020-01-05')]
    >>> header_dates("CHICAGO, March 4 - Periods end January 31, 1987 and 1986")
    []
    >>> header_dates("• Storm hits the coast again 3 January 2019"), header_dates("• 3 January 2019")
    ([], [('published', '2019-01-03')])
    """
    text = plain(text)
    if len(text) > HEADER_LINE_MAX_CHARS:
        parts = [part for part in PART_SEPARATOR_RE.split(text) if any(c.isdigit() for c in part)]
        if len(parts) != 1 or len(parts[0]) > HEADER_LINE_MAX_CHARS or parts[0] == text:
            return []
        text = parts[0]  # "Veröffentlicht: 05.01.2020 | Autor: X | Abgelegt unter: Y"
    if NOT_PUBLISHED_RE.search(text) or dateline_match(text):
        return []  # a dateline opens the story: its date is the dateline's, and the rest is body
    dates = dates_in(text, day_first)
    if not dates or _not_header(text, dates):
        return []
    pairs = []
    before = 0
    for start, end, iso in dates:
        label = text[before:start]
        pairs.append(("updated" if UPDATED_WORDS_RE.search(label) else "published", iso))
        before = end
    return pairs


def labelled(text: str) -> bool:
    """The line names its date as the published one (``Published``, ``Veröffentlicht am``, ``Datum``).

    >>> labelled("Veröffentlicht am 16.08.2019"), labelled("16.08.2019")
    (True, False)
    """
    return bool(PUBLISHED_LABEL_RE.search(plain(text)))


def pick(texts: Sequence[str], body: int, day_first: bool | None = None) -> tuple[HeaderDate | None, HeaderDate | None]:
    """The published and the updated date among the non-blank lines ``texts``, whose ``body`` is the first
    prose line: the first of each in the zone round it, else the first labelled published date above it.

    >>> lines = ["Menu", "Headline here", "Last updated 5 May 2020", "4 May 2020", "The body starts and goes on."]
    >>> pick(lines, 4)
    (HeaderDate(field='published', iso='2020-05-04', position=3), HeaderDate(field='updated', iso='2020-05-05', position=2))
    """
    found: dict[str, HeaderDate] = {}
    low, high = max(body - ZONE_ABOVE, 0), min(body + ZONE_BELOW + 1, len(texts))
    for position in range(low, high):
        for field, iso in header_dates(texts[position], day_first):
            found.setdefault(field, HeaderDate(field, iso, position))
    if "published" not in found:
        for position in range(0, low):
            pairs = header_dates(texts[position], day_first) if labelled(texts[position]) else []
            if pairs and pairs[0][0] == "published":
                found["published"] = HeaderDate("published", pairs[0][1], position)
                break
    return found.get("published"), found.get("updated")


def day_first_of(texts: Sequence[str], language: str | None) -> bool | None:
    """Whether the page prints numeric dates day first: from its unambiguous dates, else its language.

    >>> day_first_of(["13/05/2020", "05/06/2020"], None), day_first_of(["May 3, 2020"], "en")
    (True, False)
    >>> day_first_of(["05/06/2020"], "de"), day_first_of(["05/06/2020"], None)
    (True, None)
    """
    votes = 0
    for text in texts:
        if not any(c.isdigit() for c in text):
            continue
        for match in SLASH_DATE_RE.finditer(text):
            front, back = int(match.group("front")), int(match.group("back"))
            votes += (front > 12) - (back > 12)
        votes += sum(month_number(m.group("month")) is not None for m in _WORD_DAY_FIRST_RE.finditer(text))
        votes -= sum(month_number(m.group("month")) is not None for m in _WORD_MONTH_FIRST_RE.finditer(text))
    if votes:
        return votes > 0
    if language in DAY_FIRST_LANGUAGES:
        return True
    return None
