"""HTML input: golden pages, sniffing and charsets, metadata, chrome accounting, and bad markup.

Golden cases live in tests/html_cases/NAME/ (input.html or input.txt, case.json,
expected.json, expected.md). After an intended change, regenerate them and
review the diff:  python tests/test_html.py
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import article_clean
from article_clean import InputError, Options
from article_clean.html.charset import decode_html
from article_clean.stages.html import NO_TEXT
from article_clean.writers import WRITERS

from conftest import EVAL
from golden import Case, run

HTML_CASES = Path(__file__).resolve().parent / "html_cases"
SCHEMA = json.loads(resources.files("article_clean").joinpath("schema/article.schema.json").read_text())
HTML = Options(input_format="html")


def html_cases() -> list[Case]:
    found = []
    for spec in sorted(HTML_CASES.glob("*/case.json")):
        data = json.loads(spec.read_text(encoding="utf-8"))
        found.append(Case(spec.parent.name, spec.parent, sorted(spec.parent.glob("input.*"))[0],
                          tuple(data.get("args", [])), data.get("xfail")))
    return found


CASES = html_cases()


def params() -> list:
    return [pytest.param(case, id=case.name,
                         marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [])
            for case in CASES]


def page(body: str, head: str = "") -> bytes:
    """A small HTML page around ``body``."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story says that the council met on Tuesday and agreed, after a long debate, "
    f"to rebuild the bridge before the winter floods arrive in the valley.</p>" for n in range(1, 6))


# ---------------------------------------------------------------- golden cases


def test_the_six_kinds_of_page_are_there():
    assert {case.name for case in CASES} >= {
        "news_jsonld", "blog_comments", "opengraph_only", "lists_tables", "legacy_charset", "misleading_txt"}


@pytest.mark.parametrize("case", params())
@pytest.mark.parametrize("fmt,expected", [("json", "expected.json"), ("md", "expected.md")])
def test_golden_output(case, fmt, expected):
    code, output = run(case, fmt)
    assert code in (0, 1), output
    assert output == (case.folder / expected).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", params())
def test_json_matches_schema(case):
    jsonschema.validate(json.loads(run(case, "json")[1]), SCHEMA)


@pytest.mark.parametrize("case", params())
def test_every_visible_block_is_accounted_for(case):
    article = article_clean.clean_file(case.input)
    assert article.input_lines, "the page's visible text is what accounting checks"
    assert article.accounting() == []


@pytest.mark.parametrize("case", params())
def test_removed_blocks_carry_a_rule_and_a_path_instead_of_a_line(case):
    article = article_clean.clean_file(case.input)
    by_element = [r for r in article.removed if r.path is not None]
    assert by_element
    assert all(r.line is None and r.rule and r.text for r in by_element)


@pytest.mark.parametrize("case", params())
def test_cleaning_the_markdown_again_changes_nothing(case):
    first = WRITERS["md"].render(article_clean.clean_file(case.input))
    assert WRITERS["md"].render(article_clean.clean(first, source=str(case.input))) == first


def test_chrome_is_removed_with_the_rule_that_took_it():
    article = article_clean.clean_file(HTML_CASES / "blog_comments" / "input.html")
    rules = {r.rule for r in article.removed}
    assert {"navigation", "comments", "title"} <= rules
    assert "Toller Bericht" not in article.text
    assert all("Neueste Beiträge" not in block.text for block in article.body)
    comments = next(r for r in article.removed if r.rule == "comments")
    assert "comments" in comments.path and "Toller Bericht" in comments.text


# ---------------------------------------------------------------- sniffing and charsets


def test_a_txt_file_holding_html_is_read_as_html():
    article = article_clean.clean_file(HTML_CASES / "misleading_txt" / "input.txt")
    assert article.title == "Fed holds rates steady, signals patience"
    assert "<p>" not in article.text and article.dateline.agencies == ("Reuters",)


def test_input_format_forces_the_reader():
    data = page(f"<h1>Bridge to be rebuilt</h1>{PARAGRAPHS}")
    assert article_clean.clean(data).title == "Bridge to be rebuilt"
    assert "<p>" in article_clean.clean(data, Options(input_format="text")).text
    fragment = "Bridge to be rebuilt<br>\n\nThe council met on Tuesday, officials said, and agreed to rebuild it."
    assert "<br>" in article_clean.clean(fragment).input_lines[0]
    forced = article_clean.clean(fragment, HTML)
    assert forced.input_lines[0] == "Bridge to be rebuilt" and forced.text.startswith("The council met")


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1251">',
                                         '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'])
def test_the_declared_charset_is_used_and_recorded(declaration):
    data = f"<html><head>{declaration}<title>Новости</title></head><body>{PARAGRAPHS}<p>Морозы продлятся до конца недели, сообщили синоптики.</p></body></html>"
    article = article_clean.clean(data.encode("cp1251"))
    assert article.encoding == "cp1251"
    assert "Морозы продлятся" in article.text


def test_a_bom_wins_over_a_wrong_declaration():
    data = "\ufeff<html><head><meta charset='iso-8859-1'></head><body><p>Café déjà vu, said the chef.</p></body></html>"
    text, encoding, _ = decode_html(data.encode("utf-8"), "-")
    assert encoding == "utf-8" and "Café déjà vu" in text


def test_utf8_bytes_under_a_legacy_label_are_read_as_utf8():
    data = "<html><head><meta charset='iso-8859-1'></head><body><p>Zürich, Genève</p></body></html>".encode()
    assert decode_html(data, "-")[:2] == ("<html><head><meta charset='iso-8859-1'></head><body><p>Zürich, Genève</p></body></html>", "utf-8")


def test_an_undeclared_legacy_page_is_detected():
    data = "<html><body><p>Les élèves ont répondu très précisément à la question posée.</p></body></html>".encode("cp1252")
    text, encoding, _ = decode_html(data, "-")
    assert "élèves" in text and encoding == "cp1252"


# ---------------------------------------------------------------- metadata


def test_metadata_from_json_ld_wins_and_the_headline_is_not_taken_twice():
    article = article_clean.clean_file(HTML_CASES / "news_jsonld" / "input.html")
    assert article.title == "Floods cut off villages in northern Bangladesh"
    assert article.byline.authors == ("Rahim Chowdhury",)
    assert article.published == "2023-03-09T14:05:00+06:00"
    assert (article.language, article.site_name) == ("en-GB", "The Daily Ledger")
    assert article.url == "https://ledger.example.com/world/2023/03/09/floods-bangladesh"
    assert article.body[0].text.startswith("Flash floods") and article.dateline.location == "SYLHET"
    assert [b.text for b in article.body if b.type == "heading"] == ["Nowhere to go"]


def test_only_opengraph_is_enough():
    article = article_clean.clean_file(HTML_CASES / "opengraph_only" / "input.html")
    assert (article.title, article.site_name) == ("Harbour seals return to the estuary", "Coastal Notes")
    assert article.published == "2022-11-04T08:30:00Z" and article.byline is None


@pytest.mark.parametrize("author", [
    '<meta name="author" content="The Valley Post">',
    '<meta name="author" content="AFP">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Valley Post Media"}}</script>',
    '<meta name="author" content="https://valley.example.com/staff/7">',
])
def test_no_author_from_a_site_name_an_agency_or_an_organization(author):
    head = f'<meta property="og:site_name" content="The Valley Post">{author}'
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}</article>", head))
    assert article.byline is None


PERSON_GRAPH = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
                '{"@type": "NewsArticle", "headline": "Bridge to be rebuilt", "author": {"@id": "#/person/1"}},'
                '{"@type": "Person", "@id": "#/person/1", "name": "Evan Marsh"}]}</script>')


def test_a_json_ld_author_given_by_reference_is_read_when_the_page_prints_the_name():
    body = f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}<p>Evan Marsh covers the valley's towns.</p></article>"
    assert article_clean.clean(page(body, PERSON_GRAPH)).byline.authors == ("Evan Marsh",)


def test_an_author_that_only_the_metadata_knows_is_not_given():
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}</article>", PERSON_GRAPH))
    assert article.byline is None


@pytest.mark.parametrize("credit,author", [
    ("<p>Text: Miriam Hollander</p>", "Miriam Hollander"),
    ('<div class="article-author">Erstellt von Miriam Hollander</div>', "Miriam Hollander"),
    ("<p>Datum: 01.02.2022 Autor: Miriam Hollander Quelle: Talbote</p>", "Miriam Hollander"),
    ("<p>Foto: Miriam Hollander</p>", None),
    ('<h2>Mehr zum Thema</h2><p>Von Jonas Weber</p>', None),
])
def test_a_credit_below_the_last_paragraph_signs_the_article_but_a_picture_credit_or_another_piece_does_not(credit, author):
    long_story = PARAGRAPHS * 3  # the credit stands far below the headline
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{long_story}{credit}</article>"))
    assert (article.byline.authors if article.byline else (None,)) == (author,)


@pytest.mark.parametrize("headline,date", [
    ('<h1><span class="date">27.01.2022</span> Bridge to be rebuilt</h1>', "2022-01-27"),
    ('<h1>Bridge to be rebuilt</h1><div class="sidebar-meta">1. Februar 2022</div>', "2022-02-01"),
    ('<h1>Bridge to be rebuilt</h1><div class="sidebar-meta"><a href="/x">1. Februar 2022</a></div>', None),
])
def test_a_date_in_the_headline_or_right_under_it_is_the_publication_date(headline, date):
    head = '<meta property="og:title" content="Bridge to be rebuilt">'
    assert article_clean.clean(page(f"<article>{headline}{PARAGRAPHS}</article>", head)).published == date


def test_a_printed_numeric_date_read_the_wrong_way_round_yields_to_the_machine_date():
    head = '<meta property="article:published_time" content="2021-11-01T04:00:14Z">'
    body = f'<article><h1>Bridge to be rebuilt</h1><p class="date">2021-01-11</p>{PARAGRAPHS}</article>'
    assert article_clean.clean(page(body, head)).published == "2021-11-01T04:00:14Z"


def test_the_date_of_a_picture_caption_is_not_the_publication_date():
    body = (f'<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}<figure><figcaption>The old bridge on 31.05.2021'
            f'</figcaption></figure>{PARAGRAPHS}</article>')
    assert article_clean.clean(page(body)).published is None


@pytest.mark.parametrize("marker", ["Zum Weiterlesen", "Mehr zu Klima und Konsum", "NOTAS RELACIONADAS",
                                    "Contenido relacionado", "Más sobre La Tercera", "Weitere Informationen:",
                                    "Originalpublikation", "Mehr Kolumnen auf MeinBlog"])
def test_what_follows_a_heading_that_ends_the_article_goes(marker):
    teaser = "<p>Floods: the valley counts the cost of the spring, and the council asks for help from the region.</p>"
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}<h3>{marker}</h3>{teaser}</article>"))
    assert "Paragraph 5" in article.text and "counts the cost" not in article.text and marker not in article.text


@pytest.mark.parametrize("prompt", ["Möchten Sie den Artikel teilen?", "War der Artikel nützlich?", "Share this story:",
                                    "For the latest news download the Valley Times app.", "Síguenos en Telegram y Twitter",
                                    "Werden Sie Mitglied und erhalten Sie exklusive Angebote!",
                                    "Pour lire la suite, créez un compte."])
def test_a_prompt_to_share_or_rate_the_article_goes(prompt):
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}<p>{prompt}</p>{PARAGRAPHS}</article>"))
    assert prompt not in article.text and any(r.rule == "subscribe" and r.text == prompt for r in article.removed)


def test_json_ld_in_a_script_without_a_type_and_of_a_type_not_known_as_an_article():
    head = '<script>{"@context": "https://schema.org", "@type": "NewsItem", "datePublished": "2022-01-28T06:00:00+01:00"}</script>'
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}</article>", head))
    assert article.published == "2022-01-28T06:00:00+01:00"


def test_a_heading_above_the_first_paragraph_stays_in_the_body_when_the_title_is_known():
    head = '<meta property="og:title" content="Bridge to be rebuilt">'
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1><h2>Council decides</h2>{PARAGRAPHS}</article>", head))
    assert article.title == "Bridge to be rebuilt"
    assert article.body[0].type == "heading" and article.body[0].text == "Council decides"


LEAD = ("The council has agreed to rebuild the old stone bridge over the river before the winter floods, "
        "after a debate that lasted most of the night.")
DECK = "Council agrees to rebuild the stone bridge before the floods, after a long night of debate."


@pytest.mark.parametrize("intro,kept", [
    (f"<p>{LEAD}</p>", True),
    (f"<p>{DECK}</p>", False),
    (f"<figure><figcaption><p>{LEAD}</p></figcaption></figure>", False),
])
def test_the_lead_in_the_articles_own_header_is_kept_but_not_a_deck_or_a_caption(intro, kept):
    body = f"<article><header><h1>Bridge to be rebuilt</h1>{intro}</header><div class='entry-content'>{PARAGRAPHS}</div></article>"
    article = article_clean.clean(page(body))
    text = LEAD if "figure" in intro or LEAD in intro else DECK
    assert (text in article.text) is kept and "Paragraph 5" in article.text
    assert kept or any(r.rule == "header" and r.text == text for r in article.removed)


BIO = "Jane Doe has reported on the valley and its rivers for twenty years, and lives in the town with her family."


@pytest.mark.parametrize("box", ["author-box", "post-author__bio", "saboxplugin-wrap", "cbx-Author_InfoContainer"])
def test_a_box_about_the_author_below_the_article_goes(box):
    article = article_clean.clean(page(f"<article class='post-12 post type-post author-jane'><h1>Bridge to be rebuilt</h1>"
                                       f"<div class='entry-content'>{PARAGRAPHS}<div class='{box}'><p>{BIO}</p></div></div></article>"))
    assert "Paragraph 5" in article.text and BIO not in article.text
    assert any(r.rule == "author-box" and r.text == BIO for r in article.removed)


@pytest.mark.parametrize("classes,rule", [("post-footer", "footer"), ("editorial-disclosure", "disclaimer"),
                                          ("aawp-disclaimer", "disclaimer"), ("bildunterschrift", "caption"), ("post-12 author-jane", None), ("post-share-bar", "share")])
def test_a_class_that_names_a_part_of_a_post_is_a_hint_but_the_posts_taxonomy_is_not(classes, rule):
    from article_clean.html.blocks import class_hints
    assert class_hints(classes, None)[1] == rule


def test_a_short_post_keeps_its_closing_line_when_one_paragraph_outweighs_the_post():
    long = ("Sometimes the day surprises you with small joys. Last week I walked through the old quarter, and on a wall "
            "by the bakery someone had left a little machine that prints a picture for twenty cents, so I paid and waited.")
    body = (f"<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/a'>Archive</a></li></ul>"
            f"<div class='post'><h2>Twenty cents</h2><div class='entry'><p>{long}</p>"
            f"<div class='wp-caption'><p>The machine</p></div><p>Well spent, even if it is no masterpiece!</p>"
            f"<p><a href='/t/1'>Tags</a>: <a href='/t/2'>city</a>, <a href='/t/3'>pictures</a></p></div>"
            f"<div id='comments'><h3>3 comments</h3><p>Lovely find, and I laughed out loud at the picture.</p></div></div>")
    article = article_clean.clean(page(body))
    assert "Sometimes the day" in article.text and "no masterpiece!" in article.text
    assert "Tags" not in article.text and "The machine" not in article.text and "Lovely find" not in article.text


@pytest.mark.parametrize("line,kept", [
    ("The next meeting of the bridge committee is on Wednesday 5 February 2020 at 7 pm in the <a href='/h'>town hall</a>.", True),
    ("Friday | 14 June 2019 | In Local News | 0 comments", False),
])
def test_a_dated_sentence_below_the_article_stays_but_a_line_of_page_metadata_goes(line, kept):
    article = article_clean.clean(page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}<p>{line}</p></article>"))
    text = line.replace("<a href='/h'>", "").replace("</a>", "")
    assert (text in article.text) is kept
    assert kept or any(r.text == text for r in article.removed)


def test_lists_tables_and_breaks_keep_their_shape():
    article = article_clean.clean_file(HTML_CASES / "lists_tables" / "input.html")
    items = [b.text for b in article.body if b.type == "list_item"]
    assert "Route 11 no longer serves Mill Lane" in items and "4 | every 12 min | every 8 min" in items
    assert any(b.type == "quote" and b.text.startswith('"We have tried') for b in article.body)
    assert "The authority will review the changes after three months." in [b.text for b in article.body]


# ---------------------------------------------------------------- no main content, bad markup


def test_a_page_without_main_content_falls_back_to_its_visible_text_with_ac105():
    links = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12))
    notice = "The office is open from nine to five, and closed on public holidays."
    article = article_clean.clean(page(f"<div><ul>{links}</ul></div><div><p>{notice}</p></div>"))
    assert [f.code for f in article.flags if f.code == "AC105"] == ["AC105"]
    assert notice in article.text and "Section 3" in article.text
    assert article.accounting() == []


@pytest.mark.parametrize("data", [
    page("<script>var x = '<p>not text</p>';</script><style>p { color: red }</style>"),
    page(""),
    b"<!DOCTYPE html><html><head><title>Only a title</title></head></html>",
], ids=["script-only", "empty-body", "no-body"])
def test_a_page_with_no_visible_text_is_a_clear_error(data):
    with pytest.raises(InputError, match="no visible text"):
        article_clean.clean(data)
    assert "no visible text" in NO_TEXT


@pytest.mark.parametrize("markup", [
    "<div><p>Unclosed paragraph <b>bold <i>and italic<p>Next one</div></span></td>" + PARAGRAPHS,
    PARAGRAPHS + "<div class='tail'><p>The page was cut off in the mid",
    PARAGRAPHS + "<div><p>Cut inside a tag <a href='/x' cla",
    "<table><tr><td>" + PARAGRAPHS + "<tr><td>stray cell</table></table></div>",
], ids=["unclosed", "truncated-text", "truncated-tag", "stray-tags"])
def test_malformed_markup_still_gives_the_article(markup):
    article = article_clean.clean(page(markup))
    assert "Paragraph 3 of the story" in article.text
    assert article.accounting() == []


def test_fifty_levels_of_nesting():
    article = article_clean.clean(page("<div>" * 50 + PARAGRAPHS + "</div>" * 50))
    assert article.text.count("Paragraph") == 5


def test_nesting_deeper_than_the_parser_keeps_is_a_clear_error():
    with pytest.raises(InputError, match="levels deep"):
        article_clean.clean(page("<div>" * 5000 + PARAGRAPHS + "</div>" * 5000))


def test_a_twenty_megabyte_page_gives_a_result():
    filler = "<div class='teaser'><a href='/x'>Another story you may like</a></div>" * 300_000
    data = page(f"<article><h1>Bridge to be rebuilt</h1>{PARAGRAPHS}</article>{filler}")
    assert len(data) > 20_000_000
    article = article_clean.clean(data)
    assert article.title == "Bridge to be rebuilt" and article.text.count("Paragraph") == 5


# ---------------------------------------------------------------- real pages


def aeb_pages() -> list[Path]:
    folder = EVAL / "article-extraction-benchmark" / "html"
    return sorted(folder.glob("*.html"))[:40] if folder.is_dir() else []


@pytest.mark.skipif(not aeb_pages(), reason="../shared/eval is not beside this checkout")
def test_real_pages_account_for_every_visible_block_and_match_the_schema():
    for path in aeb_pages():
        article = article_clean.clean_file(path)
        assert article.accounting() == [], path.name
        jsonschema.validate(article.to_dict(), SCHEMA)


def regenerate() -> None:
    for case in CASES:
        for fmt, name in (("json", "expected.json"), ("md", "expected.md")):
            code, output = run(case, fmt)
            (case.folder / name).write_text(output, encoding="utf-8")
            print(f"{case.name}: {name} (exit {code})", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
