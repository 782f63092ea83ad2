"""What runs on the Dask workers: a partition's files copied to local disk when remote, read, and cleaned
(or counted, for pass 1) exactly as the local batch run does it."""

from __future__ import annotations

import json
import os
import posixpath
import tempfile
from contextlib import contextmanager
from typing import Iterable, Iterator

from fsspec.core import url_to_fs

from ..batch import State, Unit, Units, clean_unit, learn_chunk
from ..errors import NOT_FOUND, NOT_READABLE, InputError
from ..model import Article
from ..profile import Learner, site_key
from ..sources import Source
from .inputs import is_url
from .records import failure, outcome
from .tally import Tally, of_learner


@contextmanager
def _on_local_disk(unit: Unit, storage_options: dict) -> Iterator[Unit]:
    """The unit, with a remote file first copied into a temporary folder under its own
    name (so ``.gz`` and ``.jsonl`` still say what it is). Raises InputError."""
    if not is_url(unit.path):
        yield unit
        return
    with tempfile.TemporaryDirectory(prefix="article-clean-") as folder:
        local = os.path.join(folder, posixpath.basename(unit.path.rstrip("/")) or "input")
        try:
            fs, path = url_to_fs(unit.path, **storage_options)
            fs.get_file(path, local)
        except FileNotFoundError:
            raise InputError(unit.source, NOT_FOUND) from None
        except Exception as error:  # each storage raises its own kinds
            reason = getattr(error, "strerror", None) or error
            raise InputError(unit.source, NOT_READABLE.format(reason=reason)) from None
        yield unit._replace(path=local)


def _readable(units: Iterable[Unit], state: State, storage_options: dict) -> Iterator[Unit]:
    """Units whose file is on this worker's disk while they are handled: a JSON Lines
    file as its records, named ``path:line`` like the batch run names them."""
    for unit in units:
        if unit.problem:
            yield unit
            continue
        try:
            with _on_local_disk(unit, storage_options) as local:
                if not state.plan.jsonl_field:
                    yield local
                    continue
                for record in Units(state.plan, state.options.max_bytes).records(Source(local.path), None):
                    yield record._replace(source=unit.source + record.source[len(local.path):], folder=unit.folder)
        except InputError as error:
            yield unit._replace(problem=error.problem)


def clean_partition(groups: list[list[Unit]], state: State, storage_options: dict) -> list[dict]:
    """Clean a partition's files (a one-element list: its group of units)."""
    strict = state.plan.strict_accounting
    out = []
    for group in groups:
        for unit in _readable(group, state, storage_options):
            if unit.problem:
                out.append(failure(unit.source, unit.problem))
            else:
                out.append(outcome(unit.source, lambda: clean_unit(unit, state), strict))
    return out


def clean_items(items: Iterable[str | bytes | dict], state: State) -> list[dict]:
    """Clean texts, or records with their text in ``state.plan.jsonl_field``."""
    out = []
    for item in items:
        if isinstance(item, dict):
            source = "-" if item.get("id") is None else str(item["id"])
            unit = Unit(0, source, source, "-", record=json.dumps(item, ensure_ascii=False).encode())
            out.append(outcome(source, lambda: clean_unit(unit, state), state.plan.strict_accounting))
        else:
            out.append(outcome("-", lambda: _clean_text(item, state), state.plan.strict_accounting))
    return out


def _clean_text(text: str | bytes, state: State) -> tuple[Article, int]:
    from ..pipeline import run

    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "replace"))
    return run(text, "-", state.options_for(site_key(None, "-"))), size


def tally_partition(groups: list[list[Unit]], state: State, storage_options: dict) -> list[Tally]:
    """Count a partition's lines with the batch run's Learner (exact duplicates once, rare lines forgotten)."""
    learner = Learner(min_documents=1, min_share=0.0)
    for group in groups:
        for unit in _readable(group, state, storage_options):
            found = learn_chunk([unit], state, lambda unit: True)[0]
            if found is not None:
                learner.add(*found)
    return [of_learner(learner, state.options)]
