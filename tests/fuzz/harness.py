"""What every fuzz harness checks, and the libFuzzer arguments they share.

Run as scripts, the harnesses find this module beside them on ``sys.path``.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import tempfile
from pathlib import Path

import article_clean
from article_clean.writers import WRITERS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))  # for the known idempotence gaps
#: libFuzzer flags added unless given: a hang is a bug too, and inputs stay page-sized.
DEFAULTS = ("-timeout=30", "-max_len=65536")
#: Set to 1 to also require that Markdown and text output clean to themselves, except on
#: the known gaps of tests/test_properties.py (pinned there as strict xfail cases).
IDEMPOTENCE = os.environ.get("FUZZ_IDEMPOTENCE") == "1"


def import_package() -> None:
    """Import every module of the package now: called inside ``atheris.instrument_imports``,
    so that the modules the package imports lazily are instrumented too."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(article_clean.__path__, prefix="article_clean."):
        if info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            pass


def libfuzzer_argv(argv: list[str], seed_globs: tuple[str, ...], extra_seed: bytes = b"") -> list[str]:
    """``argv`` with the default flags, and the repository's pages as seed inputs unless ``-seed_inputs`` is given."""
    out = list(argv)
    given = {arg.split("=", 1)[0] for arg in argv[1:] if arg.startswith("-")}
    out += [flag for flag in DEFAULTS if flag.split("=", 1)[0] not in given]
    if "-seed_inputs" not in given:
        seeds = [str(path) for pattern in seed_globs for path in sorted(ROOT.glob(pattern)) if path.is_file()]
        if extra_seed:
            descriptor, name = tempfile.mkstemp(prefix="fuzz-seed-")
            os.write(descriptor, extra_seed)
            os.close(descriptor)
            atexit.register(os.unlink, name)
            seeds.append(name)
        if seeds:
            out.append("-seed_inputs=" + ",".join(seeds))
    return out


def check_clean(data: bytes | str, options: article_clean.Options | None = None) -> None:
    """Clean ``data`` and assert the invariants; InputError is the one allowed failure."""
    try:
        article = article_clean.clean(data, options)
    except article_clean.InputError:
        return
    gaps = article.accounting()
    assert not gaps, f"input lines not accounted for: {gaps[:10]}"
    first = json.dumps(article.to_dict(), ensure_ascii=False)
    first.encode("utf-8")  # every output encodes: no lone surrogates
    assert json.dumps(article_clean.clean(data, options).to_dict(), ensure_ascii=False) == first, "not deterministic"
    if IDEMPOTENCE:
        from test_properties import known_gap

        for name in ("md", "text"):
            writer = WRITERS[name]
            rendered = writer.render(article)
            if rendered.strip() and writer.render(article_clean.clean(rendered)) != rendered:
                assert known_gap(article, name), f"{name} output does not clean to itself"
