"""How a batch runs: the :class:`Plan` the command line fills in, and the default number of workers."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..writers import WRITERS, Writer


@dataclass(frozen=True)
class Plan:
    """How to run a batch: workers, limits, and where the output goes."""

    jobs: int = 1  #: worker processes; 1 runs in this process
    timeout: float = 30.0  #: seconds one input may take; 0 for no limit
    ordered: bool = True  #: results in input order; False streams them as they finish
    format: str = "jsonl"  #: a writer name from :data:`article_clean.writers.WRITERS`
    many: bool = True  #: the output stream holds several articles (a JSON array for ``json``)
    out_dir: str | None = None  #: mirror the input tree here, one file per input
    skip_existing: bool = False  #: skip inputs whose output is newer than them
    allow_inside_input: bool = False  #: let ``out_dir`` sit inside an input folder
    strict_accounting: bool = False  #: fail an input with unaccounted lines
    jsonl_field: str | None = None  #: inputs are JSON Lines; clean this field of each record
    learn: bool = False  #: learn repeated lines in a first pass and remove them
    fsync: bool = True  #: flush each output file to disk before renaming it into place

    @property
    def writer(self) -> Writer:
        """The writer of :attr:`format`."""
        return WRITERS[self.format]

    @property
    def record_files(self) -> bool:
        """The records of each JSON Lines input go to one output file of its own, in order."""
        return bool(self.jsonl_field and self.out_dir)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
