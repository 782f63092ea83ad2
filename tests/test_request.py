"""The clean command's one library call: a CleanRequest run commits its stream, saves its profile and report."""

from __future__ import annotations

import io
import json

import pytest

from article_clean import Options
from article_clean.batch import Plan, Reporter, Summary
from article_clean.batch.request import CleanRequest, StreamNotWritten, clean
from article_clean.sources import Selection

STORY = "Title {n} here\n\nA body line that stays here for good and is long enough, number {n}.\n"


@pytest.fixture
def folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(3):
        (inputs / f"{n}.txt").write_text(STORY.format(n=n))
    return inputs


def request_for(folder, plan: Plan = Plan(format="jsonl"), **fields) -> CleanRequest:
    return CleanRequest(paths=(str(folder),), listed=lambda: (), selection=Selection(), options=Options(), plan=plan,
                        **fields)


def test_the_stream_the_report_and_the_profile_are_written(folder, tmp_path):
    request = request_for(folder, Plan(format="jsonl", learn=True), output=tmp_path / "out.jsonl",
                          report=tmp_path / "report.json", save_profile=tmp_path / "profile.toml")
    summary = clean(request, Reporter(), io.StringIO())
    assert summary.cleaned == 3 and not summary.interrupted
    sources = [json.loads(line)["source"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sources == [str(folder / f"{n}.txt") for n in range(3)]
    assert json.loads((tmp_path / "report.json").read_text())["cleaned"] == 3
    assert (tmp_path / "profile.toml").exists()


def test_an_interrupted_run_commits_no_stream_and_no_profile(folder, tmp_path):
    def interrupted(sources, options, plan, emit, reporter, profile):
        emit(b"{}")
        summary = Summary(cleaned=1, interrupted=True)
        return summary, None

    request = request_for(folder, output=tmp_path / "out.jsonl", save_profile=tmp_path / "profile.toml",
                          report=tmp_path / "report.json")
    summary = clean(request, Reporter(), io.StringIO(), engine=interrupted)
    assert summary.interrupted
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "profile.toml").exists()
    assert json.loads((tmp_path / "report.json").read_text())["interrupted"] is True
    assert list(tmp_path.glob(".out.jsonl.*")) == []


def test_a_stream_that_cannot_be_written_is_one_error_and_leaves_no_file(folder, tmp_path):
    def full_disk(sources, options, plan, emit, reporter, profile):
        raise OSError(28, "No space left on device")

    request = request_for(folder, output=tmp_path / "out.jsonl")
    with pytest.raises(StreamNotWritten) as raised:
        clean(request, Reporter(), io.StringIO(), engine=full_disk)
    assert (raised.value.output, raised.value.reason) == (tmp_path / "out.jsonl", "No space left on device")
    assert list(tmp_path.iterdir()) == [folder]


@pytest.mark.parametrize("field", ["output", "report", "save_profile"])
def test_a_path_in_a_folder_that_cannot_be_made_is_one_error(folder, tmp_path, field):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "inside" / "out.json"
    plan = Plan(format="jsonl", learn=field == "save_profile")
    with pytest.raises(StreamNotWritten) as raised:
        clean(request_for(folder, plan, **{field: target}), Reporter(), io.StringIO())
    assert raised.value.output == target and raised.value.reason
