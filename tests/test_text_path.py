"""Issue 18, the text path: wrapped lines that open with a quote mark or a dash, real text kept and
chrome dropped, and removals that carry the rule that took them."""

from __future__ import annotations

import pytest

import article_clean

HEAD = "A quiet town by the sea\n\nBy Jane Doe\n\n"
LAST = "\n\nThe mayor said the town would invest in the port next year, with new moorings and\na repaired sea wall, so that the fleet can keep working through the winter storms.\n"

OPENED = [
    # a short line before the opener: the quote mark and its word would have fitted there
    (
        "Le gouvernement a présenté mercredi un projet de loi sur la justice, qui doit entrer en\n"
        "vigueur l'an prochain. Lors de sa conférence, le ministre a promis de\n"
        "« réduire les délais » dès le mois\n"
        "prochain, selon un communiqué publié dans la soirée par ses services.",
        "le ministre a promis de « réduire les délais » dès le mois prochain, selon",
    ),
    (
        "Die Regierung hat am Mittwoch einen Gesetzentwurf vorgelegt, der im kommenden Jahr in\n"
        "Kraft treten soll. Bei der Vorstellung sagte der Minister, man werde\n"
        "„Die Verfahren beschleunigen“ und damit die Gerichte\n"
        "entlasten, wie aus einer Mitteilung des Ministeriums am Abend hervorging.",
        "man werde „Die Verfahren beschleunigen“ und damit",
    ),
    (
        "The government presented a bill on Wednesday that is due to take effect next year,\n"
        "and at the press conference the minister said that the reform would\n"
        "“Cut the delays” within months, according to\n"
        "a statement from the ministry published in the evening after the conference.",
        "the reform would “Cut the delays” within months",
    ),
    (
        "The town lies at the end of a long road along the coast, beside the harbour, which is known\n"
        "– at least to sailors – for\n"
        "its calm water. Fishermen have worked here for centuries, and their boats still\n"
        "leave every morning before dawn to bring back the day's catch for the market.",
        "which is known – at least to sailors – for its calm water.",
    ),
    (
        "The town lies at the end of a long road along the coast, beside the harbour, which is known\n"
        "- at least to sailors - for\n"
        "its calm water. Fishermen have worked here for centuries, and their boats still\n"
        "leave every morning before dawn to bring back the day's catch for the market.",
        "which is known - at least to sailors - for its calm water.",
    ),
]


@pytest.mark.parametrize("paragraph, joined", OPENED)
def test_a_wrapped_line_opening_with_a_quote_mark_or_dash_goes_on_the_paragraph(paragraph, joined):
    article = article_clean.clean(HEAD + paragraph + LAST)
    assert [block.type for block in article.body] == ["paragraph", "paragraph"]
    assert joined in article.body[0].text
    assert article.title == "A quiet town by the sea"
    assert not [flag.code for flag in article.flags if flag.code in {"AC201", "AC202"}]


@pytest.mark.parametrize(
    "lead",
    [
        "The council named the measures it will take this year, among them",  # no colon: items in a row
        "The council named the measures it will take this year:",  # a colon introduces even one item
    ],
)
def test_dash_items_with_list_context_stay_a_list(lead):
    items = "- new cycle lanes on the main roads into the centre\n- longer opening hours for the libraries\n"
    if lead.endswith(":"):
        items = "- new cycle lanes on the main roads into the centre, funded by a levy on parking\n"
    article = article_clean.clean(HEAD + lead + "\n" + items + LAST)
    assert "list_item" in [block.type for block in article.body]


MENU = "  • Home\n  • World\n  • Business\n  • Politics\n  • Sport\n  • Culture\n\n"
STORY = (
    "Minister defends the new budget in a long interview\n\nBy Jane Doe\n\n"
    "The minister defended the budget on Sunday in a long interview with the national\n"
    "broadcaster, saying that the cuts to public spending were needed to keep the\n"
    "deficit under control and that the government would not change its course now.\n\n"
    "Photo: Reuters/Jane Roe\n\n"
    "In the same interview, the minister also said:\n\n"
    '    "We have made hard choices, and we will stand by them. The country cannot\n'
    '    keep borrowing at this rate, and every family knows what that means for them."\n\n'
    "Continue reading the main story\n\n"
    "Opposition parties said the budget would hurt the poorest households most, and\n"
    "they called for a vote in parliament before the end of the month on the plans.\n\n"
    "Powered by SmartAsset.com\n\n"
    "The vote is expected in the first week of next month, officials said on Sunday.\n\n"
)
TAIL = (
    "Share this article\n\n  • Facebook\n  • Twitter\n  • Email\n\n3 Comments\n\n"
    "Great interview, thanks for publishing it in full here.\n\n"
    "I disagree with the minister, the cuts will hurt the schools in my town.\n\n"
    "Privacy Policy\n\nCookies\n\nTerms\n"
)


def _rules(article) -> dict[str, str]:
    return {removal.text: removal.rule for removal in article.removed}


def test_a_sentence_introducing_a_quotation_is_kept():
    article = article_clean.clean(MENU + STORY + TAIL)
    assert "In the same interview, the minister also said:" in [block.text for block in article.body]
    assert _rules(article)["Photo: Reuters/Jane Roe"] == "page-chrome"


def test_continue_reading_and_powered_by_are_chrome_not_crossheads():
    article = article_clean.clean(MENU + STORY + TAIL)
    assert [block.type for block in article.body] == ["paragraph"] * 5
    rules = _rules(article)
    assert rules["Continue reading the main story"] == "read-more"
    assert rules["Powered by SmartAsset.com"] == "powered-by"
    assert not article.flags


WIKI = (
    "t-distributed stochastic neighbor embedding\n\n"
    "The method is a statistical technique for visualizing high-dimensional data by giving each\n"
    "datapoint a location in a two or three-dimensional map.\n\n"
    "Contents\n\n"
    "Details{mark}\n\n"
    "Given a set of high-dimensional objects, the method first computes probabilities that are\n"
    "proportional to the similarity of the objects, in two stages.\n\n"
    "Software{mark}\n\n"
    "The method is implemented in many languages, and a version is part of the common libraries.\n"
)


@pytest.mark.parametrize("mark", ["[edit]", " [ edit ]", "\n\n[edit]"])
def test_wiki_headings_lose_their_edit_links_and_an_empty_contents_heading_goes(mark):
    article = article_clean.clean(WIKI.format(mark=mark))
    assert [block.text for block in article.body if block.type == "heading"] == ["Details", "Software"]
    assert "edit" not in article.text.replace("edited", "")
    assert "Contents" not in article.text
    assert {"edit-link"} == {removal.rule for removal in article.removed if "edit" in removal.text}
    assert _rules(article)["Contents"] == "navigation"
    assert not article.accounting()


def test_the_footer_below_the_comments_is_not_reported_as_comments():
    article = article_clean.clean(MENU + STORY + TAIL)
    rules = _rules(article)
    assert rules["Great interview, thanks for publishing it in full here."] == "comments"
    assert rules["I disagree with the minister, the cuts will hurt the schools in my town."] == "comments"
    assert {rules["Cookies"], rules["Terms"]} == {"outside-article"}
