"""What the Dask bags hold: an article's JSON object, or the failure record of an input."""

from __future__ import annotations

from typing import Callable

from ..batch.outcome import problem_of, require_accounted
from ..model import Article


class ArticleDict(dict):
    """An article's JSON object (``Article.to_dict()``) that also knows its input's size, for the report."""

    __slots__ = ("input_bytes",)

    def __init__(self, data=(), input_bytes: int = 0):
        super().__init__(data)
        self.input_bytes = input_bytes


def failure(source: str, problem: str) -> dict[str, str]:
    """The record of an input that could not be cleaned, as the batch report lists it.

    >>> failure("scraped/a.txt", "is empty; nothing to clean")
    {'source': 'scraped/a.txt', 'problem': 'is empty; nothing to clean'}
    """
    return {"source": source, "problem": problem}


def is_failure(record: dict) -> bool:
    """True for a failure record, False for an article (every article has a ``schema``).

    >>> is_failure(failure("a.txt", "is empty")), is_failure({"schema": "article-clean/1", "source": "a.txt"})
    (True, False)
    """
    return "schema" not in record and "problem" in record


def outcome(source: str, clean: Callable[[], tuple[Article, int]], strict_accounting: bool) -> dict:
    """Clean one input: its article dict, or its failure record with the batch run's problem text."""
    try:
        article, size = clean()
        if strict_accounting:
            require_accounted(article, source)
    except Exception as error:  # one input must not end a run of millions
        return failure(source, problem_of(error))
    return ArticleDict(article.to_dict(), size)
