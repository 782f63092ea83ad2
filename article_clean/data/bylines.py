"""The shapes of bylines, and the words that name a role rather than a person. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


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

_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’\-]+\.?(?:[ ](?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|de|da|van|von|der|den|del|la|le|di|du|bin|al|el)){1,3}"

#: A lead word and the names after it, the lead perhaps after other text on the line: ``Written by
#: Jane Doe``, ``Autor: Hans Meier``, ``Byline profile imageWritten by Jane Doe``, ``by Jane Doe``.
LEAD_BYLINE_RE = re.compile(
    r"(?:(?:^|(?<=[\s:|·•])|(?<=[a-z]))(?i:written[ ]by|posted[ ]by|verfasst[ ]von|geschrieben[ ]von|"
    r"author:|autor:|auteur:|autore:|autorin:)|^(?:[•·|][ ]*)?(?i:by|von|par|por|door|text:))(?:[ ]*:[ ]*|[ ]+)"
    r"(?P<names>" + _PERSON + r"(?:(?:,[ ]|[ ]and[ ]|[ ]&[ ]|[ ]und[ ]|[ ]et[ ]|[ ]y[ ])" + _PERSON + r"){0,4})"
    r"(?=$|[ ]*[,|/·•\-–—(]|[ ]+(?:[a-zäöüéè]|\d))"
)

#: A line that names someone who did not write the article: an editor, a reviewer, a photographer.
NOT_AUTHOR_RE = re.compile(
    r"(?i)edited[ ]by|reviewed[ ]by|fact[- ]check|photo|foto|bild\b|bilder|images\b|image:|credit|getty|illustrat|grafik|"
    r"quelle|source|video|camera|kamera|translated|übersetz|redigiert|lektor|produced|sponsored|presented|"
    r"copyright|©|all[ ]rights"
)

#: Words that end a byline's names: a label, a role or a link that follows them on the line.
NAME_END_WORDS = frozenset(
    "veröffentlicht erstellt aktualisiert published updated last on am um in at posted mehr more twitter "
    "facebook instagram linkedin follow folgen profil profile artikel article email e-mail kontakt contact "
    "redakteur redakteurin editor reporter correspondent staff writer".split()
)
