"""Files per second of ``clean --engine dask`` on 1 and 2 workers, against the local ``-j 1`` and ``-j 2``.

    python benchmarks/dask_scaling.py FOLDER [--files 5000] [--repeat 2]

FOLDER holds text dumps (e.g. ``../shared/eval/article-extraction-benchmark/text_w3m``);
they are copied into a temporary folder until it holds ``--files`` files. Every
run is the CLI in a subprocess, cleaning that folder to JSON Lines on
/dev/null, so each pays its own start-up. The Dask runs go to a LocalCluster
of N single-threaded worker processes started here beforehand
(``--scheduler``), so that they measure the engine, not the cluster's start,
which is timed apart; one more run starts its own cluster (no ``--scheduler``).

Local and Dask runs alternate, ``--repeat`` times each, and the best wall time
is kept. Beside wall time, each run's CPU seconds are counted over every
process it uses (the CLI and its pool, or the CLI, the scheduler and the Dask
workers): on a machine shared with other work, CPU time says what Dask costs
even when wall time mostly says how busy the machine was. The overhead is
Dask against the local pool at the same number of workers. All outputs are
compared; a Dask worker keeps the code it first imported, so code edited
during the run can make them differ.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

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


def cluster_cpu() -> float:
    """CPU seconds so far of this process (the scheduler lives here) and of every process below it (the workers)."""
    total = 0.0
    me = psutil.Process()
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv: list[str]) -> tuple[float, float, str]:
    """Run ``argv``: wall seconds, CPU seconds of it and of the cluster, and a digest of the output."""
    cpu = children_cpu() + cluster_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True)
    wall = time.perf_counter() - start
    cpu = children_cpu() + cluster_cpu() - cpu
    if done.returncode not in (0, 1, 3):
        sys.exit(f"{' '.join(argv[2:])} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall, cpu, hashlib.sha256(done.stdout).hexdigest()


def best(runs: list[tuple[float, float, str]]) -> tuple[float, float, set[str]]:
    return min(r[0] for r in runs), min(r[1] for r in runs), {r[2] for r in runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, alternating; the best is kept")
    args = parser.parse_args()
    from distributed import LocalCluster

    print(f"load before: {os.getloadavg()[0]:.2f}; cores usable: {len(os.sched_getaffinity(0))}")
    rows: dict[str, tuple[float, float, set[str]]] = {}
    starts: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="dask-bench-") as temp:
        corpus = Path(temp) / "corpus"
        size = make_corpus(args.folder, corpus, args.files)
        print(f"corpus: {args.files:,} files, {size / 1e6:.1f} MB (copies of {args.folder})")
        for workers in (1, 2):
            start = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
                starts[workers] = time.perf_counter() - start
                local, dask = [], []
                for _ in range(args.repeat):
                    local.append(run([*COMMAND, "-j", str(workers), str(corpus)]))
                    dask.append(run([*COMMAND, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                                     str(corpus)]))
            rows[f"local -j {workers}"] = best(local)
            rows[f"dask, {workers} worker{'s' * (workers > 1)}"] = best(dask)
        rows["dask, 2 workers, own cluster"] = best([run([*COMMAND, "--engine", "dask", "-j", "2", str(corpus)])
                                                     for _ in range(args.repeat)])
    print(f"{'run':<30} {'seconds':>8} {'files/s':>8} {'CPU s':>7} {'CPU ms/file':>11}  output sha256")
    for label, (wall, cpu, digests) in rows.items():
        print(f"{label:<30} {wall:8.2f} {args.files / wall:8.1f} {cpu:7.1f} {cpu / args.files * 1000:11.2f}  "
              f"{', '.join(sorted(d[:12] for d in digests))}")
    for workers, label in ((1, "dask, 1 worker"), (2, "dask, 2 workers")):
        local = rows[f"local -j {workers}"]
        print(f"overhead of dask against local -j {workers}: wall {rows[label][0] / local[0] - 1:+.0%}, "
              f"CPU {rows[label][1] / local[1] - 1:+.0%} (the LocalCluster took {starts[workers]:.1f} s to start, "
              "not counted)")
    own, local = rows["dask, 2 workers, own cluster"], rows["local -j 2"]
    print(f"overhead of dask starting its own cluster against local -j 2: wall {own[0] / local[0] - 1:+.0%}, "
          f"CPU {own[1] / local[1] - 1:+.0%}")
    print(f"scaling 2/1 workers (wall): local {rows['local -j 1'][0] / rows['local -j 2'][0]:.2f}x, "
          f"dask {rows['dask, 1 worker'][0] / rows['dask, 2 workers'][0]:.2f}x")
    outputs = set().union(*(digests for _, _, digests in rows.values()))
    print(f"outputs identical across all runs: {'yes' if len(outputs) == 1 else 'NO (was the code edited meanwhile?)'}")
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
