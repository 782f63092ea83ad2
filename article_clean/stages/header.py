"""header: the published and updated timestamps and the title, from above the body."""

from __future__ import annotations

from ..data.marks import MD_HEADING_RE
from ..doc import Doc
from ..model import Line, Removal
from ..text.shapes import TITLE_MAX_WORDS, blanked, first_prose, is_headline, walk_above, words
from ..text.timestamps import read_timestamp

#: The title stands at most this many non-blank lines above the body.
TITLE_REACH = 6
#: A title wrapped over two lines has lines at least this wide.
WRAPPED_TITLE_CHARS = 50


def _timestamps(doc: Doc, lines: list[Line], end: int) -> Doc:
    """Take timestamp lines above the body."""
    found: dict[str, str] = {}
    removed = []
    for index in range(end):
        line = lines[index]
        if not line.text or len(line.text) > 120:
            continue
        parts = [part.strip() for part in line.text.split("|")]
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


def _title_index(lines: list[Line], end: int, guess: bool = True) -> tuple[int, ...]:
    """Indexes of the title's lines: a Markdown h1 (which may be long enough to read as the first
    prose line), else (when ``guess``) the nearest headline above the body."""
    for index in range(min(end + 1, len(lines))):
        match = MD_HEADING_RE.match(lines[index].text)
        if match and len(match.group("hashes")) == 1:
            return (index,)
    if not guess:
        return ()
    for index in walk_above(lines, end, TITLE_REACH):
        text = lines[index].text
        if is_headline(text):
            above = lines[index - 1].text if index else ""
            if above and len(above) >= WRAPPED_TITLE_CHARS and is_headline(above) and words(above + text) <= TITLE_MAX_WORDS:
                return (index - 1, index)
            return (index,)
    return ()


def run(doc: Doc) -> Doc:
    """Find the timestamps and the title above the first prose line."""
    lines = list(doc.lines)
    end = first_prose(doc.lines)
    after = _timestamps(doc, lines, end)
    chosen = _title_index(lines, end, guess=doc.title is None)  # a title from metadata is not guessed again
    if chosen:
        texts = [lines[i].text for i in chosen]
        heading = MD_HEADING_RE.match(texts[0])
        title = heading.group("text") if heading else " ".join(texts)
        removed = tuple(Removal(lines[i].number, lines[i].text, "title") for i in chosen)
        for index in chosen:
            lines[index] = blanked(lines[index])
        after = after.evolve(title=doc.title or title, removed=after.removed + removed)
    return doc if after is doc else after.evolve(lines=tuple(lines))
