"""``article-clean clean --engine dask``: the batch run on a Dask cluster.

:func:`runner` gives a stand-in for :func:`article_clean.batch.run`, so that
:func:`article_clean.batch.request.clean` keeps its own output stream, report,
saved profile and summary whichever engine runs.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import dask
from dask.delayed import Delayed

from ..batch import INSIDE_INPUT, Plan, Reporter, Stream, Summary, inside
from ..errors import ConfigError
from ..options import Options
from ..profile import Profile
from ..sources import Selection
from .bags import clean_files, learn_profile
from .inputs import filesystem, is_url
from .report import merge_summaries, summarize_partition
from .writing import render, to_jsonl

NO_STDIN = "--engine dask reads files, folders, globs and URLs, not standard input"
JSON_ONLY = "--engine dask writes JSON or JSON Lines: use -f json or -f jsonl"
PARTS_ARE_JSONL = "--engine dask --out-dir writes JSON Lines part files: use -f jsonl, or leave -f out"
NO_SKIP = "--skip-existing does not go with --engine dask: its --out-dir holds part files, not one file per input"
NO_SCHEDULER = ("cannot reach the Dask scheduler at {address} ({error}); check the address, "
                "or leave --scheduler out to start a cluster on this machine")
NOT_APPLIED = "{flag} is not applied by --engine dask: {why}"
DASHBOARD = "Dask dashboard: {link}"
IGNORED = {
    "timeout": ("--timeout", "Dask runs each input in a worker thread, where no timer can stop it"),
    "unordered": ("--unordered", "results come in input order"),
}
#: Partitions in flight per worker thread while results stream to the output in order.
PARTITIONS_PER_THREAD = 4


def runner(arguments: Callable[[], Iterable[str]], selection: Selection, scheduler: str | None,
           explicit: frozenset[str] = frozenset()) -> Callable[..., tuple[Summary, Profile | None]]:
    """A ``run(sources, options, plan, emit, reporter, profile)`` that cleans ``arguments`` on Dask.

    ``sources`` is not used: ``arguments`` may be fsspec URLs, listed here and read
    by the workers. Without ``scheduler`` a LocalCluster of ``plan.jobs`` workers is started.
    ``explicit`` names the flags given on the command line, to warn of those Dask does not apply.
    """

    def run(sources, options: Options, plan: Plan, emit: Callable[[bytes], None] | None = None,
            reporter: Reporter | None = None, profile: Profile | None = None) -> tuple[Summary, Profile | None]:
        names = list(arguments())
        reporter = reporter or Reporter()
        _check(names, plan, explicit, reporter)
        summary = Summary()
        done: dict[int, Summary] = {}
        with _client(scheduler, plan.jobs) as client:
            reporter.noted(DASHBOARD.format(link=client.dashboard_link))
            inputs = dict(options=options, selection=selection, jsonl_field=plan.jsonl_field)
            try:
                profile = _run(client, names, inputs, plan, emit, reporter, profile, summary, done)
            except KeyboardInterrupt:
                summary.interrupted = True
        merge_summaries((done[index] for index in sorted(done)), into=summary)
        summary.seconds = time.monotonic() - summary.started
        return summary, profile

    return run


def _run(client, names: list[str], inputs: dict, plan: Plan, emit: Callable[[bytes], None] | None,
         reporter: Reporter, profile: Profile | None, summary: Summary, done: dict[int, Summary]) -> Profile | None:
    """Both passes on the cluster; the profile applied. Each partition's summary goes into ``done``."""
    if plan.learn:
        reporter.phase("learning")
        learned = client.compute(learn_profile(names, **inputs)).result()
        summary.learned = learned.line_count
        profile = learned if profile is None else profile.merged(learned)
    reporter.phase("cleaning")
    bag = clean_files(names, profile=profile, strict_accounting=plan.strict_accounting, **inputs)
    if plan.out_dir:
        _write_parts(client, to_jsonl(bag, plan.out_dir, compute=False), reporter, done)
    else:
        _stream(client, bag, plan, emit, reporter, done)
    return profile


def _check(names: list[str], plan: Plan, explicit: frozenset[str], reporter: Reporter) -> None:
    """Refuse what the dask engine cannot do, and warn about flags it does not apply."""
    if "-" in names:
        raise ConfigError(NO_STDIN)
    if plan.skip_existing:
        raise ConfigError(NO_SKIP)
    if plan.out_dir and "fmt" in explicit and plan.format != "jsonl":
        raise ConfigError(PARTS_ARE_JSONL)
    if not plan.out_dir and plan.format not in ("json", "jsonl"):
        raise ConfigError(JSON_ONLY)
    urls = [name for name in names if is_url(name)]
    if plan.out_dir and is_url(plan.out_dir):
        urls.append(plan.out_dir)
    for url in urls:
        filesystem(url)  # a URL no installed package can open is refused before a cluster starts
    if plan.out_dir and not is_url(plan.out_dir) and not plan.allow_inside_input:
        for name in names:
            if not is_url(name) and inside(plan.out_dir, name):
                raise ConfigError(INSIDE_INPUT.format(out=plan.out_dir, folder=name))
    for name, (flag, why) in IGNORED.items():
        if name in explicit:
            reporter.warned(NOT_APPLIED.format(flag=flag, why=why))


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[object]:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster of ``workers`` processes started here."""
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, set_as_default=False)
        except (OSError, ValueError, TypeError) as error:
            raise ConfigError(NO_SCHEDULER.format(address=scheduler, error=error)) from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, scheduler_port=0,
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        with Client(cluster, set_as_default=False) as client:
            yield client


def _advance(part: Summary, running: Summary, reporter: Reporter) -> None:
    """Report a finished partition: its failures, one line each, and the progress so far."""
    merge_summaries([part], into=running)
    for source, problem in part.failures:
        reporter.failed(source, problem)
    reporter.advanced(running)


def _write_parts(client, tasks: list, reporter: Reporter, done: dict[int, Summary]) -> None:
    """Run the part-file writers as workers come free; each summary goes into ``done`` by partition."""
    from distributed import as_completed

    futures = client.compute(tasks)
    position = {future.key: index for index, future in enumerate(futures)}
    running = Summary()
    try:
        for future in as_completed(futures, loop=client.loop):
            done[position[future.key]] = part = future.result()
            _advance(part, running, reporter)
    except BaseException:
        client.cancel(futures)
        raise


def _stream(client, bag, plan: Plan, emit: Callable[[bytes], None] | None, reporter: Reporter,
            done: dict[int, Summary]) -> None:
    """Render the articles on the workers and hand them to ``emit`` in input order, with a
    few partitions per worker thread in flight, so that memory stays bounded."""

    def rendered(records: list[dict]) -> tuple[list[bytes], Summary]:
        return render(records, plan.format), summarize_partition(records)

    stream = Stream(plan.writer, plan.many, emit or (lambda data: None))
    window = PARTITIONS_PER_THREAD * max(1, sum(client.nthreads().values()))
    pending: deque = deque()
    running = Summary()
    try:
        for part in bag.to_delayed():
            part = Delayed(part.key, dict(part.dask.cull({part.key})))  # ship this partition's inputs only
            pending.append(client.compute(dask.delayed(rendered)(part)))
            if len(pending) >= window:
                _emit(pending.popleft().result(), stream, running, reporter, done)
        while pending:
            _emit(pending.popleft().result(), stream, running, reporter, done)
    except BaseException:
        client.cancel(list(pending))
        raise
    finally:
        stream.close()


def _emit(result: tuple[list[bytes], Summary], stream: Stream, running: Summary, reporter: Reporter,
          done: dict[int, Summary]) -> None:
    """Hand on one partition's articles, in order, and report it."""
    datas, part = result
    stream.extend(datas)
    done[len(done)] = part
    _advance(part, running, reporter)
