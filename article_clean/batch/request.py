"""One ``clean`` run as a request: what to read, how to clean it, and where everything goes; and the run itself.

:func:`clean` is the one call the ``clean`` command makes. It stops on SIGTERM
as on Ctrl-C, writes the output stream whole or not at all, then saves the
learned profile and writes the report. It never prints: progress and failures
go to a :class:`~article_clean.batch.summary.Reporter`.
"""

from __future__ import annotations

import json
import signal
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO, TypeVar

from ..atomic import AtomicFile, atomic_write
from ..options import Options
from ..profile import Profile
from ..sources import Selection, Source, iter_sources
from . import run
from .plan import Plan
from .summary import Reporter, Summary

#: How an engine runs a batch: ``(sources, options, plan, emit, reporter, profile) -> (summary, profile applied)``,
#: as :func:`article_clean.batch.run` does.
Runner = Callable[..., tuple[Summary, "Profile | None"]]
T = TypeVar("T")


class StreamNotWritten(Exception):
    """The output stream (``output``, or standard output when None) could not be written; no partial file is left."""

    def __init__(self, output: Path | None, reason: str):
        super().__init__(f"{output or 'standard output'}: {reason}")
        self.output = output
        self.reason = reason


@dataclass(frozen=True)
class CleanRequest:
    """One ``clean`` run, as the command line asks for it."""

    paths: tuple[str, ...]  #: the PATH arguments; ``-`` is standard input
    listed: Callable[[], Iterable[str]]  #: the paths of ``--files-from``; called again for a second pass
    selection: Selection  #: which files of folders and globs to read
    options: Options
    plan: Plan
    output: Path | None = None  #: the stream goes to this file; None: to standard output
    profile: Profile | None = None  #: a saved profile to apply
    save_profile: Path | None = None  #: write the profile that was applied here
    report: Path | None = None  #: write the summary as JSON here
    strict: bool = False  #: flags count as findings for the exit code
    quiet: bool = False  #: no progress and no summary
    engine: str = "local"  #: ``local`` or ``dask``
    scheduler: str | None = None  #: with the ``dask`` engine: a running scheduler's address
    explicit: frozenset[str] = frozenset()  #: the flags given on the command line, by parameter name

    def arguments(self) -> Iterator[str]:
        """Every input named: the PATH arguments, then the listed ones."""
        return chain(self.paths, self.listed())

    def sources(self) -> Iterator[Source]:
        """Every input, with folders and globs expanded."""
        return iter_sources(self.arguments(), self.selection)


def clean(request: CleanRequest, reporter: Reporter, stdout: TextIO, engine: Runner = run) -> Summary:
    """Run ``request`` on ``engine``; its summary. The stream goes to ``request.output``, else ``stdout``.

    Raises ConfigError for a request the engine refuses, StreamNotWritten when
    the stream could not be written. Ctrl-C or SIGTERM stops the run between
    inputs, with ``summary.interrupted`` set: the stream is then not committed,
    nor the profile saved, but the report is written.
    """
    stream = _written(request.output, AtomicFile) if request.output is not None else None
    emit = stream.write if stream else _bytes_to(stdout)
    summary, applied = _run(request, engine, emit, reporter, stream)
    _commit(stream, summary, stdout, request.output)
    if request.save_profile is not None and not summary.interrupted:
        _written(request.save_profile, atomic_write, applied.dumps())
    if request.report is not None:
        _written(request.report, atomic_write, json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return summary


def _written(path: Path, write: Callable[..., T], *args: object) -> T:
    """``write(path, *args)``; a folder that cannot be made or a file that cannot be written is
    :class:`StreamNotWritten`, one line for the command to print, not a traceback."""
    try:
        return write(path, *args)
    except OSError as problem:
        raise StreamNotWritten(path, problem.strerror or str(problem)) from None


def _run(request: CleanRequest, engine: Runner, emit: Callable[[bytes], None], reporter: Reporter,
         stream: AtomicFile | None) -> tuple[Summary, Profile | None]:
    """The engine's run, stopped by SIGTERM as by Ctrl-C; the stream is removed when it fails."""
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return engine(request.sources, request.options, request.plan, emit, reporter, request.profile)
    except BrokenPipeError:
        raise
    except OSError as problem:  # the output could not be written: a full disk, a bad descriptor
        _abort(stream)
        raise StreamNotWritten(request.output, problem.strerror or str(problem)) from None
    except BaseException:
        _abort(stream)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        reporter.close()


def _commit(stream: AtomicFile | None, summary: Summary, stdout: TextIO, output: Path | None) -> None:
    """Flush standard output; put the stream's file in place when something was cleaned and the run was not stopped."""
    try:
        stdout.flush()
        if stream is not None:
            stream.commit() if summary.cleaned and not summary.interrupted else stream.abort()
    except BrokenPipeError:
        raise
    except OSError as problem:
        raise StreamNotWritten(output, problem.strerror or str(problem)) from None


def _bytes_to(stdout: TextIO) -> Callable[[bytes], None]:
    """A function that writes bytes to ``stdout`` (UTF-8 text where it takes no bytes)."""
    binary = getattr(stdout, "buffer", None)
    if binary is None:
        return lambda data: stdout.write(data.decode("utf-8"))
    stdout.flush()
    return binary.write


def _interrupt(signum, frame) -> None:
    """SIGTERM stops a run as Ctrl-C does: between inputs, with the summary so far."""
    raise KeyboardInterrupt


def _abort(stream: AtomicFile | None) -> None:
    if stream is not None:
        stream.abort()
