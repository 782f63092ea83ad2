"""Score article-clean against labelled pages, with the metrics of the public benchmarks.

>>> from article_clean.evaluate import metrics
>>> metrics.shingle_counts("the cat sat on the mat", "the cat sat on the mat")
Counts(tp=1.0, fp=0.0, fn=0.0)
"""

from __future__ import annotations

from .manifest import Page, read_manifest
from .report import Metric, Report
from .runner import evaluate
from .scoring import PageScore, score_page

__all__ = ["Metric", "Page", "PageScore", "Report", "evaluate", "read_manifest", "score_page"]
