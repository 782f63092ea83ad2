"""Datelines: the place, date and agencies that open a wire story's first paragraph.

Forms: ``MOSCOW, Oct 15, 2021 (BSS/AFP) -``, ``DHAKA, Oct 15 (BSS) -``,
``SALVADOR, Feb 26 -``, ``WASHINGTON (Reuters) -``, ``NEW YORK (AP) —``,
``KABUL, Afghanistan —``, ``(CNN) --``, ``NEW DELHI:``; dashes ``-``, ``--``,
``–`` or ``—``; and the bold form that the Markdown writer emits.
"""

from __future__ import annotations

import re

from ..model import Dateline
from .shapes import dateline_match
from .timestamps import month_number

_AGENCY_SPLIT_RE = re.compile(r"\s*(?:/|,|\band\b|&)\s*")


def read_dateline(text: str, published: str | None = None) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``text`` and where the body after it starts.

    >>> read_dateline("MOSCOW, Oct 15, 2021 (BSS/AFP) - Russian President")
    (Dateline(text='MOSCOW, Oct 15, 2021 (BSS/AFP) -', location='MOSCOW', date='2021-10-15', agencies=('BSS', 'AFP')), 33)
    >>> read_dateline("SALVADOR, Feb 26 - Brazil's", "1987-02-26T10:00:00")[0].date
    '1987-02-26'
    >>> read_dateline("LONDON, March 3 (Reuters) - Shares")[0].date
    '--03-03'
    """
    match = dateline_match(text)
    if match is None:
        return None
    date = None
    month_name = match.group("month") or match.group("month2")
    if month_name:
        month = month_number(month_name)
        day = int(match.group("day") or match.group("day2"))
        year = match.group("year") or (published[:4] if published and published[:4].isdigit() else None)
        if month and 1 <= day <= 31:
            date = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    agencies = tuple(a for a in _AGENCY_SPLIT_RE.split(match.group("agencies") or "") if a)
    shown = text[: match.end()].strip().replace("**", "").strip()
    return Dateline(shown, match.group("location") or match.group("place"), date, agencies), match.end()
