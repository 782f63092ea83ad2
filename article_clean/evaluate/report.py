"""The report of an evaluation: the metrics over all pages, and each page's scores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from . import metrics
from .scoring import PageScore


#: Fields whose report gives, beside the accuracy, the share of labelled pages given a wrong value.
WRONG_FIELDS = ("title", "date", "author")


class Metric(NamedTuple):
    """One line of the report: a key, a label, the figure and how many pages it rests on."""

    key: str
    label: str
    value: float | int | None
    pages: int


@dataclass(frozen=True)
class Report:
    """What ``article-clean eval`` found on one manifest."""

    manifest: str
    input: str
    split: str | None
    scores: tuple[PageScore, ...]
    seconds: float  #: time spent cleaning, reading and scoring excluded
    skipped: int = 0  #: pages that do not come in the chosen input

    @property
    def pages_per_second(self) -> float | None:
        cleaned = sum(score.error is None for score in self.scores)
        return cleaned / self.seconds if self.seconds > 0 and cleaned else None

    def metrics(self) -> list[Metric]:
        """Every metric the pages allow, in reading order."""
        scores, count = self.scores, len(self.scores)
        out = [Metric("pages", "pages", count, count)]
        body = [s.body for s in scores if s.body is not None]
        if body:
            p, r, f = metrics.body_summary(body)
            out += [Metric("body_precision", "body precision", p, len(body)),
                    Metric("body_recall", "body recall", r, len(body)),
                    Metric("body_f1", "body F1", f, len(body))]
        snippets = [s.snippets for s in scores if s.snippets is not None]
        if snippets:
            p, r, f = metrics.snippet_summary(snippets)
            out += [Metric("snippet_precision", "snippet precision", p, len(snippets)),
                    Metric("snippet_recall", "snippet recall", r, len(snippets)),
                    Metric("snippet_f", "snippet F", f, len(snippets))]
        for name in ("title", "date", "dateline", "author"):
            labelled = [s for s in scores if getattr(s, name) is not None]
            if labelled:
                right = sum(getattr(s, name) for s in labelled)
                out.append(Metric(f"{name}_accuracy", f"{name} accuracy", right / len(labelled), len(labelled)))
            if labelled and name in WRONG_FIELDS:
                wrong = sum(name in s.wrong for s in labelled)
                out.append(Metric(f"{name}_wrong", f"{name} wrong (share of pages)", wrong / len(labelled), len(labelled)))
        authors = [s for s in scores if s.author is not None]
        if authors:
            out += [Metric("authors_missed", "author names missed", sum(s.authors_missed for s in authors), len(authors)),
                    Metric("authors_wrong", "wrong author names given", sum(s.authors_wrong for s in authors), len(authors))]
        out += [Metric("lost_pages", "pages with lines not accounted for", sum(bool(s.lost_lines) for s in scores), count),
                Metric("errors", "pages that could not be cleaned", sum(s.error is not None for s in scores), count),
                Metric("pages_per_second", "pages per second", self.pages_per_second, count)]
        return out

    def worst(self, count: int) -> list[PageScore]:
        """The ``count`` pages with the lowest scores, worst first."""
        ranked = sorted((s for s in self.scores if s.problems), key=lambda s: (s.score, s.id))
        return ranked[:count]

    def to_dict(self, pages: bool = True) -> dict[str, Any]:
        """The report as JSON-ready data; ``pages`` adds each page's scores and problems."""
        data: dict[str, Any] = {
            "manifest": self.manifest,
            "input": self.input,
            "split": self.split,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 4),
            "metrics": {m.key: {"value": m.value, "pages": m.pages} for m in self.metrics()},
        }
        if pages:
            data["pages"] = [_page_dict(s) for s in self.scores]
        return data


def _page_dict(score: PageScore) -> dict[str, Any]:
    data: dict[str, Any] = {"id": score.id, "score": round(score.score, 4)}
    if score.body is not None:
        data["body"] = {"precision": metrics.precision(score.body), "recall": metrics.recall(score.body)}
    if score.snippets is not None:
        data["snippets"] = dict(zip(("tp", "fp", "fn"), score.snippets))
    for name in ("title", "date", "dateline", "author"):
        if getattr(score, name) is not None:
            data[name] = getattr(score, name)
    data["wrong"] = sorted(score.wrong)
    data["problems"] = list(score.problems)
    return data
