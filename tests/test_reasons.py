"""Every removal the stages record names a reason in the registry (article_clean.reasons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from article_clean import Options, clean_file
from article_clean.reasons import BY_NAME, METADATA_REASONS, REASONS, markdown_table

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
#: Pages read from each corpus and input kind, when the corpora are there.
SAMPLE = 25


def _inputs() -> list[Path]:
    found = [path for folder in (HERE / "cases", HERE / "html_cases") for path in sorted(folder.glob("*/input.*"))]
    found += sorted((HERE.parent / "examples").glob("*.txt")) + sorted((HERE.parent / "examples").glob("*.html"))
    return found


def _rules(path: Path, kind: str = "auto") -> set[str]:
    return {removal.rule for removal in clean_file(path, Options(input_format=kind)).removed}


def test_names_are_unique_and_described():
    assert len(BY_NAME) == len(REASONS)
    assert all(reason.stages and reason.description for reason in REASONS)
    assert {"title", "published", "updated", "dateline", "byline", "front-matter"} == METADATA_REASONS


@pytest.mark.parametrize("path", _inputs(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_recorded_rule_is_registered(path):
    assert _rules(path) <= BY_NAME.keys()


@pytest.mark.skipif(not EVAL.is_dir(), reason="the labelled corpora of ../shared/eval are not here")
@pytest.mark.parametrize("kind", ["text", "html"])
def test_every_rule_on_real_pages_is_registered(kind):
    seen: set[str] = set()
    for manifest in sorted(EVAL.glob("*/manifest.jsonl")):
        rows = [json.loads(line) for line in manifest.open(encoding="utf-8")]
        for row in [row for row in rows if row.get(kind)][:SAMPLE]:
            seen |= _rules(manifest.parent / row[kind], kind)
    assert seen, "no page was read"
    assert seen <= BY_NAME.keys(), sorted(seen - BY_NAME.keys())


def test_readme_lists_the_registry():
    readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- reasons:begin -->\n", 1)[1].split("\n<!-- reasons:end -->", 1)[0]
    assert table == markdown_table(), "run: python benchmarks/readme_tables.py"
