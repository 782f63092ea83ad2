"""Fuzz the HTML reader: ``clean(bytes)`` with the input read as HTML raises nothing but
InputError, accounts for every line of the page, and gives the same JSON twice.

    python tests/fuzz/fuzz_html.py -atheris_runs=100000 [CORPUS_DIR ...] [libFuzzer flags]

Without a corpus folder the run starts from a small page and any HTML golden cases.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["article_clean"]):
    import article_clean
    from harness import check_clean, import_package, libfuzzer_argv

    import_package()

SEEDS = ("tests/cases/*/input.html", "tests/cases/*/input.htm", "tests/html_cases/*.html")
HTML = article_clean.Options(input_format="html")
#: A small page with the usual parts, always among the seeds.
PAGE = (b"<html><head><title>Floods cut off villages</title><meta charset=utf-8></head><body>"
            b"<nav><ul><li>Latest News</li></ul></nav><article><h1>Floods cut off villages</h1>"
            b"<p>SYLHET, March 9 (AFP) - Flash floods cut off dozens of villages, officials said.</p>"
            b"<p>&ldquo;It is worse than 2004,&rdquo; a farmer said.</p></article></body></html>")


def test_one_input(data: bytes) -> None:
    """One fuzz input, forced through the HTML reader, and sniffed."""
    check_clean(data, HTML)
    check_clean(PAGE[:32] + data)


def main() -> None:
    atheris.Setup(libfuzzer_argv(sys.argv, SEEDS, PAGE), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
