"""The best stretch of a row of weights: the one search that both page readers use to find an article."""

from __future__ import annotations


def best_stretch(values: list[float], first: int = 0, last: int | None = None, *,
                 leading_zeros: bool = False) -> tuple[int, int]:
    """The stretch ``[start, end)`` of ``values[first:last]`` with the highest sum (Kadane's algorithm).

    With ``leading_zeros``, values that weigh nothing at the start of the stretch join it; without,
    the stretch starts at its first positive value. Values that weigh nothing at its end never join.
    An empty row gives the empty stretch ``(first, first)``.

    >>> best_stretch([-5.0, 0.0, 3.0, -1.0, 4.0, -9.0, 2.0, 0.0])
    (2, 5)
    >>> best_stretch([-5.0, 0.0, 3.0, -1.0, 4.0, -9.0, 2.0, 0.0], leading_zeros=True)
    (1, 5)
    """
    last = len(values) if last is None else last
    best, best_range = float("-inf"), (first, first)
    total, start = 0.0, first
    for index in range(first, last):
        if total < 0 or (total == 0 and not leading_zeros):
            total, start = 0.0, index
        total += values[index]
        if total > best:
            best, best_range = total, (start, index + 1)
    return best_range
