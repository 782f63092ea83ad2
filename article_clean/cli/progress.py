"""The progress bar and the summary table of a batch, on standard error, with rich.

Only batch runs import this module: a single-file ``clean`` never loads rich.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Callable, Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..batch import Summary
from .reporters import Lines

#: Seconds between two redraws of the bar.
REFRESH = 0.1
#: Failure reasons and rules listed in the summary table before "and N more".
TOP = 6


def wants_bar(quiet: bool) -> bool:
    """A bar only for a person at a terminal: not with --quiet, NO_COLOR or CI, nor into a file or pipe."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("NO_COLOR") and not os.environ.get("CI")


def console() -> Console:
    """The standard-error console; no color unless stderr is a terminal and neither NO_COLOR nor CI is set."""
    plain = bool(os.environ.get("NO_COLOR") or os.environ.get("CI")) or not sys.stderr.isatty()
    return Console(stderr=True, no_color=plain, highlight=False, soft_wrap=True)


class ProgressReporter(Lines):
    """Files done, files per second, ETA and errors so far, redrawn at most every :data:`REFRESH` s.

    ``count`` (optional) walks the inputs again in a thread to learn the total, for the ETA.
    """

    def __init__(self, out: Console, count: Callable[[], Iterable[object]] | None = None):
        super().__init__(quiet=False)
        self.console = out
        self.count = count
        self.total: int | None = None
        self.errors = 0
        self.drawn = 0.0
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7} files/s"), TimeRemainingColumn(),
            TextColumn("[red]{task.fields[errors]}"), console=out, transient=True, auto_refresh=False,
        )
        self.task = None
        self.started = time.monotonic()

    def phase(self, name: str) -> None:
        if self.task is None:
            self.progress.start()
        else:
            self.progress.remove_task(self.task)
        self.started = time.monotonic()
        self.task = self.progress.add_task(name, total=self.total, rate="", errors="")

    def advanced(self, summary: Summary) -> None:
        if self.count is not None:  # first result: the workers are running, a thread is safe now
            threading.Thread(target=self._count, args=(self.count,), daemon=True).start()
            self.count = None
        now = time.monotonic()
        if now - self.drawn < REFRESH:
            return
        self.drawn = now
        rate = summary.done / (now - self.started) if now > self.started else 0.0
        errors = f"{self.errors} failed" if self.errors else ""
        self.progress.update(self.task, completed=summary.done, total=self.total, rate=f"{rate:,.0f}", errors=errors)
        self.progress.refresh()

    def failed(self, source: str, problem: str) -> None:
        self.errors += 1
        self.console.print(f"article-clean: error: {source}: {problem}", markup=False)

    def _count(self, sources: Callable[[], Iterable[object]]) -> None:
        self.total = sum(1 for _ in sources())

    def close(self) -> None:
        if self.task is not None:
            self.progress.stop()


def _top(counts, unit: str = "") -> str:
    """The most common entries of a Counter, then "and N more"."""
    shown = ", ".join(f"{name} {count:,}{unit}" for name, count in counts.most_common(TOP))
    rest = len(counts) - TOP
    return shown + (f", and {rest} more" if rest > 0 else "")


def summary_table(summary: Summary) -> Table:
    """What the run did: files read, cleaned, flagged by code, failed with reasons, lines removed by rule, time."""
    rate = summary.done / summary.seconds if summary.seconds else 0.0
    title = f"article-clean: {summary.done:,} input{'' if summary.done == 1 else 's'} in {summary.seconds:.1f} s ({rate:,.0f}/s)"
    if summary.interrupted:
        title += ", interrupted"
    table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_column(overflow="fold")
    table.add_row("read", f"{summary.read:,}", f"{summary.bytes / 1e6:,.1f} MB cleaned")
    table.add_row("cleaned", f"{summary.cleaned:,}", "")
    if summary.skipped:
        table.add_row("skipped", f"{summary.skipped:,}", "output already up to date")
    table.add_row("flagged", f"{summary.flagged:,}", _top(summary.flags))
    reasons = "; ".join(f"{count:,} {reason}" for reason, count in summary.reasons.most_common(TOP))
    table.add_row("failed", f"{summary.failed:,}", reasons, style="red" if summary.failed else None)
    table.add_row("removed", f"{sum(summary.removed.values()):,}", _top(summary.removed))
    if summary.learned:
        table.add_row("learned", f"{summary.learned:,}", "repeated lines, removed as repeated-line")
    return table


def print_summary(summary: Summary, out: Console) -> None:
    out.print(summary_table(summary))
