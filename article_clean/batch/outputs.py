"""Where rendered articles go: one output stream, one file per input, or one file per JSON Lines input.

Every file is written whole or not at all (:mod:`article_clean.atomic`).
"""

from __future__ import annotations

import os
from typing import Callable

from ..atomic import AtomicFile
from ..writers import Writer
from .inputs import Unit
from .plan import Plan


def write_whole(path: str, text: str, fsync: bool) -> None:
    """Write a whole output file atomically; a half-written one never appears."""
    output = AtomicFile(path, fsync)
    try:
        output.write(text)
    except BaseException:
        output.abort()
        raise
    output.commit()


def remove_temporaries(path: str) -> None:
    """Remove what a killed worker left of an output: its temporary files."""
    folder, name = os.path.split(path)
    try:
        with os.scandir(folder or ".") as entries:
            for entry in entries:
                if entry.name.startswith(f".{name}.") and entry.name.endswith(".tmp"):
                    os.unlink(entry.path)
    except OSError:
        pass


class Stream:
    """Rendered articles into one stream, with the writer's opening, separators and closing."""

    def __init__(self, writer: Writer, many: bool, emit: Callable[[str], None]):
        self.opening, self.separator, self.closing = writer.join if many else ("", "", "\n")
        self.emit = emit
        self.count = 0

    def add(self, text: str) -> None:
        """Append one rendered article."""
        self.emit((self.separator if self.count else self.opening) + text)
        self.count += 1

    def close(self) -> None:
        """End the stream; an empty one stays empty."""
        if self.count:
            self.emit(self.closing)


class Sink:
    """Where results go in this process: the output stream, or one file per JSON Lines input."""

    def __init__(self, plan: Plan, emit: Callable[[str], None] | None):
        self.plan = plan
        self.stream = Stream(plan.writer, plan.many, emit) if emit else None
        self.files: dict[str, tuple[AtomicFile, Stream]] = {}

    def put(self, unit: Unit, text: str | None) -> None:
        """Take the result of one unit: its rendered article, or None when it has none."""
        if self.plan.jsonl_field and unit.out:
            self._record(unit, text)
        elif text is not None and self.stream:
            self.stream.add(text)

    def _record(self, unit: Unit, text: str | None) -> None:
        entry = self.files.get(unit.out)
        if unit.broken:
            if entry:
                del self.files[unit.out]
                entry[0].abort()
            return
        if entry is None and text is not None:
            output = AtomicFile(unit.out, self.plan.fsync)
            entry = self.files[unit.out] = (output, Stream(self.plan.writer, True, output.write))
        if entry and text is not None:
            entry[1].add(text)
        if entry and unit.last:
            del self.files[unit.out]
            entry[1].close()
            entry[0].commit()

    def close(self, complete: bool) -> None:
        """Finish the stream; record files not complete are removed, never left half-written."""
        for output, stream in self.files.values():
            if complete:
                stream.close()
                output.commit()
            else:
                output.abort()
        self.files.clear()
        if self.stream:
            self.stream.close()
