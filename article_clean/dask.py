"""Clean corpora on a Dask cluster: the batch run's inputs, cleaning, profiles and report as Dask bags.

The whole run::

    paths, folders, globs (local, or fsspec URLs such as s3://...)
        -> one unit per file, in partitions of about ``blocksize`` input bytes
        -> on the workers: a remote file is copied to the worker's disk, then read,
           split into records (JSON Lines) and cleaned exactly as the local batch run
           does it, into one dict per input: the article, or a failure record
    learning: pass 1 counts each partition's repeated lines, a tree reduction sums
              them into a Profile; pass 2 sends it to each worker once, with the options

Failures are never dropped: an input that cannot be cleaned gives the record
``{"source": ..., "problem": ...}`` that the batch report lists, with the same
problem text. This module needs the ``dask`` extra; ``import article_clean``
never imports it.
"""

from __future__ import annotations

import json
import os
import posixpath
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import dask
import dask.bag as db
from dask.utils import parse_bytes
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from .atomic import atomic_write
from .batch import (BUG, MAX_FAILURES_KEPT, UNACCOUNTED, Plan, State, Stats, Summary, Unit, Units, clean_unit,
                    folder_of, learn_chunk)
from .batch.encode import encode_dict
from .errors import NOT_FOUND, NOT_READABLE, TOO_LARGE, ConfigError, InputError
from .model import Article
from .options import Options
from .profile import Learner, Profile, site_key
from .sources import (DEFAULT_INCLUDE, JSONL_INCLUDE, NO_MATCH, NOTHING_IN_FOLDER, Selection, Source, glob_root,
                      iter_sources)

if TYPE_CHECKING:
    from dask.bag import Bag, Item
    from dask.delayed import Delayed

#: Input bytes per partition: a few seconds of work for one core.
BLOCKSIZE = "4MiB"
#: A small corpus is still cut into this many partitions, so that every worker has some.
MIN_PARTITIONS = 32
#: Partitions summed by one task of the pass-1 reduction.
SPLIT_EVERY = 8
#: The file of partition N in the output folder.
PART = "part-{index:0{width}}.jsonl"

NO_FILESYSTEM = ("{url}: no filesystem can open this URL ({error}); install its fsspec package, "
                 "such as s3fs for s3:// or gcsfs for gs://")
OUT_DIR_TAKEN = ("{url} already holds part-*.jsonl files from an earlier run; choose an empty folder, "
                 "or remove them first")
_GLOB_CHARS = frozenset("*?[")


# --------------------------------------------------------------------------
# What the bags hold
# --------------------------------------------------------------------------


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


def _outcome(source: str, clean: Callable[[], tuple[Article, int]], strict_accounting: bool) -> dict:
    """Clean one input: its article dict, or its failure record with the batch run's problem text."""
    try:
        article, size = clean()
        if strict_accounting and (gaps := article.accounting()):
            return failure(source, UNACCOUNTED.format(count=len(gaps), first=gaps[0]))
    except InputError as error:
        return failure(source, error.problem)
    except Exception as error:  # one input must not end a run of millions
        return failure(source, BUG.format(error=f"{type(error).__name__}: {error}"))
    return ArticleDict(article.to_dict(), size)


# --------------------------------------------------------------------------
# Inputs: local paths as the batch run finds them, or fsspec URLs
# --------------------------------------------------------------------------


def is_url(path: str) -> bool:
    """True for an fsspec URL that is not a local file.

    >>> is_url("s3://bucket/crawl/*.jsonl"), is_url("scraped/a.txt"), is_url("file:///data/a.txt")
    (True, False, False)
    """
    protocol, separator, _ = path.partition("://")
    return bool(separator) and protocol != "file"


def find_inputs(paths: str | Iterable[str], options: Options, selection: Selection | None = None,
                jsonl_field: str | None = None, storage_options: dict | None = None) -> list[tuple[Unit, int]]:
    """One unit per input file, in the batch run's order, each with its size in bytes.

    Local paths are expanded as the batch run expands them (same walk, same
    names); a URL's folder or glob is listed through fsspec. A path that names
    nothing gives a unit with its problem set.
    """
    selection = selection or Selection(include=JSONL_INCLUDE if jsonl_field else DEFAULT_INCLUDE)
    local = Units(Plan(), options.max_bytes)
    found: list[tuple[Unit, int]] = []
    for path in [paths] if isinstance(paths, str) else paths:
        if is_url(path):
            found += _remote_inputs(path, selection, options.max_bytes, bool(jsonl_field), storage_options or {})
        else:
            path = path.removeprefix("file://")
            found += [(unit, _size(unit)) for unit in local(iter_sources([path], selection), Summary())]
    return found


def _size(unit: Unit) -> int:
    try:
        return 0 if unit.problem else os.stat(unit.path).st_size
    except OSError:
        return 0


def _remote_inputs(url: str, selection: Selection, max_bytes: int, jsonl: bool,
                   storage_options: dict) -> list[tuple[Unit, int]]:
    """The files a URL names (a file, a folder read recursively, or a glob), sorted, as units."""
    fs, path = filesystem(url, storage_options)
    try:
        if _GLOB_CHARS & set(path):
            root, listing = glob_root(path), fs.glob(path, detail=True)
            selection = Selection(include=("*",), exclude=selection.exclude, hidden=selection.hidden)
            missing = NO_MATCH
        elif fs.isdir(path):
            root, listing = path, fs.find(path, detail=True)
            missing = NOTHING_IN_FOLDER.format(patterns=", ".join(selection.include))
        else:
            root, listing, missing = None, {path: fs.info(path)}, NOT_FOUND
    except FileNotFoundError:
        return [(Unit(0, url, url, ".", problem=NOT_FOUND), 0)]
    except OSError as error:
        return [(Unit(0, url, url, ".", problem=NOT_READABLE.format(reason=error.strerror or error)), 0)]
    found = []
    for name in sorted(listing):
        info = listing[name]
        if info.get("type") != "file" or (root is not None and not _kept(name, root, selection)):
            continue
        size = int(info.get("size") or 0)
        too_large = not jsonl and not name.endswith(".gz") and size > max_bytes
        address = fs.unstrip_protocol(name)
        unit = Unit(0, address, address, folder_of(Source(name, root)),
                    problem=TOO_LARGE.format(limit=max_bytes) if too_large else None)
        found.append((unit, size))
    return found or [(Unit(0, url, url, ".", problem=missing), 0)]


def filesystem(url: str, storage_options: dict | None = None) -> tuple[object, str]:
    """The fsspec filesystem of a URL, and the path in it. Raises ConfigError when none can open it."""
    try:
        return url_to_fs(url, **(storage_options or {}))
    except (ImportError, ValueError) as error:
        raise ConfigError(NO_FILESYSTEM.format(url=url, error=error)) from None


def _kept(name: str, root: str, selection: Selection) -> bool:
    """Whether a folder walk keeps a listed file: hidden folders below the root are skipped too.

    >>> [_kept(f"bucket/crawl/{name}", "bucket/crawl", Selection()) for name in (".tmp/a.txt", "bss/a.txt")]
    [False, True]
    """
    relative = posixpath.relpath(name, root)
    if not selection.hidden and any(part.startswith(".") for part in relative.split("/")):
        return False
    return selection.keeps(name)


def partitions(inputs: list[tuple[Unit, int]], blocksize: int | str = BLOCKSIZE) -> list[list[Unit]]:
    """Units in input order, in groups of about ``blocksize`` bytes, and at least
    :data:`MIN_PARTITIONS` groups when there are that many units.

    >>> units = [(Unit(i, f"{i}.txt", f"{i}.txt", "."), 1000) for i in range(10_000)]
    >>> len(partitions(units, 100_000)), len(partitions(units, "4MiB"))  # 100 files each; at least 32
    (100, 32)
    """
    total = sum(size for _, size in inputs)
    target = max(1, min(parse_bytes(blocksize), total // MIN_PARTITIONS))
    groups: list[list[Unit]] = []
    group: list[Unit] = []
    filled = 0
    for unit, size in inputs:
        group.append(unit)
        filled += size
        if filled >= target:
            groups.append(group)
            group, filled = [], 0
    if group:
        groups.append(group)
    return groups or [[]]


# --------------------------------------------------------------------------
# On the workers
# --------------------------------------------------------------------------


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


def _clean_partition(groups: list[list[Unit]], state: State, storage_options: dict) -> list[dict]:
    """Clean a partition's files (a one-element list: its group of units)."""
    strict = state.plan.strict_accounting
    out = []
    for group in groups:
        for unit in _readable(group, state, storage_options):
            if unit.problem:
                out.append(failure(unit.source, unit.problem))
            else:
                out.append(_outcome(unit.source, lambda: clean_unit(unit, state), strict))
    return out


def _clean_items(items: Iterable[str | bytes | dict], state: State) -> list[dict]:
    """Clean texts, or records with their text in ``state.plan.jsonl_field``."""
    out = []
    for item in items:
        if isinstance(item, dict):
            source = "-" if item.get("id") is None else str(item["id"])
            unit = Unit(0, source, source, "-", record=json.dumps(item, ensure_ascii=False).encode())
            out.append(_outcome(source, lambda: clean_unit(unit, state), state.plan.strict_accounting))
        else:
            out.append(_outcome("-", lambda: _clean_text(item, state), state.plan.strict_accounting))
    return out


def _clean_text(text: str | bytes, state: State) -> tuple[Article, int]:
    from .pipeline import run

    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "replace"))
    return run(text, "-", state.options_for(site_key(None, "-"))), size


@dataclass
class Tally:
    """Pass 1 of some partitions: documents per site, and per site the documents each line stands in."""

    documents: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, other: Tally) -> Tally:
        self.documents.update(other.documents)
        for site, counts in other.lines.items():
            self.lines.setdefault(site, Counter()).update(counts)
        return self

    def profile(self, options: Options | None = None) -> Profile:
        """The lines learned from these counts, by the batch run's own Learner: same thresholds, same order.

        The Learner keeps a count that was never pruned as the count itself.
        """
        counts = {site: dict(lines) for site, lines in self.lines.items()}
        return Learner(documents=Counter(self.documents), _counts=counts).profile(options)


def _tally_partition(groups: list[list[Unit]], state: State, storage_options: dict) -> list[Tally]:
    """Count a partition's lines with the batch run's Learner (exact duplicates once, rare lines forgotten)."""
    learner = Learner(min_documents=1, min_share=0.0)
    for group in groups:
        for unit in _readable(group, state, storage_options):
            found = learn_chunk([unit], state, lambda unit: True)[0]
            if found is not None:
                learner.add(*found)
    every_line = learner.profile(state.options)
    return [Tally(Counter(learner.documents), {site.key: Counter(dict(site.lines)) for site in every_line.sites})]


def _sum(tallies: Iterable[Tally]) -> Tally:
    """The counts of several partitions added up."""
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


# --------------------------------------------------------------------------
# The bags
# --------------------------------------------------------------------------


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
    return bag.map_partitions(_clean_items, state)


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
    return files.map_partitions(_clean_partition, _state(options, plan, profile), storage_options or {})


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
             .map_partitions(_tally_partition, _state(options, plan, None), storage_options or {})
             .reduction(_sum, _sum, split_every=SPLIT_EVERY, name="article-clean-learn"))
    return tally.apply(partial(Tally.profile, options=options))


# --------------------------------------------------------------------------
# Output and the report
# --------------------------------------------------------------------------


def render(records: Iterable[dict], fmt: str = "jsonl") -> list[bytes]:
    """The articles among ``records`` as the ``json`` or ``jsonl`` writer renders them, in UTF-8;
    failure records are left out."""
    return [encode_dict(record, fmt) for record in records if not is_failure(record)]


def summarize_partition(records: Iterable[dict]) -> Summary:
    """The batch report's counts for some article dicts and failure records."""
    summary = Summary()
    cleaned = flagged = size = 0
    flags: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for record in records:
        if is_failure(record):
            summary.fail(record["source"], record["problem"])
            continue
        cleaned += 1
        size += getattr(record, "input_bytes", 0)
        codes = [flag["code"] for flag in record.get("flags") or ()]
        flagged += bool(codes)
        flags.update(codes)
        removed.update(removal["rule"] for removal in record.get("removed") or ())
    summary.add(Stats(cleaned, flagged, size, flags, removed))
    return summary


def merge_summaries(parts: Iterable[Summary], into: Summary | None = None) -> Summary:
    """Partition summaries added up, in order: the failures kept are the first ones, as in the batch report."""
    total = into if into is not None else Summary()
    for part in parts:
        total.add(Stats(part.cleaned, part.flagged, part.bytes, part.flags, part.removed))
        total.read += part.failed
        total.failed += part.failed
        total.reasons.update(part.reasons)
        total.failures += part.failures[:max(0, MAX_FAILURES_KEPT - len(total.failures))]
    return total


def summarize(bag: Bag) -> Item:
    """The batch report of a bag of article dicts and failure records, as a lazy Summary."""
    return bag.reduction(summarize_partition, merge_summaries, split_every=SPLIT_EVERY, name="article-clean-summary")


def to_jsonl(bag: Bag, urlpath: str, *, compute: bool = True,
             storage_options: dict | None = None) -> Summary | list[Delayed]:
    """Write the articles of ``bag`` as JSON Lines into the folder ``urlpath``: one
    ``part-NNNNN.jsonl`` per partition, each written whole or not at all.

    Failure records are not written; they are counted in the Summary returned.
    With ``compute=False``, one lazy Summary per partition, in order. Raises
    ConfigError when the folder already holds part files.
    """
    fs, folder = filesystem(urlpath, storage_options)
    if fs.exists(folder) and fs.glob(posixpath.join(folder, "part-*.jsonl")):
        raise ConfigError(OUT_DIR_TAKEN.format(url=urlpath))
    fs.makedirs(folder, exist_ok=True)
    width = max(5, len(str(bag.npartitions - 1)))
    write = dask.delayed(_write_partition, pure=True)
    tasks = [write(part, fs, posixpath.join(folder, PART.format(index=index, width=width)))
             for index, part in enumerate(bag.to_delayed())]
    if not compute:
        return tasks
    return merge_summaries(dask.compute(*tasks))


def _write_partition(records: list[dict], fs, path: str) -> Summary:
    """Write one part file: in place by rename on a local disk, else through a temporary name beside it."""
    data = b"".join(line + b"\n" for line in render(records))
    if isinstance(fs, LocalFileSystem):
        atomic_write(path, data)
    else:
        temporary = posixpath.join(posixpath.dirname(path), f".{posixpath.basename(path)}.tmp")
        fs.pipe_file(temporary, data)
        fs.mv(temporary, path)
    return summarize_partition(records)
