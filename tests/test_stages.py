"""The shapes each stage must handle, one small case each."""

from __future__ import annotations

from dataclasses import replace

import pytest

import article_clean
from article_clean import Article
from article_clean.model import Block, Byline, Dateline
from article_clean.pipeline import STAGES, explain
from article_clean.text.boilerplate import line_rule
from article_clean.text.bylines import read_byline
from article_clean.text.datelines import read_dateline
from article_clean.text.timestamps import read_timestamp
from article_clean.writers import WRITERS


@pytest.mark.parametrize(
    "text,location,date,agencies,rest",
    [
        ("MOSCOW, Oct 15, 2021 (BSS/AFP) - Russian", "MOSCOW", "2021-10-15", ("BSS", "AFP"), "Russian"),
        ("DHAKA, Oct 15 (BSS) - The", "DHAKA", "--10-15", ("BSS",), "The"),
        ("SALVADOR, Feb 26 - Brazil", "SALVADOR", "--02-26", (), "Brazil"),
        ("WASHINGTON (Reuters) - The", "WASHINGTON", None, ("Reuters",), "The"),
        ("LONDON, March 3 (Reuters) - Shares", "LONDON", "--03-03", ("Reuters",), "Shares"),
        ("NEW YORK (AP) — Police", "NEW YORK", None, ("AP",), "Police"),
        ("KABUL, Afghanistan — The", "KABUL, Afghanistan", None, (), "The"),
        ("(CNN) -- A storm", None, None, ("CNN",), "A storm"),
        ("NEW DELHI: India", "NEW DELHI", None, (), "India"),
        ("PORTLAND, Ore., Feb 26 - Red", "PORTLAND, Ore.", "--02-26", (), "Red"),
        ("SAO PAULO, Feb 26 – Brazil", "SAO PAULO", "--02-26", (), "Brazil"),
        ("LYON, 15 mars (AFP) - La", "LYON", "--03-15", ("AFP",), "La"),
    ],
)
def test_dateline_forms(text, location, date, agencies, rest):
    dateline, cut = read_dateline(text)
    assert (dateline.location, dateline.date, dateline.agencies) == (location, date, agencies)
    assert text[cut:] == rest


def test_dateline_year_from_published():
    assert read_dateline("DHAKA, Oct 15 (BSS) - The", "2021-10-15T20:27:00")[0].date == "2021-10-15"


@pytest.mark.parametrize("text", ["A - B said", "The US: a view", "Hello, World - again", "I - me"])
def test_not_datelines(text):
    assert read_dateline(text) is None


@pytest.mark.parametrize(
    "text,authors",
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("by Janie Gabbett, Reuters", ("Janie Gabbett",)),
        ("BY TED D'AFFLISIO, Reuters", ("TED D'AFFLISIO",)),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ("Chris Davies",)),
        ("Staff Correspondent", ()),
    ],
)
def test_byline_forms(text, authors):
    byline, _ = read_byline(text)
    assert byline.authors == authors


@pytest.mark.parametrize("text", ["By the way, this is a sentence.", "Reuters", "Moscow - the capital"])
def test_not_bylines(text):
    found = read_byline(text)
    assert found is None or found[0].authors == ()
    assert found is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("15 Oct 2021, 20:27", ("published", "2021-10-15T20:27:00")),
        ("Update : 15 Oct 2021, 20:29", ("updated", "2021-10-15T20:29:00")),
        ("Published: 2021-10-15T20:27:00Z", ("published", "2021-10-15T20:27:00Z")),
        ("Updated Nov 19, 2019, 10:31 pm CST", ("updated", "2019-11-19T22:31:00")),
        ("Tuesday, 19 November 2019", ("published", "2019-11-19")),
        ("Posted on April 12, 2022", ("published", "2022-04-12")),
        ("Putin said on 15 Oct 2021 that", None),
    ],
)
def test_timestamps(text, expected):
    assert read_timestamp(text) == expected


@pytest.mark.parametrize(
    "line,rule",
    [
        ("• Latest News", "navigation"),
        ("Beta Version", "beta-version"),
        ("Share on Facebook", "share"),
        ("Follow us on Twitter", "share"),
        ("Subscribe now", "subscribe"),
        ("Advertisement", "advertisement"),
        ("© 2021 The Daily Star. All rights reserved.", "copyright"),
        ("3 likes", "social-counter"),
        ("0 Comments", "social-counter"),
        ("[vw-concept-6-1]", "image-placeholder"),
        ("[INS::INS]", "image-placeholder"),
        ("Search ...", "search-box"),
        ("Read more", "read-more"),
        ("Related: Floods hit Sylhet again", "read-more"),
        ("Putin said the talks would go ahead.", None),
        ("Share prices fell sharply on Monday as investors sold.", None),
    ],
)
def test_boilerplate_rules(line, rule):
    assert line_rule(line) == rule


def test_reflow_joins_wrapped_lines_and_keeps_paragraphs():
    text = (
        "Headline for the story\n\n"
        "The first paragraph is wrapped at a fixed width so that it runs over\n"
        "several lines of the dump, and it ends with a full stop right here.\n"
        "A second paragraph starts on the next line without a blank line.\n"
    )
    article = article_clean.clean(text)
    assert [b.text for b in article.body] == [
        "The first paragraph is wrapped at a fixed width so that it runs over several lines of the dump, "
        "and it ends with a full stop right here.",
        "A second paragraph starts on the next line without a blank line.",
    ]


def test_dehyphenation_only_where_the_word_is_split():
    text = (
        "A headline\n\n"
        "The decade-long war is mentioned here, and the international response was\n"
        "slow, observers said, while the inter-\n"
        "national community and the decade-\n"
        "long conflict were discussed at length by several speakers at the summit.\n"
    )
    body = article_clean.clean(text).text
    assert "international community" in body
    assert "decade-long conflict" in body


def test_paragraph_split_mid_sentence_is_rejoined():
    text = (
        "A headline\n\n"
        "The minister said on Monday that the government would review the plan and\n\n"
        "that a decision was expected within weeks, according to officials here.\n"
    )
    article = article_clean.clean(text)
    assert len(article.body) == 1


def test_list_items_from_a_dump():
    text = (
        "A headline\n\n"
        "The report listed three measures that the council will take this year:\n\n"
        "  • new cycle lanes on the main roads into the centre, funded by a levy\n"
        "    on parking\n"
        "  • longer opening hours for the libraries\n"
    )
    article = article_clean.clean(text)
    assert [b.type for b in article.body] == ["paragraph", "list_item", "list_item"]
    assert article.body[1].text.endswith("funded by a levy on parking")


def test_quote_continued_in_next_paragraph_is_not_truncated():
    text = (
        "A headline\n\n"
        '"We will go on with the work until the end of the year, he said. It is the only way.\n\n'
        '"There is no other choice for us," the official added on Tuesday evening.\n'
    )
    assert [f.code for f in article_clean.clean(text).flags] == []


def test_truncated_paragraph_flag():
    text = "A headline\n\nThe minister said on Monday that the government would review the plan and\n\nThe end came soon after that, officials said.\n"
    flags = article_clean.clean(text).flags
    assert [(f.code, f.line) for f in flags] == [("AC202", 3)]


def test_mojibake_is_repaired():
    text = "A headline\n\nThe caf\u00c3\u00a9 on the corner reopened on Monday after a long renovation, its owner said.\n"
    assert "café" in article_clean.clean(text).text


def test_replaced_bytes_are_flagged():
    data = "A headline\n\nThe café reopened on Monday after a long renovation, its owner said, na".encode() + b"\xefve.\n"
    article = article_clean.clean(data)
    assert [f.code for f in article.flags] == ["AC401"]
    assert "naïve" in article.text


def test_utf16_with_and_without_bom():
    text = "A headline\n\nThe café reopened on Monday after a long renovation, its owner said.\n"
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be")):
        assert "café reopened" in article_clean.clean(data).text


def test_latin1_input():
    text = "A headline\n\nThe café reopened on Monday after a long renovation, its owner said.\n"
    article = article_clean.clean(text.encode("latin-1"))
    assert "café reopened" in article.text
    assert article.encoding == "cp1252"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ""])
def test_bad_input_raises_input_error(data):
    with pytest.raises(article_clean.InputError):
        article_clean.clean(data)


# --------------------------------------------------------------------------
# layout: article-clean's own output, read back by its marks
# --------------------------------------------------------------------------

MARKED = Article(
    title="Floods cut off villages",
    byline=Byline("By Jane Doe", ("Jane Doe",)),
    dateline=Dateline("SYLHET, March 9 (BSS/AFP) -", "SYLHET", "--03-09", ("BSS", "AFP")),
    body=(
        Block("paragraph", "Flash floods cut off dozens of villages on Thursday, officials said.", 5),
        Block("heading", "Nowhere to go", 7),
        Block("list_item", "1. Boil the water.", 9),
        Block("list_item", "• Latest News", 10),
        Block("quote", "The water rose faster than anyone expected.", 12),
        Block("paragraph", "• Home", 14),
        Block("paragraph", "# 1 in the district, by far.", 16),
        Block("paragraph", "**Bold** claims, and a \\ backslash.", 18),
        Block("paragraph", "2019. The year the river rose.", 20),
        Block("paragraph", "Advertisement", 22),
        Block("paragraph", "By Jane Doe", 24),
    ),
)


def _parts(article: Article) -> tuple:
    return (article.title, article.byline and article.byline.text, article.dateline and article.dateline.text,
            tuple((block.type, block.text) for block in article.body))


def test_text_layout_marks_the_head_and_crossheads():
    assert WRITERS["text"].render(MARKED).split("\n")[:9] == [
        "Floods cut off villages", "=======================", "By Jane Doe", "",
        "SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages on Thursday, officials said.", "",
        "Nowhere to go", "-------------", "",
    ]
    assert "\n• 1. Boil the water.\n• \\• Latest News\n\n> The water rose" in WRITERS["text"].render(MARKED)
    assert "\n\\• Home\n" in WRITERS["text"].render(MARKED)


def test_markdown_escapes_what_would_read_as_a_mark():
    rendered = WRITERS["md"].render(MARKED)
    assert "\n- 1\\. Boil the water.\n- • Latest News\n" in rendered
    for line in ("\\# 1 in the district, by far.", "\\**Bold** claims, and a \\ backslash.",
                 "2019\\. The year the river rose.", "**SYLHET, March 9 (BSS/AFP) -** Flash floods"):
        assert f"\n{line}" in rendered


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_own_output_reads_back_as_the_same_article(fmt):
    """Chrome-like lines, a repeated byline and escaped marks stay in the body as they were."""
    again = article_clean.clean(WRITERS[fmt].render(MARKED))
    assert _parts(again) == _parts(MARKED)
    assert again.byline.authors == ("Jane Doe",) and again.dateline.agencies == ("BSS", "AFP")
    assert again.accounting() == []
    assert {removal.rule for removal in again.removed} <= {"front-matter", "title", "byline", "dateline"}


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_own_output_skips_the_stages_that_read_a_scrape(fmt):
    rendered = WRITERS[fmt].render(MARKED)
    acted = {name for name, _ in explain(rendered)}
    assert "layout" in acted and not acted & {stage.name for stage in STAGES if stage.scrape_only}
    unmarked = rendered.split("---\n", 2)[2] if fmt == "md" else rendered.replace("\n=======================\n", "\n\n", 1)
    acted = {name for name, _ in explain(unmarked)}
    assert "layout" not in acted and {"boilerplate", "reflow"} <= acted


def test_text_without_a_title_keeps_its_rule():
    article = replace(MARKED, title=None, byline=None)
    rendered = WRITERS["text"].render(article)
    assert rendered.startswith("===\n\nSYLHET, March 9")
    assert _parts(article_clean.clean(rendered)) == _parts(article)


def test_edited_text_layout_joins_wrapped_lines():
    """Lines typed into article-clean's text without a blank line between them are one paragraph."""
    article = article_clean.clean("Floods\n======\n\nFlash floods cut off dozens\nof villages, officials said.\n")
    assert article.title == "Floods" and [b.text for b in article.body] == ["Flash floods cut off dozens of villages, officials said."]
    assert article.body[0].position(28) == (5, 1)


def test_other_front_matter_is_not_own_markdown():
    """Front matter without every key article-clean writes gives metadata, and the page is cleaned as a scrape."""
    article = article_clean.clean('---\ntitle: "Floods"\n---\n\nFlash floods cut off dozens of villages, officials said.\n\nBeta Version\n')
    assert article.title == "Floods" and "Beta Version" not in article.text
    assert "beta-version" in {removal.rule for removal in article.removed}


def test_long_markdown_h1_is_the_title():
    """An h1 of eight words or more reads as prose; it is the title all the same."""
    article = article_clean.clean("# The council met on Friday and voted for the new plan?\n\n"
                                  "The plan passed by six votes to four, officials said on Friday.\n")
    assert article.title == "The council met on Friday and voted for the new plan?"
    assert [block.type for block in article.body] == ["paragraph"]


def test_a_scrape_with_a_rule_lower_down_is_not_own_text():
    article = article_clean.clean("Floods cut off villages\n\nFlash floods cut off dozens of villages, officials said.\n"
                                  "=======\n\nBeta Version\n")
    assert article.title == "Floods cut off villages" and "Beta Version" not in article.text


def test_a_bare_bullet_or_quote_marker_is_no_block_but_is_accounted_for():
    article = article_clean.clean("The council met on Friday and agreed.\n\n•\n\n>\n\nThe plan passed on Monday.\n")
    assert [block.text for block in article.body] == ["The council met on Friday and agreed.", "The plan passed on Monday."]
    assert [(removal.text, removal.rule) for removal in article.removed] == [("•", "bare-marker"), (">", "bare-marker")]
    assert article.accounting() == []


def test_a_quote_opened_by_an_empty_marker_line_has_no_white_space_in_front():
    article = article_clean.clean("The council met on Friday and agreed.\n\n> \n> The plan passed.\n\nIt was late.\n")
    assert [(block.type, block.text) for block in article.body][1] == ("quote", "The plan passed.")
