"""``article-clean check``: lint articles with stable rule codes, for pre-commit and CI."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from ..errors import ConfigError, InputError
from ..exitcodes import ExitCode
from .common import atomic_write, config_options, error, fail, input_options, listed_paths, load_run_config, path_options, warn

FORMATS = ("text", "json", "github", "sarif", "junit")
NO_INPUT = "no input: give a path, --files-from, or pipe text in (see 'article-clean check --help')"
NOT_WRITTEN = "{path}: the fix could not be written ({reason}); check the folder's permissions"
NOT_IN_PLACE = "{path}: {why} cannot be rewritten in place; use --diff to see the fix"
CODES = "Comma-separated rule codes, prefixes (AC2), names or ALL. Repeatable."


def _codes(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """Comma-separated flag values as one tuple; None when the flag was not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _not_in_place(path: str) -> str | None:
    """Why ``path`` cannot be rewritten, or None when it can."""
    if path == "-":
        return "standard input"
    if path.endswith(".gz"):
        return "a compressed file"
    return None


@click.command("check")
@click.argument("paths", nargs=-1, type=str)
@click.option("--select", multiple=True, metavar="CODES", help=f"Run only these rules. {CODES}")
@click.option("--extend-select", multiple=True, metavar="CODES", help=f"Run these rules as well. {CODES}")
@click.option("--ignore", multiple=True, metavar="CODES", help=f"Do not run these rules. {CODES}")
@click.option("--per-file-ignores", multiple=True, metavar="GLOB:CODES",
              help="Do not run CODES on files matching GLOB. Repeatable; replaces the config's.")
@click.option("--output-format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="How to report findings.")
@click.option("--output-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report here (atomically) instead of standard output.")
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of each finding.")
@click.option("--fix", is_flag=True, help="Rewrite fixable files in place, atomically, in the form they are in.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them.")
@click.option("--backup", is_flag=True, help="With --fix, keep each rewritten file's original as FILE.orig.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
              help="Keep only findings at least this sure, 0 to 1 (e.g. 0.8). Replaces the config's.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings and errors only: no summary, no warnings.")
@click.option("--stdin-filename", default=None, metavar="NAME",
              help="The name of the file on standard input: findings are reported under it, its extension "
                   "says its form, and per-file-ignores match it. For editors and pre-commit.")
@path_options("text, HTML, Markdown and JSON files")
@input_options
@config_options
def check_command(**flags):
    """Check articles for boilerplate, truncation, glued datelines, mojibake and more.

    Reads files, folders, globs, '-' for standard input, or the paths in
    --files-from. Prints one line per finding, as PATH:LINE:COL: CODE message.
    Configure in setup.cfg [article_clean] or pyproject.toml [tool.article_clean]
    with the keys select, ignore, extend-select, per-file-ignores and min-confidence.

    Exits 0 when nothing is found (or all was fixed), 1 when findings remain,
    2 on a usage or config error, 3 when an input could not be read.

    \b
    Example:
        article-clean check scraped/
        article-clean check --select AC2 --output-format github 'scraped/**/*.txt'
        article-clean check --fix --backup scraped/afp-1.txt
        git ls-files -z '*.txt' | article-clean check --files-from - -0
        article-clean check --stdin-filename scraped/afp-1.md - < scraped/afp-1.md
    """
    from ..check.report import Report
    from ..sources import iter_sources

    options, selection = _load(flags)
    if flags["backup"] and not flags["fix"]:
        fail("--backup goes with --fix", ExitCode.USAGE)
    report = Report()
    for source in iter_sources(_arguments(flags), _walk(flags)):
        name = flags["stdin_filename"] if source.path == "-" and flags["stdin_filename"] else source.path
        if source.error:
            report.results.append(_failed(name, f"{name}: {source.error}"))
            continue
        report.results.append(_check_one(source.path, options, selection.codes_for(name), flags, name,
                                         selection.min_confidence))
    _output(report, flags)
    sys.exit(int(report.exit_code(flags["exit_zero"], pending=flags["diff"])))


def _load(flags: dict):
    """The cleaning options and the rule selection from the config and the flags; exits 2 on an error."""
    from ..check.config import load

    config = load_run_config(flags["config_file"], flags["isolated"], lenient=False)
    try:
        options, selection, _ = load({
            "select": _codes(flags["select"]), "extend-select": _codes(flags["extend_select"]),
            "ignore": _codes(flags["ignore"]), "per-file-ignores": flags["per_file_ignores"] or None,
            "min-confidence": flags["min_confidence"], "input_format": flags["input_format"],
            "max_bytes": flags["max_bytes"],
        }, config=config)
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)
    return options, selection


def _arguments(flags: dict) -> list[str]:
    """The inputs: the PATH arguments and the listed paths; standard input when there are none."""
    arguments = list(flags["paths"]) + list(listed_paths(flags["files_from"], flags["null"]))
    if not arguments:
        if sys.stdin.isatty() or flags["files_from"] is not None:
            fail(NO_INPUT, ExitCode.USAGE)
        arguments = ["-"]
    return arguments


def _walk(flags: dict):
    from ..check.patterns import CHECK_INCLUDE
    from ..sources import DEFAULT_INCLUDE, Selection

    return Selection(include=tuple(flags["include"]) or DEFAULT_INCLUDE + CHECK_INCLUDE,
                     exclude=tuple(flags["exclude"]), hidden=flags["hidden"])


def _check_one(path: str, options, codes: frozenset[str], flags: dict, name: str, least: float = 0.0):
    """Check one file (reported as ``name``); print its diff or write its fix; the result, or the error
    as a failed result."""
    from ..check import check_data
    from ..reader import read_bytes

    fix, diff, backup = flags["fix"], flags["diff"], flags["backup"]
    why = _not_in_place(path) if fix else None
    if why and not diff and not flags["quiet"]:
        warn(NOT_IN_PLACE.format(path=name, why=why))
    try:
        data = read_bytes(path, options.max_bytes)
        result = check_data(data, name, options, codes, fix=(fix and not why) or diff, min_confidence=least)
    except InputError as problem:
        return _failed(name, str(problem).replace(f"{path}:", f"{name}:", 1) if path != name else str(problem))
    if result.rewritten is not None:
        if diff:
            _print_diff(result)
            return result
        try:
            _rewrite(Path(path), result.data, backup)
        except OSError as problem:
            return _failed(path, NOT_WRITTEN.format(path=path, reason=problem.strerror or problem))
    return result


def _failed(path: str, message: str):
    from ..check.report import FileResult

    error(message)
    return FileResult(path, error=message)


def _rewrite(path: Path, text: bytes, backup: bool) -> None:
    """Write the fixed bytes over ``path`` atomically, first keeping the original beside it when asked."""
    path = Path(os.path.realpath(path))  # through a symlink: replacing the link itself would break it
    if backup:
        keep = path.with_name(path.name + ".orig")
        temporary = keep.with_name(f".{keep.name}.tmp")
        shutil.copy2(path, temporary)
        os.replace(temporary, keep)
    atomic_write(path, _as_written(text), mode=os.stat(path).st_mode & 0o7777, exact=True)


def _as_written(data: bytes) -> str | bytes:
    """UTF-8 goes through the text writer as before; any other encoding is written as its bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def _print_diff(result) -> None:
    import difflib

    lines = difflib.unified_diff(
        (result.original or "").splitlines(keepends=True), result.rewritten.splitlines(keepends=True),
        fromfile=_diff_name("a", result.path), tofile=_diff_name("b", result.path),
    )
    click.echo("".join(line if line.endswith("\n") else line + "\n" for line in lines), nl=False)


def _diff_name(side: str, path: str) -> str:
    """``a/PATH`` as git writes it for a relative path; an absolute path stands as it is."""
    return path if os.path.isabs(path) else f"{side}/{path}"


def _output(report, flags: dict) -> None:
    """Print the report (or the statistics), and the summary line for people unless ``--quiet``."""
    from ..check.formats import FORMATTERS, statistics as render_statistics, summary

    output_format, output_file = flags["output_format"], flags["output_file"]
    formatter = FORMATTERS[output_format]
    if flags["diff"]:
        if not flags["quiet"]:
            click.echo(summary(report, True, diffing=True), err=True, nl=False)
        return
    color = output_file is None and output_format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    if flags["statistics"]:
        text = render_statistics(report, as_json=output_format == "json", total=not flags["quiet"])
    else:
        text = formatter.render(report, color)
    if output_file is not None:
        atomic_write(output_file, text)
    else:
        click.echo(text, nl=False)
    if formatter.summary and not flags["statistics"] and not flags["quiet"]:
        click.echo(summary(report, flags["fix"] or flags["diff"]), nl=False, err=output_file is not None)
