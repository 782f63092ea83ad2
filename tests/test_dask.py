"""The Dask engine against the local batch run: the same articles, failures, report and
learned profile, on a real distributed.LocalCluster of two workers.

Skipped when the dask extra is not installed (pip install '.[dask]').
"""

from __future__ import annotations

import gzip
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_clean import batch
from article_clean.cli import cli
from article_clean.errors import TOO_LARGE, ConfigError
from article_clean.options import Options
from article_clean.sources import iter_sources

SITES = {
    "courier": ("Courier Media Group has published The Springfield Courier since 1921.", "SPRINGFIELD"),
    "herald": ("The Harbour Herald is an independent paper owned by its readers' trust.", "PORTSMOUTH"),
    "gazette": ("Gazette journalists follow the Valley Press Code of Practice.", "RIVERTON"),
    "tribune": ("Tribune newsroom tips can be left in confidence with the night desk.", "LAKESIDE"),
}
DOCUMENTS_PER_SITE = 55
SUBJECTS = ["The council", "Local farmers", "The water board", "Teachers", "The harbour master", "Residents",
            "The hospital trust", "Shop owners", "The transport authority", "Volunteers", "The museum"]
VERBS = ["approved", "rejected", "questioned", "welcomed", "delayed", "funded", "debated"]
OBJECTS = ["a new cycle lane", "the flood defence plan", "longer opening hours", "a rent freeze",
           "the bridge repairs", "a school meals scheme", "the festival budget", "a tree planting drive"]


def document(site: str, index: int) -> str:
    """One page of a site: its footer line on most pages, a weather line on a few, and a story of its own."""
    footer, city = SITES[site]
    subject, verb = SUBJECTS[index % len(SUBJECTS)], VERBS[index % len(VERBS)]
    thing = OBJECTS[(index * 3 + len(site)) % len(OBJECTS)]
    lines = [
        f"{subject} {verb} {thing} in story {index} of the {site}",
        "",
        f"{city} (Reuters) - {subject} {verb} {thing} on Tuesday after a meeting that ran for {index + 2} hours,",
        f"officials said, in a decision that will affect about {index * 40 + 300} households.",
        "",
        f"The vote was {index % 9 + 5} to {index % 4 + 1}, and work is due to start within {index % 11 + 2} weeks.",
        "",
    ]
    if index % 10 < 8:
        lines.append(footer)
    if index % 10 < 3:
        lines.append("Weather today: sunny spells with a light breeze from the west.")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four sites of 55 pages, a compressed page, and three files that cannot be cleaned."""
    root = tmp_path_factory.mktemp("dask") / "scraped"
    for site in SITES:
        (root / site).mkdir(parents=True)
        for index in range(DOCUMENTS_PER_SITE):
            (root / site / f"{index:03}.txt").write_text(document(site, index))
    (root / "courier" / "zipped.txt.gz").write_bytes(gzip.compress(document("courier", 99).encode()))
    (root / "herald" / "empty.txt").write_bytes(b"")
    (root / "gazette" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "tribune" / "broken.txt.gz").write_bytes(b"not gzip at all")
    return root


BAD = {"herald/empty.txt", "gazette/image.txt", "tribune/broken.txt.gz"}


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        with distributed.Client(cluster) as client:
            yield client


@pytest.fixture(scope="module")
def engine(client):
    from article_clean import dask as engine

    return engine


def invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def without_seconds(report: dict) -> dict:
    return {key: value for key, value in report.items() if key != "seconds"}


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    """The local batch run's output, report and learned profile: what the cluster must give."""
    folder = tmp_path_factory.mktemp("local")
    plain = invoke("clean", "-f", "jsonl", "-j", "1", "--report", folder / "report.json", corpus)
    learned = invoke("clean", "-f", "jsonl", "-j", "2", "--learn-boilerplate", "--save-profile",
                     folder / "profile.toml", corpus)
    assert plain.exit_code == 3 and learned.exit_code == 3, plain.output
    _, profile = batch.run(lambda: iter_sources([str(corpus)]), Options(), batch.Plan(learn=True))
    return {"stdout": plain.stdout, "report": json.loads((folder / "report.json").read_text()),
            "learned_stdout": learned.stdout, "profile_file": (folder / "profile.toml").read_text(),
            "profile": profile}


def test_importing_article_clean_never_imports_dask():
    code = ("import sys, article_clean, article_clean.cli, article_clean.batch; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------
# The library
# --------------------------------------------------------------------------


def test_clean_files_gives_the_local_articles_and_failures(engine, corpus, local):
    bag = engine.clean_files(str(corpus))
    assert bag.npartitions > 2, "the work is spread over both workers"
    records = bag.compute()
    articles = [record for record in records if not engine.is_failure(record)]
    assert len(articles) >= 200
    assert articles == lines(local["stdout"]), "document by document, in input order"
    failures = [record for record in records if engine.is_failure(record)]
    assert failures == local["report"]["failures"]
    assert {str(Path(f["source"]).relative_to(corpus)) for f in failures} == BAD


def test_the_report_of_a_bag_is_the_local_report(engine, corpus, local):
    summary = engine.summarize(engine.clean_files(str(corpus))).compute()
    assert without_seconds(summary.to_dict()) == without_seconds(local["report"])


def test_profile_learned_on_the_cluster_equals_the_local_one(engine, corpus, local):
    learned = engine.learn_profile(str(corpus), blocksize=2048).compute()
    assert learned == local["profile"]
    assert {site.key: [line for line, _ in site.lines] for site in learned.sites} == {
        f"folder:{site}": [footer] for site, (footer, _) in SITES.items()}, "footers learned, the weather line not"


def test_a_lazy_profile_is_applied_on_the_workers(engine, corpus, local):
    bag = engine.clean_files(str(corpus), profile=engine.learn_profile(str(corpus)))
    articles = [record for record in bag.compute() if not engine.is_failure(record)]
    assert articles == lines(local["learned_stdout"])
    assert sum(removal["rule"] == "repeated-line" for a in articles for removal in a["removed"]) > 150


def test_to_jsonl_writes_one_whole_file_per_partition(engine, corpus, local, tmp_path):
    bag = engine.clean_files(str(corpus))
    summary = engine.to_jsonl(bag, str(tmp_path / "out"))
    parts = sorted((tmp_path / "out").iterdir())
    assert [part.name for part in parts] == [f"part-{index:05}.jsonl" for index in range(bag.npartitions)]
    assert "".join(part.read_text() for part in parts) == local["stdout"]
    assert without_seconds(summary.to_dict()) == without_seconds(local["report"])
    with pytest.raises(ConfigError, match="already holds part"):
        engine.to_jsonl(bag, str(tmp_path / "out"))


def test_jsonl_records_as_the_local_run_reads_them(engine, tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    rows = [{"id": i, "url": f"https://news.example.com/{i}", "text": document("herald", i), "lang": "en"}
            for i in range(30)]
    rows[4] = "not json"
    rows[7] = {"id": 7, "body": "no text field"}
    (crawl / "a.jsonl").write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    local = invoke("clean", "--jsonl-field", "text", "-f", "jsonl", "-j", "1", crawl)
    records = engine.clean_files(str(crawl), jsonl_field="text").compute()
    assert [r for r in records if not engine.is_failure(r)] == lines(local.stdout)
    assert [r for r in records if engine.is_failure(r)] == [
        {"source": f"{crawl / 'a.jsonl'}:5", "problem": batch.NOT_A_RECORD},
        {"source": f"{crawl / 'a.jsonl'}:8", "problem": batch.NO_FIELD.format(field="text")}]
    learned = engine.learn_profile(str(crawl), jsonl_field="text").compute()
    assert [site.key for site in learned.sites] == ["host:news.example.com"]


def test_fsspec_urls_read_on_the_workers(engine, client, corpus, tmp_path):
    import fsspec

    memory = fsspec.filesystem("memory")
    for site in ("courier", "gazette"):
        for path in sorted((corpus / site).iterdir()):
            memory.pipe(f"/crawl/{site}/{path.name}", path.read_bytes())
    try:
        remote = engine.clean_files("memory://crawl").compute()
        here = engine.clean_files([str(corpus / "courier"), str(corpus / "gazette")]).compute()
        assert [r["source"] for r in remote][:2] == [f"memory:///crawl/courier/00{i}.txt" for i in (0, 1)]
        assert [{**r, "source": None} for r in remote] == [{**r, "source": None} for r in here]
        assert engine.learn_profile("memory://crawl").compute() == engine.learn_profile(
            [str(corpus / "courier"), str(corpus / "gazette")]).compute()
        assert len(engine.clean_files("memory://crawl/*/00?.txt").compute()) == 20
        assert engine.clean_files("memory://crawl/nothing.txt").compute() == [
            {"source": "memory://crawl/nothing.txt", "problem": "does not exist; check the path"}]
        assert engine.clean_files("memory://crawl/courier/000.txt", Options(max_bytes=100)).compute() == [
            {"source": "memory:///crawl/courier/000.txt", "problem": TOO_LARGE.format(limit=100)}]
        summary = engine.to_jsonl(engine.clean_files("memory://crawl/courier"), "memory://out")
        assert summary.cleaned == DOCUMENTS_PER_SITE + 1
        assert len(lines(b"".join(memory.cat(p) for p in sorted(memory.ls("/out", detail=False))).decode())) == 56
        assert not [p for p in memory.ls("/out", detail=False) if p.endswith(".tmp")]
        result = invoke("clean", "--engine", "dask", "--scheduler", client.scheduler.address, "-q",
                        "--out-dir", "memory://out/cli", "memory://crawl/gazette")
        assert result.exit_code == 3 and "memory:///crawl/gazette/image.txt: is binary" in result.stderr
        written = b"".join(memory.cat(p) for p in sorted(memory.ls("/out/cli", detail=False))).decode()
        assert len(lines(written)) == DOCUMENTS_PER_SITE
    finally:
        memory.rm("/crawl", recursive=True)
        if memory.exists("/out"):
            memory.rm("/out", recursive=True)


def test_clean_bag_takes_texts_and_records(engine):
    import dask.bag as db

    items = [document("courier", 1), document("herald", 2).encode(),
             {"id": "r1", "url": "https://courier.example/1", "text": document("courier", 3), "lang": "en"},
             {"id": "r2", "body": "no text here"}]
    out = engine.clean_bag(db.from_sequence(items, npartitions=2)).compute()
    assert [r.get("title") for r in out[:3]] == [document(site, i).splitlines()[0]
                                                 for site, i in (("courier", 1), ("herald", 2), ("courier", 3))]
    assert (out[0]["source"], out[2]["source"], list(out[2])[:3]) == ("-", "r1", ["id", "url", "lang"])
    assert out[3] == {"source": "r2", "problem": batch.NO_FIELD.format(field="text")}


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def test_cli_on_a_running_scheduler_matches_local(client, corpus, local, tmp_path):
    report = tmp_path / "report.json"
    result = invoke("clean", "--engine", "dask", "--scheduler", client.scheduler.address, "-f", "jsonl",
                    "--report", report, corpus)
    assert result.exit_code == 3, result.output
    assert result.stdout == local["stdout"]
    assert without_seconds(json.loads(report.read_text())) == without_seconds(local["report"])
    errors = [line for line in result.stderr.splitlines() if line.startswith("article-clean: error:")]
    assert sorted(errors) == sorted(f"article-clean: error: {f['source']}: {f['problem']}"
                                    for f in local["report"]["failures"])
    assert "Dask dashboard: http" in result.stderr and "Traceback" not in result.output


def test_cli_learns_on_the_cluster_and_saves_the_same_profile(client, corpus, local, tmp_path):
    result = invoke("clean", "--engine", "dask", "--scheduler", client.scheduler.address, "-f", "jsonl",
                    "--learn-boilerplate", "--save-profile", tmp_path / "profile.toml", corpus)
    assert result.exit_code == 3
    assert (tmp_path / "profile.toml").read_text() == local["profile_file"]
    assert result.stdout == local["learned_stdout"]


def test_cli_out_dir_writes_part_files(client, corpus, local, tmp_path):
    out = tmp_path / "clean"
    args = ("clean", "--engine", "dask", "--scheduler", client.scheduler.address, "-q", "--out-dir", out, corpus)
    result = invoke(*args)
    assert result.exit_code == 3 and result.stdout == ""
    assert "".join(path.read_text() for path in sorted(out.iterdir())) == local["stdout"]
    again = invoke(*args)
    assert again.exit_code == 2 and "already holds part-*.jsonl files" in again.stderr


def test_cli_json_array_is_the_local_one(client, corpus):
    dask_run = invoke("clean", "--engine", "dask", "--scheduler", client.scheduler.address, corpus / "courier")
    local_run = invoke("clean", "-j", "1", corpus / "courier")
    assert dask_run.exit_code == local_run.exit_code == 0
    assert dask_run.stdout == local_run.stdout and len(json.loads(dask_run.stdout)) == DOCUMENTS_PER_SITE + 1


def test_cli_files_from_on_the_cluster(client, corpus, tmp_path):
    listed = tmp_path / "list.txt"
    listed.write_text("".join(f"{corpus / 'herald' / f'{i:03}.txt'}\n" for i in (3, 1, 2)))
    dask_run = invoke("clean", "--engine", "dask", "--scheduler", client.scheduler.address, "-f", "jsonl",
                      "--files-from", listed)
    assert dask_run.exit_code == 0, dask_run.output
    assert dask_run.stdout == invoke("clean", "-j", "1", "-f", "jsonl", "--files-from", listed).stdout
    assert [Path(r["source"]).name for r in lines(dask_run.stdout)] == ["003.txt", "001.txt", "002.txt"]


def test_scheduler_needs_the_dask_engine(corpus):
    result = invoke("clean", "--scheduler", "tcp://127.0.0.1:9", corpus / "herald" / "000.txt")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["-f", "md"], "writes JSON or JSON Lines"),
    (["-f", "md", "--out-dir", "{tmp}/out"], "writes JSON Lines part files"),
    (["--out-dir", "{tmp}/out", "--skip-existing"], "--skip-existing does not go with --engine dask"),
    (["--out-dir", "{corpus}/out"], "is inside the input folder"),
    (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
    (["nosuchstore://crawl/"], "no filesystem can open this URL"),
])
def test_cli_refusals(engine, corpus, tmp_path, args, message):
    import dask

    args = [arg.format(tmp=tmp_path, corpus=corpus) for arg in args]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = invoke("clean", "--engine", "dask", *args, corpus)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not (corpus / "out").exists()


def test_cli_without_a_scheduler_starts_a_local_cluster(engine, corpus, tmp_path):
    out, report = tmp_path / "clean", tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "article_clean", "clean", "--engine", "dask", "-j", "1",
                           "--out-dir", out, "--report", report, corpus / "tribune"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr
    assert len(lines("".join(path.read_text() for path in sorted(out.iterdir())))) == DOCUMENTS_PER_SITE
    assert f"{corpus / 'tribune' / 'broken.txt.gz'}: is not a valid gzip file" in done.stderr
    assert json.loads(report.read_text())["failed"] == 1
