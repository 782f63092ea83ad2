"""Units in chunks for the workers, each sized from how long the last ones took.

A chunk costs the same to send whether it holds one input or hundreds, so
fast inputs go in large chunks; slow ones in small chunks, so that results
still stream, progress moves, and little waits in memory.
"""

from __future__ import annotations

from typing import Iterable

from .inputs import Unit

#: A chunk should keep a worker busy about this long.
CHUNK_SECONDS = 0.05
#: Inputs in each chunk before any has come back: the first results come soon.
FIRST_CHUNK_UNITS = 4
#: Inputs in a chunk at most, however fast they are: bounds what waits in memory. Beyond
#: some 50, larger chunks save no time that can be measured.
MAX_CHUNK_UNITS = 64
#: Record bytes per chunk, so that a chunk of large records stays small.
CHUNK_BYTES = 1 << 20


class Chunks:
    """An iterator of chunks of ``units``; :meth:`took` tells it how long a chunk took."""

    def __init__(self, units: Iterable[Unit]):
        self.units = iter(units)
        self.size = FIRST_CHUNK_UNITS
        self.per_unit: float | None = None  #: seconds per input, smoothed

    def __iter__(self) -> Chunks:
        return self

    def __next__(self) -> list[Unit]:
        chunk: list[Unit] = []
        size = 0
        for unit in self.units:
            chunk.append(unit)
            if unit.record is not None:
                size += len(unit.record)
            if len(chunk) >= self.size or size >= CHUNK_BYTES:
                break
        if not chunk:
            raise StopIteration
        return chunk

    def took(self, count: int, seconds: float) -> None:
        """A chunk of ``count`` inputs took ``seconds``: size the next ones to take :data:`CHUNK_SECONDS`.

        >>> chunks = Chunks([])
        >>> chunks.took(4, 0.004); chunks.size  # 1 ms an input
        50
        >>> chunks.took(10, 0.0); chunks.size  # ever so fast: MAX_CHUNK_UNITS
        64
        >>> chunks.took(2, 4.0); chunks.size  # slow ones: one at a time
        1
        """
        if count <= 0:
            return
        latest = seconds / count
        self.per_unit = latest if self.per_unit is None else (self.per_unit + latest) / 2
        self.size = max(1, min(MAX_CHUNK_UNITS, int(CHUNK_SECONDS / self.per_unit) if self.per_unit else MAX_CHUNK_UNITS))
