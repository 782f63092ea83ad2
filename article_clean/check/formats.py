"""Output formats of ``check``, found by name in :data:`FORMATTERS`.

Line formats (text, github) differ only in a template and how a field is
escaped; document formats (json, sarif, junit) build one document from the
same :class:`Violation` records. Each returns a string: the CLI prints it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from .. import __version__
from ..rules import RULES
from .report import Report, Violation

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/article-clean/"
_ANSI = {"bold": "\033[1m", "red": "\033[31m", "yellow": "\033[33m", "dim": "\033[2m", "reset": "\033[0m"}
_LEVELS = {"error": "error", "warning": "warning"}


@dataclass(frozen=True)
class Formatter:
    name: str
    render: Callable[[Report, bool], str]  #: (report, color) -> text
    summary: bool = False  #: followed by a one-line summary, for people


def _fields(violation: Violation, escape: Callable[[str], str], color: bool) -> dict[str, object]:
    paint = _painter(color)
    return {
        "path": paint(escape(violation.path), "bold"),
        "line": violation.line,
        "column": violation.column,
        "code": paint(violation.code, "red" if violation.severity == "error" else "yellow"),
        "name": violation.name,
        "level": _LEVELS.get(violation.severity, "warning"),
        "message": escape(violation.message),
        "title": escape(f"{violation.code} {violation.name}"),
    }


def _painter(color: bool) -> Callable[[str, str], str]:
    if not color:
        return lambda text, style: text
    return lambda text, style: f"{_ANSI[style]}{text}{_ANSI['reset']}"


def line_format(template: str, escape: Callable[[str], str] = str) -> Callable[[Report, bool], str]:
    """A formatter that writes one line per finding from ``template``."""

    def render(report: Report, color: bool) -> str:
        return "".join(template.format(**_fields(v, escape, color)) + "\n" for v in report.violations)

    return render


def github_escape(text: str) -> str:
    """Escape a workflow-command field: ``%``, newlines, and the separators ``:`` and ``,``.

    >>> github_escape("a:b,c%\\n")
    'a%3Ab%2Cc%25%0A'
    """
    return (text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            .replace(":", "%3A").replace(",", "%2C"))


def _violation_dict(violation: Violation) -> dict[str, object]:
    return {
        "path": violation.path, "line": violation.line, "column": violation.column, "code": violation.code,
        "name": violation.name, "message": violation.message, "severity": violation.severity,
        "fixable": violation.fixable, "confidence": violation.confidence,
    }


def render_json(report: Report, color: bool) -> str:
    return json.dumps([_violation_dict(v) for v in report.violations], ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    """A relative URI reference for a path, as SARIF viewers resolve it against the checkout."""
    from pathlib import PurePath
    from urllib.parse import quote

    return quote(PurePath(path).as_posix() if path != "-" else "stdin")


def render_sarif(report: Report, color: bool) -> str:
    """SARIF 2.1.0: every rule in the driver, one result per finding."""
    index = {rule.code: i for i, rule in enumerate(RULES)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.explanation},
            "help": {"text": f"{rule.explanation}\n\nBad:\n{rule.bad}\nGood:\n{rule.good}"},
            "defaultConfiguration": {"level": _LEVELS[rule.severity], "enabled": rule.default},
            "properties": {"fixable": rule.fixable},
        }
        for rule in RULES
    ]
    results = []
    for violation in report.violations:
        result: dict[str, object] = {
            "ruleId": violation.code,
            "level": _LEVELS.get(violation.severity, "warning"),
            "message": {"text": violation.message},
            "rank": round(100 * violation.confidence, 1),
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(violation.path)},
                "region": {"startLine": violation.line, "startColumn": violation.column},
            }}],
        }
        if violation.code in index:
            result["ruleIndex"] = index[violation.code]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "article-clean", "version": __version__,
                                "informationUri": INFORMATION_URI, "rules": rules}},
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def render_junit(report: Report, color: bool) -> str:
    """JUnit XML: a test suite per file, a failing test case per finding, one passing case for a clean file."""
    from xml.etree import ElementTree as ET

    by_path: dict[str, list[Violation]] = {path: [] for path in report.paths}
    for violation in report.violations:
        by_path.setdefault(violation.path, []).append(violation)
    total = sum(len(found) for found in by_path.values())
    root = ET.Element("testsuites", name="article-clean check", tests=str(sum(max(1, len(f)) for f in by_path.values())),
                      failures=str(total))
    for path, found in by_path.items():
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(max(1, len(found))), failures=str(len(found)))
        if not found:
            ET.SubElement(suite, "testcase", name="article-clean check", classname=path)
        for violation in found:
            case = ET.SubElement(suite, "testcase", name=f"{violation.code} {violation.name} at {violation.line}:{violation.column}",
                                 classname=path)
            failure = ET.SubElement(case, "failure", message=violation.message, type=violation.code)
            failure.text = f"{path}:{violation.line}:{violation.column}: {violation.code} {violation.message}"
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


FORMATTERS: dict[str, Formatter] = {
    "text": Formatter("text", line_format("{path}:{line}:{column}: {code} {message}"), summary=True),
    "github": Formatter("github", line_format("::{level} file={path},line={line},col={column},title={title}::{message}",
                                              github_escape)),
    "json": Formatter("json", render_json),
    "sarif": Formatter("sarif", render_sarif),
    "junit": Formatter("junit", render_junit),
}


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, in the plural unless the count is one.

    >>> plural(1, "finding"), plural(2, "finding"), plural(0, "file")
    ('1 finding', '2 findings', '0 files')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary(report: Report, fixing: bool, diffing: bool = False) -> str:
    """One line for people: what was found, what was fixed, what ``--fix`` would fix.

    As ruff words it, a run that fixed some findings counts all it found, then the
    fixed and the remaining: "Found 7 findings (5 fixed, 2 remaining)."
    """
    remaining = len(report.violations)
    if diffing:
        changed = sum(result.rewritten is not None for result in report.results)
        return f"{plural(changed, 'file')} would be rewritten; {plural(remaining, 'finding')} would remain.\n"
    if not remaining:
        fixed = f" ({report.fixed} fixed)" if report.fixed else ""
        return f"All checks passed{fixed}.\n" if report.paths else ""
    if report.fixed:
        return f"Found {plural(remaining + report.fixed, 'finding')} ({report.fixed} fixed, {remaining} remaining).\n"
    fixable = sum(v.fixable for v in report.violations)
    hint = f"; {fixable} fixable with --fix" if fixable and not fixing else ""
    return f"Found {plural(remaining, 'finding')}{hint}.\n"


def statistics(report: Report, as_json: bool, total: bool = True) -> str:
    """A count per code, as a table (with a line for the total and the files, unless not ``total``)
    or as JSON (a list of counts, whose sum is the total)."""
    rows = report.statistics()
    if as_json:
        return json.dumps([{"code": c, "name": n, "count": k, "fixable": f} for c, n, k, f in rows], indent=2) + "\n"
    width = max((len(str(count)) for _, _, count, _ in rows), default=1)
    table = "".join(f"{count:>{width}}\t{code}\t{'[*] ' if fixable else ''}{name}\n" for code, name, count, fixable in rows)
    return table + (totals(report) if total else "")


def totals(report: Report) -> str:
    r"""The statistics' last line: every finding, in how many files, of how many checked.

    >>> from .report import FileResult
    >>> totals(Report([FileResult("a.txt"), FileResult("b.txt")]))
    'No findings in 2 files checked.\n'
    """
    found = report.violations
    files = len({violation.path for violation in found})
    checked = plural(len(report.paths), "file")
    if not found:
        return f"No findings in {checked} checked.\n"
    return f"Found {plural(len(found), 'finding')} in {plural(files, 'file')} ({checked} checked).\n"

