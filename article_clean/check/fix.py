"""``--fix``: edits of the lines a finding is about, and of nothing else.

A fix never rewrites a file through a writer: the title, the timestamps and
every line that no fix is about stay as they are, byte for byte. In text and
Markdown each fixable code is an edit of input lines:

- AC301 boilerplate, AC305 a repeated paragraph, AC306 a timestamp in the body:
  the lines are removed (with one blank line that would be left doubled). A line
  goes as boilerplate only when a boilerplate rule takes the line itself: a line
  that the content stage dropped as outside the article is a judgement about the
  page, and may be wrong, so it stays (and stays reported);
- AC302: the dateline is put on a line of its own, the lead on the next;
- AC303: each wrapped paragraph is joined onto its first line;
- AC304, AC402, AC403: the HTML residue, the mojibake or the control
  characters of a line are repaired in place.

What cannot be written as such an edit (a boilerplate phrase that shares its
line with text, a file whose lines the reader split otherwise) is left alone,
and its finding stays in the report. JSON has its own edits, in
:mod:`article_clean.check.fix_json`. Truncation is never fixed: lost words are
not made up.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Block, Finding
from .detect import duplicates, residue, timestamp_blocks
from .repairs import LINE_REPAIRS, Rewrite
from .subject import Parsed, Subject

#: Forms whose fixes are edits of lines; JSON forms are edited as data.
LINE_FORMS = ("text", "md")
_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+$")
#: What a join may add or take away: white space, and a hyphen the reader took for a split word.
_GAPS_RE = re.compile("[\\s\u00ad-]+")


def touched_lines(original: str, rewrite: Rewrite) -> frozenset[int]:
    """The input lines (1-based) that are not in ``rewrite`` as they were."""
    kept = {origin for origin in rewrite.origins if origin is not None}
    return frozenset(range(1, len(_LINE_RE.findall(original)) + 1)) - kept


# --------------------------------------------------------------------------
# The plan: what each input line becomes
# --------------------------------------------------------------------------

class Plan:
    """What each input line becomes: a list of lines, empty when it is removed."""

    def __init__(self, text: str):
        self.raw = _LINE_RE.findall(text)
        self.content = [line.rstrip("\n").removesuffix("\r") for line in self.raw]
        self.becomes: list[list[str]] = [[content] for content in self.content]
        self.newline = "\r\n" if "\r\n" in text else "\n"

    def __len__(self) -> int:
        return len(self.raw)

    def line(self, number: int) -> str:
        return self.becomes[number - 1][-1] if self.becomes[number - 1] else ""

    def is_blank(self, number: int) -> bool:
        return 0 < number <= len(self) and not self.content[number - 1].strip()

    def set(self, number: int, lines: list[str]) -> None:
        self.becomes[number - 1] = lines

    def remove(self, numbers: set[int]) -> None:
        """Remove ``numbers``, and the blank line after a removed run that would be doubled."""
        for number in sorted(numbers):
            self.becomes[number - 1] = []
        for start, end in _runs(numbers):
            if (start == 1 or self.is_blank(start - 1)) and self.is_blank(end + 1):
                self.becomes[end] = []
            elif end == len(self):
                self._remove_blanks_before(start)

    def _remove_blanks_before(self, start: int) -> None:
        """At the end of the file, the blank lines that a removed run leaves behind go too."""
        number = start - 1
        while number > 0 and self.is_blank(number) and self.becomes[number - 1] == [self.content[number - 1]]:
            self.becomes[number - 1] = []
            number -= 1

    def rewrite(self) -> Rewrite:
        out: list[str] = []
        origins: list[int | None] = []
        for number, (raw, content, lines) in enumerate(zip(self.raw, self.content, self.becomes), start=1):
            if lines == [content]:
                out.append(raw)
                origins.append(number)
                continue
            ending = raw[len(content):] or (self.newline if number < len(self) else "")
            out += [line + self.newline for line in lines[:-1]] + [lines[-1] + ending] if lines else []
            origins += [None] * len(lines)
        return Rewrite("".join(out), tuple(origins))


def _runs(numbers: set[int]) -> list[tuple[int, int]]:
    """Consecutive runs in ``numbers``, as (first, last).

    >>> _runs({1, 2, 5, 7, 8})
    [(1, 2), (5, 5), (7, 8)]
    """
    runs: list[tuple[int, int]] = []
    for number in sorted(numbers):
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def _same(left: str, right: str) -> bool:
    """Whether two texts are the same words, as the reader would join and normalize them."""
    return " ".join(left.replace("\u00a0", " ").split()) == " ".join(right.replace("\u00a0", " ").split())


def _same_letters(left: str, right: str) -> bool:
    """Whether two texts agree but for white space, hyphens at joins, and what normalizing repairs."""
    from ..text.normalizing import normalize_text

    return _GAPS_RE.sub("", normalize_text(left)) == _GAPS_RE.sub("", normalize_text(right))


def _block_lines(block: Block) -> list[int]:
    return sorted({span.line for span in block.spans} | ({block.line} if block.line else set()))


def _whole_lines(plan: Plan, block: Block, head: str = "") -> set[int] | None:
    """The input lines that hold ``block`` and nothing else (but ``head``, a dateline cut from
    it), or None when they hold more."""
    numbers = _block_lines(block)
    if not numbers or numbers[-1] > len(plan):
        return None
    inside = set(range(numbers[0], numbers[-1] + 1))
    if any(n not in numbers and not plan.is_blank(n) for n in inside):
        return None
    text = " ".join(plan.content[n - 1] for n in sorted(inside))
    return inside if _same_letters(text, f"{head} {block.text}") else None


# --------------------------------------------------------------------------
# The edits of each code
# --------------------------------------------------------------------------

def _repair_lines(plan: Plan, subject: Subject, codes: set[str]) -> None:
    """Repairs inside lines, on the lines the code is about."""
    pieces = {piece.line for piece in subject.pieces if piece.line}
    residue_lines = {n for block in (subject.title, *subject.doc.blocks) if block and residue(block.text)
                     for n in _block_lines(block)}
    about = {"AC403": pieces, "AC402": pieces, "AC304": residue_lines}
    for code, repair in LINE_REPAIRS:
        if code not in codes:
            continue
        for number in sorted(about[code]):
            if 0 < number <= len(plan):
                plan.set(number, [repair(plan.line(number))])


def _removals(plan: Plan, subject: Subject, codes: set[str]) -> set[int]:
    """The lines of boilerplate, repeated paragraphs and timestamps, where they stand alone."""
    from ..text.boilerplate import line_rule

    gone: set[int] = set()
    if "AC301" in codes:
        gone |= {spot.line for spot in subject.boilerplate
                 if spot.line and spot.line <= len(plan) and _same(plan.content[spot.line - 1], spot.text)
                 and line_rule(spot.text, subject.doc.options)}
    blocks = subject.doc.blocks
    picked = set(timestamp_blocks(blocks)) if "AC306" in codes else set()
    picked |= {index for index, _ in duplicates(blocks)} if "AC305" in codes else set()
    for index in sorted(picked):
        whole = _whole_lines(plan, blocks[index])
        gone |= whole or set()
    return gone


def _dateline_cut(plan: Plan, subject: Subject) -> tuple[int, int] | None:
    """(line, where the lead starts in it) of a glued dateline that can be put on its own line."""
    spot = subject.glued
    if spot is None or not spot.line or spot.line > len(plan) or not spot.column:
        return None
    content = plan.line(spot.line)
    start = spot.column - 1
    if content[start:start + len(spot.text)] != spot.text or not content[start + len(spot.text):].strip():
        return None
    return spot.line, start + len(spot.text)


def _separator(block: Block, index: int, before: str) -> tuple[str, str]:
    """How the line before span ``index`` joins it: (that line as joined, the separator)."""
    joined = block.text[:block.spans[index].offset]
    if joined.endswith(" ") or not joined:
        return before, " "
    if before[-1:] in ("-", "\u00ad") and joined[-1:] != before[-1:]:
        return before[:-1], ""
    return before, ""


def _join(plan: Plan, block: Block, first: list[str]) -> list[str]:
    """The paragraph's lines joined onto its first (already split at a dateline: ``first``)."""
    lines = {span.line: i for i, span in enumerate(block.spans)}
    text = first[-1].rstrip()
    for number in range(block.spans[0].line + 1, block.spans[-1].line + 1):
        if number not in lines:
            continue
        span = block.spans[lines[number]]
        text, separator = _separator(block, lines[number], text)
        text += separator + plan.line(number)[span.col - 1:].strip()
    return first[:-1] + [text]


def _joins(plan: Plan, subject: Subject, gone: set[int], cut: tuple[int, int] | None) -> None:
    """Join each wrapped paragraph onto its first line, and put a glued dateline on its own."""
    split = (cut[0], _split(plan, cut)) if cut is not None else None
    for block in subject.doc.blocks if subject.wraps else ():
        head = next((r.text for r in subject.doc.removed if r.rule == "dateline" and r.line in _block_lines(block)), "")
        whole = _whole_lines(plan, block, head) if block.type == "paragraph" and len(block.spans) > 1 else None
        if not whole or whole & gone:
            continue
        top = block.spans[0].line
        first = split[1] if split and split[0] == top else [plan.line(top)]
        joined = _join(plan, block, first)
        for number in whole - {top}:
            plan.set(number, [])
        plan.set(top, joined)
        if split and split[0] == top:
            split = None
    if split:
        plan.set(*split)


def line_fix(subject: Subject, text: str, codes: set[str], structural: bool) -> Rewrite:
    """The text of one article's file with the edits of ``codes``; structural edits (removing,
    splitting and joining lines) only when the reader's lines are the file's."""
    plan = Plan(text)
    _repair_lines(plan, subject, codes)
    if structural:
        gone = _removals(plan, subject, codes)
        cut = _dateline_cut(plan, subject) if "AC302" in codes else None
        if "AC303" in codes:
            _joins(plan, subject, gone, cut)
        elif cut is not None:
            plan.set(cut[0], _split(plan, cut))
        plan.remove(gone)
    return plan.rewrite()


def _split(plan: Plan, cut: tuple[int, int]) -> list[str]:
    line, at = cut
    content = plan.line(line)
    return [content[:at].rstrip(), content[at:].lstrip()]


def _lines_match(parsed: Parsed, subject: Subject) -> bool:
    """Whether the reader's input lines are the file's lines (normalizing split none, joined none)."""
    return len(_LINE_RE.findall(parsed.text)) == len(subject.doc.input_lines)


def fixed_text(parsed: Parsed, findings: Sequence[Sequence[Finding]], fixable: frozenset[str]) -> Rewrite | None:
    """The file with its fixable findings fixed by edits, or None when its form has no edits
    or none of its findings is fixable. ``findings`` parallels ``parsed.subjects``."""
    codes = {f.code for found in findings for f in found if f.code in fixable}
    if not codes:
        return None
    if parsed.form in LINE_FORMS and len(parsed.subjects) == 1:
        subject = parsed.subjects[0]
        return line_fix(subject, parsed.text, codes, _lines_match(parsed, subject))
    if parsed.form in ("json", "jsonl"):
        from .fix_json import json_fix

        return json_fix(parsed, findings, fixable)
    return None
