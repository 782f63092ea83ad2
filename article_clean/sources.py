"""What to read: files, folders, globs, standard input and lists of paths.

:func:`iter_sources` turns what the user typed into a stream of
:class:`Source` records, lazily, so that a folder of a million files costs no
memory up front. Problems with a path (missing, unreadable folder) come out
of the stream as sources with ``error`` set: the caller reports them and goes on.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .errors import NOT_FOUND, NOT_READABLE, NUL_IN_NAME, TOO_LARGE, InputError

#: The files a folder walk picks up when no --include is given.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.txt.gz", "*.text.gz", "*.html.gz", "*.htm.gz")
#: The files a folder walk picks up for JSON Lines input (``--jsonl-field``).
JSONL_INCLUDE = ("*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz")
_GLOB_CHARS = frozenset("*?[")
NOTHING_IN_FOLDER = "is a directory with no files to clean in it (looked for {patterns}); check the path or --include"
NO_MATCH = "matches no file; check the pattern (quote it so that the shell leaves it alone)"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a path (or ``-``), the folder it was found under, and any error finding it."""

    path: str
    root: str | None = None  #: the folder given on the command line, for mirroring the tree
    error: str | None = None

    @property
    def relative(self) -> str:
        """The path below its root folder, or the file name for a file given directly."""
        if self.root is None or self.path == "-":
            return os.path.basename(self.path) or self.path
        return os.path.relpath(self.path, self.root)


@dataclass(frozen=True)
class Selection:
    """Which files a folder walk or glob keeps."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    hidden: bool = False

    def keeps(self, path: str, name: str | None = None) -> bool:
        """True when the file at ``path`` (named ``name``, its last part) is taken.

        >>> Selection(exclude=("*/drafts/*",)).keeps("scraped/a.txt.gz"), Selection(exclude=("*/drafts/*",)).keeps("scraped/drafts/a.txt")
        (True, False)
        """
        name = os.path.basename(path) if name is None else name
        if not self.hidden and name.startswith("."):
            return False
        if self.exclude and (self._excluded(name) or self._excluded(path)):
            return False
        return self._included(name) is not None

    @cached_property
    def _included(self) -> Callable[[str], object]:
        """A match of a name against every ``include`` glob at once."""
        return _any_of(self.include)

    @cached_property
    def _excluded(self) -> Callable[[str], object]:
        """A match of a name or path against every ``exclude`` glob at once."""
        return _any_of(self.exclude)


def _any_of(patterns: tuple[str, ...]) -> Callable[[str], object]:
    """One regex match for a set of globs, as :func:`fnmatch.fnmatch` reads each of them."""
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns) or "(?!)").match


def is_pattern(argument: str) -> bool:
    """True when ``argument`` is a glob to expand rather than a path that exists.

    >>> is_pattern("scraped/**/*.txt"), is_pattern("page.txt")
    (True, False)
    """
    return bool(_GLOB_CHARS & set(argument)) and not os.path.lexists(argument)


def read_path_list(handle: IO[bytes], null: bool) -> Iterator[str]:
    """Paths from ``--files-from``: one a line, or NUL-separated with ``-0``; blank entries skipped."""
    separator = b"\0" if null else b"\n"
    pending = b""
    while True:
        chunk = handle.read(1 << 16)
        if not chunk:
            break
        pending += chunk
        *complete, pending = pending.split(separator)
        for entry in complete:
            entry = entry if null else entry.rstrip(b"\r")
            if entry.strip():
                yield os.fsdecode(entry)
    if pending.strip(b"\r\n" if not null else b""):
        yield os.fsdecode(pending if null else pending.rstrip(b"\r"))


def iter_sources(arguments: Iterable[str], selection: Selection = Selection()) -> Iterator[Source]:
    """Expand paths, folders and globs into sources, in a stable order.

    A file named directly is always taken, whatever its extension; folders and
    globs keep only what ``selection`` keeps.
    """
    for argument in arguments:
        if argument == "-":
            yield Source("-")
            continue
        if is_pattern(argument):
            root = glob_root(argument)
            pattern = glob_regex(argument)
            found = False
            for source in walk(root, Selection(include=("*",), exclude=selection.exclude, hidden=selection.hidden)):
                if source.error or pattern.fullmatch(os.path.normpath(source.path)):
                    found = True
                    yield source
            if not found:
                yield Source(argument, error=NO_MATCH)
            continue
        try:
            info = os.stat(argument)
        except FileNotFoundError:
            yield Source(argument, error=NOT_FOUND)
            continue
        except OSError as error:
            yield Source(argument, error=NOT_READABLE.format(reason=error.strerror))
            continue
        except ValueError:
            yield Source(argument, error=NUL_IN_NAME)
            continue
        if stat.S_ISDIR(info.st_mode):
            found = False
            for source in walk(argument, selection):
                found = True
                yield source
            if not found:
                yield Source(argument, error=NOTHING_IN_FOLDER.format(patterns=", ".join(selection.include)))
        else:
            yield Source(argument)


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over whole paths: ``**/`` spans folders, ``*`` and ``?`` do not.

    Our own walk, not :func:`glob.iglob`, so that a symlink loop cannot trap it.

    >>> bool(glob_regex("scraped/**/*.txt").fullmatch("scraped/a/b/c.txt"))
    True
    >>> bool(glob_regex("scraped/*.txt").fullmatch("scraped/a/c.txt"))
    False
    """
    pattern = os.path.normpath(pattern)
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2:]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1:end].replace("\\", "\\\\")
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def glob_root(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: what the output tree mirrors."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def walk(root: str, selection: Selection) -> Iterator[Source]:
    """Files below ``root``, sorted, following symlinks to folders but never around a loop."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
        except OSError as error:
            yield Source(folder, root=root, error=f"cannot be read ({error.strerror})")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            continue  # a symlink loop, or a folder reached twice
        seen.add(key)
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda entry: entry.name)
        except OSError as error:
            yield Source(folder, root=root, error=f"cannot be listed ({error.strerror}); check its permissions")
            continue
        subfolders = []
        for entry in listing:
            if not selection.hidden and entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry.path)
            elif selection.keeps(entry.path, entry.name):
                yield Source(entry.path, root)
        stack.extend(reversed(subfolders))


def replayable(paths: Iterable[str]) -> Callable[[], Iterator[str]]:
    """A function that gives ``paths`` each time it is called, for runs that read their inputs twice.

    The first call streams ``paths`` and copies them, NUL-separated, to a
    temporary file; later calls read that file back, so a list piped in on
    standard input is read once and held on disk, not in memory.

    >>> again = replayable(iter(["a.txt", "b c.txt"]))
    >>> list(again()), list(again())
    (['a.txt', 'b c.txt'], ['a.txt', 'b c.txt'])
    """
    import tempfile

    spool = tempfile.TemporaryFile()
    complete = False

    def again() -> Iterator[str]:
        nonlocal complete
        if complete:
            spool.seek(0)
            yield from read_path_list(spool, null=True)
            return
        for path in paths:
            spool.write(os.fsencode(path) + b"\0")
            yield path
        complete = True

    return again


def iter_jsonl(path: str, max_bytes: int) -> Iterator[tuple[int, bytes | InputError]]:
    """The non-blank lines of a JSON Lines file with their line numbers, streamed.

    ``.gz`` files are decompressed on the fly; ``-`` is standard input. A line
    longer than ``max_bytes`` comes out as an :class:`InputError` naming it, and
    the lines after it are still read. An unreadable file raises InputError.
    """
    import gzip
    import sys
    import zlib

    try:
        raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as error:
        problem = NOT_FOUND if isinstance(error, FileNotFoundError) else NOT_READABLE.format(reason=error.strerror)
        raise InputError(path, problem) from None
    try:
        handle = gzip.GzipFile(fileobj=raw) if path.endswith(".gz") else raw
        number = 0
        while line := handle.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield number, InputError(f"{path}:{number}", TOO_LARGE.format(limit=max_bytes))
            elif line.strip():
                yield number, line
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputError(path, f"is not a valid gzip file ({error}); decompress or replace it") from None
    except OSError as error:
        raise InputError(path, NOT_READABLE.format(reason=error.strerror or error)) from None
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()
