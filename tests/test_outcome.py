"""The outcome of one input is told the same way by the batch worker and the Dask engine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import article_clean
from article_clean.batch.outcome import BUG, UNACCOUNTED, Counts, problem_of, require_accounted
from article_clean.errors import InputError

CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir() if (path / "input.txt").exists()))
def test_an_article_and_its_json_are_counted_alike(case):
    data = (CASES / case / "input.txt").read_bytes()
    article = article_clean.clean(data)
    as_article, as_dict = Counts(), Counts()
    as_article.add_article(article, len(data))
    as_dict.add_dict(article.to_dict(), len(data))
    assert as_article.stats() == as_dict.stats()
    assert sum(as_article.stats().removed.values()) == len(article.removed)


def test_counts_add_up_articles_with_and_without_flags():
    counts = Counts()
    counts.add(["AC201", "AC202"], ["page-chrome"], 10)
    counts.add([], [], 5)
    stats = counts.stats()
    assert (stats.cleaned, stats.flagged, stats.bytes) == (2, 1, 15)
    assert stats.flags == {"AC201": 1, "AC202": 1} and stats.removed == {"page-chrome": 1}


def test_a_problem_is_the_input_error_s_own_words_or_a_bug():
    assert problem_of(InputError("a.txt", "is empty")) == "is empty"
    assert problem_of(ValueError("boom")) == BUG.format(error="ValueError: boom")


def test_unaccounted_lines_fail_with_the_first_of_them():
    article = article_clean.clean("Title\n\nA body line that stays here for good.\n")
    require_accounted(article, "a.txt")  # every line accounted for: no error
    lost = dataclasses.replace(article, body=())
    with pytest.raises(InputError) as raised:
        require_accounted(lost, "a.txt")
    assert raised.value.problem == UNACCOUNTED.format(count=1, first=3)
