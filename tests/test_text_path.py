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
