"""The batch report of a Dask run: each partition's counts as a Summary, added up in order."""

from __future__ import annotations

from typing import Iterable

from ..batch import MAX_FAILURES_KEPT, Counts, Stats, Summary
from .records import is_failure


def summarize_partition(records: Iterable[dict]) -> Summary:
    """The batch report's counts for some article dicts and failure records."""
    summary = Summary()
    counts = Counts()
    for record in records:
        if is_failure(record):
            summary.fail(record["source"], record["problem"])
        else:
            counts.add_dict(record, getattr(record, "input_bytes", 0))
    summary.add(counts.stats())
    return summary


def merge_summaries(parts: Iterable[Summary], into: Summary | None = None) -> Summary:
    """Partition summaries added up, in order: the failures kept are the first ones, as in the batch report."""
    total = into if into is not None else Summary()
    for part in parts:
        total.add(Stats(part.cleaned, part.flagged, part.bytes, part.flags, part.removed))
        total.read += part.failed
        total.failed += part.failed
        total.reasons.update(part.reasons)
        total.failures += part.failures[:max(0, MAX_FAILURES_KEPT - len(total.failures))]
    return total
