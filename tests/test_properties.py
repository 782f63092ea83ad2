"""The invariants of ``clean``, as properties over generated article-shaped pages.

1. ``clean`` never raises on any ``str`` or ``bytes`` but :class:`article_clean.InputError`;
   undecodable bytes give that error or an AC401 flag.
2. Nothing is lost: ``Article.accounting()`` is empty.
3. Idempotence: the Markdown and text output clean to the same output.
4. Determinism: the same input gives byte-identical JSON, in this process and in
   fresh ones with other hash seeds.

The generators build pages from the shapes of real scraped dumps: timestamps and
titles above the body, bylines, datelines glued to the lead, paragraphs wrapped at
a scraper's width and indented with NBSPs, quotes, crossheads, nav bullets and
footers, with random Unicode (NBSP, zero widths, RTL, CJK, emoji, controls) and,
as bytes, BOMs, UTF-16, stray Windows-1252 bytes and encoded lone surrogates.

``PAST_GAPS`` keeps a page for each idempotence gap that was found and closed.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import article_clean  # noqa: E402
from article_clean import Article, Options  # noqa: E402
from article_clean.cli import cli  # noqa: E402
from article_clean.writers import WRITERS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------
# Generators: the shapes of real dumps
# --------------------------------------------------------------------------

NBSP = "\u00a0"
WORDS = (
    "the of and to in said on for with as was is by that at from officials police talks "
    "minister government Friday Monday Taliban Moscow city council plan year percent would "
    "could not it its their they he she we our has have been people after before more than "
    "over under village river floods market shares rose fell between former leaders group"
).split()
CAPITALS = "Putin Kabul Afghanistan Reuters Bangladesh Sylhet London Kremlin Council Jane Roe Brazil".split()
#: What scrapers leave in text: NBSP, zero widths, soft hyphen, bidi marks, odd line
#: breaks and controls, Arabic and Hebrew, CJK, emoji with a joiner and a variation
#: selector, combining marks, ligatures, curly quotes, dashes, Markdown markers, mojibake.
ODD = (
    "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202b",
    "\u202c", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t", "\r", "\x07", "\x1b",
    "مرحبا", "שלום", "北京", "東京都", "한국", "😀", "👩\u200d💻", "❤\ufe0f", "e\u0301", "ﬁ",
    "“", "”", "‘", "’", "«", "»", "„", "—", "–", "…", "•", "·", "■", "#", ">", "*", "-", "\\",
    "Ã©", "â€™", "\ufffd",
)
MONTHS = ("Oct", "October", "Nov", "Mar", "March", "Feb", "Sept", "mars", "März", "Dec.")
AGENCIES = ("AFP", "BSS/AFP", "Reuters", "AP", "CNN", "UNB", "PTI")
NAV = ("Latest News", "Most View", "Home", "World", "Business", "Share this:", "Facebook", "Twitter")
CHROME = (
    "Beta Version", "Advertisement", "Share on Facebook", "0 Comments", "Related Posts", "Read more",
    "© 2022 City Garden Blog. All rights reserved.", "Search ...", "Subscribe now", "[INS::INS]",
    "Follow us on Twitter", "Reuter", "Loading...", "12 likes 3 comments",
)

words = st.sampled_from(WORDS)
odd = st.sampled_from(ODD)
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
#: Mostly words, now and then something stranger.
token = st.one_of(words, words, words, words, st.sampled_from(CAPITALS), odd, any_text)


@st.composite
def sentence(draw) -> str:
    """A sentence, perhaps with a quotation opened and closed, or left open."""
    text = " ".join(draw(st.lists(token, min_size=3, max_size=18)))
    text = text[:1].upper() + text[1:]
    quote = draw(st.sampled_from(("", '"', "“", "'")))
    if quote:
        close = {'"': '"', "“": "”", "'": "'"}[quote]
        inside = " ".join(draw(st.lists(words, min_size=1, max_size=8)))
        text += f", {quote}{inside}" + (close if draw(st.booleans()) else "")
    return text + draw(st.sampled_from((".", ".", ".", "?", "!", "", ":", "…", '."')))


@st.composite
def paragraph(draw) -> str:
    """Sentences wrapped at a scraper's width, the first line perhaps indented with NBSPs."""
    text = " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
    lines = textwrap.wrap(text, draw(st.integers(20, 100)), break_on_hyphens=False) or [text]
    lines[0] = draw(st.sampled_from(("", "", NBSP + " ", NBSP + NBSP + " ", "    ", "\t"))) + lines[0]
    return "\n".join(lines)


@st.composite
def timestamp(draw) -> str:
    """A timestamp line above a headline, as sites print them, valid or not."""
    day, month, year = draw(st.integers(0, 32)), draw(st.sampled_from(MONTHS)), draw(st.integers(1700, 2300))
    hour, minute = draw(st.integers(0, 25)), draw(st.integers(0, 61))
    form = draw(st.sampled_from((
        f"{day} {month} {year}, {hour:02d}:{minute:02d}",
        f"{month} {day}, {year}, {hour}:{minute:02d} pm CST",
        f"{year}-{day % 13:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z",
        f"{year}/{day % 13}/{day}",
        f"{month} {day}, {year}",
    )))
    label = draw(st.sampled_from(("", f"Update{NBSP}:{NBSP}", "Updated: ", "Published: ", "Posted on ", "Last updated ")))
    return label + form


@st.composite
def dateline(draw) -> str:
    """A dateline to glue to the lead: place, date, agencies and a dash, or ``(CNN) --``."""
    if draw(st.integers(0, 9)) == 0:
        return "(CNN) --"
    place = draw(st.sampled_from(("MOSCOW", "NEW DELHI", "SAO PAULO", "KABUL, Afghanistan", "PORTLAND, Ore.", "DHAKA")))
    date = draw(st.sampled_from(("", f", {draw(st.sampled_from(MONTHS))} {draw(st.integers(0, 40))}")))
    year = f", {draw(st.integers(1000, 3000))}" if date and draw(st.booleans()) else ""
    agency = draw(st.sampled_from(("",) + tuple(f" ({a})" for a in AGENCIES)))
    return place + date + year + agency + draw(st.sampled_from((" -", " --", " —", " –", ":")))


@st.composite
def title(draw) -> str:
    text = " ".join(draw(st.lists(st.one_of(words, st.sampled_from(CAPITALS), odd), min_size=1, max_size=14)))
    return text[:1].upper() + text[1:]


@st.composite
def byline(draw) -> str:
    names = " and ".join(draw(st.lists(st.sampled_from(("Jane Doe", "John Roe", "Janie Gabbett", "TED D'AFFLISIO")),
                                       min_size=1, max_size=3)))
    return draw(st.sampled_from((f"By {names}", f"by {names}, Reuters", f"{names} - Nov 19, 2019, 10:31 pm CST",
                                 "Staff Correspondent")))


@st.composite
def nav_block(draw) -> str:
    bullet = draw(st.sampled_from(("  • ", "• ", "* ", "- ", "  ■ ", "1. ")))
    return "\n".join(bullet + item for item in draw(st.lists(st.sampled_from(NAV + CHROME), min_size=1, max_size=6)))


@st.composite
def crosshead(draw) -> str:
    text = " ".join(draw(st.lists(words, min_size=1, max_size=6)))
    return draw(st.sampled_from((f"- '{text}' -", f"  - “{text.capitalize()}” -", text.capitalize(), f"## {text}")))


@st.composite
def quote_block(draw) -> str:
    return "\n".join("> " + draw(sentence()) for _ in range(draw(st.integers(1, 3))))


@st.composite
def page(draw) -> str:
    """A whole scraped page: chrome, a header, the body, chrome again."""
    blocks: list[str] = []
    if draw(st.booleans()):
        blocks.append(draw(nav_block()))
    blocks += draw(st.lists(timestamp(), max_size=2))
    if draw(st.booleans()):
        blocks.append(draw(title()))
    if draw(st.booleans()):
        blocks.append(draw(byline()))
    lead = draw(paragraph())
    if draw(st.booleans()):
        lead = draw(st.sampled_from(("", NBSP + " ", "    "))) + draw(dateline()) + " " + lead.lstrip()
    blocks.append(lead)
    body = st.one_of(paragraph(), paragraph(), paragraph(), crosshead(), quote_block(), nav_block(),
                     st.sampled_from(CHROME), timestamp())
    blocks += draw(st.lists(body, max_size=8))
    if draw(st.booleans()):
        blocks.append(draw(nav_block()))
    separators = st.sampled_from(("\n\n", "\n\n", "\n", "\n\n\n", "\r\n\r\n", "\n \n", f"\n{NBSP}\n"))
    out = blocks[0]
    for block in blocks[1:]:
        out += draw(separators) + block
    return out


#: Bytes that go wrong: stray Windows-1252 bytes in UTF-8, encoded lone surrogates, anything.
DAMAGE = {
    "cp1252": st.sampled_from((b"\xe9", b"\x92", b"\x96", b"\xa0", b"\xfc")),
    "surrogate": st.sampled_from((b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xb2\x80")),
    "random": st.binary(min_size=1, max_size=4),
}


@st.composite
def page_bytes(draw) -> bytes:
    """A page as bytes: UTF-8, perhaps with a BOM, as UTF-16, or with bad bytes inserted."""
    text = draw(page())
    kind = draw(st.sampled_from(("utf-8", "utf-8", "bom", "utf-16", "cp1252", "surrogate", "random")))
    if kind == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if kind == "utf-16":
        return text.encode(draw(st.sampled_from(("utf-16", "utf-16-le", "utf-16-be"))))
    data = text.encode("utf-8")
    if kind in DAMAGE:
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(DAMAGE[kind]) + data[at:]
    return data


#: Any input at all, and article-shaped ones.
anything = st.one_of(page(), page_bytes(), st.text(), st.binary(), any_text.map(lambda t: t * 50))


def clean_or_none(data: str | bytes, options: Options | None = None) -> Article | None:
    """The article, or None for the one documented failure."""
    try:
        return article_clean.clean(data, options)
    except article_clean.InputError as error:
        assert str(error).startswith("-: ") and "\n" not in str(error)
        return None


def as_json(article: Article) -> str:
    return WRITERS["json"].render(article)


# --------------------------------------------------------------------------
# 1. Never raises; undecodable input is an error or a flag
# --------------------------------------------------------------------------


@given(anything)
def test_clean_never_raises(data):
    article = clean_or_none(data)
    if article is not None:
        as_json(article).encode("utf-8")  # no lone surrogate survives into the output
        for name in ("md", "text"):
            WRITERS[name].render(article).encode("utf-8")


@given(anything)
def test_clean_never_raises_on_html(data):
    article = clean_or_none(data, Options(input_format="html"))
    if article is not None:
        as_json(article).encode("utf-8")


@given(page(), st.sampled_from(sorted(DAMAGE)), st.data())
def test_undecodable_bytes_are_an_error_or_a_flag(text, kind, data):
    """Bytes that are not valid UTF-8 are refused, read as a legacy codec, or flagged AC401."""
    raw = text.encode("utf-8")
    at = data.draw(st.integers(0, len(raw)))
    raw = raw[:at] + data.draw(DAMAGE[kind]) + raw[at:]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return  # the inserted bytes happened to make valid UTF-8
    article = clean_or_none(raw)
    if article is not None:
        codes = {flag.code for flag in article.flags}
        assert "AC401" in codes or article.encoding != "utf-8", article.encoding


@given(page(), st.sampled_from(("\udce9", "\ud800", "\udfff", "\ud83d")))
def test_lone_surrogates_in_text_are_replaced_and_flagged(text, surrogate):
    middle = len(text) // 2
    article = clean_or_none(text[:middle] + surrogate + text[middle:])
    if article is not None:
        as_json(article).encode("utf-8")
        if any("\ufffd" in line for line in article.input_lines):
            assert "AC401" in {flag.code for flag in article.flags}


# --------------------------------------------------------------------------
# 2. Nothing is lost
# --------------------------------------------------------------------------


@given(st.one_of(page(), page_bytes()))
def test_every_input_line_is_accounted_for(data):
    article = clean_or_none(data)
    if article is not None:
        assert article.accounting() == []


@given(st.one_of(page(), st.text()))
def test_accounting_is_also_kept_with_stages_disabled(data):
    """Turning optional stages off must not lose lines either."""
    options = Options(disable=frozenset({"boilerplate", "content", "header", "byline", "dateline", "structure"}))
    article = clean_or_none(data, options)
    if article is not None:
        assert article.accounting() == []


def test_accounting_finds_a_lost_line():
    """The accounting can fail: an article that dropped a line has a gap at that line."""
    article = article_clean.clean("Headline here\n\nLONDON (Reuters) - Shares rose on Monday, traders said.\n\nA second paragraph.\n")
    assert article.accounting() == []
    damaged = replace(article, body=article.body[:-1])
    assert damaged.accounting() == [5]


def test_strict_accounting_passes_a_clean_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text((ROOT / "examples" / "wire-story.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", "--strict-accounting", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("args", [[], ["-j", "1", "-f", "jsonl"]], ids=["one file", "batch"])
def test_strict_accounting_fails_a_page_with_a_gap(tmp_path, monkeypatch, args):
    """A lost line fails the input under --strict-accounting, with one error line, and
    the other inputs still come out; without the flag the page passes."""
    lossy, fine = tmp_path / "lossy.txt", tmp_path / "fine.txt"
    lossy.write_text("Headline here\n\nLONDON (Reuters) - Shares rose, traders said.\n\nA line to lose.\n")
    fine.write_text("Headline here\n\nLONDON (Reuters) - Shares fell, traders said.\n")
    real = Article.accounting
    monkeypatch.setattr(Article, "accounting", lambda self: [5] if self.source.endswith("lossy.txt") else real(self))
    paths = [str(lossy), str(fine)] if args else [str(lossy)]
    result = CliRunner().invoke(cli, ["clean", "--strict-accounting", "-q", *args, *paths])
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("article-clean: error:")]
    assert len(errors) == 1 and "lossy.txt" in errors[0] and "not accounted for (first: line 5)" in errors[0]
    if args:
        assert "Shares fell" in result.stdout and "Shares rose" not in result.stdout
    assert CliRunner().invoke(cli, ["clean", "-q", *args, *paths]).exit_code == 0


def test_numbered_list_keeps_its_numbers():
    article = article_clean.clean("Steps to take\n\n1. Boil the water for ten minutes.\n2. Let it cool.\n")
    assert article.accounting() == []
    numbered = article_clean.clean("1. Latest News\n\nThe council met on Friday.")
    assert numbered.body[0].text == "1. Latest News"
    assert "\n- 1\\. Latest News\n" in WRITERS["md"].render(numbered)  # a bullet, its number escaped as CommonMark has it
    assert "\n• 1. Latest News\n" in WRITERS["text"].render(numbered)


# --------------------------------------------------------------------------
# 3. Idempotence
# --------------------------------------------------------------------------


def read_back(article: Article, fmt: str) -> tuple[str, Article]:
    """The output in ``fmt``, and the article that cleaning it gives. An article with no title
    and no body has empty text output: there is nothing to read again, and it stands for itself."""
    first = WRITERS[fmt].render(article)
    return first, article_clean.clean(first, source=article.source) if first.strip() else article


def again(article: Article, fmt: str) -> tuple[str, str]:
    """The output in ``fmt``, and the output of cleaning that output."""
    first, back = read_back(article, fmt)
    return first, WRITERS[fmt].render(back)


def kept(article: Article) -> dict:
    """What article-clean's Markdown carries of an article: all of it but the encoding, the
    removals and the positions; block text without white space at its ends, which Markdown
    cannot keep (nor an empty block)."""
    data = article.to_dict()
    for name in ("encoding", "removed", "text", "body"):
        del data[name]
    data["body"] = [(block.type, block.text.strip()) for block in article.body if block.text.strip()]
    return data


def test_empty_article_has_nothing_to_clean_again():
    """fuzz_clean: only chrome gives an article with no title and no body, whose text output
    is empty; cleaning that again is refused as empty, which is not a difference."""
    article = article_clean.clean("• Latest News\n• Most View\nBeta Version\n")
    assert not article.body and article.title is None and WRITERS["text"].render(article) == ""
    assert again(article, "text") == ("", "")
    with pytest.raises(article_clean.InputError, match="is empty"):
        article_clean.clean(WRITERS["text"].render(article))


@pytest.mark.parametrize("fmt", ["md", "text"])
@settings(max_examples=max(10, settings.default.max_examples // 2),  # each example cleans twice, or more
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.one_of(page(), page_bytes()))
def test_output_cleans_to_itself(fmt, data):
    """The output cleans to itself; Markdown, which carries the whole article, reads back as
    the same article."""
    article = clean_or_none(data)
    assume(article is not None)
    first, back = read_back(article, fmt)
    assert WRITERS[fmt].render(back) == first
    if fmt == "md":
        assert kept(back) == kept(article)


#: Pages that did not clean to themselves once, with the format they showed it in and the cause.
PAST_GAPS = [
    ("'- 1.' read as a bulleted menu line", "md", "(CNN) -- The the the the.\n\n1. Latest News\n1. Latest News"),
    ("the byline sought again in the body", "md", "By Jane Doe\n\nThe the the the the\nthe.\n\nThe the the the\nwith."),
    ("the dateline sought again", "md", '(CNN) -- The the the\nofficials the, "the\nthe.'),
    ("the title sought again", "md", "A battery recycling start-up saidp raises funds for bat\nA"),  # from fuzz_clean
    ("the byline sought again", "md", "e\nO\nS\nChris Davies - Nov 19, 2019, 10:3\nA\nsour\n"
                                      "The two years. People want to end of the year, ea\n:"),  # from fuzz_clean
    ("a repeated byline read again", "md", "E\nBy Maria Ortega, Reuters\n, d was\nBy Maria Ortega, Reuters\n"
                                           "The copper miners said the flood was worse than the one in 2004 a\nM"),
    ("a paragraph opening with a bullet", "md", "–\n\nThe council met on Friday, \"the\nplan.\n\nIt passed."),
    ("'# title' of eight words read as prose", "md", 'The the the the, "the the the?'),
    ("a quote with white space at its end", "md", "The the the.\n\nThe the the.\n\n> The the the.\n> \u2028 the the."),
    ("text marks no crosshead", "text", "Said\n\nThe the the the the the the the.\n\n- 'the' -\n\n- 'the' -"),
    ("text with no prose: the title sought again", "text", "Putin\n\nThe the the.\n\nThe the the.\n\n- 'the' -"),
    ("the bold dateline read as a '*' bullet", "md",
     ': nullteline: n\n: "b\ne: n\ne:\nff v\n(BSS/AFP) - Flash  • H'),  # from fuzz_clean
    ("a crosshead that shows only after reflow", "md",
     "NORTHERN SAVINGS BANK 1986 YEAR\n\n"
     "    OSLO, March 4 - Net profit for the year ended December 31\n"
     "1986 2.4 billion crowns vs 31.2 billion\n"
     "    Deposits from customers 4,812.0 billion crowns vs 4,377.0\n"
     "billion\n"
     "    Loans to customers 3,105.0 billion crowns vs 2,960.5 billion\n"
     "    Note: The bank said the fall in net profit came from higher\n"
     "provisions for bad loans and a heavier tax burden.\n Reuter\n"),
    ("a byline without text, from front matter", "text",  # from fuzz_clean
     '---\ntitle: "Floods"\npublished: null\nupdated: null\ndateline: null\nbyline: {"authors": ["Jane Doe"]}\n'
     'source: "a.txt"\nlanguage: null\nsite_name: null\nurl: null\nflags: []\n---\n\n# Floods\n\n'
     'The council met on Friday and voted for the plan.\n'),
    ("a dateline without text, from front matter", "md",  # from fuzz_clean
     '---\ntitle: "Floods"\npublished: null\nupdated: null\ndateline: {"location": "SYLHET"}\nbyline: null\n'
     'source: "a.txt"\nlanguage: null\nsite_name: null\nurl: null\nflags: []\n---\n\n# Floods\n\n'
     'The council met on Friday and voted for the plan.\n'),
    ("non-breaking spaces in metadata from front matter", "text",  # from fuzz_clean
     '---\ntitle: "Floods\u00a0cut off villages"\npublished: null\nupdated: null\n'
     'dateline: {"text": "SYLHET,\u00a0March 9 -", "location": "SYLHET", "date": "--03-09", "agencies": []}\n'
     'byline: {"text": "By\u00a0Jane Doe", "authors": ["Jane Doe"]}\nsource: "a.txt"\nlanguage: null\n'
     'site_name: null\nurl: null\nflags: []\n---\n\n# Floods\u00a0cut off villages\n\nBy\u00a0Jane Doe\n\n'
     '**SYLHET,\u00a0March 9 -** The council met on Friday and voted for the plan.\n'),
    ("white space at the ends of metadata from front matter", "text",  # from fuzz_clean
     '---\ntitle: " Floods "\npublished: null\nupdated: null\ndateline: null\n'
     'byline: {"text": " Jane Doe, Reuters", "authors": ["Jane Doe"]}\nsource: "a.txt"\nlanguage: null\n'
     'site_name: null\nurl: null\nflags: []\n---\n\n# Floods\n\nJane Doe, Reuters\n\n'
     'The council met on Friday and voted for the plan.\n'),
    ("a text title that opens like an HTML page", "text",  # from fuzz_html
     "<html><body><article><h1>&lt;html&gt; for beginners</h1><p>The &lt;body&gt; tag holds what a page shows, "
     "the guide said on Friday in its first lesson for new writers.</p></article></body></html>"),
    ("an HTML list taken for a menu in the output", "md", (
        "<html><head><title>Euro 2020: the teams that qualified</title></head><body><article>"
        "<h1>Euro 2020: the teams that qualified</h1><p>Finland won 3-0 against Liechtenstein on Friday, "
        "while Sweden won 2-0 in Romania to book their places.</p><p>Earlier in the week, Turkey drew with "
        "Iceland in Istanbul, a result that also sent France through. These are the teams that qualified.</p>"
        "<h2>Qualified teams</h2><ul>" + "".join(f"<li>{team} (Group {group}): qualified</li>" for team, group in (
            ("England", "A"), ("Czech Republic", "A"), ("Ukraine", "B"), ("Spain", "F"), ("Sweden", "F"),
            ("Poland", "G"), ("France", "H"), ("Turkey", "H"), ("Belgium", "I"), ("Italy", "J"))) +
        "</ul></article></body></html>")),
    ("mojibake made whole by joining lines", "md",  # from fuzz_clean: stray bytes on two lines
     b"Gardens across the city have waiting lists.\n\xc2\n\xe2\x80"),
]


@pytest.mark.parametrize("cause,fmt,text", [pytest.param(*case, id=case[0]) for case in PAST_GAPS])
@pytest.mark.parametrize("other", [False, True], ids=["same format", "other format"])
def test_past_gap_cleans_to_itself(cause, fmt, text, other):
    """Each page cleans to itself in the format it failed in, and in the other one."""
    fmt = {"md": "text", "text": "md"}[fmt] if other else fmt
    article = article_clean.clean(text)
    first, back = read_back(article, fmt)
    assert WRITERS[fmt].render(back) == first
    if fmt == "md":
        assert kept(back) == kept(article)


# --------------------------------------------------------------------------
# 4. Determinism
# --------------------------------------------------------------------------


@given(st.one_of(page(), page_bytes()))
def test_same_input_same_json(data):
    first = clean_or_none(data)
    if first is not None:
        assert as_json(clean_or_none(data)) == as_json(first)


def _batch(folder: Path, pages: list[str], *args: str, env: dict[str, str] | None = None) -> tuple:
    """Write ``pages`` into ``folder`` and clean it in a fresh process: exit code, stdout, stderr."""
    folder.mkdir(exist_ok=True)
    for index, text in enumerate(pages):
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "article_clean", "clean", "-q", *args, str(folder)],
                          capture_output=True, env=env, timeout=300)
    return done.returncode, done.stdout, done.stderr


def test_same_json_across_processes_and_hash_seeds(tmp_path):
    """Set and dict order must not leak into the output: two fresh processes with
    different hash seeds write byte-identical JSON Lines for the same pages."""
    pages = _fixed_pages()
    outputs = [_batch(tmp_path / "pages", pages, "-j", "1", "-f", "jsonl", env=dict(os.environ, PYTHONHASHSEED=seed))
               for seed in ("1", "2")]
    assert outputs[0] == outputs[1]
    assert outputs[0][1].count(b"\n") >= len(pages) // 2


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_same_output_with_one_worker_and_several(tmp_path, fmt):
    """A batch writes the same bytes whether it runs in this process or across workers."""
    pages = _fixed_pages() * 3
    outputs = [_batch(tmp_path / "pages", pages, "-j", jobs, "-f", fmt) for jobs in ("1", "3")]
    assert outputs[0] == outputs[1]
    assert outputs[0][1]


def _fixed_pages() -> list[str]:
    """Pages drawn once with a fixed seed, so the cross-process check is reproducible."""
    import random

    pages: list[str] = []

    @settings(max_examples=25, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(page())
    def collect(text):
        pages.append(text)

    collect()
    random.Random(0).shuffle(pages)
    return [text for text in pages if text.strip()][:25]


# --------------------------------------------------------------------------
# Regression cases: what fuzzing and these properties found
# --------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["uu", "base64", "zlib", "bz2", "hex", "quopri", "rot13", "idna", "punycode", "undefined"])
def test_html_declaring_a_codec_that_is_not_a_charset(label):
    """fuzz_html: ``<meta charset=uu>`` named a bytes-to-bytes codec, and decoding raised LookupError."""
    data = b"<html><head><title>Villages</title><meta charset=" + label.encode() + b"></head>" \
           b"<body><p>Flash floods cut off villages \xe1\xe9, officials said.</p></body></html>"
    article = article_clean.clean(data, Options(input_format="html"))
    assert "Flash floods cut off villages" in article.text


@pytest.mark.parametrize("text", ["\ufeff", "\u200b\n\u200b", "\x00\x07", " \u2028 \x0b "])
def test_invisible_only_text_is_blank(text):
    """Text of BOMs, zero widths and controls was not 'whitespace only' and gave an empty article."""
    with pytest.raises(article_clean.InputError, match="only whitespace"):
        article_clean.clean(text)


def test_lone_surrogate_in_text_gives_encodable_output():
    """A str with a lone surrogate came out in the JSON, which no encoder accepts."""
    article = article_clean.clean("Headline here\n\nLONDON (Reuters) - Shares \udc80 rose on Monday, traders said.")
    assert "\ufffd" in article.text
    assert "AC401" in {flag.code for flag in article.flags}
    as_json(article).encode("utf-8")


def test_split_surrogate_pair_in_text_is_joined():
    article = article_clean.clean("Headline here\n\nThe crowd cheered \ud83d\ude00 as the results came in, officials said.")
    assert "😀" in article.text and not article.flags


#: Characters that make mojibake, and the marks around it: soft hyphens, NBSPs, C1 controls.
MOJIBAKE_PARTS = st.text(alphabet=st.sampled_from("ÃÂâÅÄÐÑØÙ\x80\x85\x8d\x9c\xa0\xa9\xad\xbf€™œ©é \n\t\u2028"),
                         max_size=40)


@given(st.one_of(page(), st.text(), MOJIBAKE_PARTS))
def test_normalize_is_a_fixed_point(text):
    """Normalized text normalizes to itself: what the HTML reader normalizes in one piece and
    in parts (the title alone) must agree, and clean output must read back unchanged."""
    from article_clean.text.normalizing import normalize_text

    once = normalize_text(text)
    assert normalize_text(once) == once


def test_flag_items_under_a_flags_value_that_is_no_list():
    """fuzz_clean: ``flags:"`` followed by flag items appended to a string, and raised."""
    text = WRITERS["md"].render(article_clean.clean((ROOT / "examples" / "wire-story.txt").read_text(encoding="utf-8")))
    article = article_clean.clean(text.replace("flags:\n", 'flags:"\n', 1))
    assert "Flash floods" in article.text and article.accounting() == []


def test_html_title_and_page_line_normalize_alike():
    """fuzz_html: a soft hyphen between mojibake bytes; removing it made new mojibake, which
    the title (normalized alone) had fixed and the page line had not: an accounting gap."""
    data = base64.b64decode(
        "TQF0bWw+PHY+PGFkPjx0aXRsZcLCwsJnZXM8L3RpVWx1PjxtZXRhIGNoYT11dHRpZXRsZcLCwsJnZXM8L3RpVWx1Pjxt"
        "ZXRhIGNoYT11dHRpZT5lPjxsZWFkPjzCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwq3CyuI+ZT48bGVhZD48"
        "wsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLK4sKtwsIgdsI=")
    article = article_clean.clean(data, Options(input_format="html"))
    assert article.accounting() == []


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_dateline_goes_back_to_the_paragraph_it_was_cut_from(fmt):
    """The writers put the dateline before the first paragraph, also when it was cut from a
    later one (a short line above the lead); cleaning the output then moved it."""
    article = article_clean.clean("The\n\n(CNN) -- The council met on Friday and voted for it.")
    assert article.dateline.text == "(CNN) --" and article.body[0].text == "The"
    rendered = WRITERS[fmt].render(article)
    assert "(CNN) --** The council" in rendered if fmt == "md" else "(CNN) -- The council" in rendered
    assert again(article, fmt)[1] == rendered


def test_soft_hyphen_inside_a_line_is_dropped():
    """A line opening with a soft hyphen became a paragraph starting with a space."""
    article = article_clean.clean("Headline here\n\nThe the the the the\n\u00ad the council said.")
    assert all(block.text == block.text.strip() for block in article.body)
    assert "\u00ad" not in article.text


def test_soft_hyphen_alone_on_a_line_goes():
    """fuzz_clean: a line of only a soft hyphen (a stray 0xAD byte) was kept as a line, which kept
    two paragraphs apart that the output then joined."""
    article = article_clean.clean(b"Headline here\n\nThe minister said\n\xad\nthe talks would go on.\n")
    assert len(article.input_lines) == 5 and article.input_lines[3] == ""
    for fmt in ("md", "text"):
        first, second = again(article, fmt)
        assert second == first


def test_the_generators_make_article_shaped_pages():
    """The property tests mean something only if the pages have the parts of a real dump."""
    seen: set[str] = set()

    @settings(max_examples=60, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(page())
    def look(text):
        article = clean_or_none(text)
        if article is None:
            return
        seen.update(name for name in ("title", "published", "dateline", "byline") if getattr(article, name))
        seen.update(removal.rule for removal in article.removed)
        seen.update(block.type for block in article.body)

    look()
    assert {"title", "published", "dateline", "byline", "paragraph", "navigation"} <= seen, seen
