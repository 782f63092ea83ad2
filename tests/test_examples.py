"""The outputs in ``examples/`` are what ``article-clean clean`` makes of the inputs there today."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
INPUTS = sorted(EXAMPLES.glob("*.txt"))


def test_there_are_examples():
    assert {path.stem for path in INPUTS} >= {"wire-story", "blog-dump", "reuters-1987"}


@pytest.mark.parametrize("fmt", ["md", "json"])
@pytest.mark.parametrize("source", INPUTS, ids=lambda path: path.name)
def test_example_output_is_current(source, fmt, monkeypatch):
    """Regenerate with ``cd examples && article-clean clean NAME.txt -f md > NAME.md`` (and ``-f json``)."""
    monkeypatch.chdir(EXAMPLES)
    result = CliRunner().invoke(cli, ["clean", source.name, "-f", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout == source.with_suffix(f".{fmt}").read_text(encoding="utf-8")
