"""The command line: exit codes, bad input, stdin, output files, help."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from article_clean import __version__
from article_clean.cli import cli

ARTICLE = (
    "Council approves new cycle lanes\n\n"
    "LONDON (Reuters) - The city council approved forty kilometres of new cycle lanes on\n"
    "Tuesday, officials said, in a plan that will take three years to complete.\n"
)


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


def test_every_command_has_help_with_an_example():
    commands = list(_commands(cli))
    assert commands
    for path, command in commands:
        result = invoke(*path, "--help")
        assert result.exit_code == 0, path
        assert "Example:" in result.output, f"{' '.join(path)} --help has no example"


def test_clean_reads_stdin():
    result = invoke("clean", "-f", "json", input=ARTICLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"] == "-"
    assert data["dateline"]["location"] == "LONDON"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md", "text"])
def test_formats(article_file, fmt):
    result = invoke("clean", "-f", fmt, str(article_file))
    assert result.exit_code == 0
    assert "forty kilometres" in result.output


def test_jsonl_many_inputs_one_line_each(article_file, tmp_path):
    other = tmp_path / "other.txt"
    shutil.copy(article_file, other)
    result = invoke("clean", "-f", "jsonl", str(article_file), str(other))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(article_file), str(other)]


def test_json_many_inputs_is_an_array(article_file, tmp_path):
    other = tmp_path / "other.txt"
    shutil.copy(article_file, other)
    result = invoke("clean", str(article_file), str(other))
    assert len(json.loads(result.stdout)) == 2


def test_output_file_is_written_atomically(article_file, tmp_path):
    out = tmp_path / "out.json"
    result = invoke("clean", str(article_file), "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text())["title"] == "Council approves new cycle lanes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "out.json"]


def test_output_onto_an_input_is_refused(article_file):
    before = article_file.read_bytes()
    result = invoke("clean", str(article_file), "-o", str(article_file))
    assert result.exit_code == 2
    assert article_file.read_bytes() == before


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_3(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke("clean", str(path))
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.output


def test_missing_path_and_directory(tmp_path):
    result = invoke("clean", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3 and "does not exist" in result.output
    result = invoke("clean", str(tmp_path))
    assert result.exit_code == 3 and "is a directory" in result.output


def test_one_bad_file_does_not_stop_the_others(tmp_path, article_file):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["clean", "-f", "jsonl", str(bad), str(article_file)])
    assert result.exit_code == 3
    assert "forty kilometres" in result.stdout


def test_strict_exit_code(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_text("Headline\n\nThe minister said the plan would \"protect the most vulnerable households and\n")
    assert invoke("clean", str(path)).exit_code == 0
    assert invoke("clean", "--strict", str(path)).exit_code == 1


def test_unknown_format_is_a_usage_error(article_file):
    assert invoke("clean", "-f", "xml", str(article_file)).exit_code == 2


def test_max_bytes(article_file):
    result = invoke("clean", "--max-bytes", "10", str(article_file))
    assert result.exit_code == 3 and "--max-bytes" in result.output


def test_config_from_setup_cfg_in_a_parent_folder(tmp_path, monkeypatch):
    (tmp_path / "setup.cfg").write_text("[article_clean]\nboilerplate_phrases =\n    Council approves new cycle lanes\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "x.txt").write_text(ARTICLE)
    monkeypatch.chdir(nested)
    data = json.loads(invoke("clean", "x.txt").output)
    assert {"line": 1, "text": "Council approves new cycle lanes", "rule": "config-phrase"} in data["removed"]


def test_invalid_config_is_exit_2(tmp_path, monkeypatch, article_file):
    (tmp_path / "setup.cfg").write_text("[article_clean]\nboilerplate_patterns = (unclosed\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("clean", str(article_file))
    assert result.exit_code == 2
    assert "setup.cfg" in result.output or "not a valid regex" in result.output


@pytest.mark.skipif(shutil.which("article-clean") is None, reason="article-clean is not installed on PATH")
def test_installed_command_in_a_real_subprocess(article_file):
    done = subprocess.run(["article-clean", "clean", "-f", "md", str(article_file)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "# Council approves new cycle lanes" in done.stdout


def test_module_entry_point_and_broken_pipe(tmp_path, article_file):
    """``python -m article_clean`` works, and a closed stdout exits quietly."""
    files = []
    for i in range(200):
        path = tmp_path / f"a{i}.txt"
        shutil.copy(article_file, path)
        files.append(str(path))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    pipe = subprocess.Popen([sys.executable, "-m", "article_clean", "clean", "-f", "jsonl", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = pipe.stdout.readline()
    pipe.stdout.close()
    stderr = pipe.stderr.read().decode()
    pipe.wait(timeout=60)
    assert json.loads(first)["title"] == "Council approves new cycle lanes"
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


# --------------------------------------------------------------------------
# clean and check choose their inputs with the same options
# --------------------------------------------------------------------------

PATH_OPTIONS = ["--files-from", "-0", "--null", "--include", "--exclude", "--hidden"]


def _flags(command: click.Command) -> set[str]:
    return {flag for param in command.params for flag in param.opts}


def test_clean_and_check_take_the_same_input_options():
    for name in ("clean", "check"):
        assert set(PATH_OPTIONS) <= _flags(cli.commands[name]), name


@pytest.mark.parametrize("command", ["clean", "check"])
def test_input_options_work_alike_in_clean_and_check(tmp_path, command):
    (tmp_path / "site").mkdir()
    for name in ("a.txt", ".hidden.txt", "skip.txt"):
        (tmp_path / "site" / name).write_text("Beta Version\n\n" + ARTICLE, encoding="utf-8")
    listed = tmp_path / "list"
    listed.write_bytes(os.fsencode(tmp_path / "site") + b"\0")
    args = [command, "--files-from", str(listed), "-0", "--hidden", "--exclude", "skip.*"]
    if command == "clean":
        args += ["-f", "jsonl", "-j", "1"]
    result = invoke(*args)
    named = [os.path.basename(line.split(":")[0] if command == "check" else json.loads(line)["source"])
             for line in result.stdout.splitlines() if line.strip() and (command == "clean" or line.startswith("/"))]
    assert sorted(set(named)) == [".hidden.txt", "a.txt"], result.output
    missing = invoke(command, "--files-from", str(tmp_path / "no-such-list"))
    assert missing.exit_code == 3 and "cannot read the list of paths" in missing.output
