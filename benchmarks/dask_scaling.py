"""Files per second of ``clean --engine dask`` on 1 and 2 workers, against the local ``-j 1`` and ``-j 2``.

    python benchmarks/dask_scaling.py FOLDER [--files 5000] [--repeat 1]

FOLDER holds text dumps (e.g. ``../shared/eval/article-extraction-benchmark/text_w3m``);
they are copied into a temporary folder until it holds ``--files`` files. Every
run is the CLI in a subprocess, cleaning that folder to JSON Lines on
/dev/null, so each pays its own start-up. The Dask runs go to a LocalCluster
of N single-threaded worker processes started here beforehand (``--scheduler``),
so that they measure the engine, not the cluster's start, which is timed
apart, and once more in a run that starts its own cluster (no
``--scheduler``). The overhead is what Dask costs against the local pool at
the same number of workers. Every output is checked to be the same.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND = [sys.executable, "-m", "article_clean", "clean", "-q", "-f", "jsonl"]
#: Every run, and the cluster's workers, with Python's bytecode cache on, as an installed package has it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False


def make_corpus(source: Path, target: Path, count: int) -> int:
    """Copies of the files of ``source`` under ``target/cNNN/`` until there are ``count``; their bytes."""
    files = sorted(p for p in source.iterdir() if p.is_file() and p.suffix == ".txt")
    size = 0
    for index in range(count):
        path = files[index % len(files)]
        folder = target / f"c{index // len(files):03}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, folder / path.name)
        size += path.stat().st_size
    return size


def timed(argv: list[str], repeat: int) -> tuple[float, str]:
    """The best wall time of ``repeat`` runs, and a digest of the output."""
    best, digest = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True)
        best = min(best, time.perf_counter() - start)
        if done.returncode not in (0, 1, 3):
            sys.exit(f"{' '.join(argv[2:])} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
        digest = hashlib.sha256(done.stdout).hexdigest()
    return best, digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is kept")
    args = parser.parse_args()
    from distributed import LocalCluster

    print(f"load before: {os.getloadavg()[0]:.2f}; cores usable: {len(os.sched_getaffinity(0))}")
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="dask-bench-") as temp:
        corpus = Path(temp) / "corpus"
        size = make_corpus(args.folder, corpus, args.files)
        print(f"corpus: {args.files:,} files, {size / 1e6:.1f} MB (copies of {args.folder})")
        starts = {}
        for workers in (1, 2):
            seconds, digest = timed([*COMMAND, "-j", str(workers), str(corpus)], args.repeat)
            rows.append((f"local -j {workers}", seconds, digest))
            start = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                              silence_logs=logging.ERROR) as cluster:
                starts[workers] = time.perf_counter() - start
                seconds, digest = timed([*COMMAND, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                                         str(corpus)], args.repeat)
            rows.append((f"dask, {workers} worker{'s' * (workers > 1)}", seconds, digest))
        seconds, digest = timed([*COMMAND, "--engine", "dask", "-j", "2", str(corpus)], args.repeat)
        rows.append(("dask, 2 workers, own cluster", seconds, digest))
    print(f"{'run':<30} {'seconds':>8} {'files/s':>8}  output sha256")
    for label, seconds, digest in rows:
        print(f"{label:<30} {seconds:8.2f} {args.files / seconds:8.1f}  {digest[:12]}")
    rate = {label: args.files / seconds for label, seconds, _ in rows}
    for workers, label in ((1, "dask, 1 worker"), (2, "dask, 2 workers")):
        overhead = 1 - rate[label] / rate[f"local -j {workers}"]
        print(f"overhead of dask against local -j {workers}: {overhead:+.0%} "
              f"(a LocalCluster of {workers} took {starts[workers]:.1f} s to start, not counted)")
    own = 1 - rate["dask, 2 workers, own cluster"] / rate["local -j 2"]
    print(f"overhead of dask starting its own cluster against local -j 2: {own:+.0%}")
    print(f"scaling 2/1 workers: local {rate['local -j 2'] / rate['local -j 1']:.2f}x, "
          f"dask {rate['dask, 2 workers'] / rate['dask, 1 worker']:.2f}x")
    same = len({digest for _, _, digest in rows}) == 1
    print(f"outputs identical across all runs: {'yes' if same else 'NO (was the code edited during the runs?)'}")
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
