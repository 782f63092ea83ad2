"""The dates, bylines and language of text dumps: each printed form, and what must never be taken."""

from __future__ import annotations

import pytest

import article_clean
from article_clean.text.bylines import lead_byline
from article_clean.text.language import guess_language
from article_clean.text.published import day_first_of, header_dates, pick

BODY = ("The council met on Tuesday and agreed, after a long debate that ran late into the night, to rebuild "
        "the old bridge before the winter floods arrive in the valley.\n\n"
        "Work will start in the spring, the mayor said, and the road will stay open while it goes on.\n")
MENU = "".join(f"• Menu entry {n}\n" for n in range(1, 9))


def dump(*header: str) -> str:
    """A page dump: a menu, the header lines, the body, a footer of links."""
    return MENU + "\n" + "\n".join(header) + "\n\n" + BODY + "\n" + MENU


@pytest.mark.parametrize("line,want", [
    ("Published 3 January 2019", [("published", "2019-01-03")]),
    ("Thu 3 Jan 2019 02.00 EST", [("published", "2019-01-03T02:00:00")]),
    ("Last modified on Wed 16 Jan 2019 06.16 EST", [("updated", "2019-01-16T06:16:00")]),
    ("Updated: Nov 19, 2019, 10:31 pm", [("updated", "2019-11-19T22:31:00")]),
    ("Veröffentlicht am 16. Dezember 2019", [("published", "2019-12-16")]),
    (r"Veröffentlicht am 16\. Dezember 2019", [("published", "2019-12-16")]),
    ("**18\\. 05. 2014** **22:38**", [("published", "2014-05-18T22:38:00")]),
    ("Publié le 19 février 2020 à 10:31", [("published", "2020-02-19T10:31:00")]),
    ("Opublikowano 5 stycznia 2020", [("published", "2020-01-05")]),
    ("15 августа 2016, 13:43", [("published", "2016-08-15T13:43:00")]),
    ("12 Ekim 2021", [("published", "2021-10-12")]),
    ("5 de març de 2020", []),  # the "de" form is the HTML reader's
    ("3 març 2020", [("published", "2020-03-03")]),
    ("4 marts 2021", [("published", "2021-03-04")]),
    ("16.08.2019", [("published", "2019-08-16")]),
    ("17.11.19", [("published", "2019-11-17")]),
    ("2019-11-19", [("published", "2019-11-19")]),
    ("2019年11月19日", [("published", "2019-11-19")]),
    ("Posted onFebruary 3, 2025", [("published", "2025-02-03")]),
])
def test_header_date_forms(line, want):
    assert header_dates(line) == want


@pytest.mark.parametrize("line", [
    "Founded 28 February 1998",
    "© 2019 The Daily Times, 3 January 2019",
    "Copyright 3 January 2019",
    "Anmeldung bis 25. November 2019",
    "Deadline: 10 March 2020",
    "The event runs from 3 May 2020",
    "Jane says: 3 January 2019 at 10:31",
    "• Storm hits the coast again 3 January 2019",
    "Born 4 July 1950 in Ohio",
    "On 3 January 2019 the council met and agreed to rebuild it.",
])
def test_dates_never_taken(line):
    assert header_dates(line) == []


def test_day_first_settled_by_the_other_dates_and_the_language():
    assert header_dates("05/06/2023") == []  # nothing settles it: none rather than a guess
    assert header_dates("05/06/2023", day_first=True) == [("published", "2023-06-05")]
    assert header_dates("05/06/2023", day_first=False) == [("published", "2023-05-06")]
    assert day_first_of(["Comment 21/05/2023", "05/06/2023"], "en") is True
    assert day_first_of(["Comment 05/21/2023", "05/06/2023"], "de") is False
    assert day_first_of(["November 7, 2025"], None) is False
    assert day_first_of(["7 November 2025"], None) is True
    assert day_first_of(["05/06/2023"], "fr") is True
    assert day_first_of(["05/06/2023"], "en") is None


def test_the_published_date_is_the_first_in_the_zone_and_updated_labels_fill_updated():
    texts = ["Today: 1 May 2020", *(f"menu {n}" for n in range(20)), "Headline", "Updated 5 May 2020",
             "4 May 2020", "The body starts here and runs on for a while."]
    published, updated = pick(texts, len(texts) - 1)
    assert (published.iso, updated.iso) == ("2020-05-04", "2020-05-05")  # the masthead's today is too far up


def test_a_dump_gets_the_date_the_content_stage_took_as_outside_the_article():
    article = article_clean.clean(dump("Bridge to be rebuilt before the floods", "Published 3 January 2019"))
    assert article.published == "2019-01-03"
    assert any(r.rule == "published" and r.text == "Published 3 January 2019" for r in article.removed)


def test_last_modified_fills_updated_not_published():
    article = article_clean.clean(dump("Bridge to be rebuilt before the floods",
                                       "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"))
    assert (article.published, article.updated) == ("2019-01-03T02:00:00", "2019-01-16T06:16:00")


def test_an_infobox_founding_date_is_not_published():
    article = article_clean.clean(dump("Bridge to be rebuilt before the floods", "Founded 28 February 1998"))
    assert article.published is None


@pytest.mark.parametrize("line,want", [
    ("Written by Jane Doe", ("Jane Doe",)),
    ("Byline profile imageWritten by Jane Doe", ("Jane Doe",)),
    ("Autor: Hans Meier", ("Hans Meier",)),
    ("Von Hans Meier und Eva Schmidt", ("Hans Meier", "Eva Schmidt")),
    ("Par Jeanne Corriveau", ("Jeanne Corriveau",)),
    ("Por Luciana Bertoia", ("Luciana Bertoia",)),
    ("by Jane Doe, Reuters", ("Jane Doe",)),
    ("Posted by Jane Doe on 3 January 2019", ("Jane Doe",)),
    ("Von Sonia Mevißen Erstellt am 3. Januar 2019", ("Sonia Mevißen",)),
])
def test_lead_byline_forms(line, want):
    assert lead_byline(line).authors == want


@pytest.mark.parametrize("line", [
    "Photo by Jane Doe",
    "Foto: Hans Meier",
    "Edited by Marie White",
    "Reviewed by Dr. Jane Doe",
    "Image credit: Getty Images",
    "Interview mit Intendantin Karola Wille, geführt von Jan Heinz",
    "By Reuters",
    "Von Evan HalperStaff Writer",
])
def test_bylines_never_taken(line):
    found = lead_byline(line)
    assert found is None or not found.authors


def test_a_dump_gets_the_byline_the_content_stage_took_as_outside_the_article():
    article = article_clean.clean(dump("Bridge to be rebuilt before the floods", "Written by Jane Doe",
                                       "3 January 2019"))
    assert article.byline.authors == ("Jane Doe",)
    assert article.published == "2019-01-03"


def test_language_from_function_words_and_none_when_unsure():
    assert article_clean.clean("Bridge to be rebuilt\n\n" + BODY + "\n" + BODY.replace("council", "board")).language == "en"
    assert guess_language(["Menu", "Login", "Share"]) is None
    german = ("Der Rat hat am Dienstag nach einer langen Debatte beschlossen, die alte Brücke noch vor dem "
              "Hochwasser im Winter neu zu bauen. Die Arbeiten sollen im Frühjahr beginnen, und die Straße "
              "bleibt offen, sagte der Bürgermeister, der mit dem Plan sehr zufrieden ist und nicht mehr warten "
              "will, weil es schon zu lange gedauert hat.")
    assert guess_language([german]) == "de"
