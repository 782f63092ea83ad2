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


def check_data(data: bytes, path: str, options: Options, codes: frozenset[str], fix: bool = False) -> FileResult:
    """Check one file's bytes for the rules in ``codes``; with ``fix``, also work out the fixed text
    and report what remains in it. Raises :class:`~article_clean.errors.InputError`."""
    from .detect import detect
    from .fix import fixed_text
    from .subject import parse

    parsed = parse(data, path, options)
    found = [detect(subject, codes) for subject in parsed.subjects]
    if fix:
        fixable = frozenset(code for code in codes if code in BY_CODE and BY_CODE[code].fixable)
        rewritten = fixed_text(parsed, found, fixable)
        if rewritten is not None and rewritten != parsed.text:
            after = parse(rewritten.encode("utf-8"), path, options)
            remaining = [detect(subject, codes) for subject in after.subjects]
            fixed = max(0, _count(found) - _count(remaining))
            return FileResult(path, _violations(path, remaining), fixed, original=parsed.text, rewritten=rewritten)
    return FileResult(path, _violations(path, found))


def _count(found: Sequence[Sequence[Finding]]) -> int:
    return sum(len(findings) for findings in found)


def _violations(path: str, found: Sequence[Sequence[Finding]]) -> tuple[Violation, ...]:
    return tuple(sorted((Violation.of(path, f) for findings in found for f in findings), key=Violation.sort_key))
