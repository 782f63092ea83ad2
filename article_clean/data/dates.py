"""Month names and the printed forms of dates and times, as regexes with named groups. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


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

def month_group(group: str = "month") -> str:
    """A word that may be a month name, as group ``group``; code checks it against MONTHS.

    A generic word here instead of an alternation of every name keeps the
    date regexes several times faster.
    """
    return rf"(?P<{group}>[^\W\d_]{{3,10}})\.?"

MONTH = month_group()

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

#: A time told relative to now: ``2 days ago``, ``vor 3 Stunden``, ``il y a 5 minutes``.
RELATIVE_TIME_RE = re.compile(
    r"(?i:^(?:about |vor |il y a |hace |há )?(?:\d+|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"minuten|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?|heures?|jours?|horas?|días?|dias?)(?: ago)?\b)"
)
