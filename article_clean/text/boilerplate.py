"""Whole-line boilerplate: the rule that takes a line, and the runs of short bulleted lines that make a menu.
"""

from __future__ import annotations

from ..data.boilerplate import BOILERPLATE_LONG_RE, BOILERPLATE_RE, LONG_LINE_STARTS, NAV_PHRASES
from ..data.chars import BULLET_RE, BULLETS, MARKER_STARTS
from ..data.marks import AFP_CROSSHEAD_RE
from ..model import Line
from ..options import Options
from .shapes import ends_sentence, first_prose, last_prose

#: A line longer than this many characters is tested against LONG_LINE_RULES only:
#: the other rules match menus, buttons and counters, which are never that long.
SHORT_LINE_CHARS = 64


#: Short bulleted lines in a run of at least this many are a menu.
MENU_RUN_MIN = 2


#: A bulleted line of at most this many words may belong to a menu.
MENU_ITEM_MAX_WORDS = 5


def line_core(text: str) -> str:
    """The line without its bullet: what whole-line rules and learned profiles match.

    >>> line_core("• Latest News"), line_core("1. First point")
    ('Latest News', '1. First point')
    """
    return BULLET_RE.sub("", text, count=1).strip() if text[:1] in BULLETS else text


def line_rule(text: str, options: Options | None = None) -> str | None:
    """The boilerplate rule that takes a whole line, or None.

    >>> line_rule("• Latest News"), line_rule("Beta Version"), line_rule("0 Comments")
    ('navigation', 'beta-version', 'social-counter')
    >>> line_rule("Putin said the talks would go ahead.") is None
    True
    """
    core = line_core(text)
    if not core:
        return None
    if len(core) <= SHORT_LINE_CHARS:
        if core.lower().rstrip(":") in NAV_PHRASES:
            return "navigation"
        match = BOILERPLATE_RE.match(core)
    elif len(core) < 400 and (core[:3].lower() in LONG_LINE_STARTS or core[:1] == "©"):
        match = BOILERPLATE_LONG_RE.match(core)  # menus, buttons and counters are never this long
    else:
        match = None
    if match:
        return match.lastgroup.replace("_", "-")
    if options is not None and (options.profile_lines or options.boilerplate_phrases or options.compiled_patterns):
        return _configured_rule(core, options)
    return None


def _configured_rule(core: str, options: Options) -> str | None:
    """The rule from the user's profile or configuration that takes a line, or None."""
    if options.profile_lines and core in options.profile_lines:
        return "repeated-line"
    if core.lower().rstrip(":") in options.phrase_set:
        return "config-phrase"
    for pattern in options.compiled_patterns:
        if pattern.search(core):
            return "config-pattern"
    return None


def _menu_item(line: Line) -> bool:
    """A short bulleted line with no sentence punctuation: a menu entry."""
    if line.text[:1] not in MARKER_STARTS or AFP_CROSSHEAD_RE.match(line.text):
        return False
    match = BULLET_RE.match(line.text)
    if not match or match.group(1)[:1].isdigit():
        return False
    core = line.text[match.end():]
    return bool(core) and core.count(" ") < MENU_ITEM_MAX_WORDS and not ends_sentence(core)


def menu_lines(lines: tuple[Line, ...]) -> set[int]:
    """Indexes of lines in menus: runs of short bulleted lines outside the body,
    or inside it when most of the run is known navigation."""
    body: tuple[int, int] | None = None  # where the body runs; found only when a menu is
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + (Line(0, "end"),)):
        if not line.text and run:
            continue  # blank lines do not break a menu
        if _menu_item(line):
            run.append(index)
            continue
        if len(run) >= MENU_RUN_MIN:
            start, end = body = body or (first_prose(lines), last_prose(lines))
            outside = run[-1] < start or run[0] > end
            known = sum(BULLET_RE.sub("", lines[i].text, count=1).lower() in NAV_PHRASES for i in run)
            if outside or known * 2 >= len(run):
                found.update(run)
        run = []
    return found
