"""Batch speed and memory of ``article-clean clean``, against trafilatura's own CLI.

    python benchmarks/batch.py FOLDER [--copies 50] [--big-copies 200] [--jobs N]
    python benchmarks/batch.py --learn-gain EVAL_FOLDER

FOLDER holds text dumps (e.g. ``../shared/eval/article-extraction-benchmark/text_w3m``).
They are copied ``--copies`` times into a temporary folder, and the CLI cleans
that folder to JSON Lines on /dev/null with ``-j 1`` and ``-j N``; then
``--big-copies`` times, to see whether memory grows with the number of files.
Peak RSS is sampled every 20 ms over the whole process tree: the largest
single process; and every 100 ms the sum of the proportional set sizes (shared
pages counted once). The peer is ``trafilatura --input-dir ... --parallel N`` on the
HTML of the same pages (``--html``, by default FOLDER/../html), run on fewer
copies because it is much slower; the ratio compares files per second.
The machinery lines run the same CLI with every stage replaced by a no-op, on
both folders: what the batch itself costs, in files per second and in CPU
time of the whole process tree per file.

``--learn-gain`` measures what ``--learn-boilerplate`` adds on the labelled
pages: body F1 (scrapinghub's shingle metric) and snippet F (trafilatura's),
with and without it, each site taken as a folder and as a URL host.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import psutil

COMMAND = [sys.executable, "-m", "article_clean", "clean"]
#: The CLI with every stage replaced by one that keeps the text as one paragraph:
#: what the batch itself costs (walk, read, chunks, render, write), without cleaning.
MACHINERY = [sys.executable, "-c", """
import sys
from article_clean import pipeline
from article_clean.model import Article, Block
def run(data, source="-", options=None):
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return Article(source=source, body=(Block("paragraph", text, 1),))
pipeline.run = run
from article_clean.cli import main
sys.argv = ["article-clean", *sys.argv[1:]]
main()
""", "clean"]
FLOORS = {"files_per_s_j2": 1500, "scaling": 1.7, "rss_mb": 200}


# --------------------------------------------------------------------------
# Speed and memory
# --------------------------------------------------------------------------


def copy_tree(source: Path, target: Path, copies: int, suffixes: tuple[str, ...]) -> tuple[int, int]:
    """``copies`` copies of the files of ``source`` under ``target/cNNN/``; their count and bytes."""
    files = sorted(p for p in source.iterdir() if p.is_file() and p.name.endswith(suffixes))
    count = size = 0
    for index in range(copies):
        folder = target / f"c{index:03}"
        folder.mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
            count += 1
            size += path.stat().st_size
    return count, size


class Sampler:
    """Peak memory of a process and all its descendants, sampled in a thread.

    RSS is cheap to read and is read every ``every`` seconds; the list of processes and
    their PSS (which reads every mapping of each) only every ``pss_every`` samples: read
    every time, they took a tenth of a core, which a 2-core run with -j 2 cannot spare.
    """

    def __init__(self, pid: int, every: float = 0.02, pss_every: int = 5):
        self.root = psutil.Process(pid)
        self.every = every
        self.pss_every = pss_every
        self.max_rss = 0  # the largest single process
        self.max_pss = 0  # the whole tree, shared pages counted once
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        processes = [self.root]
        tick = 0
        while not self.done.is_set():
            try:
                if tick % self.pss_every == 0:
                    processes = [self.root, *self.root.children(recursive=True)]
                    self.max_pss = max(self.max_pss, sum(process.memory_full_info().pss for process in processes))
                for process in processes:
                    self.max_rss = max(self.max_rss, process.memory_info().rss)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
            tick += 1
            time.sleep(self.every)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


def timed(argv: list[str], stdout=subprocess.DEVNULL) -> dict[str, float]:
    """Run ``argv``; wall seconds, CPU seconds of the whole tree, and peak memory in MB."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    sampler = Sampler(process.pid)
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    sampler.stop()
    if process.returncode not in (0, 1, 3):
        sys.exit(f"{argv[:6]} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    return {"seconds": wall, "cpu": cpu, "rss_mb": sampler.max_rss / 1e6, "pss_mb": sampler.max_pss / 1e6}


def per_file(run: dict[str, float], count: int) -> str:
    """CPU time of the whole process tree per file, in milliseconds."""
    return f"{run['cpu'] * 1000 / count:.3f} ms CPU/file"


def stage_costs(folder: Path) -> list[tuple[str, float]]:
    """Milliseconds per file spent in each pipeline stage, in process."""
    from article_clean import pipeline
    from article_clean.doc import Doc
    from article_clean.options import Options

    datas = [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
    spent: Counter = Counter()
    options = Options()
    for data in datas:
        doc = Doc(source="-", options=options, data=data)
        try:
            for stage in pipeline.STAGES:
                start = time.perf_counter()
                doc = stage.run(doc)
                spent[stage.name] += time.perf_counter() - start
        except Exception:
            continue
    return [(stage.name, spent[stage.name] * 1000 / len(datas)) for stage in pipeline.STAGES]


def in_process_rate(folder: Path) -> float:
    """Files per second of the library alone on one core: the cost the batch adds nothing to."""
    import article_clean

    datas = [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
    for data in datas[:10]:
        article_clean.clean(data)
    start = time.perf_counter()
    for data in datas:
        try:
            article_clean.clean(data)
        except article_clean.InputError:
            pass
    return len(datas) / (time.perf_counter() - start)


def speed(args: argparse.Namespace) -> None:
    jobs = args.jobs or len(os.sched_getaffinity(0))
    html = args.html or args.folder.parent / "html"
    print(f"load before: {os.getloadavg()[0]:.2f}; cores usable: {len(os.sched_getaffinity(0))}")
    library = in_process_rate(args.folder)
    results = {}
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as temp:
        temp = Path(temp)
        small, size = copy_tree(args.folder, temp / "small", args.copies, (".txt",))
        print(f"corpus: {small:,} files, {size / 1e6:.1f} MB ({args.copies} copies of {args.folder})")
        print(f"library in process, one core: {library:,.0f} files/s (the ceiling for -j 1)")
        for label, extra in (("-j 1", ["-j", "1"]), (f"-j {jobs}", ["-j", str(jobs)]),
                             (f"-j {jobs} --unordered", ["-j", str(jobs), "--unordered"])):
            run = timed([*COMMAND, "-q", "-f", "jsonl", *extra, str(temp / "small")])
            results[label] = run
            print(f"{label:<22} {small / run['seconds']:8,.0f} files/s {size / run['seconds'] / 1e6:6.2f} MB/s"
                  f"  {run['cpu']:6.1f} CPU s ({per_file(run, small)})   peak RSS {run['rss_mb']:4.0f} MB"
                  f" (largest process), {run['pss_mb']:4.0f} MB (tree, PSS)")
        out_dir = timed([*COMMAND, "-q", "-j", str(jobs), "--out-dir", str(temp / "out"), str(temp / "small")])
        print(f"{f'-j {jobs} --out-dir':<22} {small / out_dir['seconds']:8,.0f} files/s "
              f"{size / out_dir['seconds'] / 1e6:6.2f} MB/s  {per_file(out_dir, small)}"
              f"   (one JSON file per input, written atomically)")
        shutil.rmtree(temp / "out")
        big, _ = copy_tree(args.folder, temp / "big", args.big_copies, (".txt",))
        print("machinery: the stages replaced by a no-op, so what remains is the batch's own cost (walk, read,")
        print("  chunks, processes, render, write), with the start of the process:")
        for label, extra in (("-j 1", ["-j", "1"]), (f"-j {jobs}", ["-j", str(jobs)])):
            for count, folder in ((small, temp / "small"), (big, temp / "big")):
                run = timed([*MACHINERY, "-q", "-f", "jsonl", *extra, str(folder)])
                print(f"  {label:<6} {count:>7,} files {count / run['seconds']:8,.0f} files/s   {per_file(run, count)}")
        costs = stage_costs(args.folder)
        total = sum(cost for _, cost in costs)
        print(f"pipeline, in process: {total:.2f} ms per file, so at most {2000 / total:,.0f} files/s on 2 cores:")
        print("  " + ", ".join(f"{name} {cost:.2f}" for name, cost in sorted(costs, key=lambda c: -c[1]) if cost >= 0.01))
        one, many = results["-j 1"], results[f"-j {jobs}"]
        overhead = 1 - (small / one["seconds"]) / library
        print(f"-j 1 against the library alone: {overhead:+.0%} overhead (process start, walk, render, write)")
        scaling = one["seconds"] / many["seconds"]
        print(f"scaling -j {jobs} / -j 1: {scaling:.2f}x; from CPU time, on {jobs} idle cores it would be at most "
              f"{jobs * one['cpu'] / many['cpu']:.2f}x (the parallel run spends {many['cpu'] / one['cpu'] - 1:+.0%} CPU)")
        large = timed([*COMMAND, "-q", "-f", "jsonl", "-j", str(jobs), str(temp / "big")])
        print(f"{big:,} files, -j {jobs}: {big / large['seconds']:,.0f} files/s; peak RSS {large['rss_mb']:.0f} MB "
              f"(largest process), {large['pss_mb']:.0f} MB (tree, PSS); at {small:,} files: "
              f"{many['rss_mb']:.0f} MB and {many['pss_mb']:.0f} MB")
        peer = None
        peer_command = shutil.which("trafilatura") or str(Path(sys.executable).parent / "trafilatura")
        if html.is_dir() and os.path.exists(peer_command):
            pages, _ = copy_tree(html, temp / "html", args.peer_copies, (".html", ".htm"))
            run = timed([peer_command, "--input-dir", str(temp / "html"), "-o", str(temp / "traf"),
                         "--parallel", str(jobs)])
            peer = pages / run["seconds"]
            print(f"peer: trafilatura --parallel {jobs} on {pages:,} HTML pages of the same corpus: {peer:,.1f} files/s,"
                  f" peak RSS {run['rss_mb']:.0f} MB")
            print(f"ratio, article-clean -j {jobs} (text dumps) / trafilatura (HTML): {small / many['seconds'] / peer:.1f}x")
        else:
            print("peer: skipped (no HTML folder, or trafilatura is not installed: pip install '.[bench]')")
    rate = small / many["seconds"]
    print(f"load after: {os.getloadavg()[0]:.2f}")
    print("floors:")
    print(f"  {rate:,.0f} files/s with -j {jobs} >= {FLOORS['files_per_s_j2']:,}: {'met' if rate >= FLOORS['files_per_s_j2'] else 'NOT MET'}")
    print(f"  scaling {scaling:.2f}x >= {FLOORS['scaling']}: {'met' if scaling >= FLOORS['scaling'] else 'NOT MET'}")
    peak = max(large["rss_mb"], many["rss_mb"])
    print(f"  peak RSS {peak:.0f} MB < {FLOORS['rss_mb']} MB: {'met' if peak < FLOORS['rss_mb'] else 'NOT MET'}; "
          f"growth {small:,} -> {big:,} files: {large['rss_mb'] - many['rss_mb']:+.0f} MB")


# --------------------------------------------------------------------------
# What --learn-boilerplate gains on labelled pages
# --------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")


def shingles(text: str) -> Counter:
    """4-token shingles as a multiset; a text of 1-3 tokens is one shorter shingle."""
    tokens = _WORD_RE.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def body_f1(pairs: list[tuple[str | None, str]]) -> float:
    """scrapinghub's body F1 over (prediction, gold) pairs."""
    precisions, recalls = [], []
    for predicted, gold in pairs:
        p, g = shingles(predicted or ""), shingles(gold)
        tp = sum((p & g).values())
        fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
        if not fp and not fn:
            precision = recall = 1.0
        else:
            precision = tp / (tp + fp) if tp + fp else None
            recall = tp / (tp + fn) if tp + fn else None
        if p and precision is not None:
            precisions.append(precision)
        if g and recall is not None:
            recalls.append(recall)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def snippet_f(pairs: list[tuple[str | None, dict]]) -> float:
    """trafilatura's snippet F over (prediction, gold) pairs."""
    tp = fp = fn = 0
    for predicted, gold in pairs:
        text = " ".join((predicted or "").split())
        for snippet in gold.get("with") or ():
            found = " ".join(snippet.split()) in text
            tp += found
            fn += not found
        fp += sum(" ".join(snippet.split()) in text for snippet in gold.get("without") or ())
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def clean_records(argv: list[str]) -> dict[str, dict]:
    """Run the CLI to JSON Lines; articles by source."""
    done = subprocess.run([*COMMAND, "-q", "-f", "jsonl", *argv], capture_output=True, text=True)
    if done.returncode not in (0, 1, 3):
        sys.exit(done.stderr[-2000:])
    return {record["source"]: record for record in map(json.loads, done.stdout.splitlines())}


def prediction(article: dict | None) -> str | None:
    if article is None:
        return None
    return "\n\n".join(filter(None, (article.get("title"), article["text"])))


def learn_gain(args: argparse.Namespace) -> None:
    root = args.learn_gain
    print(f"load before: {os.getloadavg()[0]:.2f}")
    print(f"{'corpus':<30} {'sites by':<8} {'metric':<10} {'without':>8} {'with':>8} {'gain':>8}  lines learned")
    for corpus, metric in (("article-extraction-benchmark", "body"), ("reuters21578", "body"), ("trafilatura", "snippets")):
        manifest_path = root / corpus / "manifest.jsonl"
        if not manifest_path.exists():
            continue
        pages = [json.loads(line) for line in manifest_path.open()]
        pages = [page for page in pages if page.get("text")]
        with tempfile.TemporaryDirectory(prefix="learn-gain-") as temp:
            folder = Path(temp) / "pages"
            folder.mkdir()
            crawl = Path(temp) / "crawl.jsonl"
            with crawl.open("w") as out:
                for index, page in enumerate(pages):
                    text = (root / corpus / page["text"]).read_text(encoding="utf-8", errors="replace")
                    (folder / f"{index:05}.txt").write_text(text, encoding="utf-8")
                    out.write(json.dumps({"id": index, "url": (page.get("meta") or {}).get("url"), "text": text}) + "\n")
            runs = {
                "folder": (["--include", "*.txt", str(folder)], lambda index: str(folder / f"{index:05}.txt")),
                "host": (["--jsonl-field", "text", str(crawl)], lambda index: f"{crawl}:{index + 1}"),
            }
            for how, (argv, source_of) in runs.items():
                scores = []
                for extra in ([], ["--learn-boilerplate", "--save-profile", str(Path(temp) / "p.toml")]):
                    articles = clean_records([*extra, *argv])
                    pairs = [(prediction(articles.get(source_of(i))), page["gold"]) for i, page in enumerate(pages)]
                    if metric == "body":
                        scores.append(body_f1([(p, g["body"]) for p, g in pairs if g.get("body")]))
                    else:
                        scores.append(snippet_f([(p, g) for p, g in pairs if g.get("with") or g.get("without")]))
                learned = (Path(temp) / "p.toml").read_text().count("  # ")
                print(f"{corpus:<30} {how:<8} {metric:<10} {scores[0]:8.4f} {scores[1]:8.4f} {scores[1] - scores[0]:+8.4f}"
                      f"  {learned}")
    print("The same, learning each corpus as one site with a lower share (library, in process):")
    for corpus, metric in (("article-extraction-benchmark", "body"), ("trafilatura", "snippets")):
        if (root / corpus / "manifest.jsonl").exists():
            print(f"  {corpus:<28} " + ", ".join(f"share {share:g}: {score:.4f} ({lines} lines)"
                                                 for share, score, lines in cross_site(root / corpus, metric)))
    print(f"load after: {os.getloadavg()[0]:.2f}")


def cross_site(folder: Path, metric: str, shares=(None, 0.3, 0.2, 0.1)) -> list[tuple[float, float, int]]:
    """Scores when the whole corpus is learned as one site at each share (None: not learned)."""
    from article_clean import pipeline
    from article_clean.options import Options
    from article_clean.profile import Learner, document_lines

    pages = [page for page in map(json.loads, (folder / "manifest.jsonl").open()) if page.get("text")]
    datas = [(folder / page["text"]).read_bytes() for page in pages]
    documents = [document_lines(data, "-", Options()) for data in datas]
    out = []
    for share in shares:
        options, lines = Options(), 0
        if share is not None:
            learner = Learner(min_share=share)
            for lines_of_page in documents:
                learner.add("folder:all", lines_of_page)
            profile = learner.profile(options)
            options, lines = profile.options_for(options, "folder:all"), profile.line_count
        predictions = []
        for data in datas:
            article = pipeline.run(data, "-", options)
            predictions.append("\n\n".join(filter(None, (article.title, article.text))))
        golds = [page["gold"] for page in pages]
        if metric == "body":
            score = body_f1([(p, g["body"]) for p, g in zip(predictions, golds) if g.get("body")])
        else:
            score = snippet_f([(p, g) for p, g in zip(predictions, golds) if g.get("with") or g.get("without")])
        out.append((share or 0.0, score, lines))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--big-copies", type=int, default=200)
    parser.add_argument("--peer-copies", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--html", type=Path, default=None)
    parser.add_argument("--learn-gain", type=Path, default=None, metavar="EVAL_FOLDER")
    args = parser.parse_args()
    if args.learn_gain:
        learn_gain(args)
    elif args.folder:
        speed(args)
    else:
        parser.error("give a FOLDER of text dumps, or --learn-gain EVAL_FOLDER")


if __name__ == "__main__":
    main()
