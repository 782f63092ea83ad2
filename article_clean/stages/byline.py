"""byline: the author line above the body, and the names in it. Agencies are not authors.
"""

from __future__ import annotations

from ..doc import Doc
from ..model import Removal
from ..text.bylines import lead_byline, read_byline
from ..text.published import DAY_FIRST_LANGUAGES, header_dates
from ..text.reclaim import body_position, masked_below, take, view
from ..text.shapes import blanked, first_prose, walk_above


#: The byline stands at most this many non-blank lines above the body.
BYLINE_REACH = 4
#: A byline that a lead word opens stands at most this many lines above the body, the lines the content
#: stage took as outside the article counted ...
LEAD_REACH_ABOVE = 15
#: ... or this many below its start.
LEAD_REACH_BELOW = 2


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
    return _lead(doc, end)


def _lead(doc: Doc, end: int) -> Doc:
    """A byline a lead word opens round the body's start, nearest first, the content stage's outside
    lines among them."""
    if doc.byline is not None:
        return doc
    lines = list(doc.lines)
    indexes, texts = view(lines, doc.removed)
    body = body_position(indexes, end)
    texts = masked_below(lines, indexes, texts, end)
    above = range(body - 1, max(body - LEAD_REACH_ABOVE, 0) - 1, -1)
    for position in (*above, *range(body, min(body + LEAD_REACH_BELOW, len(texts)))):
        found = lead_byline(texts[position])
        if found is not None:
            removed = take(lines, doc.removed, indexes[position], "byline")
            stamps = [iso for field, iso in header_dates(texts[position], doc.language in DAY_FIRST_LANGUAGES or None)
                      if field == "published"]
            published = doc.published or (stamps[0] if stamps else None)
            return doc.evolve(lines=tuple(lines), byline=found, removed=removed, published=published)
    return doc
