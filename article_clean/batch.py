"""Many documents: inputs in chunks through worker processes, with per-input timeouts
and errors, results streamed in input order, and a running summary.

The whole run::

    sources -> units (files, or JSON Lines records) -> chunks -> workers:
        read, clean, render, and write a file of the output tree
    -> results in input order -> the output stream, or record files -> Summary

``-j 1`` runs in this process. With ``learn``, a first pass counts each site's
repeated lines (:mod:`article_clean.profile`) and the second removes them.
The library never prints: output goes to ``emit``, progress and failures to a
:class:`Reporter`.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from typing import Callable, Iterable, Iterator, NamedTuple

from .atomic import AtomicFile
from .errors import ConfigError, InputError
from .model import Article
from .options import Options
from .profile import Learner, Profile, document_lines, site_key
from .sources import Source, iter_jsonl
from .writers import WRITERS, Writer

#: Inputs per chunk sent to a worker: enough that the per-chunk cost is small,
#: few enough that results stream and progress moves.
CHUNK_UNITS = 16
#: Record bytes per chunk, so that a chunk of large records stays small.
CHUNK_BYTES = 1 << 20
#: Chunks in flight per worker: keeps every worker busy and memory bounded.
CHUNKS_PER_WORKER = 4
#: A worker stuck past its timeout by this many seconds (in code that signals
#: cannot interrupt) is killed, and its input reported as failed.
KILL_GRACE = 5.0
#: Failures kept in detail for the report; beyond this they are only counted.
MAX_FAILURES_KEPT = 1000
#: Distinct failure reasons counted apart; the rest count as "other".
MAX_REASONS = 100

TIMED_OUT = "took longer than {seconds:g} s to clean and was stopped; raise --timeout to give it longer"
WORKER_DIED = "stopped the worker process that was cleaning it ({reason}); clean it alone to see why"
NOT_A_RECORD = "line is not a JSON object; every line of a JSON Lines input must be one"
NO_FIELD = "record has no string field {field!r}; choose the field with --jsonl-field"
UNACCOUNTED = "{count} input lines are not accounted for (first: line {first})"
OUTPUT_TAKEN = "its output {out} is also the output of an earlier input; clean the two apart"
OUTPUT_IS_INPUT = "its output would replace the input itself; choose another --out-dir"
INSIDE_INPUT = ("--out-dir {out} is inside the input folder {folder}; choose a folder outside it, "
                "or pass --allow-inside-input")
NEXT_TO_INPUT = ("--out-dir {out} would put {path}'s output beside it in the input folder; "
                 "choose another folder, or pass --allow-inside-input")
NOT_WRITTEN = "its output {out} could not be written ({reason}); no partial file was left"
BUG = "could not be cleaned ({error}); this is a bug in article-clean, please report it with the input"
STDIN_TWICE = "--learn-boilerplate reads its inputs twice; it cannot read a document from standard input"


@dataclass(frozen=True)
class Plan:
    """How to run a batch: workers, limits, and where the output goes."""

    jobs: int = 1  #: worker processes; 1 runs in this process
    timeout: float = 30.0  #: seconds one input may take; 0 for no limit
    ordered: bool = True  #: results in input order; False streams them as they finish
    format: str = "jsonl"  #: a writer name from :data:`article_clean.writers.WRITERS`
    many: bool = True  #: the output stream holds several articles (a JSON array for ``json``)
    out_dir: str | None = None  #: mirror the input tree here, one file per input
    skip_existing: bool = False  #: skip inputs whose output is newer than them
    allow_inside_input: bool = False  #: let ``out_dir`` sit inside an input folder
    strict_accounting: bool = False  #: fail an input with unaccounted lines
    jsonl_field: str | None = None  #: inputs are JSON Lines; clean this field of each record
    learn: bool = False  #: learn repeated lines in a first pass and remove them
    fsync: bool = True  #: flush each output file to disk before renaming it into place

    @property
    def writer(self) -> Writer:
        return WRITERS[self.format]


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
        self.read += 1
        self.failed += 1
        self.reasons[problem if problem in self.reasons or len(self.reasons) < MAX_REASONS else "other"] += 1
        if len(self.failures) < MAX_FAILURES_KEPT:
            self.failures.append((source, problem))

    def add(self, stats: _Stats) -> None:
        """Fold in the counts of a chunk of cleaned articles."""
        self.read += stats.cleaned
        self.cleaned += stats.cleaned
        self.flagged += stats.flagged
        self.bytes += stats.bytes
        self.flags.update(stats.flags)
        self.removed.update(stats.removed)

    @property
    def done(self) -> int:
        return self.read + self.skipped

    @property
    def findings(self) -> int:
        return sum(self.flags.values())

    def to_dict(self) -> dict[str, object]:
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


class Unit(NamedTuple):
    """One input to clean: a file, or one record of a JSON Lines file."""

    seq: int
    source: str  #: the name in messages and in the article: the path, or ``path:line``
    path: str
    folder: str  #: the folder, relative to its root folder: a site when no URL says otherwise
    out: str | None = None  #: the output file, with ``out_dir``
    record: bytes | None = None  #: the raw JSON line of a record
    last: bool = True  #: no more records of this file follow
    problem: str | None = None  #: a problem found before cleaning (missing, too large)
    broken: bool = False  #: the JSON Lines file could not be read to its end: drop its output file


class _Stats(NamedTuple):
    cleaned: int
    flagged: int
    bytes: int
    flags: Counter[str]
    removed: Counter[str]


#: One cleaned chunk: per unit done, (rendered text or None, problem or None); then the counts.
ChunkResult = tuple[list[tuple[str | None, str | None]], _Stats]


@dataclass(frozen=True)
class RecordArticle(Article):
    """An article cleaned from a JSON Lines record: the record's other fields come first in its JSON."""

    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        return {**self.extra, **super().to_dict()}


# --------------------------------------------------------------------------
# Units: what to read, and where its output goes
# --------------------------------------------------------------------------


def _below(path: str, root: str) -> str:
    """``path`` relative to ``root``; the walk joins them, so most often a slice does.

    >>> _below("scraped/bss/a.txt", "scraped/"), _below("a/../b.txt", "a")
    ('bss/a.txt', '../b.txt')
    """
    prefix = root if root.endswith(os.sep) else root + os.sep
    if path.startswith(prefix):
        rest = path[len(prefix):]
        if os.path.normpath(rest) == rest and not rest.startswith(os.pardir):
            return rest
    return os.path.relpath(path, root)


def output_path(source: Source, out_dir: str, extension: str) -> str:
    """Where an input's output goes: its path below its root folder (or below the
    current folder), under ``out_dir``, with the format's extension.

    >>> output_path(Source("scraped/bss/a.txt", root="scraped"), "clean", ".json")
    'clean/bss/a.json'
    >>> output_path(Source("/data/x/b.html.gz"), "clean", ".md")
    'clean/data/x/b.md'
    """
    if source.path == "-":
        relative = "stdin"
    elif source.root is not None:
        relative = _below(source.path, source.root)
    else:
        relative = os.path.relpath(source.path)
        if relative.startswith(os.pardir):
            relative = os.path.abspath(source.path).lstrip(os.sep)
    relative = relative.removesuffix(".gz")
    stem, suffix = os.path.splitext(relative)
    return os.path.join(out_dir, (stem if suffix else relative) + extension)


def _folder(source: Source) -> str:
    """The folder of an input, below its root folder, as profiles name sites.

    A file directly in the root is in the root's own name; a file given by
    itself, in its path from the current folder.

    >>> _folder(Source("scraped/bss/2023/a.txt", root="scraped")), _folder(Source("scraped/bss/a.txt", root="scraped/bss"))
    ('bss/2023', 'bss')
    """
    if source.root is not None:
        folder = os.path.dirname(_below(source.path, source.root))
        return folder or os.path.basename(os.path.abspath(source.root)) or "."
    folder = os.path.dirname(os.path.relpath(source.path))
    if folder.startswith(os.pardir):
        return os.path.dirname(os.path.abspath(source.path))
    return folder or os.path.basename(os.getcwd()) or "."


def _inside(path: str, folder: str) -> bool:
    """True when ``path`` is ``folder`` or below it, symlinks resolved."""
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _same_folder(a: str, b: str) -> bool:
    """True when two paths are in the same folder, symlinks resolved."""
    return os.path.realpath(os.path.dirname(a) or ".") == os.path.realpath(os.path.dirname(b) or ".")


class _Units:
    """Sources to units: checks the output tree, skips what is up to date, reads records."""

    def __init__(self, plan: Plan, max_bytes: int):
        self.plan = plan
        self.max_bytes = max_bytes
        self.extension = plan.writer.extension
        self.roots: set[str] = set()
        self.outputs: set[int] = set()
        self.seq = 0

    def __call__(self, sources: Iterable[Source], summary: Summary) -> Iterator[Unit]:
        for source in sources:
            if source.error:
                yield self._unit(source.path, source.path, ".", problem=source.error)
                continue
            out = self._out(source) if self.plan.out_dir else None
            if out and self._up_to_date(source.path, out):
                summary.skipped += 1
                continue
            if isinstance(out, InputError):
                yield self._unit(source.path, source.path, ".", problem=out.problem)
            elif self.plan.jsonl_field:
                yield from self._records(source, out)
            else:
                yield self._unit(source.path, source.path, _folder(source), out)

    def _unit(self, source: str, path: str, folder: str, out: str | None = None, **more) -> Unit:
        self.seq += 1
        return Unit(self.seq, source, path, folder, out, **more)

    def _records(self, source: Source, out: str | None) -> Iterator[Unit]:
        folder = _folder(source)
        previous = None
        try:
            for number, line in iter_jsonl(source.path, self.max_bytes):
                if previous is not None:
                    yield previous
                if isinstance(line, InputError):
                    previous = self._unit(line.source, source.path, folder, out, last=False, problem=line.problem)
                else:
                    previous = self._unit(f"{source.path}:{number}", source.path, folder, out, record=line, last=False)
        except InputError as error:
            if previous is not None:
                yield previous
            yield self._unit(error.source, source.path, folder, out, problem=error.problem, broken=True)
            return
        if previous is not None:
            yield previous._replace(last=True)

    def _out(self, source: Source) -> str | InputError:
        """The output path of ``source``, or why it has none; refuses to write into the input tree."""
        plan = self.plan
        out = output_path(source, plan.out_dir, self.extension)
        if not plan.allow_inside_input:
            if source.root is not None and source.root not in self.roots:
                self.roots.add(source.root)
                if _inside(plan.out_dir, source.root):
                    raise ConfigError(INSIDE_INPUT.format(out=plan.out_dir, folder=source.root))
            if source.root is None and source.path != "-" and _same_folder(out, source.path):
                raise ConfigError(NEXT_TO_INPUT.format(out=plan.out_dir, path=source.path))
        elif source.path != "-" and os.path.realpath(out) == os.path.realpath(source.path):
            return InputError(source.path, OUTPUT_IS_INPUT)
        key = hash(os.path.normpath(out))
        if key in self.outputs:
            return InputError(source.path, OUTPUT_TAKEN.format(out=out))
        self.outputs.add(key)
        return out

    def _up_to_date(self, path: str, out: str | InputError) -> bool:
        if not self.plan.skip_existing or isinstance(out, InputError) or path == "-":
            return False
        try:
            return os.stat(out).st_mtime_ns >= os.stat(path).st_mtime_ns
        except OSError:
            return False


def _chunks(units: Iterable[Unit]) -> Iterator[list[Unit]]:
    """Units in lists of :data:`CHUNK_UNITS`, or fewer when records are large."""
    chunk: list[Unit] = []
    size = 0
    for unit in units:
        chunk.append(unit)
        size += len(unit.record or b"")
        if len(chunk) >= CHUNK_UNITS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# --------------------------------------------------------------------------
# Work on one unit, in a worker or in this process
# --------------------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by SIGALRM in the middle of an input that took too long."""


class _Terminated(SystemExit):
    """Raised by SIGTERM in a worker, so that a half-written output is removed before it exits."""


def _raise(exception: type[BaseException]) -> Callable[..., None]:
    def handler(signum, frame):
        raise exception()
    return handler


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`_Timeout` inside the block after ``seconds`` (0: no limit)."""
    if not seconds:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


@dataclass
class _State:
    """What a worker needs, set once per process."""

    options: Options
    plan: Plan
    profile: Profile | None = None
    by_site: dict[str, Options] = field(default_factory=dict)

    def options_for(self, site: str) -> Options:
        """The options for one site: its learned lines added, cached."""
        if self.profile is None:
            return self.options
        found = self.by_site.get(site)
        if found is None:
            if len(self.by_site) > 10_000:
                self.by_site.clear()
            found = self.by_site[site] = self.profile.options_for(self.options, site)
        return found


def _record(unit: Unit, name: str) -> tuple[str, dict, str | None]:
    """A record's text to clean, its other fields, and its URL. Raises InputError."""
    try:
        record = json.loads(unit.record)
    except ValueError:
        raise InputError(unit.source, NOT_A_RECORD) from None
    if not isinstance(record, dict):
        raise InputError(unit.source, NOT_A_RECORD)
    text = record.pop(name, None)
    if not isinstance(text, str):
        raise InputError(unit.source, NO_FIELD.format(field=name))
    url = record.get("url")
    return text, record, url if isinstance(url, str) else None


def _clean(unit: Unit, state: _State) -> tuple[Article, int]:
    """Read and clean one unit; the article and the input's size. Raises InputError."""
    from .pipeline import run
    from .reader import read_bytes

    if unit.record is None:
        data = read_bytes(unit.path, state.options.max_bytes)
        return run(data, unit.source, state.options_for(f"folder:{unit.folder}")), len(data)
    text, extra, url = _record(unit, state.plan.jsonl_field)
    article = run(text, unit.source, state.options_for(site_key(url, unit.folder)))
    values = {f.name: getattr(article, f.name) for f in fields(Article)}
    values["url"] = article.url or url
    return RecordArticle(**values, extra=extra), len(unit.record)


def _clean_chunk(units: list[Unit], state: _State, begin: Callable[[Unit], bool]) -> ChunkResult:
    """Clean a chunk; ``begin(unit)`` is asked before each unit, and False stops the chunk there."""
    plan = state.plan
    out: list[tuple[str | None, str | None]] = []
    cleaned = flagged = size = 0
    flags: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for unit in units:
        if not begin(unit):
            break
        if unit.problem:
            out.append((None, unit.problem))
            continue
        try:
            with _deadline(plan.timeout):
                article, length = _clean(unit, state)
                if plan.strict_accounting and (gaps := article.accounting()):
                    raise InputError(unit.source, UNACCOUNTED.format(count=len(gaps), first=gaps[0]))
                text = plan.writer.render(article)
                if unit.out and unit.record is None:
                    _write(unit.out, text + "\n", plan.fsync)
                    text = None
        except InputError as error:
            out.append((None, error.problem))
            continue
        except _Timeout:
            out.append((None, TIMED_OUT.format(seconds=plan.timeout)))
            continue
        except OSError as error:  # its output file: a full disk, a folder that cannot be made
            out.append((None, NOT_WRITTEN.format(out=unit.out, reason=error.strerror or error) if unit.out
                        else BUG.format(error=f"{type(error).__name__}: {error}")))
            continue
        except Exception as error:  # one input must not end a run of thousands
            out.append((None, BUG.format(error=f"{type(error).__name__}: {error}")))
            continue
        out.append((text, None))
        cleaned += 1
        size += length
        if article.flags:
            flagged += 1
            flags.update(flag.code for flag in article.flags)
        removed.update(removal.rule for removal in article.removed)
    return out, _Stats(cleaned, flagged, size, flags, removed)


def _learn_chunk(units: list[Unit], state: _State, begin: Callable[[Unit], bool]) -> list[tuple[str, frozenset[str]] | None]:
    """Pass 1 on a chunk: each unit's site and distinct lines, or None when it cannot be read.

    Its failures are left for pass 2 to report."""
    from .reader import read_bytes

    out: list[tuple[str, frozenset[str]] | None] = []
    for unit in units:
        if not begin(unit):
            break
        try:
            with _deadline(state.plan.timeout):
                if unit.problem:
                    raise InputError(unit.source, unit.problem)
                if unit.record is None:
                    site, data = f"folder:{unit.folder}", read_bytes(unit.path, state.options.max_bytes)
                else:
                    data, _, url = _record(unit, state.plan.jsonl_field)
                    site = site_key(url, unit.folder)
                out.append((site, document_lines(data, unit.source, state.options)))
        except (Exception, _Timeout):
            out.append(None)
    return out


def _write(path: str, text: str, fsync: bool) -> None:
    """Write a whole output file atomically; a half-written one never appears."""
    output = AtomicFile(path, fsync)
    try:
        output.write(text)
    except BaseException:
        output.abort()
        raise
    output.commit()


def _remove_temporaries(path: str) -> None:
    """Remove what a killed worker left of an output: its temporary files."""
    folder, name = os.path.split(path)
    try:
        with os.scandir(folder or ".") as entries:
            for entry in entries:
                if entry.name.startswith(f".{name}.") and entry.name.endswith(".tmp"):
                    os.unlink(entry.path)
    except OSError:
        pass


class _Stream:
    """Rendered articles into one stream, with the writer's opening, separators and closing."""

    def __init__(self, writer: Writer, many: bool, emit: Callable[[str], None]):
        self.opening, self.separator, self.closing = writer.join if many else ("", "", "\n")
        self.emit = emit
        self.count = 0

    def add(self, text: str) -> None:
        self.emit((self.separator if self.count else self.opening) + text)
        self.count += 1

    def close(self) -> None:
        if self.count:
            self.emit(self.closing)


class _Sink:
    """Where results go in this process: the output stream, or one file per JSON Lines input."""

    def __init__(self, plan: Plan, emit: Callable[[str], None] | None):
        self.plan = plan
        self.stream = _Stream(plan.writer, plan.many, emit) if emit else None
        self.files: dict[str, tuple[AtomicFile, _Stream]] = {}

    def put(self, unit: Unit, text: str | None) -> None:
        if self.plan.jsonl_field and unit.out:
            self._record(unit, text)
        elif text is not None and self.stream:
            self.stream.add(text)

    def _record(self, unit: Unit, text: str | None) -> None:
        entry = self.files.get(unit.out)
        if unit.broken:
            if entry:
                del self.files[unit.out]
                entry[0].abort()
            return
        if entry is None and text is not None:
            output = AtomicFile(unit.out, self.plan.fsync)
            entry = self.files[unit.out] = (output, _Stream(self.plan.writer, True, output.write))
        if entry and text is not None:
            entry[1].add(text)
        if entry and unit.last:
            del self.files[unit.out]
            entry[1].close()
            entry[0].commit()

    def close(self, complete: bool) -> None:
        """Finish the stream; record files not complete are removed, never left half-written."""
        for output, stream in self.files.values():
            if complete:
                stream.close()
                output.commit()
            else:
                output.abort()
        self.files.clear()
        if self.stream:
            self.stream.close()


# --------------------------------------------------------------------------
# Running chunks: in this process, or in a pool of worker processes
# --------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _init_worker(state: _State, shared, counter, parent: int) -> None:
    """Set up a worker: its state, its slot in the shared table, and its signals."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop
    signal.signal(signal.SIGTERM, _raise(_Terminated))
    signal.signal(signal.SIGALRM, _raise(_Timeout))
    _die_with_parent(parent)
    with counter.get_lock():
        slot = counter.value
        counter.value += 1
    shared[1 + 3 * slot] = os.getpid()
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


def _in_worker(task: Callable, units: list[Unit]):
    """Run ``task`` on a chunk in a worker, marking in the shared table which unit is under way."""
    shared, base = _WORKER["shared"], 1 + 3 * _WORKER["slot"]

    def begin(unit: Unit) -> bool:
        if shared[0]:
            return False
        shared[base + 1], shared[base + 2] = unit.seq, time.monotonic()
        return True

    try:
        return task(units, _WORKER["state"], begin)
    except _Terminated:
        os._exit(143)
    finally:
        shared[base + 2] = 0.0


def _pool_clean(units: list[Unit]) -> ChunkResult:
    return _in_worker(_clean_chunk, units)


def _pool_learn(units: list[Unit]):
    return _in_worker(_learn_chunk, units)


class _Pool:
    """Chunks through a ProcessPoolExecutor, at most a few per worker in flight,
    handed back in order. A worker that dies or hangs is replaced and its input failed."""

    def __init__(self, state: _State, jobs: int, on_failure: Callable[[Unit, str], None]):
        self.state = state
        self.jobs = jobs
        self.on_failure = on_failure
        self.strikes: Counter[int] = Counter()
        self.doomed: dict[int, str] = {}
        self.gone: set[int] = set()  #: chunks whose every unit failed with its worker
        self.executor = None
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        self.shared = multiprocessing.RawArray("d", 1 + 3 * self.jobs)
        counter = context.Value("i", 0)
        self.executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                            initargs=(self.state, self.shared, counter, os.getpid()))

    def run(self, task: Callable, chunks: Iterator[list[Unit]], ordered: bool,
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
                        ready[number] = (chunk, future.result())
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
            base = 1 + 3 * slot
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
                base = 1 + 3 * slot
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
                    _remove_temporaries(unit.out)
            keep = [unit for unit in chunk if unit.seq not in self.doomed]
            for unit in chunk:
                if unit.seq in self.doomed:
                    self.on_failure(unit, self.doomed.pop(unit.seq))
            if keep:
                again.append((number, keep))
            else:
                self.gone.add(number)
        self._start()
        return again

    def close(self) -> None:
        if self.executor is not None:
            self.shared[0] = 1
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


# --------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(sources: Callable[[], Iterable[Source]], options: Options, plan: Plan,
        emit: Callable[[str], None] | None = None, reporter: Reporter | None = None,
        profile: Profile | None = None) -> tuple[Summary, Profile | None]:
    """Clean every input; return the summary and the profile that was applied.

    ``sources()`` gives the inputs; it is called twice with ``plan.learn``.
    Rendered articles go to ``emit`` in input order (as they finish when not
    ``plan.ordered``); with ``plan.out_dir`` each goes to its own file instead.
    Raises ConfigError when the output would go into the input tree.
    Ctrl-C stops the run between inputs: ``summary.interrupted`` is then set.
    """
    reporter = reporter or Reporter()
    summary = Summary()
    state = _State(options, plan, profile)
    units = _Units(plan, options.max_bytes)
    if plan.learn:
        reporter.phase("learning")
        learned, interrupted = _learn(sources, state, units, summary, reporter)
        summary.learned = learned.line_count
        profile = learned if profile is None else profile.merged(learned)
        state = _State(options, plan, profile)
        units = _Units(plan, options.max_bytes)
        if interrupted:
            summary.interrupted = True
            return _finish(summary), profile
    reporter.phase("cleaning")
    sink = _Sink(plan, emit)

    def fail(unit: Unit, problem: str) -> None:
        summary.fail(unit.source, problem)
        reporter.failed(unit.source, problem)

    def handle(chunk: list[Unit], result: ChunkResult) -> None:
        outputs, stats = result
        for unit, (text, problem) in zip(chunk, outputs):
            if problem:
                fail(unit, problem)
            sink.put(unit, text)
        summary.add(stats)
        reporter.advanced(summary)

    complete = False
    try:
        summary.interrupted = _drive(_clean_chunk, _pool_clean, units(sources(), summary), state, fail, handle)
        complete = not summary.interrupted
    finally:
        sink.close(complete)
    return _finish(summary), profile


def _finish(summary: Summary) -> Summary:
    summary.seconds = time.monotonic() - summary.started
    return summary


def _learn(sources, state: _State, units: _Units, summary: Summary, reporter: Reporter) -> tuple[Profile, bool]:
    """Pass 1: count each site's lines, and learn those in most of its documents."""
    learner = Learner()
    seen = Summary()

    def handle(chunk: list[Unit], result) -> None:
        for found in result:
            if found is not None:
                learner.add(*found)
        seen.read += len(result)
        reporter.advanced(seen)

    interrupted = _drive(_learn_chunk, _pool_learn, units(_once(sources()), seen), state,
                         lambda unit, problem: None, handle)
    return learner.profile(state.options), interrupted


def _once(sources: Iterable[Source]) -> Iterator[Source]:
    """Sources for a first pass: standard input cannot be read twice."""
    for source in sources:
        if source.path == "-":
            raise ConfigError(STDIN_TWICE)
        yield source


def _drive(task: Callable, pool_task: Callable, units: Iterator[Unit], state: _State,
           fail: Callable[[Unit, str], None], handle: Callable[[list[Unit], object], None]) -> bool:
    """Run ``task`` over all units, in this process or in a pool; True when interrupted."""
    plan = state.plan
    if plan.jobs <= 1:
        return _inline(task, units, state, handle)
    pool = _Pool(state, plan.jobs, fail)
    try:
        ordered = plan.ordered or bool(plan.jsonl_field and plan.out_dir)
        return pool.run(pool_task, _chunks(units), ordered, handle)
    finally:
        pool.close()


def _inline(task: Callable, units: Iterator[Unit], state: _State, handle: Callable) -> bool:
    """Run ``task`` unit by unit in this process; Ctrl-C stops between inputs."""
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _raise(_Timeout)) if in_main and state.plan.timeout else None
    if not in_main:
        state = _State(state.options, replace(state.plan, timeout=0), state.profile)
    try:
        for unit in units:
            result = task([unit], state, lambda unit: True)
            handle([unit], result)
    except KeyboardInterrupt:
        return True
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
    return False
