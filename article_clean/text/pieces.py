"""What a piece of a page dump is: running text, a label, a menu entry, chrome, or none of these.

A piece is a paragraph re-joined across its wraps, a list item, or a lone
line. Running text is long, ends like a sentence, is not in Title Case and is
dense with the function words of its language; a short sentence is a few words
of it; chrome is a menu entry, a rule, a form field, a bar of links or program
code; a label (a picture's credit, a timestamp, a button, the site speaking to
its reader, a note about the author) names rather than says; a cookie dialog
opens with its heading or with "we use cookies". These predicates read one
piece at a time; the content stage weighs them in their places on the page.
"""

from __future__ import annotations

from ..data.chrome import (
    AFTER_ARTICLE_RE,
    BIO_RE,
    COMMENT_HEAD_RE,
    COMMENT_SECTION_RE,
    CONSENT_RE,
    CREDIT_MARK_RE,
    FORM_FIELD_RE,
    LABEL_RE,
    NAV_SEPARATOR_RE,
)
from ..data.chars import BULLET_RE, CJK_TERMINALS, CODE_CHAR_RE, MARKER_STARTS, RULE_LINE_RE, TEXT_PUNCTUATION
from ..data.dates import RELATIVE_TIME_RE
from ..data.stopwords import DUMP_STOPWORDS
from .shapes import display_width, ends_sentence, words
from .boilerplate import line_core
from .timestamps import read_timestamp

#: Text with a larger share of code characters than this, and at least this many, is program code.
CODE_SHARE = 0.06
CODE_MIN_MARKS = 4
#: Running text has at least this many words, and ends like a sentence unless it has this many ...
RUNNING_TEXT_MIN_WORDS = 10
RUNNING_TEXT_LONG_WORDS = 20
#: ... at most this share of its words capitalized (a Title Case headline has more) ...
TITLE_CASE_SHARE = 0.6
#: ... and at least this share of function words.
PROSE_STOP_SHARE = 0.12
#: A text in a script without spaces is running text from this many wide characters.
CJK_PROSE_CHARS = 40
#: A list item of at most this many words, without a sentence end, may be a menu entry.
MENU_ITEM_WORDS = 6
#: Punctuation around a word, stripped before it is looked up among the function words.
WORD_EDGES = ".,;:!?\"'“”‘’()«»"
#: A label has at most this many words.
LABEL_MAX_WORDS = 40

PROSE, NEUTRAL, LABEL, CHROME, COMMENTS, AFTER = "prose", "neutral", "label", "chrome", "comments", "after"
#: The opening of a cookie or privacy dialog.
CONSENT = "consent"
#: A short sentence: too short to count as running text alone, but said rather than named.
SENTENCE = "sentence"
SENTENCE_MIN_WORDS = 4
#: A piece that stands twice on a page.
REPEATED = "repeated"
#: The removal rules of the pieces outside the article: below a comment section's heading, comments,
#: down to the last piece that a comment section holds (its headings, what the commenters wrote);
#: the chrome below that (the site's footer) is outside the article; and a cookie dialog.
OUTSIDE = "outside-article"
CUT_RULES = {COMMENTS: "comments", CONSENT: "consent-dialog"}
COMMENT_TEXT = frozenset({COMMENTS, PROSE, SENTENCE})


def is_bullet(text: str) -> bool:
    """Does the line open with a list bullet or number?"""
    return text[:1] in MARKER_STARTS and BULLET_RE.match(text) is not None


def capitalized(tokens: list[str]) -> int:
    """How many of the words open with a capital letter.

    >>> capitalized("Two U.S. troops killed in helicopter crash".split())
    2
    """
    return sum(map(str.isupper, [token[0] for token in tokens]))


def is_code(text: str) -> bool:
    """Program code that a dump printed as text: dense with brackets, operators and semicolons.

    >>> is_code('e.exports=function(){return new r.Template(t)};'), is_code("He said (twice) it was over.")
    (True, False)
    """
    marks = len(CODE_CHAR_RE.findall(text))
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
    if count < RUNNING_TEXT_MIN_WORDS:
        wide = display_width(text) - len(text)
        return wide >= CJK_PROSE_CHARS and any(mark in text for mark in CJK_TERMINALS)
    if count < RUNNING_TEXT_LONG_WORDS and not ends_sentence(text):
        return False
    capitals = capitalized(tokens)
    if capitals > TITLE_CASE_SHARE * count:
        return False
    stop = sum(map(DUMP_STOPWORDS.__contains__, [token.strip(WORD_EDGES) for token in text.lower().split()]))
    if stop >= PROSE_STOP_SHARE * count and stop >= 2:
        return True
    marks = sum(map(text.count, TEXT_PUNCTUATION))
    return capitals * 2 <= count and marks * RUNNING_TEXT_LONG_WORDS >= count


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
    if site_speaks(text) or CREDIT_MARK_RE.search(text) or RELATIVE_TIME_RE.match(text):
        return True
    head, colon, tail = text.partition(":")
    if colon and AFTER_ARTICLE_RE.match(head):
        return True  # "Read more: ...", "Lesen Sie auch: ...": a link to another story
    if read_timestamp(text) is not None:
        return True
    return text.isupper() and sum(map(str.isalpha, text)) >= 4


def kind_of(text: str, bullet: bool = False) -> str:
    """Running text, a short sentence, a label, chrome, the line that opens comments, a cookie dialog or
    what follows an article, or neutral.

    >>> kind_of("Home | World | Business"), kind_of("Contact", bullet=True), kind_of("Jamelle Bouie")
    ('chrome', 'chrome', 'neutral')
    >>> kind_of("3 Comments")
    'comments'
    """
    if RULE_LINE_RE.match(text) or COMMENT_HEAD_RE.match(text) or FORM_FIELD_RE.search(text) or is_code(text):
        return CHROME
    if COMMENT_SECTION_RE.match(text):
        return COMMENTS
    if CONSENT_RE.match(text):
        return CONSENT
    if AFTER_ARTICLE_RE.match(text):
        return AFTER
    if is_label(text):
        return LABEL
    if running_text(text):
        return PROSE
    if bullet and menu_entry(text):
        return CHROME
    if short_sentence(text):
        return SENTENCE
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
    return len(tokens) <= 2 or capitalized(tokens) * 2 >= len(tokens)


def short_sentence(text: str) -> bool:
    """A sentence of a few words, mostly in lower case.

    >>> short_sentence("Die Mandarinen abtropfen lassen."), short_sentence("Alle Bilder anzeigen")
    (True, False)
    """
    tokens = text.split()
    if not SENTENCE_MIN_WORDS <= len(tokens) < RUNNING_TEXT_MIN_WORDS or not ends_sentence(text) or text.endswith(":"):
        return False
    return capitalized(tokens) * 2 <= len(tokens) + 1


def introduces(text: str) -> bool:
    """A sentence that ends in a colon, mostly in lower case: it introduces what follows it (a quotation,
    a list) when running text follows; a label ends in a colon too, but names in a word or two.

    >>> introduces("In the same interview, the minister also said:"), introduces("Für den Mürbeteig:")
    (True, False)
    """
    tokens = text.split()
    if not SENTENCE_MIN_WORDS <= len(tokens) <= LABEL_MAX_WORDS or not text.endswith(":"):
        return False
    return capitalized(tokens) * 2 <= len(tokens) + 1


def cut_rules(kinds: list[str]) -> list[str]:
    """The removal rule of each piece from the opening of a comment section or a cookie dialog on.

    >>> cut_rules([COMMENTS, PROSE, LABEL, CONSENT, PROSE])
    ['comments', 'comments', 'outside-article', 'consent-dialog', 'consent-dialog']
    """
    consent = next((index for index, kind in enumerate(kinds) if kind == CONSENT), len(kinds))
    last = max((index for index in range(consent) if kinds[index] in COMMENT_TEXT), default=-1)
    return [CUT_RULES[COMMENTS] if index <= last else OUTSIDE if index < consent else CUT_RULES[CONSENT]
            for index in range(len(kinds))]


def site_speaks(text: str) -> bool:
    """Does the site speak to its reader here, or about its author, rather than tell the story?

    >>> site_speaks("Mit Absenden meiner E-Mail-Adresse willige ich ein, den Newsletter zu erhalten.")
    True
    """
    return BIO_RE.match(text) is not None or LABEL_RE.search(text.lower()) is not None
