"""Throughput of the text path: documents and MB per second, in process and through the CLI.

    python benchmarks/throughput.py FOLDER [--repeat N]

The peer figure is the cost of reading the same files and splitting them into
lines, the floor any cleaner pays; the ratio says how much cleaning adds.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import article_clean


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".text", ".md"))


def in_process(datas: list[bytes], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for data in datas:
            try:
                article_clean.clean(data)
            except article_clean.InputError:
                pass
    return time.perf_counter() - start


def read_and_split(datas: list[bytes], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for data in datas:
            data.decode("utf-8", errors="replace").splitlines()
    return time.perf_counter() - start


def cli_wall(path: Path, runs: int = 10) -> float:
    command = shutil.which("article-clean")
    argv = [command] if command else [sys.executable, "-m", "article_clean"]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*argv, "clean", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = files_in(args.folder)
    if not paths:
        sys.exit(f"{args.folder}: no .txt files to measure")
    datas = [p.read_bytes() for p in paths]
    size = sum(map(len, datas)) * args.repeat
    count = len(datas) * args.repeat
    in_process(datas[:20], 1)  # warm the imports and regex caches
    ours = in_process(datas, args.repeat)
    floor = read_and_split(datas, args.repeat)
    print(f"files: {len(paths)} x {args.repeat}, {size / 1e6:.1f} MB in all")
    print(f"library, one core:   {count / ours:8.0f} docs/s  {size / ours / 1e6:6.2f} MB/s")
    print(f"read+split (floor):  {count / floor:8.0f} docs/s  {size / floor / 1e6:6.2f} MB/s")
    print(f"ratio, cleaning / floor time: {ours / floor:.1f}x")
    wall = cli_wall(paths[0])
    print(f"CLI, one file start to finish: {wall * 1000:.0f} ms (best of 10: {paths[0].name})")


if __name__ == "__main__":
    main()
