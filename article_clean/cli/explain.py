"""``article-clean explain``: each input line beside what ``clean`` did with it."""

from __future__ import annotations

import json

import click

from ..errors import InputError
from ..exitcodes import ExitCode
from .common import config_options, fail, input_options, load_options
from .rules import visible

STYLES = {"kept": "green", "metadata": "cyan", "removed": "yellow", "unaccounted": "bold red", "blank": "dim"}
FORMATS = ("text", "json")


@click.command("explain")
@click.argument("path", type=str)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="A table for people, or one JSON document: the metadata, every line with its fates, the counts.")
@input_options
@config_options
def explain_command(path, fmt, input_format, max_bytes, config_file, isolated):
    """Show each line of PATH beside what clean did with it.

    A line is kept in a body block, taken as the title, a timestamp, the
    dateline or the byline, or removed by a named rule. Flags stand under the
    line they were raised on. A line with none of these is unaccounted for.
    An HTML page is shown as its visible text, one element a line, each
    dropped element at its place with its rule. PATH '-' reads standard input.

    \b
    Example:
        article-clean explain scraped/afp-1.txt
        article-clean explain page.html | less -R
        article-clean explain --format json page.html | jq '.counts'
    """
    from ..pipeline import run_doc
    from ..reader import read_bytes

    options = load_options(input_format, max_bytes, config_file, isolated)
    try:
        doc, acted = run_doc(read_bytes(path, options.max_bytes), path, options)
    except InputError as problem:
        fail(str(problem), ExitCode.INPUT)
    if fmt == "json":
        click.echo(json.dumps(explanation(doc, acted), ensure_ascii=False, indent=2))
    else:
        _print(doc, acted)


def explanation(doc, acted: list[str]) -> dict:
    """What explain shows, as one JSON object."""
    from ..check.trace import counts, trace, unplaced
    from ..pipeline import STAGES

    lines = trace(doc)
    removals, flags = unplaced(doc)
    summaries = {stage.name: stage.summary for stage in STAGES}
    return {
        "source": doc.source,
        "metadata": dict(_fields(doc)),
        "lines": [{"line": line.number, "text": line.text,
                   "fates": [{"kind": fate.kind, "label": fate.label} for fate in line.fates],
                   "flags": [flag.to_dict() for flag in line.flags]} for line in lines],
        "unplaced": {"removed": [removal.to_dict() for removal in removals],
                     "flags": [flag.to_dict() for flag in flags]},
        "counts": {"lines": len(lines), **counts(lines)},
        "stages": [name for name in acted if name in summaries],
    }


def _print(doc, acted: list[str]) -> None:
    from rich.console import Console

    from ..check.trace import counts, trace, unplaced
    from ..pipeline import STAGES

    lines = trace(doc)
    console = Console(highlight=False)
    console.print(_metadata(doc))
    console.print(_table(lines))
    removals, flags = unplaced(doc)
    for removal in removals:
        where = f" at {removal.path}" if removal.path else ""
        console.print(f"[yellow]removed by {removal.rule}{where}:[/yellow] {_escape(_first_line(removal.text))}")
    for flag in flags:
        console.print(f"[red]⚑ {flag.code} {flag.name}:[/red] {_escape(flag.message)}")
    tally = counts(lines)
    parts = [f"[{STYLES[kind]}]{tally[kind]} {kind}[/]" for kind in STYLES if tally.get(kind)]
    console.print(f"{len(lines)} lines: " + ", ".join(parts))
    summaries = {stage.name: stage.summary for stage in STAGES}
    console.print("[dim]stages that acted: " + ", ".join(name for name in acted if name in summaries) + "[/dim]")


def _fields(doc):
    """The metadata explain shows, by name."""
    dateline = doc.dateline.text if doc.dateline else None
    byline = doc.byline.text if doc.byline else None
    return (("title", doc.title), ("published", doc.published), ("updated", doc.updated),
            ("dateline", dateline), ("byline", byline))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(visible(text))


def _metadata(doc):
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    for name, value in _fields(doc):
        table.add_row(f"[cyan]{name}[/cyan]", _escape(value) if value else "[dim]none[/dim]")
    return table


def _table(lines):
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("input", overflow="fold", ratio=3)
    table.add_column("what happened", ratio=1)
    blank: list[int] = []
    for line in lines:
        if not line.text.strip() and not line.fates and not line.flags:
            blank.append(line.number)
            continue
        _blank_rows(table, blank)
        blank = []
        fates = "\n".join(f"[{STYLES[fate.kind]}]{fate.label}[/]" for fate in line.fates)
        table.add_row(str(line.number), _escape(line.text), fates)
        for flag in line.flags:
            column = f" col {flag.column}" if flag.column else ""
            table.add_row("", f"[red]⚑ {flag.code}{column}: {_escape(flag.message)}[/red]", "")
    _blank_rows(table, blank)
    return table


def _blank_rows(table, numbers: list[int]) -> None:
    """Blank lines as they are, or one row for a run of more than two."""
    if len(numbers) > 2:
        table.add_row(f"{numbers[0]}-{numbers[-1]}", f"[dim]{len(numbers)} blank lines[/dim]", "")
    else:
        for number in numbers:
            table.add_row(str(number), "", "")


def _first_line(text: str, width: int = 100) -> str:
    """The first line of ``text``, cut to ``width``, saying how much more there was."""
    lines = text.splitlines() or [""]
    head = lines[0] if len(lines[0]) <= width else lines[0][:width] + "…"
    return head + (f" (+{len(lines) - 1} lines)" if len(lines) > 1 else "")
