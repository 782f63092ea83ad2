"""The inputs of a Dask run: local paths as the batch run finds them, or fsspec URLs, in partitions."""

from __future__ import annotations

import os
import posixpath
from typing import Iterable

from dask.utils import parse_bytes
from fsspec.core import url_to_fs

from ..batch import Plan, Summary, Unit, Units, folder_of
from ..errors import NOT_FOUND, NOT_READABLE, TOO_LARGE, ConfigError
from ..options import Options
from ..sources import (DEFAULT_INCLUDE, JSONL_INCLUDE, NO_MATCH, NOTHING_IN_FOLDER, Selection, Source, glob_root,
                       iter_sources)

#: Input bytes per partition: a few seconds of work for one core.
BLOCKSIZE = "4MiB"
#: A small corpus is still cut into this many partitions, so that every worker has some.
MIN_PARTITIONS = 32

NO_FILESYSTEM = ("{url}: no filesystem can open this URL ({error}); install its fsspec package, "
                 "such as s3fs for s3:// or gcsfs for gs://")
_GLOB_CHARS = frozenset("*?[")


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
