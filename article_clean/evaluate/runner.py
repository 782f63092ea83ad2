"""Run the pipeline over the pages of a manifest and score each against its labels."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputError
from ..model import Article
from ..options import Options
from ..pipeline import run
from ..reader import read_bytes
from .manifest import Page, read_manifest
from .report import Report
from .scoring import score_page

#: Called after each page with the number of pages done and the number in all.
Progress = Callable[[int, int], None]


def select(pages: Iterable[Page], kind: str, split: str | None, limit: int | None) -> tuple[list[Page], int]:
    """The pages of ``split`` that come as ``kind``, at most ``limit`` of them; and how many lacked ``kind``."""
    in_split = [page for page in pages if split is None or page.split == split]
    kept = [page for page in in_split if kind in page.inputs]
    return kept[:limit], len(in_split) - len(kept)


def clean_page(path: Path, options: Options) -> tuple[Article | None, str | None, float]:
    """The article of one page, the error that stopped it, and the seconds the cleaning took."""
    try:
        data = read_bytes(path, options.max_bytes)
    except InputError as error:
        return None, str(error), 0.0
    start = time.perf_counter()
    try:
        article = run(data, str(path), options)
    except InputError as error:
        return None, str(error), time.perf_counter() - start
    return article, None, time.perf_counter() - start


def evaluate(
    manifest: str | Path,
    kind: str = "text",
    split: str | None = None,
    limit: int | None = None,
    options: Options | None = None,
    progress: Progress | None = None,
) -> Report:
    """Clean each selected page of ``manifest`` from its ``kind`` input and score it."""
    pages, skipped = select(read_manifest(manifest), kind, split, limit)
    options = replace(options or Options(), input_format=kind)
    scores = []
    seconds = 0.0
    for done, page in enumerate(pages, start=1):
        article, error, spent = clean_page(page.inputs[kind], options)
        seconds += spent
        scores.append(score_page(page, article, error))
        if progress:
            progress(done, len(pages))
    return Report(str(manifest), kind, split, tuple(scores), seconds, skipped)
