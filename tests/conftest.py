from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture
def seed_path() -> Path:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not beside this checkout")
    return seeds[0]


def _hypothesis_profiles() -> None:
    """Property tests: thorough by default, fewer examples on CI; never a deadline, since
    a loaded machine makes one slow example fail a property that holds."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:  # the test extra is not installed; the property tests skip
        return
    settings.register_profile("dev", max_examples=100, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, print_blob=True,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("ci" if os.environ.get("CI") else "dev")


_hypothesis_profiles()
