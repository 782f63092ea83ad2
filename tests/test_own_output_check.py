"""``clean``'s own output passes ``check``: the two commands agree on what the body is.

Pages in the shapes that failed on real dev pages: an article whose standfirst is
repeated in the body, an embedded post quoted twice, a comments section headed
"Comments" kept by the page reader. Cleaned to JSON and Markdown, checked: none of
the fixable codes fire, and ``--fix`` has nothing to do.
"""

from __future__ import annotations

import pytest

import article_clean
from article_clean.check import check_data
from article_clean.check.select import DEFAULT_CODES
from article_clean.options import Options
from article_clean.rules import RULES
from article_clean.writers import WRITERS

FIXABLE = frozenset(rule.code for rule in RULES if rule.fixable)
STANDFIRST = "She added that an appeal against the decision could be made to the office of the attorney general."
PARAGRAPHS = (
    "Sweden has dropped its investigation into a rape allegation made in 2010, a prosecutor said on Tuesday.",
    "After a comprehensive assessment of the evidence, the prosecutor said the case could not go further.",
    STANDFIRST,
    "The case was dropped in 2017 with no charges brought, because the suspect could not be reached.",
)
POST = "— Keiji Matsumoto (@keizi666) January 24, 2020"
PAGES = {
    "standfirst.html": (
        "<html><head><title>Sweden drops investigation</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Sweden drops investigation</h1><p class='standfirst'>{STANDFIRST}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"),
    "post.html": (
        "<html><body><article><h1>Trains get a button for help</h1>"
        + "".join(f"<p>{p}</p><blockquote><p>The button works, says a rider on the line every day.</p><p>{POST}</p>"
                  "</blockquote>" for p in PARAGRAPHS[:2])
        + "<h2>Comments</h2><p>Great to see this at last, and about time too, says a rider.</p>"
        + "</article></body></html>"),
    "dump.txt": (
        "Sweden drops investigation\n\n"
        + "".join(f"  {p}\n\n" for p in (STANDFIRST, *PARAGRAPHS))
        + "  Comments\n\n  Great to see this at last, and about time too, says a rider on the line.\n"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("form, suffix", [("json", ".json"), ("md", ".md"), ("text", ".txt")])
def test_clean_output_raises_no_fixable_finding(name, form, suffix):
    article = article_clean.clean(PAGES[name].encode("utf-8"), source=name)
    output = "".join(WRITERS[form].stream([article], many=False))
    result = check_data(output.encode("utf-8"), "out" + suffix, Options(), DEFAULT_CODES | FIXABLE, fix=True)
    assert not [v for v in result.violations if v.code in FIXABLE], result.violations
    assert result.rewritten is None, "--fix would change clean's own output"


def test_a_scrape_is_still_judged():
    """The same repeat in a raw JSON record that article-clean did not write is still AC305."""
    import json

    body = [{"type": "paragraph", "text": p} for p in (STANDFIRST, *PARAGRAPHS)]
    data = json.dumps({"title": "Sweden drops investigation", "body": body}).encode("utf-8")
    result = check_data(data, "scrape.json", Options(), DEFAULT_CODES | FIXABLE)
    assert "AC305" in {v.code for v in result.violations}
