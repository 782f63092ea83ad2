"""Every rule: its bad example fires it, its good example does not, and fixing does what it says.

The examples are the ones ``article-clean rules CODE`` shows, so the docs cannot drift.
"""

from __future__ import annotations

import re

import pytest

from article_clean.check import check_data
from article_clean.check.select import DEFAULT_CODES
from article_clean.options import Options
from article_clean.pipeline import STAGE_NAMES
from article_clean.rules import RULES, SEVERITIES

#: Rules that only HTML input can raise.
HTML_RULES = {"AC105"}


def _name(rule) -> str:
    return "page.html" if rule.code in HTML_RULES else "page.txt"


def _codes(text: str, name: str, codes: frozenset[str], fix: bool = False):
    return check_data(text.encode("utf-8"), name, Options(), codes, fix=fix)


def _skip_without_html(rule) -> None:
    if rule.code in HTML_RULES and "html" not in STAGE_NAMES:
        pytest.skip("the HTML reader is not in this pipeline")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_bad_example_fires(rule):
    _skip_without_html(rule)
    result = _codes(rule.bad, _name(rule), frozenset({rule.code}))
    assert rule.code in {v.code for v in result.violations}, result.violations


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_good_example_is_clean(rule):
    """The good example passes its own rule and every rule that is on by default."""
    _skip_without_html(rule)
    result = _codes(rule.good, _name(rule), DEFAULT_CODES | {rule.code})
    assert result.violations == (), result.violations


@pytest.mark.parametrize("rule", [r for r in RULES if r.fixable], ids=lambda rule: rule.code)
def test_fix_removes_the_finding_and_is_idempotent(rule):
    codes = frozenset({rule.code})
    first = _codes(rule.bad, "page.txt", codes, fix=True)
    assert first.rewritten is not None
    assert first.fixed >= 1
    assert rule.code not in {v.code for v in first.violations}
    second = _codes(first.rewritten, "page.txt", DEFAULT_CODES | codes, fix=True)
    assert second.rewritten is None, "fixing twice changed the file again"
    assert second.violations == ()


@pytest.mark.parametrize("rule", [r for r in RULES if not r.fixable and r.code not in HTML_RULES],
                         ids=lambda rule: rule.code)
def test_unfixable_findings_survive_fix(rule):
    result = _codes(rule.bad, "page.txt", frozenset({rule.code}), fix=True)
    assert result.rewritten is None
    assert rule.code in {v.code for v in result.violations}


def test_truncation_is_never_made_up():
    """A file with a truncated quote and boilerplate: the fix drops the boilerplate, keeps the cut words."""
    bad = next(r for r in RULES if r.code == "AC201").bad + "\n  • Latest News\n  • Most View\n"
    result = _codes(bad, "page.txt", DEFAULT_CODES, fix=True)
    assert "Latest News" not in result.rewritten
    assert '"worse than the one in 2004 and\n' in result.rewritten
    assert [v.code for v in result.violations] == ["AC201"]


def test_registry_is_well_formed():
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    for rule in RULES:
        assert re.fullmatch(r"AC[1-4]\d\d", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name), rule.name
        assert rule.severity in SEVERITIES
        assert rule.summary and rule.explanation and rule.bad != rule.good


def test_mojibake_whose_bytes_were_lost_is_not_reported_as_fixable_but_repairable_mojibake_is():
    from article_clean.check import check_data
    from article_clean.check.select import DEFAULT_CODES
    from article_clean.options import Options

    def codes(line: str) -> list[str]:
        result = check_data(f"Tytuł\n\n{line}\n".encode(), "p.txt", Options(), DEFAULT_CODES | {"AC402"}, fix=False)
        return [v.code for v in result.violations]

    assert "AC402" not in codes("Minister powiedzial, ze gÅ‚Ãwny problem to brak pieniedzy w budzecie.")
    assert "AC402" in codes("WÅ‚adysÅ‚aw powiedziaÅ‚, Å¼e rzÄ…d zapowiedziaÅ‚ zmiany w ustawie o szkolnictwie.")
