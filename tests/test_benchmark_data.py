"""``benchmarks/data.py`` builds the manifest layout from local clones, and says what to clone."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "data.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_a_missing_clone_is_one_line_that_says_what_to_clone(tmp_path):
    done = run(str(tmp_path / "out"), "--aeb", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "git clone https://github.com/scrapinghub/article-extraction-benchmark" in line


def test_aeb_and_reuters_are_laid_out_as_manifests(tmp_path):
    clone = tmp_path / "aeb"
    (clone / "html").mkdir(parents=True)
    (clone / "html" / "abc.html.gz").write_bytes(gzip.compress(b"<html><body><p>Hello</p></body></html>"))
    (clone / "ground-truth.json").write_text(json.dumps({"abc": {"articleBody": "Hello", "url": "https://x.org/a"}}))
    wire = tmp_path / "reuters"
    wire.mkdir()
    (wire / "reut2-000.sgm").write_text(
        '<REUTERS NEWID="7"><DATE>26-FEB-1987</DATE><TEXT><TITLE>RED LION FILES</TITLE>'
        "<DATELINE>    PORTLAND, Ore., Feb 26 - </DATELINE><BODY>Red Lion Inns said it filed.\n Reuter\n&#3;</BODY>"
        "</TEXT></REUTERS>", encoding="latin-1")
    done = run(str(tmp_path / "out"), "--aeb", str(clone), "--reuters", str(wire))
    assert done.returncode == 0, done.stderr
    [page] = [json.loads(line) for line in (tmp_path / "out/article-extraction-benchmark/manifest.jsonl").open()]
    assert page["gold"]["body"] == "Hello" and page["split"] == "all"
    assert (tmp_path / "out/article-extraction-benchmark" / page["html"]).read_bytes().startswith(b"<html>")
    [story] = [json.loads(line) for line in (tmp_path / "out/reuters21578/manifest.jsonl").open()]
    assert story["gold"]["title"] == "RED LION FILES" and story["gold"]["dateline"] == "PORTLAND, Ore., Feb 26 -"
    assert "Reuter" not in story["gold"]["body"]
