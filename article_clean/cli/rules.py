"""``article-clean rules``: the rule registry as a table, or one rule explained."""

from __future__ import annotations

import click

from ..exitcodes import ExitCode
from .common import fail

UNKNOWN_RULE = "unknown rule {key!r}; run 'article-clean rules' for the list"


def visible(text: str) -> str:
    """Control characters shown as escapes, so an example never acts on the terminal.

    >>> visible("text\\x07")
    'text\\\\x07'
    """
    return "".join(f"\\x{ord(c):02x}" if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 else c for c in text)


@click.command("rules")
@click.argument("rule", required=False)
def rules_command(rule):
    """List the rules of 'check', or explain one RULE (a code or a name).

    \b
    Example:
        article-clean rules
        article-clean rules AC201
        article-clean rules truncated-quote
    """
    from rich.console import Console

    from ..rules import RULES
    from ..rules import rule as find

    console = Console(highlight=False)
    if rule is None:
        console.print(_table(RULES))
        return
    try:
        chosen = find(rule)
    except KeyError:
        fail(UNKNOWN_RULE.format(key=rule), ExitCode.USAGE)
    _explain(console, chosen)


def _table(rules):
    from rich.table import Table

    table = Table(title="article-clean check rules", title_justify="left")
    for column in ("code", "name", "summary", "severity", "default", "fix"):
        table.add_column(column, no_wrap=column in ("code", "name"))
    for rule in rules:
        table.add_row(rule.code, rule.name, rule.summary, rule.severity, "on" if rule.default else "off",
                      "yes" if rule.fixable else "")
    return table


def _explain(console, rule) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    console.print(f"[bold]{rule.code}[/bold] {rule.name}: {escape(rule.summary)}\n")
    console.print(escape(rule.explanation) + "\n")
    default = "on by default" if rule.default else "off by default: turn it on with --extend-select " + rule.code
    fixable = "fixed by --fix" if rule.fixable else "not fixed by --fix"
    console.print(f"Severity {rule.severity}; {default}; {fixable}.\n")
    console.print(Panel(escape(visible(rule.bad.rstrip("\n"))), title="bad", title_align="left", border_style="red"))
    console.print(Panel(escape(visible(rule.good.rstrip("\n"))), title="good", title_align="left", border_style="green"))
