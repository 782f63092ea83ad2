"""The pre-commit round trip: the shipped hooks, run by the real pre-commit, in a throwaway repository.

The hooks come from this checkout's ``.pre-commit-hooks.yaml`` as a ``repo: local``
config, with ``language: system`` and the installed article-clean as the entry:
``language: python`` would have pre-commit build a virtualenv and install
article-clean and its dependencies from the network on every run. Everything
else (ids, files, types, exclude, arguments) is the shipped definition.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]')")
yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"

BAD = (
    "Floods cut off villages in Bangladesh\n\n"
    "    SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages in\n"
    "northern Bangladesh on Thursday, officials said, as rivers burst their banks\n"
    "after three days of torrential rain, and the weather office forecast more\n"
    "rain over the weekend for the whole of the north of the country.\n\n"
    "  • Latest News\n"
    "  • Most View\n"
    "Beta Version\n"
)
#: A clean article, as ``clean -f text`` writes it: the title underlined.
CLEAN = (
    "Floods cut off villages in Bangladesh\n=====================================\n\n"
    "SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages in northern Bangladesh "
    "on Thursday, officials said.\n"
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def local_config(hook_id: str) -> str:
    """A .pre-commit-config.yaml running the shipped hook ``hook_id`` from this checkout."""
    hook = next(dict(h) for h in yaml.safe_load(HOOKS.read_text(encoding="utf-8")) if h["id"] == hook_id)
    command = shlex.split(hook["entry"])
    assert command[0] == "article-clean"
    hook["entry"] = shlex.join([sys.executable, "-m", "article_clean", *command[1:]])
    hook["language"] = "system"
    hook.pop("minimum_pre_commit_version", None)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, sort_keys=False)


class Repo:
    """A git repository in a temporary folder, with pre-commit installed as its hook."""

    def __init__(self, folder: Path, hook_id: str):
        self.folder = folder
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT")) and k != "SKIP"},
            "PRE_COMMIT_HOME": str(folder.parent / "pre-commit-home"),
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
        }
        folder.mkdir()
        self.run("git", "init", "-q")
        self.write(".pre-commit-config.yaml", local_config(hook_id))
        self.write("README.md", "# Our corpus\n\nScraped pages, one a file.\n")
        installed = self.run(sys.executable, "-m", "pre_commit", "install")
        assert installed.returncode == 0, installed.stdout

    def run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, cwd=self.folder, env=self.env, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)

    def write(self, name: str, text: str) -> None:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def commit(self, message: str) -> subprocess.CompletedProcess[str]:
        self.run("git", "add", "-A")
        done = self.run("git", "commit", "-q", "-m", message)
        done.stdout += done.stderr
        return done

    def commits(self) -> int:
        listed = self.run("git", "rev-list", "--count", "HEAD")
        return int(listed.stdout) if listed.returncode == 0 else 0


def test_check_hook_blocks_a_bad_article_and_passes_a_clean_one(tmp_path):
    repo = Repo(tmp_path / "corpus", "article-clean-check")
    repo.write("scraped/floods.txt", BAD)
    blocked = repo.commit("add a raw scrape")
    assert blocked.returncode != 0, blocked.stdout
    assert "article-clean check" in blocked.stdout and "Failed" in blocked.stdout
    assert 'scraped/floods.txt:8:3: AC301 boilerplate line (navigation): "• Latest News"' in blocked.stdout
    assert "README.md" not in blocked.stdout
    assert repo.commits() == 0
    repo.write("scraped/floods.txt", CLEAN)
    passed = repo.commit("add a clean article")
    assert passed.returncode == 0, passed.stdout
    assert repo.commits() == 1


def test_fix_hook_rewrites_the_article_then_the_commit_passes(tmp_path):
    repo = Repo(tmp_path / "corpus", "article-clean-fix")
    repo.write("scraped/floods.txt", BAD)
    first = repo.commit("add a raw scrape")
    assert first.returncode != 0, first.stdout
    assert "files were modified by this hook" in first.stdout
    fixed = (repo.folder / "scraped" / "floods.txt").read_text(encoding="utf-8")
    assert fixed.startswith("Floods cut off villages in Bangladesh\n\n    SYLHET, March 9 (BSS/AFP) -\nFlash floods cut off"
                            " dozens of villages in northern Bangladesh on Thursday, officials said, as rivers")
    assert "Latest News" not in fixed
    second = repo.commit("add the fixed article")
    assert second.returncode == 0, second.stdout
    assert (repo.folder / "scraped" / "floods.txt").read_text(encoding="utf-8") == fixed
