"""The results of a check run, and the one place where its exit code is decided."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..exitcodes import ExitCode, combine
from ..model import Finding
from ..rules import BY_CODE


@dataclass(frozen=True, slots=True)
class Violation:
    """A finding in a file: where, which rule, what. Lines and columns are 1-based."""

    path: str
    line: int
    column: int
    code: str
    name: str
    message: str
    confidence: float = 1.0  #: how sure the rule is, 0 to 1

    @classmethod
    def of(cls, path: str, finding: Finding) -> Violation:
        return cls(path, finding.line or 1, finding.column or 1, finding.code, finding.name, finding.message,
                   finding.confidence)

    @property
    def severity(self) -> str:
        rule = BY_CODE.get(self.code)
        return rule.severity if rule else "warning"

    @property
    def fixable(self) -> bool:
        rule = BY_CODE.get(self.code)
        return bool(rule and rule.fixable)

    def sort_key(self) -> tuple[str, int, int, str]:
        return self.path, self.line, self.column, self.code


@dataclass(frozen=True)
class FileResult:
    """One checked file: what remains, how many findings a fix removed, or why it could not be read."""

    path: str
    violations: tuple[Violation, ...] = ()
    fixed: int = 0
    error: str | None = None
    original: str | None = None  #: the text as read, when a fix would change it
    rewritten: str | None = None  #: the text with the fixes, when it differs from ``original``
    data: bytes | None = None  #: ``rewritten`` in the file's own encoding: what ``--fix`` writes
    #: For each line of ``rewritten``, the number of the input line it is, unchanged (None for a
    #: line an edit made); None for forms whose lines are not tracked (JSON).
    origins: tuple[int | None, ...] | None = None


@dataclass
class Report:
    """All the files of a run."""

    results: list[FileResult] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        """Every remaining finding, sorted by path and line."""
        return sorted((v for r in self.results for v in r.violations), key=Violation.sort_key)

    @property
    def paths(self) -> list[str]:
        """The files that were read, in order."""
        return [r.path for r in self.results if r.error is None]

    @property
    def failed(self) -> int:
        return sum(r.error is not None for r in self.results)

    @property
    def fixed(self) -> int:
        return sum(r.fixed for r in self.results)

    def exit_code(self, exit_zero: bool = False, pending: bool = False) -> ExitCode:
        """3 when an input could not be read; else 1 when findings remain (unless ``exit_zero``); else 0.

        Findings that ``--fix`` removed do not count: all fixed is a success. With
        ``pending`` (``--diff``), the fixes were not written, so a file that would
        change counts as a finding.
        """
        remaining = sum(len(r.violations) + (pending and r.rewritten is not None) for r in self.results)
        return combine(failed=self.failed, findings=remaining, strict=not exit_zero)

    def statistics(self) -> list[tuple[str, str, int, bool]]:
        """(code, name, count, fixable) for each code found, most frequent first."""
        counts = Counter(v.code for v in self.violations)
        names = {v.code: v.name for v in self.violations}
        return [(code, names[code], count, bool(BY_CODE.get(code) and BY_CODE[code].fixable))
                for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
