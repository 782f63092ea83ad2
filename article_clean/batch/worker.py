"""The work on a chunk of units, in a worker process or in this one: read, clean, render, write.

Nothing here raises for one bad input: each unit gives its output or its
problem, so that one file never ends a run of thousands.
"""

from __future__ import annotations

import json
import signal
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Callable, TypeVar

from ..atomic import atomic_write
from ..errors import InputError
from ..model import Article
from ..options import Options
from ..profile import Profile, document_lines, site_key
from ..reader import read_bytes
from .encode import encoder
from .inputs import Unit
from .outcome import NOT_WRITTEN, TIMED_OUT, Counts, Stats, problem_of, require_accounted
from .plan import Plan

NOT_A_RECORD = "line is not a JSON object; every line of a JSON Lines input must be one"
NO_FIELD = "record has no string field {field!r}; choose the field with --jsonl-field"

T = TypeVar("T")
#: One cleaned chunk: per unit done, (its rendered bytes or None, problem or None); then the counts.
ChunkResult = tuple[list[tuple[bytes | None, str | None]], Stats]


class Timeout(BaseException):
    """Raised by SIGALRM in the middle of an input that took too long."""


class Terminated(SystemExit):
    """Raised by SIGTERM in a worker, so that a half-written output is removed before it exits."""


def raising(exception: type[BaseException]) -> Callable[..., None]:
    """A signal handler that raises ``exception``."""
    def handler(signum, frame):
        raise exception()
    return handler


def within(seconds: float, call: Callable[..., T], *args) -> T:
    """``call(*args)``, stopped by :class:`Timeout` after ``seconds`` (0: no limit; SIGALRM must raise it)."""
    if not seconds:
        return call(*args)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return call(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


@dataclass
class State:
    """What a worker needs, set once per process."""

    options: Options
    plan: Plan
    profile: Profile | None = None
    by_site: dict[str, Options] = field(default_factory=dict)

    def options_for(self, site: str) -> Options:
        """The options for one site: its learned lines added, cached."""
        if self.profile is None:
            return self.options
        found = self.by_site.get(site)
        if found is None:
            if len(self.by_site) > 10_000:
                self.by_site.clear()
            found = self.by_site[site] = self.profile.options_for(self.options, site)
        return found

    @cached_property
    def encode(self) -> Callable[[Article], bytes]:
        """The plan's writer, rendering to bytes."""
        return encoder(self.plan.format)


@dataclass(frozen=True)
class RecordArticle(Article):
    """An article cleaned from a JSON Lines record: the record's other fields come first in its JSON."""

    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        """The record's other fields, then the article's."""
        return {**self.extra, **super().to_dict()}


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _record(unit: Unit, name: str) -> tuple[str, dict, str | None]:
    """A record's text to clean, its other fields, and its URL. Raises InputError."""
    try:
        record = json.loads(unit.record)
    except ValueError:
        raise InputError(unit.source, NOT_A_RECORD) from None
    if not isinstance(record, dict):
        raise InputError(unit.source, NOT_A_RECORD)
    text = record.pop(name, None)
    if not isinstance(text, str):
        raise InputError(unit.source, NO_FIELD.format(field=name))
    url = record.get("url")
    return text, record, url if isinstance(url, str) else None


def clean_unit(unit: Unit, state: State) -> tuple[Article, int]:
    """Read and clean one unit; the article and the input's size. Raises InputError."""
    from .. import pipeline  # here, so that a command that cleans nothing starts without the stages

    if unit.record is None:
        data = read_bytes(unit.path, state.options.max_bytes)
        return pipeline.run(data, unit.source, state.options_for(site_key(None, unit.folder))), len(data)
    text, extra, url = _record(unit, state.plan.jsonl_field)
    article = pipeline.run(text, unit.source, state.options_for(site_key(url, unit.folder)))
    values = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    values["url"] = article.url or url
    return RecordArticle(**values, extra=extra), len(unit.record)


def _finish(unit: Unit, state: State) -> tuple[bytes | None, Article, int]:
    """Clean one unit and render it; a file of the output tree is written here, and gives no bytes."""
    plan = state.plan
    article, length = clean_unit(unit, state)
    if plan.strict_accounting:
        require_accounted(article, unit.source)
    data = state.encode(article)
    if unit.out and unit.record is None:
        atomic_write(unit.out, data + b"\n", fsync=plan.fsync)
        return None, article, length
    return data, article, length


def _problem(unit: Unit, error: BaseException, timeout: float) -> str:
    """What to report for a unit whose cleaning raised ``error``: a timeout, its output file, or as both engines do."""
    if isinstance(error, Timeout):
        return TIMED_OUT.format(seconds=timeout)
    if isinstance(error, OSError) and unit.out:  # its output file: a full disk, a folder that cannot be made
        return NOT_WRITTEN.format(out=unit.out, reason=error.strerror or error)
    return problem_of(error)


def clean_chunk(units: list[Unit], state: State, begin: Callable[[Unit], bool]) -> ChunkResult:
    """Clean a chunk; ``begin(unit)`` is asked before each unit, and False stops the chunk there."""
    timeout = state.plan.timeout
    out: list[tuple[bytes | None, str | None]] = []
    counts = Counts()
    for unit in units:
        if not begin(unit):
            break
        if unit.problem:
            out.append((None, unit.problem))
            continue
        try:
            data, article, length = within(timeout, _finish, unit, state)
        except (Exception, Timeout) as error:  # one input must not end a run of thousands
            out.append((None, _problem(unit, error, timeout)))
            continue
        out.append((data, None))
        counts.add_article(article, length)
    return out, counts.stats()


def learn_chunk(units: list[Unit], state: State, begin: Callable[[Unit], bool]) -> list[tuple[str, frozenset[str]] | None]:
    """Pass 1 on a chunk: each unit's site and distinct lines, or None when it cannot be read.

    Its failures are left for pass 2 to report."""
    out: list[tuple[str, frozenset[str]] | None] = []
    for unit in units:
        if not begin(unit):
            break
        try:
            out.append(within(state.plan.timeout, _lines, unit, state))
        except (Exception, Timeout):
            out.append(None)
    return out


def _lines(unit: Unit, state: State) -> tuple[str, frozenset[str]]:
    """A unit's site and its distinct lines. Raises InputError."""
    if unit.problem:
        raise InputError(unit.source, unit.problem)
    if unit.record is None:
        site, data = site_key(None, unit.folder), read_bytes(unit.path, state.options.max_bytes)
    else:
        data, _, url = _record(unit, state.plan.jsonl_field)
        site = site_key(url, unit.folder)
    return site, document_lines(data, unit.source, state.options)
