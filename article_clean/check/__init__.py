"""``check``: lint scraped articles and article-clean's own output, with stable rule codes.

The whole run over one file::

    parse (the file's form -> articles, positioned) -> detect (selected rules -> findings)
          -> fix (optional: the clean article, written back in its form) -> detect again

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


#: How many times ``--fix`` rewrites a file in one run before it stops. Cleaning the clean text
#: of an odd page can still move a line (a title chosen anew); rewriting until nothing moves,
#: as ruff does with its fixes, makes a second run change nothing.
MAX_FIX_ROUNDS = 4


def check_data(data: bytes, path: str, options: Options, codes: frozenset[str], fix: bool = False,
               min_confidence: float = 0.0) -> FileResult:
    """Check one file's bytes for the rules in ``codes``; with ``fix``, also work out the fixed text
    and report what remains in it. Findings less sure than ``min_confidence`` are left out.
    Raises :class:`~article_clean.errors.InputError`."""
    from .detect import detect
    from .fix import fixed_text
    from .subject import parse

    parsed = parse(data, path, options)
    found = before = [_sure(detect(subject, codes), min_confidence) for subject in parsed.subjects]
    original = parsed.text
    fixable = frozenset(code for code in codes if code in BY_CODE and BY_CODE[code].fixable) if fix else frozenset()
    for _ in range(MAX_FIX_ROUNDS if fix else 0):
        rewritten = fixed_text(parsed, found, fixable)
        if rewritten is None or rewritten == parsed.text:
            break
        parsed = parse(rewritten.encode("utf-8"), path, options)
        found = [_sure(detect(subject, codes), min_confidence) for subject in parsed.subjects]
    if parsed.text == original:
        return FileResult(path, _violations(path, found))
    fixed = max(0, _count(before) - _count(found))
    return FileResult(path, _violations(path, found), fixed, original=original, rewritten=parsed.text)


def _sure(found: list[Finding], least: float) -> list[Finding]:
    return [finding for finding in found if finding.confidence >= least] if least > 0 else found


def _count(found: Sequence[Sequence[Finding]]) -> int:
    return sum(len(findings) for findings in found)


def _violations(path: str, found: Sequence[Sequence[Finding]]) -> tuple[Violation, ...]:
    return tuple(sorted((Violation.of(path, f) for findings in found for f in findings), key=Violation.sort_key))
