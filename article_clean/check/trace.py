"""What happened to each input line: kept in which block, taken as metadata, or removed by a rule.

This is what ``article-clean explain`` shows, and what makes "nothing is lost"
visible: a non-blank line with no fate is unaccounted for.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from ..doc import Doc
from ..model import Finding, Removal
from ..reasons import METADATA_REASONS


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
    if removal.rule in METADATA_REASONS:
        return Fate("metadata", removal.rule)
    return Fate("removed", f"removed by {removal.rule}")


def trace(doc: Doc) -> list[LineTrace]:
    """Every input line of the final state ``doc``, with its fates and the flags raised on it.

    For an HTML page the lines are the page's visible text, one block per line, and each
    element the reader dropped stands at its place there, with its rule.
    """
    lines = doc.page_lines or doc.input_lines
    fates: dict[int, list[Fate]] = defaultdict(list)
    for removal in doc.removed:
        if removal.line is not None:
            fates[removal.line].append(removal_fate(removal))
    for number, removal in placed(doc).items():
        fates[number].append(removal_fate(removal))
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
    for number, text in enumerate(lines, start=1):
        found = tuple(fates.get(number, ()))
        if not found and text.strip():
            found = (UNACCOUNTED,)
        out.append(LineTrace(number, text, found, tuple(flags.get(number, ()))))
    return out


def placed(doc: Doc) -> dict[int, Removal]:
    """The page line of each line of every element the HTML reader dropped, found in page order.

    Those removals name the element, not a line: each is sought in the page's lines from where the
    one before it ended, among the lines that the text stages did not get.
    """
    if not doc.page_lines:
        return {}
    given = doc.input_lines
    open_lines = [number for number, text in enumerate(doc.page_lines, start=1)
                  if text.strip() and not (number <= len(given) and given[number - 1].strip())]
    out: dict[int, Removal] = {}
    cursor = 0
    for removal in doc.removed:
        if removal.line is not None or removal.path is None:
            continue
        wanted = [line for line in removal.text.split("\n") if line.strip()]
        start = _find(doc.page_lines, open_lines, cursor, wanted[0] if wanted else "")
        if start is None:
            continue
        for number in open_lines[start:start + len(wanted)]:
            out[number] = removal
        cursor = start + len(wanted)
    return out


def _find(page: tuple[str, ...], open_lines: list[int], cursor: int, first: str) -> int | None:
    """The index in ``open_lines``, from ``cursor`` on, of the page line that ``first`` ends (a list
    item's line starts with its marker); None when there is none."""
    first = first.strip()
    for index in range(cursor, len(open_lines)):
        if page[open_lines[index] - 1].strip().endswith(first):
            return index
    return None


def unplaced(doc: Doc) -> tuple[tuple[Removal, ...], tuple[Finding, ...]]:
    """Removals and flags tied to no line (the page as a whole, or an element not found among its lines)."""
    at = set(map(id, placed(doc).values()))
    return (tuple(r for r in doc.removed if r.line is None and id(r) not in at),
            tuple(f for f in doc.flags if f.line is None))


#: The kinds of fate, the strongest first: a line is counted once, by the strongest it has.
KINDS = ("kept", "metadata", "removed", "unaccounted")


def counts(lines: list[LineTrace]) -> dict[str, int]:
    """How many lines had each kind of fate, each line counted once by its strongest, and the
    blank lines: the counts add up to the number of lines.

    >>> counts([LineTrace(1, "a", (Fate("removed", "removed by x"), Fate("kept", "kept in paragraph 1")), ()),
    ...         LineTrace(2, "", (), ())])
    {'kept': 1, 'blank': 1}
    """
    out: dict[str, int] = defaultdict(int)
    for line in lines:
        kinds = {fate.kind for fate in line.fates}
        out[next((kind for kind in KINDS if kind in kinds), "blank")] += 1
    return dict(out)
