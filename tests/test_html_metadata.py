"""HTML metadata: who wrote the page and when, in the shapes pages print them.

Each page here is small and hand-written, in the shape of a credit or a date
that real pages show; none is a copy of a labelled page.
"""

from __future__ import annotations

import pytest

import article_clean
from article_clean.html.authors import byline_core, dated_names, person_names

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story says that the council met on Tuesday and agreed, after a long debate, "
    f"to rebuild the bridge before the winter floods arrive in the valley.</p>" for n in range(1, 6))
HEADLINE = "<h1>Bridge to be rebuilt</h1>"


def page(body: str, head: str = "") -> bytes:
    """A small HTML page around ``body``."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def authors_of(body: str, head: str = "") -> tuple[str, ...] | None:
    """The authors article-clean gives for a page, or None when it gives no byline."""
    byline = article_clean.clean(page(body, head)).byline
    return byline.authors if byline else None


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("credit,names", [
    ("Walter von Aachen", ("Walter von Aachen",)),
    ("Posted 11. April 2018 by Walter von Aachen", ("Walter von Aachen",)),
    ("Par Loïc Le Clerc | 30 septembre 2018", ("Loïc Le Clerc",)),
    ("By Jane Doe on March 3, 2020", ("Jane Doe",)),
    ("By Jane Doe On March 3, 2020", ("Jane Doe",)),
    ("Von Tomas Brandt Fr, 18. Oktober 2019", ("Tomas Brandt",)),
    ("Donnerstag, 4. November 2021", ()),
    ("Mehr", ()),
    ("Red.", ()),
    ("Ana Ruiz y José Miguel VidalHace 13 horas", ()),
])
def test_the_names_of_a_credit_are_read_whole_and_a_date_or_a_label_is_no_name(credit, names):
    assert person_names(credit) == names


def test_a_particle_inside_a_name_is_not_a_credit_word_but_a_kind_of_piece_before_von_is():
    assert byline_core("Christoph von Ritter") == "Christoph von Ritter"
    assert byline_core("Eine Kolumne von Nils Brandt") == "Nils Brandt"


def test_a_handle_that_is_the_sites_host_name_is_no_author():
    assert person_names("anglerhut", ("Fischerhütte | anglerhut.com", "shop.anglerhut.com")) == ()
    assert person_names("Heiko", ("heiko-adams.de",)) == ("Heiko",)


@pytest.mark.parametrize("line,names", [
    ("11.12.2019 - Amelie Brandt", ("Amelie Brandt",)),
    ("Amelie Brandt | 3. März 2020", ("Amelie Brandt",)),
    ("11.12.2019 - Neue Regeln für Schulen", ()),
    ("11.12.2019 - 12.12.2019", ()),
])
def test_a_line_of_a_date_and_a_name_gives_the_name(line, names):
    assert dated_names(line) == names


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("credit,author", [
    ('<p class="text-muted">11.12.2019 - Amelie Brandt</p>', "Amelie Brandt"),
    ("<p>Eine Kolumne von Nils Brandt</p>", "Nils Brandt"),
    ("<p>Blog Beitrag von Margarete Kornblum</p>", "Margarete Kornblum"),
    ('<div class="entry-meta">Posted 11. April 2018 by <span class="author">Walter von Aachen</span></div>',
     "Walter von Aachen"),
    ('<div class="article-author">Donnerstag, 4. November 2021 von Valley Post Redaktion</div>', None),
    ("<p>Foto: Ingo Marten</p>", None),
    ('<p class="image-source">Fotos: Sana Pohl/Picture Agency</p>', None),
    ("<figure><figcaption>Die Brücke im Winter.Foto: Ingo Marten</figcaption></figure>", None),
    ("<p>Text &amp; Fotos: Ivan Valt</p>", "Ivan Valt"),
])
def test_a_credit_under_the_headline(credit, author):
    assert authors_of(f"<article>{HEADLINE}{credit}{PARAGRAPHS}</article>") == ((author,) if author else None)


def test_a_labelled_closing_credit_is_not_taken_for_a_picture_credit_by_a_source_after_it():
    credit = "<p>Datum: 19.11.2021 Autor: Fritz Imbach Quelle: Talbote</p>"
    assert authors_of(f"<article>{HEADLINE}{PARAGRAPHS * 3}{credit}</article>") == ("Fritz Imbach",)


def test_a_credit_glued_to_the_next_words_yields_to_a_clean_one_in_the_same_block():
    credit = ('<div class="author"><div class="byline">Ana Ruiz y José Miguel Vidal</div>'
              '<span>Hace 13 horas</span></div>')
    assert authors_of(f"<article>{HEADLINE}{credit}{PARAGRAPHS}</article>") == ("Ana Ruiz", "José Miguel Vidal")


def test_the_author_marked_in_the_articles_footer_signs_it():
    footer = ('<footer><p>Zuletzt geändert am 07.01.2020</p>'
              '<address class="author" itemprop="author"><span itemprop="name">Frank Bohm</span></address></footer>')
    assert authors_of(f"<article>{HEADLINE}{PARAGRAPHS}{footer}</article>") == ("Frank Bohm",)


def test_a_class_named_author_in_the_footer_without_itemprop_signs_nothing():
    footer = '<footer><p class="author-credit">Valley Post Team</p></footer>'
    assert authors_of(f"<article>{HEADLINE}{PARAGRAPHS}{footer}</article>") is None


# ---------------------------------------------------------------- dates


def published_of(body: str, head: str = "") -> str | None:
    """The publication date article-clean gives for a page."""
    return article_clean.clean(page(body, head)).published


def test_a_time_in_the_comments_is_not_the_publication_date():
    comments = ('<div class="comments"><p class="comment-author">Ilse</p>'
                '<time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time><p>Schön!</p></div>')
    body = f"<article>{HEADLINE}<p>Diese Folge gibt es seit langem.</p>{PARAGRAPHS}</article>{comments}"
    assert published_of(body) is None


def test_a_date_that_a_sentence_under_the_headline_tells_of_is_not_the_publication_date():
    body = (f"<article>{HEADLINE}<p>The council will close the three extra centres it opened in the towns on "
            f"28 February 2022, officials said.</p>{PARAGRAPHS}</article>")
    assert published_of(body) is None


def test_a_byline_of_capitalized_names_before_the_date_still_dates_the_page():
    body = f"<article>{HEADLINE}<p>Jane Doe, London, John Roe und Ann Poe 19.10.2019, 23:38 Uhr</p>{PARAGRAPHS}</article>"
    assert published_of(body) == "2019-10-19"


def test_the_printed_date_and_the_metadata_agreeing_outvote_one_itemprop():
    head = '<meta property="article:published_time" content="2022-12-04T15:00:00+01:00">'
    body = (f'<article>{HEADLINE}<p>04. Dezember 2022</p><span itemprop="datePublished" '
            f'content="2022-12-06T14:42:13+01:00"></span>{PARAGRAPHS}</article>')
    assert published_of(body, head) == "2022-12-04T15:00:00+01:00"


def test_a_time_element_that_shows_a_spanish_date_a_day_from_the_utc_metadata_gives_the_local_day():
    head = '<meta property="article:published_time" content="2022-05-04T00:25:56">'
    body = f'<article>{HEADLINE}<div><time>3 de mayo de 2022</time> <time>21:25</time></div>{PARAGRAPHS}</article>'
    assert published_of(body, head)[:10] == "2022-05-03"


def test_a_machine_time_run_into_the_byline_gives_way_to_the_date_shown_after_it():
    body = f"<article>{HEADLINE}<p>Isa Anger2022-12-07T10:10:52+01:0025. Dezember 2022|</p>{PARAGRAPHS}</article>"
    assert published_of(body)[:10] == "2022-12-25"


def test_a_url_that_gives_the_day_first_dates_a_page_with_no_other_date():
    head = '<link rel="canonical" href="https://verein.example.org/meldungen/29-10-2021">'
    assert published_of(f"<article>{HEADLINE}{PARAGRAPHS}</article>", head) == "2021-10-29"


# ---------------------------------------------------------------- title


def test_the_pages_one_h1_heads_the_article_found_far_below_it_with_its_credit_and_date():
    links = "".join(f'<li class="toc-item"><a href="#s{n}">Section {n} of the guide</a></li>' for n in range(1, 40))
    body = (f'<div class="hero"><h1>Is a heat pump right for an old house?</h1><ul class="meta"><li>von Alex Rosen</li>'
            f'<li>09.03.2022</li></ul></div><ul class="toc">{links}</ul><div class="content"><h2>Summary</h2>'
            f'{PARAGRAPHS}</div>')
    head = '<meta property="og:title" content="Heat pumps in old houses - when they pay">'
    article = article_clean.clean(page(body, head))
    assert article.title == "Is a heat pump right for an old house?"
    assert (article.published, article.byline.authors) == ("2022-03-09", ("Alex Rosen",))


def test_an_events_date_under_the_headline_is_not_the_publication_date():
    head = '<meta property="article:published_time" content="2019-11-27T15:21:21+01:00">'
    body = f"<article>{HEADLINE}<p>Termin: 21.02.2020, 19 Uhr</p>{PARAGRAPHS}</article>"
    assert published_of(body, head) == "2019-11-27T15:21:21+01:00"


def test_an_author_element_in_a_bar_by_the_headline_that_reads_as_a_sidebar_is_the_byline():
    bar = '<div class="sidebar"><span class="tech-author">Por Alberto Vidal</span> 27 de agosto 2019</div>'
    assert authors_of(f"<article>{HEADLINE}{bar}{PARAGRAPHS}</article>") == ("Alberto Vidal",)


def test_an_author_element_in_the_comments_by_the_headline_is_not_the_byline():
    comments = '<div class="comments"><span class="comment-author">Alberto Vidal</span><p>Good.</p></div>'
    assert authors_of(f"<article>{HEADLINE}{comments}{PARAGRAPHS}</article>") is None


@pytest.mark.parametrize("line,author", [
    ("Gunda Frey / 22.04.2020 / 06:15 / Foto: Agentur / 150 /", "Gunda Frey"),
    ("PAID CONTENT | 22.04.2020", None),
])
def test_a_name_and_date_line_just_above_the_headline(line, author):
    body = f"<article><p>{line}</p>{HEADLINE}{PARAGRAPHS}</article>"
    assert authors_of(body) == ((author,) if author else None)


def test_a_meta_author_that_the_page_does_not_show_is_not_given_but_one_it_shows_is():
    head = '<meta name="author" content="Frank Webber">'
    assert authors_of(f"<article>{HEADLINE}{PARAGRAPHS}</article>", head) is None
    assert authors_of(f"<article>{HEADLINE}{PARAGRAPHS}<p>Frank Webber</p></article>", head) == ("Frank Webber",)


def test_a_word_of_publishing_is_no_handle():
    assert person_names("Publicado el 11 de mayo") == ()


# ---------------------------------------------------------------- dates in a script's data


def test_a_date_in_a_script_s_data_is_the_last_resort():
    state = ('<script>window.__STATE__={"user":{"createdAt":"2015-02-01T08:00:00Z"},'
             '"post":{"published_at":"2019-03-02T06:22:28+01:00"}}</script>')
    assert article_clean.clean(page(HEADLINE + PARAGRAPHS + state)).published == "2019-03-02T06:22:28+01:00"


def test_a_printed_date_wins_over_a_script_s_data():
    state = '<script>var s = {"publishedAt": "2019-03-02T06:22:28Z"};</script>'
    body = HEADLINE + "<p class='date'>4 March 2019</p>" + PARAGRAPHS + state
    assert article_clean.clean(page(body)).published[:10] == "2019-03-04"


# ---------------------------------------------------------------- names that are not people, or not whole


@pytest.mark.parametrize("credit,names", [
    ('<div class="byline">By JANE DOE JAN 12, 2024</div>', ("JANE DOE",)),
    ('<div class="byline"><span>By Ann Lee</span> <span>March 3, 2024</span></div>', ("Ann Lee",)),
    ('<div class="author">Luke KimDecember 3, 2025</div>', ("Luke Kim",)),
    ('<div class="byline">By Jacob Marsh, Senior Staff Technologist</div>', ("Jacob Marsh",)),
    ('<div class="byline">By Rasmus Barslund Founder &amp; Lead Reviewer</div>', ("Rasmus Barslund",)),
    ('<div class="byline">By Dana Pell, Head of Marketing and Community Development</div>', ("Dana Pell",)),
    ('<div class="byline">By Acme Speech &amp; Privacy Team</div>', None),
    ('<div class="byline">By Chris Marsh ⋅ Founder ⋅ Updated May 6, 2025</div>', ("Chris Marsh",)),
    ('<div class="byline">Par Marie Dupont (avec Paul Martin et Léa Bernard)</div>',
     ("Marie Dupont", "Paul Martin", "Léa Bernard")),
])
def test_a_credit_gives_whole_names_of_people_only(credit, names):
    assert authors_of(f"<article>{HEADLINE}{credit}{PARAGRAPHS}</article>") == names


def test_a_section_named_where_the_author_stands_is_no_handle():
    credit = '<div class="author"><a href="/games/">Games</a></div>'
    body = PARAGRAPHS + "<p>The council said games in the park would go on while the bridge is rebuilt.</p>"
    assert authors_of(f"<article>{HEADLINE}{credit}{body}</article>") is None
    handle = '<div class="author"><a href="/u/gnaddrig">gnaddrig</a></div>'
    assert authors_of(f"<article>{HEADLINE}{handle}{PARAGRAPHS}</article>") == ("gnaddrig",)


@pytest.mark.parametrize("credit,text", [
    ('<p class="byline">Par Marie Dupont et Léa Bernard</p>', "Par Marie Dupont et Léa Bernard"),
    ('<p class="byline">Par Marie Dupont (avec Paul Martin et Léa Bernard)</p>',
     "Par Marie Dupont (avec Paul Martin et Léa Bernard)"),
    ("<p>11.12.2019 - Amelie Brandt</p>", "11.12.2019 - Amelie Brandt"),
])
def test_the_byline_text_is_the_pages_own_words(credit, text):
    byline = article_clean.clean(page(f"<article>{HEADLINE}{credit}{PARAGRAPHS}</article>")).byline
    assert byline.text == text


def test_a_line_that_is_only_a_date_below_the_first_paragraph_leaves_the_body_as_a_meta_line():
    lead = "<p>The council agreed on a plan for the bridge that the floods took last winter, with work to start soon.</p>"
    article = article_clean.clean(page(f"<article>{HEADLINE}{lead}<p>Friday, November 14, 2025</p>{PARAGRAPHS}</article>"))
    assert not any("November 14" in block.text for block in article.body)
    assert ("meta-line", "Friday, November 14, 2025") in [(r.rule, r.text) for r in article.removed]
