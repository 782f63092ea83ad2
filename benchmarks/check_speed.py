"""How long ``article-clean check`` takes on one file, start to end, as pre-commit runs it.

    python benchmarks/check_speed.py [FILE] [--runs N] [--imports]

FILE defaults to the first seed in ../shared/seeds. Each command runs as a
fresh process, N times; the best and the median wall times are printed, with
the ratio to ``article-clean clean`` on the same file in the same run (the
peer: the same pipeline, without the rules). The floors are the interpreter
alone and the CLI printing its version: every command pays the CLI's start,
so check's own cost is its time less that floor. The in-process figures time
the library on the same bytes. The CPU column is the process's user and
system time, which a busy machine disturbs less than the wall time.
``--imports`` lists the slowest imports of one check run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
BUDGET = 0.3  #: seconds: what one pre-commit run of check on one file may take
#: The commands run with Python's bytecode cache on, as an installed package has it
#: (pip compiles it); without it every module is compiled anew on every start.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def wall(argv: list[str], runs: int) -> tuple[float, float, float]:
    """Best and median wall time of ``argv`` as a fresh process, and its median CPU time
    (user and system), which a busy machine disturbs less than the wall time."""
    times, cpu = [], []
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)  # warm up
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times), statistics.median(times), statistics.median(cpu)


def in_process(path: Path, repeat: int) -> tuple[float, float]:
    """Seconds per file for check_data and for clean on the same bytes."""
    import article_clean
    from article_clean.check import check_data
    from article_clean.check.select import ALL_CODES
    from article_clean.options import Options

    data = path.read_bytes()
    options = Options()
    codes = frozenset(ALL_CODES)
    check_data(data, str(path), options, codes)  # imports and caches out of the timing
    start = time.perf_counter()
    for _ in range(repeat):
        check_data(data, str(path), options, codes)
    checked = (time.perf_counter() - start) / repeat
    start = time.perf_counter()
    for _ in range(repeat):
        article_clean.clean(data, options, str(path))
    return checked, (time.perf_counter() - start) / repeat


def slowest_imports(path: Path, count: int = 12) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) of the slowest imports in one check run."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "article_clean", "check", str(path)],
                          capture_output=True, text=True, check=False, env=ENV)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = line.split("|")
            rows.append((int(cumulative), name.rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=200, help="in-process repetitions")
    parser.add_argument("--imports", action="store_true")
    args = parser.parse_args()
    path = args.file or next(iter(sorted(SEEDS.glob("*.txt"))), None)
    if path is None:
        sys.exit("give a FILE: ../shared/seeds is not beside this checkout")
    python = sys.executable
    rows = [
        ("python -c pass", [python, "-c", "pass"]),
        ("article-clean --version", [python, "-m", "article_clean", "--version"]),
        ("article-clean clean FILE", [python, "-m", "article_clean", "clean", str(path)]),
        ("article-clean check FILE", [python, "-m", "article_clean", "check", str(path)]),
    ]
    print(f"file: {path} ({path.stat().st_size} bytes); {args.runs} runs each after one to warm up; "
          f"bytecode cache on; load {os.getloadavg()[0]:.2f}")
    results = {label: wall(argv, args.runs) for label, argv in rows}
    peer = results["article-clean clean FILE"][1]
    print(f"{'command':<28}{'best s':>9}{'median s':>10}{'/ clean':>9}{'cpu s':>8}")
    for label, (best, median, cpu) in results.items():
        print(f"{label:<28}{best:>9.3f}{median:>10.3f}{median / peer:>9.2f}{cpu:>8.3f}")
    best, median, _ = results["article-clean check FILE"]
    verdict = "within" if median < BUDGET else "OVER"
    floor = results["article-clean --version"][1]
    print(f"check: median {median:.3f} s, {verdict} the {BUDGET} s budget; "
          f"{median - floor:.3f} s over the CLI's own start ({floor:.3f} s)")
    checked, cleaned = in_process(path, args.repeat)
    print(f"in process, per file: check_data {checked * 1000:.2f} ms, clean {cleaned * 1000:.2f} ms, "
          f"ratio {checked / cleaned:.2f}")
    if args.imports:
        print("slowest imports of one check run (cumulative ms):")
        for micros, name in slowest_imports(path):
            print(f"{micros / 1000:>8.1f}  {name}")


if __name__ == "__main__":
    main()
