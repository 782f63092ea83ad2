"""Learning a site's repeated lines: what is learned, what is not, and profiles on disk."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from article_clean import ConfigError, Options, clean
from article_clean.cli import cli
from article_clean.profile import Learner, Profile, Site, learn, loads, site_key

MENU = "Home | National | International | Sport"
SIGN_OFF = "Published by BSS, Dhaka. Editor in charge: A. Rahman"
RECURS_TWICE = "The ministry said the figures would be revised in the spring."


def page(number: int, extra: str = "", menu: bool = True, sign_off: bool = True) -> str:
    lines = [MENU if menu else "", "", f"Story number {number} about the river and the port",
             "", f"DHAKA, March {number % 28 + 1} (BSS) - The river port handled {number} ships this week, "
             f"officials said on day {number}.", "", extra, "", SIGN_OFF if sign_off else ""]
    return "\n".join(lines) + "\n"


def site_folder(root, name="bss", count=8):
    folder = root / name
    folder.mkdir(parents=True)
    for i in range(count):
        extra = RECURS_TWICE if i < 2 else f"Paragraph {i} is only in this story."
        (folder / f"{i:02}.txt").write_text(page(i, extra, sign_off=i < count - 2))
    return folder


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(arg) for arg in args], input=input)


def removed_by(article: dict, rule: str) -> list[str]:
    return [removal["text"] for removal in article["removed"] if removal["rule"] == rule]


def test_lines_in_most_documents_are_learned_and_twice_is_not():
    documents = [("folder:bss", frozenset(line for line in page(i, RECURS_TWICE if i < 2 else "").splitlines() if line))
                 for i in range(8)]
    profile = learn(documents)
    assert [(line, count) for line, count in profile.sites[0].lines] == [(MENU, 8), (SIGN_OFF, 8)]


def test_a_line_in_fewer_than_half_the_documents_is_not_learned():
    documents = [("folder:a", frozenset({f"Body {i}.", "Shared by three"} if i < 3 else {f"Body {i}."})) for i in range(7)]
    assert learn(documents).sites == ()


def test_lines_other_rules_take_are_left_to_them():
    documents = [("folder:a", frozenset({"Latest News", MENU, f"Body {i}."})) for i in range(4)]
    assert [line for line, _ in learn(documents).sites[0].lines] == [MENU]


def test_duplicate_documents_count_once():
    same = frozenset({"A whole article, scraped three times.", "Its second line."})
    assert learn([("folder:a", same)] * 3).sites == ()


def test_sites_are_counted_apart():
    documents = [("host:a.example", frozenset({MENU, f"A {i}."})) for i in range(3)]
    documents += [("host:b.example", frozenset({f"B {i}.", MENU if i == 0 else f"other {i}"})) for i in range(4)]
    assert [site.key for site in learn(documents).sites] == ["host:a.example"]


def test_memory_stays_bounded_over_many_documents():
    learner = Learner()
    for i in range(5000):
        learner.add("folder:big", frozenset({MENU, *(f"line {i}-{j} of a story" for j in range(40))}))
    assert learner.tracked < 40 * learner.bucket * 3
    assert [line for line, _ in learner.profile().sites[0].lines] == [MENU]


def test_site_key():
    assert site_key("https://www.example.com/a/b", "crawl") == "host:www.example.com"
    assert site_key("not a url", "crawl") == "folder:crawl"
    assert site_key(None, "bss/2023") == "folder:bss/2023"


def test_profile_round_trip_and_review_comments():
    tricky = ['Say "hi" \\ now', "Ünïcode — line", "tab\there"]
    profile = Profile((Site("folder:bss", 9, tuple((line, 9) for line in tricky)), Site("host:x.example", 3, (("Menu", 3),))))
    text = profile.dumps()
    assert "# 9 documents" in text
    again = loads(text)
    assert [site.key for site in again.sites] == ["folder:bss", "host:x.example"]
    assert again.lines_for("folder:scraped/bss") == frozenset(tricky)


def test_hand_written_profile_for_every_site():
    profile = loads('version = 1\n[[site]]\nfolder = "*"\nlines = ["The Courier, weekend edition"]\n')
    article = clean("Headline of the story\n\nThe Courier, weekend edition\n\nThe story, told.\n",
                    profile.options_for(Options(), "folder:anything"))
    assert [(r.text, r.rule) for r in article.removed if r.rule == "repeated-line"] == [
        ("The Courier, weekend edition", "repeated-line")]


@pytest.mark.parametrize("text", ["not = [toml", "[[site]]\nlines = [1, 2]\nfolder = 'a'\n", "[[site]]\nlines = []\n", ""])
def test_malformed_profiles_are_config_errors(text):
    with pytest.raises(ConfigError):
        loads(text, "p.toml")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_learn_boilerplate_removes_repeated_lines(tmp_path, jobs):
    site_folder(tmp_path / "scraped")
    result = invoke("clean", "-f", "jsonl", "-j", jobs, "--learn-boilerplate", tmp_path / "scraped")
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(articles) == 8
    assert removed_by(articles[0], "repeated-line") == [MENU, SIGN_OFF]
    assert RECURS_TWICE in articles[0]["text"]
    assert all(MENU not in article["text"] and SIGN_OFF not in article["text"] for article in articles)


def test_saved_profile_applies_to_a_new_scrape_and_a_single_file(tmp_path):
    site_folder(tmp_path / "scraped")
    saved = tmp_path / "bss.toml"
    result = invoke("clean", "-q", "-f", "jsonl", "-j", "1", "--save-profile", saved, tmp_path / "scraped")
    assert result.exit_code == 0, result.output
    assert MENU in saved.read_text() and RECURS_TWICE not in saved.read_text()
    new = tmp_path / "tomorrow" / "bss"
    new.mkdir(parents=True)
    (new / "new.txt").write_text(page(99, "A brand new paragraph."))
    for target in (tmp_path / "tomorrow", new / "new.txt"):
        result = invoke("clean", "-f", "jsonl", "-j", "1", "--profile", saved, target)
        assert result.exit_code == 0, result.output
        assert removed_by(json.loads(result.stdout), "repeated-line") == [MENU, SIGN_OFF]


def test_learning_by_host_from_json_lines(tmp_path):
    rows = [{"url": f"https://bss.example/{i}", "text": page(i)} for i in range(5)]
    rows += [{"url": f"https://other.example/{i}", "text": page(i + 50, menu=False)} for i in range(3)]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps(row) + "\n" for row in rows))
    saved = tmp_path / "hosts.toml"
    result = invoke("clean", "-q", "-f", "jsonl", "-j", "2", "--jsonl-field", "text", "--save-profile", saved, crawl)
    assert result.exit_code == 0, result.output
    profile = loads(saved.read_text())
    assert {site.key: [line for line, _ in site.lines] for site in profile.sites} == {
        "host:bss.example": [MENU, SIGN_OFF], "host:other.example": [SIGN_OFF]}
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert removed_by(articles[0], "repeated-line") == [MENU, SIGN_OFF]
    assert removed_by(articles[5], "repeated-line") == [SIGN_OFF]


def test_learning_cannot_read_standard_input_twice():
    result = invoke("clean", "--learn-boilerplate", "-", input=page(1))
    assert result.exit_code == 2 and "reads its inputs twice" in result.output


def test_learning_with_files_from_standard_input(tmp_path):
    folder = site_folder(tmp_path / "scraped")
    listed = "".join(f"{path}\n" for path in sorted(folder.iterdir()))
    result = invoke("clean", "-f", "jsonl", "-j", "1", "--learn-boilerplate", "--files-from", "-", input=listed)
    assert result.exit_code == 0, result.output
    assert removed_by(json.loads(result.stdout.splitlines()[0]), "repeated-line") == [MENU, SIGN_OFF]


def test_missing_profile_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[site]]\nhost = 3\n")
    (tmp_path / "a.txt").write_text(page(1))
    assert invoke("clean", "--profile", tmp_path / "nope.toml", tmp_path / "a.txt").exit_code == 2
    result = invoke("clean", "--profile", bad, tmp_path / "a.txt")
    assert result.exit_code == 2 and "is not an article-clean profile" in result.output
