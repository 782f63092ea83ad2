"""News agencies, and the dateline that opens a wire story's first paragraph. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re

from .dates import MONTH, month_group


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
    r"(?:(?:[ ]?,[ ]{1,2}|[ ]{1,2})(?:" + MONTH + r"[ ]{1,2}(?P<day>\d{1,2})|(?P<day2>\d{1,2})\.?[ ]" + month_group("month2") + r")"
    r"(?:,?[ ](?P<year>\d{4}))?,?)?"
    r")?"
    r"(?:[ ]?\((?P<agencies>[A-Za-z][A-Za-z .&/,\-]{0,40})\))?"
    r"[ ]{0,2}(?P<dash>" + _DASH + r")(?P<bold_end>\*\*)?(?:[ ]+(?=\S)|[ ]*$)"
)
