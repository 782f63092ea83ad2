"""Shapes of lines: is this prose, a headline, a dateline start? Pure predicates."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model import Line
from ..data.chars import WIDE_CHAR_RE, BULLET_RE, MARKER_STARTS, CLOSERS, TERMINALS, QUOTE_OPENERS
from ..data.marks import AFP_CROSSHEAD_RE
from ..data.bylines import BYLINE_BY_RE
from ..data.datelines import DATELINE_RE
from ..data.stopwords import TRAILING_STOPWORDS
from .timestamps import month_number, whole_timestamp

#: A title has at most this many words.
TITLE_MAX_WORDS = 30

#: A line of at least this many words that ends a sentence is prose.
PROSE_LINE_MIN_WORDS = 8
#: A line of at least this many words is prose whatever its end.
PROSE_LINE_LONG_WORDS = 20
#: The dash or colon that ends a dateline stands within this many characters of the line's start.
DATELINE_REACH = 160
#: A wrapped line is at least this many characters wide.
WRAPPED_MIN_CHARS = 55


def display_width(text: str) -> int:
    """Columns the text takes in a dump: wide characters take two.

    >>> display_width("News"), display_width("엔터 미디어")
    (4, 11)
    """
    return len(text) if text.isascii() else len(text) + len(WIDE_CHAR_RE.findall(text))


def words(text: str) -> int:
    """The number of space-separated words.

    >>> words("IS fighters massing")
    3
    """
    return text.count(" ") + 1 if text else 0


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation, perhaps inside quotes.

    >>> ends_sentence('he said.'), ends_sentence('"It is over."'), ends_sentence('the Afghan')
    (True, True, False)
    """
    return text.rstrip(CLOSERS)[-1:] in TERMINALS and bool(text.strip(CLOSERS))


#: Dashes that open a list item in a dump, or an aside inside a sentence.
DASH_MARKERS = "-–"
#: What a wrapped line may open with before its first word: quote marks, dashes and spaces.
LINE_OPENERS = QUOTE_OPENERS + DASH_MARKERS + "— \u00a0\u202f"


def is_dash_item(text: str) -> bool:
    """A line opening with a dash and a space: a list item, or an aside that goes on a sentence.

    >>> is_dash_item("– at least to sailors – for"), is_dash_item("-5 degrees")
    (True, False)
    """
    return text[:1] in DASH_MARKERS and text[1:2].isspace()


def opening_word(text: str) -> str:
    """The first word of ``text`` with the quote marks or dash before it: what a wrap moves as one.

    >>> opening_word("« réduire les délais »"), opening_word("prochain, selon")
    ('« réduire', 'prochain,')
    """
    body = text.lstrip(LINE_OPENERS)
    return text[: len(text) - len(body)] + body.split(" ", 1)[0]


def goes_on_lower(text: str) -> bool:
    """Does ``text`` go on in lower case, past any quote mark or dash it opens with?

    >>> goes_on_lower("„wir werden das schaffen“"), goes_on_lower("« Nous"), goes_on_lower("and so")
    (True, False, True)
    """
    return text.lstrip(LINE_OPENERS)[:1].islower()


def opens_aside(previous: str, text: str, following: str) -> bool:
    """A line opening with a quote mark or a dash that goes on the sentence the line before it left open.

    A dash opens a list item instead when there is list context: the line before introduces it
    (ends in a colon) or is an item itself, or the line after is another item.

    >>> opens_aside("the harbour, which is known", "– at least to sailors – for", "its calm water.")
    True
    >>> opens_aside("the harbour, which is known", "- moorings", "- a sea wall")
    False
    >>> opens_aside("le ministre a promis de", "« réduire les délais » dès le mois", "prochain")
    True
    """
    if not previous or not text or ends_sentence(previous) or is_dash_item(previous):
        return False
    if is_dash_item(text):
        return not is_dash_item(following)
    return text[:1] in QUOTE_OPENERS


def dateline_match(text: str) -> re.Match[str] | None:
    """The dateline at the start of ``text``, when it has one of the known forms.

    >>> dateline_match("MOSCOW, Oct 15, 2021 (BSS/AFP) - Russian President").group("location")
    'MOSCOW'
    >>> dateline_match("(CNN) -- A storm").group("agencies")
    'CNN'
    >>> dateline_match("A - B") is None
    True
    >>> dateline_match("Kansas City, March 9 - Grain prices").group("place")
    'Kansas City'
    >>> dateline_match("ECONOMIC SPOTLIGHT - JAPAN SHIPBUILDERS RECOVERY") is None
    True
    """
    if not _may_open_with_dateline(text):
        return None
    match = DATELINE_RE.match(text)
    if match is None:
        return None
    location, dash = match.group("location"), match.group("dash")
    if match.group("bold") and not match.group("bold_end"):
        return None
    month = match.group("month") or match.group("month2")
    if month and month_number(month) is None:
        return None
    if month:
        return match
    rest = text[match.end():]
    if rest.isupper() and sum(c.isalpha() for c in rest) > 2:
        return None  # "ECONOMIC SPOTLIGHT - JAPAN SHIPBUILDERS RECOVERY" is a headline
    if match.group("agencies"):
        return match
    if location is None or sum(c.isalpha() for c in location) < 3:
        return None
    head = location.split(",")[0]
    if not head.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").isupper():
        return None
    if dash == "-" and "," in location:
        return None  # "KABUL, Afghanistan -" needs a long dash; a hyphen there is too common
    if dash == ":" and len(head) < 4:
        return None
    return match


def _may_open_with_dateline(text: str) -> bool:
    """A cheap test before the dateline regex: a letter or bracket first, and a dash or colon early on."""
    if not (text[:1].isalpha() or text[:1] in "(*"):
        return False
    head = text[:DATELINE_REACH]
    return "-" in head or ":" in head or "—" in head or "–" in head


def is_prose(lines: tuple[Line, ...], index: int) -> bool:
    """A line of running text: long, or sentence-ending, or wrapped, or opening with a dateline."""
    text = lines[index].text
    count = words(text)
    if count < 4 and not text.isascii():
        count += (display_width(text) - len(text)) // 2  # Chinese and Japanese put no spaces between words
    if count >= PROSE_LINE_LONG_WORDS:
        return True
    if count < 3:
        return False
    dateline = dateline_match(text)
    if dateline and (count >= 6 or dateline.group("day") or dateline.group("day2")):
        return True  # a dateline opens the body, even alone on its line above a table
    if count < 4 or text.isupper():
        return False  # a line in capitals is a headline
    if count < PROSE_LINE_MIN_WORDS or (text[:1] in MARKER_STARTS and BULLET_RE.match(text)):
        return False
    if ends_sentence(text):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if len(text) < WRAPPED_MIN_CHARS or not following:
        return False
    if following[:1] in MARKER_STARTS and BULLET_RE.match(following):
        after = lines[index + 2].text if index + 2 < len(lines) else ""
        return opens_aside(text, following, after)
    return True


def first_prose(lines: tuple[Line, ...]) -> int:
    """Index of the first prose line, or ``len(lines)`` when there is none."""
    return next((i for i, line in enumerate(lines) if line.text and is_prose(lines, i)), len(lines))


def last_prose(lines: tuple[Line, ...]) -> int:
    """Index of the last prose line, or -1 when there is none."""
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text and is_prose(lines, i)), -1)


def _abbreviation(word: str) -> bool:
    """``U.S.``, ``N.Y.``: a word with a full stop inside as well as at its end.

    >>> _abbreviation("U.S."), _abbreviation("talks.")
    (True, False)
    """
    return "." in word[:-1] and len(word) <= 6


def is_headline(text: str) -> bool:
    """A line that can be a title: short, no sentence period, not a label, date or byline.

    >>> is_headline("IS fighters massing in Afghanistan, says Putin ahead of talks")
    True
    >>> is_headline("He said so."), is_headline("TAIWAN WINS REVISED TEXTILE ACCORD FROM U.S.")
    (False, True)
    """
    count = words(text)
    if not (1 <= count <= TITLE_MAX_WORDS) or len(text) < 4:
        return False
    if text.endswith(".") and not text.endswith("...") and not _abbreviation(text.rsplit(" ", 1)[-1]):
        return False
    if text.endswith((":", ",", ";")) or not any(c.isalpha() for c in text):
        return False
    if count > 1 and text.rsplit(" ", 1)[-1].lower() in TRAILING_STOPWORDS:
        return False
    if BULLET_RE.match(text) and not AFP_CROSSHEAD_RE.match(text):
        return False
    if BYLINE_BY_RE.match(text) or whole_timestamp(text) or dateline_match(text):
        return False
    return True


def walk_above(lines: Sequence[Line], end: int, reach: int) -> Iterator[int]:
    """Indexes of the non-blank lines above index ``end``, nearest first, at most ``reach`` of them.

    >>> list(walk_above((Line(1, "a"), Line(2, ""), Line(3, "b"), Line(4, "c")), 3, 5))
    [2, 0]
    """
    seen = 0
    for index in range(end - 1, -1, -1):
        if not lines[index].text:
            continue
        seen += 1
        if seen > reach:
            return
        yield index


def blanked(line: Line) -> Line:
    """A blank line in place of ``line``: removing a line must not glue its neighbours."""
    return Line(line.number, "", 0, 1)
