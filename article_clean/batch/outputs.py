"""Where rendered articles go: one output stream, one file per input, or one file per JSON Lines input.

Every file is written whole or not at all (:mod:`article_clean.atomic`).
"""

from __future__ import annotations

from typing import Callable

from ..atomic import AtomicFile
from ..writers import Writer
from .inputs import Unit
from .plan import Plan


class Stream:
    """Rendered articles into one stream of bytes, with the writer's opening, separators and closing."""

    def __init__(self, writer: Writer, many: bool, emit: Callable[[bytes], None]):
        joints = writer.join if many else ("", "", "\n")
        self.opening, self.separator, self.closing = (joint.encode("utf-8") for joint in joints)
        self.emit = emit
        self.count = 0

    def add(self, data: bytes) -> None:
        """Append one rendered article."""
        self.extend([data])

    def extend(self, datas: list[bytes]) -> None:
        """Append rendered articles, in one piece."""
        if not datas:
            return
        parts = [self.separator] * (2 * len(datas))
        parts[0] = self.separator if self.count else self.opening
        parts[1::2] = datas
        self.emit(b"".join(parts))
        self.count += len(datas)

    def close(self) -> None:
        """End the stream; an empty one stays empty."""
        if self.count:
            self.emit(self.closing)


class Sink:
    """Where results go in this process: the output stream, or one file per JSON Lines input."""

    def __init__(self, plan: Plan, emit: Callable[[bytes], None] | None):
        self.plan = plan
        self.stream = Stream(plan.writer, plan.many, emit) if emit else None
        self.files: dict[str, tuple[AtomicFile, Stream]] = {}

    def take(self, chunk: list[Unit], datas: list[bytes | None]) -> None:
        """Take the rendered articles of a chunk, None for a unit that has none."""
        if self.plan.record_files:
            for unit, data in zip(chunk, datas):
                if unit.out:
                    self._record(unit, data)
        elif self.stream:
            self.stream.extend([data for data in datas if data is not None])

    def _record(self, unit: Unit, data: bytes | None) -> None:
        """Add a record's article to the file of its input; commit the file at its last record."""
        entry = self.files.get(unit.out)
        if unit.broken:
            if entry:
                del self.files[unit.out]
                entry[0].abort()
            return
        if entry is None and data is not None:
            output = AtomicFile(unit.out, self.plan.fsync)
            entry = self.files[unit.out] = (output, Stream(self.plan.writer, True, output.write))
        if entry and data is not None:
            entry[1].add(data)
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
