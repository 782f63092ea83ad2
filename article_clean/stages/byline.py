"""byline: the author line above the body, and the names in it. Agencies are not authors.
"""

from __future__ import annotations

from ..doc import Doc
from ..model import Removal
from ..text.bylines import read_byline
from ..text.shapes import blanked, first_prose, walk_above


#: The byline stands at most this many non-blank lines above the body.
BYLINE_REACH = 4


def run(doc: Doc) -> Doc:
    """Take the byline from the lines above the first prose line."""
    end = first_prose(doc.lines)
    for index in walk_above(doc.lines, end, BYLINE_REACH):
        line = doc.lines[index]
        found = read_byline(line.text)
        if found is None:
            continue
        byline, iso = found
        lines = list(doc.lines)
        lines[index] = blanked(line)
        return doc.evolve(
            lines=tuple(lines),
            byline=doc.byline or byline,
            published=doc.published or iso,
            removed=doc.removed + (Removal(line.number, line.text, "byline"),),
        )
    return doc
