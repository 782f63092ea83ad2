"""The library's Dask bags: files or texts to article dicts, pass 1 as a lazy Profile, and the lazy report."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Iterable

import dask
import dask.bag as db

from ..batch import Plan, State
from ..options import Options
from ..profile import Profile
from ..sources import Selection
from .inputs import BLOCKSIZE, find_inputs, partitions
from .report import merge_summaries, summarize_partition
from .tally import Tally, total
from .workers import clean_items, clean_partition, tally_partition

if TYPE_CHECKING:
    from dask.bag import Bag, Item
    from dask.delayed import Delayed

#: Partitions summed by one task of a reduction (pass 1, and the report).
SPLIT_EVERY = 8


def _files(urlpath: str | Iterable[str], options: Options, blocksize: int | str, selection: Selection | None,
           jsonl_field: str | None, storage_options: dict | None) -> Bag:
    """The files that ``urlpath`` names, listed now: a bag whose every partition is one group of units."""
    groups = partitions(find_inputs(urlpath, options, selection, jsonl_field, storage_options), blocksize)
    return db.from_sequence(groups, npartitions=len(groups))


def _state(options: Options | None, plan: Plan, profile: Profile | Item | None) -> Delayed:
    """The options, plan and profile as one task: each worker fetches it once, however many partitions it runs."""
    return dask.delayed(State, pure=True)(options or Options(), plan, profile)


def clean_bag(bag: Bag, options: Options | None = None, *, profile: Profile | Item | None = None,
              field: str = "text", strict_accounting: bool = False) -> Bag:
    """Map a bag of texts (str or bytes), or of ``{id, text, ...}`` records, to article dicts.

    A record's other fields come first in its article, as ``--jsonl-field``
    keeps them; its ``url`` names its site for ``profile``. An input that cannot
    be cleaned gives a failure record (see :func:`is_failure`).
    """
    state = _state(options, Plan(timeout=0, jsonl_field=field, strict_accounting=strict_accounting), profile)
    return bag.map_partitions(clean_items, state)


def clean_files(urlpath: str | Iterable[str], options: Options | None = None, blocksize: int | str = BLOCKSIZE, *,
                profile: Profile | Item | None = None, selection: Selection | None = None,
                jsonl_field: str | None = None, strict_accounting: bool = False,
                storage_options: dict | None = None) -> Bag:
    """A bag of article dicts, ``source`` set, for the files that ``urlpath`` names.

    ``urlpath`` is a path, folder, glob or fsspec URL, or a list of them; files
    are listed now, and read on the workers. ``blocksize`` is the input bytes per
    partition. With ``jsonl_field`` the files are JSON Lines, and that field of
    each record is cleaned. ``profile`` may be a Profile or the lazy result of
    :func:`learn_profile`. Each input that cannot be cleaned gives a failure record.
    """
    options = options or Options()
    plan = Plan(timeout=0, jsonl_field=jsonl_field, strict_accounting=strict_accounting)
    files = _files(urlpath, options, blocksize, selection, jsonl_field, storage_options)
    return files.map_partitions(clean_partition, _state(options, plan, profile), storage_options or {})


def learn_profile(urlpath: str | Iterable[str], options: Options | None = None, blocksize: int | str = BLOCKSIZE, *,
                  selection: Selection | None = None, jsonl_field: str | None = None,
                  storage_options: dict | None = None) -> Item:
    """Pass 1 on the cluster, as a lazy Profile: the lines that most documents of each site repeat.

    Each partition counts its lines with the batch run's Learner; a tree
    reduction sums the counts, and the batch run's thresholds pick the lines.
    """
    options = options or Options()
    plan = Plan(timeout=0, jsonl_field=jsonl_field)
    tally = (_files(urlpath, options, blocksize, selection, jsonl_field, storage_options)
             .map_partitions(tally_partition, _state(options, plan, None), storage_options or {})
             .reduction(total, total, split_every=SPLIT_EVERY, name="article-clean-learn"))
    return tally.apply(partial(Tally.profile, options=options))


def summarize(bag: Bag) -> Item:
    """The batch report of a bag of article dicts and failure records, as a lazy Summary."""
    return bag.reduction(summarize_partition, merge_summaries, split_every=SPLIT_EVERY, name="article-clean-summary")
