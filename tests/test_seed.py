"""The motivating input, ../shared/seeds, when it is beside this checkout."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

import article_clean
from article_clean.cli import cli
from article_clean.writers import WRITERS


def test_seed_acceptance(seed_path):
    result = CliRunner().invoke(cli, ["clean", "--format", "json", str(seed_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "IS fighters massing in Afghanistan, says Putin ahead of talks"
    assert data["published"] == "2021-10-15T20:27:00"
    assert data["updated"] == "2021-10-15T20:29:00"
    assert data["dateline"]["location"] == "MOSCOW"
    assert data["dateline"]["date"] == "2021-10-15"
    assert data["dateline"]["agencies"] == ["BSS", "AFP"]
    assert data["byline"] is None
    types = [block["type"] for block in data["body"]]
    assert types.count("paragraph") == 15
    assert [b["text"] for b in data["body"] if b["type"] == "heading"] == ["We need to interact"]
    assert data["body"][0]["text"].startswith("Russian President Vladimir Putin on Friday said hundreds")
    assert [(f["name"], f["line"]) for f in data["flags"]] == [("truncated-quote", 49), ("truncated-quote", 59)]
    for debris in ("Latest News", "Most View", "Beta Version", "Update"):
        assert debris not in data["text"]
    assert not re.search(r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2}", data["text"])


def test_seed_nothing_lost(seed_path):
    assert article_clean.clean_file(seed_path).accounting() == []


def test_seed_strict_exits_1(seed_path):
    result = CliRunner().invoke(cli, ["clean", "--strict", str(seed_path)])
    assert result.exit_code == 1


def test_seed_markdown_is_idempotent(seed_path):
    first = WRITERS["md"].render(article_clean.clean_file(seed_path))
    assert first.startswith("---\ntitle: ")
    assert "\n# IS fighters massing" in first
    assert "**MOSCOW, Oct 15, 2021 (BSS/AFP) -** Russian President" in first
    assert "\n## We need to interact\n" in first
    assert WRITERS["md"].render(article_clean.clean(first)) == first
