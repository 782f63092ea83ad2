"""Cleaning time grows linearly with the input, even on pathological pages.

Each check cleans an input and the same input eight times larger, and compares
the CPU time of the two (a peer run on the same machine, in the same test): a
linear cost grows about 8 times, a quadratic one 64 times. A hard timeout turns
a hang into a failure instead of a stuck suite.

Every regex of the package is also pumped with runs of the characters that
make regexes backtrack, and each regex fixed for backtracking has a
regression test of its own below.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import signal
import time
from contextlib import contextmanager
from typing import Callable

import pytest

import article_clean
from article_clean import Options
from article_clean.data.marks import MD_HEADING_RE
from article_clean.writers import WRITERS

#: Input sizes in a doubling check differ by this factor.
GROWTH = 8
#: The time ratio above which a check fails: linear is about 8, quadratic 64.
MAX_RATIO = 24
#: Below this many CPU seconds for the large input, the ratio is noise, not growth:
#: a quadratic cost at the sizes below takes seconds to minutes.
NOISE_SECONDS = 0.2
#: No single clean in this file may take longer, whatever the ratio says.
HARD_TIMEOUT = 120
HTML = Options(input_format="html")


class Hung(Exception):
    """Raised by the alarm when an operation runs past its hard timeout."""


@contextmanager
def hard_timeout(seconds: int):
    """Fail, rather than hang, when the block runs longer than ``seconds``."""
    def expire(signum, frame):
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def cpu_seconds(work: Callable[[], object], repeat: int = 1) -> float:
    """The least CPU time of ``repeat`` runs of ``work``: CPU time, so that other
    processes on a loaded machine do not count."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        with hard_timeout(HARD_TIMEOUT):
            work()
        best = min(best, time.process_time() - start)
    return best


def clean_all_the_way(data: str, options: Options | None = None) -> None:
    """What a production run does with a page: clean, account, render."""
    try:
        article = article_clean.clean(data, options)
    except article_clean.InputError:
        return
    article.accounting()
    WRITERS["md"].render(article)
    WRITERS["json"].render(article)


def assert_linear(make: Callable[[int], str], full: int, options: Options | None = None) -> None:
    """Time ``make(full // GROWTH)`` and ``make(full)``; fail when the cost grows faster than linearly."""
    small, large = make(full // GROWTH), make(full)
    small_time = cpu_seconds(lambda: clean_all_the_way(small, options), repeat=3)
    large_time = cpu_seconds(lambda: clean_all_the_way(large, options))
    if large_time < 1:
        large_time = min(large_time, cpu_seconds(lambda: clean_all_the_way(large, options)))
    ratio = large_time / max(small_time, 1e-9)
    assert large_time < NOISE_SECONDS or ratio < MAX_RATIO, (
        f"{GROWTH}x the input took {ratio:.0f}x the time ({small_time:.3f} s -> {large_time:.3f} s)"
    )


# --------------------------------------------------------------------------
# The pathological pages of the issue, and a few more of the same kind
# --------------------------------------------------------------------------

PAGES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (size -> page, full size)
    "one 5 MB line": (lambda n: ("lorem ipsum dolor sit amet, " * (n // 28 + 1))[:n], 5_000_000),
    "200,000 short lines": (lambda n: "Short line here.\n" * n, 200_000),
    "200,000 wrapped lines of one paragraph": (lambda n: "the council said on friday that it would\n" * n, 100_000),
    "10,000 nested Markdown quotes": (lambda n: "> " * n + "the end of the quote.", 10_000),
    "10,000 quote lines, each one deeper": (lambda n: "".join("> " * (i % 200) + "quoted.\n" for i in range(n)), 10_000),
    "10,000 nested quotation marks": (lambda n: "“‘" * (n // 2) + "said the minister.", 10_000),
    "a line of 100,000 dashes": (lambda n: "-" * n, 100_000),
    "100,000 dashes between words": (lambda n: "Title here\n\n" + "- " * (n // 2) + "end.", 100_000),
    "100,000 spaces inside a line": (lambda n: "The minister said" + " " * n + "that it was over.", 100_000),
    "10,000 bulleted menu lines": (lambda n: "  • Latest News\n" * n, 10_000),
    "10,000 blank-line separated paragraphs": (lambda n: "A paragraph that ends.\n\n" * n, 10_000),
    "a 100,000 character word": (lambda n: "By " + "A" * n, 100_000),
    "100,000 capitals before a dash": (lambda n: "MOSCOW " * (n // 7) + "- text", 100_000),
    "a Markdown heading with 100,000 spaces": (lambda n: "# Heading" + " " * n + "x", 100_000),
    "a Markdown heading with 100,000 hashes": (lambda n: "# Heading" + "#" * n + "x", 100_000),
    "front matter of 10,000 keys": (lambda n: "---\n" + "title: x\n" * n + "---\nBody text here.", 10_000),
    "100,000 soft hyphens and spaces": (lambda n: "word\u00ad " * (n // 6), 100_000),
}

HTML_PAGES: dict[str, tuple[Callable[[int], str], int]] = {
    "one 5 MB paragraph": (lambda n: "<html><body><p>" + "word " * (n // 5) + "</p></body></html>", 5_000_000),
    "50,000 paragraphs": (lambda n: "<html><body>" + "<p>A short paragraph here.</p>\n" * n + "</body></html>", 50_000),
    "10,000 nested blockquotes": (lambda n: "<html><body>" + "<blockquote>" * n + "<p>Deep down, he said.</p>", 10_000),
    "10,000 nested divs": (lambda n: "<html><body>" + "<div>" * n + "<p>Deep down, he said.</p>" + "</div>" * n, 10_000),
    "100,000 spaces in the title": (lambda n: "<html><head><title>A" + " " * n + "| Site</title></head>"
                                    "<body><p>Text of the article, at last.</p></body></html>", 100_000),
    "a 100,000 character attribute": (lambda n: "<html><body><div class='" + "a " * (n // 2) + "'>"
                                      "<p>Text of the article, at last.</p></div></body></html>", 100_000),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_text_cleaning_is_linear(name):
    make, full = PAGES[name]
    assert_linear(make, full)


@pytest.mark.parametrize("name", list(HTML_PAGES))
def test_html_cleaning_is_linear(name):
    make, full = HTML_PAGES[name]
    assert_linear(make, full, HTML)


def test_strict_accounting_is_linear_on_a_huge_paragraph():
    """Accounting looks for each line in its own stretch of the block, not in the whole body."""
    def make(n: int) -> str:
        return "".join(f"line {i} of the council report\n" for i in range(n))

    small, large = make(5_000), make(5_000 * GROWTH)
    articles = [article_clean.clean(small), article_clean.clean(large)]
    assert len(articles[1].body) == 1, "the lines were meant to make one paragraph"
    small_time = cpu_seconds(articles[0].accounting, repeat=3)
    large_time = cpu_seconds(articles[1].accounting)
    assert articles[1].accounting() == []
    assert large_time < NOISE_SECONDS or large_time / max(small_time, 1e-9) < MAX_RATIO


# --------------------------------------------------------------------------
# Every regex of the package, pumped
# --------------------------------------------------------------------------


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level compiled str regex in the package, by module and name."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(article_clean.__path__, prefix="article_clean."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra is missing
            continue
        for attribute, value in vars(module).items():
            values = value if isinstance(value, (tuple, list)) else (value,)
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    suffix = f"[{index}]" if len(values) > 1 else ""
                    if id(item) not in found or info.name.startswith("article_clean.data."):  # named where defined
                        found[id(item)] = (f"{info.name}.{attribute}{suffix}", item)
    return dict(found.values())


#: Regexes that are quadratic on a long whitespace run when *searched*, but only ever
#: see short inputs, bounded by the regex or the code that feeds them.
BOUNDED_INPUT = {
    "article_clean.data.bylines.NAME_SPLIT_RE": "splits the names group of BYLINE_BY_RE, whose words are one space apart",
    "article_clean.text.datelines._AGENCY_SPLIT_RE": "splits the agencies group of DATELINE_RE, at most 41 characters",
    "article_clean.html.title._SUFFIX_RE": "splits a title whose white space extract() has already collapsed",
    "article_clean.evaluate.metrics._NAMES_SPLIT_RE": "splits gold author labels in the evaluation, never user input",
    "article_clean.data.html_hints.ROLE_TAIL_RE": "strips roles off author names whose white space is already collapsed",
}
#: Runs of these make regexes backtrack: white space, markers, quotes, word characters.
PUMPS = (" ", "\t", "\u00a0", "#", " #", "a", "A", "Aa ", "1", "1 ", "-", "A-", "'", '"', "“", ".", ",", "*",
         "•", "[", "(", "<", ":", "|", "/", "\u00ad", " and ", ", A", "By ", "Oct 2021 ")
PREFIXES = ("", "# a", "- '", "By ", "MOSCOW", "15 Oct 2021", "> ", "1. ", "Update : ", "<p")
PUMP_SMALL = 400
#: Enough inputs to show a regex backtracks; more would only make a slow test slower.
SLOW_ENOUGH = 3


def _pumped(pattern: re.Pattern[str]) -> list[str]:
    """Inputs on which ``pattern`` took more than linear time, as readable descriptions."""
    slow = []
    for prefix, pump, end in itertools.product(PREFIXES, PUMPS, ("", "\x01")):
        def text(size: int) -> str:
            return prefix + pump * (size // len(pump)) + end

        small = text(PUMP_SMALL)
        small_time = cpu_seconds(lambda: pattern.search(small), repeat=3)
        if small_time * GROWTH * GROWTH < 0.005:
            continue  # even a quadratic regex would stay in the noise at the larger size
        large = text(PUMP_SMALL * GROWTH)
        large_time = cpu_seconds(lambda: pattern.search(large), repeat=2)
        if large_time / max(small_time, 1e-9) > MAX_RATIO:
            slow.append(f"{prefix!r} + {pump!r} * n + {end!r}: {small_time:.4f} s -> {large_time:.4f} s")
            if len(slow) >= SLOW_ENOUGH:
                break
    return slow


PATTERNS = _patterns()


def _resolve(name: str) -> re.Pattern[str] | None:
    """The pattern a dotted name stands for, or None when its module cannot be imported."""
    module, _, attribute = name.rpartition(".")
    try:
        return getattr(importlib.import_module(module), attribute)
    except ImportError:
        return None


BOUNDED = {id(pattern) for pattern in map(_resolve, BOUNDED_INPUT) if pattern is not None}


def test_the_audit_sees_the_data_modules():
    assert PATTERNS["article_clean.data.marks.MD_HEADING_RE"] is MD_HEADING_RE
    assert "article_clean.data.boilerplate.BOILERPLATE_RE" in PATTERNS
    assert all(isinstance(_resolve(name), re.Pattern) for name in BOUNDED_INPUT)


@pytest.mark.parametrize("name", sorted(name for name, pattern in PATTERNS.items() if id(pattern) not in BOUNDED))
def test_no_regex_backtracks_on_pumped_input(name):
    slow = _pumped(PATTERNS[name])
    assert not slow, f"{name} grows faster than linearly on:\n" + "\n".join(slow[:5])


# --------------------------------------------------------------------------
# One regression test per regex fixed
# --------------------------------------------------------------------------


def test_markdown_heading_regex_does_not_rescan_trailing_spaces():
    """MD_HEADING_RE ended ``(?P<text>\\S.*?)\\s*#*$``: the lazy text rescanned a run of
    spaces at every step, so ``# a`` + 100,000 spaces + ``x`` took minutes."""
    for tail in (" " * 100_000 + "x", "#" * 100_000 + "x", " #" * 50_000 + "x"):
        with hard_timeout(5):
            match = MD_HEADING_RE.match("# a" + tail)
        assert match and match.group("text") == "a" + tail


@pytest.mark.parametrize(
    "line,text",
    [
        ("# Title", "Title"),
        ("## Title ##", "Title"),
        ("# C#", "C"),
        ("# a # #", "a #"),
        ("# ###", "#"),
        ("#\tTabbed title\t#", "Tabbed title"),
        ("# a  b   ", "a  b"),
    ],
)
def test_markdown_heading_regex_keeps_its_meaning(line, text):
    """The linear form reads the same text as the lazy form it replaced."""
    assert MD_HEADING_RE.match(line).group("text") == text


@pytest.mark.parametrize("line", ["#", "#Title", "####### seven", "# ", "text # not a heading"])
def test_markdown_heading_regex_rejects(line):
    assert MD_HEADING_RE.match(line) is None
