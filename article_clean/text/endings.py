"""How a paragraph ends: with a full stop, in a shape that needs none, or part-way through a sentence.

A paragraph that ends without a full stop is cut off only when it reads as a
sentence that stops part-way: enough words, running text rather than figures,
and a last word that is a word. Table rows, list items, headings, captions and
credits, prices, lines of links, code, lines of figures, embedded posts, bylines
and footnote markers need no full stop; :func:`unstopped_shape` names them.
"""

from __future__ import annotations

import functools
import re

from ..data.chars import CODE_CHAR_RE, WIDE_CHAR_RE
from ..data.stopwords import DUMP_STOPWORDS, TRAILING_STOPWORDS
from .timestamps import month_number
from .quotes import continues_quote, ends_closed

#: Sentence-final punctuation, in Latin, CJK and other scripts.
TERMINALS = ".!?…:;。！？｡؟।"
#: What may follow the full stop: closing quotes and brackets, and white space (a no-break space
#: read as Windows-1252 leaves an ``Â``).
CLOSING = "\"'”’»«“」』）)]】》 \u00a0Â"
#: A footnote's number after the full stop of a word or a figure's per cent: ``the filer.2``,
#: ``at 7.25%.7``, ``level:11,12``, ``industry. 3``. A figure before the stop is a decimal (``15.3``).
FOOTNOTE_END_RE = re.compile(r"(?<=[^\W\d_]|[%\"”’»)])[.!?:]['\"”’»]?\s?\d{1,3}(?:,\d{1,3})*$")
#: A paragraph shorter than this many words is a caption or label, not a cut sentence; unless it
#: ends in an article, a preposition or a conjunction, which no label does, and has this many.
CUT_MIN_WORDS = 5
CUT_MIN_WORDS_DANGLING = 3
#: Words that no sentence, heading or label ends in: articles, prepositions, conjunctions, auxiliaries.
DANGLING = TRAILING_STOPWORDS | frozenset(
    "if because while when whether than into onto about after before between during under over "
    "has have had will would can could should must its their his her our your my this these those "
    "dem den des ein eine einen einem einer eines für auf aus bei nach vor über unter wenn weil dass "
    "du au aux une pour par avec sans dans sur sous que qui si "
    "una unos unas para por con sin sobre entre que si "
    "um uma para com sem em no na do da dos das que "
    "il lo gli di da con su per tra che della del dei "
    "het een van op met voor naar bij "
    "w z na od dla przez że "
    "в на с по к у о из для при за от что".split()
)
#: CJK characters count as this many words each: a CJK word is about two characters.
CJK_WORD_SHARE = 0.5
#: A heading has at most this many words, and at least this share of its words after the first are
#: capitalised; or, in Title Case, at most the long count with the high share.
HEADING_MAX_WORDS = 14
HEADING_CAPITALISED = 0.6
TITLE_CASE_MAX_WORDS = 24
TITLE_CASE_CAPITALISED = 0.75
#: Letters in capitals, as a share of all letters, from which a line is written in capitals.
CAPITALS_SHARE = 0.8
#: A label ("Path D:", "Foto:") stands within this many words of the start, before its colon.
LABEL_MAX_WORDS = 3
#: Tokens with a figure in them, as a share of all tokens, from which a line is a line of figures.
FIGURES_SHARE = 0.2
#: Code characters, as a share of all characters, from which a line is code.
CODE_SHARE = 0.06
#: Besides a letter or a figure, what a sentence cut part-way may end in (a dash ends an introduction).
CUT_ENDS = ","
#: A cut ending in one of these is surely cut: a function word or a comma waits for more.
SURE = 0.9
#: A cut ending in any other word: a sentence-case heading looks the same.
LIKELY = 0.7

#: The head of a line that is a credit, a byline or an embedded post's signature.
CREDIT_START_RE = re.compile(r"^(?:[—–―-]\s|(?i:by|von|par|por|di|przez|от)\s+[A-ZÀ-ÖØ-ÞА-Я])")
#: Anywhere in a line: an embedded post, a handle, a link, a copyright sign.
CREDIT_MARK_RE = re.compile(r"pic\.twitter\.com/|(?:^|\s)@\w|https?://|www\.\w|\(@\w+\)|[©ⓒ℗]|\(c\)\s", re.I)
#: The last token of a line of links or tags.
LINK_END_RE = re.compile(r"(?:https?://|www\.|\.(?:com|org|net|html?)\b|[#@]\w)\S*$", re.I)
#: A footnote marker or a bracketed credit at the end: ``[2]``, ``[ Bloomberg ]``, ``(Originally $800)``.
BRACKET_END_RE = re.compile(r"[\])}]\s*$")
#: A label before a colon at the head of a line: ``Path D:``, ``Maximale Teilnahmen:``; and one
#: or two words, capitalised, before a colon, as a caption opens: ``Main image: the installation``.
LABEL_RE = re.compile(r"^\S+(?: \S+){0,%d}:\s" % (LABEL_MAX_WORDS - 1))
CAPTION_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w-]*(?: [\w-]+)?:\s")
#: An agency's sign-off after the last full stop (``... the US. PTI``), or a signature after a dash
#: (``... — Neil Gaiman``, ``-- CONCERNED SISTER``).
SIGN_OFF_RE = re.compile(r"[.!?…]['\"”’»]?\s+[A-Z]{2,8}$|\s(?:—|–|―|--)\s*(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s?){1,5}$")
#: Who said it, after a dash that follows a full stop or a closing quotation mark:
#: ``... fit)." - Jennifer``, ``... applications" -- Computer science professor``, ``." — Rochelle Bilow, editor``.
#: A single mark after a word is an apostrophe (``the players' — and``), so only a double one counts.
ATTRIBUTION_MAX_CHARS = 120
ATTRIBUTION_RE = re.compile(r"(?:[.!?…]['\"”’»]*|[\"”»])\s+(?:--?|[—–―])\s*[^\s.!?…][^.!?…]{0,%d}$"
                            % ATTRIBUTION_MAX_CHARS)
FIGURE_RE = re.compile(r"[\d½¼¾⅓⅔⅛]")
#: A date at the end of a line: a month, a day and perhaps a year (``for Nov. 19``, ``November 18, 2019``).
DATE_END_RE = re.compile(r"(?P<month>[^\W\d_]{3,10})\.?\s+\d{1,2}(?:,?\s+\d{4})?$")
#: A price ends in a figure, its currency before it.
CURRENCY_RE = re.compile(r"[$€£¥₹₩]")


def size(text: str) -> float:
    """The length of ``text`` in words, CJK characters counting half a word each.

    >>> size("the plan would"), size("彼は行くと言った")
    (3, 4.0)
    """
    if not WIDE_CHAR_RE.search(text):
        return len(text.split())
    return len(WIDE_CHAR_RE.sub(" ", text).split()) + len(WIDE_CHAR_RE.findall(text)) * CJK_WORD_SHARE


def full_stop(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation, perhaps inside quotes or brackets.

    >>> full_stop('"It is over."'), full_stop('彼は行った。」'), full_stop('the Afghan')
    (True, True, False)
    """
    stripped = text.rstrip(CLOSING)
    if stripped[-1:].isdigit() and FOOTNOTE_END_RE.search(stripped):
        return True
    return bool(stripped) and stripped[-1] in TERMINALS


def _capitalised_share(tokens: list[str]) -> float:
    alphabetic = [t for t in tokens[1:] if t[:1].isalpha()]
    return sum(t[0].isupper() for t in alphabetic) / len(alphabetic) if alphabetic else 0.0


def _dated(text: str) -> bool:
    """True when ``text`` ends in a date, as a credit or a listing does.

    >>> _dated("Fox News Flash top entertainment headlines for Nov. 19"), _dated("sales of 19")
    (True, False)
    """
    match = DATE_END_RE.search(text)
    return match is not None and month_number(match.group("month")) is not None


def _title_case(tokens: list[str]) -> bool:
    """Capitalised words, and in lower case only the small words that Title Case leaves so
    (``for``, ``of``, ``the``): a sentence has lower-case words of its own (``said``, ``approved``)."""
    if any(t[:1].islower() and t not in DANGLING and t not in DUMP_STOPWORDS for t in tokens[1:]):
        return False
    share = _capitalised_share(tokens)
    return (len(tokens) <= HEADING_MAX_WORDS and share >= HEADING_CAPITALISED) or (
        len(tokens) <= TITLE_CASE_MAX_WORDS and share >= TITLE_CASE_CAPITALISED)


def _in_capitals(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) >= CAPITALS_SHARE * len(letters)


#: The shape of a line is asked of it again for its neighbours: remember those of one article's worth.
SHAPES_REMEMBERED = 256


@functools.lru_cache(maxsize=SHAPES_REMEMBERED)
def unstopped_shape(text: str) -> str | None:
    """The kind of line that needs no full stop, or None when ``text`` reads as running text.

    >>> unstopped_shape("13 Kurt Busch 2237 1 0 6 18"), unstopped_shape("Get it at Walmart for $499.99")
    ('figures', 'figures')
    >>> unstopped_shape("... campaign. pic.twitter.com/3BDnrvkoms"), unstopped_shape("Meal Prep Menu for Eating Plan A")
    ('credit', 'heading')
    >>> unstopped_shape("Officials said the rivers burst their banks after three days of") is None
    True
    """
    tokens = text.split()
    last = text.rstrip(CLOSING)[-1:]
    if CREDIT_START_RE.search(text) or CREDIT_MARK_RE.search(text) or SIGN_OFF_RE.search(text):
        return "credit"
    if ATTRIBUTION_RE.search(text):
        return "attribution"
    if continues_quote(text) and ends_closed(text):
        return "quotation"
    if LINK_END_RE.search(text):
        return "links"
    if BRACKET_END_RE.search(text):
        return "bracket"
    if sum(bool(FIGURE_RE.search(t)) for t in tokens) >= FIGURES_SHARE * len(tokens):
        return "figures"
    if last.isdigit() and CURRENCY_RE.search(tokens[-1]):
        return "figures"
    if last.isdigit() and _dated(text):
        return "date"
    if not (last.isalnum() or last in CUT_ENDS):
        return "symbol"
    if tokens[-1].strip(CLOSING) in DANGLING:
        return None
    if _in_capitals(text) or _title_case(tokens):
        return "heading"
    if (LABEL_RE.search(text) and len(tokens) <= HEADING_MAX_WORDS) or CAPTION_RE.search(text):
        return "label"
    if len(CODE_CHAR_RE.findall(text)) >= CODE_SHARE * len(text):
        return "code"
    return None


def signed_off(text: str) -> bool:
    """True when ``text`` ends in an agency's sign-off, perhaps followed by dots: ``... business. REUTER...``.

    >>> signed_off("Matra has acquired CGCT's business. REUTER..."), signed_off("REUTER"), signed_off("He said All...")
    (True, True, False)
    """
    stripped = text.rstrip(". …")
    return bool(SIGN_OFF_RE.search(stripped)) or (stripped.isupper() and len(stripped.split()) == 1)


def dangling(text: str) -> bool:
    """True when ``text`` ends in a word that waits for more: ``the``, ``of``, ``und``, ``pour``.

    >>> dangling("talks with the"), dangling("Eating Plan A"), dangling("the Afghan")
    (True, False, False)
    """
    words = text.rstrip(CLOSING).split()
    return bool(words) and words[-1] in DANGLING


@functools.lru_cache(maxsize=SHAPES_REMEMBERED)
def cut_confidence(text: str) -> float | None:
    """How sure it is that ``text`` is a sentence stopped part-way; None when it is not one.

    >>> cut_confidence("Officials said the rivers burst their banks after three days of")
    0.9
    >>> cut_confidence("Officials said the rivers burst their banks after three days of rain")
    0.7
    >>> cut_confidence("Officials said the rivers burst their banks.") is None
    True
    """
    if full_stop(text):
        return None
    stripped = text.rstrip(CLOSING)
    least = CUT_MIN_WORDS_DANGLING if dangling(text) else CUT_MIN_WORDS
    if size(text) < least or unstopped_shape(text) is not None:
        return None
    return SURE if stripped.endswith(",") or dangling(text) else LIKELY
