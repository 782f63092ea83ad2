"""``article-clean explain``: every line at its place with its fate, counts that add up, and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean.cli import cli

HERE = Path(__file__).resolve().parent
PAGE = (
    "<html><head><title>Floods cut off villages</title></head><body>"
    '<header class="site-header"><p>The Daily Ledger</p><ul><li><a href="/">Home</a></li>'
    '<li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></header>'
    "<main><article><h1>Floods cut off villages</h1>"
    "<p>Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said.</p>"
    '<div class="share-bar">Facebook Twitter Email</div>'
    "<p>The water rose faster than anyone expected after three days of torrential rain, they said.</p>"
    "</article></main>"
    '<footer class="site-footer"><p>© 2023 The Daily Ledger. All rights reserved.</p></footer>'
    "</body></html>"
)
TEXT = (
    "Floods cut off villages\n\n"
    "SYLHET, March 9 (AFP) - Flash floods cut off dozens of villages in northern Bangladesh on\n"
    "Thursday, officials said.\n\n"
    "Beta Version\n"
)


def invoke(*args, input=None):
    return CliRunner().invoke(cli, ["explain", *args], input=input)


def as_json(*args, input=None) -> dict:
    result = invoke("--format", "json", *args, input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def fates(data: dict) -> dict[str, list[str]]:
    return {line["text"]: [fate["label"] for fate in line["fates"]] for line in data["lines"] if line["text"]}


@pytest.mark.parametrize("content", [PAGE, TEXT])
def test_json_counts_add_up_to_the_lines(content):
    data = as_json("-", input=content)
    counts = data["counts"]
    assert sum(value for key, value in counts.items() if key != "lines") == counts["lines"] == len(data["lines"])
    assert [line["line"] for line in data["lines"]] == list(range(1, counts["lines"] + 1))
    assert "html" in data["stages"] if content is PAGE else "html" not in data["stages"]


def test_html_removed_elements_stand_at_their_place():
    data = as_json("-", input=PAGE)
    seen = fates(data)
    assert seen["The Daily Ledger"] == ["removed by header"]
    assert seen["Facebook Twitter Email"] == ["removed by share"]
    assert seen["© 2023 The Daily Ledger. All rights reserved."] == ["removed by footer"]
    assert any(label.startswith("kept in paragraph") for label in seen[
        "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said."])
    order = [line["text"] for line in data["lines"] if line["text"]]
    assert order.index("The Daily Ledger") < order.index("Facebook Twitter Email") < order.index(
        "© 2023 The Daily Ledger. All rights reserved.")
    assert data["unplaced"]["removed"] == []
    assert "unaccounted" not in data["counts"]


def test_html_table_has_no_blank_run_for_dropped_elements():
    result = invoke("-", input=PAGE)
    assert result.exit_code == 0
    assert "blank lines" not in result.output
    assert "removed by header:" not in result.output  # not listed at the end, but in place
    total = re.search(r"(\d+) lines: (.*)", result.output)
    parts = [int(number) for number in re.findall(r"(\d+) \w+", total.group(2))]
    assert sum(parts) == int(total.group(1))


def test_text_json_metadata_and_removals():
    data = as_json("-", input=TEXT)
    assert data["metadata"]["title"] == "Floods cut off villages"
    assert data["metadata"]["dateline"].startswith("SYLHET")
    assert fates(data)["Beta Version"] == ["removed by beta-version"]


def test_explain_takes_the_config_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text("[article_clean]\nboilerplate_phrases = Read more at the Ledger\n")
    (tmp_path / "page.txt").write_text(TEXT + "\nRead more at the Ledger\n", encoding="utf-8")
    assert "removed by config-phrase" in fates(as_json("page.txt"))["Read more at the Ledger"]
    assert "removed by config-phrase" not in fates(as_json("--isolated", "page.txt"))["Read more at the Ledger"]
