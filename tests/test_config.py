"""Configuration: unknown keys, broken files up the tree, --config FILE and --isolated."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from article_clean.check.config import CONFIDENCE_KEY, KEYS
from article_clean.cli import cli
from article_clean.options import CHECK_KEYS, Config, config_keys

ARTICLE = (
    "Council approves new cycle lanes\n\n"
    "LONDON (Reuters) - The city council approved forty kilometres of new cycle lanes on\n"
    "Tuesday, officials said, in a plan that will take three years to complete.\n\n"
    "Click here for the e-paper\n"
)
PHRASE = "Click here for the e-paper"


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with one article, as the working directory."""
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def removed_rules(result) -> dict[str, str]:
    return {item["text"]: item["rule"] for item in json.loads(result.stdout)["removed"]}


def test_check_keys_are_the_ones_check_reads():
    assert set(CHECK_KEYS) == set(KEYS) | {CONFIDENCE_KEY}
    assert set(CHECK_KEYS) <= set(config_keys())


@pytest.mark.parametrize("name, text, section", [
    ("pyproject.toml", '[tool.article_clean]\nboilerplate-phrase = ["x"]\n', "[tool.article_clean]"),
    ("setup.cfg", "[article_clean]\nslect = AC3\n", "[article_clean]"),
])
@pytest.mark.parametrize("command", ["clean", "check"])
def test_an_unknown_key_is_an_error_that_names_it_and_the_file(project, name, text, section, command):
    (project / name).write_text(text, encoding="utf-8")
    key = text.split("\n")[1].split("=")[0].strip()
    result = invoke(command, "page.txt")
    assert result.exit_code == 2, result.output
    assert f"{project / name}: {section}: unknown key {key!r}" in result.output
    assert "did you mean" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_misspelt_key_is_matched_to_the_one_meant():
    problem = Config(None, {"max_byte": 1}).unknown_key()
    assert "did you mean 'max-bytes'?" in problem
    assert Config(None, {"max_bytes": 1, "per-file-ignores": {}, "links": True}).unknown_key() is None


def test_a_broken_pyproject_up_the_tree_stops_check_not_clean(project):
    (project / "pyproject.toml").write_text("[tool.article_clean\nselect = [\n", encoding="utf-8")
    nested = project / "a"
    nested.mkdir()
    (nested / "page.txt").write_text(ARTICLE, encoding="utf-8")
    checked = invoke("check", str(nested / "page.txt"))
    assert checked.exit_code == 2
    assert f"{project / 'pyproject.toml'}: cannot be read as TOML" in checked.output
    cleaned = invoke("clean", str(nested / "page.txt"))
    assert cleaned.exit_code == 0
    assert "warning" in cleaned.stderr and "pyproject.toml" in cleaned.stderr
    assert json.loads(cleaned.stdout)["title"] == "Council approves new cycle lanes"


def test_clean_goes_on_to_a_readable_config_above_a_broken_one(project, monkeypatch):
    (project / "setup.cfg").write_text(f"[article_clean]\nboilerplate_phrases = {PHRASE}\n", encoding="utf-8")
    nested = project / "a"
    nested.mkdir()
    (nested / "pyproject.toml").write_text("not = toml = at all\n", encoding="utf-8")
    (nested / "page.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(nested)
    result = invoke("clean", "page.txt")
    assert result.exit_code == 0
    assert removed_rules(result)[PHRASE] == "config-phrase"


@pytest.mark.parametrize("name, text", [
    ("custom.toml", f'boilerplate_phrases = ["{PHRASE}"]\n'),
    ("pyproject.toml", f'[tool.article_clean]\nboilerplate_phrases = ["{PHRASE}"]\n'),
    ("lint.cfg", f"[article_clean]\nboilerplate_phrases = {PHRASE}\n"),
])
def test_config_file_is_read_instead_of_the_one_found(project, tmp_path_factory, name, text):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / name
    elsewhere.write_text(text, encoding="utf-8")
    (project / "setup.cfg").write_text("[article_clean]\nselect = AC2\n", encoding="utf-8")
    assert removed_rules(invoke("clean", "--config", str(elsewhere), "page.txt"))[PHRASE] == "config-phrase"
    assert PHRASE not in removed_rules(invoke("clean", "page.txt"))
    checked = invoke("check", "--config", str(elsewhere), "page.txt")
    assert "AC301 boilerplate line (config-phrase)" in checked.output


def test_config_file_errors(project):
    missing = invoke("clean", "--config", "no-such.toml", "page.txt")
    assert missing.exit_code == 2 and "no-such.toml: cannot be read (no such file)" in missing.output
    (project / "other.cfg").write_text("[flake8]\nmax-line-length = 9\n", encoding="utf-8")
    empty = invoke("check", "--config", "other.cfg", "page.txt")
    assert empty.exit_code == 2 and "other.cfg: has no [article_clean] section" in empty.output
    both = invoke("clean", "--config", "other.cfg", "--isolated", "page.txt")
    assert both.exit_code == 2 and "--config and --isolated" in both.output


@pytest.mark.parametrize("command", ["clean", "check", "explain"])
def test_isolated_ignores_every_config_file(project, command):
    (project / "setup.cfg").write_text(f"[article_clean]\nboilerplate_phrases = {PHRASE}\n", encoding="utf-8")
    (project / "pyproject.toml").write_text("[tool.article_clean\n", encoding="utf-8")
    result = invoke(command, "--isolated", "page.txt")
    assert result.exit_code in (0, 1) and "error" not in result.output, result.output
    assert "config-phrase" not in result.output
