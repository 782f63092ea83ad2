"""Bylines: the author line of an article, the names in it, and the timestamp it carries. Agencies
and roles are not authors.
"""

from __future__ import annotations

import re

from ..data.bylines import BYLINE_BY_RE, BYLINE_DATED_RE, LEAD_BYLINE_RE, NAME_END_WORDS, NAME_SPLIT_RE, NOT_AUTHOR_RE, ROLE_BYLINES
from ..data.datelines import AGENCIES
from ..data.html_hints import NAME_PARTICLES, NOT_PERSON_WORDS
from ..model import Byline
from .timestamps import find_timestamp, month_number, plain

#: A byline line is at most this many characters long.
LEAD_LINE_MAX_CHARS = 120

def authors(names: str) -> tuple[str, ...]:
    """The person names in a list of names, without agencies and roles.

    >>> authors("Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> authors("Janie Gabbett, Reuters"), authors("Acme Speech & Privacy Team")
    (('Janie Gabbett',), ())
    """
    found = []
    parts = NAME_SPLIT_RE.split(names)
    for name in parts:
        name = name.strip(" .,;")
        if not name or name.lower() in AGENCIES or name.lower() in ROLE_BYLINES or name in found:
            continue
        if len(parts) > 1 and _fragment(name):
            return ()  # the end of an organization's name that the list split: "Acme Speech & Privacy Team"
        found.append(name)
    return tuple(found)


def _fragment(name: str) -> bool:
    """A word of an organization's name and at most one other word: ``Privacy Team``."""
    words = name.lower().split()
    others = [word for word in words if word not in NOT_PERSON_WORDS or word in NAME_PARTICLES]
    return len(others) < len(words) and len(others) <= 1


def read_byline(text: str) -> tuple[Byline, str | None] | None:
    """The byline in ``text``, and the ISO timestamp it carries; None when it is not one.

    >>> read_byline("By Jane Doe and John Roe")[0].authors
    ('Jane Doe', 'John Roe')
    >>> read_byline("Chris Davies - Nov 19, 2019, 10:31 pm CST")
    (Byline(text='Chris Davies - Nov 19, 2019, 10:31 pm CST', authors=('Chris Davies',)), '2019-11-19T22:31:00')
    >>> read_byline("Staff Correspondent")[0].authors
    ()
    """
    if text.lower().strip(" .") in ROLE_BYLINES:
        return Byline(text, ()), None
    match = BYLINE_BY_RE.match(text)
    if match:
        tail = match.group("tail") or ""
        stamp = find_timestamp(tail)
        names = authors(match.group("names"))
        if not names and not tail:
            return None
        return Byline(text, names), stamp.iso if stamp else None
    match = BYLINE_DATED_RE.match(text)
    if match:
        stamp = find_timestamp(match.group("when"))
        if stamp is not None and stamp.start == 0:
            names = authors(match.group("names"))
            if names:
                return Byline(text, names), stamp.iso
    return None


_GLUED_RE = re.compile(r"[a-z]{2}[A-Z]")


def _person(name: str) -> str | None:
    """The person's name in ``name``, cut before a label that follows it; None when it is not one."""
    parts = name.split()
    end = next((i for i, part in enumerate(parts) if part.lower().strip(".") in NAME_END_WORDS), len(parts))
    parts = parts[:end]
    if len(parts) < 2 or any(month_number(part) is not None or _GLUED_RE.search(part) for part in parts):
        return None
    return None if any(len(part) > 3 and part.isupper() for part in parts) else " ".join(parts)


def lead_byline(text: str) -> Byline | None:
    """The byline a lead word opens, also after other text on the line; None for an editor's or a
    photographer's credit.

    >>> lead_byline("Byline profile imageWritten by Jane Doe").authors
    ('Jane Doe',)
    >>> lead_byline("Autor: Hans Meier | 3. Januar 2019").authors, lead_byline("von Rasos Meyer am 24. Juli 2017").authors
    (('Hans Meier',), ('Rasos Meyer',))
    >>> lead_byline("Interview mit Intendantin Karola Wille, geführt von Jan Heinz") is None
    True
    >>> lead_byline("Photo by Jane Doe") is None, lead_byline("Edited by Marie White") is None
    (True, True)
    """
    text = plain(text)
    if len(text) > LEAD_LINE_MAX_CHARS or NOT_AUTHOR_RE.search(text):
        return None
    match = LEAD_BYLINE_RE.search(text)
    if match is None:
        return None
    names = tuple(dict.fromkeys(person for name in authors(match.group("names")) if (person := _person(name))))
    return Byline(text, names) if names else None
