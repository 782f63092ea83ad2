"""The field's own metrics, as small pure functions.

- body: scrapinghub's article-extraction-benchmark (``evaluate.py``): 4-token
  shingles of ``\\w+`` tokens, each page's TP/FP/FN normalized to fractions,
  precision and recall averaged over the pages, F1 from the two means;
- snippets: trafilatura's ``tests/comparison.py``: ``with`` snippets that must
  and ``without`` snippets that must not appear in the output, counted over all
  pages, whitespace collapsed, case-sensitive;
- title, date, dateline and author: accuracy over the pages that label them;
  beside it, for title, date and author, the share of those pages given a
  value that is not right (a page given none is missed, not wrong).
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import fmean
from typing import Iterable, NamedTuple

from ..text.timestamps import month_number
from ..data.datelines import AGENCIES
from ..data.chars import WORD_RE

#: Tokens per shingle.
SHINGLE = 4

_SPACE_RE = re.compile(r"\s+")
_BY_RE = re.compile(r"^(?:by|von|par|por|di|door)\s*[:]?\s+", re.IGNORECASE)
_NAMES_SPLIT_RE = re.compile(r"\s*(?:[,;/|]|\band\b|\bund\b|&)\s*", re.IGNORECASE)
_MONTH_DAY_RE = re.compile(r"(?:^|[\s,.])(?P<month>[^\W\d_]{3,10})\.?\s*(?P<day>\d{1,2})\b|(?P<day2>\d{1,2})\.?\s+(?P<month2>[^\W\d_]{3,10})\b")
#: An ISO date; a dot or slash typed for a dash (``2022-01.26``) is read as one.
_ISO_DATE_RE = re.compile(r"(\d{4})[-./](\d{2})[-./](\d{2})")
_DMY_RE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
#: Separators that set a site's name apart from the headline in a page title ("Headline | Site"),
#: matched in collapsed text: one space each side, so a run of spaces cannot make it backtrack.
_SITE_SEPARATOR_RE = re.compile(r" (?:\||-|–|—|·|::|») ")


class Counts(NamedTuple):
    """True positives, false positives and false negatives."""

    tp: float
    fp: float
    fn: float


class Summary(NamedTuple):
    precision: float | None
    recall: float | None
    f1: float | None


def collapse(text: str) -> str:
    """``text`` with every run of white space as one space, and no space at the ends.

    >>> collapse("  two\\n\\n words ")
    'two words'
    """
    return _SPACE_RE.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case kept.

    >>> tokens("U.S. durable-goods orders")
    ['U', 'S', 'durable', 'goods', 'orders']
    """
    return WORD_RE.findall(text or "")


def shingle_run(text: str, size: int = SHINGLE) -> list[tuple[str, ...]]:
    """The ``size``-token shingles of ``text`` in order; a shorter text is one shorter shingle.

    >>> shingle_run("a b c d e")
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    >>> shingle_run("Hi there"), shingle_run("")
    ([('Hi', 'there')], [])
    """
    words = tokens(text)
    if len(words) <= size:
        return [tuple(words)] if words else []
    return [tuple(words[i:i + size]) for i in range(len(words) - size + 1)]


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of shingles of ``text``.

    >>> shingles("to be or not to be or")[("to", "be", "or", "not")]
    1
    """
    return Counter(shingle_run(text, size))


def shingle_counts(gold: str, predicted: str) -> Counts:
    """TP, FP and FN over shingles, as fractions of their sum so long pages weigh no more.

    >>> shingle_counts("one two three four five", "one two three four")
    Counts(tp=0.5, fp=0.0, fn=0.5)
    >>> shingle_counts("", "")
    Counts(tp=0.0, fp=0.0, fn=0.0)
    """
    want, got = shingles(gold), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return Counts(tp / total, fp / total, fn / total) if total else Counts(0.0, 0.0, 0.0)


def precision(counts: Counts) -> float:
    """TP/(TP+FP); 1 when nothing was wrong either way, 0 when nothing was right.

    >>> precision(Counts(0.0, 0.0, 0.0)), precision(Counts(0.0, 0.0, 1.0)), precision(Counts(0.5, 0.5, 0.0))
    (1.0, 0.0, 0.5)
    """
    tp, fp, fn = counts
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(counts: Counts) -> float:
    """TP/(TP+FN); 1 when nothing was wrong either way, 0 when nothing was right.

    >>> recall(Counts(0.0, 0.0, 0.0)), recall(Counts(0.0, 1.0, 0.0)), recall(Counts(0.75, 0.0, 0.25))
    (1.0, 0.0, 0.75)
    """
    tp, fp, fn = counts
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def harmonic(a: float | None, b: float | None) -> float | None:
    """The harmonic mean of two figures, 0 when both are 0, None when either is missing.

    >>> harmonic(1.0, 0.5)
    0.6666666666666666
    """
    if a is None or b is None:
        return None
    return 2 * a * b / (a + b) if a + b else 0.0


def body_summary(pages: Iterable[Counts]) -> Summary:
    """Precision averaged over pages with a prediction, recall over pages with a gold body, F1 of the means.

    An empty prediction counts for recall (as 0) but not for precision.

    >>> body_summary([Counts(1.0, 0.0, 0.0), Counts(0.0, 0.0, 1.0)])
    Summary(precision=1.0, recall=0.5, f1=0.6666666666666666)
    """
    pages = list(pages)
    precisions = [precision(c) for c in pages if c.tp + c.fp > 0]
    recalls = [recall(c) for c in pages if c.tp + c.fn > 0]
    p = fmean(precisions) if precisions else None
    r = fmean(recalls) if recalls else None
    return Summary(p, r, harmonic(p, r))


def snippet_counts(output: str, with_: Iterable[str], without: Iterable[str]) -> Counts:
    """``with`` snippets found (TP), ``without`` snippets found (FP), ``with`` snippets missing (FN).

    >>> snippet_counts("Die GEMA dreht\\nvöllig am Zeiger!", ["Die GEMA  dreht völlig"], ["Impressum"])
    Counts(tp=1, fp=0, fn=0)
    """
    text = collapse(output)
    found = [collapse(s) in text for s in with_ or ()]
    leaked = sum(collapse(s) in text for s in without or ())
    return Counts(sum(found), leaked, len(found) - sum(found))


def snippet_summary(pages: Iterable[Counts]) -> Summary:
    """Precision, recall and F over counts summed across pages: F is 2TP/(2TP+FP+FN).

    >>> snippet_summary([Counts(3, 1, 0), Counts(1, 0, 1)])
    Summary(precision=0.8, recall=0.8, f1=0.8)
    """
    tp = fp = fn = 0
    for counts in pages:
        tp, fp, fn = tp + counts.tp, fp + counts.fp, fn + counts.fn
    if not tp + fp + fn:
        return Summary(None, None, None)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Summary(p, r, 2 * tp / (2 * tp + fp + fn))


def headline_sides(gold: str) -> frozenset[str]:
    """The forms of a gold title that count as right, folded: itself, and its headline side.

    A title split by site-name separators ("Headline | Site", "Site - Headline")
    has for headline side its longest part, and the text before its last
    separator when that is longer than what follows it (a headline with a
    separator of its own, then the site).

    >>> sorted(headline_sides("Floods cut off villages | Daily Star"))
    ['floods cut off villages', 'floods cut off villages | daily star']
    >>> sorted(headline_sides("BBC News :: Floods cut off villages"))
    ['bbc news :: floods cut off villages', 'floods cut off villages']
    >>> sorted(headline_sides("Biden - the verdict | CNN"))
    ['biden - the verdict', 'biden - the verdict | cnn', 'the verdict']
    >>> sorted(headline_sides("Covid-19 rules end"))
    ['covid-19 rules end']
    """
    whole = collapse(gold).casefold()
    parts = _SITE_SEPARATOR_RE.split(whole)
    if len(parts) < 2:
        return frozenset((whole,))
    last = list(_SITE_SEPARATOR_RE.finditer(whole))[-1]
    sides = {whole, max(parts, key=len)}
    if last.start() > len(whole) - last.end():
        sides.add(whole[:last.start()])
    return frozenset(sides)


def same_title(gold: str, predicted: str | None) -> bool:
    """Titles match when equal with white space collapsed, ignoring case, or when the
    prediction is the gold title's headline side; ``""`` means none.

    >>> same_title("Time to say  goodbye.", "time to say goodbye."), same_title("", None)
    (True, True)
    >>> same_title("Time to say goodbye - The Daily Star", "Time to say goodbye")
    True
    >>> same_title("Time to say goodbye - The Daily Star", "The Daily Star")
    False
    """
    if not collapse(gold):
        return not collapse(predicted or "")
    return collapse(predicted or "").casefold() in headline_sides(gold)


def gold_date(text: str) -> str:
    """The ``YYYY-MM-DD`` of a gold date (ISO, or Reuters' ``26-FEB-1987 15:14:42.83``); ``""`` for none.

    A label that cannot be a date is read as the one date it can mean: a dot typed for a dash, or the
    day and month swapped (``2022-29-11``).

    >>> gold_date("2018-06-22"), gold_date("26-FEB-1987 15:14:42.83"), gold_date("")
    ('2018-06-22', '1987-02-26', '')
    >>> gold_date("2022-01.26"), gold_date("2022-29-11")
    ('2022-01-26', '2022-11-29')
    """
    match = _ISO_DATE_RE.search(text or "")
    if match:
        year, month, day = match.groups()
        if int(month) > 12 >= int(day):
            month, day = day, month
        return f"{year}-{month}-{day}"
    match = _DMY_RE.search(text or "")
    month = month_number(match.group(2)) if match else None
    return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}" if match and month else ""


def same_date(gold: str, predicted: str | None) -> bool:
    """Dates match on the day: the time of day does not count.

    >>> same_date("2019-12-31", "2019-12-31T08:15:00"), same_date("", None), same_date("2019-12-31", None)
    (True, True, False)
    """
    return gold_date(gold) == (predicted or "")[:10]


def _place(text: str) -> str:
    """A location compared by its word characters alone, ignoring case."""
    return "".join(WORD_RE.findall(text)).casefold()


def dateline_parts(text: str) -> tuple[str, str]:
    """``(location, MM-DD)`` of a dateline as printed; the location compared by its words alone.

    >>> dateline_parts("PORTLAND, Ore., Feb 26 -")
    ('portlandore', '02-26')
    >>> dateline_parts("WASHINGTON (Reuters) -")
    ('washington', '')
    """
    text = text.strip()
    for match in _MONTH_DAY_RE.finditer(text):
        month = month_number(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
        if month and 1 <= day <= 31:
            return _place(text[:match.start()]), f"{month:02d}-{day:02d}"
    return _place(re.split(r"\(|\s[-—–]+(?:\s|$)|:\s", text, maxsplit=1)[0]), ""


def same_dateline(gold: str, location: str | None, date: str | None) -> bool:
    """A predicted dateline is right when its location and its month and day match the gold's.

    >>> same_dateline("PORTLAND, Ore., Feb 26 -", "PORTLAND, Ore.", "--02-26")
    True
    >>> same_dateline("PORTLAND, Ore., Feb 26 -", "PORTLAND", "--02-26")
    False
    >>> same_dateline("", None, None)
    True
    """
    return dateline_parts(gold) == (_place(location or ""), (date or "")[-5:])


def author_names(value: str | Iterable[str] | None) -> frozenset[str]:
    """The set of author names in a label or a prediction: without a leading "by", agencies or case.

    >>> sorted(author_names("By Malcolm Whittaker and Franck Pauly, Reuters"))
    ['franck pauly', 'malcolm whittaker']
    >>> author_names(["Jane  Doe"]), author_names("")
    (frozenset({'jane doe'}), frozenset())
    """
    parts = [value] if isinstance(value, str) else list(value or ())
    names = set()
    for part in parts:
        for name in _NAMES_SPLIT_RE.split(_BY_RE.sub("", collapse(part))):
            name = name.strip(" .").casefold()
            if name and name not in AGENCIES:
                names.add(name)
    return frozenset(names)


def author_errors(gold: str | Iterable[str], predicted: Iterable[str]) -> tuple[int, int]:
    """``(missed, wrong)``: gold names not given, and names given that are not in the gold.

    >>> author_errors("By Jane Doe, Reuters", ["Jane Doe", "Reuters Staff"])
    (0, 1)
    """
    want, got = author_names(gold), author_names(predicted)
    return len(want - got), len(got - want)


def is_wrong(right: bool, given: object) -> bool:
    """A page's answer is wrong when a value was given and it is not right; none given is missed.

    >>> is_wrong(False, "Share this story"), is_wrong(False, None), is_wrong(True, "Headline"), is_wrong(False, [])
    (True, False, False, False)
    """
    return not right and bool(given)
