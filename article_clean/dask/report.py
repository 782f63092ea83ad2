"""The batch report of a Dask run: each partition's counts as a Summary, added up in order."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..batch import MAX_FAILURES_KEPT, Stats, Summary
from .records import is_failure


def summarize_partition(records: Iterable[dict]) -> Summary:
    """The batch report's counts for some article dicts and failure records."""
    summary = Summary()
    cleaned = flagged = size = 0
    flags: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for record in records:
        if is_failure(record):
            summary.fail(record["source"], record["problem"])
            continue
        cleaned += 1
        size += getattr(record, "input_bytes", 0)
        codes = [flag["code"] for flag in record.get("flags") or ()]
        flagged += bool(codes)
        flags.update(codes)
        removed.update(removal["rule"] for removal in record.get("removed") or ())
    summary.add(Stats(cleaned, flagged, size, flags, removed))
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
