"""``article-clean clean --engine dask``: the batch run on a Dask cluster.

:func:`dask_runner` gives a stand-in for :func:`article_clean.batch.run`, so
that ``clean`` keeps its own output stream, report, saved profile, summary and
exit codes whichever engine runs. Only ``--engine dask`` imports this module,
and only it imports dask.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import click
from click.core import ParameterSource

from ..batch import INSIDE_INPUT, Plan, Reporter, Stream, Summary, inside
from ..errors import ConfigError
from ..options import Options
from ..profile import Profile
from ..sources import Selection
from .common import warn

NEEDS_EXTRA = "--engine dask needs the dask extra: pip install 'article-clean[dask]' ({error})"
NO_STDIN = "--engine dask reads files, folders, globs and URLs, not standard input"
JSON_ONLY = "--engine dask writes JSON or JSON Lines: use -f json or -f jsonl"
PARTS_ARE_JSONL = "--engine dask --out-dir writes JSON Lines part files: use -f jsonl, or leave -f out"
NO_SKIP = "--skip-existing does not go with --engine dask: its --out-dir holds part files, not one file per input"
NO_SCHEDULER = ("cannot reach the Dask scheduler at {address} ({error}); check the address, "
                "or leave --scheduler out to start a cluster on this machine")
NOT_APPLIED = "{flag} is not applied by --engine dask: {why}"
IGNORED = {
    "timeout": ("--timeout", "Dask runs each input in a worker thread, where no timer can stop it"),
    "unordered": ("--unordered", "results come in input order"),
}
#: Partitions in flight per worker thread while results stream to the output in order.
PARTITIONS_PER_THREAD = 4


def dask_runner(arguments: Callable[[], Iterable[str]], selection: Selection, scheduler: str | None,
                quiet: bool) -> Callable[..., tuple[Summary, Profile | None]]:
    """A ``run(sources, options, plan, emit, reporter, profile)`` that cleans ``arguments`` on Dask.

    ``sources`` is not used: ``arguments`` may be fsspec URLs, listed here and read
    by the workers. Without ``scheduler`` a LocalCluster of ``plan.jobs`` workers is started.
    """

    def run(sources, options: Options, plan: Plan, emit: Callable[[bytes], None] | None = None,
            reporter: Reporter | None = None, profile: Profile | None = None) -> tuple[Summary, Profile | None]:
        try:
            from .. import dask as engine
        except ImportError as error:
            raise ConfigError(NEEDS_EXTRA.format(error=error)) from None
        names = list(arguments())
        _check(names, plan)
        reporter = reporter or Reporter()
        summary = Summary()
        with _client(scheduler, plan.jobs) as client:
            if not quiet:
                click.echo(f"article-clean: Dask dashboard: {client.dashboard_link}", err=True)
            inputs = dict(options=options, selection=selection, jsonl_field=plan.jsonl_field)
            done: dict[int, Summary] = {}
            try:
                if plan.learn:
                    reporter.phase("learning")
                    learned = client.compute(engine.learn_profile(names, **inputs)).result()
                    summary.learned = learned.line_count
                    profile = learned if profile is None else profile.merged(learned)
                reporter.phase("cleaning")
                bag = engine.clean_files(names, profile=profile, strict_accounting=plan.strict_accounting, **inputs)
                if plan.out_dir:
                    _write_parts(client, engine.to_jsonl(bag, plan.out_dir, compute=False), reporter, done)
                else:
                    _stream(client, bag, plan, emit, reporter, done)
            except KeyboardInterrupt:
                summary.interrupted = True
        engine.merge_summaries((done[index] for index in sorted(done)), into=summary)
        summary.seconds = time.monotonic() - summary.started
        return summary, profile

    return run


def _check(names: list[str], plan: Plan) -> None:
    """Refuse what the dask engine cannot do, and warn about flags it does not apply."""
    from ..dask import filesystem, is_url

    context = click.get_current_context()

    def explicit(name: str) -> bool:
        return context.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)

    if "-" in names:
        raise ConfigError(NO_STDIN)
    if plan.skip_existing:
        raise ConfigError(NO_SKIP)
    if plan.out_dir and explicit("fmt") and plan.format != "jsonl":
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
        if explicit(name):
            warn(NOT_APPLIED.format(flag=flag, why=why))


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
    from ..dask import merge_summaries

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
    import dask
    from dask.delayed import Delayed

    from ..dask import render, summarize_partition

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
