"""One page scored against its gold labels, with what went wrong, in words."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from ..model import Article
from . import metrics
from .manifest import Page

#: Characters of text quoted in a problem.
EXCERPT = 70


@dataclass(frozen=True)
class PageScore:
    """A page's scores; None where the page has no label for that field."""

    id: str
    body: metrics.Counts | None = None
    snippets: metrics.Counts | None = None
    title: bool | None = None
    date: bool | None = None
    dateline: bool | None = None
    author: bool | None = None
    authors_missed: int = 0
    authors_wrong: int = 0
    wrong: frozenset[str] = frozenset()  #: fields given a value that is not right (title, date, author)
    lost_lines: int = 0  #: input lines the article does not account for
    problems: tuple[str, ...] = ()
    error: str | None = None

    @property
    def score(self) -> float:
        """One figure for ranking pages, worst first: the mean of the page's scores."""
        parts: list[float] = []
        if self.body is not None:
            parts.append(metrics.harmonic(metrics.precision(self.body), metrics.recall(self.body)) or 0.0)
        if self.snippets is not None and sum(self.snippets):
            tp, fp, fn = self.snippets
            parts.append(2 * tp / (2 * tp + fp + fn))
        parts += [float(ok) for ok in (self.title, self.date, self.dateline, self.author) if ok is not None]
        return fmean(parts) if parts else 1.0


def scored_body(article: Article | None, page: Page) -> str:
    """The body as scored: the dateline text, then the body text.

    Gold bodies of web pages keep the dateline; a corpus that labels the
    dateline as a field of its own (Reuters) leaves it out of the gold body,
    and then it is left out here too.
    """
    if article is None:
        return ""
    if article.dateline and not page.labels("dateline"):
        return f"{article.dateline.text} {article.text}"
    return article.text


def _clip(text: str) -> str:
    text = metrics.collapse(text)
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


def _first_unmatched(text: str, other: str, most: int = 8) -> str:
    """The first run of ``text``'s shingles that ``other`` lacks, as words (up to ``most`` shingles)."""
    spare = metrics.shingles(other)
    run: list[tuple[str, ...]] = []
    for shingle in metrics.shingle_run(text):
        if spare[shingle] > 0:
            spare[shingle] -= 1
            if run:
                break
        else:
            run.append(shingle)
            if len(run) == most:
                break
    return " ".join(run[0] + tuple(s[-1] for s in run[1:])) if run else ""


def _body_problems(counts: metrics.Counts, gold: str, got: str) -> list[str]:
    p, r = metrics.precision(counts), metrics.recall(counts)
    if p == r == 1.0:
        return []
    found = [f"body P {p:.2f} R {r:.2f}"]
    extra, lost = _first_unmatched(got, gold), _first_unmatched(gold, got)
    if extra:
        found.append(f"kept: {extra!r}")
    if lost:
        found.append(f"lost: {lost!r}")
    return found


def _miss_or_wrong(name: str, shown: str | None, want: object) -> str:
    """A field's problem in words: missed when nothing was given, got and want when a wrong value was."""
    if not shown:
        return f"{name}: missed, want {_clip(str(want))!r}"
    return f"{name}: got {_clip(shown)!r}, want {_clip(str(want))!r}"


def score_page(page: Page, article: Article | None, error: str | None = None) -> PageScore:
    """Score one page's article (None when it could not be cleaned) against its labels."""
    gold = page.gold
    problems: list[str] = [error] if error else []
    fields: dict[str, object] = {}
    got = scored_body(article, page)
    if page.labels("body"):
        fields["body"] = metrics.shingle_counts(gold["body"], got)
        problems += _body_problems(fields["body"], gold["body"], got)
    if page.labels("with") or page.labels("without"):
        fields["snippets"] = metrics.snippet_counts(got, gold["with"] or (), gold["without"] or ())
        text = metrics.collapse(got)
        problems += [f"missing: {_clip(s)!r}" for s in gold["with"] or () if metrics.collapse(s) not in text]
        problems += [f"leaked: {_clip(s)!r}" for s in gold["without"] or () if metrics.collapse(s) in text]
    title = article.title if article else None
    published = article.published if article else None
    dateline = article.dateline if article else None
    if page.labels("title"):
        fields["title"] = metrics.same_title(gold["title"], title)
    if page.labels("date"):
        fields["date"] = metrics.same_date(gold["date"], published)
    if page.labels("dateline"):
        fields["dateline"] = metrics.same_dateline(gold["dateline"], dateline and dateline.location, dateline and dateline.date)
    for name, shown in (("title", title), ("date", published), ("dateline", dateline and dateline.text)):
        if fields.get(name) is False:
            problems.append(_miss_or_wrong(name, shown, gold[name]))
    given = article.byline.authors if article and article.byline else ()
    if page.labels("author"):
        missed, wrong = metrics.author_errors(gold["author"], given)
        fields.update(author=not (missed or wrong), authors_missed=missed, authors_wrong=wrong)
        if missed or wrong:
            problems.append(f"author: got {list(given)!r}, want {gold['author']!r}")
    answers = {"title": title, "date": published, "author": given}
    fields["wrong"] = frozenset(name for name, value in answers.items()
                                if fields.get(name) is not None and metrics.is_wrong(fields[name], value))
    lost = len(article.accounting()) if article else 0
    if lost:
        problems.append(f"{lost} input lines not accounted for")
    return PageScore(page.id, lost_lines=lost, problems=tuple(problems), error=error, **fields)

