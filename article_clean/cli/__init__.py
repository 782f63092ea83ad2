"""The command line: thin Click commands over the library. Only this package prints.

Exit codes are those of :mod:`article_clean.exitcodes`.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..exitcodes import ExitCode
from .check import check_command
from .clean import clean_command
from .explain import explain_command
from .rules import rules_command
from .eval import eval_command


class _Group(click.Group):
    """Click turns a broken pipe into exit 1, which here means findings: catch it first."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(int(ExitCode.OK))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="article-clean")
def cli() -> None:
    """Turn scraped news pages into clean, structured articles.

    \b
    Example:
        cat page.txt | article-clean clean -f md
    """


cli.add_command(clean_command)
cli.add_command(check_command)
cli.add_command(rules_command)
cli.add_command(explain_command)
cli.add_command(eval_command)


def main() -> None:
    """Entry point: run the CLI, and leave quietly when the reader of stdout goes away."""
    if sys.stdin is None:  # started with standard input closed: it reads as empty
        sys.stdin = open(os.devnull, encoding="utf-8")
    if sys.stdout is None:
        click.echo("article-clean: error: standard output is closed; redirect it, e.g. to /dev/null", err=True)
        sys.exit(int(ExitCode.USAGE))
    try:
        cli(prog_name="article-clean")
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(int(ExitCode.OK))
    except KeyboardInterrupt:
        click.echo("article-clean: interrupted", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
