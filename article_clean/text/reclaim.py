"""The lines round a dump's body as the page printed them: the lines the content stage took as outside
the article put back in place, for the header and byline stages to read, and a line taken back as a
metadata field."""

from __future__ import annotations

from ..model import Line, Removal

#: The rules of the content and boilerplate stages whose lines a metadata stage may take back.
RECLAIMABLE = frozenset({"outside-article", "page-chrome", "menu"})


def view(lines: list[Line] | tuple[Line, ...], removed: tuple[Removal, ...]) -> tuple[list[int], list[str]]:
    """The non-blank lines, removed ones back in place: their indexes in ``lines`` and their texts.

    >>> view([Line(1, "a"), Line(2, ""), Line(3, "")], (Removal(2, "b", "outside-article"), Removal(3, "c", "title")))
    ([0, 1], ['a', 'b'])
    """
    taken = {r.line: r.text for r in removed if r.rule in RECLAIMABLE and r.line is not None}
    indexes, texts = [], []
    for index, line in enumerate(lines):
        text = line.text or taken.get(line.number, "")
        if text:
            indexes.append(index)
            texts.append(text)
    return indexes, texts


def masked_below(lines: list[Line], indexes: list[int], texts: list[str], end: int) -> list[str]:
    """``texts`` with the lines still in the body below index ``end`` blanked: below the body's start
    only what the content stage took out is metadata; a timestamp left among the paragraphs is the
    check's to report (AC306).

    >>> masked_below([Line(1, "a"), Line(2, "b"), Line(3, "")], [0, 1, 2], ["a", "b", "c"], 0)
    ['a', '', 'c']
    """
    return [text if index <= end or not lines[index].text else "" for index, text in zip(indexes, texts)]


def body_position(indexes: list[int], end: int) -> int:
    """Where the line at index ``end`` (the body's first prose line) stands among ``indexes``."""
    return next((position for position, index in enumerate(indexes) if index >= end), len(indexes))


def take(lines: list[Line], removed: tuple[Removal, ...], index: int, field: str) -> tuple[Removal, ...]:
    """The removals once line ``index`` is recorded under ``field``: blanked in ``lines`` when it was still
    in the body, or its removal's rule changed.

    >>> lines = [Line(1, "")]
    >>> take(lines, (Removal(1, "3 May 2020", "outside-article"),), 0, "published")[0].rule
    'published'
    """
    line = lines[index]
    if line.text:
        lines[index] = Line(line.number, "", 0, 1)
        return removed + (Removal(line.number, line.text, field),)
    return tuple(Removal(r.line, r.text, field) if r.line == line.number and r.rule in RECLAIMABLE else r
                 for r in removed)
