"""Speed of HTML cleaning in process, beside trafilatura on the same pages, on one core.

    python benchmarks/html_speed.py [FOLDER ...] [--repeat N] [--limit N]

Without folders it reads the HTML pages of ../shared/eval. Each system gets the
same bytes, in the same process, one after the other, and the CPU time it
spends is measured (wall time too, for an idle machine). The ratio compares
with trafilatura asked for its metadata too, as article-clean always reads
it; trafilatura without metadata has a row of its own. Two more rows say what
a choice would cost: BeautifulSoup's tree with the lxml parser (parsing alone),
and htmldate's date search. Peers that are not installed are skipped; install
them with ``pip install '.[bench]'``.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

import article_clean

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DEFAULT_FOLDERS = (EVAL / "article-extraction-benchmark" / "html", EVAL / "trafilatura" / "html")


def pages(folders: list[Path], limit: int | None) -> list[bytes]:
    paths = sorted(p for folder in folders for p in folder.rglob("*") if p.suffix in (".html", ".htm") and p.is_file())
    return [p.read_bytes() for p in paths[:limit]]


def ours() -> Callable[[bytes], object]:
    options = article_clean.Options(input_format="html")

    def run(data: bytes) -> object:
        try:
            return article_clean.clean(data, options)
        except article_clean.InputError:
            return None

    return run


def trafilatura_peer(with_metadata: bool = True) -> Callable[[bytes], object] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda data: trafilatura.extract(data, with_metadata=with_metadata)


def soup_peer() -> Callable[[bytes], object] | None:
    try:
        from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    except ImportError:
        return None
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    return lambda data: BeautifulSoup(data, "lxml")


def htmldate_peer() -> Callable[[bytes], object] | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    return lambda data: find_date(data, extensive_search=False, original_date=True)


def measure(run: Callable[[bytes], object], datas: list[bytes], repeat: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) for ``repeat`` passes over the pages."""
    for data in datas[:5]:
        run(data)  # imports and caches
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        for data in datas:
            run(data)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="at most this many pages")
    args = parser.parse_args()
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    datas = pages(folders, args.limit)
    if not datas:
        sys.exit("no .html pages to measure; pass a folder")
    count = len(datas) * args.repeat
    megabytes = sum(map(len, datas)) * args.repeat / 1e6
    print(f"pages: {len(datas)} x {args.repeat}, {megabytes:.1f} MB, one core")
    rows = [("article-clean", ours()), ("trafilatura", trafilatura_peer()),
            ("trafilatura, text only", trafilatura_peer(with_metadata=False)),
            ("BeautifulSoup(lxml), parse only", soup_peer()), ("htmldate, date only", htmldate_peer())]
    figures: dict[str, float] = {}
    for name, run in rows:
        if run is None:
            print(f"{name:32s} not installed")
            continue
        cpu, wall = measure(run, datas, args.repeat)
        figures[name] = cpu
        print(f"{name:32s} {count / cpu:7.1f} pages/s CPU  {count / wall:7.1f} pages/s wall  {megabytes / cpu:6.2f} MB/s")
    if "trafilatura" in figures:
        print(f"ratio, article-clean / trafilatura pages per second: {figures['trafilatura'] / figures['article-clean']:.2f}x")


if __name__ == "__main__":
    main()
