"""The headline of a page dump: which lines above the body are its title.
"""

from __future__ import annotations

from ..data.marks import MD_HEADING_RE
from ..model import Line
from .shapes import TITLE_MAX_WORDS, is_headline, walk_above, words

#: The title stands at most this many non-blank lines above the body.
TITLE_REACH = 6


#: A title wrapped over two lines has lines at least this wide.
WRAPPED_TITLE_CHARS = 50


def title_lines(lines: list[Line], end: int, guess: bool = True) -> tuple[int, ...]:
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
