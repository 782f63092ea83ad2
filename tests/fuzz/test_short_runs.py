"""A short, bounded run of each fuzz harness: a few thousand inputs in all.

The long runs are made by hand (see the harnesses' docstrings); this one keeps
the harnesses working and catches what the first inputs already find.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
RUNS = 1500

pytestmark = pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                                reason="atheris is not installed (pip install '.[test]' on Linux)")


@pytest.mark.parametrize("harness", ["fuzz_clean.py", "fuzz_html.py"])
def test_harness_runs_clean(harness, tmp_path):
    done = subprocess.run(
        [sys.executable, str(HERE / harness), f"-atheris_runs={RUNS}", "-max_len=4096", "-seed=1"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    crashes = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(("crash-", "timeout-", "oom-")))
    assert done.returncode == 0 and not crashes, done.stderr[-3000:]
    assert f"Done {RUNS} in" in done.stderr
