"""Every golden case: exact JSON and Markdown, valid against the schema, nothing lost, idempotent."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import article_clean
from article_clean.writers import WRITERS

from golden import cases, run

CASES = cases()
SCHEMA = json.loads(resources.files("article_clean").joinpath("schema/article.schema.json").read_text())


def params() -> list:
    return list(_params())


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        yield pytest.param(case, id=case.name, marks=marks)


def test_there_are_cases():
    assert len(CASES) >= 6


@pytest.mark.parametrize("case", params())
@pytest.mark.parametrize("fmt,expected", [("json", "expected.json"), ("md", "expected.md")])
def test_golden_output(case, fmt, expected):
    code, output = run(case, fmt)
    assert code in (0, 1), output
    assert output == (case.folder / expected).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", params())
def test_json_matches_schema(case):
    code, output = run(case, "json")
    jsonschema.validate(json.loads(output), SCHEMA)


@pytest.mark.parametrize("case", params())
def test_nothing_is_lost(case):
    article = article_clean.clean_file(case.input)
    assert article.accounting() == []


@pytest.mark.parametrize("case", params())
@pytest.mark.parametrize("fmt", ["md", "text"])
def test_cleaning_output_again_changes_nothing(case, fmt):
    writer = WRITERS[fmt]
    first = writer.render(article_clean.clean_file(case.input))
    again = writer.render(article_clean.clean(first, source=str(case.input)))
    assert again == first
