"""Find and parse the timestamps that news pages print, into ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.dates import DATE_FORMS, GLUED_MONTH_RE, MARKDOWN_MARK_RE, MONTHS, TIMESTAMP_LABEL_RE, UPDATED_LABEL_RE


_DIGITS_RE = re.compile(r"\d\d")


@dataclass(frozen=True, slots=True)
class Timestamp:
    iso: str  #: ``2021-10-15T20:27:00``, or ``2021-10-15`` when there is no time
    start: int  #: where the timestamp starts in the searched text
    end: int  #: where it ends


def month_number(name: str) -> int | None:
    """``Oct`` -> 10; numbers pass through.

    >>> month_number("Oct."), month_number("März"), month_number("11"), month_number("onFebruary")
    (10, 3, 11, 2)
    """
    name = name.rstrip(".")
    if name.isdigit():
        return int(name)
    found = MONTHS.get(name.lower())
    if found is None:
        glued = GLUED_MONTH_RE.search(name)  # w3m glues a label to the month: "onFebruary"
        found = MONTHS.get(glued.group().lower()) if glued else None
    return found


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = month_number(groups["month"])
    year, day = int(groups["year"]), int(groups["day"])
    if month is None or not (1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if groups.get("hour") is None:
        return date
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return date
    stamp = f"{date}T{hour:02d}:{minute:02d}:{second:02d}"
    tz = groups.get("tz") or ""
    if tz == "Z":
        return stamp + "Z"
    if tz[:1] in "+-" and tz:
        digits = tz[1:].replace(":", "")
        if len(digits) <= 2:
            digits = digits.zfill(2) + "00"
        return f"{stamp}{tz[0]}{digits[:2]}:{digits[2:4]}"
    return stamp


def find_timestamp(text: str, at_start: bool = False) -> Timestamp | None:
    """The first timestamp in ``text``, earliest position first.

    >>> find_timestamp("15 Oct 2021, 20:27").iso
    '2021-10-15T20:27:00'
    >>> find_timestamp("Nov 19, 2019, 10:31 pm CST").iso
    '2019-11-19T22:31:00'
    >>> find_timestamp("2019-11-19T10:31:00+0100").iso
    '2019-11-19T10:31:00+01:00'
    >>> find_timestamp("November 20, 2019").iso
    '2019-11-20'
    >>> find_timestamp("no date here") is None
    True
    """
    if not _DIGITS_RE.search(text):
        return None
    best: Timestamp | None = None
    for form in DATE_FORMS:
        for match in (form.match(text),) if at_start else form.finditer(text):
            if match is None:
                break
            if best is not None and match.start() >= best.start:
                break
            iso = _iso(match)
            if iso is not None:
                best = Timestamp(iso, match.start(), match.end())
                break
    return best


def whole_timestamp(text: str) -> str | None:
    """The ISO form of ``text`` when the whole of it is one timestamp, else None.

    Trailing punctuation and a trailing time-zone word are allowed.

    >>> whole_timestamp("15 Oct 2021, 20:27")
    '2021-10-15T20:27:00'
    >>> whole_timestamp("Putin said on 15 Oct 2021 that") is None
    True
    """
    found = find_timestamp(text, at_start=True)
    if found is None:
        return None
    rest = text[found.end:].strip(" .,;|()")
    if rest and not re.fullmatch(r"(?:[A-Z]{2,5}|\(?(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?\)?|(?:hrs|h|Uhr|IST|ET|PT))", rest):
        return None
    return found.iso


def plain(text: str) -> str:
    """``text`` without the Markdown escapes and emphasis marks a Markdown dump puts round words.

    >>> plain(r"**18\\. 05. 2014** **22:38**"), plain(r"16\\. Dezember 2019")
    ('18. 05. 2014 22:38', '16. Dezember 2019')
    """
    if "\\" not in text and "*" not in text and "_" not in text:
        return text
    return MARKDOWN_MARK_RE.sub(lambda match: match.group("escaped") or "", text)


def read_timestamp(text: str) -> tuple[str, str] | None:
    """``(field, iso)`` when the whole line is a timestamp, with an optional label.

    >>> read_timestamp("Update : 15 Oct 2021, 20:29")
    ('updated', '2021-10-15T20:29:00')
    >>> read_timestamp("15 Oct 2021, 20:27")
    ('published', '2021-10-15T20:27:00')
    >>> read_timestamp("Published: Nov 19, 2019, 10:31 pm CST")
    ('published', '2019-11-19T22:31:00')
    """
    label = TIMESTAMP_LABEL_RE.match(text)
    rest = text[label.end():] if label else text
    iso = whole_timestamp(rest)
    if iso is None:
        return None
    field = "updated" if label and UPDATED_LABEL_RE.search(label.group("label")) else "published"
    return field, iso
