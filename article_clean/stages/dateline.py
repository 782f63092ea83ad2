"""dateline: cut the dateline from the first paragraph and keep it as metadata
(forms in :mod:`article_clean.text.datelines`).
"""

from __future__ import annotations

from ..doc import Doc
from ..model import Line, Removal
from ..text.datelines import read_dateline
from ..text.shapes import first_prose


def run(doc: Doc) -> Doc:
    """Cut the dateline from the start of the first prose line."""
    index = first_prose(doc.lines)
    if index >= len(doc.lines):
        return doc
    line = doc.lines[index]
    found = read_dateline(line.text, doc.published)
    if found is None:
        return doc
    dateline, cut = found
    lines = list(doc.lines)
    lines[index] = Line(line.number, line.text[cut:], line.indent, line.col + cut)
    return doc.evolve(
        lines=tuple(lines),
        dateline=doc.dateline or dateline,
        removed=doc.removed + (Removal(line.number, line.text[:cut].rstrip(), "dateline"),),
    )
