"""``check``: lint scraped articles and article-clean's own output, with stable rule codes.

The whole run over one file::

    parse (the file's form -> articles, positioned) -> detect (selected rules -> findings)
          -> fix (optional: edits of the lines the fixable findings are about) -> detect again

>>> result = check_data(b"Latest News\\nMost View\\n", "page.txt", Options(), frozenset({"AC104", "AC301"}))
>>> [(v.line, v.code) for v in result.violations]
[(1, 'AC104'), (1, 'AC301'), (2, 'AC301')]
"""

from __future__ import annotations

from typing import Sequence

from ..model import Finding
from ..options import Options
from ..rules import BY_CODE
from .report import FileResult, Report, Violation
from .select import RuleSelection

__all__ = ["FileResult", "Report", "RuleSelection", "Violation", "check_data"]


#: How many rounds of fixes ``--fix`` makes in one run before it stops. Each round is edits of
#: lines only; a round can let a rule see what the last one uncovered (a paragraph repeated
#: once boilerplate between the copies is gone), and rounds go on until nothing moves, as
#: ruff's fixes do, so that a second run changes nothing.
MAX_FIX_ROUNDS = 4


def check_data(data: bytes, path: str, options: Options, codes: frozenset[str], fix: bool = False,
               min_confidence: float = 0.0) -> FileResult:
    """Check one file's bytes for the rules in ``codes``; with ``fix``, also work out the fixed text
    and report what remains in it. Findings less sure than ``min_confidence`` are left out.
    Raises :class:`~article_clean.errors.InputError`."""
    from .subject import parse

    parsed = parse(data, path, options)
    found = before = _detect_all(parsed, codes, min_confidence)
    original = parsed.text
    fixable = frozenset(code for code in codes if code in BY_CODE and BY_CODE[code].fixable) if fix else frozenset()
    encode = _encoder(data, path, original) if fixable else None
    origins: tuple[int | None, ...] | None = None
    for _ in range(MAX_FIX_ROUNDS if encode else 0):
        rewrite = _round(parsed, found, fixable)
        if rewrite is None:
            break
        origins = _compose(origins, rewrite.origins)
        parsed = parse(encode(rewrite.text), path, options)
        found = _detect_all(parsed, codes, min_confidence)
    if parsed.text == original:
        return FileResult(path, _violations(path, found))
    fixed = max(0, _count(before) - _count(found))
    return FileResult(path, _violations(path, found), fixed, original=original, rewritten=parsed.text,
                      data=encode(parsed.text), origins=origins)


def _detect_all(parsed, codes: frozenset[str], min_confidence: float) -> list[list[Finding]]:
    """The findings of each article at least ``min_confidence`` sure; own output is not judged again
    where ``clean`` decided."""
    from .detect import detect
    from .subject import OWN_OUTPUT_SKIPS

    return [_sure(detect(subject, codes - OWN_OUTPUT_SKIPS if subject.own else codes), min_confidence)
            for subject in parsed.subjects]


def _round(parsed, found, fixable: frozenset[str]):
    """One round of fixes, or None when it changes nothing."""
    from .fix import fixed_text

    rewrite = fixed_text(parsed, found, fixable)
    return None if rewrite is None or rewrite.text == parsed.text else rewrite


def _compose(earlier: tuple[int | None, ...] | None, later: tuple[int | None, ...]) -> tuple[int | None, ...] | None:
    """For each line after two rounds, the input line it is unchanged (None where unknown or edited).

    >>> _compose((1, None, 3), (1, 3, None))
    (1, 3, None)
    """
    if not later:
        return None
    if earlier is None:
        return later
    return tuple(earlier[o - 1] if o is not None and o <= len(earlier) else None for o in later)


def _encoder(data: bytes, path: str, text: str):
    """How fixed text is written back in the file's own encoding (and byte-order mark), or None
    when writing the text as read would not give the file's bytes back (bytes replaced on
    reading): a file that cannot be rewritten with its other lines intact is not rewritten."""
    from ..text.decoding import BOMS, decode_bytes

    encoding = decode_bytes(data, path)[1]
    bom = next((mark for mark, name in BOMS if name == encoding and data.startswith(mark)), b"")

    def encode(value: str) -> bytes:
        return bom + value.encode(encoding)

    try:
        return encode if encode(text) == data else None
    except (UnicodeError, LookupError):
        return None


def _sure(found: list[Finding], least: float) -> list[Finding]:
    return [finding for finding in found if finding.confidence >= least] if least > 0 else found


def _count(found: Sequence[Sequence[Finding]]) -> int:
    return sum(len(findings) for findings in found)


def _violations(path: str, found: Sequence[Sequence[Finding]]) -> tuple[Violation, ...]:
    return tuple(sorted((Violation.of(path, f) for findings in found for f in findings), key=Violation.sort_key))
