"""The shape of a person's name in a credit: what makes a string a name, and what an organization's
name, a job title or a day of the week left in it.
"""

from __future__ import annotations

import re
import unicodedata

from ..data.html_hints import NAME_PARTICLES, NOT_PERSON_SUFFIXES, NOT_PERSON_WORDS, ROLE_TAIL_RE, ROLE_WORDS
from ..data.dates import WEEKDAYS

#: An author name has at most this many words.
AUTHOR_MAX_WORDS = 5
#: The groups of a credit's list, and the names joined inside one group; a match starts only where a
#: run of spaces starts, so a long run is not tried from each of its spaces.
_GROUP_SPLIT_RE = re.compile(r"(?<!\s)\s*[,;]\s*")
_JOIN_SPLIT_RE = re.compile(r"(?<!\s)\s+(?:and|und|et|y)\s+|(?<!\s)\s*&\s*")


def squash(text: str) -> str:
    """Lower-cased letters and digits only, accents and umlauts spelled out, for comparing names with sites.

    >>> squash("Martin Rütter"), squash("martinruetter.com"), squash("El Colombiano")
    ('martinruetter', 'martinruettercom', 'elcolombiano')
    """
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def looks_like_name(name: str, handle: bool = False) -> bool:
    """A person's name: a few capitalized words (particles aside); one word only where ``handle`` allows
    a user name.

    >>> looks_like_name("Jean-Luc de la Tour"), looks_like_name("angriffen maximal sieben tage")
    (True, False)
    >>> looks_like_name("gnaddrig"), looks_like_name("gnaddrig", handle=True)
    (False, True)
    """
    words = name.split()
    if not words or len(words) > AUTHOR_MAX_WORDS or any(len(word) > 25 for word in words):
        return False
    if len(words) == 1:
        return handle and (len(name) > 3 or not name.islower())
    capitalized = [word for word in words if word.lower() not in NAME_PARTICLES]
    lettered = [word for word in capitalized if any(c.isalpha() for c in word)]
    return len(lettered) >= 2 and all(word[:1].isupper() or not word[:1].isalpha() for word in capitalized)


def organization(name: str) -> bool:
    """Does ``name`` hold a word of an organization's or a team's name (particles inside a name aside)?

    >>> organization("Privacy Team"), organization("Walter von Aachen"), organization("Valley Nachrichten")
    (True, False, True)
    """
    words = name.lower().split()
    inner = [word for number, word in enumerate(words) if not (0 < number < len(words) - 1 and word in NAME_PARTICLES)]
    return (any(word.strip(".") in NOT_PERSON_WORDS for word in inner) or "admin" in name.lower()
            or any(word.endswith(NOT_PERSON_SUFFIXES) for word in words))


def without_roles(value: str) -> list[str]:
    """The names of a credit's list without job titles or organizations: a title runs to the end of its
    group between commas, and names joined by "and" or "&" of which one is an organization's are all
    parts of one organization's name.

    >>> without_roles("Rasmus Barslund Founder & Lead Reviewer"), without_roles("Jane Doe, Trial Attorney")
    (['Rasmus Barslund'], ['Jane Doe'])
    >>> without_roles("Acme Speech & Privacy Team"), without_roles("Jane Doe, Head of News and Sport, John Roe")
    ([], ['Jane Doe', 'John Roe'])
    """
    found: list[str] = []
    for group in _GROUP_SPLIT_RE.split(value):
        pieces = _JOIN_SPLIT_RE.split(group)
        if len(pieces) > 1 and any(organization(piece) for piece in pieces):
            continue
        for piece in pieces:
            words = piece.split()
            role = next((n for n, word in enumerate(words) if word.lower().strip(".,") in ROLE_WORDS), None)
            if role is None or organization(piece):
                found.append(piece)  # an organization's name is dropped whole, later
                continue
            tail = ROLE_TAIL_RE.search(piece)  # its title with a word before it: ``Education editor``
            name = piece[:tail.start()] if tail else " ".join(words[:role])
            if len(name.split()) >= 2:
                found.append(name)
            break
    return found


def without_weekday(name: str) -> str:
    """A name without the day of the week that a date printed after it left behind.

    >>> without_weekday("Tomas Spahn Fr"), without_weekday("Jane Doe")
    ('Tomas Spahn', 'Jane Doe')
    """
    words = name.split()
    if len(words) > 2 and words[-1].strip(".,").lower() in WEEKDAYS:
        return " ".join(words[:-1]).rstrip(" ,")
    return name
