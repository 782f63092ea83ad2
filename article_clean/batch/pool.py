"""A pool of worker processes: chunks of units in, results out in order, and no input able to stop the run.

Each worker marks in a shared table which unit it is on and since when, so
that the parent can kill a worker stuck past its timeout where SIGALRM cannot
reach, and fail only the input that killed a worker that died.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from typing import Callable

from ..atomic import remove_temporaries
from ..exitcodes import ExitCode
from .chunks import Chunks
from .inputs import Unit
from .outcome import TIMED_OUT
from .worker import ChunkResult, State, Terminated, Timeout, clean_chunk, learn_chunk, raising

#: Chunks in flight per worker: keeps every worker busy and memory bounded.
CHUNKS_PER_WORKER = 4
#: A worker stuck past its timeout by this many seconds (in code that signals
#: cannot interrupt) is killed, and its input reported as failed.
KILL_GRACE = 5.0

WORKER_DIED = "stopped the worker process that was cleaning it ({reason}); clean it alone to see why"


_WORKER: dict[str, object] = {}


def _base(slot: int) -> int:
    """Where worker ``slot``'s entries begin in the shared table: its pid, the seq of its unit,
    and since when it is on it (0.0: on none). Entry 0 asks every worker to stop."""
    return 1 + 3 * slot


def _init_worker(state: State, shared, counter, parent: int) -> None:
    """Set up a worker: its state, its slot in the shared table, and its signals."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop
    signal.signal(signal.SIGTERM, raising(Terminated))
    signal.signal(signal.SIGALRM, raising(Timeout))
    _die_with_parent(parent)
    with counter.get_lock():
        slot = counter.value
        counter.value += 1
    shared[_base(slot)] = os.getpid()
    _WORKER.update(state=state, shared=shared, slot=slot)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to send SIGTERM when the parent dies, so that no worker outlives a killed run."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _in_worker(task: Callable, units: list[Unit]) -> tuple[object, float]:
    """Run ``task`` on a chunk in a worker, marking in the shared table which unit is under way;
    its result, and the seconds it took."""
    shared, base = _WORKER["shared"], _base(_WORKER["slot"])
    started = time.perf_counter()

    def begin(unit: Unit) -> bool:
        if shared[0]:
            return False
        shared[base + 1], shared[base + 2] = unit.seq, time.monotonic()
        return True

    try:
        return task(units, _WORKER["state"], begin), time.perf_counter() - started
    except Terminated:
        os._exit(int(ExitCode.TERMINATED))
    finally:
        shared[base + 2] = 0.0


def pool_clean(units: list[Unit]) -> tuple[ChunkResult, float]:
    """Clean a chunk in a worker of the pool."""
    return _in_worker(clean_chunk, units)


def pool_learn(units: list[Unit]) -> tuple[list, float]:
    """Pass 1 on a chunk in a worker of the pool."""
    return _in_worker(learn_chunk, units)


class Pool:
    """Chunks through a ProcessPoolExecutor, at most a few per worker in flight,
    handed back in order. A worker that dies or hangs is replaced and its input failed."""

    def __init__(self, state: State, jobs: int, on_failure: Callable[[Unit, str], None]):
        self.state = state
        self.jobs = jobs
        self.on_failure = on_failure
        self.strikes: Counter[int] = Counter()
        self.doomed: dict[int, str] = {}
        self.gone: set[int] = set()  #: chunks whose every unit failed with its worker
        self.executor = None
        self._start()

    def _start(self) -> None:
        """Start the worker processes, forked so that they share what this one has loaded."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        self.shared = multiprocessing.RawArray("d", _base(self.jobs))
        counter = context.Value("i", 0)
        self.executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                            initargs=(self.state, self.shared, counter, os.getpid()))

    def run(self, task: Callable, chunks: Chunks, ordered: bool,
            handle: Callable[[list[Unit], object], None]) -> bool:
        """Feed ``chunks`` to ``task`` and ``handle`` each result; True when interrupted."""
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        inflight: dict[object, tuple[int, list[Unit]]] = {}
        ready: dict[int, tuple[list[Unit], object]] = {}
        retry: list[tuple[int, list[Unit]]] = []
        numbered = enumerate(chunks)
        next_out = 0
        window = self.jobs * CHUNKS_PER_WORKER
        stopping = exhausted = False
        while True:
            try:
                while not stopping and len(inflight) + len(ready) < window and (retry or not exhausted):
                    number, chunk = retry.pop() if retry else next(numbered, (None, None))
                    if chunk is None:
                        exhausted = True
                        break
                    inflight[self.executor.submit(task, chunk)] = (number, chunk)
                if not inflight:
                    break
                done, _ = wait(inflight, timeout=0.2, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    number, chunk = inflight.pop(future)
                    try:
                        result, seconds = future.result()
                        chunks.took(len(chunk), seconds)
                        ready[number] = (chunk, result)
                    except BrokenProcessPool:
                        broken = True
                        retry.append((number, chunk))
                if broken:
                    retry += list(inflight.values())
                    inflight.clear()
                    retry = self._recover(retry)
                    continue
                self._watch()
                next_out = self._deliver(ready, next_out, ordered, handle)
            except KeyboardInterrupt:
                if stopping:
                    raise
                stopping = True
                self.shared[0] = 1
        for key in sorted(ready):
            handle(*ready[key])
        return stopping

    def _deliver(self, ready: dict, next_out: int, ordered: bool, handle: Callable) -> int:
        """Hand on the results that are due: in chunk order, or all of them when unordered."""
        if not ordered:
            while ready:
                handle(*ready.pop(next(iter(ready))))
            return next_out
        while next_out in ready or next_out in self.gone:
            if next_out in ready:
                handle(*ready.pop(next_out))
            self.gone.discard(next_out)
            next_out += 1
        return next_out

    def _watch(self) -> None:
        """Kill a worker stuck past its timeout where SIGALRM could not reach it."""
        limit = self.state.plan.timeout
        if not limit:
            return
        now = time.monotonic()
        for slot in range(self.jobs):
            base = _base(slot)
            started = self.shared[base + 2]
            if started and now - started > limit + KILL_GRACE:
                self.doomed[int(self.shared[base + 1])] = TIMED_OUT.format(seconds=limit)
                self.shared[base + 2] = 0.0
                try:
                    os.kill(int(self.shared[base]), signal.SIGKILL)
                except OSError:
                    pass

    def _recover(self, retry: list[tuple[int, list[Unit]]]) -> list[tuple[int, list[Unit]]]:
        """After a worker died: fail the input it was on, clean up, restart, and retry the rest.

        When the cause is unknown, every input under way gets a strike, and an
        input with two strikes is failed: the innocent pass on the second try.
        """
        if not self.doomed:
            for slot in range(self.jobs):
                base = _base(slot)
                if self.shared[base + 2]:
                    seq = int(self.shared[base + 1])
                    self.strikes[seq] += 1
                    if self.strikes[seq] >= 2:
                        self.doomed[seq] = WORKER_DIED.format(reason="it crashed twice")
        self.executor.shutdown(wait=True, cancel_futures=True)
        again = []
        for number, chunk in sorted(retry, reverse=True):
            for unit in chunk:
                if unit.out and unit.record is None:
                    remove_temporaries(unit.out)
            keep = []
            for unit in chunk:
                if unit.seq in self.doomed:
                    self.on_failure(unit, self.doomed.pop(unit.seq))
                else:
                    keep.append(unit)
            if keep:
                again.append((number, keep))
            else:
                self.gone.add(number)
        self._start()
        return again

    def close(self) -> None:
        """Stop the workers: those under way stop before their next input."""
        if self.executor is not None:
            self.shared[0] = 1
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
