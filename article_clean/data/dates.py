"""Month and weekday names, and the printed forms of dates and times, as regexes with named groups.
Data only.

The month tables are the views that each reader was tuned with: :data:`MONTHS` for the text
patterns, :data:`EXTRA_MONTHS` for languages those do not list, :data:`DE_MONTHS` for
``3 de mayo de 2022``, :data:`BYLINE_MONTH_WORDS` for telling a date from a name in a credit.

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

#: Month names, in the case a date takes, for languages the text patterns do not list.
EXTRA_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "января январь stycznia styczeń ledna leden ianuarie januára tammikuuta ocak",
            "февраля февраль lutego luty února únor februarie februára helmikuuta şubat",
            "марта март marca marzec března březen martie marca maaliskuuta mart",
            "апреля апрель kwietnia kwiecień dubna duben aprilie apríla huhtikuuta nisan",
            "мая май maja maj května květen mai mája toukokuuta mayıs",
            "июня июнь czerwca czerwiec června červen iunie júna kesäkuuta haziran",
            "июля июль lipca lipiec července červenec iulie júla heinäkuuta temmuz",
            "августа август sierpnia sierpień srpna srpen august augusta elokuuta ağustos",
            "сентября сентябрь września wrzesień září septembrie septembra syyskuuta eylül",
            "октября октябрь października październik října říjen octombrie októbra lokakuuta ekim",
            "ноября ноябрь listopada listopad listopadu noiembrie novembra marraskuuta kasım",
            "декабря декабрь grudnia grudzień prosince prosinec decembrie decembra joulukuuta aralık",
        ),
        start=1,
    )
    for name in names.split()
}

#: Months of the languages that print ``3 de mayo de 2022``.
DE_MONTHS = {
    name: number
    for number, names in enumerate(
        ("enero janeiro", "febrero fevereiro", "marzo março", "abril", "mayo maio", "junio junho", "julio julho",
         "agosto", "septiembre setiembre setembro", "octubre outubro", "noviembre novembro", "diciembre dezembro"),
        start=1)
    for name in names.split()
}

#: Days of the week, in full and cut short, in the languages bylines print them: a date, never a name.
WEEKDAYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom "
    "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)

BYLINE_MONTH_WORDS = (
    "januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul "
    "aug sep sept okt oct nov dez dec january february march may june july october december "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre"
).split()
