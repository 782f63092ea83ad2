"""Quotation marks in the conventions of the languages news comes in, and the quotation a text leaves open.

English writes “…” and "…", German „…“ and »…«, French « … », Polish „…”, Russian,
Spanish and Italian «…», Swedish ”…”, Japanese and Chinese 「…」 and 『…』. A mark is
read by the quotation it can close and by what stands either side of it: a mark
after a space and before a word opens, a mark after a word and before a space or
punctuation closes. Single marks are left alone, since most of them are apostrophes.

>>> open_quote('He said „es ist vorbei“ und ging.') is None
True
>>> open_quote('"breakthrough solutions" but would "openly state our')
35
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Each opening mark, and the marks that close it.
CLOSERS_OF = {
    "“": "”\"“",  # English “…”, and “…“ as careless pages write it
    "„": "“”",  # German „…“, Polish „…”
    "«": "»",  # French, Russian, Spanish, Italian «…»
    "»": "«»",  # German »…«, Danish »…»
    "”": "”",  # Swedish and Finnish ”…”
    '"': "\"”",  # typewriter "…"
    "「": "」",  # Japanese and Chinese
    "『": "』",
}
#: Marks that only ever close.
ONLY_CLOSE = "」』"
MARKS = frozenset(CLOSERS_OF) | frozenset(ONLY_CLOSE)
#: Finds the marks, so that a text is walked mark by mark rather than character by character.
_MARK_RE = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
CAN_CLOSE = frozenset("".join(CLOSERS_OF.values()) + ONLY_CLOSE)
#: Characters that may stand before an opening mark, besides white space.
BEFORE_OPEN = "([{—–-/:"
#: Characters that may stand after a closing mark, besides white space.
AFTER_CLOSE = ".,;:!?)]}…—–-'’"
#: Two single marks written for a double one: ``‘‘…’’`` and ``''…''``.
DOUBLED = {"‘‘": "“", "’’": "”", "''": '"'}
#: A paragraph that goes on with a quotation opens with one of these (or with a dash of dialogue).
CONTINUES_QUOTE = "\"“«»„”「『'‘‚‹›—–"


class Mark(NamedTuple):
    offset: int
    char: str


def _opens_here(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in BEFORE_OPEN) and not after.isspace() and after not in AFTER_CLOSE


def _closes_here(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in AFTER_CLOSE or after in CAN_CLOSE)


def _not_a_quote(text: str, at: int, inside: bool) -> bool:
    """A typewriter mark between two letters (``Canada"s``), or after a figure outside a quotation (``70" TV``)."""
    if text[at] != '"':
        return False
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (before.isdigit() and not inside)


def unclosed(text: str) -> list[Mark]:
    """The quotations opened in ``text`` and not closed, outermost first. Closing marks of a
    quotation opened before ``text`` began are passed over.

    >>> unclosed('»Wir kommen«, sagte er, „aber nicht heute')
    [Mark(offset=24, char='„')]
    >>> unclosed('« Nous partirons », a-t-il dit.'), unclosed('彼は「行く」と言った。')
    ([], [])
    >>> unclosed('done," she said. 70" screens')
    []
    """
    text = undoubled(text)
    stack: list[Mark] = []
    for found in _MARK_RE.finditer(text):
        at, char = found.start(), found.group()
        if _not_a_quote(text, at, bool(stack) and stack[-1].char == '"'):
            continue
        top = stack[-1].char if stack else ""
        closes_top = bool(top) and char in CLOSERS_OF[top]
        nests = char in (top, '"') and _opens_here(text, at) and not _closes_here(text, at)
        if closes_top and not nests:
            stack.pop()
        elif char in CLOSERS_OF and not (char in CAN_CLOSE and _closes_here(text, at) and not _opens_here(text, at)):
            stack.append(Mark(at, char))
    return stack


def undoubled(text: str) -> str:
    """``text`` with each pair of single marks written for a double one made a double mark and a
    joiner, so that offsets stay the same.

    >>> undoubled("‘‘Yes,’’ he said") == "“\u2060Yes,”\u2060 he said"
    True
    """
    if "‘‘" not in text and "’’" not in text and "''" not in text:
        return text
    for pair, mark in DOUBLED.items():
        text = text.replace(pair, mark + "\u2060")
    return text


def ends_closed(text: str) -> bool:
    """True when ``text`` ends with a closing quotation mark: whatever was open, its end is there.

    >>> ends_closed('than we thought."'), ends_closed('«Отпусти ее!»'), ends_closed('"openly state our')
    (True, True, False)
    """
    stripped = undoubled(text).rstrip(" \u00a0\u2060)")
    return bool(stripped) and stripped[-1] in CAN_CLOSE


def open_quote(text: str) -> int | None:
    """Offset of the innermost quotation opened in ``text`` and never closed, or None.

    >>> open_quote('He said “it is over”.') is None
    True
    >>> open_quote('Sie sagte: „Wir werden nicht')
    11
    """
    found = unclosed(text)
    return found[-1].offset if found else None


def continues_quote(text: str) -> bool:
    """True when a paragraph opens with a quotation mark, as each paragraph of a long quotation does.

    >>> continues_quote('“We will stay,” he said.'), continues_quote('He left.')
    (True, False)
    """
    return text[:1] in CONTINUES_QUOTE
