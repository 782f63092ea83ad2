"""Tags, class and id hints, and metadata names for HTML pages: data only.

Class and id hints are matched against the lower-cased ``class`` and ``id``
of an element, word by word, where ``-``, ``_``, spaces and camelCase humps
separate words. Each regex runs once per element that has a class or an id.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------

#: Elements that hold no readable text: removed with their content, never recorded.
INVISIBLE_TAGS = (
    "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "noembed", "audio", "video", "source", "track", "map", "head", "link", "meta",
    "select", "textarea", "input", "picture", "img", "dialog",
)
#: Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dir div dl dt fieldset figcaption "
    "figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav noscript "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Table cells: their text joins the row's line.
CELL_TAGS = frozenset(("td", "th"))
#: Elements whose subtree is chrome wherever it stands, with the rule that removes it.
CHROME_TAGS = {"nav": "navigation", "aside": "aside", "noscript": "noscript", "form": "form", "menu": "navigation",
               "button": "button", "figcaption": "caption"}
#: Elements that are chrome only outside the article.
OUTER_CHROME_TAGS = {"header": "header", "footer": "footer"}
#: Containers that say "this is the article".
ARTICLE_TAGS = frozenset(("article", "main"))
#: itemprop values of an article body.
ARTICLE_BODY_PROPS = frozenset(("articlebody", "text", "reviewbody", "description"))

# --------------------------------------------------------------------------
# Class and id hints
# --------------------------------------------------------------------------

def _words(*alternatives: str) -> re.Pattern[str]:
    """A regex that finds any of ``alternatives`` as a whole word of a class or id string."""
    return re.compile(r"(?:^|[\s_\-])(?:" + "|".join(alternatives) + r")(?=$|[\s_\-\d])")


#: Chrome by class or id, tried in order; the first that matches names the rule.
CHROME_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cookie-notice", _words(r"cookies?", r"consent\w*", "gdpr", "dsgvo", "cmp", r"cookie\w*", r"privacy\w*")),
    ("comments", _words(r"comments?", r"comment(?!ar)\w*", "disqus\\w*", "respond", "replies", "discussion", "commentlist")),
    ("share", _words(r"share\w*", r"sharing", "social\\w*", "sociable", "addthis\\w*", "sharethis", "shariff",
                     "sns", "follow-?us", "print-?email")),
    ("related", _words("related\\w*", "recommended", "recommendations?", "outbrain", "taboola", "more-?stories",
                       "most-?read", "mostread", "most-?popular", "popular", "trending", "also-?read",
                       "read-?more", "readmore", "read-?next", "up-?next", "next-?post", "prev-?post",
                       "post-?nav\\w*", "more-?from")),
    ("advertisement", _words("ad", "ads", "adv", "advert\\w*", "ad-?slot", "adsbygoogle", "ad-?container",
                             "ad-?wrapper", "dfp", "gpt", "sponsor\\w*", "promo\\w*", "banner-?ad")),
    ("subscribe", _words("newsletter\\w*", "subscri\\w*", "signup", "sign-?up", "optin", "opt-?in", "mailchimp")),
    ("navigation", _words("nav", "navbar", "navigation", "menu\\w*", "breadcrumbs?", "pagination", "pager",
                          "skip-?link\\w*", "topbar", "top-?bar", "tabs")),
    ("sidebar", _words("sidebar\\w*", "side-?bar", "widget\\w*", "rail", "right-?col\\w*", "left-?col\\w*",
                       "aside", "secondary")),
    ("footer", _words("footer\\w*", "site-?footer", "colophon", "copyright")),
    ("header", _words("masthead", "site-?header", "site-?branding", "top-?header", "page-?header")),
    ("tags", _words("tags?", "tag-?list", "tag-?cloud", "keywords", "categories", "post-?categories",
                    "entry-?tags", "topics")),
    ("author-box", _words("author[-_]*(?:bio|box|info|card|profile|desc|description|tooltip)\\w*", "about-?the-?author",
                          "bio-?box", "saboxplugin\\w*", "abh")),
    ("caption", _words("caption\\w*", "wp-caption\\w*", "image-?credit", "photo-?credit", "img-?credit", "credits?",
                       "bildunterschrift\\w*", "bilduntertitel\\w*", "image-?annotation")),
    ("disclaimer", _words("disclaimer\\w*", "disclosure\\w*")),
)
#: Hints that mark the article's own container.
POSITIVE_HINT_RE = _words(
    "article\\w*", "content", "entry\\w*", "post", "post-?body", "post-?content", "story\\w*", "body",
    "text", "main", "hentry", "blog\\w*", "prose", "rich-?text", "single",
)
#: Hints of a byline element.
BYLINE_HINT_RE = _words("byline\\w*", "by-?line", "author\\w*", "autor\\w*", "writer", "contributor\\w*", "reporter",
                        "verfasser\\w*")
#: itemprop values of dates and of authors.
DATE_PROPS = frozenset(("datepublished", "datecreated", "datemodified", "dateupdated", "uploaddate"))
AUTHOR_PROPS = frozenset(("author", "creator"))

_HUMP_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: Class names that say nothing about chrome: a post's taxonomy (WordPress and alike: ``tag-sport``,
#: ``category-news``), states (``has-sidebar``) and page builders' own names (``elementor-widget-wrap``).
_TAXONOMY_RE = re.compile(r"(?:^|(?<=\s))(?:(?:tag|category|categories|type|status|format|postid|page-id|"
                          r"topic|section|series|kategorie|rubrik|language|lang|term|ressort|has|is|with|no)-\S*|"
                          r"post-(?:\d|template|type|format|password)\S*|author-(?!bio|box|info|card|profile|desc)\S*|"
                          r"(?:elementor|wp-block|e-con)[-_]\S*)")


def hint_text(element_class: str | None, element_id: str | None) -> str:
    """The class and id of an element as one lower-cased string of words.

    >>> hint_text("socialShare  post", "mainContent")
    'social-share  post main-content'
    >>> hint_text("post type-post tag-social-media category-news hentry", None)
    'post    hentry'
    """
    text = f"{element_class or ''} {element_id or ''}".strip()
    if any(c.isupper() for c in text):
        text = _HUMP_RE.sub("-", text)
    text = text.lower()
    return _TAXONOMY_RE.sub("", text) if "-" in text or "_" in text else text


def chrome_hint(hints: str) -> str | None:
    """The chrome rule that a class/id string names, or None.

    >>> chrome_hint("share-bar"), chrome_hint("comment-list"), chrome_hint("post-content")
    ('share', 'comments', None)
    >>> chrome_hint("header"), chrome_hint("load-ad"), chrome_hint("heading")
    (None, 'advertisement', None)
    """
    for rule, pattern in CHROME_HINTS:
        if pattern.search(hints):
            return rule
    return None

# --------------------------------------------------------------------------
# Metadata names
# --------------------------------------------------------------------------

#: JSON-LD types of an article.
ARTICLE_LD_TYPES = frozenset(
    t.lower() for t in (
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report",
        "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "DiscussionForumPosting", "Blog", "Recipe",
        "Review", "HowTo", "MedicalWebPage", "AdvertiserContentArticle", "SatiricalArticle", "Posting",
    )
)
#: JSON-LD types that are never a person.
ORGANIZATION_LD_TYPES = frozenset(
    t.lower() for t in ("Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand", "LocalBusiness")
)
#: ``meta`` names and properties, strongest first.
TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title", "headline")
AUTHOR_META = (
    "author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author",
    "citation_author", "og:article:author", "book:author", "dc.creator.name",
)
PUBLISHED_META = (
    "article:published_time", "datepublished", "og:article:published_time", "article:published",
    "publication_date", "publish-date", "publish_date", "publishdate", "pubdate", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "citation_publication_date", "citation_date", "og:published_time", "published_time",
    "rnews:datepublished", "date.available", "release_date", "created",
)
MODIFIED_META = (
    "article:modified_time", "datemodified", "og:updated_time", "article:modified", "dcterms.modified",
    "last-modified", "dc.date.modified", "modified_time", "article.updated",
)
SITE_NAME_META = ("og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher")
#: Words that make a name an organization or a team, not a person.
NOT_PERSON_WORDS = frozenset(
    "gmbh ag inc ltd llc co corp e.v ev team staff redaktion redaktionen newsroom desk editors editorial "
    "online news media verlag webteam administrator admin webmaster press presse agency agencies zeitung times "
    "magazine magazin group gruppe company network radio tv redacción redaccion redação redacao rédaction "
    "anónimo anonimo anonymous anonym unknown unbekannt guest gast user nutzer sagt says said schreibt "
    "bund verband verein club stiftung foundation institut institute university universität veröffentlicht "
    "published posted geschrieben datum date month office author autor autorin by von vom vor por par no stand "
    "abteilung feuerwehr polizei ministerium amt zvg keystone getty imago shutterstock name".split()
)
#: Lower-case words inside a person's name.
NAME_PARTICLES = frozenset("von van der den de del della di da dos du la le bin ben al el y e und and zu ter ten".split())
#: A job title after a name: ``Richard Adams Education editor``.
ROLE_TAIL_RE = re.compile(
    r"(?:\s+\w+)?\s+(?i:editor|correspondent|reporter|writer|columnist|contributor|redakteur(?:in)?|"
    r"korrespondent(?:in)?|chefredakteur(?:in)?|journalist(?:in)?|autor(?:in)?|fotograf(?:in)?)\b.*$"
)
#: Words of a job title, not of a person's name: a credit's part that holds one is a role
#: (``Senior Staff Technologist``, ``Trial Attorney``), and a name ends where one starts
#: (``Rasmus Barslund Founder & Lead Reviewer``).
ROLE_WORDS = frozenset(
    "editor editors correspondent reporter writer columnist contributor contributing journalist technologist "
    "attorney lawyer founder co-founder cofounder reviewer consultant director manager officer analyst "
    "engineer developer scientist researcher professor president ceo cto cfo coo chair chairman coordinator "
    "specialist strategist producer designer photographer senior junior former deputy chief associate "
    "assistant executive managing principal lead head intern fellow vice".split()
)
#: A bracket in a credit that names more authors: ``(avec Paul Martin et Léa Bernard)``, ``(with ...)``.
CO_AUTHORS_RE = re.compile(r"\((?i:avec|with|mit|con|com|met|z)\s([^()]*)\)")
#: Word endings of organizations' names: ``Wirtschaftsnachrichten``, ``Landeszeitung``.
NOT_PERSON_SUFFIXES = ("nachrichten", "zeitung", "news", "verlag", "magazin", "redaktion", "online", "media", ".com", ".de")
#: Words that open a credit, in many languages: ``By``, ``Von``, ``Par``, ``Autor:``, ``Ein Artikel von``.
_CREDIT_WORDS = (
    r"(?:written|posted|published|reported|story|text|words|photos?)\s+by|by|"
    r"(?:veröffentlicht|geschrieben|verfasst|eingetragen|erstellt|gepostet)\s+(?:am\s+[^\n]{0,40}?\s+)?(?:von|vom)|"
    r"ein\s+(?:artikel|beitrag|text)\s+von|von|vom|par|por|door|"
    r"autor(?:in)?(?:/in)?|author|auteur|verfasser(?:in)?|text|redakteur(?:in)?|"
    r"(?:text\s+(?:und|and|&)\s+)?(?:fotos?|photos?|bilder?)(?=\s*:)"
)
#: A credit at the start of a text, with what comes before the names.
BYLINE_PREFIX_RE = re.compile(r"^(?i:" + _CREDIT_WORDS + r")(?:\s*:\s*|\s+|(?=[A-ZÀ-Þ]))")
#: A credit inside a short line: ``Posted in News by Jane Doe on ...``, ``26/12/2019 von revamp-it``.
PRINTED_BYLINE_RE = re.compile(r"(?:^|(?<=[\s|·•:,]))(?i:" + _CREDIT_WORDS + r")(?:\s*:\s*|\s+|(?=[A-ZÀ-Þ]))(?=\w)")
#: A labelled credit inside a short line of other words: ``Datum: 19.11.2021 Autor: Fritz Imhof``.
INLINE_BYLINE_RE = re.compile(
    r"(?:^|(?<=\s))(?i:autor(?:in)?:|author:|text:|verfasst von:?)\s+(?=[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ])")
#: A credit that signs an article off below its last paragraph: ``Text: Jane Doe``, ``Autor: Jane Doe``,
#: ``Erstellt von Jane Doe``; never a picture credit.
CLOSING_CREDIT_RE = re.compile(
    r"^(?i:text|autor(?:in)?|author|verfasser(?:in)?|(?:written|posted)\s+by|by|von|"
    r"(?:erstellt|verfasst|geschrieben)\s+von)(?:\s*:\s*|\s+)(?=[A-ZÀ-Þ])")
#: A heading that only says "author", with the name in the block below it.
CREDIT_LABEL_RE = re.compile(r"^(?i:autor(?:in)?|autoren|author|authors|verfasser(?:in)?|text)\s*:?\s*$")
#: Headings and short lines that end an article: what follows them is other pieces, comments or chrome.
END_MARKER_RE = re.compile(
    r"^(?i:related(?:\s+(?:articles?|stories|posts|news|content|coverage|topics|links|reading|videos?))?|"
    r"similar\s+(?:articles?|stories|posts)|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|"
    r"suggested\s+(?:articles?|stories|reading)|popular(?:\s+(?:now|stories|articles|posts))?|trending(?:\s+now)?|"
    r"latest\s+(?:news|stories|articles|posts|videos)|top\s+(?:stories|news|articles)|most\s+(?:popular|read|viewed|shared|commented)|"
    r"(?:read\s+next|explore\s+further|further\s+reading|you\s+(?:may|might)\s+also\s+like)|"
    r"(?:more|other)\s+(?:stories|news|articles|posts)(?:\s+(?:from|on|in|about)(?:\s+[\w’'.-]+){1,3})?|"
    r"more\s+(?:from|on|in|about)(?:\s+[\w’'.-]+){1,3}|editors?[’']?\s+picks?|don[’']?t\s+miss|"
    r"comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|join\s+the\s+conversation|"
    r"about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin)|zu[mr]\s+(?:autor|autorin)|"
    r"weitere\s+(?:artikel|beiträge|meldungen|nachrichten|themen)|mehr\s+(?:zum\s+thema|aus\s+[\w-]+|von\s+[\w-]+)|"
    r"ähnliche\s+(?:artikel|beiträge)|verwandte\s+(?:artikel|beiträge|themen)|meistgelesen\w*|"
    r"auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren|\d*\s*kommentare?|"
    r"zum\s+weiterlesen|mehr\s+zu[mr]?(?:\s+[\w’'.-]+){1,4}|"
    r"weitere\s+informationen(?:\s+[\w’'.-]+){0,3}|zusatzinformationen|quellenangaben|originalpublikation|"
    r"mehr\s+\w+\s+(?:auf|bei)\s+[\w’'.-]+|"
    r"(?:artículos|notas|noticias|contenidos?)\s+relacionad[oa]s?|te\s+puede\s+interesar|más\s+(?:noticias|leídas|leído)|"
    r"más\s+sobre(?:\s+[\w’'.-]+){1,4}|\d*\s*comentarios|"
    r"sur\s+le\s+même\s+sujet|articles?\s+similaires|\d*\s*commentaires|"
    r"articoli\s+correlati|\d*\s*commenti)"
    r"\s*[:.!…»›>]*\s*$"
)
#: A picture's caption or credit, by its first words: ``Foto: dpa``, ``Abbildung 4:``, ``(Credit: Grist)``.
CAPTION_TEXT_RE = re.compile(
    r"^\(?(?i:foto|fotos|photo|photos|bild|bilder|image|images|abbildung|abb\.|grafik|graphic|illustration|"
    r"credit|credits|bildquelle|quelle|source|fuente|crédit|crédits|photograph|photographs|screenshot|video)"
    r"(?:\s+\d+)?(?:\s*[:/|©]|\s+by\s|\s+von\s|\s+\d+\s+(?:of|von|de|sur|/)\s+\d+\s*$)"
)
#: A pointer to another article: ``Lesen Sie auch``, ``Read also:``, ``À lire aussi »``, ``Czytaj też``.
READ_ALSO_RE = re.compile(
    r"^(?i:read\s+(?:also|more)|also\s+read|see\s+also|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|"
    r"mehr\s+zum\s+thema|weiterlesen|zum\s+thema|das\s+(?:thema|könnte\s+dich)\s+[^:]{0,40}interessieren|"
    r"(?:à\s+)?lire\s+aussi|voir\s+aussi|lee\s+también|leer\s+más|leia\s+também|leggi\s+anche|"
    r"czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|lees\s+ook|läs\s+också|читайте\s+также)"
    r"(?:\s*[:»›>.…-]|\s*$)"
)
#: A call to subscribe, sign up, follow, share or rate, in a short block of the article's own column.
PROMO_RE = re.compile(
    r"(?i:newsletter|subscribe|subscription|sign(?:ing)?\s+up\s+(?:for|to)|abonn|jetzt\s+(?:anmelden|registrieren)|"
    r"download\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}apps?\b|follow\s+us\s+on|folgen\s+sie\s+uns|s[ií]guenos\s+en|support\s+(?:us|our\s+journalism)|"
    r"unterstützen\s+sie\s+(?:uns|unabhängigen)|suscr[ií]b|inscrivez-vous|"
    r"(?:den|diesen)\s+artikel\s+(?:\w+\s+)?teilen|war\s+(?:der|dieser)\s+artikel\s+(?:nützlich|hilfreich)|"
    r"share\s+this\s+(?:article|story|post)|was\s+this\s+(?:article|page|post)\s+helpful|"
    r"compart(?:e|ir)\s+(?:esta|este)\s+(?:nota|noticia|artículo)|partager\s+cet\s+article|"
    r"werden\s+sie\s+mitglied|submit\s+(?:a|your)\s+letter|bitte\s+registrieren\s+sie\s+sich|pour\s+lire\s+la\s+suite)"
)
