"""Clean corpora on a Dask cluster: the batch run's inputs, cleaning, profiles and report as Dask bags.

The whole run::

    paths, folders, globs (local, or fsspec URLs such as s3://...)
        -> one unit per file, in partitions of about ``blocksize`` input bytes      inputs.py
        -> on the workers: a remote file is copied to the worker's disk, then read,
           split into records (JSON Lines) and cleaned exactly as the local batch run
           does it, into one dict per input: the article, or a failure record       workers.py, records.py
    learning: pass 1 counts each partition's repeated lines, a tree reduction sums
              them into a Profile; pass 2 sends it to each worker once, with the options
                                                                                    tally.py, bags.py
        -> the report, added up partition by partition                              report.py
        -> JSON Lines part files, each whole or not at all                          writing.py

Failures are never dropped: an input that cannot be cleaned gives the record
``{"source": ..., "problem": ...}`` that the batch report lists, with the same
problem text. This package needs the ``dask`` extra; ``import article_clean``
never imports it. Every module here imports the third-party ``dask`` by its
absolute name, which this package's own name does not shadow.
"""

from __future__ import annotations

import dask  # noqa: F401  the extra's absence is reported here first, by the name of its main package

from .bags import SPLIT_EVERY, clean_bag, clean_files, learn_profile, summarize
from .inputs import BLOCKSIZE, MIN_PARTITIONS, NO_FILESYSTEM, filesystem, find_inputs, is_url, partitions
from .records import ArticleDict, failure, is_failure
from .report import merge_summaries, summarize_partition
from .tally import Tally
from .writing import OUT_DIR_TAKEN, PART, render, to_jsonl

__all__ = [
    "BLOCKSIZE", "MIN_PARTITIONS", "NO_FILESYSTEM", "OUT_DIR_TAKEN", "PART", "SPLIT_EVERY", "ArticleDict", "Tally",
    "clean_bag", "clean_files", "failure", "filesystem", "find_inputs", "is_failure", "is_url", "learn_profile",
    "merge_summaries", "partitions", "render", "summarize", "summarize_partition", "to_jsonl",
]
