"""The best stretch of a row of weights: the one search that both page readers use to find an article,
and the earlier stretch a scrolling page opened on."""

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


#: An earlier stretch with at least this share of the best one's total is the page's own article:
#: a page that scrolls on into the next stories prints them below it.
EARLIER_SHARE = 0.4


def best_span(weights: list[float]) -> tuple[int, int]:
    """The first and last index of the stretch with the highest total.

    >>> best_span([-5, 3, -1, 4, -9, 2])
    (1, 3)
    """
    start, end = best_stretch(weights)
    return start, end - 1


def total_of(weighed: list[float], first: int, last: int) -> float:
    return sum(weighed[first:last + 1])


def best_within(weighed: list[float], start: int, end: int) -> tuple[int, int, float]:
    """The best stretch of ``weighed[start:end]``: its first and last index in ``weighed``, and its total."""
    first, last = best_span(weighed[start:end])
    return first + start, last + start, total_of(weighed, first + start, last + start)


def earliest_span(weighed: list[float]) -> tuple[int, int]:
    """The best stretch, or an earlier one nearly as good: the story a scrolling page opened on.

    >>> earliest_span([50.0, -100.0, 30.0, -5.0, 30.0]), earliest_span([10.0, -100.0, 30.0, -5.0, 30.0])
    ((0, 0), (2, 4))
    """
    first, last = best_span(weighed)
    while first > 0:
        above, end, total = best_within(weighed, 0, first)
        if end < above or total < EARLIER_SHARE * total_of(weighed, first, last):
            break
        first, last = above, end
    return first, last
