"""Batch cleaning: folders, globs, path lists, .gz, JSON Lines, the output tree,
resuming, failures, timeouts, interruption and the refusal to write into the input tree."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean import batch, pipeline
from article_clean.cli import cli

STORY = (
    "{title}\n\n"
    "LONDON (Reuters) - The city council approved forty kilometres of new cycle lanes on\n"
    "Tuesday, officials said, in a plan that will take three years to complete.\n\n"
    "  • Latest News\n"
)


def story(title: str) -> str:
    return STORY.format(title=title)


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(arg) for arg in args], input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.fixture
def tree(tmp_path):
    """scraped/ with two sites, a .gz page, a hidden file and a file that is not a page."""
    root = tmp_path / "scraped"
    for site, count in (("bss", 3), ("daily", 2)):
        (root / site).mkdir(parents=True)
        for i in range(count):
            (root / site / f"{i}.txt").write_text(story(f"{site.title()} story {i} is here"))
    (root / "daily" / "2.txt.gz").write_bytes(gzip.compress(story("Compressed story is here").encode()))
    (root / "bss" / ".draft.txt").write_text(story("Hidden draft"))
    (root / "bss" / "notes.csv").write_text("a,b\n")
    return root


def sources(result) -> list[str]:
    return [record["source"] for record in records(result.stdout)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_walk_in_input_order(tree, jobs):
    result = invoke("clean", "-f", "jsonl", "-j", jobs, tree)
    assert result.exit_code == 0, result.output
    expected = [str(tree / "bss" / f"{i}.txt") for i in range(3)]
    expected += [str(tree / "daily" / name) for name in ("0.txt", "1.txt", "2.txt.gz")]
    assert sources(result) == expected
    assert records(result.stdout)[-1]["title"] == "Compressed story is here"


def test_unordered_gives_the_same_set(tree):
    ordered = invoke("clean", "-f", "jsonl", "-j", "2", tree)
    unordered = invoke("clean", "-f", "jsonl", "-j", "2", "--unordered", tree)
    assert sorted(sources(unordered)) == sorted(sources(ordered))


def test_glob_and_hidden(tree):
    result = invoke("clean", "-f", "jsonl", "-j", "1", f"{tree}/**/*.txt")
    assert [Path(s).name for s in sources(result)] == ["0.txt", "1.txt", "2.txt", "0.txt", "1.txt"]
    result = invoke("clean", "-f", "jsonl", "-j", "1", "--hidden", tree / "bss")
    assert ".draft.txt" in {Path(s).name for s in sources(result)}


def test_json_format_of_a_folder_is_one_array(tree):
    result = invoke("clean", "-j", "2", tree / "daily")
    assert [article["title"] for article in json.loads(result.stdout)][0] == "Daily story 0 is here"


def test_files_from_with_nul_separators(tree, tmp_path):
    odd = tmp_path / "name with\nnewline.txt"
    odd.write_text(story("Odd name story is here"))
    listed = b"\0".join(os.fsencode(p) for p in (tree / "bss" / "1.txt", odd)) + b"\0"
    result = invoke("clean", "-f", "jsonl", "-j", "1", "--files-from", "-", "-0", input=listed)
    assert result.exit_code == 0, result.output
    assert sources(result) == [str(tree / "bss" / "1.txt"), str(odd)]


def test_empty_folder_and_unmatched_glob_fail(tmp_path):
    result = invoke("clean", "-j", "1", tmp_path)
    assert result.exit_code == 3 and "no files to clean" in result.output
    result = invoke("clean", "-j", "1", f"{tmp_path}/*.txt")
    assert result.exit_code == 3 and "matches no file" in result.output


def write_jsonl(path: Path, rows: list) -> Path:
    data = "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.jsonl.gz"])
def test_jsonl_in_and_out_keeps_the_other_fields(tmp_path, name):
    crawl = write_jsonl(tmp_path / name, [
        {"id": "a1", "url": "https://example.com/a", "text": story("First record story"), "lang": "en"},
        "not json",
        {"id": "a3", "content": "no text field"},
        {"id": "a4", "url": "https://example.com/b", "text": story("Fourth record story")},
    ])
    result = invoke("clean", "--jsonl-field", "text", "-f", "jsonl", "-j", "2", crawl)
    assert result.exit_code == 3
    out = records(result.stdout)
    assert [(r["id"], r["title"], r["url"], r["source"]) for r in out] == [
        ("a1", "First record story", "https://example.com/a", f"{crawl}:1"),
        ("a4", "Fourth record story", "https://example.com/b", f"{crawl}:4"),
    ]
    assert out[0]["lang"] == "en" and "forty kilometres" in out[0]["text"]
    assert f"{crawl}:2: line is not a JSON object" in result.stderr
    assert f"{crawl}:3: record has no string field 'text'" in result.stderr


def test_jsonl_records_into_the_output_tree(tmp_path):
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "crawl.jsonl", [{"id": str(i), "text": story(f"Record {i} story")} for i in range(40)])
    result = invoke("clean", "--jsonl-field", "text", "-f", "jsonl", "-j", "2", "--out-dir", tmp_path / "out",
                    tmp_path / "in")
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "crawl.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [str(i) for i in range(40)]


def test_out_dir_mirrors_the_tree_atomically(tree, tmp_path):
    out = tmp_path / "clean"
    result = invoke("clean", "-j", "2", "-f", "md", "--out-dir", out, tree)
    assert result.exit_code == 0, result.output
    made = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert made == ["bss/0.md", "bss/1.md", "bss/2.md", "daily/0.md", "daily/1.md", "daily/2.md"]
    assert (out / "daily" / "2.md").read_text().startswith("---\ntitle: \"Compressed story is here\"")
    assert (out / "bss" / "0.md").stat().st_mode & 0o044, "outputs are readable like any new file"
    assert result.stdout == ""


def test_two_inputs_with_one_output_are_not_both_written(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story("Text version"))
    (tmp_path / "in" / "a.html").write_text(story("Other version"))
    result = invoke("clean", "-j", "1", "--out-dir", tmp_path / "out", tmp_path / "in")
    assert result.exit_code == 3
    assert "is also the output of an earlier input" in result.output
    assert json.loads((tmp_path / "out" / "a.json").read_text())["title"] == "Other version"


def test_skip_existing_resumes(tree, tmp_path):
    out, report = tmp_path / "clean", tmp_path / "report.json"
    assert invoke("clean", "-j", "1", "--out-dir", out, tree).exit_code == 0
    first = (out / "bss" / "1.json").stat().st_mtime_ns
    (out / "bss" / "2.json").unlink()
    later = time.time() + 5
    os.utime(tree / "daily" / "0.txt", (later, later))
    result = invoke("clean", "-j", "1", "--out-dir", out, "--skip-existing", "--report", report, tree)
    assert result.exit_code == 0, result.output
    summary = json.loads(report.read_text())
    assert (summary["skipped"], summary["cleaned"]) == (4, 2)
    assert (out / "bss" / "2.json").exists()
    assert (out / "bss" / "1.json").stat().st_mtime_ns == first


def test_bad_files_among_good_ones(tree, tmp_path):
    (tree / "bss" / "empty.txt").write_bytes(b"")
    (tree / "bss" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tree / "daily" / "broken.txt.gz").write_bytes(b"not gzip at all")
    report = tmp_path / "report.json"
    result = invoke("clean", "-f", "jsonl", "-j", "2", "--report", report, tree)
    assert result.exit_code == 3
    assert len(records(result.stdout)) == 6
    errors = [line for line in result.stderr.splitlines() if line.startswith("article-clean: error:")]
    assert len(errors) == 3 and all(str(tree) in line for line in errors)
    assert "Traceback" not in result.output
    summary = json.loads(report.read_text())
    assert (summary["read"], summary["cleaned"], summary["failed"]) == (9, 6, 3)
    assert {f["source"] for f in summary["failures"]} == {
        str(tree / "bss" / "empty.txt"), str(tree / "bss" / "image.txt"), str(tree / "daily" / "broken.txt.gz")}
    assert summary["removed"]["navigation"] == 6


def test_summary_table_on_stderr(tree):
    result = invoke("clean", "-f", "jsonl", "-j", "1", tree)
    assert "cleaned" in result.stderr and "navigation" in result.stderr
    assert "\x1b[" not in result.stderr, "no color when stderr is not a terminal"
    assert invoke("clean", "-f", "jsonl", "-j", "1", "-q", tree).stderr == ""


def test_strict_exit_code_in_a_batch(tree):
    (tree / "bss" / "cut.txt").write_text('Headline here\n\nThe minister said the plan would "protect the most\n')
    assert invoke("clean", "-f", "jsonl", "-j", "2", tree).exit_code == 0
    assert invoke("clean", "-f", "jsonl", "-j", "2", "--strict", tree).exit_code == 1


# --------------------------------------------------------------------------
# Never into the input tree
# --------------------------------------------------------------------------


def test_out_dir_inside_an_input_folder_is_refused(tree):
    before = sorted(tree.rglob("*"))
    result = invoke("clean", "-j", "1", "--out-dir", tree / "clean", tree)
    assert result.exit_code == 2 and "--allow-inside-input" in result.output
    assert sorted(tree.rglob("*")) == before
    result = invoke("clean", "-j", "1", "--out-dir", tree / "clean", "--allow-inside-input", tree)
    assert result.exit_code == 0
    assert (tree / "clean" / "bss" / "0.json").exists()


def test_output_beside_a_file_given_alone_is_refused(tree, monkeypatch):
    monkeypatch.chdir(tree / "bss")
    result = invoke("clean", "-j", "1", "--out-dir", ".", "0.txt")
    assert result.exit_code == 2 and not Path("0.json").exists()
    assert invoke("clean", "-j", "1", "--out-dir", "out", "0.txt").exit_code == 0
    assert Path("out/0.json").exists()


def test_output_never_replaces_its_input(tree):
    result = invoke("clean", "-j", "1", "-f", "text", "--out-dir", tree / "bss", "--allow-inside-input", tree / "bss")
    assert result.exit_code == 3
    assert "its output would replace the input itself" in result.output
    assert (tree / "bss" / "0.txt").read_text() == story("Bss story 0 is here")


# --------------------------------------------------------------------------
# Slow, hanging and crashing inputs
# --------------------------------------------------------------------------


def wrap_decode(monkeypatch, behaviour):
    """Make the decode stage call ``behaviour(doc)`` first: a slow or crashing input on purpose."""
    stages = list(pipeline.STAGES)
    index = [stage.name for stage in stages].index("decode")
    original = stages[index]

    def run(doc):
        behaviour(doc)
        return original.run(doc)

    stages[index] = pipeline.Stage("decode", run, original.summary)
    monkeypatch.setattr(pipeline, "STAGES", tuple(stages))


def marked(doc, mark: bytes) -> bool:
    return mark in (doc.data or b"") or mark.decode() in (doc.text or "")


def sleeps(doc):
    if marked(doc, b"SLOW"):
        time.sleep(60)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_fails_the_slow_input_and_goes_on(tree, monkeypatch, jobs):
    wrap_decode(monkeypatch, sleeps)
    (tree / "bss" / "1.txt").write_text(story("SLOW story"))
    start = time.monotonic()
    result = invoke("clean", "-f", "jsonl", "-j", jobs, "--timeout", "0.5", tree)
    assert time.monotonic() - start < 20
    assert result.exit_code == 3
    assert len(records(result.stdout)) == 5
    assert f"{tree / 'bss' / '1.txt'}: took longer than 0.5 s" in result.stderr


def sleeps_deaf_to_signals(doc):
    if marked(doc, b"HANG"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as C code that never yields would
        time.sleep(60)


def test_a_worker_stuck_where_signals_cannot_reach_is_killed(tree, monkeypatch):
    wrap_decode(monkeypatch, sleeps_deaf_to_signals)
    monkeypatch.setattr(batch.pool, "KILL_GRACE", 0.3)
    (tree / "daily" / "0.txt").write_text(story("HANG story"))
    out = tree.parent / "clean"
    start = time.monotonic()
    result = invoke("clean", "-j", "2", "--timeout", "0.3", "--out-dir", out, tree)
    assert time.monotonic() - start < 30
    assert result.exit_code == 3
    assert f"{tree / 'daily' / '0.txt'}: took longer than 0.3 s" in result.stderr
    made = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    assert made == ["bss", "bss/0.json", "bss/1.json", "bss/2.json", "daily", "daily/1.json", "daily/2.json"]


def crashes(doc):
    if marked(doc, b"CRASH"):
        os._exit(1)


def test_an_input_that_kills_its_worker_fails_alone(tree, monkeypatch):
    wrap_decode(monkeypatch, crashes)
    (tree / "bss" / "2.txt").write_text(story("CRASH story"))
    result = invoke("clean", "-f", "jsonl", "-j", "2", tree)
    assert result.exit_code == 3
    assert len(records(result.stdout)) == 5
    assert f"{tree / 'bss' / '2.txt'}: stopped the worker process" in result.stderr


def test_a_bug_in_a_stage_fails_one_input(tree, monkeypatch):
    def bug(doc):
        if marked(doc, b"BUG"):
            raise ValueError("boom")

    wrap_decode(monkeypatch, bug)
    (tree / "bss" / "0.txt").write_text(story("BUG story"))
    result = invoke("clean", "-f", "jsonl", "-j", "1", tree)
    assert result.exit_code == 3 and len(records(result.stdout)) == 5
    assert "ValueError: boom" in result.stderr and "Traceback" not in result.output


# --------------------------------------------------------------------------
# Real processes: the pipeline form, Ctrl-C and kill
# --------------------------------------------------------------------------

SLOW_CLI = """
import sys, time
from article_clean import pipeline
stages = list(pipeline.STAGES)
i = [s.name for s in stages].index("decode")
original = stages[i]
def run(doc):
    time.sleep(0.02)
    return original.run(doc)
stages[i] = pipeline.Stage("decode", run, original.summary)
pipeline.STAGES = tuple(stages)
from article_clean.cli import main
sys.argv = ["article-clean", *sys.argv[1:]]
main()
"""


def env() -> dict:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))


def big_tree(tmp_path: Path, count: int) -> Path:
    root = tmp_path / "many"
    for i in range(count):
        folder = root / f"site{i % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:04}.txt").write_text(story(f"Story {i} is here"))
    return root


def test_find_print0_pipeline_in_a_real_subprocess(tree):
    found = subprocess.run(["find", str(tree), "-name", "*.txt", "-print0"], capture_output=True, check=True).stdout
    done = subprocess.run([sys.executable, "-m", "article_clean", "clean", "--files-from", "-", "-0", "-f", "jsonl"],
                          input=found, capture_output=True, env=env(), timeout=120)
    assert done.returncode == 0, done.stderr
    listed = [os.fsdecode(path) for path in found.split(b"\0") if path]
    assert len(listed) == 6  # a path named in the list is taken even when hidden
    assert [json.loads(line)["source"] for line in done.stdout.decode().splitlines()] == listed


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_no_partial_files(tmp_path, how):
    root = big_tree(tmp_path, 400)
    out = tmp_path / "clean"
    report = tmp_path / "report.json"
    process = subprocess.Popen([sys.executable, "-c", SLOW_CLI, "clean", "-j", "2", "--out-dir", str(out),
                                "--report", str(report), str(root)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.rglob("*.json"))) < 20:
        time.sleep(0.05)
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert "interrupted" in stderr.decode() and "cleaned" in stderr.decode()
    written = [p for p in out.rglob("*") if p.is_file()]
    assert 20 <= len(written) < 400
    assert not [p for p in written if p.suffix != ".json"], "no temporary files left"
    for path in written:
        json.loads(path.read_text())
    summary = json.loads(report.read_text())
    assert summary["interrupted"] and summary["cleaned"] == len(written)


def test_killed_run_never_leaves_a_half_written_output(tmp_path):
    root = big_tree(tmp_path, 400)
    out = tmp_path / "clean"
    process = subprocess.Popen([sys.executable, "-c", SLOW_CLI, "clean", "-j", "2", "--out-dir", str(out), str(root)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.rglob("*.json"))) < 20:
        time.sleep(0.05)
    process.kill()
    process.wait(timeout=30)
    time.sleep(0.5)  # the workers see their parent die and stop
    for path in out.rglob("*.json"):
        json.loads(path.read_text())
    assert not list(out.rglob(".*.tmp")), "workers remove their temporary files when the run dies"


def test_a_json_lines_file_cut_short_leaves_no_output_file(tmp_path):
    (tmp_path / "in").mkdir()
    whole = gzip.compress("".join(json.dumps({"text": story(f"Record {i} story")}) + "\n" for i in range(30)).encode())
    (tmp_path / "in" / "good.jsonl.gz").write_bytes(whole)
    (tmp_path / "in" / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    result = invoke("clean", "--jsonl-field", "text", "-f", "jsonl", "-j", "2", "--out-dir", tmp_path / "out",
                    tmp_path / "in")
    assert result.exit_code == 3
    assert "cut.jsonl.gz" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.jsonl"]
    assert len((tmp_path / "out" / "good.jsonl").read_text().splitlines()) == 30


def test_include_exclude_and_symlink_loops(tree):
    (tree / "bss" / "loop").symlink_to(tree, target_is_directory=True)
    (tree / "daily" / "page.html").write_text("<html><body><h1>An HTML page here</h1><p>" + "Text of it. " * 30
                                             + "</p></body></html>")
    result = invoke("clean", "-f", "jsonl", "-j", "1", "--include", "*.html", tree)
    assert result.exit_code == 0, result.output
    assert [Path(s).name for s in sources(result)] == ["page.html"]
    result = invoke("clean", "-f", "jsonl", "-j", "1", "--exclude", "1.*", "--exclude", "*/daily/*", tree)
    assert [Path(s).name for s in sources(result)] == ["0.txt", "2.txt"]


@pytest.mark.parametrize("tty,env,quiet,bar", [
    (True, {}, False, True), (False, {}, False, False), (True, {"NO_COLOR": "1"}, False, False),
    (True, {"CI": "true"}, False, False), (True, {}, True, False)])
def test_a_bar_only_for_a_person_at_a_terminal(monkeypatch, tty, env, quiet, bar):
    from article_clean.cli import progress

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("CI", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert progress.wants_bar(quiet) is bar


# --------------------------------------------------------------------------
# The batch's own shortcuts give the output the library gives
# --------------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example_articles() -> list:
    """Articles of every example input, and one from a record with fields that JSON escapes."""
    from article_clean.batch.worker import RecordArticle

    articles = [pipeline.run(path.read_bytes(), str(path)) for path in sorted(EXAMPLES.glob("*.txt"))]
    extra = {"id": "a\u2028b\x7f\x00\x1f\"\\/", "nested": {"list": [1, -2, True, None, "é€😀"], "empty": {}},
             "none": [], "big": 2 ** 63 - 1}
    base = articles[0]
    values = {name: getattr(base, name) for name in base.__dataclass_fields__}
    return articles + [RecordArticle(**values, extra=extra)]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md", "text"])
def test_workers_render_the_writers_bytes(fmt):
    from article_clean.batch.encode import encoder
    from article_clean.writers import WRITERS

    encode = encoder(fmt)
    for article in example_articles():
        assert encode(article) == WRITERS[fmt].render(article).encode("utf-8")


def json_values():
    from hypothesis import strategies as st

    text = st.text(st.characters(blacklist_categories=("Cs",)))
    scalars = st.none() | st.booleans() | st.integers(-2 ** 63, 2 ** 64 - 1) | text
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                        max_leaves=12)


def test_record_fields_encode_as_json_dumps_does():
    hypothesis = pytest.importorskip("hypothesis")
    from article_clean.batch.encode import encode_dict

    @hypothesis.given(json_values())
    def same(value):
        data = {"schema": "article-clean/1", "value": value}
        assert encode_dict(data, "jsonl") == json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        assert encode_dict(data, "json") == json.dumps(data, ensure_ascii=False, indent=2).encode()

    same()


def test_a_record_field_json_cannot_hold_as_utf8_is_mended_not_a_crash(tmp_path):
    """A lone surrogate (valid as a JSON escape, not as UTF-8) and an integer past 64 bits, in a record's fields."""
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text('{"id": "\\ud800x", "n": 123456789012345678901234567890, "text": %s}\n'
                     % json.dumps(story("Surrogate record story")))
    result = invoke("clean", "--jsonl-field", "text", "-f", "jsonl", "-j", "1", crawl)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout_bytes.decode("utf-8"))
    assert (record["id"], record["n"], record["title"]) == ("\ufffdx", 123456789012345678901234567890,
                                                            "Surrogate record story")


@pytest.mark.parametrize("include,exclude", [
    (("*.txt", "*.htm?"), ()), (("[!.]*.txt",), ("*/b*",)), (("*",), ("*.gz", "a?.txt")), (("*.TXT",), ())])
def test_selection_keeps_what_fnmatch_keeps(include, exclude):
    import fnmatch

    from article_clean.sources import Selection

    selection = Selection(include=include, exclude=exclude)
    for path in ("x/a.txt", "x/a.html", "x/a.htm", "x/b/c.txt", "x/ab.txt", "x/a1.txt", "x/a.txt.gz", "x/A.TXT",
                 "x/a.txt\n", "x/.h.txt"):
        name = os.path.basename(path)
        expected = (not name.startswith(".")
                    and not any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in exclude)
                    and any(fnmatch.fnmatch(name, p) for p in include))
        assert selection.keeps(path) is expected, path


def test_chunks_grow_for_fast_inputs_and_stop_at_large_records():
    from article_clean.batch.chunks import CHUNK_BYTES, FIRST_CHUNK_UNITS, MAX_CHUNK_UNITS, Chunks
    from article_clean.batch.inputs import Unit

    units = [Unit(i, f"{i}.txt", f"{i}.txt", ".") for i in range(2000)]
    chunks = Chunks(units)
    first = next(chunks)
    assert len(first) == FIRST_CHUNK_UNITS
    chunks.took(len(first), 0.0)
    assert len(next(chunks)) == MAX_CHUNK_UNITS
    assert sum(map(len, chunks)) == 2000 - FIRST_CHUNK_UNITS - MAX_CHUNK_UNITS
    records = Chunks(Unit(i, "r", "r", ".", record=b"x" * (CHUNK_BYTES // 2)) for i in range(5))
    assert [len(chunk) for chunk in records] == [2, 2, 1]


def test_many_fast_inputs_in_big_chunks_keep_their_order(tmp_path):
    root = big_tree(tmp_path, 600)
    result = invoke("clean", "-f", "jsonl", "-j", "2", "--include", "*.txt", root)
    assert result.exit_code == 0, result.output
    assert sources(result) == sorted(str(path) for path in root.rglob("*.txt"))


@pytest.mark.parametrize("measured", [0, 10, 4999, 5000])
def test_a_file_is_read_whole_whatever_size_it_had_when_measured(tmp_path, measured):
    """The reader asks for the size it measured plus one byte: a file that grew since is read on, to the limit."""
    from article_clean.errors import InputError
    from article_clean.reader import _read_file

    path = tmp_path / "page.txt"
    path.write_bytes(bytes(range(256)) * 19 + b"end")
    data = path.read_bytes()
    assert _read_file(path, "page.txt", measured, 1 << 20) == data
    assert _read_file(path, "page.txt", measured, len(data)) == data
    with pytest.raises(InputError, match="larger than"):
        _read_file(path, "page.txt", measured, len(data) - 1)
