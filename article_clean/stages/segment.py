"""segment: text to numbered lines, each with its indentation and column."""

from __future__ import annotations


from ..model import Line
from ..data.chars import INDENT_CHARS, NBSP
from ..doc import Doc


_INDENTS = frozenset(INDENT_CHARS)


def split_lines(text: str) -> tuple[tuple[str, ...], tuple[Line, ...]]:
    """The raw input lines, and a :class:`Line` for each (blank lines have empty text).

    >>> split_lines("\\u00a0\\u00a0 MOSCOW -\\nnext")[1][0]
    Line(number=1, text='MOSCOW -', indent=3, col=4)
    """
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    lines = []
    append = lines.append
    for number, line in enumerate(raw, start=1):
        if not line:
            append(Line(number, "", 0, 1))
            continue
        if line[0] in _INDENTS:
            content = line.lstrip(INDENT_CHARS)
            lead = len(line) - len(content)
            indent = lead + 3 * line[:lead].count("\t")
        else:
            content, lead, indent = line, 0, 0  # the common case: the line starts with its text
        if content and content[-1] in _INDENTS:
            content = content.rstrip(INDENT_CHARS)
        if NBSP in content:
            content = content.replace(NBSP, " ")
        append(Line(number, content, indent, lead + 1))
    return tuple(raw), tuple(lines)


def run(doc: Doc) -> Doc:
    """Split the text into lines."""
    raw, lines = split_lines(doc.text or "")
    return doc.evolve(input_lines=raw, lines=lines)
