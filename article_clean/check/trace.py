"""What happened to each input line: kept in which block, taken as metadata, or removed by a rule.

This is what ``article-clean explain`` shows, and what makes "nothing is lost"
visible: a non-blank line with no fate is unaccounted for.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from ..doc import Doc
from ..model import Finding, Removal
from .patterns import METADATA_RULES


class Fate(NamedTuple):
    """One thing that happened to a line: ``kind`` is kept, metadata, removed or unaccounted."""

    kind: str
    label: str


class LineTrace(NamedTuple):
    number: int
    text: str
    fates: tuple[Fate, ...]
    flags: tuple[Finding, ...]


UNACCOUNTED = Fate("unaccounted", "unaccounted for")


def removal_fate(removal: Removal) -> Fate:
    """The fate a removal records.

    >>> removal_fate(Removal(1, "15 Oct 2021, 20:27", "published"))
    Fate(kind='metadata', label='published')
    >>> removal_fate(Removal(66, "• Latest News", "navigation"))
    Fate(kind='removed', label='removed by navigation')
    """
    if removal.rule in METADATA_RULES:
        return Fate("metadata", removal.rule)
    return Fate("removed", f"removed by {removal.rule}")


def trace(doc: Doc) -> list[LineTrace]:
    """Every input line of the final state ``doc``, with its fates and the flags raised on it."""
    fates: dict[int, list[Fate]] = defaultdict(list)
    for removal in doc.removed:
        if removal.line is not None:
            fates[removal.line].append(removal_fate(removal))
    for index, block in enumerate(doc.blocks, start=1):
        kept = Fate("kept", f"kept in {block.type.replace('_', ' ')} {index}")
        for line in sorted({span.line for span in block.spans} or ({block.line} if block.line else set())):
            if kept not in fates[line]:
                fates[line].append(kept)
    flags: dict[int, list[Finding]] = defaultdict(list)
    for flag in doc.flags:
        if flag.line is not None:
            flags[flag.line].append(flag)
    out = []
    for number, text in enumerate(doc.input_lines, start=1):
        found = tuple(fates.get(number, ()))
        if not found and text.strip():
            found = (UNACCOUNTED,)
        out.append(LineTrace(number, text, found, tuple(flags.get(number, ()))))
    return out


def unplaced(doc: Doc) -> tuple[tuple[Removal, ...], tuple[Finding, ...]]:
    """Removals and flags tied to no line (an HTML element, the page as a whole)."""
    return tuple(r for r in doc.removed if r.line is None), tuple(f for f in doc.flags if f.line is None)


def counts(lines: list[LineTrace]) -> dict[str, int]:
    """How many lines had each kind of fate; a line with several counts once per kind.

    >>> counts([LineTrace(1, "a", (Fate("kept", "kept in paragraph 1"),), ())])
    {'kept': 1}
    """
    out: dict[str, int] = defaultdict(int)
    for line in lines:
        for kind in dict.fromkeys(fate.kind for fate in line.fates):
            out[kind] += 1
    return dict(out)
