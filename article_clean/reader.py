"""Read one input into bytes, turning every OS failure into an :class:`InputError`."""

from __future__ import annotations

import errno
import gzip
import os
import stat
import sys
import zlib
from functools import partial
from pathlib import Path
from typing import Callable

from .errors import IS_DIRECTORY, NOT_FOUND, NOT_READABLE, NOT_REGULAR, NUL_IN_NAME, STDIN_CLOSED, TOO_LARGE, InputError

_CHUNK = 1 << 20


def read_bytes(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``-`` is standard input), at most ``max_bytes`` of them.

    ``.gz`` files are decompressed, and the limit applies to what they expand to.
    """
    name = os.fsdecode(path)
    if name == "-":
        return _read_stdin(max_bytes)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, NOT_FOUND) from None
    except OSError as error:
        raise InputError(name, NOT_READABLE.format(reason=error.strerror or error)) from None
    except ValueError:
        raise InputError(name, NUL_IN_NAME) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, IS_DIRECTORY)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, NOT_REGULAR)
    compressed = name.endswith(".gz")
    if not compressed and info.st_size > max_bytes:
        raise InputError(name, TOO_LARGE.format(limit=max_bytes))
    try:
        if not compressed:
            return _read_file(path, name, info.st_size, max_bytes)
        with open(path, "rb") as handle, gzip.GzipFile(fileobj=handle) as unzipped:
            return _read_limited(unzipped.read, name, max_bytes)
    except InputError:
        raise
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputError(name, f"is not a valid gzip file ({error}); decompress or replace it") from None
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno == errno.EISDIR:
            raise InputError(name, IS_DIRECTORY) from None
        raise InputError(name, NOT_READABLE.format(reason=reason)) from None


def _read_file(path: str | Path, name: str, size: int, max_bytes: int) -> bytes:
    """A file measured at ``size`` bytes, in as few system calls as can be: one read for
    its bytes, one to find its end; a file that grew since is read on, to ``max_bytes``."""
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return _read_limited(partial(os.read, descriptor), name, max_bytes, first=size + 1)
    finally:
        os.close(descriptor)


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input, at most ``max_bytes`` of it; a closed or broken one is an InputError."""
    if sys.stdin is None:
        raise InputError("-", STDIN_CLOSED)
    try:
        return _read_limited(sys.stdin.buffer.read, "-", max_bytes)
    except OSError as error:
        raise InputError("-", NOT_READABLE.format(reason=error.strerror or error)) from None


def _read_limited(read: Callable[[int], bytes], name: str, max_bytes: int, first: int = _CHUNK) -> bytes:
    """Call ``read(n)`` until it gives nothing, ``first`` bytes asked for the first time, at most
    ``max_bytes`` in all; one byte more is an error, never a silent cut."""
    chunks = []
    total = 0
    want = first
    while chunk := read(min(want, max_bytes + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(name, TOO_LARGE.format(limit=max_bytes))
        want = _CHUNK
    return b"".join(chunks)  # one chunk: that very object, not a copy
