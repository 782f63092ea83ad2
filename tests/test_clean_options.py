"""``clean``'s options: --url (and ``url=`` in the library), the format from -o's extension, and
Markdown refused where several documents would share one stream."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import article_clean
from article_clean.cli import cli

ARTICLE = (
    "Council approves new cycle lanes\n\n"
    "LONDON (Reuters) - The city council approved forty kilometres of new cycle lanes on\n"
    "Tuesday, officials said, in a plan that will take three years to complete.\n"
)
#: A saved page whose canonical link is relative and which names no site and no date.
PAGE = (
    '<html><head><title>Big storm</title><link rel="canonical" href="/news/2020/01/02/storm"></head><body>'
    "<article><h1>Big storm</h1>"
    "<p>The storm hit the coast on Monday, officials said, and many homes lost power for days.</p>"
    "<p>More rain is expected this week, the weather office said in its latest forecast.</p>"
    "</article></body></html>"
)
URL = "https://www.example.com/2021/10/15/council-lanes"


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_url_gives_a_text_dump_its_address_date_and_site():
    article = article_clean.clean(ARTICLE, url=URL)
    assert (article.url, article.published, article.site_name) == (URL, "2021-10-15", "example.com")
    plain = article_clean.clean(ARTICLE)
    assert (plain.url, plain.published, plain.site_name) == (None, None, None)
    assert article.body == plain.body and article.removed == plain.removed


def test_url_makes_a_relative_canonical_absolute_and_names_the_site(inputs):
    article = article_clean.clean_file(inputs / "page.html", url="https://news.example.org/saved/page.html")
    assert article.url == "https://news.example.org/news/2020/01/02/storm"
    assert (article.published, article.site_name) == ("2020-01-02", "news.example.org")
    assert article_clean.clean_file(inputs / "page.html").url == "/news/2020/01/02/storm"


def test_a_page_s_own_date_and_name_win_over_the_url():
    page = PAGE.replace("<head>", '<head><meta property="og:site_name" content="The Courier">'
                                  '<meta property="article:published_time" content="2019-05-06">')
    article = article_clean.clean(page, url=URL)
    assert (article.published, article.site_name) == ("2019-05-06", "The Courier")


def test_clean_url_flag(inputs):
    data = json.loads(invoke("clean", "--url", URL, "a.txt").output)
    assert (data["url"], data["published"], data["site_name"]) == (URL, "2021-10-15", "example.com")
    assert json.loads(invoke("clean", "--url", URL, input=ARTICLE).output)["published"] == "2021-10-15"


@pytest.mark.parametrize("args, message", [
    (["--url", "example.com/2021/10/15/x", "a.txt"], "give an absolute http(s) address"),
    (["--url", URL, "a.txt", "b.txt"], "--url is the address of one page"),
])
def test_url_flag_errors(inputs, args, message):
    result = invoke("clean", *args)
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name, expected", [("out.md", "---\n"), ("out.jsonl", '{"schema":'), ("out.txt", "Council"),
                                            ("out.json", '{\n  "schema"'), ("out.data", '{\n  "schema"')])
def test_output_extension_gives_the_format(inputs, name, expected):
    assert invoke("clean", "a.txt", "-o", name).exit_code == 0
    assert (inputs / name).read_text(encoding="utf-8").startswith(expected)


def test_format_flag_wins_over_the_extension(inputs):
    assert invoke("clean", "a.txt", "-f", "jsonl", "-o", "out.md").exit_code == 0
    assert json.loads((inputs / "out.md").read_text(encoding="utf-8"))["title"] == "Council approves new cycle lanes"


def test_several_inputs_as_jsonl_from_the_extension(inputs):
    assert invoke("clean", "a.txt", "b.txt", "-o", "all.jsonl").exit_code == 0
    lines = (inputs / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("args", [["-f", "md", "a.txt", "b.txt"], ["-f", "markdown", "."], ["a.txt", "b.txt", "-o", "all.md"]])
def test_markdown_of_several_inputs_in_one_stream_is_refused(inputs, args):
    result = invoke("clean", *args)
    assert result.exit_code == 2
    assert "--out-dir" in result.output and "-f jsonl" in result.output
    assert not (inputs / "all.md").exists()


def test_markdown_of_several_inputs_to_a_folder_is_fine(inputs):
    assert invoke("clean", "-f", "md", "a.txt", "b.txt", "--out-dir", "out").exit_code == 0
    assert sorted(path.name for path in (inputs / "out").iterdir()) == ["a.md", "b.md"]
