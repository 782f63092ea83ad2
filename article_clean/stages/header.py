"""header: the published and updated timestamps and the title, from above the body."""

from __future__ import annotations

from ..data.marks import MD_HEADING_RE
from ..doc import Doc
from ..model import Line, Removal
from ..text.shapes import blanked, first_prose
from ..text.headline import title_lines
from ..text.published import day_first_of, pick
from ..text.reclaim import body_position, masked_below, take, view
from ..text.timestamps import plain, read_timestamp

#: The page's other dates, read to settle day or month first, lie this many lines round the body's start.
ORDER_REACH = 40


def _timestamps(doc: Doc, lines: list[Line], end: int) -> Doc:
    """Take timestamp lines above the body."""
    found: dict[str, str] = {}
    removed = []
    for index in range(end):
        line = lines[index]
        if not line.text or len(line.text) > 120:
            continue
        parts = [plain(part.strip()) for part in line.text.split("|")]
        stamps = [read_timestamp(part) for part in parts if part]
        if not stamps or None in stamps:
            continue
        for field, iso in stamps:
            if field == "published" and (doc.published or "published" in found):
                field = "updated"
            found.setdefault(field, iso)
            removed.append(Removal(line.number, line.text, field))
        lines[index] = blanked(line)
    if not removed:
        return doc
    return doc.evolve(published=doc.published or found.get("published"), updated=doc.updated or found.get("updated"),
                   removed=doc.removed + tuple(removed))


def _header_dates(doc: Doc, lines: list[Line], end: int) -> Doc:
    """The published and updated dates printed round the body's start, the lines the content stage took
    as outside the article among them."""
    if doc.published and doc.updated:
        return doc
    indexes, texts = view(lines, doc.removed)
    body = body_position(indexes, end)
    texts = masked_below(lines, indexes, texts, end)
    near = texts[max(body - ORDER_REACH, 0):body + ORDER_REACH]
    published, updated = pick(texts, body, day_first_of(near, doc.language))
    for found, field in ((published, "published"), (updated, "updated")):
        if found is None or getattr(doc, field):
            continue
        if found.position != getattr(published, "position", None) or field == "published":
            doc = doc.evolve(removed=take(lines, doc.removed, indexes[found.position], field))
        doc = doc.evolve(**{field: found.iso})
    return doc


def run(doc: Doc) -> Doc:
    """Find the timestamps and the title above the first prose line."""
    lines = list(doc.lines)
    end = first_prose(doc.lines)
    after = _header_dates(_timestamps(doc, lines, end), lines, end)
    chosen = title_lines(lines, end, guess=doc.title is None)  # a title from metadata is not guessed again
    if chosen:
        texts = [lines[i].text for i in chosen]
        heading = MD_HEADING_RE.match(texts[0])
        title = heading.group("text") if heading else " ".join(texts)
        removed = tuple(Removal(lines[i].number, lines[i].text, "title") for i in chosen)
        for index in chosen:
            lines[index] = blanked(lines[index])
        after = after.evolve(title=doc.title or title, removed=after.removed + removed)
    return doc if after is doc else after.evolve(lines=tuple(lines))
