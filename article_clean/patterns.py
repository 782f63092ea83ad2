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
BULLETS = "•·▪▸►‣◦●○■□☆★–*+-"
#: First characters of a line that may be a bullet, heading, quote or crosshead marker.
MARKER_STARTS = frozenset("•·▪▸►‣◦●○■□☆★*+-–—#>0123456789")
BULLET_RE = re.compile(r"^([•·▪▸►‣◦●○■□☆★*+]|-(?=\s)|–(?=\s)|\d{1,3}[.)](?=\s))\s*")

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
    r"(?:(?:,|\s+at|\s+um|\s+à|\s+-|\s+\|)?\s*"
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
    # 19.11.2019, as in German, Polish and Russian
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TIME),
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
_ANY_WORD = r"[\w.'’\-]+"
_DATE_START = r"(?:[ ]?,[ ]{1,2}|[ ]{1,2})(?:[^\W\d_]{3,10}\.?[ ]{1,2}\d|\d{1,2}\.?[ ][^\W\d_]{3,10})"
#: A dateline at the start of a paragraph. See the dateline stage for the forms. A location in capitals
#: stands alone; one in ordinary or lower case (``Kansas City, March 9 -``) only before a date.
DATELINE_RE = re.compile(
    r"^(?P<bold>\*\*)?"
    r"(?:(?:(?P<location>" + _UPPER_WORD + r"(?:[ ]" + _UPPER_WORD + r"){0,4}"
    r"(?:,[ ]{1,2}" + _PLACE_WORD + r"(?:[ ]" + _PLACE_WORD + r"){0,3}){0,2})"
    r"|(?P<place>[^\W\d_]" + _ANY_WORD[:-1] + r"*(?:[ ]" + _ANY_WORD + r"){0,3}"
    r"(?:,[ ]{1,2}" + _ANY_WORD + r"(?:[ ]" + _ANY_WORD + r"){0,3}){0,2})(?=" + _DATE_START + r"))"
    r"(?:(?:[ ]?,[ ]{1,2}|[ ]{1,2})(?:" + MONTH + r"[ ]{1,2}(?P<day>\d{1,2})|(?P<day2>\d{1,2})\.?[ ]" + _month("month2") + r")"
    r"(?:,?[ ](?P<year>\d{4}))?,?)?"
    r")?"
    r"(?:[ ]?\((?P<agencies>[A-Za-z][A-Za-z .&/,\-]{0,40})\))?"
    r"[ ]{0,2}(?P<dash>" + _DASH + r")(?P<bold_end>\*\*)?(?:[ ]+(?=\S)|[ ]*$)"
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
        r"email this|print this|copy link|teilen(?: sie dies mit| mit)?|(?:jetzt|artikel|beitrag|seite) teilen|partager|"
        r"compartir|condividi|udostępnij|pinnen|(?:rezept |artikel |seite )?drucken|imprimir|imprimer|stampa|"
        r"(?:rezept |artikel )?drucken(?: bei pinterest speichern| pinnen)?|"
        r"(?:share|follow|like|subscribe|join)(?: us)?(?: on)?\s*[:\-]?\s*(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news|pinterest|tiktok)"
        r"(?:\s*[,|/]?\s*(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news|pinterest|tiktok)){0,8}|"
        r"(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|flipboard|xing|tumblr|"
        r"instagram|youtube|mastodon|bluesky|threads|sms|social share)"
        r"(?:\s*[,|/·•]?\s*(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|messenger|"
        r"flipboard|xing|tumblr|instagram|youtube|mastodon|bluesky|threads|sms)){0,10}"
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
#: The first three characters, in lower case, of every phrase that opens a LONG_LINE_RULES match: a long
#: line that starts otherwise is not tried against them (most long lines are text).
LONG_LINE_STARTS = frozenset(
    ("©", "(c)", "cop", "all", "we ", "thi", "by ", "acc", "rea", "con", "ful", "mor", "als", "see", "rel",
     "you", "rec", "mos")
)

#: Short bulleted lines in a run of at least this many are a menu.
MENU_RUN_MIN = 2
#: A bulleted line of at most this many words may belong to a menu.
MENU_ITEM_MAX_WORDS = 5

# --------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------

#: AFP crosshead: ``- 'We need to interact' -``
AFP_CROSSHEAD_RE = re.compile(r"^[-–—]\s*['‘\"“](?P<text>[^\n]{1,120}?)['’\"”]\s*[-–—]$")
#: Markdown heading. The text ends on its last character that is not a closing
#: ``#`` or space: found by backtracking from the line end once, where a lazy
#: ``.*?`` before ``\s*#*$`` would rescan a long run of spaces at every step.
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S(?:.*(?:[^\s#]|#(?=\s)))?)\s*#*$")
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

# --------------------------------------------------------------------------
# Main content of page dumps
# --------------------------------------------------------------------------

#: The most frequent function words of the languages news pages come in. Running
#: text is dense with them; menus, labels and link lists are not. One set for all
#: languages: a word shared by two languages counts for both, which is harmless.
STOPWORDS = frozenset(
    " ".join(
        (
            # English
            "a an the and or but if of to in on at by for with from as into about over after than then "
            "that this these those which who whom whose what when where why how is are was were be been "
            "being has have had do does did will would can could should may might must not no it its "
            "he she they we you i his her their our your my him them us me there here so also just only",
            # German
            "der die das den dem des ein eine einen einem einer eines und oder aber wenn weil dass als "
            "wie auf aus bei mit nach von vor zu zum zur im in an am um für über unter durch gegen ohne "
            "ist sind war waren wird werden wurde wurden hat haben hatte sein kann können soll muss nicht "
            "kein keine auch noch nur schon sich es er sie wir ihr ich man sehr mehr dies diese dieser "
            "ihre seine sein so da dann doch wieder",
            # French
            "le la les un une des du de et ou mais que qui quoi dont où au aux en dans sur sous pour par "
            "avec sans est sont était été être a ont avait fait ne pas plus ce cette ces il elle ils elles "
            "nous vous je se sa son ses leur leurs comme aussi très tout",
            # Spanish and Portuguese
            "el los las lo una unos unas y o pero que de del en con por para sin sobre entre es son fue "
            "ser está están ha han había no más como su sus se le les al este esta estos muy también "
            "o os um uma e mas em no na nos nas do da dos das com por para não mais como seu sua foi "
            "são está ao à isso também",
            # Italian
            "il lo gli una di da in con su per tra fra e o ma che non è sono era stato essere ha hanno "
            "come anche più del della dei delle al alla nel nella si questo questa",
            # Dutch and Scandinavian
            "het een en of maar dat die dit van in op met voor naar bij uit aan om te is zijn was werd "
            "heeft hebben niet ook als er ze hij wij "
            "och att det som en ett på av för med till är var har inte den de om jag vi og at er af til "
            "ikke med som for på",
            # Polish and Czech
            "i w z na do nie się że to jest jak od po za dla przez o ale co czy tak a są był była było "
            "jego jej ich ten ta te tym oraz już a v ve s se na je to že do z jako by byl jsou",
            # Russian and Ukrainian
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только "
            "ее мне было вот от меня еще нет о из ему для при это этот и в на що не з як до від у",
            # Turkish
            "ve bir bu da de için ile ne çok daha gibi olarak olan ama en kadar",
            # Indonesian and Malay
            "yang dan di ke dari ini itu untuk dengan tidak ada akan pada juga dalam atau kita kami "
            "mereka dia saya bisa sudah telah oleh karena sebagai harus",
        )
    ).split()
)

#: A horizontal rule: a line of one repeated rule character.
RULE_LINE_RE = re.compile(r"^([━─—_=*~\-])\1{2,}$")
#: Separators that string menu entries together on one line.
#: Written separator first, spaces checked around it, so that the engine looks only at separators.
NAV_SEPARATOR_RE = re.compile(r"[|»›·•/](?:(?<=\s.)(?=\s)|(?<=\|)(?:(?<=\s.)|(?=\s)))")
#: Wide characters (Chinese, Japanese, Korean, full-width forms): two columns each in a dump.
CJK_RE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60]")
#: Characters that end a sentence in those scripts.
CJK_TERMINALS = "。！？"
#: A form field as a dump prints it: a text box, a check box or a radio button.
FORM_FIELD_RE = re.compile(r"\[(?:[ _]{3,}\]|(?<=^\[)[ xX*]\] )|\((?<=^\()[ *]\) ")
#: Characters dense in program code (scripts and styles a dump printed as text), rare in prose.
CODE_CHARS = "{}[]();=<>$&|\\+*_^~`"
CODE_CHAR_RE = re.compile(f"[{re.escape(CODE_CHARS)}]")
#: Punctuation inside running text.
TEXT_PUNCTUATION = ".,;:!?。，、"
#: The line that opens a cookie or privacy dialog: its heading, or its first sentence. A dump prints the
#: dialog where the page's markup has it, most often below the footer.
CONSENT_RE = re.compile(
    r"^(?i:(?:manage|verwalten sie) (?:cookie |your )?(?:consent|cookies|privacy)|cookie[- ]?(?:einstellungen|settings|"
    r"preferences|zustimmung verwalten|consent)|privacy (?:preferences|settings|overview|center)|"
    r"(?:datenschutz|privatsphäre)[- ]?einstellungen(?: verwalten| ändern)?|(?:zustimmung|einwilligung) verwalten|"
    r"gestion des cookies|paramètres des cookies|(?:we|wir) (?:value|respektieren) (?:your|ihre|deine) (?:privacy|privatsphäre)|"
    r"(?:we|wir) (?:use|verwenden|nutzen|setzen) (?:cookies|technologien wie cookies)|"
    r"(?:this|our) (?:web)?site uses cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|"
    r"nous utilisons (?:des )?cookies|(?:utilizamos|usamos) cookies|utilizziamo (?:i )?cookie)\b"
)
#: The line that opens a comment section. The article is above it.
COMMENT_SECTION_RE = re.compile(
    r"^(?:\d+\s+)?(?i:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarze?|"
    r"reacties|responses?|replies|reactions|discussion|diskussion|leserkommentare)"
    r"(?:\s*\(\d+\))?\s*:?$"
    r"|^(?i:top(?: rated)? comments|(?:view|show|read|see|load) (?:all )?(?:\d+ )?comments|\[\s*\d+ comments?\s*\])"
    r"|^(?:\d+|one|ein|eine|zwei|two|three)\s+(?i:comment|reply|replie|response|thought|kommentar|antwort|reaktion|"
    r"commentaire|comentario|tanggapan)(?i:s|e|en)?(?:\s+(?i:on|to|zu|auf|sur|en|zu)\s.{1,120})?$"
    r"|^(?i:leave a (?:reply|comment)|post a comment|add a comment|join the discussion|write a comment|"
    r"kommentar (?:verfassen|schreiben|hinterlassen)|schreibe einen kommentar|hinterlasse einen kommentar|"
    r"laisser un commentaire|laisser une réponse|deja un comentario|deja una respuesta|lascia un commento|"
    r"dodaj komentarz|tinggalkan balasan|satu tanggapan)\b"
)
#: The line that heads one comment: who wrote it, perhaps when.
COMMENT_HEAD_RE = re.compile(
    r"^(?=.*:$)"  # a colon closes the line: tested first, since it rules out almost every line at once
    r"(?:.{1,80}?(?i:says|sagt|schreibt|écrit|dice|disse|napisał)\s?:$"
    r"|.{1,80}\d\s?(?i:[ap]\.?m\.?)?\s(?i:said|wrote|schrieb|meinte)\s?:$)"
)
#: A heading that opens what follows an article: related links, more from the site, the author's bio.
AFTER_ARTICLE_RE = re.compile(
    r"^(?i:related(?: (?:articles?|posts?|stories|news|content|coverage|topics|reading))?|more (?:from|on|in|about) .{1,40}|"
    r"more stories|(?:you|we) (?:may|might) also like|recommended(?: for you| stories| reading)?|read (?:more|next|also)|"
    r"also read|see also|further reading|trending(?: now| news| stories)?|most (?:read|popular|viewed|shared)|"
    r"popular (?:posts|stories|articles)|latest (?:news|stories|posts|articles)|about the author|"
    r"weitere (?:artikel|beiträge|themen|nachrichten|meldungen|news)|mehr zum thema|mehr (?:aus|von|zu|zum) .{1,40}|"
    r"das könnte (?:sie|dich) auch interessieren|lesen sie auch|auch interessant|ähnliche (?:beiträge|artikel)|"
    r"verwandte (?:artikel|beiträge)|artikel zum thema|über den autor|zur autorin|zum autor|empfohlene artikel|"
    r"meistgelesen|beliebte (?:artikel|beiträge)|articles? (?:similaires|liés|connexes)|à lire aussi|lire aussi|"
    r"sur le même sujet|notas relacionadas|noticias relacionadas|te puede interesar|más noticias|leia também|veja também|"
    r"leggi anche|potrebbe interessarti|le puede interesar|czytaj (?:też|także|więcej)|zobacz (?:też|także)|"
    r"(?:die |das )?meistgelesenen? (?:artikel|beiträge|news|nachrichten)(?: .{1,30})?|verwandte themen|"
    r"entdecke(?:n sie)? (?:jetzt|weitere|mehr)(?: .{1,30})?|sie könnten auch .{1,40}interessiert sein|"
    r"(?:das|dies) (?:könnte|dürfte) (?:sie|dich) auch interessieren|mehr zu .{1,40}|top[- ]themen|newsticker|"
    r"previous (?:article|post)|next (?:article|post)|read further.{0,40}|(?:mirá|mira) también|informate más|"
    r"comments are closed|kommentare sind geschlossen|keine kommentare(?: kommentare sind geschlossen)?|"
    r"kommentare schreiben|quellenangaben|weitere informationen|tags|schlagwörter|themen)"
    r"\b[\s:.…»›>]*$"
)
#: A time told relative to now: ``2 days ago``, ``vor 3 Stunden``, ``il y a 5 minutes``.
RELATIVE_TIME_RE = re.compile(
    r"(?i:^(?:about |vor |il y a |hace |há )?(?:\d+|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"minuten|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?|heures?|jours?|horas?|días?|dias?)(?: ago)?\b)"
)
def by_first_character(fragments: tuple[str, ...]) -> str:
    """One alternation of regex fragments, grouped by the character each opens with.

    The regex engine tries a branch only where its first character stands, and
    skips a position whose character opens no branch; a flat alternation of
    many phrases is tried phrase by phrase at every position of every line.
    Each fragment must open with a plain character or an escaped one.

    >>> by_first_character(("subscri", "sign.?up", "inbox", r"\\(c\\)\\s"))
    's(?:ubscri|ign.?up)|inbox|\\\\(c\\\\)\\\\s'
    """
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        head = fragment[:2] if fragment[0] == "\\" else fragment[:1]
        groups.setdefault(head, []).append(fragment[len(head):])
    return "|".join(head + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
                    for head, tails in groups.items())


#: Words that label a picture's credit when a colon follows them, at the start of a line or after a space
#: or bracket: ``foto: dpa``, ``(image credit: nasa)``.
CAPTION_LABELS = (
    "foto", "fotos", "photo", "photos", "photograph", "bild", "image", "images", "picture", "credit", "quelle",
    "source", "fuente", "crédit", "crédito", "zdjęcie", "fot", "image credit", "photo credit", "bildquelle",
    "copyright",
)
#: Phrases that label anywhere in a line, as regex fragments in lower case: a picture agency, or the site
#: speaking to its reader (subscribe, sign up, follow us, cookies, this site).
LABEL_PHRASES = (
    r"\(c\)\s", "getty images", "shutterstock", "istock", r"imago\b", "picture.alliance",
    "subscri", "newsletter", "sign.?up", "sign in", "log in", "register now", "abonnier", "abonnement", "anmelden",
    "inscri", "suscr", "assine", "iscriviti", "zapisz się", "click here", "klicken sie", "hier klicken",
    "clique aqui", "cliquez", "follow us", "folgen sie", "folge uns", "síguenos", "suivez-nous",
    "download (?:our|the) app", "app store", "google play", r"cookies?\b", "privacy", "datenschutz",
    "all rights reserved", "alle rechte vorbehalten", "terms of (?:use|service)", "this (?:web)?site",
    "diese(?:r)? (?:web)?seite", "unsere(?:r)? (?:web)?seite", "opt-in", "e-?mail address", "your e-?mail",
    "ihre e-?mail", "deine e-?mail", "inbox", "posteingang", "support (?:us|our journalism)", "unterstützen sie",
    "affiliate", "earn (?:a |an )?(?:commission|compensation)", "receive (?:a |an )?(?:commission|compensation)",
    "supported by (?:its|our) (?:audience|readers)", "letters? to the editor", "werbelinks?", "provisionslinks?",
)
#: Labels rather than text, matched in lower case: a caption label before its colon, or a label phrase.
#: The lookbehind after each caption word keeps it from matching inside a longer word.
LABEL_RE = re.compile(by_first_character(
    tuple(rf"{word}(?<![^\s(\[]{word})\s?:" for word in CAPTION_LABELS) + LABEL_PHRASES
))
#: The note about an author that closes many articles: a name, then what they are (``Jane Doe is a reporter ...``).
BIO_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]+ ){1,3}(?:is|was|ist|war|est|es|è|jest)\b(?: \S+){0,8}? "
    r"(?i:reporter|writer|editor|correspondent|journalist|columnist|author|professor|contributor|photographer|"
    r"producer|curator|redakteur|autor|korrespondent|fotograf|head of|leiter|gründer|founder|journaliste|rédact|"
    r"periodista|redactor|giornalista|dziennikar|historyk)"
)
#: A credit in its own case: the copyright sign, or an agency before a photographer (``REUTERS/Denis Balibouse``).
CREDIT_MARK_RE = re.compile("©|" + by_first_character(tuple(
    rf"{agency}(?<![^\s(/]{agency})/[A-Z]" for agency in ("AP", "AFP", "dpa", "REUTERS", "Reuters", "EPA", "KEYSTONE", "ANP", "SID", "PAP")
)))
