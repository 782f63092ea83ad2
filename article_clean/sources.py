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
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import NOT_FOUND

#: The files a folder walk picks up when no --include is given.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.txt.gz", "*.text.gz", "*.html.gz", "*.htm.gz")
_GLOB_CHARS = frozenset("*?[")


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

    def keeps(self, path: str) -> bool:
        name = os.path.basename(path)
        if not self.hidden and name.startswith("."):
            return False
        if any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern) for pattern in self.exclude):
            return False
        return any(fnmatch.fnmatch(name, pattern) for pattern in self.include)


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
        if not os.path.lexists(argument) and _GLOB_CHARS & set(argument):
            root = _glob_root(argument)
            pattern = glob_regex(argument)
            for source in walk(root, Selection(include=("*",), exclude=selection.exclude, hidden=selection.hidden)):
                if source.error or pattern.fullmatch(os.path.normpath(source.path)):
                    yield source
            continue
        try:
            info = os.stat(argument)
        except FileNotFoundError:
            yield Source(argument, error=NOT_FOUND)
            continue
        except OSError as error:
            yield Source(argument, error=f"cannot be read ({error.strerror}); check its permissions")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from walk(argument, selection)
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


def _glob_root(pattern: str) -> str:
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
            elif selection.keeps(entry.path):
                yield Source(entry.path, root=root)
        stack.extend(reversed(subfolders))
