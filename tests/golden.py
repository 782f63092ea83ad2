"""Golden cases: each folder under tests/cases holds an input, its flags and its expected output.

    tests/cases/NAME/input.txt       the input (or input.html)
    tests/cases/NAME/case.json       {"args": [...CLI flags...], "xfail": "reason"?}
    tests/cases/NAME/expected.json   the JSON output of `article-clean clean input.* ARGS`
    tests/cases/NAME/expected.md     the Markdown output of the same

Regenerate after an intended change, then review the diff:  python tests/golden.py
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

CASES = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    input: Path
    args: tuple[str, ...]
    xfail: str | None


def cases() -> list[Case]:
    found = []
    for spec in sorted(CASES.glob("*/case.json")):
        data = json.loads(spec.read_text(encoding="utf-8"))
        inputs = sorted(spec.parent.glob("input.*"))
        found.append(Case(spec.parent.name, spec.parent, inputs[0], tuple(data.get("args", [])), data.get("xfail")))
    return found


def run(case: Case, fmt: str) -> tuple[int, str]:
    """Run the CLI on the case from inside its folder, so that ``source`` is the bare file name."""
    from article_clean.cli import cli

    here = os.getcwd()
    os.chdir(case.folder)
    try:
        args = [a for a in case.args] + ["-f", fmt, case.input.name]
        result = CliRunner().invoke(cli, ["clean", *args])
    finally:
        os.chdir(here)
    return result.exit_code, result.output


def main() -> None:
    for case in cases():
        for fmt, name in (("json", "expected.json"), ("md", "expected.md")):
            code, output = run(case, fmt)
            (case.folder / name).write_text(output, encoding="utf-8")
            print(f"{case.name}: {name} (exit {code})", file=sys.stderr)


if __name__ == "__main__":
    main()
