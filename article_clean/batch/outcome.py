"""What became of each input, the same in the batch worker and the Dask engine: the problem text of an
input that failed, and the counts of the articles that were cleaned.

Both engines report an input with the same words, so that a run's report and
its failures printed on stderr do not depend on where it ran.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from ..errors import InputError
from ..model import Article

TIMED_OUT = "took longer than {seconds:g} s to clean and was stopped; raise --timeout to give it longer"
UNACCOUNTED = "{count} input lines are not accounted for (first: line {first})"
NOT_WRITTEN = "its output {out} could not be written ({reason}); no partial file was left"
BUG = "could not be cleaned ({error}); this is a bug in article-clean, please report it with the input"


class Stats(NamedTuple):
    """The counts of a chunk of cleaned articles, as a worker sends them back."""

    cleaned: int
    flagged: int
    bytes: int
    flags: Counter[str]
    removed: Counter[str]


def problem_of(error: Exception) -> str:
    """What to report for an input whose cleaning raised ``error``: an InputError's own problem, else a bug.

    >>> problem_of(InputError("a.txt", "is empty; nothing to clean"))
    'is empty; nothing to clean'
    >>> problem_of(KeyError("title"))
    "could not be cleaned (KeyError: 'title'); this is a bug in article-clean, please report it with the input"
    """
    if isinstance(error, InputError):
        return error.problem
    return BUG.format(error=f"{type(error).__name__}: {error}")


def require_accounted(article: Article, source: str) -> None:
    """Raise InputError when some non-blank input lines of ``article`` are not accounted for."""
    if gaps := article.accounting():
        raise InputError(source, UNACCOUNTED.format(count=len(gaps), first=gaps[0]))


@dataclass
class Counts:
    """The counts of articles as they are cleaned, whatever shape an engine holds them in.

    >>> counts = Counts()
    >>> counts.add(["AC201", "AC201"], ["page-chrome"], 120)
    >>> counts.add([], ["page-chrome", "meta-line"], 80)
    >>> counts.stats()
    Stats(cleaned=2, flagged=1, bytes=200, flags=Counter({'AC201': 2}), removed=Counter({'page-chrome': 2, 'meta-line': 1}))
    """

    cleaned: int = 0
    flagged: int = 0
    size: int = 0
    flags: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    def add(self, codes: list[str], rules: Iterable[str], size: int) -> None:
        """One article cleaned from ``size`` input bytes, with the codes of its flags and the rules of its removals."""
        self.cleaned += 1
        self.size += size
        self.flagged += bool(codes)
        self.flags.update(codes)
        self.removed.update(rules)

    def add_article(self, article: Article, size: int) -> None:
        """One cleaned :class:`Article`."""
        self.add([flag.code for flag in article.flags], (removal.rule for removal in article.removed), size)

    def add_dict(self, record: dict, size: int) -> None:
        """One article as its JSON object (``Article.to_dict()``)."""
        codes = [flag["code"] for flag in record.get("flags") or ()]
        self.add(codes, (removal["rule"] for removal in record.get("removed") or ()), size)

    def stats(self) -> Stats:
        """The counts so far, as a worker sends them back."""
        return Stats(self.cleaned, self.flagged, self.size, self.flags, self.removed)
