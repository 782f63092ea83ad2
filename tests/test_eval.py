"""``article-clean eval`` and the metrics behind it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean.cli import cli
from article_clean.evaluate import metrics
from article_clean.evaluate.metrics import Counts

from conftest import EVAL

MANIFEST = Path(__file__).resolve().parent / "eval_manifest" / "manifest.jsonl"


def invoke(*args):
    return CliRunner().invoke(cli, ["eval", *map(str, args)])


# --- body: scrapinghub's shingles ------------------------------------------------


def test_identical_bodies_score_one():
    counts = metrics.shingle_counts("The council approved the plan.", "The council approved the plan.")
    assert metrics.precision(counts) == metrics.recall(counts) == 1.0


def test_empty_prediction_counts_for_recall_but_not_precision():
    empty = metrics.shingle_counts("The council approved the plan on Tuesday.", "")
    perfect = metrics.shingle_counts("Doors open at nine today.", "Doors open at nine today.")
    assert empty == Counts(0.0, 0.0, 1.0)
    summary = metrics.body_summary([empty, perfect])
    assert summary.precision == 1.0  # the empty page has no prediction to be precise about
    assert summary.recall == 0.5
    assert summary.f1 == pytest.approx(2 / 3)


def test_text_of_fewer_than_four_tokens_is_one_short_shingle():
    assert metrics.shingles("Doors open nine") == {("Doors", "open", "nine"): 1}
    assert metrics.precision(metrics.shingle_counts("Doors open nine", "Doors open nine")) == 1.0
    assert metrics.recall(metrics.shingle_counts("Doors open nine", "Doors open")) == 0.0


def test_extra_text_lowers_precision_only():
    gold = "one two three four five six"
    counts = metrics.shingle_counts(gold, gold + " Most Popular Videos")
    assert metrics.recall(counts) == 1.0
    assert metrics.precision(counts) == pytest.approx(3 / 6)


def test_tokens_are_case_sensitive_and_ignore_punctuation():
    assert metrics.shingle_counts("U.S. rates rose.", "U S rates rose").fp == 0
    assert metrics.shingle_counts("Rates rose sharply", "rates rose sharply").tp == 0


def test_repeated_shingles_count_as_a_multiset():
    counts = metrics.shingle_counts("a b c d", "a b c d a b c d")
    assert counts.tp == pytest.approx(1 / 5) and counts.fp == pytest.approx(4 / 5)


# --- snippets: trafilatura's with / without -------------------------------------------


def test_snippet_matches_across_a_whitespace_difference():
    output = "Die GEMA dreht\nvöllig   am Zeiger!"
    assert metrics.snippet_counts(output, ["Die GEMA dreht völlig am Zeiger!"], []) == Counts(1, 0, 0)
    assert metrics.snippet_counts(output, ["Die  GEMA\tdreht"], []) == Counts(1, 0, 0)


def test_snippets_are_case_sensitive():
    assert metrics.snippet_counts("impressum", [], ["Impressum"]) == Counts(0, 0, 0)
    assert metrics.snippet_counts("Impressum", [], ["Impressum"]) == Counts(0, 1, 0)


def test_snippet_counts_are_summed_over_pages():
    summary = metrics.snippet_summary([Counts(2, 0, 1), Counts(0, 1, 1)])
    assert summary.f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 2))
    assert summary.precision == pytest.approx(2 / 3) and summary.recall == pytest.approx(2 / 4)


def test_empty_output_finds_no_snippets():
    assert metrics.snippet_counts("", ["Some text"], ["Impressum"]) == Counts(0, 0, 1)


# --- fields -------------------------------------------------------------------------


def test_dateline_matches_on_location_and_month_day():
    assert metrics.same_dateline("NEW YORK, MARCH 2 -", "NEW YORK", "--03-02")
    assert metrics.same_dateline("WASHINGTON, Feb 26 -", "WASHINGTON", "1987-02-26")
    assert not metrics.same_dateline("WASHINGTON, Feb 26 -", "WASHINGTON", "--02-27")
    assert not metrics.same_dateline("WASHINGTON, Feb 26 -", None, None)


def test_author_sets_ignore_case_by_and_agencies():
    assert metrics.author_errors("By WALKER SIMON, Reuters", ["Walker Simon"]) == (0, 0)
    assert metrics.author_errors("by Janie Gabbett", []) == (1, 0)
    assert metrics.author_errors("", ["Site Admin"]) == (0, 1)


def test_a_title_is_right_as_the_headline_side_of_a_site_separator():
    for gold in ("Floods cut off villages | Daily Star", "Floods cut off villages - Daily Star",
                 "Floods cut off villages — Daily Star", "Floods cut off villages · Daily Star",
                 "Daily Star :: Floods cut off villages"):
        assert metrics.same_title(gold, "Floods cut off villages"), gold
    assert not metrics.same_title("Floods cut off villages | Daily Star", "Daily Star")
    assert not metrics.same_title("Floods cut off villages", "Floods cut off")
    assert not metrics.same_title("Covid-19 rules end", "Covid")


def test_a_value_is_wrong_only_when_one_was_given():
    assert metrics.is_wrong(False, "Share this story")
    assert not metrics.is_wrong(False, None) and not metrics.is_wrong(False, ())
    assert not metrics.is_wrong(True, "A week of bread baking")


def test_gold_dates_in_both_shapes():
    assert metrics.same_date("26-FEB-1987 15:14:42.83", "1987-02-26T15:14:00")
    assert not metrics.same_date("2019-12-31", "2019-12-30")


# --- the command ----------------------------------------------------------------------


def test_eval_scores_a_small_manifest(tmp_path):
    report_path = tmp_path / "report.json"
    result = invoke(MANIFEST, "--split", "dev", "--json", report_path)
    assert result.exit_code == 0, result.output
    assert "body F1" in result.output and "snippet F" in result.output
    report = json.loads(report_path.read_text(encoding="utf-8"))
    found = {key: value["value"] for key, value in report["metrics"].items()}
    assert found["pages"] == 2
    assert found["body_recall"] == 1.0
    assert found["snippet_f"] == 1.0
    assert found["title_accuracy"] == found["dateline_accuracy"] == found["date_accuracy"] == 1.0
    assert found["author_accuracy"] == 1.0
    assert found["lost_pages"] == 0
    assert found["pages_per_second"] > 0
    assert [page["id"] for page in report["pages"]] == ["wire", "blog"]


def test_show_worst_names_missed_and_wrong_authors():
    result = invoke(MANIFEST, "--split", "test", "--show-worst", "1", "--json", "-")
    assert result.exit_code == 0, result.output
    assert "wrong-label" in result.output and "want 'By John Roe'" in result.output
    report = json.loads(result.stdout[result.stdout.index("{"):result.stdout.rindex("}") + 1])
    assert report["metrics"]["authors_missed"]["value"] == 1
    assert report["metrics"]["authors_wrong"]["value"] == 1
    assert report["skipped"] == 1  # the page that comes only as HTML


def _labelled(tmp_path, rows):
    manifest = tmp_path / "manifest.jsonl"
    text = MANIFEST.parent / "text"
    lines = [json.dumps({"id": page_id, "text": str(text / name), "gold": gold}) for page_id, name, gold in rows]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def test_wrong_titles_dates_and_authors_are_shares_of_labelled_pages(tmp_path):
    manifest = _labelled(tmp_path, [
        ("all-wrong", "blog.txt", {"title": "Bread, a diary", "date": "2020-01-01", "author": "John Roe"}),
        ("all-right", "blog.txt", {"title": "A week of bread baking | Jane's Kitchen", "date": "2019-12-31",
                                   "author": "Jane Doe"}),
        ("missed", "short.txt", {"title": "Something else", "date": "2020-01-01", "author": "John Roe"}),
        ("no-author", "short.txt", {"title": "Short note", "author": ""}),
    ])
    result = invoke(manifest, "--json", "-", "--show-worst", "4")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{"):result.stdout.rindex("}") + 1])
    found = {key: (value["value"], value["pages"]) for key, value in report["metrics"].items()}
    assert found["title_accuracy"] == (0.5, 4) and found["title_wrong"] == (0.5, 4)
    assert found["date_accuracy"] == (1 / 3, 3) and found["date_wrong"] == (1 / 3, 3)
    assert found["author_accuracy"] == (0.5, 4) and found["author_wrong"] == (0.25, 4)
    wrong = {page["id"]: page["wrong"] for page in report["pages"]}
    assert wrong == {"all-wrong": ["author", "date", "title"], "all-right": [], "missed": ["title"], "no-author": []}
    assert "title wrong (share of pages)" in result.output
    assert "date: missed, want '2020-01-01'" in result.output
    assert "title: got 'A week of bread baking', want 'Bread, a diary'" in result.output


def test_a_nan_gold_date_is_no_label(tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    blog = MANIFEST.parent / "text" / "blog.txt"
    manifest.write_text(f'{{"id": "nan", "text": "{blog}", "gold": {{"date": NaN, "title": "A week of bread baking"}}}}\n')
    result = invoke(manifest, "--json", "-")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{"):result.stdout.rindex("}") + 1])
    assert "date_accuracy" not in report["metrics"] and report["metrics"]["title_accuracy"]["value"] == 1.0


def test_limit_takes_the_first_pages(tmp_path):
    report_path = tmp_path / "report.json"
    assert invoke(MANIFEST, "--limit", "1", "--json", report_path).exit_code == 0
    assert [page["id"] for page in json.loads(report_path.read_text())["pages"]] == ["wire"]


def test_no_pages_in_the_split_is_a_usage_error():
    result = invoke(MANIFEST, "--split", "nosuch")
    assert result.exit_code == 2
    assert "no pages of split 'nosuch'" in result.output


def test_a_missing_manifest_exits_3(tmp_path):
    result = invoke(tmp_path / "nothing.jsonl")
    assert result.exit_code == 3
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_a_broken_manifest_line_is_named(tmp_path):
    bad = tmp_path / "manifest.jsonl"
    bad.write_text(MANIFEST.read_text().splitlines()[0] + "\n{not json\n", encoding="utf-8")
    result = invoke(tmp_path)
    assert result.exit_code == 3
    assert "line 2 is not a JSON object" in result.output


def test_an_unreadable_page_is_scored_as_empty_and_exits_3(tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"id": "gone", "text": "missing.txt", "gold": {"body": "Some body text here."}}) + "\n")
    report_path = tmp_path / "report.json"
    result = invoke(manifest, "--json", report_path)
    assert result.exit_code == 3
    report = json.loads(report_path.read_text())
    assert report["metrics"]["errors"]["value"] == 1
    assert report["metrics"]["body_recall"]["value"] == 0.0


@pytest.mark.skipif(not (EVAL / "article-extraction-benchmark").is_dir(), reason="../shared/eval is not beside this checkout")
def test_dev_split_completes_and_writes_a_report(tmp_path):
    report_path = tmp_path / "report.json"
    result = invoke(EVAL / "article-extraction-benchmark", "--split", "dev", "--limit", "5", "--json", report_path)
    assert result.exit_code == 0, result.output
    assert json.loads(report_path.read_text())["metrics"]["pages"]["value"] == 5
