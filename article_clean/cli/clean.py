"""``article-clean clean``: clean articles to JSON, JSON Lines, Markdown or text.

One file runs in this process and prints nothing but its errors. A batch (a
folder, a glob, several inputs, ``--files-from``, JSON Lines records or
``--out-dir``) runs in worker processes, with a progress bar and a summary.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from itertools import chain
from pathlib import Path

import click

from ..atomic import AtomicFile
from ..batch import Plan, Reporter, default_jobs, run
from ..errors import ConfigError
from ..exitcodes import ExitCode, combine
from ..sources import DEFAULT_INCLUDE, JSONL_INCLUDE, Selection, is_pattern, iter_sources, replayable
from ..writers import FORMATS
from .common import atomic_write, error, fail, input_options, listed_paths, load_options, path_options, same_file

NO_STDIN = "no input: give a path, or pipe text in (see 'article-clean clean --help')"
OUTPUT_IS_INPUT = "{path}: the output file is also an input; choose another --output"
OUTPUT_AND_DIR = "--output and --out-dir do not go together: one stream, or one file per input"
NEEDS_OUT_DIR = "--skip-existing needs --out-dir: it compares each input with its output file"
NOT_WRITTEN = "{target}: the output could not be written ({reason})"
INTERRUPTED = 130


class _Errors(Reporter):
    """Failures as one error line each; nothing else."""

    def failed(self, source: str, problem: str) -> None:
        error(f"{source}: {problem}")


def _is_batch(paths: tuple[str, ...], files_from, jsonl_field, out_dir, learn) -> bool:
    """Anything but one file (or standard input) is a batch."""
    if files_from or jsonl_field or out_dir or learn or len(paths) != 1:
        return True
    path = paths[0]
    return path != "-" and (os.path.isdir(path) or is_pattern(path))


@click.command("clean")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, readable=False, allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + ("markdown",)), default="json", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write the stream here (atomically) instead of standard output.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Mirror the input tree here: one file per input, with the format's extension, written atomically.")
@click.option("--skip-existing", is_flag=True, help="With --out-dir: skip inputs whose output is newer than them.")
@click.option("--allow-inside-input", is_flag=True, help="Let --out-dir be inside an input folder.")
@click.option("--strict", is_flag=True, help="Exit 1 when any article has flags.")
@click.option("--strict-accounting", is_flag=True,
              help="Fail an input whose non-blank lines are not all accounted for.")
@path_options("*.txt *.text *.html *.htm, and .gz; .jsonl and .ndjson with --jsonl-field")
@click.option("--jsonl-field", default=None, metavar="NAME",
              help="Inputs are JSON Lines: clean field NAME of each record, keep its other fields.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes; 1 runs in this process.  [default: usable cores]")
@click.option("--unordered", is_flag=True, help="Stream results as they finish, not in input order.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
              help="Stop an input that takes longer and report it as failed; 0 for no limit.")
@click.option("--learn-boilerplate", is_flag=True,
              help="First learn the lines most documents of a site repeat, then remove them (rule repeated-line).")
@click.option("--save-profile", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
              help="Write the learned lines to FILE, to review and reuse (implies --learn-boilerplate).")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              metavar="FILE", help="Remove the lines of a saved profile.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
              help="Write the summary as JSON to FILE.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run a batch in worker processes here, or on a Dask cluster (needs the dask extra).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: a running Dask scheduler.  [default: start one here, -j workers]")
@input_options
def clean_command(paths, fmt, output, out_dir, skip_existing, allow_inside_input, strict, strict_accounting,
                  files_from, null, include, exclude, hidden, jsonl_field, jobs, unordered, timeout,
                  learn_boilerplate, save_profile, profile_path, report, quiet, engine, scheduler, input_format,
                  max_bytes):
    """Clean scraped articles. Reads standard input when given no PATH or '-'.

    A PATH may be a file, a folder (read recursively) or a quoted glob such as
    'scraped/**/*.txt'. Several inputs run in parallel; the exit code is 3 when
    any input failed.

    \b
    Example:
        article-clean clean page.txt
        cat page.txt | article-clean clean -f md
        article-clean clean -f jsonl scraped/ > clean.jsonl
        article-clean clean scraped/ --out-dir clean/ --skip-existing
        find scraped -name '*.txt' -print0 | article-clean clean --files-from - -0 -f jsonl
        article-clean clean 's3://crawl/*.jsonl' --jsonl-field text --engine dask --out-dir s3://clean/
    """
    options = load_options(input_format, max_bytes)
    learn = learn_boilerplate or save_profile is not None
    if not paths and files_from is None:
        paths = ("-",)
    if paths == ("-",) and sys.stdin.isatty() and files_from is None:
        fail(NO_STDIN, ExitCode.USAGE)
    if output is not None and out_dir is not None:
        fail(OUTPUT_AND_DIR, ExitCode.USAGE)
    if skip_existing and out_dir is None:
        fail(NEEDS_OUT_DIR, ExitCode.USAGE)
    if output is not None:
        for path in paths:
            if path != "-" and same_file(path, output):
                fail(OUTPUT_IS_INPUT.format(path=path), ExitCode.USAGE)
    profile = _load_profile(profile_path)
    batch = _is_batch(paths, files_from, jsonl_field, out_dir, learn)
    selection = Selection(include=include or (JSONL_INCLUDE if jsonl_field else DEFAULT_INCLUDE),
                          exclude=exclude, hidden=hidden)
    listed = listed_paths(files_from, null)
    arguments = replayable(listed) if learn else (lambda: listed)
    runner = run
    if engine == "dask":
        from .engine_dask import dask_runner

        runner = dask_runner(lambda: chain(paths, arguments()), selection, scheduler, quiet)
    elif scheduler is not None:
        fail("--scheduler needs --engine dask", ExitCode.USAGE)
    plan = Plan(jobs=(jobs or default_jobs()) if batch else 1, timeout=timeout, ordered=not unordered,
                format="md" if fmt == "markdown" else fmt, many=batch, out_dir=out_dir, skip_existing=skip_existing,
                allow_inside_input=allow_inside_input, strict_accounting=strict_accounting,
                jsonl_field=jsonl_field, learn=learn)
    reporter, out = _reporter(batch, quiet, paths if files_from is None and not jsonl_field else None, selection)
    stream = AtomicFile(output) if output is not None else None
    emit = stream.write if stream else _stdout_bytes()
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary, applied = runner(lambda: iter_sources(chain(paths, arguments()), selection), options, plan, emit,
                                  reporter, profile)
    except ConfigError as problem:
        _abort(stream)
        fail(str(problem), ExitCode.USAGE)
    except BrokenPipeError:
        raise
    except OSError as problem:  # the output could not be written: a full disk, a bad descriptor
        _abort(stream)
        _unwritten(output, problem)
    except BaseException:
        _abort(stream)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        if hasattr(reporter, "close"):
            reporter.close()
    try:
        sys.stdout.flush()
        if stream is not None:
            stream.commit() if summary.cleaned and not summary.interrupted else stream.abort()
    except BrokenPipeError:
        raise
    except OSError as problem:
        _unwritten(output, problem)
    if save_profile is not None and not summary.interrupted:
        atomic_write(save_profile, applied.dumps())
    if report is not None:
        atomic_write(report, json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    if out is not None:
        from .progress import print_summary

        print_summary(summary, out)
    if summary.interrupted:
        error("interrupted; the summary above is what was done" if out is not None else "interrupted")
        sys.exit(INTERRUPTED)
    sys.exit(int(combine(failed=summary.failed, findings=summary.findings, strict=strict)))


def _unwritten(output: Path | None, problem: OSError) -> None:
    """Fail the run: its output stream could not be written. No partial file is left."""
    fail(NOT_WRITTEN.format(target=output or "standard output", reason=problem.strerror or problem), ExitCode.INPUT)


def _stdout_bytes():
    """A function that writes bytes to standard output (UTF-8 text where it takes no bytes)."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        return lambda data: sys.stdout.write(data.decode("utf-8"))
    sys.stdout.flush()
    return binary.write


def _interrupt(signum, frame) -> None:
    """SIGTERM stops a run as Ctrl-C does: between inputs, with the summary so far."""
    raise KeyboardInterrupt


def _load_profile(path: Path | None):
    if path is None:
        return None
    from ..profile import load

    try:
        return load(path)
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)


def _reporter(batch: bool, quiet: bool, countable, selection):
    """The reporter, and the console for the summary (None: no summary)."""
    if not batch or quiet:  # and rich is not loaded: it takes longer than a thousand small inputs to clean
        return _Errors(), None
    from .progress import ProgressReporter, console, wants_bar

    out = console()
    if not wants_bar(quiet):
        return _Errors(), out
    count = (lambda: iter_sources(countable, selection)) if countable else None
    return ProgressReporter(out, count), out


def _abort(stream: AtomicFile | None) -> None:
    if stream is not None:
        stream.abort()
