"""Fuzz ``article_clean.clean`` on bytes and on text: it raises nothing but InputError,
accounts for every input line, and gives the same JSON twice.

    python tests/fuzz/fuzz_clean.py -atheris_runs=100000 [CORPUS_DIR ...] [libFuzzer flags]

Without a corpus folder the run starts from the golden cases and the examples.
A failure leaves ``crash-<hash>`` (or ``timeout-<hash>``) in the working
directory: add it to ``tests/test_properties.py`` as a regression case.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["article_clean"]):
    import article_clean
    from harness import check_clean, import_package, libfuzzer_argv

    import_package()

SEEDS = ("tests/cases/*/input.txt", "examples/*.txt", "examples/*.md")


def test_one_input(data: bytes) -> None:
    """One fuzz input, as bytes and as the text those bytes decode to (lone surrogates and all)."""
    check_clean(data)
    check_clean(data.decode("utf-8", errors="surrogateescape"))


def main() -> None:
    atheris.Setup(libfuzzer_argv(sys.argv, SEEDS), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
