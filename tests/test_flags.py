"""Truncation flags: each quote convention, each kind of complete paragraph, each kind of damage.

An article here is a title and paragraphs, one a line with blank lines between, as clean text
writes it; a finding is (code, line).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import article_clean
from article_clean.check import check_data
from article_clean.check.select import ALL_CODES
from article_clean.cli import cli
from article_clean.options import Options
from article_clean.text.quotes import open_quote
from article_clean.writers import WRITERS

TRUNCATION = frozenset({"AC201", "AC202", "AC203"})
TITLE = "Floods cut off villages in Bangladesh"
LEAD = "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said."
MIDDLE = "The water rose faster than anyone expected, and rescue boats were sent to the worst-hit areas."
LAST = "The weather office forecast more rain over the weekend and warned that the rivers would rise."
ROOT = Path(__file__).resolve().parent.parent


def article(*paragraphs: str) -> str:
    return TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"


def line_of(index: int) -> int:
    """The line of paragraph ``index`` in :func:`article`."""
    return 3 + 2 * index


def found(text: str, codes: frozenset[str] = TRUNCATION, path: str = "a.txt", least: float = 0.0) -> list[tuple[str, int]]:
    result = check_data(text.encode("utf-8"), path, Options(), codes, min_confidence=least)
    return [(v.code, v.line) for v in result.violations]


# Each convention: a paragraph with a complete quotation, and the same cut before the quotation closes.
QUOTES = {
    "english curly": ("He said “we will rebuild the bridge before the rains come” and left.",
                      "He said “we will rebuild the bridge before the rains come and"),
    "english straight": ('He said "we will rebuild the bridge before the rains come" and left.',
                         'He said "we will rebuild the bridge before the rains come and'),
    "german low-high": ("Er sagte: „Wir bauen die Brücke vor dem Regen wieder auf“ und ging.",
                        "Er sagte: „Wir bauen die Brücke vor dem Regen wieder auf und"),
    "german chevrons": ("Er sagte: »Wir bauen die Brücke vor dem Regen wieder auf« und ging.",
                        "Er sagte: »Wir bauen die Brücke vor dem Regen wieder auf und"),
    "french": ("Il a dit : « nous reconstruirons le pont avant la pluie » et il est parti.",
               "Il a dit : « nous reconstruirons le pont avant la pluie et"),
    "polish": ("Powiedział: „Odbudujemy most przed deszczem” i wyszedł z sali obrad.",
               "Powiedział: „Odbudujemy most przed deszczem i wyszedł z sali"),
    "russian": ("Он сказал: «Мы восстановим мост до начала дождей», и ушёл из зала.",
                "Он сказал: «Мы восстановим мост до начала дождей и"),
    "spanish": ("Dijo: «Reconstruiremos el puente antes de las lluvias» y se fue de la sala.",
                "Dijo: «Reconstruiremos el puente antes de las lluvias y"),
    "italian": ("Ha detto: «Ricostruiremo il ponte prima delle piogge» e se n'è andato.",
                "Ha detto: «Ricostruiremo il ponte prima delle piogge e"),
    "japanese corner": ("彼は「雨の前に橋を再建する」と述べ、会場を後にした。", "彼は「雨の前に橋を再建する"),
    "japanese white corner": ("彼は『雨の前に橋を再建する』と述べ、会場を後にした。", "彼は『雨の前に橋を再建する"),
    "chinese corner": ("他说「我们将在雨季前重建大桥」然后离开了会场。", "他说「我们将在雨季前重建大桥"),
    "nested": ("He said “they told me ‘rebuild it’ and we did” on Monday.",
               "He said “they told me ‘rebuild it’ and we did it before the"),
    "nested straight in curly": ('He said “they called it "the bridge of hope" for years” on Monday.',
                                 'He said “they called it "the bridge of hope" for years and'),
}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_a_complete_quotation_is_not_flagged(name):
    complete, _ = QUOTES[name]
    assert found(article(LEAD, complete, LAST)) == []


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_a_quotation_cut_before_it_closes_is_flagged_on_its_line(name):
    _, cut = QUOTES[name]
    assert ("AC201", line_of(1)) in found(article(LEAD, cut, LAST))


def test_a_quotation_over_several_paragraphs_is_not_truncated():
    text = article(LEAD, "“We will rebuild the bridge before the rains come.",
                   "“Then we will rebuild the school, and the market after it.",
                   "“Nobody will be left without a roof,” the mayor said.", LAST)
    assert found(text) == []


def test_apostrophes_and_inch_marks_are_not_quotes():
    assert open_quote("The mayor’s plan, the villagers’ boats and the 'old' road") is None
    assert open_quote('They bought a 70" screen and Canada"s flag') is None
    assert found(article(LEAD, "The mayor’s office said the villagers’ boats had reached the farms.", LAST)) == []


def test_a_closing_mark_from_an_earlier_paragraph_is_passed_over():
    text = 'work on the bridge," said the mayor, adding that "it is'
    assert open_quote(text) == text.index('"it')


# Paragraphs that end without a full stop and are complete.
COMPLETE = {
    "table row": "13 Kurt Busch 2237 1 0 6 18",
    "price": "Get it at Walmart for $499.99",
    "list item label": "Maximale Teilnahmen: 1 x Pro Haushalt",
    "heading": "Floods Cut Off Villages in the North",
    "heading in capitals": "WHO IS THE FRONT-RUNNER IN THE NORTHERN DISTRICTS",
    "caption": "Image: boats moored on the flooded road outside the town of Sylhet on Thursday",
    "credit": "Photo by Jane Doe (@janedoe) on the river bank near the town",
    "links": "More on the floods at https://example.org/floods",
    "code": "for (i = 0; i < n; i++) { total += rain[i]; }",
    "figures": "Rainfall 112 mm 87 mm 64 mm 40 mm",
    "embedded post": "The water is still rising in our village pic.twitter.com/3BDnrvkoms",
    "byline": "By Jane Doe and John Roe in Sylhet",
    "signature": "The floods were the worst anyone could remember. — Jane Doe",
    "agency sign-off": "The weather office forecast more rain over the weekend. PTI",
    "footnote marker": "The water rose faster than in any flood recorded since 1988 [2]",
    "whole quotation": "“Nobody will be left without a roof, whatever the rains bring”",
    "footnote after the stop": "The water rose faster than in any flood recorded since records began.2",
    "footnotes after a colon": "Here are some of the ways the relief money was spent in the district:11,12",
    "no-break space read as Windows-1252": "The water rose faster than in any flood recorded since 1988.\u00c2",
    "attribution after a quotation": "\"The water came in the night and took everything we had.\" - Rahima Begum, farmer",
    "attribution after an open quote": "\"We have never seen the river so high in the hills\" -- a relief worker in Sylhet",
}


@pytest.mark.parametrize("name", sorted(COMPLETE))
def test_a_paragraph_that_needs_no_full_stop_is_not_flagged(name):
    assert found(article(LEAD, COMPLETE[name], LAST)) == []


def test_list_items_and_table_rows_in_a_run_are_not_flagged():
    rows = ("Shr 27 cts vs 29 cts", "Net 13,555,000 vs 14,635,000", "Revs 104.6 mln vs 110.3 mln", "Avg shrs 47.2 mln vs 47.1 mln")
    items = ("bottled water", "dry blankets for the night", "rice and lentils")
    assert found(article(LEAD, *rows, LAST)) == []
    assert found(article(LEAD, *items, LAST)) == []


def test_items_of_unlike_lengths_in_a_run_are_not_flagged():
    items = ("Book the boats for the crossing", "Pack dry blankets, rice and lentils and enough clean water for the families in the hills",
             "Tell the district office", "Check the radios and batteries before the boats leave the jetty at dawn")
    assert found(article(LEAD, *items, LAST)) == []


def test_a_title_case_heading_makes_the_sentence_case_ones_headings():
    text = article(LEAD, "Where the Rescuers Went", MIDDLE, "Keep the boats close to the bank", LAST)
    assert found(text) == []


def test_a_line_with_a_sentence_inside_is_no_heading_and_a_last_line_is_none():
    cut = "The boats went out at dawn. Then the rescuers found the families in the hills"
    text = article(LEAD, "Where the Rescuers Went", MIDDLE, cut, LAST)
    assert found(text) == [("AC202", line_of(3))]
    ending = article(LEAD, "Where the Rescuers Went", MIDDLE, "Some of the villages were cut off for days")
    assert ("AC203", line_of(3)) in found(ending)


def test_a_paragraph_that_the_next_one_continues_is_not_flagged():
    assert found(article(LEAD, "The rivers burst their banks after three days of rain in the", "hills north of the town, officials said.", LAST)) == []


def test_headings_written_as_the_article_writes_them_are_not_flagged():
    text = article(LEAD, "Some of the villages were cut off for days", MIDDLE,
                   "Here is what the rescuers found in the hills", LAST)
    assert found(text) == []


# Damage, at a known line.
def test_a_paragraph_cut_mid_sentence_is_flagged_on_its_line():
    assert found(article(LEAD, "The water rose faster than anyone expected, and rescue boats were sent to the", LAST)) == [
        ("AC202", line_of(1))]
    assert found(article(LEAD, "Officials said the rivers burst their banks after three days of torrential", LAST)) == [
        ("AC202", line_of(1))]


def test_an_article_whose_end_is_cut_is_flagged_on_its_last_line():
    assert found(article(LEAD, MIDDLE, "The weather office forecast more rain over the weekend and warned that")) == [
        ("AC203", line_of(2))]
    assert found(article(LEAD, MIDDLE, "The weather office forecast more rain and said the rivers ...")) == [("AC203", line_of(2))]


def test_other_damage_is_flagged_on_its_line():
    codes = frozenset(ALL_CODES) - {"AC101", "AC102", "AC103"}
    assert ("AC302", 3) in found(article(f"    SYLHET, March 9 (BSS/AFP) - {LEAD}", MIDDLE, LAST), codes)
    mojibake = "CafÃ© owners in the town said the floods had closed the square for a week."
    assert ("AC402", line_of(1)) in found(article(LEAD, mojibake, LAST), codes)
    assert ("AC301", line_of(1)) in found(article(LEAD, "Follow us on Twitter", MIDDLE, LAST), codes)


def test_a_title_taken_from_a_cut_first_paragraph_is_flagged():
    text = "RED LION INNS FILES PLANS OFFERING\n\nRed Lion Inns Limited Partnership said it filed a registration\n\n" \
           "The company said it expects the offering to be priced at 20 dlrs per unit.\n"
    assert ("AC202", 3) in found(text)


def test_the_seed_keeps_its_two_truncated_quotes():
    seed = next(iter(sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))), None)
    if seed is None:
        pytest.skip("no seed")
    result = check_data(seed.read_bytes(), str(seed), Options(), TRUNCATION)
    assert [(v.code, v.line) for v in result.violations] == [("AC201", 49), ("AC201", 59)]


@pytest.mark.parametrize("form,suffix", [("text", ".txt"), ("md", ".md"), ("json", ".json")])
def test_check_finds_nothing_in_clean_output_of_a_complete_article(form, suffix):
    text = article(LEAD, "“We will rebuild the bridge before the rains come,” the mayor said.",
                   COMPLETE["table row"], COMPLETE["price"], MIDDLE, LAST)
    rendered = WRITERS[form].render(article_clean.clean(text))
    default = frozenset(ALL_CODES) - {"AC101", "AC102", "AC103"}
    assert found(rendered, default, path="out" + suffix) == []


# Confidence.
def test_each_finding_says_how_sure_it_is_and_min_confidence_keeps_the_sure_ones():
    dangling = article(LEAD, "The water rose faster than anyone expected, and rescue boats were sent to the", LAST)
    on_a_noun = article(LEAD, "The water rose faster than anyone expected, and rescue boats were sent to the hills", LAST)
    result = check_data(on_a_noun.encode(), "a.txt", Options(), TRUNCATION)
    assert 0 < result.violations[0].confidence < 1
    assert found(dangling, least=0.8) == [("AC202", line_of(1))]
    assert found(on_a_noun, least=0.8) == []
    assert found(on_a_noun, least=0.0) == [("AC202", line_of(1))]


def test_min_confidence_flag_and_config_key(tmp_path, monkeypatch):
    page = tmp_path / "a.txt"
    page.write_text(article(LEAD, "The water rose faster than anyone expected, and boats were sent to the hills", LAST))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    loose = runner.invoke(cli, ["check", "--select", "AC2", "--output-format", "json", str(page)])
    assert loose.exit_code == 1 and json.loads(loose.output)[0]["confidence"] < 1
    assert runner.invoke(cli, ["check", "--select", "AC2", "--min-confidence", "0.8", str(page)]).exit_code == 0
    (tmp_path / "setup.cfg").write_text("[article_clean]\nmin-confidence = 0.8\n")
    assert runner.invoke(cli, ["check", "--select", "AC2", str(page)]).exit_code == 0
    assert runner.invoke(cli, ["check", "--select", "AC2", "--min-confidence", "0", str(page)]).exit_code == 1
    (tmp_path / "setup.cfg").write_text("[article_clean]\nmin-confidence = sure\n")
    bad = runner.invoke(cli, ["check", "--select", "AC2", str(page)])
    assert bad.exit_code == 2 and "min-confidence" in bad.output and "Traceback" not in bad.output


def test_the_benchmark_says_so_when_the_data_is_absent(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "flags.py"), "--eval", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0 and "no labelled data" in run.stderr and run.stdout == ""


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SUBJECTS = ("The minister", "Rescue workers", "The mayor of the town", "Farmers in the district", "The weather office")
VERBS = ("said", "warned", "told reporters", "confirmed on Monday", "added")
CLAUSES = ("the rivers would keep rising until the end of the week", "boats had reached the villages cut off by the water",
           "more than two thousand families had left their homes", "the road to the capital was closed for repairs",
           "the harvest in the north had been lost to the floods")
SENTENCES = st.builds(lambda s, v, c: f"{s} {v} that {c}.", st.sampled_from(SUBJECTS), st.sampled_from(VERBS),
                      st.sampled_from(CLAUSES))
PARAGRAPHS = st.lists(SENTENCES, min_size=2, max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPHS, min_size=3, max_size=6), st.data())
def test_property_a_prose_paragraph_cut_mid_sentence_raises_ac202_on_its_line(paragraphs, data):
    assert found(article(*paragraphs)) == []
    index = data.draw(st.integers(0, len(paragraphs) - 2), label="paragraph")
    words = paragraphs[index].split(" ")
    keep = data.draw(st.integers(6, len(words) - 2).filter(lambda n: not words[n - 1].endswith(".")), label="words")
    cut = list(paragraphs)
    cut[index] = " ".join(words[:keep])
    assert ("AC202", line_of(index)) in found(article(*cut))
