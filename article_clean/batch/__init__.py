"""Many documents: inputs in chunks through worker processes, with per-input timeouts
and errors, results streamed in input order, and a running summary.

The whole run::

    sources -> units (files, or JSON Lines records)        inputs.py
        -> chunks -> workers                               pool.py
           read, clean, render, write a file of the tree   worker.py
        -> results in input order -> the output stream,
           or record files                                 outputs.py
        -> Summary, and progress to a Reporter             summary.py

``-j 1`` runs in this process. With ``learn``, a first pass counts each site's
repeated lines (learning.py, :mod:`article_clean.profile`) and the second
removes them. The library never prints: output goes to ``emit``, progress and
failures to a :class:`Reporter`.
"""

from __future__ import annotations

import signal
import threading
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from ..options import Options
from ..profile import Profile
from ..sources import Source
from .chunks import Chunks
from .inputs import INSIDE_INPUT, Unit, Units, folder_of, inside, output_path
from .learning import STDIN_TWICE, learn
from .outputs import Sink, Stream
from .outcome import BUG, TIMED_OUT, UNACCOUNTED, Counts, Stats, problem_of, require_accounted
from .plan import Plan, default_jobs
from .pool import Pool, pool_clean, pool_learn
from .summary import MAX_FAILURES_KEPT, Reporter, Summary
from .worker import NO_FIELD, NOT_A_RECORD, ChunkResult, State, Timeout, clean_chunk, clean_unit, learn_chunk, raising

#: Each task by name: how to run a chunk in this process, and in a worker of the pool.
TASKS = {"clean": (clean_chunk, pool_clean), "learn": (learn_chunk, pool_learn)}


def run(sources: Callable[[], Iterable[Source]], options: Options, plan: Plan,
        emit: Callable[[bytes], None] | None = None, reporter: Reporter | None = None,
        profile: Profile | None = None) -> tuple[Summary, Profile | None]:
    """Clean every input; return the summary and the profile that was applied.

    ``sources()`` gives the inputs; it is called twice with ``plan.learn``.
    Rendered articles go to ``emit``, as UTF-8 bytes, in input order (as they finish when not
    ``plan.ordered``); with ``plan.out_dir`` each goes to its own file instead.
    Raises ConfigError when the output would go into the input tree.
    Ctrl-C stops the run between inputs: ``summary.interrupted`` is then set.
    """
    reporter = reporter or Reporter()
    summary = Summary()
    if plan.learn:
        reporter.phase("learning")
        learned, interrupted = learn(sources, State(options, plan, profile), drive, reporter)
        summary.learned = learned.line_count
        profile = learned if profile is None else profile.merged(learned)
        if interrupted:
            summary.interrupted = True
            return summary.finish(), profile
    reporter.phase("cleaning")
    sink = Sink(plan, emit)

    def fail(unit: Unit, problem: str) -> None:
        summary.fail(unit.source, problem)
        reporter.failed(unit.source, problem)

    def handle(chunk: list[Unit], result: ChunkResult) -> None:
        outputs, stats = result
        for unit, (_, problem) in zip(chunk, outputs):
            if problem:
                fail(unit, problem)
        sink.take(chunk, [data for data, _ in outputs])
        summary.add(stats)
        reporter.advanced(summary)

    complete = False
    try:
        units = Units(plan, options.max_bytes)(sources(), summary)
        summary.interrupted = drive("clean", units, State(options, plan, profile), fail, handle)
        complete = not summary.interrupted
    finally:
        sink.close(complete)
    return summary.finish(), profile


def drive(task: str, units: Iterator[Unit], state: State, fail: Callable[[Unit, str], None],
          handle: Callable[[list[Unit], object], None]) -> bool:
    """Run the task named ``task`` over all units, in this process or in a pool; True when interrupted."""
    plan = state.plan
    inline_task, pool_task = TASKS[task]
    if plan.jobs <= 1:
        return _inline(inline_task, units, state, handle)
    pool = Pool(state, plan.jobs, fail)
    try:
        ordered = plan.ordered or plan.record_files
        return pool.run(pool_task, Chunks(units), ordered, handle)
    finally:
        pool.close()


def _always(unit: Unit) -> bool:
    """In this process every unit begins: Ctrl-C stops the run by itself."""
    return True


def _inline(task: Callable, units: Iterator[Unit], state: State, handle: Callable) -> bool:
    """Run ``task`` unit by unit in this process; Ctrl-C stops between inputs."""
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, raising(Timeout)) if in_main and state.plan.timeout else None
    if not in_main:
        state = State(state.options, replace(state.plan, timeout=0), state.profile)
    try:
        for unit in units:
            chunk = [unit]
            handle(chunk, task(chunk, state, _always))
    except KeyboardInterrupt:
        return True
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
    return False


__all__ = [
    "BUG", "INSIDE_INPUT", "MAX_FAILURES_KEPT", "NO_FIELD", "NOT_A_RECORD", "STDIN_TWICE", "TIMED_OUT", "UNACCOUNTED",
    "Counts", "Plan", "Reporter", "State", "Stats", "Stream", "Summary", "Unit", "Units", "clean_unit", "default_jobs",
    "folder_of", "inside", "learn_chunk", "output_path", "problem_of", "require_accounted", "run",
]
