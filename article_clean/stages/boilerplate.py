"""boilerplate: drop site chrome line by line, recording each line and its rule.
"""

from __future__ import annotations

from ..doc import Doc
from ..model import Removal
from ..text.boilerplate import line_rule, menu_lines
from ..text.shapes import blanked


def run(doc: Doc) -> Doc:
    """Remove boilerplate lines; each becomes a :class:`Removal` with its rule.

    Single lines go first, so that a footer does not count as body when menus are sought.
    """
    rules = [line_rule(line.text, doc.options) if line.text else None for line in doc.lines]
    lines = [blanked(line) if rule else line for line, rule in zip(doc.lines, rules)]
    menus = menu_lines(tuple(lines)) if not doc.page_lines else ()  # HTML: its menus went by their markup
    for index in menus:
        rules[index] = "menu"
        lines[index] = blanked(lines[index])
    removed = tuple(Removal(line.number, line.text, rule) for line, rule in zip(doc.lines, rules) if rule)
    if not removed:
        return doc
    return doc.evolve(lines=tuple(lines), removed=doc.removed + removed)
