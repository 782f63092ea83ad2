"""``--links`` and ``--images``: the article's links and images from HTML, in Markdown and JSON; off by default."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import article_clean
from article_clean import Options
from article_clean.cli import cli
from article_clean.writers import WRITERS

SCHEMA = json.loads((Path(article_clean.__file__).parent / "schema" / "article.schema.json").read_text(encoding="utf-8"))
PAGE = (
    '<html><head><title>Big storm</title></head><body><nav><a href="/">Home</a></nav>'
    "<article><h1>Big storm</h1>"
    '<figure><img src="/img/storm.jpg" alt="The storm over the bay"><figcaption>Over the bay.</figcaption></figure>'
    '<p>The storm hit the coast on Monday, <a href="/weather/report">officials said</a>, and many homes lost power.</p>'
    '<div class="ad-slot"><img src="/ads/banner.gif"></div>'
    '<p>More rain is expected, the <a href="https://met.example.org/">weather office</a> said in <a href="#f">its</a> forecast.</p>'
    "</article></body></html>"
)
URL = "https://news.example.org/2021/05/04/storm"


def test_off_by_default():
    plain = article_clean.clean(PAGE, url=URL)
    assert all(not block.links and not block.images for block in plain.body)
    markdown = WRITERS["md"].render(plain)
    assert "](" not in markdown and "officials said" in markdown
    assert "links" not in json.dumps(plain.to_dict())


def test_links_in_markdown_resolved_against_the_url():
    markdown = WRITERS["md"].render(article_clean.clean(PAGE, Options(links=True), url=URL))
    assert "[officials said](https://news.example.org/weather/report)" in markdown
    assert "[weather office](https://met.example.org/)" in markdown
    assert "[its]" not in markdown and "[Home]" not in markdown  # a link to the page itself; chrome
    assert "![" not in markdown


def test_images_stand_before_the_block_that_follows_them():
    markdown = WRITERS["md"].render(article_clean.clean(PAGE, Options(images=True), url=URL))
    image = "![The storm over the bay](https://news.example.org/img/storm.jpg)"
    assert image in markdown and markdown.index(image) < markdown.index("The storm hit the coast")
    assert "banner.gif" not in markdown  # the ad's


def test_json_carries_them_and_keeps_to_the_schema():
    data = article_clean.clean(PAGE, Options(links=True, images=True)).to_dict()
    jsonschema.validate(data, SCHEMA)
    first = data["body"][0]
    assert first["links"] == [{"text": "officials said", "url": "/weather/report"}]
    assert first["images"] == [{"src": "/img/storm.jpg", "alt": "The storm over the bay"}]


def test_the_text_is_the_same_with_and_without():
    assert [b.text for b in article_clean.clean(PAGE, Options(links=True, images=True)).body] == \
           [b.text for b in article_clean.clean(PAGE).body]


def test_cli_flags(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", "-f", "md", "--links", "--images", "--url", URL, str(page)])
    assert result.exit_code == 0, result.output
    assert "[officials said](https://news.example.org/weather/report)" in result.output
    assert "![The storm over the bay](https://news.example.org/img/storm.jpg)" in result.output
    assert "](" not in CliRunner().invoke(cli, ["clean", "-f", "md", str(page)]).output


def test_config_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.article_clean]\nlinks = true\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert "[officials said](/weather/report)" in CliRunner().invoke(cli, ["clean", "-f", "md", "page.html"]).output
