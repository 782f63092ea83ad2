"""Page-dump chrome that is not a whole-line rule: dialogs, comment sections, what follows an article,
labels, credits and author notes, form fields and bars of links. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


#: Separators that string menu entries together on one line.
#: Written separator first, spaces checked around it, so that the engine looks only at separators.
NAV_SEPARATOR_RE = re.compile(r"[|»›·•/](?:(?<=\s.)(?=\s)|(?<=\|)(?:(?<=\s.)|(?=\s)))")

#: A form field as a dump prints it: a text box, a check box or a radio button.
FORM_FIELD_RE = re.compile(r"\[(?:[ _]{3,}\]|(?<=^\[)[ xX*]\] )|\((?<=^\()[ *]\) ")

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
