"""Whole-line site chrome: navigation phrases and the named boilerplate rules. Data only.

Each rule is (name, case-insensitive, regex source), tried in order against the line with its
bullet and surrounding space removed; the group that matched names the rule.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


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
        "Disclaimer", "Feedback", "Contents",
        "Impressum", "Datenschutz", "Kontakt", "Startseite", "Accueil", "Inicio",
    )
)

#: A wiki's link to edit a section, as a dump prints it beside the section's heading: ``History[edit]``.
EDIT_LINK = (r"\[\s*(?:edit(?: source)?|bearbeiten(?:\s*\|\s*quelltext bearbeiten)?|modifier(?:\s*\|\s*modifier le code)?|"
             r"editar(?:\s*\|\s*editar código)?|modifica(?:\s*\|\s*modifica wikitesto)?)\s*\]")
#: The edit link at the end of a heading's line.
EDIT_MARK_RE = re.compile(rf"(?i:{EDIT_LINK})$")

BOILERPLATE_RULES: tuple[tuple[str, bool, str], ...] = (
    ("advertisement", True, (r"^(?:advertisement|advertisements|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|ad)\b[\s:.\-]*(?:continue reading below|story continues below)?[\s.]*$")),
    ("beta-version", True, (r"^beta(?: version)?$")),
    ("edit-link", True, rf"^{EDIT_LINK}$"),
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
    ("powered-by", False, (r"^(?:Powered by|Proudly powered by|POWERED BY)(?:(?: [\w\-]+){0,2} [\w\-]+(?:\.[\w\-]+){1,2})?\.?$")),
    ("read-more", True, (r"^(?:read more|continue reading(?: (?:the )?(?:main |full |rest of the )?(?:story|article|post))?|read full (?:story|article)|full story|more on this(?: story)?|"
        r"also read|read also|see also|related|related (?:news|articles|posts|stories|content|coverage|topics)|"
        r"you (?:may|might) also like|recommended(?: for you)?|read next|most read|most popular)"
        r"(?:\s*[:\-–»›>]+.{0,160})?[\s:.»›>]*$")),
    ("cookie-notice", True, (r"^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) this (?:web)?site|accept (?:all )?cookies)")),
    ("sign-off", False, (r"^(?:Reuter|Reuters|REUTER|\(?AFP\)?|\(?AP\)?|\(?BSS\)?|\(?UNB\)?|-- ?Reuters|—AP|— AP)$")),
)

#: Rules whose pattern can match a line of any length; the others match short lines only.
LONG_LINE_RULES = frozenset({"copyright", "cookie-notice", "read-more"})

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
