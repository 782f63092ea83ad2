"""``article-clean clean``: clean articles to JSON, JSON Lines, Markdown or text."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..exitcodes import ExitCode, combine
from ..writers import FORMATS, WRITERS
from .common import atomic_write, error, fail, input_options, load_options, same_file

NO_STDIN = "no input: give a path, or pipe text in (see 'article-clean clean --help')"
OUTPUT_IS_INPUT = "{path}: the output file is also an input; choose another --output"


@click.command("clean")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + ("markdown",)), default="json", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write here (atomically) instead of standard output.")
@click.option("--strict", is_flag=True, help="Exit 1 when any article has flags.")
@click.option("--strict-accounting", is_flag=True,
              help="Fail an input whose non-blank lines are not all accounted for.")
@input_options
def clean_command(paths, fmt, output, strict, strict_accounting, input_format, max_bytes):
    """Clean scraped articles. Reads standard input when given no PATH or '-'.

    \b
    Example:
        article-clean clean page.txt
        cat page.txt | article-clean clean -f md
        article-clean clean -f jsonl a.txt b.txt > clean.jsonl
    """
    from .. import clean_file

    options = load_options(input_format, max_bytes)
    paths = paths or ("-",)
    if paths == ("-",) and sys.stdin.isatty():
        fail(NO_STDIN, ExitCode.USAGE)
    if output is not None:
        for path in paths:
            if path != "-" and same_file(path, output):
                fail(OUTPUT_IS_INPUT.format(path=path), ExitCode.USAGE)
    writer = WRITERS[fmt]
    failed = findings = 0
    articles = []
    for path in paths:
        try:
            article = clean_file(path, options)
        except InputError as problem:
            error(str(problem))
            failed += 1
            continue
        if strict_accounting:
            gaps = article.accounting()
            if gaps:
                error(f"{path}: {len(gaps)} input lines are not accounted for (first: line {gaps[0]})")
                failed += 1
                continue
        findings += len(article.flags)
        articles.append(article)
    if articles:
        text = "".join(writer.stream(articles, many=len(paths) > 1))
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            atomic_write(output, text)
    sys.exit(int(combine(failed=failed, findings=findings, strict=strict)))
