"""What a batch did (:class:`Summary`, the ``--report`` JSON), and where it reports as it goes (:class:`Reporter`)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .outcome import Stats

#: Failures kept in detail for the report; beyond this they are only counted.
MAX_FAILURES_KEPT = 1000
#: Distinct failure reasons counted apart; the rest count as "other".
MAX_REASONS = 100


@dataclass
class Summary:
    """What a batch did, updated as results come in. ``to_dict()`` is the ``--report`` JSON."""

    read: int = 0  #: inputs (files or records) that were tried
    cleaned: int = 0
    skipped: int = 0  #: ``skip_existing``: their output was up to date
    flagged: int = 0  #: articles with at least one flag
    failed: int = 0
    bytes: int = 0  #: bytes of the inputs that were cleaned
    flags: Counter[str] = field(default_factory=Counter)  #: flags by code
    removed: Counter[str] = field(default_factory=Counter)  #: removed lines by rule
    reasons: Counter[str] = field(default_factory=Counter)  #: failures by problem
    failures: list[tuple[str, str]] = field(default_factory=list)  #: (source, problem), the first ones
    learned: int = 0  #: lines learned in the first pass
    seconds: float = 0.0
    interrupted: bool = False
    started: float = field(default_factory=time.monotonic, repr=False)

    def fail(self, source: str, problem: str) -> None:
        """Count one input that failed, and keep it among the first failures."""
        self.read += 1
        self.failed += 1
        self.reasons[problem if problem in self.reasons or len(self.reasons) < MAX_REASONS else "other"] += 1
        if len(self.failures) < MAX_FAILURES_KEPT:
            self.failures.append((source, problem))

    def add(self, stats: Stats) -> None:
        """Fold in the counts of a chunk of cleaned articles."""
        self.read += stats.cleaned
        self.cleaned += stats.cleaned
        self.flagged += stats.flagged
        self.bytes += stats.bytes
        self.flags.update(stats.flags)
        self.removed.update(stats.removed)

    def finish(self) -> Summary:
        """Stop the clock; the summary itself."""
        self.seconds = time.monotonic() - self.started
        return self

    @property
    def done(self) -> int:
        """Inputs finished one way or another: read, or skipped."""
        return self.read + self.skipped

    @property
    def findings(self) -> int:
        """Flags of all the articles."""
        return sum(self.flags.values())

    def to_dict(self) -> dict[str, object]:
        """The ``--report`` JSON."""
        return {
            "read": self.read, "cleaned": self.cleaned, "skipped": self.skipped, "flagged": self.flagged,
            "failed": self.failed, "bytes": self.bytes, "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted, "learned_lines": self.learned,
            "flags": dict(self.flags.most_common()), "removed": dict(self.removed.most_common()),
            "failure_reasons": dict(self.reasons.most_common()),
            "failures": [{"source": source, "problem": problem} for source, problem in self.failures],
        }


class Reporter:
    """Where a batch reports progress and failures. This one ignores them."""

    def phase(self, name: str) -> None:
        """A pass begins: ``learning`` or ``cleaning``."""

    def advanced(self, summary: Summary) -> None:
        """Some inputs are done."""

    def failed(self, source: str, problem: str) -> None:
        """One input failed (it is already counted in the summary)."""

    def noted(self, message: str) -> None:
        """News for the person running the batch, such as where the Dask dashboard is."""

    def warned(self, message: str) -> None:
        """Something asked for is not done, such as a flag the engine does not apply."""

    def close(self) -> None:
        """The run is over: stop drawing progress."""
