"""``article-clean eval``: score article-clean against a labelled manifest."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import InputError
from ..exitcodes import ExitCode
from .common import atomic_write, fail, load_options

if TYPE_CHECKING:  # rich and the scorer load only when eval runs, not with every command
    from rich.table import Table

    from ..evaluate import Report

NO_PAGES = "{manifest}: no pages{split} come as {kind}; try --input {other}{or_split}"


@click.command("eval")
@click.argument("manifest", type=click.Path(path_type=str))
@click.option("--input", "kind", type=click.Choice(("text", "html")), default="text", show_default=True,
              help="Which rendering of each page to clean.")
@click.option("--split", default=None, metavar="NAME", help="Only the pages of this split (e.g. dev).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="Only the first N pages.")
@click.option("--show-worst", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
              help="List the N pages with the lowest scores, and what went wrong on each.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True, path_type=str), default=None,
              metavar="PATH", help="Write the report, with every page's scores, as JSON to PATH ('-' for stdout).")
def eval_command(manifest, kind, split, limit, show_worst, json_path):
    """Score article-clean on labelled pages, with the benchmarks' own metrics.

    MANIFEST is a JSON Lines file (or a folder holding manifest.jsonl) with one
    labelled page a line: id, text and/or html paths relative to it, and gold
    labels (body, title, author, date, dateline, with, without).

    \b
    Example:
        article-clean eval ../shared/eval/article-extraction-benchmark --split dev
        article-clean eval pages/manifest.jsonl --input html --show-worst 10 --json report.json
    """
    options = load_options(kind, None)
    from rich.console import Console

    from ..evaluate import evaluate

    console = Console(stderr=json_path == "-")
    try:
        with console.status("cleaning pages") as status:
            report = evaluate(manifest, kind, split, limit, options,
                              progress=lambda done, total: status.update(f"cleaned {done} of {total} pages"))
    except InputError as error:
        fail(str(error), ExitCode.INPUT)
    if not report.scores:
        other = "html" if kind == "text" else "text"
        fail(NO_PAGES.format(manifest=manifest, split=f" of split {split!r}" if split else "", kind=kind, other=other,
                             or_split=" or another --split" if split else ""), ExitCode.USAGE)
    console.print(metrics_table(report))
    if show_worst:
        console.print(worst_table(report, show_worst))
    if json_path == "-":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif json_path:
        atomic_write(Path(json_path), json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    errors = sum(score.error is not None for score in report.scores)
    sys.exit(int(ExitCode.INPUT if errors else ExitCode.OK))


def _figure(value: float | int | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def metrics_table(report: Report) -> Table:
    """Every metric, its figure and the pages it rests on."""
    from rich.table import Table

    split = f", split {report.split}" if report.split else ""
    table = Table(title=f"{report.manifest} ({report.input}{split})", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("pages", justify="right")
    for metric in report.metrics():
        if metric.key == "pages_per_second" and metric.value is not None:
            shown = f"{metric.value:.0f}"
        else:
            shown = _figure(metric.value)
        table.add_row(metric.label, shown, str(metric.pages))
    return table


def worst_table(report: Report, count: int) -> Table:
    """The pages with the lowest scores, and what went wrong on each."""
    from rich.table import Table

    table = Table(title=f"the {count} worst pages", title_justify="left", show_lines=True)
    table.add_column("page", overflow="fold", max_width=28)
    table.add_column("score", justify="right")
    table.add_column("what went wrong", overflow="fold")
    for score in report.worst(count):
        table.add_row(score.id, f"{score.score:.2f}", "\n".join(score.problems))
    return table
