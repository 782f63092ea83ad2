"""Pass 1 of learning on Dask: each partition's line counts, summed by a tree reduction into a Profile."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..options import Options
from ..profile import Learner, Profile


@dataclass
class Tally:
    """Pass 1 of some partitions: documents per site, and per site the documents each line stands in."""

    documents: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, other: Tally) -> Tally:
        self.documents.update(other.documents)
        for site, counts in other.lines.items():
            self.lines.setdefault(site, Counter()).update(counts)
        return self

    def profile(self, options: Options | None = None) -> Profile:
        """The lines learned from these counts, by the batch run's own Learner: same thresholds, same order.

        The Learner keeps a count that was never pruned as the count itself.
        """
        counts = {site: dict(lines) for site, lines in self.lines.items()}
        return Learner(documents=Counter(self.documents), _counts=counts).profile(options)


def of_learner(learner: Learner, options: Options) -> Tally:
    """The counts a partition's Learner kept: every line it still holds, however rare."""
    every_line = learner.profile(options)
    return Tally(Counter(learner.documents), {site.key: Counter(dict(site.lines)) for site in every_line.sites})


def total(tallies: Iterable[Tally]) -> Tally:
    """The counts of several partitions added up."""
    summed = Tally()
    for tally in tallies:
        summed.add(tally)
    return summed
