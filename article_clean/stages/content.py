"""content: find the article's span in a page dump, and drop the site chrome around it.

A text dump of a web page is mostly chrome: menus, link lists, footers and
sidebars, with the article somewhere in the middle. The page is cut into
elements (paragraphs re-joined across their wraps, list items, lone lines), and
each is scored: running text (long, dense with function words, with sentence
punctuation) counts for the article, chrome (menu entries, rules, lines taken as
boilerplate) against it, anything else a little against it. The article is the
stretch of elements with the highest total. Lines above it that can be a title,
a byline or a timestamp stay for the later stages; every other line outside it
is removed with rule ``outside-article``.

A document with little chrome is an article already, and is left alone; so
is an HTML page, whose main content was found from its markup.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..doc import Doc
from ..model import Line, Removal
from ..patterns import (
    AFTER_ARTICLE_RE,
    BIO_RE,
    BULLET_RE,
    BULLETS,
    CJK_RE,
    CJK_TERMINALS,
    CODE_CHARS,
    FORM_FIELD_RE,
    COMMENT_HEAD_RE,
    COMMENT_SECTION_RE,
    CREDIT_MARK_RE,
    MARKER_STARTS,
    NAV_SEPARATOR_RE,
    LABEL_RE,
    RELATIVE_TIME_RE,
    TEXT_PUNCTUATION,
    RULE_LINE_RE,
    STOPWORDS,
)
from ..shapes import blanked, ends_sentence, is_headline, words
from .boilerplate import line_core
from .byline import read_byline
from .header import read_timestamp

#: Text with a larger share of code characters than this is program code.
CODE_SHARE = 0.06
CODE_MIN_MARKS = 4
#: With fewer chrome elements than this a document is taken as an article already.
MIN_CHROME = 5
#: Running text has at least this many words, and ends like a sentence unless it has this many ...
PROSE_MIN_WORDS = 10
PROSE_LONG_WORDS = 20
#: ... and at most this share of its words capitalized (a Title Case headline has more) ...
TITLE_CASE_SHARE = 0.6
#: ... of which at least this share are function words.
PROSE_STOP_SHARE = 0.12
#: A text in a script without spaces is running text from this many characters.
CJK_PROSE_CHARS = 40
#: A list item of at most this many words, without a sentence end, is a menu entry.
MENU_ITEM_WORDS = 6
#: What a chrome element costs, on top of its words.
CHROME_COST = 4.0
#: What a heading of related links or of more from the site costs: the article ends above it.
AFTER_COST = 50.0
#: What running text with no running text beside it counts: a teaser, a comment, a blurb.
ISOLATED = 0.5
#: How much more running text counts for each neighbour that is running text too.
CONTINUITY = 1.0
#: Running text at another indent than most of the page's counts this much: sidebars, comments, quotes.
OFF_INDENT = 1.0
#: Running text in the last part of the page counts less, down to this discount at its end: footers.
TAIL_START = 0.8
TAIL_DISCOUNT = 0.0
#: How much more each further element of a gap between running texts costs.
GAP_GROWTH = 0.5
#: What an element that is neither running text nor chrome costs, and what each of its words adds.
NEUTRAL_COST = 1.0
NEUTRAL_WORD_COST = 0.5
#: Without long lines, a dump is taken as wrapped at this width.
DEFAULT_WIDTH = 80
#: A line ends this close to the wrap width when the next word did not fit.
WRAP_SLACK = 2
#: A label (credit, timestamp, button) has at most this many words.
LABEL_MAX_WORDS = 40
#: A lead paragraph stands at most this many pieces above the body, with at most this many chrome pieces between.
LEAD_REACH = 6
LEAD_CHROME = 3
#: A title, byline or timestamp stands at most this many non-blank lines above the article.
HEAD_REACH = 8

#: With fewer words of running text than this in the best stretch, the article is not placed.
MIN_ARTICLE_TEXT = 60
#: A comment section does not open with this many paragraphs of running text in a row.
COMMENTS_LOOKAHEAD = 2
#: Text above the comment section that makes it the article's end, in words.
MIN_ARTICLE_WORDS = 30

#: First characters of lines that may be chrome: bullets and rules.
HINT_STARTS = frozenset(BULLETS + "━─_=[")

PROSE, NEUTRAL, LABEL, CHROME, COMMENTS, AFTER = "prose", "neutral", "label", "chrome", "comments", "after"
REPEATED = "repeated"
#: Kinds that only site chrome has: a document with few of them is an article already.
PAGE_KINDS = frozenset({CHROME, COMMENTS, AFTER})


class Element(NamedTuple):
    """A run of lines that read as one piece: a paragraph, a list item, a lone line."""

    first: int  #: index of its first line
    last: int  #: index of its last line
    kind: str
    weight: float  #: its share of the score: positive for text, negative for chrome
    opens: bool = True  #: it follows a blank line: the first piece of a block of the page
    indent: int = 0  #: the indent of its first line


def _is_bullet(text: str) -> bool:
    return text[:1] in MARKER_STARTS and BULLET_RE.match(text) is not None


def display_width(text: str) -> int:
    """Columns the text takes in a dump: wide characters take two.

    >>> display_width("News"), display_width("엔터 미디어")
    (4, 11)
    """
    return len(text) if text.isascii() else len(text) + len(CJK_RE.findall(text))


def is_code(text: str) -> bool:
    """Program code that a dump printed as text: dense with brackets, operators and semicolons.

    >>> is_code('e.exports=function(){return new r.Template(t)};'), is_code("He said (twice) it was over.")
    (True, False)
    """
    marks = sum(map(text.count, CODE_CHARS))
    return marks >= CODE_MIN_MARKS and marks > CODE_SHARE * len(text)


def running_text(text: str) -> bool:
    """Is this a piece of running text: long, ended like a sentence, not Title Case, dense with function words?

    In a language whose function words are not listed, running text is told by
    its punctuation and its mostly lower-case words; in Chinese or Japanese, by
    its length and its sentence marks.

    >>> running_text("Americans have gone to the polls four times this month to vote in major races.")
    True
    >>> running_text("Two U.S. troops killed in helicopter crash in Afghanistan")
    False
    """
    tokens = text.split()
    count = len(tokens)
    if count < PROSE_MIN_WORDS:
        wide = display_width(text) - len(text)
        return wide >= CJK_PROSE_CHARS and any(mark in text for mark in CJK_TERMINALS)
    if count < PROSE_LONG_WORDS and not ends_sentence(text):
        return False
    capitals = sum(token[:1].isupper() for token in tokens)
    if capitals > TITLE_CASE_SHARE * count:
        return False
    stop = sum(token.lower().strip(".,;:!?\"'“”‘’()«»") in STOPWORDS for token in tokens)
    if stop >= PROSE_STOP_SHARE * count and stop >= 2:
        return True
    marks = sum(map(text.count, TEXT_PUNCTUATION))
    return capitals * 2 <= count and marks * PROSE_LONG_WORDS >= count


def is_label(text: str) -> bool:
    """A short piece that labels rather than says: a picture credit, a timestamp, a button in capitals,
    the site speaking to its reader (subscribe, follow us, cookies), a link to another story, a note
    about the author.

    >>> is_label("Foto: unsplash/Bill Mead"), is_label("Veröffentlicht 23.06.2016 um 16:14"), is_label("INGRESAR")
    (True, True, True)
    >>> is_label("Für den Mürbeteig:")
    False
    """
    if words(text) > LABEL_MAX_WORDS:
        return False
    if BIO_RE.match(text):
        return True
    if LABEL_RE.search(text.lower()) or CREDIT_MARK_RE.search(text) or RELATIVE_TIME_RE.match(text):
        return True
    head, colon, tail = text.partition(":")
    if colon and AFTER_ARTICLE_RE.match(head):
        return True  # "Read more: ...", "Lesen Sie auch: ...": a link to another story
    if read_timestamp(text) is not None:
        return True
    return text.isupper() and sum(map(str.isalpha, text)) >= 4


def kind_of(text: str, bullet: bool = False) -> str:
    """Running text, chrome, comments (the line that opens them) or neutral.

    >>> kind_of("Home | World | Business"), kind_of("Contact", bullet=True), kind_of("Jamelle Bouie")
    ('chrome', 'chrome', 'neutral')
    >>> kind_of("3 Comments")
    'comments'
    """
    if RULE_LINE_RE.match(text) or COMMENT_HEAD_RE.match(text) or FORM_FIELD_RE.search(text) or is_code(text):
        return CHROME
    if COMMENT_SECTION_RE.match(text):
        return COMMENTS
    if AFTER_ARTICLE_RE.match(text):
        return AFTER
    if is_label(text):
        return LABEL
    if running_text(text):
        return PROSE
    if bullet and menu_entry(text):
        return CHROME
    if NAV_SEPARATOR_RE.search(text) and words(text) <= 3 * MENU_ITEM_WORDS and not ends_sentence(text):
        return CHROME
    return NEUTRAL


def menu_entry(text: str) -> bool:
    """A list item that reads as a link: short, not a sentence, named rather than described.

    >>> menu_entry("• Privacy Policy"), menu_entry("• home page"), menu_entry("• 200 g Zucker")
    (True, True, False)
    """
    tokens = line_core(text).split()
    if not tokens:
        return True  # a bullet and nothing else: an icon link
    if len(tokens) > MENU_ITEM_WORDS or ends_sentence(text) or text[:1].isdigit():
        return False  # menus are not numbered
    return len(tokens) <= 2 or sum(token[:1].isupper() for token in tokens) * 2 >= len(tokens)


def _weight(kind: str, text: str) -> float:
    count = words(text)
    if kind == PROSE:
        return float(max(count, (display_width(text) - len(text)) // 2))
    if kind == AFTER:
        return -AFTER_COST
    if kind == REPEATED:
        return -CHROME_COST
    if kind == CHROME or kind == COMMENTS or kind == LABEL:
        return -(CHROME_COST + count)
    return -(NEUTRAL_COST + NEUTRAL_WORD_COST * count)


def dump_width(lines: tuple[Line, ...]) -> int:
    """The column at which the dump was wrapped: the most common end of a long line.

    Wrapped lines pile up just below the width; a few lines run past it (a long
    address, a table row) and many stop short of it, each at its own column.

    >>> dump_width(tuple(Line(1, "a" * n) for n in (78, 79, 75, 12, 79, 77, 140)))
    79
    """
    ends = Counter(w for w in (line.indent + display_width(line.text) for line in lines if len(line.text) > 30) if w >= 40)
    return max(ends, key=lambda end: (ends[end], end)) if ends else DEFAULT_WIDTH


def _joins(previous: Line, line: Line, width: int) -> bool:
    """Does ``line`` continue the element that ``previous`` ends: a wrap, or a list item's next line?"""
    if _is_bullet(line.text):
        return False
    if line.indent > previous.indent and _is_bullet(previous.text):
        return True
    end = previous.indent + display_width(previous.text)
    return end + 1 + display_width(line.text.split(" ", 1)[0]) > width - WRAP_SLACK


def _pieces(lines: tuple[Line, ...]) -> list[tuple[int, int, str]]:
    """``(first, last, text)`` of each run of lines that reads as one piece."""
    width = dump_width(lines)
    found = []
    start = None
    for index, line in enumerate(lines + (Line(0, ""),)):
        if start is not None and (not line.text or not _joins(lines[index - 1], line, width)):
            found.append((start, index - 1, " ".join(lines[i].text for i in range(start, index))))
            start = None
        if line.text and start is None:
            start = index
    return found


def _removed_element(index: int, text: str) -> Element:
    """A line that boilerplate took, as an element: chrome, or the heading of comments or related links."""
    if COMMENT_SECTION_RE.match(text):
        return Element(index, index, COMMENTS, -CHROME_COST)
    if AFTER_ARTICLE_RE.match(line_core(text)):
        return Element(index, index, AFTER, -AFTER_COST)
    return Element(index, index, CHROME, -CHROME_COST)


def elements(lines: tuple[Line, ...], removed: dict[int, str]) -> list[Element]:
    """The elements of a page, in order; a line taken as boilerplate is an element of its own.

    A piece that stands more than once on the page (a teaser, a picture's
    caption and its alt text, a menu repeated in the footer) is chrome.
    """
    pieces = _pieces(lines)
    seen = Counter(text for _, _, text in pieces)
    found = [_removed_element(index, text) for index, line in enumerate(lines)
             if not line.text and (text := removed.get(line.number)) is not None]
    for first, last, text in pieces:
        kind = kind_of(text, _is_bullet(lines[first].text))
        if seen[text] > 1 and kind in (NEUTRAL, PROSE):
            kind = REPEATED
        found.append(Element(first, last, kind, _weight(kind, text), first == 0 or not lines[first - 1].text,
                             lines[first].indent))
    return sorted(found)


def main_indent(found: list[Element]) -> int:
    """The indent at which most running text stands."""
    totals: Counter[int] = Counter()
    for element in found:
        if element.kind == PROSE:
            totals[element.indent] += element.weight
    return max(totals, key=totals.__getitem__) if totals else 0


def _beside_text(found: list[Element], index: int, step: int) -> bool:
    """Is there running text next to this element, perhaps across one short line (a crosshead, a link)?"""
    for distance in (1, 2):
        other = index + step * distance
        if not 0 <= other < len(found):
            return False
        if found[other].kind == PROSE:
            return True
        if found[other].kind not in (NEUTRAL, LABEL, REPEATED):
            return False
    return False


def weights(found: list[Element]) -> list[float]:
    """Each element's weight: running text counts more beside running text, and a gap costs more the longer it is.

    An article's paragraphs follow one another, with a picture or a crosshead
    between them now and then; teasers, comments and sidebar blurbs stand alone
    between runs of headlines, pictures and links.
    """
    out = []
    gap = 0
    main = main_indent(found)
    last_line = max((element.last for element in found), default=0) or 1
    for index, element in enumerate(found):
        weight = element.weight
        if element.kind == PROSE:
            gap = 0
            neighbours = _beside_text(found, index, -1) + _beside_text(found, index, 1)
            weight *= 1 + CONTINUITY * neighbours if neighbours else ISOLATED
            if element.indent != main:
                weight *= OFF_INDENT
            tail = element.first / last_line - TAIL_START
            if tail > 0:
                weight *= 1 - TAIL_DISCOUNT * tail / (1 - TAIL_START)
        else:
            gap += element.opens
            weight *= 1 + GAP_GROWTH * max(gap - 1, 0)
        out.append(weight)
    return out


def best_span(weights: list[float]) -> tuple[int, int]:
    """The first and last index of the stretch with the highest total (Kadane's algorithm).

    >>> best_span([-5, 3, -1, 4, -9, 2])
    (1, 3)
    """
    best, best_span_ = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, index
        total += weight
        if total > best:
            best, best_span_ = total, (start, index)
    return best_span_


def comments_start(found: list[Element]) -> int:
    """Index of the element that opens the comment section, once enough text stands above it.

    A comments link among the share buttons under a headline is no comment
    section: there the article's paragraphs follow straight after it.
    """
    text = 0.0
    for index, element in enumerate(found):
        if element.kind == COMMENTS and text >= MIN_ARTICLE_WORDS:
            following = found[index + 1:index + 1 + COMMENTS_LOOKAHEAD]
            if sum(other.kind == PROSE for other in following) < COMMENTS_LOOKAHEAD:
                return index
        text += max(element.weight, 0.0)
    return len(found)


def lead(found: list[Element], first: int) -> int:
    """The span's start moved up to a lead paragraph standing just above it, across a few pictures,
    credits and share buttons, but not across a menu or a heading of related links."""
    chrome = 0
    for index in range(first - 1, max(first - LEAD_REACH, 0) - 1, -1):
        kind = found[index].kind
        if kind == PROSE:
            return index
        if kind in (AFTER, COMMENTS):
            break
        chrome += kind == CHROME
        if chrome > LEAD_CHROME:
            break
    return first


def head(lines: tuple[Line, ...], start: int) -> set[int]:
    """Indexes of the lines above the article to keep for the later stages: its title, and the
    bylines and timestamps around the title."""
    keep: set[int] = set()
    seen = 0
    title = False
    for index in range(start - 1, -1, -1):
        text = lines[index].text
        if not text:
            continue
        seen += 1
        if seen > HEAD_REACH:
            break
        if read_byline(text) is not None or read_timestamp(text) is not None:
            keep.add(index)
        elif not title and is_headline(text):
            keep.add(index)
            title = True
    return keep


def _text(lines: tuple[Line, ...], element: Element) -> str:
    return " ".join(lines[index].text for index in range(element.first, element.last + 1))


def _rules(lines: tuple[Line, ...], found: list[Element]) -> dict[int, str]:
    """The removal rule for each line index that goes: outside the article, chrome inside it, comments."""
    end = comments_start(found)
    weighed = weights(found[:end])
    first, last = best_span(weighed)
    rules: dict[int, str] = {}
    if last < first:
        return rules
    if sum(element.weight for element in found[first:last + 1] if element.kind == PROSE) < MIN_ARTICLE_TEXT:
        first, last = 0, end - 1  # too little running text to place the article: keep all but the chrome
    first = lead(found, first)
    copies: set[str] = set()
    for position, element in enumerate(found):
        if position < first or position > last:
            rule = "comments" if position >= end else "outside-article"
        elif element.kind == REPEATED and (text := _text(lines, element)) not in copies:
            copies.add(text)  # the first copy in the article stays
            continue
        elif element.kind not in (PROSE, NEUTRAL):
            rule = "page-chrome"
        else:
            continue
        rules.update(dict.fromkeys(range(element.first, element.last + 1), rule))
    for index in head(lines, found[first].first):
        del rules[index]
    return rules


def chrome_hint(doc: Doc) -> int:
    """A cheap first count of chrome: lines taken as boilerplate, bullets, rules, links strung with bars."""
    return len(doc.removed) + sum(1 for _, text, _, _ in doc.lines if text and (text[0] in HINT_STARTS or " | " in text))


def run(doc: Doc) -> Doc:
    """Keep the article's span of a page dump; remove the chrome around it and the comments after it."""
    if doc.page_lines:
        return doc  # an HTML page: its main content was found from its markup
    if chrome_hint(doc) < MIN_CHROME:
        return doc
    removed = {removal.line: removal.text for removal in doc.removed if removal.line is not None}
    found = elements(doc.lines, removed)
    if sum(element.kind in PAGE_KINDS for element in found) < MIN_CHROME:
        return doc
    rules = _rules(doc.lines, found)
    lines = list(doc.lines)
    removals = []
    for index, rule in sorted(rules.items()):
        line = lines[index]
        if line.text:
            removals.append(Removal(line.number, line.text, rule))
            lines[index] = blanked(line)
    if not removals:
        return doc
    return doc.evolve(lines=tuple(lines), removed=doc.removed + tuple(removals))
