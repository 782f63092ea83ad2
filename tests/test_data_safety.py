"""No command damages an input: every command and flag combination over a tree of inputs
leaves every byte, mode and mtime of it as it was.

``check --fix`` is the one exception: it rewrites only the files it reports as
fixable, atomically (a new file renamed over the old), and with ``--backup``
keeps each original beside it.

Besides the hashes, a spy on ``open`` and ``os.open`` fails any attempt to open
a file of the input tree for writing, so a command that wrote an input back
unchanged would still be caught.
"""

from __future__ import annotations

import builtins
import gzip
import hashlib
import importlib.util
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean.cli import cli

ROOT = Path(__file__).resolve().parent.parent
WIRE = (ROOT / "examples" / "wire-story.txt").read_text(encoding="utf-8")
BLOG = (ROOT / "examples" / "blog-dump.txt").read_text(encoding="utf-8")
REUTERS = (ROOT / "examples" / "reuters-1987.txt").read_text(encoding="utf-8")
PAGE = ("<html><head><meta charset='utf-8'><title>Floods cut off villages | The Daily</title></head><body>"
        "<nav><ul><li>Home</li><li>World</li></ul></nav><article><h1>Floods cut off villages</h1>"
        "<p>SYLHET, March 9 (AFP) - Flash floods cut off dozens of villages in northern Bangladesh on "
        "Thursday, officials said.</p><p>A farmer said the water reached his roof within an hour.</p>"
        "</article><footer>© 2023 The Daily</footer></body></html>")


def build_tree(root: Path) -> Path:
    """An input tree with every kind of input: text, HTML, gzip, Markdown output, JSON Lines,
    a hidden file, a symlink, a file with fixable findings, and a nested folder."""
    news = root / "inputs" / "news"
    (news / "sub").mkdir(parents=True)
    (news / "wire.txt").write_text(WIRE, encoding="utf-8")
    (news / "blog.txt").write_text(BLOG, encoding="utf-8")
    (news / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (news / "page.html").write_text(PAGE, encoding="utf-8")
    (news / "packed.txt.gz").write_bytes(gzip.compress(WIRE.encode("utf-8"), mtime=0))
    (news / "legacy.txt").write_bytes(BLOG.replace("neighbours", "café neighbours").encode("cp1252"))
    (news / ".hidden.txt").write_text(WIRE, encoding="utf-8")
    (news / "sub" / "fixable.txt").write_text("Beta Version\n\n" + WIRE + "\n  • Latest News\n", encoding="utf-8")
    (news / "sub" / "cleaned.md").write_text((ROOT / "examples" / "wire-story.md").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (news / "sub" / "empty.txt").write_bytes(b"")
    (news / "link.txt").symlink_to(news / "wire.txt")
    records = root / "inputs" / "records.jsonl"
    records.write_text("".join(json.dumps({"id": i, "url": f"https://example.org/{i}", "text": text}) + "\n"
                               for i, text in enumerate((WIRE, BLOG, REUTERS))), encoding="utf-8")
    shutil.copytree(ROOT / "tests" / "eval_manifest", root / "inputs" / "labelled")
    (root / "inputs" / "list.txt").write_text("inputs/news/wire.txt\ninputs/news/blog.txt\n", encoding="utf-8")
    return root / "inputs"


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry below ``folder``: content hash (or link target), mode and mtime."""
    state = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            content = os.readlink(path)
        elif path.is_file():
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            content = "folder"
        state[str(path.relative_to(folder))] = (content, info.st_mode, info.st_mtime_ns, info.st_ino)
    return state


class WriteSpy:
    """Fails any open of a file below ``folder`` for writing."""

    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC

    def __init__(self, folder: Path):
        self.folder = str(folder.resolve())
        self.caught: list[str] = []

    def inside(self, path) -> bool:
        try:
            name = os.fsdecode(path) if not isinstance(path, int) else None
        except TypeError:
            return False
        return name is not None and os.path.realpath(name).startswith(self.folder + os.sep)

    def check(self, path, writing: bool) -> None:
        if writing and self.inside(path):
            self.caught.append(os.fsdecode(path))
            raise PermissionError(f"opened an input for writing: {path}")

    def install(self, monkeypatch) -> None:
        real_open, real_os_open = builtins.open, os.open

        def spy_open(file, mode="r", *args, **kwargs):
            self.check(file, any(flag in mode for flag in "wax+"))
            return real_open(file, mode, *args, **kwargs)

        def spy_os_open(path, flags, *args, **kwargs):
            self.check(path, bool(flags & self.WRITE_FLAGS))
            return real_os_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(io, "open", spy_open)
        monkeypatch.setattr(os, "open", spy_os_open)


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    inputs = build_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    return inputs


#: Every command, with the flags that change what it reads or writes. Paths are relative to
#: the folder that holds ``inputs/``; outputs go to ``out/``.
CLEAN = [
    ["clean", "inputs/news/wire.txt"],
    *[["clean", "-f", fmt, "inputs/news"] for fmt in ("json", "jsonl", "text")],
    *[["clean", "-f", fmt, "inputs/news/wire.txt"] for fmt in ("md", "markdown")],
    ["clean", "inputs/news/page.html", "--input-format", "html"],
    ["clean", "inputs/news/wire.txt", "--input-format", "text", "--max-bytes", "100"],
    ["clean", "inputs/news/packed.txt.gz", "-f", "md"],
    ["clean", "inputs/news/sub/cleaned.md", "-f", "md"],
    ["clean", "inputs/news/link.txt"],
    ["clean", "inputs/news/wire.txt", "-o", "out/wire.json"],
    ["clean", "inputs/news", "-o", "out/all.jsonl", "-f", "jsonl"],
    ["clean", "inputs/news", "--out-dir", "out/tree"],
    ["clean", "inputs/news", "--out-dir", "out/tree-md", "-f", "md", "--skip-existing"],
    ["clean", "inputs/news", "--strict", "--strict-accounting"],
    ["clean", "inputs/news", "--hidden", "--include", "*.txt", "--exclude", "*/sub/*"],
    ["clean", "inputs/news/*.txt"],
    ["clean", "inputs/news/**/*.txt"],
    ["clean", "--files-from", "inputs/list.txt"],
    ["clean", "inputs/records.jsonl", "--jsonl-field", "text", "-f", "jsonl"],
    ["clean", "inputs/records.jsonl", "--jsonl-field", "text", "--out-dir", "out/records"],
    ["clean", "inputs/news", "--learn-boilerplate", "--save-profile", "out/profile.txt"],
    ["clean", "inputs/news", "--report", "out/report.json", "--unordered", "--timeout", "10"],
    ["clean", "inputs/news", "-j", "2", "-f", "jsonl"],
    ["check", "inputs/news"],
    *[["check", "--output-format", fmt, "inputs/news"] for fmt in ("json", "github", "sarif", "junit")],
    ["check", "inputs/news", "--statistics", "--exit-zero"],
    ["check", "inputs/news", "--diff"],
    ["check", "inputs/news", "--select", "AC3", "--ignore", "AC302", "--output-file", "out/check.txt"],
    ["check", "inputs/news/**/*.txt", "--include", "*.txt", "--exclude", "*/sub/*"],
    ["check", "--files-from", "inputs/list.txt"],
    ["check", "inputs/news/page.html", "--input-format", "html"],
    ["explain", "inputs/news/wire.txt"],
    ["explain", "inputs/news/page.html"],
    ["rules"],
    ["rules", "AC201"],
    ["eval", "inputs/labelled", "--json", "out/eval.json", "--show-worst", "2"],
]
if importlib.util.find_spec("dask") is not None:
    CLEAN.append(["clean", "inputs/news", "--engine", "dask", "--out-dir", "out/dask"])


@pytest.mark.parametrize("args", CLEAN, ids=lambda args: " ".join(args))
def test_command_leaves_inputs_untouched(tree, monkeypatch, args):
    before = snapshot(tree)
    spy = WriteSpy(tree)
    spy.install(monkeypatch)
    result = CliRunner().invoke(cli, args)
    assert spy.caught == []
    assert result.exit_code in (0, 1, 3), (result.output, result.exception)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), result.exception
    assert "Traceback" not in result.output
    assert snapshot(tree) == before


def test_every_command_is_covered():
    """A new command must join the list above."""
    covered = {args[0] for args in CLEAN}
    assert covered == set(cli.commands), set(cli.commands) - covered


def test_outputs_are_written_where_asked(tree):
    """The runs above did their work: the safety checks are not passing on commands that did nothing."""
    assert CliRunner().invoke(cli, ["clean", "inputs/news", "--out-dir", "out/tree", "-q"]).exit_code == 3  # empty.txt
    written = sorted(str(path.relative_to(tree.parent / "out" / "tree")) for path in (tree.parent / "out" / "tree").rglob("*.json"))
    assert "wire.json" in written and "sub/fixable.json" in written and "page.json" in written


def test_check_fix_changes_only_the_files_it_reports(tree):
    before = snapshot(tree)
    report = CliRunner().invoke(cli, ["check", "--output-format", "json", "inputs/news"])
    findings = json.loads(report.stdout)
    fixable = {Path(finding["path"]).resolve() for finding in findings if finding.get("fixable")}
    assert fixable, "the tree was meant to have fixable findings"
    result = CliRunner().invoke(cli, ["check", "--fix", "--backup", "inputs/news"])
    assert result.exit_code == 3 and "empty.txt: is empty" in result.output, result.output
    after = snapshot(tree)
    changed = {key for key in before if before[key][0] != after.get(key, (None,))[0]}
    changed_paths = {(tree / key).resolve() for key in changed}
    assert changed_paths and changed_paths <= fixable
    for key in changed:
        assert after[key][3] != before[key][3], f"{key} was rewritten in place, not replaced atomically"
        backup = tree / (key + ".orig")
        assert hashlib.sha256(backup.read_bytes()).hexdigest() == before[key][0]
    assert after["news/link.txt"] == before["news/link.txt"], "--fix replaced a symlink instead of fixing its target"
    new = set(after) - set(before)
    assert new == {key + ".orig" for key in changed}, new
    assert not [name for name in new if name.endswith(".tmp")]


def test_write_spy_catches_a_write(tree, monkeypatch):
    """The spy works: opening an input for writing is caught, reading is not."""
    spy = WriteSpy(tree)
    spy.install(monkeypatch)
    path = tree / "news" / "wire.txt"
    with open(path, "rb") as handle:
        handle.read(1)
    with pytest.raises(PermissionError):
        open(path, "r+b")
    with pytest.raises(PermissionError):
        os.open(path, os.O_WRONLY)
    assert len(spy.caught) == 2
