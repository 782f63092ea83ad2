"""``check --fix`` is an edit of what it fixes and nothing else.

The property: on generated dumps in the shapes of real scrapes, every input line
that no fix is about (the timestamps, the title, a crosshead, a paragraph on one
line, a truncated quote) is still in the fixed file, byte for byte and in order,
whatever the encoding and the line endings. Golden cases show each edit, what is
not applied, and JSON edited in its own layout.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from article_clean.check import check_data
from article_clean.check.fix import touched_lines
from article_clean.check.select import DEFAULT_CODES
from article_clean.options import Options
from article_clean.rules import RULES

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FIXABLE = frozenset(rule.code for rule in RULES if rule.fixable)
CODES = DEFAULT_CODES | FIXABLE
SENTENCES = (
    "Russian President Vladimir Putin on Friday said hundreds of fighters were massing in the north.",
    "The United States, China and Pakistan will join talks on the takeover on Tuesday, the envoy said.",
    "A day later, regional players will talk to officials on how to rally international assistance.",
    "He said they had plans to move between the countries of Central Asia disguised as refugees.",
    "Earlier this week, the minister warned of the threat of veteran fighters crossing the border.",
    "The Kremlin has reached out to the movement and hosted its representatives several times.",
    "Le ministre a promis de réduire les délais dès le mois prochain, selon son entourage.",
)
HEADER = ("15 Oct 2021, 20:27", "Update : 15 Oct 2021, 20:29")
TITLES = ("IS fighters massing in Afghanistan, says Putin ahead of talks", "Floods cut off villages in Bangladesh")
DATELINES = ("MOSCOW, Oct 15, 2021 (BSS/AFP) - ", "SYLHET, March 9 (BSS/AFP) - ")
KEPT_LINES = (
    "  - 'We need to interact' -",
    '  A farmer said the flood was "worse than the one in 2004 and',
    "  The water rose faster than anyone expected, officials said.",
)
BOILERPLATE = ("  • Latest News", "  • Most View", "Beta Version", "Share this article")
BODY_DAMAGE = ("  The cafÃ© owners said they would close in protest on Monday.", "09 Mar 2023, 14:40",
               "  Tom &amp; Jerry are back on the big screen<br> this summer, the studio said.")


@st.composite
def dumps(draw):
    """(lines, may_touch): a w3m-like dump, and for each line whether a fix may be about it."""
    lines: list[tuple[str, bool]] = [(line, False) for line in HEADER[: draw(st.integers(0, 2))]]
    lines += [("", True), (draw(st.sampled_from(TITLES)), False), ("", True)]
    width = draw(st.integers(40, 78))
    lead = draw(st.sampled_from(DATELINES)) + " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
    lines += [(line, True) for line in textwrap.wrap(lead, width, initial_indent="   ")] + [("", True)]
    said = {lead.split(" - ", 1)[1]}  # a paragraph said before is a repeat that AC305 takes
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("wrapped", "one", "kept", "damage")))
        if kind == "wrapped":
            text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=3)))
            lines += [(line, True) for line in textwrap.wrap(text, width, initial_indent="  ")]
            said.add(text)
        elif kind == "one":
            text = draw(st.sampled_from(SENTENCES))
            lines.append(("  " + text, text in said))
            said.add(text)
        elif kind == "kept":
            line = draw(st.sampled_from(KEPT_LINES))
            lines.append((line, line.strip() in said))
            said.add(line.strip())
        else:
            lines.append((draw(st.sampled_from(BODY_DAMAGE)), True))
        lines.append(("", True))
    lines += [(line, True) for line in draw(st.lists(st.sampled_from(BOILERPLATE), max_size=3))]
    return lines


def _subsequence(wanted: list[bytes], found: list[bytes]) -> bool:
    found_iter = iter(found)
    return all(any(line == other for other in found_iter) for line in wanted)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(dumps(), st.sampled_from(("utf-8", "cp1252", "utf-16")), st.sampled_from(("\n", "\r\n")))
def test_every_line_no_fix_is_about_stays_byte_for_byte(page, encoding, newline):
    text = "".join(line + newline for line, _ in page)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data, encoding = text.encode("utf-8"), "utf-8"
    result = check_data(data, "page.txt", Options(), CODES, fix=True)
    written = result.data if result.data is not None else data
    if encoding == "utf-16":
        assert written[:2] == data[:2], "the byte-order mark was lost"
    before = [(line + newline).encode(encoding) for line, _ in page]
    after = [(line + newline).encode(encoding) for line in written.decode(encoding).split(newline)]
    kept = [raw for raw, (line, may_touch) in zip(before, page) if not may_touch and line.strip()]
    assert _subsequence(kept, after), result.rewritten
    if result.origins is not None:
        lines = result.original.split(newline)
        new = result.rewritten.split(newline)
        assert all(new[i] == lines[o - 1] for i, o in enumerate(result.origins) if o is not None)
        touched = touched_lines(result.original, _rewrite(result))
        assert all(page[n - 1][1] for n in touched), "a fix changed a line it was not about"


def _rewrite(result):
    from article_clean.check.fix import Rewrite

    return Rewrite(result.rewritten, result.origins)


# --------------------------------------------------------------------------
# Golden cases
# --------------------------------------------------------------------------

SEED = (
    "15 Oct 2021, 20:27\n"
    "Update : 15 Oct 2021, 20:29\n\n"
    "IS fighters massing in Afghanistan, says Putin ahead of talks\n\n"
    "   MOSCOW, Oct 15, 2021 (BSS/AFP) - Russian President Vladimir Putin on\n"
    "Friday said hundreds of fighters loyal to the Islamic State militant group\n"
    "were massing in northern Afghanistan, as Moscow prepares to host\n"
    "international talks on the country next week.\n\n"
    "  The United States, China and Pakistan will join talks on the Taliban\n"
    "takeover on Tuesday, the Kremlin's envoy to Afghanistan said.\n\n"
    "  - 'We need to interact' -\n\n"
    "  The Kremlin has reached out to the Taliban and hosted its representatives.\n\n\n"
    "  • Latest News\n"
    "  • Most View\n"
    "Beta Version\n"
)
SEED_FIXED = (
    "15 Oct 2021, 20:27\n"
    "Update : 15 Oct 2021, 20:29\n\n"
    "IS fighters massing in Afghanistan, says Putin ahead of talks\n\n"
    "   MOSCOW, Oct 15, 2021 (BSS/AFP) -\n"
    "Russian President Vladimir Putin on Friday said hundreds of fighters loyal to the Islamic State militant "
    "group were massing in northern Afghanistan, as Moscow prepares to host international talks on the "
    "country next week.\n\n"
    "  The United States, China and Pakistan will join talks on the Taliban takeover on Tuesday, the "
    "Kremlin's envoy to Afghanistan said.\n\n"
    "  - 'We need to interact' -\n\n"
    "  The Kremlin has reached out to the Taliban and hosted its representatives.\n"
)


def _fix(text: str, name: str = "page.txt", codes: frozenset[str] = CODES, encoding: str = "utf-8"):
    return check_data(text.encode(encoding), name, Options(), codes, fix=True)


def test_seed_keeps_its_timestamps_title_and_crosshead():
    result = _fix(SEED)
    assert result.rewritten == SEED_FIXED
    assert result.violations == ()
    assert result.fixed == 5  # AC302, AC303 and three AC301


def test_each_code_fixes_only_its_own_lines():
    only_boilerplate = _fix(SEED, codes=frozenset({"AC301"}))
    assert only_boilerplate.rewritten == SEED.split("\n\n\n")[0] + "\n"
    only_dateline = _fix(SEED, codes=frozenset({"AC302"}))
    assert only_dateline.rewritten == SEED.replace("(BSS/AFP) - Russian", "(BSS/AFP) -\nRussian")


@pytest.mark.parametrize("line, fixed", [
    ("  The cafÃ© owners said they would close in protest on Monday.",
     "  The café owners said they would close in protest on Monday."),
    ("  Tom &amp; Jerry are back<br> this summer, the studio said on Monday.",
     "  Tom & Jerry are back this summer, the studio said on Monday."),
    ("  The owners said\x07 they would close in protest on Monday.",
     "  The owners said they would close in protest on Monday."),
])
def test_repairs_stay_inside_their_line(line, fixed):
    text = f"{TITLES[1]}\n\n{line}\n\n  The water rose faster than anyone expected, officials said.\n"
    assert _fix(text).rewritten == text.replace(line, fixed)


def test_a_repeated_paragraph_and_a_body_timestamp_go_with_their_blank_line():
    para = "  The water rose faster than anyone expected, officials said on Thursday."
    text = f"{TITLES[1]}\n\n{para}\n\n09 Mar 2023, 14:40\n\n  Rescue boats were sent.\n\n{para}\n"
    assert _fix(text).rewritten == f"{TITLES[1]}\n\n{para}\n\n  Rescue boats were sent.\n"


def test_a_boilerplate_phrase_sharing_its_line_is_not_applied_and_stays_reported():
    """The content stage's judgement that a line is outside the article is not a line rule: kept."""
    result = _fix(SEED.replace("Beta Version\n", "Beta Version of the site, read on for the whole story\n"))
    assert "Beta Version of the site" in result.rewritten


def test_a_legacy_encoding_is_kept_and_untouched_lines_are_the_same_bytes():
    text = SEED.replace("Kremlin has", "Kremlin, café owners say, has")
    result = _fix(text, encoding="cp1252")
    assert result.data == SEED_FIXED.replace("Kremlin has", "Kremlin, café owners say, has").encode("cp1252")


def test_crlf_line_endings_are_kept():
    result = _fix(SEED.replace("\n", "\r\n"))
    assert result.data == SEED_FIXED.replace("\n", "\r\n").encode("utf-8")


def test_bytes_replaced_on_reading_mean_no_rewrite():
    """Stray legacy bytes in UTF-8 are read with replacement: written back, every such line would change."""
    data = SEED.encode("utf-8").replace(b"Kremlin has", b"Kremlin \xe9 has")
    result = check_data(data, "page.txt", Options(), CODES, fix=True)
    assert result.rewritten is None and result.data is None
    assert {"AC301", "AC302", "AC303"} <= {v.code for v in result.violations}


#: A scraper's JSON in article-clean's shape, without its schema: judged for every rule.
ARTICLE = {
    "source": "a.txt", "title": "Floods", "published": "2023-03-09T14:40:00",
    "dateline": None, "custom": {"kept": True},
    "body": [{"type": "paragraph", "text": "SYLHET, March 9 (BSS/AFP) - Flash floods cut off villages.", "line": 3},
             {"type": "paragraph", "text": "The cafÃ© owners said they would close.", "line": 5},
             {"type": "paragraph", "text": "Latest News", "line": 9}],
    "removed": [],
}


def test_json_is_edited_in_its_own_layout_and_keeps_every_other_field():
    text = json.dumps(ARTICLE, ensure_ascii=False, indent=2) + "\n"
    result = _fix(text, "a.json")
    fixed = json.loads(result.rewritten)
    assert fixed["custom"] == {"kept": True} and fixed["published"] == ARTICLE["published"]
    assert [b["text"] for b in fixed["body"]] == ["Flash floods cut off villages.", "The café owners said they would close."]
    assert {"line": 9, "text": "Latest News", "rule": "navigation"} in fixed["removed"]
    assert fixed["dateline"]["location"] == "SYLHET"
    assert result.rewritten == json.dumps(fixed, ensure_ascii=False, indent=2) + "\n"


def test_json_in_a_layout_of_its_own_is_not_rewritten():
    text = json.dumps(ARTICLE, indent=3)
    result = _fix(text, "a.json")
    assert result.rewritten is None
    assert "AC301" in {v.code for v in result.violations}


def test_jsonl_records_are_edited_each_on_its_line():
    good = {"title": "A title", "body": [{"type": "paragraph", "text": "He said it was over.", "line": 1}]}
    text = json.dumps(good, separators=(",", ":")) + "\n" + json.dumps(ARTICLE, separators=(",", ":")) + "\n"
    result = _fix(text, "a.jsonl")
    first, second = result.rewritten.splitlines()
    assert first == json.dumps(good, separators=(",", ":"))
    assert "Latest News" not in [b["text"] for b in json.loads(second)["body"]]


@pytest.mark.parametrize("after", ["09 Mar 2023, 14:40", "Share this article"])
def test_a_line_that_ends_no_sentence_is_not_joined_onto_an_open_paragraph_across_a_blank(after):
    """Among indented paragraphs, an unindented line after a paragraph left open goes on it only when
    it ends the sentence: a timestamp or a share link is no continuation, so --fix leaves the open
    paragraph's line alone."""
    page = ("\nIS fighters massing in Afghanistan, says Putin ahead of talks\n\n"
            "   MOSCOW, Oct 15, 2021 (BSS/AFP) - The\nUnited States, China and Pakistan will\n"
            "join talks on the takeover on Tuesday,\nthe envoy said.\n\n"
            '  A farmer said the flood was "worse than the one in 2004 and\n\n'
            f"{after}\n\n"
            "  Russian President Vladimir Putin on\nFriday said hundreds of fighters were\n"
            "massing in the north.\n")
    result = check_data(page.encode(), "page.txt", Options(), CODES, fix=True)
    assert '  A farmer said the flood was "worse than the one in 2004 and\n' in result.rewritten
