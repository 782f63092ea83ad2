"""``article-clean check``: output formats, config, selection, input selection, fix, diff, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from article_clean.cli import cli

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"

RAW = (
    "Floods cut off villages in Bangladesh\n\n"
    "    SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages in\n"
    "northern Bangladesh on Thursday, officials said, as rivers burst their banks\n"
    "after three days of torrential rain, and the weather office forecast more\n"
    "rain over the weekend for the whole of the north of the country.\n\n"
    '  A farmer said the flood was "worse than the one in 2004 and\n\n'
    "  The water rose faster than anyone expected, officials said.\n\n"
    "  • Latest News\n"
    "  • Most View\n"
    "Beta Version\n"
)
TITLE = "Floods cut off villages in Bangladesh"
#: A tidy article, but not in article-clean's text layout: it is checked as a scrape.
TIDY = (
    f"{TITLE}\n\n"
    "SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages in northern Bangladesh "
    "on Thursday, officials said.\n\n"
    "The water rose faster than anyone expected, officials said.\n"
)
#: The same article as ``clean -f text`` writes it: the title underlined.
TEXT_HEAD = f"{TITLE}\n{'=' * len(TITLE)}\n"
CLEAN = TIDY.replace(f"{TITLE}\n", TEXT_HEAD, 1)


def invoke(*args, input=None):
    return CliRunner().invoke(cli, ["check", *args], input=input)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder with a raw dump, a clean article and a Markdown article, as the working directory."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "raw.txt").write_text(RAW, encoding="utf-8")
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return folder


def lines_of(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("scraped/")]


# --------------------------------------------------------------------------
# Findings and the text format
# --------------------------------------------------------------------------

def test_text_format_one_line_per_finding(corpus):
    result = invoke("scraped/raw.txt")
    assert result.exit_code == 1, result.output
    found = lines_of(result)
    assert found == [
        'scraped/raw.txt:3:5: AC302 dateline glued to the text: "SYLHET, March 9 (BSS/AFP) -"',
        "scraped/raw.txt:3:75: AC303 paragraphs are hard-wrapped: 3 line breaks inside paragraphs, lines up to 76 columns",
        'scraped/raw.txt:8:31: AC201 truncated quote: "worse than the one in 2004 and',
        'scraped/raw.txt:12:3: AC301 boilerplate line (navigation): "• Latest News"',
        'scraped/raw.txt:13:3: AC301 boilerplate line (navigation): "• Most View"',
        'scraped/raw.txt:14:1: AC301 boilerplate line (beta-version): "Beta Version"',
    ]
    assert "Found 6 findings; 5 fixable with --fix." in result.output


def test_the_column_points_at_the_quote(corpus):
    line = RAW.splitlines()[8 - 1]
    assert line[31 - 1] == '"'
    assert len(RAW.splitlines()[3 - 1]) + 1 == 75


def test_findings_sorted_by_path_and_line(corpus):
    (corpus / "a.txt").write_text(RAW, encoding="utf-8")
    result = invoke("scraped/raw.txt", "scraped/a.txt", "--output-format", "json")
    data = json.loads(result.output)
    keys = [(item["path"], item["line"], item["column"]) for item in data]
    assert keys == sorted(keys)
    assert keys[0][0] == "scraped/a.txt"


def test_clean_text_passes(corpus):
    result = invoke("scraped/clean.txt")
    assert result.exit_code == 0, result.output
    assert "All checks passed." in result.output


def test_seed_reports_the_truncated_quote(seed_path):
    result = invoke(str(seed_path))
    assert f'{seed_path}:49:36: AC201 truncated quote: "openly state our complaints to the Afghan' in result.output
    assert result.exit_code == 1


# --------------------------------------------------------------------------
# Output formats
# --------------------------------------------------------------------------

def test_json_format(corpus):
    result = invoke("scraped/raw.txt", "--output-format", "json")
    data = json.loads(result.output)
    first = next(item for item in data if item["code"] == "AC201")
    assert first == {"path": "scraped/raw.txt", "line": 8, "column": 31, "code": "AC201", "name": "truncated-quote",
                     "message": 'truncated quote: "worse than the one in 2004 and', "severity": "error",
                     "fixable": False, "confidence": 0.9}


def test_github_format(corpus):
    result = invoke("scraped/raw.txt", "--output-format", "github")
    lines = result.output.splitlines()
    assert all(line.startswith("::") for line in lines)
    assert ('::error file=scraped/raw.txt,line=8,col=31,title=AC201 truncated-quote::'
            'truncated quote%3A "worse than the one in 2004 and') in lines
    assert any(line.startswith("::warning file=scraped/raw.txt,line=12,col=3,title=AC301") for line in lines)


def test_sarif_is_valid_against_the_schema(corpus):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((HERE / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    result = invoke("scraped/raw.txt", "scraped/clean.txt", "--output-format", "sarif")
    log = json.loads(result.output)
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 6
    for found in run["results"]:
        assert rules[found["ruleIndex"]]["id"] == found["ruleId"]
        assert found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "scraped/raw.txt"


def test_sarif_schema_rejects_a_broken_log():
    """The shipped schema is the real one: it catches a result without a message."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((HERE / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "AC201"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(broken)


def test_junit_format(corpus):
    result = invoke("scraped/raw.txt", "scraped/clean.txt", "--output-format", "junit")
    root = ElementTree.fromstring(result.output.encode("utf-8"))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert suites["scraped/raw.txt"].get("failures") == "6"
    assert suites["scraped/clean.txt"].get("failures") == "0"
    assert len(suites["scraped/clean.txt"].findall("testcase")) == 1
    failure = suites["scraped/raw.txt"].find("testcase/failure[@type='AC201']")
    assert failure.get("message").startswith("truncated quote")


def test_statistics(corpus):
    result = invoke("scraped/raw.txt", "scraped/clean.txt", "--statistics")
    assert result.output.splitlines() == [
        "3\tAC301\t[*] boilerplate-line", "1\tAC201\ttruncated-quote", "1\tAC302\t[*] glued-dateline",
        "1\tAC303\t[*] hard-wrapped", "Found 6 findings in 1 file (2 files checked).",
    ]
    assert invoke("scraped/clean.txt", "--statistics").output == "No findings in 1 file checked.\n"
    assert "Found" not in invoke("scraped/raw.txt", "--statistics", "--quiet").output


def test_quiet_prints_the_findings_and_nothing_else(corpus):
    loud, quiet = invoke("scraped/raw.txt"), invoke("scraped/raw.txt", "--quiet")
    assert quiet.exit_code == loud.exit_code == 1
    assert "Found 6 findings" in loud.output and "Found" not in quiet.output
    assert quiet.output.splitlines() == lines_of(loud)
    assert invoke("scraped/clean.txt", "-q").output == ""
    warned = invoke("--fix", "-q", "-", input=RAW)
    assert "warning" not in warned.output and "AC301" in warned.output


def test_stdin_filename_names_the_input_and_picks_its_ignores(corpus):
    result = invoke("--stdin-filename", "scraped/raw.txt", "-", input=RAW)
    assert result.exit_code == 1
    assert lines_of(result) == lines_of(invoke("scraped/raw.txt"))
    (corpus.parent / "setup.cfg").write_text("[article_clean]\nper-file-ignores =\n    scraped/*.txt: AC3\n",
                                             encoding="utf-8")
    ignored = invoke("--stdin-filename", "scraped/raw.txt", input=RAW)
    assert codes_in(ignored) == {"AC201"} and all(line.startswith("scraped/raw.txt:") for line in lines_of(ignored))
    assert "-:14:1: AC301" in invoke("-", input=RAW).output


def test_stdin_filename_says_the_form_of_the_input():
    markdown = (EXAMPLES / "wire-story.md").read_text(encoding="utf-8")
    as_named = invoke("--stdin-filename", "wire-story.md", "--output-format", "json", input=markdown)
    as_file = invoke(str(EXAMPLES / "wire-story.md"), "--output-format", "json")
    strip = lambda found: [{k: v for k, v in f.items() if k != "path"} for f in json.loads(found.output)]
    assert strip(as_named) == strip(as_file)
    assert {f["path"] for f in json.loads(as_named.output)} == {"wire-story.md"}


def test_output_file(corpus, tmp_path):
    target = tmp_path / "report.sarif"
    result = invoke("scraped/raw.txt", "--output-format", "sarif", "--output-file", str(target))
    assert result.exit_code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


# --------------------------------------------------------------------------
# Article-clean's own output: Markdown and JSON, positions in those files
# --------------------------------------------------------------------------

def test_markdown_output_is_checked_in_place():
    result = invoke(str(EXAMPLES / "wire-story.md"))
    path = EXAMPLES / "wire-story.md"
    found = [line for line in result.output.splitlines() if "AC" in line]
    assert len(found) == 1 and " AC201 " in found[0]
    line, column = map(int, found[0][len(str(path)) + 1:].split(":")[:2])
    assert path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:].startswith('"worse than')


def test_json_positions_point_into_the_json_file():
    path = EXAMPLES / "wire-story.json"
    result = invoke(str(path), "--output-format", "json")
    [finding] = json.loads(result.output)
    assert finding["code"] == "AC201"
    line = path.read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1:].startswith('\\"worse than the one in 2004 and')


def test_json_body_with_boilerplate_and_glued_dateline(corpus):
    article = {"title": "Floods", "dateline": None,  # a scraper's JSON: own output is not judged for AC301
               "body": [{"type": "paragraph", "text": "SYLHET, March 9 (BSS/AFP) - Flash floods cut off villages.", "line": 3},
                        {"type": "paragraph", "text": "Latest News", "line": 9}]}
    (corpus / "a.json").write_text(json.dumps(article, indent=2), encoding="utf-8")
    result = invoke("scraped/a.json", "--select", "AC301,AC302", "--fix")
    assert result.exit_code == 0, result.output
    fixed = json.loads((corpus / "a.json").read_text(encoding="utf-8"))
    assert fixed["dateline"]["location"] == "SYLHET"
    assert [block["text"] for block in fixed["body"]] == ["Flash floods cut off villages."]
    assert {"line": 9, "text": "Latest News", "rule": "navigation"} in fixed["removed"]


def test_jsonl_articles_each_checked(corpus):
    good = {"title": "A title", "body": [{"type": "paragraph", "text": "He said it was over.", "line": 1}]}
    bad = {"title": "A title", "body": [{"type": "paragraph", "text": "He said it was &amp; over.", "line": 1}]}
    (corpus / "a.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = invoke("scraped/a.jsonl", "--select", "AC304")
    column = json.dumps(bad).index("&amp;") + 1
    assert lines_of(result) == [f"scraped/a.jsonl:2:{column}: AC304 HTML left in the text: &amp;"]


# --------------------------------------------------------------------------
# Selection and configuration
# --------------------------------------------------------------------------

def codes_in(result) -> set[str]:
    return {line.split(": ")[1].split()[0] for line in lines_of(result)}


def test_select_ignore_extend_select(corpus):
    assert codes_in(invoke("scraped/raw.txt", "--select", "AC2")) == {"AC201"}
    assert codes_in(invoke("scraped/raw.txt", "--select", "AC2,AC3", "--ignore", "AC301")) == {"AC201", "AC302", "AC303"}
    assert "AC103" in codes_in(invoke("scraped/raw.txt", "--extend-select", "missing-byline"))
    assert codes_in(invoke("scraped/raw.txt", "--select", "AC301,AC302")) == {"AC301", "AC302"}


def test_config_found_from_a_nested_folder(tmp_path, monkeypatch):
    (tmp_path / "setup.cfg").write_text(
        "[article_clean]\nselect = AC301\nboilerplate_phrases =\n    Click here for the e-paper\n", encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "page.txt").write_text(TIDY + "\nClick here for the e-paper\n", encoding="utf-8")
    monkeypatch.chdir(nested)
    result = invoke("page.txt")
    assert result.output.splitlines()[0] == 'page.txt:7:1: AC301 boilerplate line (config-phrase): "Click here for the e-paper"'
    assert result.exit_code == 1


def test_flags_win_over_config(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.article_clean]\nselect = ["AC301"]\n', encoding="utf-8")
    (tmp_path / "page.txt").write_text(RAW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert codes_in_plain(invoke("page.txt")) == {"AC301"}
    assert codes_in_plain(invoke("page.txt", "--select", "AC201")) == {"AC201"}


def codes_in_plain(result) -> set[str]:
    return {line.split(": ")[1].split()[0] for line in result.output.splitlines() if line.startswith("page.txt:")}


def test_per_file_ignores_from_pyproject(corpus):
    (corpus.parent / "pyproject.toml").write_text(
        '[tool.article_clean.per-file-ignores]\n"scraped/raw*.txt" = ["AC3"]\n', encoding="utf-8")
    (corpus / "other.txt").write_text(RAW, encoding="utf-8")
    result = invoke("scraped/raw.txt", "scraped/other.txt", "--output-format", "json")
    by_path = {}
    for item in json.loads(result.output):
        by_path.setdefault(item["path"], set()).add(item["code"])
    assert not any(code.startswith("AC3") for code in by_path["scraped/raw.txt"])
    assert "AC301" in by_path["scraped/other.txt"]


def test_per_file_ignores_from_setup_cfg_and_flag(corpus):
    (corpus.parent / "setup.cfg").write_text(
        "[article_clean]\nper-file-ignores =\n    scraped/*.txt: AC2, AC303\n", encoding="utf-8")
    assert codes_in(invoke("scraped/raw.txt")) == {"AC301", "AC302"}
    assert codes_in(invoke("scraped/raw.txt", "--per-file-ignores", "*.txt:AC3")) == {"AC201"}


@pytest.mark.parametrize("name, text, expected", [
    ("setup.cfg", "[article_clean]\nselect = AC999\n", "[article_clean] select: unknown rule 'AC999'"),
    ("pyproject.toml", "[tool.article_clean]\nignore = 5\n", "[tool.article_clean] ignore: must be a list of rule codes"),
    ("setup.cfg", "[article_clean]\nper-file-ignores = scraped/*.txt\n", "per-file-ignores: 'scraped/*.txt' is not 'GLOB: CODES'"),
    ("pyproject.toml", '[tool.article_clean]\nboilerplate_patterns = ["("]\n', "boilerplate_patterns: boilerplate pattern '('"),
    ("pyproject.toml", '[tool.article_clean]\nmax_bytes = "lots"\n', "[tool.article_clean] max_bytes: 'lots' is not a whole number"),
])
def test_invalid_config_names_file_key_and_what_is_allowed(corpus, name, text, expected):
    config = corpus.parent / name
    config.write_text(text, encoding="utf-8")
    result = invoke("scraped/raw.txt")
    assert result.exit_code == 2
    assert str(config) in result.output
    assert expected in result.output


def test_unknown_code_on_the_command_line_is_a_usage_error(corpus):
    result = invoke("scraped/raw.txt", "--select", "AC9")
    assert result.exit_code == 2
    assert "--select: unknown rule 'AC9'" in result.output


# --------------------------------------------------------------------------
# Input selection: the same as clean
# --------------------------------------------------------------------------

def test_folder_walk_takes_text_markdown_and_json(corpus):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "a.md").write_text(CLEAN, encoding="utf-8")
    (corpus / "sub" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = invoke("scraped", "--output-format", "junit")
    names = {suite.get("name") for suite in ElementTree.fromstring(result.output.encode()).iter("testsuite")}
    assert names == {"scraped/raw.txt", "scraped/clean.txt", "scraped/sub/a.md"}


def test_glob_and_files_from_with_nul(corpus):
    result = invoke("scraped/*.txt", "--select", "AC201")
    assert lines_of(result) == ['scraped/raw.txt:8:31: AC201 truncated quote: "worse than the one in 2004 and']
    listed = invoke("--files-from", "-", "-0", "--select", "AC201", input="scraped/clean.txt\0scraped/raw.txt\0")
    assert lines_of(listed) == lines_of(result)


def test_stdin(corpus):
    result = invoke("-", "--select", "AC201", input=RAW)
    assert result.output.splitlines()[0] == '-:8:31: AC201 truncated quote: "worse than the one in 2004 and'


# --------------------------------------------------------------------------
# Fix and diff
# --------------------------------------------------------------------------

#: RAW after --fix: the dateline on a line of its own, the wrapped lead joined, the boilerplate
#: gone, and every other line as it was.
FIXED_RAW = (
    "Floods cut off villages in Bangladesh\n\n"
    "    SYLHET, March 9 (BSS/AFP) -\n"
    "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said, as rivers "
    "burst their banks after three days of torrential rain, and the weather office forecast more rain over "
    "the weekend for the whole of the north of the country.\n\n"
    '  A farmer said the flood was "worse than the one in 2004 and\n\n'
    "  The water rose faster than anyone expected, officials said.\n"
)


def test_fix_edits_only_what_it_fixes_and_twice_changes_nothing(corpus):
    path = corpus / "raw.txt"
    first = invoke("scraped/raw.txt", "--fix", "--ignore", "AC2")
    assert first.exit_code == 0, first.output
    assert path.read_text(encoding="utf-8") == FIXED_RAW
    assert "All checks passed (5 fixed)." in first.output
    stamp = path.stat().st_mtime_ns
    second = invoke("scraped/raw.txt", "--fix", "--ignore", "AC2")
    assert second.exit_code == 0
    assert path.read_text(encoding="utf-8") == FIXED_RAW
    assert path.stat().st_mtime_ns == stamp, "an unchanged file was written again"


def test_fix_with_remaining_findings_exits_1(corpus):
    result = invoke("scraped/raw.txt", "--fix")
    assert result.exit_code == 1
    assert {line.split(": ")[1].split()[0] for line in lines_of(result)} == {"AC201"}
    assert "Found 6 findings (5 fixed, 1 remaining)." in result.output


def test_fix_keeps_markdown_as_it_was_but_for_the_fixes(corpus):
    (corpus / "a.md").write_text("# Floods\n\n" + RAW.split("\n\n", 1)[1], encoding="utf-8")
    result = invoke("scraped/a.md", "--fix")
    fixed = (corpus / "a.md").read_text(encoding="utf-8")
    assert fixed == "# Floods\n\n" + FIXED_RAW.split("\n\n", 1)[1]
    again = invoke("scraped/a.md", "--fix")
    assert (corpus / "a.md").read_text(encoding="utf-8") == fixed
    assert lines_of(again) == lines_of(result)


def test_backup_keeps_the_original(corpus):
    result = invoke("scraped/raw.txt", "--fix", "--backup")
    assert result.exit_code == 1
    assert (corpus / "raw.txt.orig").read_text(encoding="utf-8") == RAW
    assert (corpus / "raw.txt").read_text(encoding="utf-8") != RAW
    assert sorted(p.name for p in corpus.iterdir()) == ["clean.txt", "raw.txt", "raw.txt.orig"]


def test_diff_prints_and_leaves_the_file(corpus):
    result = invoke("scraped/raw.txt", "--diff", "--ignore", "AC2")
    assert (corpus / "raw.txt").read_text(encoding="utf-8") == RAW
    assert result.output.startswith("--- a/scraped/raw.txt\n+++ b/scraped/raw.txt\n")
    assert "-  • Latest News\n" in result.output
    assert "+    SYLHET, March 9 (BSS/AFP) -\n+Flash floods cut off dozens of villages in northern Bangladesh" in result.output
    assert result.exit_code == 1
    clean = invoke("scraped/clean.txt", "--diff")
    assert clean.exit_code == 0 and clean.output == "0 files would be rewritten; 0 findings would remain.\n"


def test_html_findings_point_into_the_page(corpus):
    from article_clean.pipeline import STAGE_NAMES

    if "html" not in STAGE_NAMES:
        pytest.skip("the HTML reader is not in this pipeline")
    paragraphs = [
        "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said, as rivers "
        "burst their banks after three days of torrential rain.",
        'A farmer said the flood was "worse than the one in 2004 and',
        "The water rose faster than anyone expected, said a local administrator, adding that rescue boats had "
        "been sent to the worst-hit areas of the district.",
    ]
    page = ("<html><head><title>Floods</title></head><body>\n<nav><a href='/'>Home</a></nav>\n<article>"
            "<h1>Floods cut off villages in Bangladesh</h1>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs)
            + "\n</article></body></html>\n")
    (corpus / "page.html").write_text(page, encoding="utf-8")
    result = invoke("scraped/page.html", "--output-format", "json")
    [finding] = json.loads(result.output)
    assert finding["code"] == "AC201"
    line = page.splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1:].startswith('"worse than the one in 2004 and')


def test_fix_never_rewrites_html(corpus):
    page = corpus / "page.html"
    html = "<html><body><article><h1>Title</h1><p>Tom &amp;amp; Jerry are back on the big screen this summer, the studio said.</p></article></body></html>"
    page.write_text(html, encoding="utf-8")
    invoke("scraped/page.html", "--fix")
    assert page.read_text(encoding="utf-8") == html


def test_fix_on_stdin_warns_and_reports(corpus):
    result = invoke("-", "--fix", input=RAW)
    assert "standard input cannot be rewritten in place" in result.output
    assert "AC301" in result.output


# --------------------------------------------------------------------------
# Exit codes
# --------------------------------------------------------------------------

def test_exit_codes(corpus):
    assert invoke("scraped/clean.txt").exit_code == 0
    assert invoke("scraped/raw.txt").exit_code == 1
    assert invoke("scraped/raw.txt", "--exit-zero").exit_code == 0
    assert invoke("scraped/raw.txt", "--backup").exit_code == 2
    assert invoke("scraped/raw.txt", "--output-format", "xml").exit_code == 2
    missing = invoke("scraped/clean.txt", "scraped/missing.txt")
    assert missing.exit_code == 3
    assert "scraped/missing.txt: does not exist" in missing.output
    assert invoke("scraped/raw.txt", "scraped/missing.txt", "--exit-zero").exit_code == 3


def test_unreadable_json_is_an_input_error(corpus):
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    (corpus / "other.json").write_text('{"a": 1}', encoding="utf-8")
    result = invoke("scraped/broken.json", "scraped/other.json")
    assert result.exit_code == 3
    assert "scraped/broken.json: is not valid JSON" in result.output
    assert "scraped/other.json: holds JSON that is not an article-clean article" in result.output


# --------------------------------------------------------------------------
# rules and explain
# --------------------------------------------------------------------------

def test_rules_lists_every_code():
    from article_clean.rules import RULES

    result = CliRunner().invoke(cli, ["rules"], terminal_width=200)
    assert result.exit_code == 0
    for rule in RULES:
        assert rule.code in result.output and rule.name in result.output


def test_rules_explains_one():
    result = CliRunner().invoke(cli, ["rules", "truncated-quote"], terminal_width=200)
    assert result.exit_code == 0
    assert "AC201 truncated-quote" in result.output
    assert "not fixed by --fix" in result.output
    assert '"worse than the one in 2004 and' in result.output
    assert CliRunner().invoke(cli, ["rules", "AC999"]).exit_code == 2


def test_explain_shows_every_line_and_its_fate(corpus):
    result = CliRunner().invoke(cli, ["explain", "scraped/raw.txt"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()

    def row(number: int) -> str:
        """The table row of input line ``number``, with the lines its cells wrap onto."""
        start = next(i for i, line in enumerate(rows) if line.strip().startswith(f"{number} "))
        end = next(i for i in range(start + 1, len(rows)) if not rows[i].startswith("        "))
        return "\n".join(rows[start:end])

    assert "title" in row(1)
    assert "dateline" in row(3) and "kept in paragraph 1" in row(3)
    assert "removed by navigation" in row(12)
    assert "removed by beta-version" in row(14)
    assert "⚑ AC201 col 31: truncated quote" in row(8)
    assert "14 lines: 6 kept, 1 metadata, 3 removed, 4 blank" in result.output


def test_explain_unreadable_input_exits_3(tmp_path):
    result = CliRunner().invoke(cli, ["explain", str(tmp_path / "missing.txt")])
    assert result.exit_code == 3


def test_check_help_documents_exit_codes():
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert "Example:" in result.output and "3 when an input could not be read" in result.output


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_unreadable_file_is_reported_and_others_still_checked(corpus):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    (corpus / "raw.txt").chmod(0)
    result = invoke("scraped/raw.txt", "scraped/clean.txt")
    assert result.exit_code == 3
    assert "scraped/raw.txt: cannot be read" in result.output


def test_every_formatter_is_offered_on_the_command_line():
    """The CLI lists the format names without importing the formatters, so that starting it stays cheap."""
    from article_clean.check.formats import FORMATTERS
    from article_clean.cli.check import FORMATS

    assert sorted(FORMATS) == sorted(FORMATTERS)
