"""Patterns and phrase lists, as data. Compiled once, here, and nowhere else.

Every regex in this module runs on one line at a time and is written so that
it cannot backtrack catastrophically: no nested unbounded quantifiers, and
every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# Characters
# --------------------------------------------------------------------------

NBSP = "\u00a0"
#: Horizontal white space that may indent a line, NBSP included.
INDENT_CHARS = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: Characters removed outright during normalization (zero width, soft hyphen stays for reflow).
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
#: Bullets that start a list line in text dumps.
BULLETS = "•·▪▸►‣◦●○■□–*+-"
#: First characters of a line that may be a bullet, heading, quote or crosshead marker.
MARKER_STARTS = frozenset("•·▪▸►‣◦●○■□*+-–—#>0123456789")
BULLET_RE = re.compile(r"^([•·▪▸►‣◦●○■□*+]|-(?=\s)|–(?=\s)|\d{1,3}[.)](?=\s))\s*")

#: Characters that end a sentence (or introduce what follows it).
TERMINALS = ".!?…:;"
#: Closing quotes and brackets that may follow the end of a sentence.
CLOSERS = "\"'”’»)] "

# --------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "janv", "januar", "enero", "ene", "gennaio", "janeiro", "januari"),
        ("february", "feb", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "februari"),
        ("march", "mar", "mars", "märz", "marz", "marzo", "março", "maart"),
        ("april", "apr", "avr", "avril", "abril", "aprile"),
        ("may", "mai", "mayo", "maggio", "maio", "mei"),
        ("june", "jun", "juin", "juni", "junio", "giugno", "junho"),
        ("july", "jul", "juil", "juillet", "juli", "julio", "luglio", "julho"),
        ("august", "aug", "août", "aout", "agosto", "augustus"),
        ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
        ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"),
        ("november", "nov", "novembre", "noviembre", "novembro"),
        ("december", "dec", "déc", "decembre", "décembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number



def _month(group: str = "month") -> str:
    """A word that may be a month name, as group ``group``; code checks it against MONTHS.

    A generic word here instead of an alternation of every name keeps the
    date regexes several times faster.
    """
    return rf"(?P<{group}>[^\W\d_]{{3,10}})\.?"


MONTH = _month()
_WEEKDAY = (
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
)
_TIME = (
    r"(?:(?:,|\s+at|\s+-|\s+\|)?\s*"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>(?i:[ap]\.?m\.?))?"
    r"(?:\s*(?P<tz>[A-Z]{2,5}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?))?)?"
)

#: Date forms, each a regex with named groups day, month, year (and the time groups).
DATE_FORMS = (
    # 15 Oct 2021, 20:27
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + MONTH + r",?\s+(?P<year>\d{4})" + _TIME),
    # Nov 19, 2019, 10:31 pm CST
    re.compile(_WEEKDAY + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME),
    # 2019-11-19T10:31:00Z and 2019-11-19 10:31
    re.compile(
        r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
        r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
    ),
    # 2019/11/19
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})" + _TIME),
)

#: Labels in front of a timestamp line, mapped to the field they fill.
TIMESTAMP_LABEL_RE = re.compile(
    r"^(?P<label>(?i:last\s+updated|last\s+modified|updated(?:\s+on|\s+at)?|update|modified|"
    r"published(?:\s+on|\s+at)?|first\s+published|posted(?:\s+on|\s+at)?|date|"
    r"aktualisiert|veröffentlicht|publié\s+le|mis\s+à\s+jour\s+le|publicado|actualizado))"
    r"\s*[:\-–|]?\s*"
)
UPDATED_LABEL_RE = re.compile(r"(?i)updated|update|modified|aktualisiert|mis à jour|actualizado")

# --------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------

#: News agencies. An agency is never an author.
AGENCIES = frozenset(
    s.lower()
    for s in (
        "AFP", "AP", "Reuters", "Reuter", "BSS", "UNB", "PTI", "IANS", "ANI", "Xinhua", "dpa",
        "EFE", "ANSA", "Kyodo", "Yonhap", "Bernama", "TASS", "RIA", "Interfax", "CNN", "BBC",
        "UPI", "Bloomberg", "AAP", "NNA", "Anadolu", "AA", "WAM", "SPA", "KUNA", "QNA", "APP",
        "Sputnik", "IRNA", "Antara", "PNA", "CNA", "AHN", "Agencies", "Agence France-Presse",
        "Associated Press", "Press Trust of India", "Thomson Reuters", "NYT", "WP", "Dow Jones",
        "Xinhua News Agency", "Kyodo News", "MENA", "SANA", "ATS", "Belga", "APA", "CTK", "PAP",
        "TT", "NTB", "Ritzau", "STT", "Lusa", "Prensa Latina", "Notimex", "Télam", "Efe",
    )
)

_DASH = r"(?:--|—|–|-|:)"
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*"
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’\-]*"
#: A dateline at the start of a paragraph. See the dateline stage for the forms.
DATELINE_RE = re.compile(
    r"^(?P<bold>\*\*)?"
    r"(?:(?P<location>" + _UPPER_WORD + r"(?:[ ]" + _UPPER_WORD + r"){0,4}"
    r"(?:,[ ]" + _PLACE_WORD + r"(?:[ ]" + _PLACE_WORD + r"){0,3}){0,2})"
    r"(?:,[ ](?:" + MONTH + r"[ ](?P<day>\d{1,2})|(?P<day2>\d{1,2})\.?[ ]" + _month("month2") + r")"
    r"(?:,?[ ](?P<year>\d{4}))?)?"
    r")?"
    r"(?:[ ]?\((?P<agencies>[A-Za-z][A-Za-z .&/,\-]{0,40})\))?"
    r"[ ]?(?P<dash>" + _DASH + r")(?P<bold_end>\*\*)?[ ]+(?=\S)"
)

# --------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ ](?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|da|van|von|der|del|la|le|bin|al|el)){0,4}"
#: ``By Jane Doe``, ``By Jane Doe and John Roe``, ``by Janie Gabbett, Reuters``.
BYLINE_BY_RE = re.compile(
    r"^(?i:by|von|par|por|di|door)[:]?[ ]+(?P<names>" + _NAME + r"(?:(?:,[ ]|[ ]and[ ]|[ ]&[ ]|[ ]und[ ]|[ ]et[ ]|[ ]y[ ])" + _NAME + r"){0,5})"
    r"(?:[ ]*[,|/\-–—][ ]*(?P<tail>[^\n]{0,80}))?$"
)
#: ``Chris Davies - Nov 19, 2019, 10:31 pm CST``: a name, a dash, a timestamp.
BYLINE_DATED_RE = re.compile(r"^(?P<names>" + _NAME + r")[ ]+[-–—|][ ]+(?P<when>.{6,60})$")
#: Bylines that name a role and no person.
ROLE_BYLINES = frozenset(
    s.lower()
    for s in (
        "Staff Correspondent", "Staff Reporter", "Special Correspondent", "Our Correspondent",
        "Staff Writer", "News Desk", "Web Desk", "Online Desk", "Desk Report", "Staff",
        "Our Staff Reporter", "Correspondent", "Editorial Board", "Wire Staff", "Bureau Report",
        "Agencies", "Agency", "Newsroom", "Web Team", "Online Desk Report",
    )
)
NAME_SPLIT_RE = re.compile(r",\s*|\s+(?:and|und|et|y)\s+|\s*&\s*")

# --------------------------------------------------------------------------
# Boilerplate: each entry is (rule name, case-insensitive, regex source), tried
# in order against the line with its bullet and surrounding space removed.
# --------------------------------------------------------------------------

#: Whole-line phrases of site chrome, compared case-insensitively.
NAV_PHRASES = frozenset(
    s.lower()
    for s in (
        "Latest News", "Latest", "Most View", "Most Viewed", "Most Read", "Most Popular",
        "Popular", "Trending", "Trending Now", "Top Stories", "Top News", "Breaking News",
        "Home", "Menu", "Main Menu", "Skip to content", "Skip to main content", "Back to top",
        "Next", "Previous", "Next article", "Previous article", "Next post", "Previous post",
        "More", "More News", "More Stories", "Editor's Picks", "Editors' Picks", "Sections",
        "Close", "Toggle navigation", "Navigation", "Show more", "Load more", "See all",
        "View all", "Print", "Email", "Print this article", "E-Paper", "ePaper", "Archive",
        "Contact Us", "About Us", "Privacy Policy", "Terms of Use", "Terms and Conditions",
        "Terms of Service", "Cookie Policy", "Sitemap", "Site Map", "Login", "Log in", "Sign in",
        "Sign up", "Register", "Log out", "My Account", "Top", "Tags", "Tags:", "Topics",
        "Share this:", "Like this:", "Loading...", "Loading", "Comments", "Leave a comment",
        "Leave a Reply", "Post a Comment", "You may also like", "You might also like",
        "Read Next",
        "Don't Miss", "Must Read", "Featured", "Photos", "Videos", "Video", "Gallery",
        "Disclaimer", "Feedback",
        "Impressum", "Datenschutz", "Kontakt", "Startseite", "Accueil", "Inicio",
    )
)

BOILERPLATE_RULES: tuple[tuple[str, bool, str], ...] = (
    ("advertisement", True, (r"^(?:advertisement|advertisements|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|ad)\b[\s:.\-]*(?:continue reading below|story continues below)?[\s.]*$")),
    ("beta-version", True, (r"^beta(?: version)?$")),
    ("image-placeholder", True, (r"^(?:\[[^\]\s]{1,60}\](?:\s*\[[^\]\s]{1,60}\])*|\[(?:INS::INS|image|img|photo|video|embed)[^\]]{0,60}\])$")),
    ("share", True, (r"^(?:share(?: this| on| via| the article| article| story)?|tweet|pin it|whatsapp|"
        r"email this|print this|copy link|"
        r"(?:share|follow|like|subscribe|join)(?: us)?(?: on)?\s*[:\-]?\s*(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news|pinterest|tiktok)"
        r"(?:\s*[,|/]?\s*(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news|pinterest|tiktok)){0,8}|"
        r"(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|telegram|print)"
        r"(?:\s*[,|/·•]?\s*(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|telegram|print|messenger)){1,10}"
        r")[\s:.!]*$")),
    ("subscribe", True, (r"^(?:subscribe(?: now| today| to [\w ]{1,40})?|sign up(?: for [\w ]{1,40})?|"
        r"get (?:the|our) [\w ]{1,30}newsletter|join our (?:newsletter|mailing list)|"
        r"follow us(?: on [\w ]{1,40})?|download (?:our|the) app|connect with us|stay connected|newsletter)[\s:.!]*$")),
    ("social-counter", True, (r"^(?:\d[\d,.]*[kKmM]?\s+(?:likes?|comments?|shares?|views?|reads?|reactions?|retweets?|followers?)\s*){1,4}$")),
    ("copyright", True, (r"^(?:©|\(c\)|copyright\b|all rights reserved)")),
    ("search-box", True, (r"^(?:search(?: for| this site| here| \.\.\.|…)?|type (?:here )?to search|enter (?:your )?search[\w ]{0,20}|go|search …)[\s.:…]*$")),
    ("read-more", True, (r"^(?:read more|continue reading|read full (?:story|article)|full story|more on this(?: story)?|"
        r"also read|read also|see also|related|related (?:news|articles|posts|stories|content|coverage|topics)|"
        r"you (?:may|might) also like|recommended(?: for you)?|read next|most read|most popular)"
        r"(?:\s*[:\-–»›>]+.{0,160})?[\s:.»›>]*$")),
    ("cookie-notice", True, (r"^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) this (?:web)?site|accept (?:all )?cookies)")),
    ("sign-off", False, (r"^(?:Reuter|Reuters|REUTER|\(?AFP\)?|\(?AP\)?|\(?BSS\)?|\(?UNB\)?|-- ?Reuters|—AP|— AP)$")),
)

#: Rules whose pattern can match a line of any length; the others match short lines only.
LONG_LINE_RULES = frozenset({"copyright", "cookie-notice", "read-more"})
#: A line longer than this many characters is tested against LONG_LINE_RULES only:
#: the other rules match menus, buttons and counters, which are never that long.
SHORT_LINE_CHARS = 64


def _combined(rules: tuple[tuple[str, bool, str], ...]) -> re.Pattern[str]:
    """Rules as one regex: one match per line, and the group name is the rule."""
    return re.compile(
        "|".join(f"(?P<{name.replace('-', '_')}>{'(?i:' if folded else '(?:'}{source}))" for name, folded, source in rules)
    )


BOILERPLATE_RE = _combined(BOILERPLATE_RULES)
BOILERPLATE_LONG_RE = _combined(tuple(rule for rule in BOILERPLATE_RULES if rule[0] in LONG_LINE_RULES))

#: Short bulleted lines in a run of at least this many are a menu.
MENU_RUN_MIN = 2
#: A bulleted line of at most this many words may belong to a menu.
MENU_ITEM_MAX_WORDS = 5

# --------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------

#: AFP crosshead: ``- 'We need to interact' -``
AFP_CROSSHEAD_RE = re.compile(r"^[-–—]\s*['‘\"“](?P<text>[^\n]{1,120}?)['’\"”]\s*[-–—]$")
#: Markdown heading.
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)\s*#*$")
#: Markdown block quote.
MD_QUOTE_RE = re.compile(r"^>\s?")
#: A crosshead between paragraphs has at most this many words.
CROSSHEAD_MAX_WORDS = 10
#: A headline never ends on one of these words: a line that does was cut short.
TRAILING_STOPWORDS = frozenset(
    "a an the of to and or but in on at for with by from that which who as is are was were be "
    "der die das und oder von zu mit le la les de des et ou à el los las y o en del".split()
)
#: A title has at most this many words.
TITLE_MAX_WORDS = 30

# --------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
#: A paragraph that continues a quotation opens with one of these.
QUOTE_OPENERS = "\"“«„'‘"

WORD_RE = re.compile(r"\w+")
