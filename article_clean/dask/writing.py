"""The articles of a bag as JSON Lines part files, each written whole or not at all."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Iterable

import dask
from fsspec.implementations.local import LocalFileSystem

from ..atomic import atomic_write
from ..batch import Summary
from ..batch.encode import encode_dict
from ..errors import ConfigError
from .inputs import filesystem
from .records import is_failure
from .report import merge_summaries, summarize_partition

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.delayed import Delayed

#: The file of partition N in the output folder.
PART = "part-{index:0{width}}.jsonl"

OUT_DIR_TAKEN = ("{url} already holds part-*.jsonl files from an earlier run; choose an empty folder, "
                 "or remove them first")


def render(records: Iterable[dict], fmt: str = "jsonl") -> list[bytes]:
    """The articles among ``records`` as the ``json`` or ``jsonl`` writer renders them, in UTF-8;
    failure records are left out."""
    return [encode_dict(record, fmt) for record in records if not is_failure(record)]


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
