"""``article-clean clean``: clean articles to JSON, JSON Lines, Markdown or text.

One file runs in this process and prints nothing but its errors. A batch (a
folder, a glob, several inputs, ``--files-from``, JSON Lines records or
``--out-dir``) runs in worker processes, with a progress bar and a summary.
The command parses its flags into a :class:`~article_clean.batch.request.CleanRequest`,
runs it with :func:`~article_clean.batch.request.clean`, and prints the summary.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from click.core import ParameterSource

from ..batch import default_jobs, run
from ..batch.plan import Plan
from ..batch.request import CleanRequest, Runner, StreamNotWritten, clean
from ..errors import ConfigError
from ..exitcodes import ExitCode, combine
from ..sources import DEFAULT_INCLUDE, JSONL_INCLUDE, Selection, is_pattern, iter_sources, replayable
from ..writers import FORMATS
from .common import config_options, error, fail, input_options, listed_paths, load_options, path_options, same_file
from .reporters import Lines

NO_STDIN = "no input: give a path, or pipe text in (see 'article-clean clean --help')"
OUTPUT_IS_INPUT = "{path}: the output file is also an input; choose another --output"
OUTPUT_AND_DIR = "--output and --out-dir do not go together: one stream, or one file per input"
NEEDS_OUT_DIR = "--skip-existing needs --out-dir: it compares each input with its output file"
NEEDS_DASK = "--scheduler needs --engine dask"
NEEDS_EXTRA = "--engine dask needs the dask extra: pip install 'article-clean[dask]' ({error})"
NOT_WRITTEN = "{target}: the output could not be written ({reason})"
MD_STREAM = ("-f {fmt} writes one document per input, which cannot be split again from one stream; "
             "use --out-dir DIR for one file each, or -f jsonl")
URL_NEEDS_ONE = "--url is the address of one page; give one input file (or standard input)"
NOT_A_URL = "--url {url!r}: give an absolute http(s) address, e.g. https://example.com/news/2021/10/15/story"
#: The format an output file's extension asks for when -f is not given.
FORMAT_BY_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md",
                    ".txt": "text"}
DEFAULT_FORMAT = "json"
#: Formats whose documents, written back to back, cannot be told apart again.
UNSPLITTABLE = ("md",)


def _is_batch(paths: tuple[str, ...], files_from, jsonl_field, out_dir, learn) -> bool:
    """Anything but one file (or standard input) is a batch."""
    if files_from or jsonl_field or out_dir or learn or len(paths) != 1:
        return True
    path = paths[0]
    return path != "-" and (os.path.isdir(path) or is_pattern(path))


@click.command("clean")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, readable=False, allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + ("markdown",)), default=None,
              help="Output format.  [default: from the extension of --output, else json]")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write the stream here (atomically) instead of standard output.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Mirror the input tree here: one file per input, with the format's extension, written atomically.")
@click.option("--url", default=None, metavar="URL",
              help="The address a saved page came from: a date in its path, its host as the site name, "
                   "and the base of relative links, where the page does not say.")
@click.option("--links", is_flag=True, help="From HTML: keep the article's links, as [text](url) in Markdown.")
@click.option("--images", is_flag=True, help="From HTML: keep the article's images, as ![alt](src) in Markdown.")
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
@config_options
def clean_command(**flags):
    """Clean scraped articles. Reads standard input when given no PATH or '-'.

    A PATH may be a file, a folder (read recursively) or a quoted glob such as
    'scraped/**/*.txt'. Several inputs run in parallel; the exit code is 3 when
    any input failed.

    \b
    Example:
        article-clean clean page.txt
        cat page.txt | article-clean clean -f md
        article-clean clean saved.html --url https://example.com/2021/10/15/story --links -o story.md
        article-clean clean -f jsonl scraped/ > clean.jsonl
        article-clean clean scraped/ --out-dir clean/ --skip-existing
        find scraped -name '*.txt' -print0 | article-clean clean --files-from - -0 -f jsonl
        article-clean clean 's3://crawl/*.jsonl' --jsonl-field text --engine dask --out-dir s3://clean/
    """
    request = _request(flags)
    reporter, out = _reporter(request, flags["files_from"] is None and not flags["jsonl_field"])
    try:
        summary = clean(request, reporter, sys.stdout, _engine(request))
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)
    except StreamNotWritten as problem:
        fail(NOT_WRITTEN.format(target=problem.output or "standard output", reason=problem.reason), ExitCode.INPUT)
    if out is not None:
        from .progress import print_summary

        print_summary(summary, out)
    if summary.interrupted:
        error("interrupted; the summary above is what was done" if out is not None else "interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    sys.exit(int(combine(failed=summary.failed, findings=summary.findings, strict=request.strict)))


def _request(flags: dict) -> CleanRequest:
    """The run the flags ask for. Exits 2 on flags that do not go together (3: an unreadable --files-from)."""
    options = _options(flags)
    learn = flags["learn_boilerplate"] or flags["save_profile"] is not None
    paths = flags["paths"] or (() if flags["files_from"] is not None else ("-",))
    _refuse_clashes(flags, paths)
    profile = _load_profile(flags["profile_path"])
    batch = _is_batch(paths, flags["files_from"], flags["jsonl_field"], flags["out_dir"], learn)
    flags["fmt"] = _format(flags["fmt"], flags["output"])
    _refuse_in_batch(flags, batch)
    selection = Selection(include=flags["include"] or (JSONL_INCLUDE if flags["jsonl_field"] else DEFAULT_INCLUDE),
                          exclude=flags["exclude"], hidden=flags["hidden"])
    listed = listed_paths(flags["files_from"], flags["null"])
    if flags["engine"] != "dask" and flags["scheduler"] is not None:
        fail(NEEDS_DASK, ExitCode.USAGE)
    return CleanRequest(
        paths=paths, listed=replayable(listed) if learn else (lambda: listed), selection=selection, options=options,
        plan=_plan(flags, batch, learn), output=flags["output"], profile=profile, save_profile=flags["save_profile"],
        report=flags["report"], strict=flags["strict"], quiet=flags["quiet"], engine=flags["engine"],
        scheduler=flags["scheduler"],
        explicit=_explicit(flags),
    )


def _options(flags: dict):
    """The cleaning options: the config, the input flags, then --url, --links and --images."""
    from dataclasses import replace

    options = load_options(flags["input_format"], flags["max_bytes"], flags["config_file"], flags["isolated"])
    url = flags["url"]
    if url is not None and not _absolute(url):
        fail(NOT_A_URL.format(url=url), ExitCode.USAGE)
    given = {name: True for name in ("links", "images") if flags[name]}
    return replace(options, url=url, **given) if url is not None or given else options


def _absolute(url: str) -> bool:
    """True for an absolute http(s) address.

    >>> _absolute("https://example.com/a"), _absolute("example.com/a"), _absolute("file:///tmp/a.html")
    (True, False, False)
    """
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _format(fmt: str | None, output: Path | None) -> str:
    """The output format: -f when given, else the one the --output file's extension names, else json.

    >>> _format(None, Path("out.jsonl")), _format("text", Path("out.md")), _format(None, None)
    ('jsonl', 'text', 'json')
    """
    if fmt is not None:
        return "md" if fmt == "markdown" else fmt
    suffix = output.suffix.lower() if output is not None else ""
    return FORMAT_BY_SUFFIX.get(suffix, DEFAULT_FORMAT)


def _refuse_in_batch(flags: dict, batch: bool) -> None:
    """Exit 2 on what one stream of several inputs cannot hold: one page's --url, or Markdown documents."""
    if not batch:
        return
    if flags["url"] is not None:
        fail(URL_NEEDS_ONE, ExitCode.USAGE)
    if flags["fmt"] in UNSPLITTABLE and flags["out_dir"] is None and flags["engine"] == "local":  # dask says its own
        fail(MD_STREAM.format(fmt=flags["fmt"]), ExitCode.USAGE)


def _explicit(flags: dict) -> frozenset[str]:
    """The flags given on the command line, not left at their defaults."""
    source = click.get_current_context().get_parameter_source
    return frozenset(name for name in flags if source(name) not in (None, ParameterSource.DEFAULT))


def _refuse_clashes(flags: dict, paths: tuple[str, ...]) -> None:
    """Exit 2 on flags that do not go together, or on standard input from a terminal."""
    output = flags["output"]
    if paths == ("-",) and sys.stdin.isatty() and flags["files_from"] is None:
        fail(NO_STDIN, ExitCode.USAGE)
    if output is not None and flags["out_dir"] is not None:
        fail(OUTPUT_AND_DIR, ExitCode.USAGE)
    if flags["skip_existing"] and flags["out_dir"] is None:
        fail(NEEDS_OUT_DIR, ExitCode.USAGE)
    if output is not None:
        for path in paths:
            if path != "-" and same_file(path, output):
                fail(OUTPUT_IS_INPUT.format(path=path), ExitCode.USAGE)


def _plan(flags: dict, batch: bool, learn: bool) -> Plan:
    """How to run the batch: one input in this process, many in ``--jobs`` workers."""
    fmt = flags["fmt"]
    return Plan(jobs=(flags["jobs"] or default_jobs()) if batch else 1, timeout=flags["timeout"],
                ordered=not flags["unordered"], format=fmt, many=batch,
                out_dir=flags["out_dir"], skip_existing=flags["skip_existing"],
                allow_inside_input=flags["allow_inside_input"], strict_accounting=flags["strict_accounting"],
                jsonl_field=flags["jsonl_field"], learn=learn)


def _engine(request: CleanRequest) -> Runner:
    """The engine that runs the request: worker processes here, or a Dask cluster (imported only then)."""
    if request.engine != "dask":
        return run

    def on_dask(*args) -> tuple:
        try:
            from ..dask.cluster import runner
        except ImportError as problem:
            raise ConfigError(NEEDS_EXTRA.format(error=problem)) from None
        return runner(request.arguments, request.selection, request.scheduler, request.explicit)(*args)

    return on_dask


def _load_profile(path: Path | None):
    if path is None:
        return None
    from ..profile import load

    try:
        return load(path)
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)


def _reporter(request: CleanRequest, countable: bool):
    """The reporter, and the console for the summary (None: no summary)."""
    # with one input, or quiet, rich is not loaded: it takes longer than a thousand small inputs to clean
    if not request.plan.many or request.quiet:
        return Lines(request.quiet), None
    from .progress import ProgressReporter, console, wants_bar

    out = console()
    if not wants_bar(request.quiet):
        return Lines(request.quiet), out
    count = (lambda: iter_sources(request.paths, request.selection)) if countable else None
    return ProgressReporter(out, count), out
