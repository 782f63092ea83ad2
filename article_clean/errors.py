"""Exceptions raised by the library. The CLI turns each into a one-line message."""

from __future__ import annotations

NOT_TEXT = "is binary, not text; pass a text dump or an HTML page"
EMPTY = "is empty; nothing to clean"
BLANK = "holds only whitespace; nothing to clean"
UNDECODABLE = "could not be decoded as text in any known encoding; convert it to UTF-8 first"
IS_DIRECTORY = "is a directory; pass the files inside it, or the folder to a batch run"
NOT_FOUND = "does not exist; check the path"
NOT_READABLE = "cannot be read ({reason}); check its permissions"
TOO_LARGE = "is larger than the {limit} byte limit; raise --max-bytes to clean it anyway"
NOT_REGULAR = "is not a regular file; pass a file, a folder or '-' for standard input"
NUL_IN_NAME = "has a NUL byte in its name, which no file can have; check the list of paths"
STDIN_CLOSED = "standard input is closed; pipe text in, or give a path"


class ArticleCleanError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(ArticleCleanError):
    """An input could not be read or is not an article: empty, binary, undecodable.

    ``str(error)`` is the one-line message the CLI prints.
    """

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ConfigError(ArticleCleanError):
    """A configuration value is invalid: names the file, the key and what is allowed."""
