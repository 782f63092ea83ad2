"""Options and helpers shared by several commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import click

from ..atomic import atomic_write
from ..errors import ArticleCleanError, ConfigError
from ..exitcodes import ExitCode
from ..options import DEFAULT_MAX_BYTES, INPUT_FORMATS, Options, find_config
from ..pipeline import validate

F = TypeVar("F", bound=Callable[..., object])

FILES_FROM_TTY = ("--files-from -: nothing is piped in; pipe the paths, "
                  "e.g. find ... -print0 | article-clean {command} --files-from - -0")
LIST_UNREADABLE = "{path}: cannot read the list of paths ({reason})"


def input_options(function: F) -> F:
    """The options every command that reads articles takes."""
    function = click.option(
        "--input-format", type=click.Choice(INPUT_FORMATS), default=None,
        help="Force the reader; 'auto' sniffs the content.  [default: auto]",
    )(function)
    function = click.option(
        "--max-bytes", type=click.IntRange(min=1), default=None, metavar="N",
        help=f"Refuse inputs larger than N bytes.  [default: {DEFAULT_MAX_BYTES}]",
    )(function)
    return function


def path_options(include_default: str) -> Callable[[F], F]:
    """The options that choose the inputs beside the PATH arguments, the same for every command
    that reads a corpus: --files-from, -0, --include, --exclude and --hidden."""
    options = (
        click.option("--files-from", type=click.Path(dir_okay=False, allow_dash=True, path_type=str), default=None,
                     metavar="FILE", help="Read input paths from FILE ('-' for standard input), one a line."),
        click.option("-0", "--null", is_flag=True, help="Paths in --files-from are NUL-separated (find -print0)."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help=f"File names to take from folders (repeatable).  [default: {include_default}]"),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="File names or paths to leave out of folders and globs (repeatable)."),
        click.option("--hidden", is_flag=True, help="Also read hidden files and folders."),
    )

    def decorate(function: F) -> F:
        for option in reversed(options):  # the last one applied is listed first
            function = option(function)
        return function

    return decorate


def listed_paths(files_from: str | None, null: bool) -> Iterator[str]:
    """The paths named in --files-from, streamed; none without it. Exits 2 when '-' is a terminal."""
    from ..sources import read_path_list

    if files_from is None:
        return iter(())
    if files_from == "-":
        if sys.stdin.isatty():
            fail(FILES_FROM_TTY.format(command=click.get_current_context().info_name), ExitCode.USAGE)
        return read_path_list(sys.stdin.buffer, null)
    try:
        return read_path_list(open(files_from, "rb"), null)
    except OSError as problem:
        fail(LIST_UNREADABLE.format(path=files_from, reason=problem.strerror), ExitCode.INPUT)


def load_options(input_format: str | None, max_bytes: int | None) -> Options:
    """Options from the discovered config, with the flags given on the command line on top."""
    try:
        config = find_config()
        options = Options().with_config(config.values)
        flags = {}
        if input_format is not None:
            flags["input_format"] = input_format
        if max_bytes is not None:
            flags["max_bytes"] = max_bytes
        return validate(options.with_config(flags))
    except ConfigError as error:
        fail(str(error), ExitCode.USAGE)
    except (ValueError, TypeError) as error:
        fail(f"{config.path}: invalid value in [article_clean]: {error}", ExitCode.USAGE)


def fail(message: str, code: ExitCode) -> None:
    """Print one error line and exit with ``code``."""
    error(message)
    sys.exit(int(code))


def error(message: str) -> None:
    click.echo(f"article-clean: error: {one_line(message)}", err=True)


def warn(message: str) -> None:
    click.echo(f"article-clean: warning: {one_line(message)}", err=True)


def one_line(message: str) -> str:
    """``message`` with newlines, control characters and undecodable bytes of file names escaped.

    >>> one_line("scraped/a\\nb\\udcff.txt: is empty")
    'scraped/a\\\\nb\\\\udcff.txt: is empty'
    """
    if message.isprintable():
        return message
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in message)


def same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


__all__ = ["ArticleCleanError", "atomic_write", "error", "fail", "input_options", "listed_paths", "load_options",
           "path_options", "same_file", "warn"]
