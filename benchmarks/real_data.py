"""Reliability on real pages: crashes, timeouts, accounting gaps, non-idempotent output.

    python benchmarks/real_data.py [FOLDER ...] [--jobs N] [--timeout 30] [--no-batch] [--limit N]

Cleans every page of the labelled corpora under FOLDER (default: ../shared/eval
beside this checkout), in text and in HTML form: each ``manifest.jsonl`` names
a page's renderings; a folder without one is read as is, ``.txt`` as text and
``.html`` as HTML. For each page it counts

- crashes: any exception but the documented ``InputError`` (refusals are
  counted apart, with their reasons);
- timeouts: a clean that takes longer than ``--timeout`` seconds;
- accounting gaps: ``Article.accounting()`` is not empty;
- non-idempotent pages: the Markdown or text output does not clean to itself;
- nondeterministic pages: two cleans give different JSON;

and the slowest page with its time. Then it runs the batch mode over a tree of
all the pages (``clean --out-dir --strict-accounting --timeout``) and prints its
summary. Exits 1 when any crash, timeout, gap or non-idempotent page is found.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "eval"
FORMS = {"text": "text", "html": "html"}
#: Examples of each failure kept for the report.
EXAMPLES = 5


@dataclass(frozen=True)
class Page:
    name: str  #: corpus/id
    form: str  #: text or html
    path: str


def pages(folder: Path) -> Iterator[Page]:
    """Every page under ``folder``: from its manifests, or its files when it has none."""
    manifests = sorted(folder.rglob("manifest.jsonl"))
    if not manifests:
        for path in sorted(folder.rglob("*")):
            form = {".txt": "text", ".html": "html", ".htm": "html"}.get(path.suffix)
            if form and path.is_file():
                yield Page(str(path.relative_to(folder)), form, str(path))
        return
    for manifest in manifests:
        corpus = str(manifest.parent.relative_to(folder)) if manifest.parent != folder else folder.name
        with open(manifest, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = json.loads(line)
                for form in FORMS:
                    if row.get(form):
                        yield Page(f"{corpus}/{row['id']}", form, str(manifest.parent / row[form]))


class _Expired(BaseException):
    """Raised by the alarm inside a clean that ran past its time."""


def _expire(signum, frame):
    raise _Expired()


def _timed_clean(data: bytes | str, options, seconds: float, source: str = "-"):
    """clean() under an alarm; returns (article, seconds taken)."""
    import article_clean

    signal.setitimer(signal.ITIMER_REAL, seconds)
    start = time.perf_counter()
    try:
        return article_clean.clean(data, options, source), time.perf_counter() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def check_page(page: Page, timeout: float) -> dict:
    """Clean one page and test the invariants; a dict of what went wrong, and the time."""
    import article_clean
    from article_clean.writers import WRITERS

    signal.signal(signal.SIGALRM, _expire)
    result: dict = {"page": page.name, "form": page.form, "seconds": 0.0}
    options = article_clean.Options(input_format=page.form)
    try:
        data = Path(page.path).read_bytes()
        article, result["seconds"] = _timed_clean(data, options, timeout)
    except article_clean.InputError as error:
        return {**result, "refused": error.problem}
    except _Expired:
        return {**result, "timeout": True, "seconds": timeout}
    except Exception as error:  # what this script is here to find
        return {**result, "crash": f"{type(error).__name__}: {error}"[:300]}
    try:
        gaps = article.accounting()
        if gaps:
            result["gaps"] = gaps[:10]
        first = WRITERS["json"].render(article)
        if WRITERS["json"].render(_timed_clean(data, options, timeout)[0]) != first:
            result["nondeterministic"] = True
        for name in ("md", "text"):
            rendered = WRITERS[name].render(article)
            if not rendered.strip():
                continue  # no title and no body: nothing to read again
            again = WRITERS[name].render(_timed_clean(rendered, None, timeout, article.source)[0])
            if again != rendered:
                result.setdefault("non_idempotent", []).append(name)
    except _Expired:
        result["timeout"] = True
    except Exception as error:
        result["crash"] = f"after cleaning: {type(error).__name__}: {error}"[:300]
    return result


def _check(args: tuple[Page, float]) -> dict:
    return check_page(*args)


@dataclass
class Tally:
    pages: Counter = field(default_factory=Counter)
    refused: Counter = field(default_factory=Counter)
    failures: dict = field(default_factory=lambda: defaultdict(list))  #: kind -> [(page, form, detail)]
    slowest: tuple[float, str, str] = (0.0, "", "")
    seconds: float = 0.0

    def add(self, result: dict) -> None:
        form = result["form"]
        self.pages[form] += 1
        self.seconds += result["seconds"]
        if result["seconds"] > self.slowest[0]:
            self.slowest = (result["seconds"], result["page"], form)
        if "refused" in result:
            self.refused[(form, result["refused"])] += 1
        for kind in ("crash", "timeout", "gaps", "non_idempotent", "nondeterministic"):
            if kind in result:
                self.failures[kind].append((result["page"], form, result[kind]))

    def count(self, kind: str, form: str | None = None) -> int:
        return sum(1 for _, f, _ in self.failures.get(kind, ()) if form is None or f == form)


def run_pages(all_pages: list[Page], jobs: int, timeout: float) -> Tally:
    """Check every page in ``jobs`` worker processes; a worker stuck where no alarm reaches
    (inside C code) is killed after ``timeout`` plus a grace, and its page counted as a timeout."""
    tally = Tally()
    pending = list(all_pages)
    while pending:
        with multiprocessing.get_context("fork").Pool(jobs, maxtasksperchild=200) as pool:
            results = pool.imap_unordered(_check, [(page, timeout) for page in pending])  # chunks of 1: next(timeout)
            done: set[tuple[str, str]] = set()
            try:
                for _ in range(len(pending)):
                    result = results.next(timeout=4 * timeout + 30)
                    done.add((result["page"], result["form"]))
                    tally.add(result)
            except multiprocessing.TimeoutError:
                pool.terminate()
                stuck = [page for page in pending if (page.name, page.form) not in done]
                tally.add({"page": stuck[0].name, "form": stuck[0].form, "seconds": timeout, "timeout": "killed"})
                print(f"  a worker hung; killed; {len(stuck) - 1} pages left to rerun", file=sys.stderr)
                pending = stuck[1:]
                continue
        pending = []
    return tally


def run_batch(all_pages: list[Page], jobs: int, timeout: float) -> dict:
    """``clean`` in batch mode over a tree of all the pages; its --report summary."""
    with tempfile.TemporaryDirectory(prefix="real-data-") as scratch:
        tree = Path(scratch) / "pages"
        for page in all_pages:
            suffix = ".html" if page.form == "html" else ".txt"
            link = tree / page.form / (page.name + suffix)  # a form each: x.txt and x.html both make x.json
            link.parent.mkdir(parents=True, exist_ok=True)
            if not link.exists():
                link.symlink_to(os.path.abspath(page.path))
        report = Path(scratch) / "report.json"
        command = shutil.which("article-clean")
        argv = [command] if command else [sys.executable, "-m", "article_clean"]
        start = time.perf_counter()
        done = subprocess.run([*argv, "clean", str(tree), "--out-dir", str(Path(scratch) / "out"), "-q",
                               "--strict-accounting", "--timeout", str(timeout), "-j", str(jobs),
                               "--report", str(report)], capture_output=True, text=True)
        summary = json.loads(report.read_text()) if report.exists() else {}
        summary["exit_code"] = done.returncode
        summary["wall_seconds"] = time.perf_counter() - start
        summary["traceback"] = "Traceback" in done.stderr
        return summary


def _print_examples(tally: Tally, kind: str) -> None:
    for page, form, detail in tally.failures.get(kind, ())[:EXAMPLES]:
        print(f"    {form:4s} {page}: {detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_FOLDER])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each folder")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch run over the tree")
    args = parser.parse_args()
    all_pages = []
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        found = list(pages(folder))
        all_pages += found[: args.limit] if args.limit else found
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    start = time.perf_counter()
    tally = run_pages(all_pages, args.jobs, args.timeout)
    wall = time.perf_counter() - start
    print(f"pages: {sum(tally.pages.values())} ({', '.join(f'{form} {n}' for form, n in sorted(tally.pages.items()))}) "
          f"in {wall:.0f} s with {args.jobs} workers")
    print(f"{'form':6s}{'refused':>9s}{'crashes':>9s}{'timeouts':>10s}{'gaps':>6s}{'non-idem':>10s}{'nondet':>8s}")
    for form in sorted(tally.pages):
        refused = sum(n for (f, _), n in tally.refused.items() if f == form)
        print(f"{form:6s}{refused:9d}{tally.count('crash', form):9d}{tally.count('timeout', form):10d}"
              f"{tally.count('gaps', form):6d}{tally.count('non_idempotent', form):10d}"
              f"{tally.count('nondeterministic', form):8d}")
    non_idempotent = Counter(name for _, _, names in tally.failures.get("non_idempotent", ()) for name in names)
    print(f"non-idempotent by output format: {dict(non_idempotent) or 'none'}")
    seconds, page, form = tally.slowest
    print(f"slowest page: {page} ({form}) {seconds:.2f} s; mean {tally.seconds / max(1, sum(tally.pages.values())):.3f} s")
    for kind in ("crash", "timeout", "gaps", "non_idempotent", "nondeterministic"):
        if tally.failures.get(kind):
            print(f"  {kind}:")
            _print_examples(tally, kind)
    if tally.refused:
        print("  refused, by reason:")
        for (form, reason), count in tally.refused.most_common(8):
            print(f"    {count:5d} {form:4s} {reason}")
    bad = sum(tally.count(kind) for kind in ("crash", "timeout", "gaps", "non_idempotent"))
    if not args.no_batch:
        summary = run_batch(all_pages, args.jobs, args.timeout)
        reasons = summary.get("failure_reasons", {})
        timeouts = sum(n for reason, n in reasons.items() if "took longer than" in reason)
        gaps = sum(n for reason, n in reasons.items() if "not accounted for" in reason)
        crashes = sum(n for reason, n in reasons.items() if "bug in article-clean" in reason)
        print(f"batch over the tree: {summary.get('read', 0)} inputs, {summary.get('cleaned', 0)} cleaned, "
              f"{summary.get('failed', 0)} failed (crashes {crashes}, timeouts {timeouts}, accounting gaps {gaps}, "
              f"refused {summary.get('failed', 0) - crashes - timeouts - gaps}), exit {summary['exit_code']}, "
              f"{summary['wall_seconds']:.0f} s, traceback: {'yes' if summary['traceback'] else 'no'}")
        bad += crashes + timeouts + gaps + summary["traceback"]
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
