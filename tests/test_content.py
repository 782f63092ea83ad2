"""The content stage on page dumps, and the text stages on wire copy."""

from __future__ import annotations

import textwrap

import pytest

import article_clean
from article_clean.text.pieces import kind_of, menu_entry
from article_clean.stages.content import dump_width
from article_clean.text.spans import best_span
from article_clean.model import Line
from article_clean.stages.reflow import Vocabulary, join_lines

def dump(*paragraphs: str) -> str:
    """Paragraphs wrapped at 79 columns, as a text browser dumps a page."""
    return "\n\n".join(textwrap.fill(p, 79) if " " in p and len(p) > 79 else p for p in paragraphs) + "\n"


MENU = "".join(f"  • {item}\n" for item in ("Home", "World", "Business", "Sport", "Opinion", "Contact us"))
ARTICLE = dump(
    "Council approves new cycle lanes",
    "By Jane Doe",
    "The city council approved forty kilometres of new cycle lanes on Tuesday, officials said, in a plan "
    "that will take three years to complete and cost the city more than it spent on roads in the last decade.",
    "The lanes will link the main railway stations with the river, and the work will start in the spring, "
    "when the weather allows the crews to lay the new surface.",
    "Residents who spoke at the meeting were divided, with shop owners worried about parking and parents "
    "glad of a safer route to the schools on the east side.",
)
FOOTER = "Related articles\n\n  • Bus fares to rise in January\n  • Bridge closed for repairs\n\n" + dump(
    "3 Comments",
    "Max says:",
    "I have been waiting for this for years and I think it is a very good plan for all of us here.",
    "© 2024 The Daily Example. All rights reserved.",
)
PAGE = "The Daily Example\n\n" + MENU + "\n[logo]\n\n" + ARTICLE + "\n" + FOOTER


def test_the_article_is_kept_and_the_chrome_around_it_removed():
    article = article_clean.clean(PAGE)
    assert article.title == "Council approves new cycle lanes"
    assert article.byline.authors == ("Jane Doe",)
    assert article.text.startswith("The city council approved forty kilometres")
    assert article.text.endswith("parents glad of a safer route to the schools on the east side.")
    for chrome in ("Contact us", "Related articles", "Bus fares", "waiting for this", "All rights reserved"):
        assert chrome not in article.text


def test_every_dropped_line_is_recorded_with_its_rule():
    article = article_clean.clean(PAGE)
    assert article.accounting() == []
    rules = {removal.text: removal.rule for removal in article.removed}
    assert rules["The Daily Example"] == "outside-article"
    assert rules["Max says:"] == "comments"
    assert rules["• Contact us"] in ("menu", "outside-article", "navigation")


def test_an_article_without_chrome_is_left_alone():
    article = article_clean.clean(ARTICLE + "\nA closing line without a full stop\n")
    assert "A closing line without a full stop" in article.text
    assert not [r for r in article.removed if r.rule in ("outside-article", "page-chrome", "comments")]


def test_the_comment_section_ends_the_article_even_when_comments_are_long():
    comments = "\n".join(
        dump(f"Reader {n} says:", "This is a long comment about the plan, and it goes on for a while because the "
             "writer has a lot to say about the lanes and the city and the council meeting.")
        for n in range(8)
    )
    article = article_clean.clean("The Daily Example\n\n" + MENU + "\n" + ARTICLE + "\nLeave a Reply\n\n" + comments)
    assert "Reader 3" not in article.text and "long comment" not in article.text
    assert article.text.startswith("The city council approved")


def test_teaser_lists_before_the_article_are_not_the_article():
    teasers = "".join(
        f"[thumb{n}]\nHeadline number {n} about something\nA short teaser about another story on the site, "
        f"in a sentence or two.\n\n"
        for n in range(4)
    )
    article = article_clean.clean("The Daily Example\n\n" + MENU + "\n" + teasers + MENU + "\n" + ARTICLE + "\n" + FOOTER)
    assert "teaser" not in article.text
    assert article.text.startswith("The city council approved")


def test_a_cookie_dialog_below_the_footer_is_not_the_article():
    dialog = dump(
        "Manage cookie consent",
        *(f"Technical storage or access number {n} is strictly necessary for the legitimate purpose of "
          "enabling the use of a specific service explicitly requested by the subscriber or user, or for the "
          "sole purpose of carrying out the transmission of a communication over an electronic network."
          for n in range(6)),
    )
    footer = "© 2024 The Daily Example. All rights reserved.\n\n"
    article = article_clean.clean("The Daily Example\n\n" + MENU + "\n" + ARTICLE + "\n" + MENU + "\n" + footer + dialog)
    assert article.text.startswith("The city council approved")
    assert "storage or access" not in article.text
    rules = {removal.text: removal.rule for removal in article.removed}
    assert rules["Manage cookie consent"] == "consent-dialog"
    assert article.accounting() == []


def test_an_introduction_above_a_table_of_contents_stays_with_the_article():
    intro = dump("In this guide we look at the twelve most useful ways to keep a small garden green through a "
                 "dry summer, from mulching the beds to watering at the right hour of the day.",
                 "Most of them cost nothing at all, and the few that do will pay for themselves in the first "
                 "year, because the plants that survive the heat do not have to be bought again in the autumn.",
                 "We asked three gardeners who have kept their plots alive through the last four summers what "
                 "they would do first, and their answers were almost the same, which is why we start with them.")
    contents = "".join(f"  • {n} Step number {n}\n" for n in range(1, 13))
    article = article_clean.clean("Garden Weekly\n\n" + MENU + "\n" + intro + "\n" + contents + "\n" + ARTICLE + FOOTER)
    assert article.text.startswith("In this guide we look at")
    assert "parents glad of a safer route" in article.text


def test_an_introduction_above_a_product_table_stays_with_a_long_article():
    intro = dump("We tested nine electric kettles over a month in a shared office kitchen, boiling each of them "
                 "twenty times a day and timing how long they took to bring a full litre to the boil.",
                 "The cheapest of them did almost as well as the dearest, and only two of them were so loud "
                 "that the people at the nearest desks asked us to stop the test before the end of the day.",
                 "Here is what we found, with the three kettles we would buy first and what each of them costs "
                 "in the shops this month, before we go through the rest of them one by one below.")
    table = "".join(f"Kettle model {n}\n\n{20 + n} EUR\n\n[Buy now]\n\n" for n in range(1, 13))
    body = dump(*(f"The kettle in place number {n} took {n + 2} minutes to boil a litre of water, and its lid "
                  "opened far enough to fill it from the tap without taking it off the base, which most of the "
                  "others did not allow, so it is the one we used for the rest of the month in the kitchen."
                  for n in range(1, 13)))
    article = article_clean.clean("Kitchen Weekly\n\n" + MENU + "\n" + intro + "\n" + table + body + FOOTER)
    assert article.text.startswith("We tested nine electric kettles")
    assert "place number 12" in article.text


def test_the_site_speaking_at_the_end_of_the_article_is_not_the_article():
    signup = dump("Subscribe to our newsletter and we will send you the most important stories of the week by "
                  "e-mail, and you can unsubscribe at any time with a single click at the foot of every message.")
    article = article_clean.clean("The Daily Example\n\n" + MENU + "\n" + ARTICLE + "\n" + signup + "\n" + FOOTER)
    assert article.text.endswith("schools on the east side.")
    assert "unsubscribe" not in article.text


def test_the_first_of_two_stories_on_a_scrolling_page_is_the_page_s_own():
    teasers = "".join(f"Headline number {n} about something else\n\n" for n in range(12))
    second = dump(
        "Bridge closed for repairs",
        *(f"The old bridge over the river will close for repairs for {n} months from Monday, the roads "
          "department said, and drivers will have to take the ring road while the crews replace the deck "
          "and paint the steel."
          for n in range(2, 7)),
    )
    article = article_clean.clean("The Daily Example\n\n" + MENU + "\n" + ARTICLE + "\n" + teasers + MENU + "\n" + second)
    assert article.text.startswith("The city council approved")
    assert "old bridge" not in article.text


def test_a_short_line_beside_chrome_goes_with_it_and_a_crosshead_between_paragraphs_stays():
    more = dump(
        "The council will hear the shop owners again in May, before the first stretch of the lanes is marked "
        "out, and it has promised to look at the loading bays on the high street.",
    )
    page = ("The Daily Example\n\n" + MENU + "\n" + ARTICLE + "\n[photo]\n\nA cyclist on Bridge Street\n\n"
            + dump("Nowhere to park") + "\n" + more + "\n" + FOOTER)
    article = article_clean.clean(page)
    rules = {removal.text: removal.rule for removal in article.removed}
    assert rules["A cyclist on Bridge Street"] == "page-chrome"
    assert "Nowhere to park" in article.text and article.text.endswith("loading bays on the high street.")
    assert article.accounting() == []


@pytest.mark.parametrize(
    ("text", "bullet", "kind"),
    [
        ("Residents who spoke at the meeting were divided, with shop owners worried about parking.", False, "prose"),
        ("Home | World | Business", False, "chrome"),
        ("━━━━━━━━━━━━━━━━━━━━━━━━━━", False, "chrome"),
        ("Search for: [                    ] [Search]", False, "chrome"),
        ("e.exports=function(){return new r.Template(t)};", False, "chrome"),
        ("Foto: dpa/Michael Kappeler", False, "label"),
        ("Sign up for our newsletter", False, "label"),
        ("Related articles", False, "after"),
        ("3 Comments", False, "comments"),
        ("• Politics", True, "chrome"),
        ("• 200 g Zucker", True, "neutral"),
        ("Two U.S. troops killed in helicopter crash in Afghanistan", False, "neutral"),
        ("Die Mandarinen abtropfen lassen.", False, "sentence"),
        ("Cookie-Zustimmung verwalten", False, "consent"),
        ("This website uses cookies to improve your experience while you navigate", False, "consent"),
    ],
)
def test_kinds_of_pieces(text, bullet, kind):
    assert kind_of(text, bullet) == kind


def test_running_text_in_a_language_without_listed_function_words():
    korean = "사실 남녀 관계라는 것이 당사자들이 아니면 그 속사정을 알기는 어려운 일이다. 게다가 그 사적인 관계의 사안들은 그들 스스로 해결해야 할 일일 수 있다."
    assert kind_of(korean) == "prose"


def test_menu_entries_are_named_content_items_are_described():
    assert menu_entry("• Contact us") and menu_entry("•")
    assert not menu_entry("• Courses on writing a book for beginners")


def test_best_span_is_the_stretch_with_the_highest_total():
    assert best_span([-5.0, 10.0, -2.0, 8.0, -30.0, 5.0]) == (1, 3)
    assert best_span([-1.0, -2.0]) == (0, 0)


def test_the_wrap_width_ignores_short_lines_and_a_few_long_ones():
    lines = tuple(Line(i, "x" * n) for i, n in enumerate((79, 79, 78, 77, 79, 45, 50, 160)))
    assert dump_width(lines) == 79


def test_wrapped_korean_is_joined_without_a_space():
    lines = [Line(1, "엘제이의 리벤지인가 류화영의 피해자 코스프레인"), Line(2, "가 시작은 엘제이의 일방적인 사진 공개였다.")]
    block = join_lines("paragraph", lines, Vocabulary(""))
    assert block.text == "엘제이의 리벤지인가 류화영의 피해자 코스프레인가 시작은 엘제이의 일방적인 사진 공개였다."


# --- wire copy -------------------------------------------------------------------------


def test_a_dateline_alone_on_its_line_opens_a_table():
    story = (
        "DONEGAL GROUP INC <DGIC> YEAR NET\n\n"
        "    MARIETTA, Pa., March 6 -\n"
        "    Shr six cts\n    Net 155,764\n    Revs 6,506,792\n Reuter\n"
    )
    article = article_clean.clean(story)
    assert article.title == "DONEGAL GROUP INC <DGIC> YEAR NET"
    assert (article.dateline.location, article.dateline.date) == ("MARIETTA, Pa.", "--03-06")
    assert article.text.startswith("Shr six cts")
    assert "Reuter" not in article.text
    assert article.accounting() == []


@pytest.mark.parametrize(
    ("line", "location", "date"),
    [
        ("Kansas City, March 9 - Grain prices rose sharply on the day.", "Kansas City", "--03-09"),
        ("omaha, april 7 - barrows and gilts rose 1.75 dlr in active trade.", "omaha", "--04-07"),
        ("ATLANTA , March 3 - The company said it would buy the plant.", "ATLANTA", "--03-03"),
        ("COPENHAGEN, MARCH  23 - The central bank cut its rates today.", "COPENHAGEN", "--03-23"),
        ("SAO PAULO, APRIL 3 - THE FOLLOWING RAINFALL WAS RECORDED IN THE AREAS", "SAO PAULO", "--04-03"),
    ],
)
def test_wire_datelines(line, location, date):
    article = article_clean.clean(f"A HEADLINE FOR THE STORY\n\n    {line}\n")
    assert (article.dateline.location, article.dateline.date) == (location, date)


def test_a_headline_with_a_dash_is_not_a_dateline():
    article = article_clean.clean(
        "ECONOMIC SPOTLIGHT - JAPAN SHIPBUILDERS RECOVERY\n\n"
        "    TOKYO, March 18 - Japanese shipbuilders are recovering from a long slump, the\n"
        "industry said on Wednesday.\n"
    )
    assert article.title == "ECONOMIC SPOTLIGHT - JAPAN SHIPBUILDERS RECOVERY"
    assert article.dateline.location == "TOKYO"


def test_a_title_may_end_in_an_abbreviation():
    article = article_clean.clean(
        "TAIWAN WINS REVISED TEXTILE ACCORD FROM U.S.\n\n"
        "    TAIPEI, June 1 - Taiwan won a revised textile agreement from the United States\n"
        "that lets its exports grow faster, officials said.\n"
    )
    assert article.title == "TAIWAN WINS REVISED TEXTILE ACCORD FROM U.S."
    assert article.dateline.location == "TAIPEI"
