"""Files written whole or not at all: a temporary name in the same folder, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


_UMASK = _umask()
#: How a temporary file's name ends; it begins with :func:`_prefix`.
_SUFFIX = ".tmp"


def _prefix(name: str) -> str:
    """How the temporary files of the file named ``name`` begin: hidden, beside it."""
    return f".{name}."


class AtomicFile:
    """A file written under a temporary name in its own folder, renamed into place on commit.

    A run that is stopped or killed leaves either the whole file or none of it.
    """

    def __init__(self, path: str | Path, fsync: bool = True):
        self.path = Path(path)
        self.fsync = fsync
        try:
            descriptor, self.temporary = self._make_temporary()
        except FileNotFoundError:  # its folder is not there yet: made only then, not asked for every file
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, self.temporary = self._make_temporary()
        os.fchmod(descriptor, 0o666 & ~_UMASK)  # as open() would make it, not mkstemp's 0600
        self.handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")

    def _make_temporary(self) -> tuple[int, str]:
        """A new temporary file beside :attr:`path`: its descriptor and its name."""
        return tempfile.mkstemp(prefix=_prefix(self.path.name), suffix=_SUFFIX, dir=self.path.parent)

    def write(self, text: str | bytes) -> None:
        """Append ``text``; bytes are UTF-8."""
        self.handle.write(text if isinstance(text, str) else text.decode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        """Append ``data`` as it is: a file rewritten in its own encoding."""
        self.handle.flush()
        self.handle.buffer.write(data)

    def commit(self) -> None:
        """Flush, sync (with ``fsync``) and rename the file into place; on failure, remove it."""
        try:
            self.handle.flush()
            if self.fsync:
                os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temporary, self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Remove the temporary file: nothing is written."""
        try:
            self.handle.close()
        except OSError:
            pass  # on a full disk close() fails to flush again; the file goes all the same
        try:
            os.unlink(self.temporary)
        except OSError:
            pass


def atomic_write(path: str | Path, text: str | bytes, mode: int | None = None, fsync: bool = True,
                 exact: bool = False) -> None:
    """Write ``text`` (bytes are UTF-8) to ``path`` atomically; ``mode`` keeps a rewritten file's permissions.
    With ``exact``, bytes are written as they are, in whatever encoding (a file fixed in its own)."""
    output = AtomicFile(path, fsync)
    try:
        if mode is not None:
            os.chmod(output.temporary, mode)
        output.write_bytes(text) if exact and isinstance(text, bytes) else output.write(text)
    except BaseException:
        output.abort()
        raise
    output.commit()


def remove_temporaries(path: str) -> None:
    """Remove what a killed process left of the file at ``path``: its temporary files."""
    folder, name = os.path.split(path)
    prefix = _prefix(name)
    try:
        with os.scandir(folder or ".") as entries:
            for entry in entries:
                if entry.name.startswith(prefix) and entry.name.endswith(_SUFFIX):
                    os.unlink(entry.path)
    except OSError:
        pass
