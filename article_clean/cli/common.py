"""Options and helpers shared by several commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, TypeVar

import click

from ..atomic import atomic_write
from ..errors import ArticleCleanError, ConfigError
from ..exitcodes import ExitCode
from ..options import DEFAULT_MAX_BYTES, INPUT_FORMATS, Options, find_config

F = TypeVar("F", bound=Callable[..., object])


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
        return options.with_config(flags)
    except ConfigError as error:
        fail(str(error), ExitCode.USAGE)
    except (ValueError, TypeError) as error:
        fail(f"{config.path}: invalid value in [article_clean]: {error}", ExitCode.USAGE)


def fail(message: str, code: int) -> None:
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


__all__ = ["ArticleCleanError", "atomic_write", "error", "fail", "input_options", "load_options", "same_file", "warn"]
