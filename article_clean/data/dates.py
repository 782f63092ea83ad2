"""Month and weekday names, and the printed forms of dates and times, as regexes with named groups.
Data only.

There is one month table, :data:`MONTH_NAMES`, by language; :data:`MONTHS` (every name, for the
text patterns), :data:`EXTRA_MONTHS` (the inflecting languages the HTML reader reads apart),
:data:`DE_MONTHS` (``3 de mayo de 2022``) and :data:`BYLINE_MONTH_WORDS` (a date, not a name, in a
credit) are views of it, drawn by :func:`month_view`.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


#: The one month table: for each language, the twelve months in order, each with the forms a page
#: prints (full, cut short, and the case a date takes). Every view below is drawn from it.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
           "september sep sept", "october oct", "november nov", "december dec"),
    "de": ("januar jänner", "februar feber", "märz marz mär", "april", "mai", "juni", "juli", "august",
           "september", "oktober okt", "november", "dezember dez"),
    "fr": ("janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil",
           "août aout", "septembre", "octobre", "novembre", "décembre decembre déc"),
    "es": ("enero ene", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre setiembre",
           "octubre", "noviembre", "diciembre dic"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "ru": ("января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь",
           "июля июль", "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь",
           "декабря декабрь"),
    "pl": ("stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj", "czerwca czerwiec",
           "lipca lipiec", "sierpnia sierpień", "września wrzesień", "października październik",
           "listopada listopad", "grudnia grudzień"),
    "cs": ("ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
           "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec"),
    "sk": ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}


def month_view(languages: tuple[str, ...] | None = None) -> dict[str, int]:
    """Month name to number, for ``languages`` (every language when None).

    >>> month_view(("fr",))["février"], month_view()["stycznia"]
    (2, 1)
    """
    view: dict[str, int] = {}
    for language, months in MONTH_NAMES.items():
        if languages is None or language in languages:
            for number, names in enumerate(months, start=1):
                view.update(dict.fromkeys(names.split(), number))
    return view


#: Every month name of every language: what the text patterns read.
MONTHS = month_view()

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

#: The languages whose dates the HTML reader reads apart from the text patterns (``15 августа 2016``).
EXTRA_MONTHS = month_view(("ru", "pl", "cs", "sk", "ro", "fi", "tr"))

#: Months of the languages that print ``3 de mayo de 2022``.
DE_MONTHS = month_view(("es", "pt", "ca"))

#: Days of the week, in full and cut short, in the languages bylines print them: a date, never a name.
WEEKDAYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom "
    "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)

#: The month words that tell a date from a name in a credit.
BYLINE_MONTH_WORDS = tuple(month_view(("en", "de", "es", "fr")))

#: The month name at the end of a word a dump glued to a label: ``Posted onFebruary 3, 2025``.
GLUED_MONTH_RE = re.compile(r"(?<=[a-zà-ÿ])[A-ZÀ-Þ][a-zà-ÿ]{2,9}$")

#: A Markdown escape (group ``escaped`` keeps the character) or an emphasis mark round a word.
MARKDOWN_MARK_RE = re.compile(r"\\(?P<escaped>[\\.\-*_#+!()\[\]`>])|\*\*|__|(?<!\w)_(?=\w)|(?<=\w)_(?!\w)")

#: Numeric dates the text path reads besides :data:`DATE_FORMS`: ``05/06/2023`` (either order, groups
#: ``front`` and ``back``), ``19.11.19``, ``18. 05. 2014`` and ``2019年11月19日``.
SLASH_DATE_RE = re.compile(r"(?<![\d/])(?P<front>\d{1,2})/(?P<back>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])" + _TIME)
NUMERIC_DATE_FORMS = (
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})(?![\d.])" + _TIME),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.[ ](?P<month>\d{1,2})\.[ ]?(?P<year>\d{4})(?!\d)" + _TIME),
    re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
)

#: What a date's label says when the date is not the published one, but the last edit.
UPDATED_WORDS_RE = re.compile(
    r"(?i)updated|update|modified|aktualisiert|geändert|mis à jour|actualizado|atualizado|aggiornat|bearbeitet|"
    r"\bstand\b|edited|zuletzt|zaktualizowano|обновлено|güncellen"
)

#: A line with one of these prints a date that is not the article's: a copyright, a comment, a
#: founding, a birth, an event or a deadline.
NOT_PUBLISHED_RE = re.compile(
    r"(?i)©|\bcopr\.|\(c\)|copyright|\ball rights\b|founded|gegründet|established|\bborn\b|geboren|\bdied\b|gestorben|"
    r"deadline|frist|\bbis\b|\buntil\b|\btill\b|\bab\b|event|veranstaltung|findet|termin|\bexpir|gültig|valid\b|"
    r"closing|bewerbung|einsendeschluss|anmeld|registr|release|premiere|kickoff|anstoß|\bticket|\bopens?\b|"
    r"\bsays?:|schreibt:|\bwrote\b|\bmember since|mitglied seit|joined|"
    r"\bseit\b|\bsince\b|\bfrom\b|\bdu\b|\bau\b|\bto\b|\d\.?[ ]?–[ ]?\d|\d\.-\d|\bbirthday|\bjahrgang"
)

#: A label that says the date on its line is the published one.
PUBLISHED_LABEL_RE = re.compile(
    r"(?i)published|posted|veröffentlicht|publié|publicado|pubblicato|opublikowano|gepubliceerd|publicerad|"
    r"опубликовано|yayınlanma|\bdatum\b|\bdate\b|erstellt|erschienen"
)
