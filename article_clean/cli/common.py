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
from ..options import DEFAULT_MAX_BYTES, INPUT_FORMATS, Config, Options, load_config

F = TypeVar("F", bound=Callable[..., object])

FILES_FROM_TTY = ("--files-from -: nothing is piped in; pipe the paths, "
                  "e.g. find ... -print0 | article-clean {command} --files-from - -0")
LIST_UNREADABLE = "{path}: cannot read the list of paths ({reason})"
CONFIG_AND_ISOLATED = "--config and --isolated do not go together: read one file, or none"
CONFIG_SKIPPED = "{problem}; going on without it (check stops on it)"


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


def config_options(function: F) -> F:
    """--config FILE and --isolated: the config file to read instead of the one found, or none."""
    function = click.option(
        "--isolated", is_flag=True, help="Ignore every config file (setup.cfg, pyproject.toml).",
    )(function)
    function = click.option(
        "--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
        help="Read the config from FILE (pyproject.toml, setup.cfg, or a .toml of its own) instead of finding it.",
    )(function)
    return function


def load_run_config(config_file: Path | None = None, isolated: bool = False, lenient: bool = True) -> Config:
    """The config a command runs with; exits 2 on a config error. ``lenient``: a file found on the
    walk up that cannot be read is passed over with a warning, not an error."""
    if config_file is not None and isolated:
        fail(CONFIG_AND_ISOLATED, ExitCode.USAGE)
    try:
        config = load_config(config_file, isolated, lenient)
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)
    for problem in config.skipped:
        warn(CONFIG_SKIPPED.format(problem=problem))
    return config


def load_options(input_format: str | None, max_bytes: int | None, config_file: Path | None = None,
                 isolated: bool = False) -> Options:
    """Options from the config (found, given by --config, or none with --isolated), with the flags
    given on the command line on top. Exits 2 on a config error."""
    from ..check.config import options_from

    config = load_run_config(config_file, isolated)
    try:
        return options_from(config, {"input_format": input_format, "max_bytes": max_bytes})
    except ConfigError as problem:
        fail(str(problem), ExitCode.USAGE)


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


__all__ = ["ArticleCleanError", "atomic_write", "config_options", "error", "fail", "input_options", "listed_paths",
           "load_options", "load_run_config",
           "path_options", "same_file", "warn"]
