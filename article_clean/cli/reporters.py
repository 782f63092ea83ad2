"""What a batch tells the person running it, on standard error: failures, warnings and news, one line each."""

from __future__ import annotations

import click

from ..batch import Reporter
from .common import error, warn


class Lines(Reporter):
    """Failures and warnings as one line each, and news unless ``quiet``; no progress."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet

    def failed(self, source: str, problem: str) -> None:
        error(f"{source}: {problem}")

    def noted(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"article-clean: {message}", err=True)

    def warned(self, message: str) -> None:
        warn(message)
