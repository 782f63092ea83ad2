"""Accuracy and speed of article-clean and its peers on the same labelled dev pages, in one run.

    python benchmarks/compare.py [EVAL_FOLDER] [--limit N] [--split dev]

EVAL_FOLDER holds the corpora of ../shared/eval (each a folder with a
manifest.jsonl). Every system reads the same pages and is scored by the same
code as ``article-clean eval`` (article_clean.evaluate), and the table prints
every metric and pages per second (one core, extraction only; reading files and
scoring are not timed).

The peers are the ``bench`` extra (pip install '.[bench]'): trafilatura,
readability-lxml, jusText, goose3 and resiliparse, on the HTML pages. No peer
reads text dumps, so on the dumps the baselines are the dump unchanged and
jusText and trafilatura fed the dump's blocks as <p> paragraphs. A peer that is
not installed is left out, and the table says so. A metric a system does not
produce (a dateline, or an author from jusText) shows as a dash.
"""

from __future__ import annotations

import argparse
import html
import importlib.metadata
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from article_clean import __version__, clean
from article_clean.evaluate import Report, read_manifest, score_page
from article_clean.evaluate.manifest import Page
from article_clean.model import Article, Block, Byline
from article_clean.options import Options

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
CORPORA = (
    ("AEB", "article-extraction-benchmark"),
    ("trafilatura", "trafilatura"),
    ("Reuters", "reuters21578"),
)
#: What each metric needs the system to produce.
NEEDS = {"title_accuracy": "title", "author_accuracy": "author", "authors_missed": "author",
         "authors_wrong": "author", "date_accuracy": "date", "dateline_accuracy": "dateline"}
COLUMNS = (
    ("body P", "body_precision"), ("body R", "body_recall"), ("body F1", "body_f1"),
    ("snippet P", "snippet_precision"), ("snippet R", "snippet_recall"), ("snippet F", "snippet_f"),
    ("title", "title_accuracy"), ("author", "author_accuracy"), ("authors missed / wrong", "authors"),
    ("date", "date_accuracy"), ("dateline", "dateline_accuracy"), ("pages/s", "pages_per_second"),
)


@dataclass(frozen=True)
class Output:
    """What a system made of one page."""

    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class System:
    name: str
    input: str  #: "text" or "html"
    run: Callable[[bytes], Output | Article]
    produces: frozenset[str] = frozenset()  #: of title, author, date, dateline


# --- article-clean and the baselines on text dumps ----------------------------------


def article_clean_text(data: bytes) -> Article:
    return clean(data, Options(input_format="text"))


def article_clean_html(data: bytes) -> Article:
    return clean(data, Options(input_format="html"))


def unchanged(data: bytes) -> Output:
    return Output(data.decode("utf-8", errors="replace"))


def blocks_as_html(data: bytes) -> str:
    """A text dump's blank-line separated blocks, each as one <p>."""
    blocks = (" ".join(block.split()) for block in data.decode("utf-8", errors="replace").split("\n\n"))
    return "<html><body>" + "".join(f"<p>{html.escape(block)}</p>" for block in blocks if block) + "</body></html>"


# --- the peers ---------------------------------------------------------------------


def page_text(data: bytes) -> str:
    """The page decoded as article-clean decodes it, so every peer reads the same characters."""
    from article_clean.html.charset import decode_html

    return decode_html(data, "-")[0]


def run_trafilatura(markup: str) -> Output:
    import trafilatura

    found = trafilatura.bare_extraction(markup, with_metadata=True, as_dict=True) or {}
    authors = tuple(a.strip() for a in (found.get("author") or "").split(";") if a.strip())
    return Output(found.get("text") or "", found.get("title"), authors, found.get("date"))


def run_readability(markup: str) -> Output:
    import lxml.html
    from readability import Document

    document = Document(markup)
    summary = document.summary(html_partial=True)
    text = "\n\n".join(p.text_content() for p in lxml.html.fromstring(summary).iter("p", "li", "h1", "h2", "h3", "pre"))
    return Output(text or lxml.html.fromstring(summary).text_content(), document.short_title())


_STOPLIST: frozenset[str] | None = None


def run_justext(markup: str) -> Output:
    """jusText with the stopwords of every language it knows, since the pages are in many."""
    import justext

    global _STOPLIST
    if _STOPLIST is None:
        _STOPLIST = frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))
    paragraphs = justext.justext(markup.encode("utf-8"), _STOPLIST, encoding="utf-8")
    return Output("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def run_goose(markup: str) -> Output:
    from goose3 import Goose

    with Goose({"enable_image_fetching": False}) as goose:
        found = goose.extract(raw_html=markup)
    published = found.publish_date[:10] if isinstance(found.publish_date, str) else None
    return Output(found.cleaned_text or "", found.title, tuple(found.authors or ()), published)


def run_resiliparse(markup: str) -> Output:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(markup)
    return Output(extract_plain_text(tree, main_content=True), tree.title or None)


def on_html(function: Callable[[str], Output]) -> Callable[[bytes], Output]:
    return lambda data: function(page_text(data))


def on_blocks(function: Callable[[str], Output]) -> Callable[[bytes], Output]:
    return lambda data: function(blocks_as_html(data))


PEERS = (
    ("trafilatura", "trafilatura", run_trafilatura, {"title", "author", "date"}),
    ("readability-lxml", "readability", run_readability, {"title"}),
    ("jusText", "justext", run_justext, set()),
    ("goose3", "goose3", run_goose, {"title", "author", "date"}),
    ("resiliparse", "resiliparse", run_resiliparse, {"title"}),
)


def distribution(module: str) -> str:
    return {"readability": "readability-lxml", "justext": "jusText"}.get(module, module)


def installed(module: str) -> str | None:
    """The installed version of a peer, or None."""
    try:
        importlib.import_module(module)
        return importlib.metadata.version(distribution(module))
    except (ImportError, importlib.metadata.PackageNotFoundError):
        return None


def systems(missing: list[str]) -> list[System]:
    """Every system to run; peers that are not installed go into ``missing``."""
    found = [
        System(f"article-clean {__version__}", "text", article_clean_text, frozenset({"title", "author", "date", "dateline"})),
        System("the dump unchanged", "text", unchanged),
        System(f"article-clean {__version__}", "html", article_clean_html, frozenset({"title", "author", "date", "dateline"})),
    ]
    for label, module, function, produces in PEERS:
        version = installed(module)
        if version is None:
            missing.append(label)
            continue
        found.append(System(f"{label} {version}", "html", on_html(function), frozenset(produces)))
        if label in ("trafilatura", "jusText"):
            found.append(System(f"{label} {version} on the dump's blocks as <p>", "text", on_blocks(function)))
    return found


# --- running and scoring ------------------------------------------------------------------


def as_article(output: Output | Article) -> Article:
    if isinstance(output, Article):
        return output
    byline = Byline(", ".join(output.authors), output.authors) if output.authors else None
    body = (Block("paragraph", output.text, None),) if output.text.strip() else ()
    return Article(title=output.title, published=output.date, byline=byline, body=body)


def measure(system: System, pages: list[Page], corpus: str) -> Report:
    """Run one system over the pages; time the extraction alone."""
    scores, seconds = [], 0.0
    for page in pages:
        data = page.inputs[system.input].read_bytes()
        start = time.perf_counter()
        try:
            article, error = as_article(system.run(data)), None
        except Exception as problem:  # a peer failing on one page is scored as an empty output
            article, error = None, f"{type(problem).__name__}: {problem}"[:200]
        seconds += time.perf_counter() - start
        scores.append(score_page(page, article, error))
    return Report(corpus, system.input, None, tuple(scores), seconds)


def figure(value: float | int | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def row(label: str, system: System, report: Report) -> str:
    found = {metric.key: metric.value for metric in report.metrics()}
    cells = []
    for _, key in COLUMNS:
        need = NEEDS.get(key if key != "authors" else "authors_missed")
        if need and need not in system.produces:
            cells.append("–")
        elif key == "authors":
            cells.append(f"{found['authors_missed']} / {found['authors_wrong']}" if "authors_missed" in found else "")
        elif key == "pages_per_second":
            cells.append(f"{found[key]:.0f}" if found.get(key) else "–")
        else:
            cells.append(figure(found[key]) if key in found else "")
    return f"| {label} | {system.name} | " + " | ".join(cells) + " |"


def table(rows: Iterable[str]) -> str:
    head = "| pages | system | " + " | ".join(name for name, _ in COLUMNS) + " |"
    rule = "|---|---|" + "---|" * len(COLUMNS)
    return "\n".join([head, rule, *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=EVAL)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each corpus")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"{args.folder}: no such folder of labelled corpora")
    missing: list[str] = []
    chosen = systems(missing)
    rows = []
    for label, folder in CORPORA:
        manifest = args.folder / folder / "manifest.jsonl"
        if not manifest.is_file():
            continue
        pages = [p for p in read_manifest(manifest) if p.split == args.split][: args.limit]
        for kind in ("text", "html"):
            chunk = [p for p in pages if kind in p.inputs]
            if not chunk:
                continue
            for system in (s for s in chosen if s.input == kind):
                print(f"{label} {kind}: {system.name} ...", file=sys.stderr, flush=True)
                report = measure(system, chunk, folder)
                rows.append(row(f"{label} {'text dump' if kind == 'text' else 'HTML'} ({len(chunk)})", system, report))
    print(f"Measured {date.today().isoformat()} on {platform.python_implementation()} {platform.python_version()}, "
          f"split {args.split}{f', first {args.limit} pages of each corpus' if args.limit else ''}.")
    if missing:
        print(f"Not installed, so not measured: {', '.join(missing)}.")
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
