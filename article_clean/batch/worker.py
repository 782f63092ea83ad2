"""The work on a chunk of units, in a worker process or in this one: read, clean, render, write.

Nothing here raises for one bad input: each unit gives its output or its
problem, so that one file never ends a run of thousands.
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Callable, Iterator

from ..errors import InputError
from ..model import Article
from ..options import Options
from ..profile import Profile, document_lines, site_key
from .inputs import Unit
from .outputs import write_whole
from .plan import Plan
from .summary import Stats

TIMED_OUT = "took longer than {seconds:g} s to clean and was stopped; raise --timeout to give it longer"
NOT_A_RECORD = "line is not a JSON object; every line of a JSON Lines input must be one"
NO_FIELD = "record has no string field {field!r}; choose the field with --jsonl-field"
UNACCOUNTED = "{count} input lines are not accounted for (first: line {first})"
NOT_WRITTEN = "its output {out} could not be written ({reason}); no partial file was left"
BUG = "could not be cleaned ({error}); this is a bug in article-clean, please report it with the input"

#: One cleaned chunk: per unit done, (rendered text or None, problem or None); then the counts.
ChunkResult = tuple[list[tuple[str | None, str | None]], Stats]


class Timeout(BaseException):
    """Raised by SIGALRM in the middle of an input that took too long."""


class Terminated(SystemExit):
    """Raised by SIGTERM in a worker, so that a half-written output is removed before it exits."""


def raising(exception: type[BaseException]) -> Callable[..., None]:
    """A signal handler that raises ``exception``."""
    def handler(signum, frame):
        raise exception()
    return handler


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Timeout` inside the block after ``seconds`` (0: no limit)."""
    if not seconds:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
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


@dataclass(frozen=True)
class RecordArticle(Article):
    """An article cleaned from a JSON Lines record: the record's other fields come first in its JSON."""

    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        return {**self.extra, **super().to_dict()}


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
    from ..pipeline import run
    from ..reader import read_bytes

    if unit.record is None:
        data = read_bytes(unit.path, state.options.max_bytes)
        return run(data, unit.source, state.options_for(f"folder:{unit.folder}")), len(data)
    text, extra, url = _record(unit, state.plan.jsonl_field)
    article = run(text, unit.source, state.options_for(site_key(url, unit.folder)))
    values = {f.name: getattr(article, f.name) for f in fields(Article)}
    values["url"] = article.url or url
    return RecordArticle(**values, extra=extra), len(unit.record)


def clean_chunk(units: list[Unit], state: State, begin: Callable[[Unit], bool]) -> ChunkResult:
    """Clean a chunk; ``begin(unit)`` is asked before each unit, and False stops the chunk there."""
    plan = state.plan
    out: list[tuple[str | None, str | None]] = []
    cleaned = flagged = size = 0
    flags: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for unit in units:
        if not begin(unit):
            break
        if unit.problem:
            out.append((None, unit.problem))
            continue
        try:
            with deadline(plan.timeout):
                article, length = clean_unit(unit, state)
                if plan.strict_accounting and (gaps := article.accounting()):
                    raise InputError(unit.source, UNACCOUNTED.format(count=len(gaps), first=gaps[0]))
                text = plan.writer.render(article)
                if unit.out and unit.record is None:
                    write_whole(unit.out, text + "\n", plan.fsync)
                    text = None
        except InputError as error:
            out.append((None, error.problem))
            continue
        except Timeout:
            out.append((None, TIMED_OUT.format(seconds=plan.timeout)))
            continue
        except OSError as error:  # its output file: a full disk, a folder that cannot be made
            out.append((None, NOT_WRITTEN.format(out=unit.out, reason=error.strerror or error) if unit.out
                        else BUG.format(error=f"{type(error).__name__}: {error}")))
            continue
        except Exception as error:  # one input must not end a run of thousands
            out.append((None, BUG.format(error=f"{type(error).__name__}: {error}")))
            continue
        out.append((text, None))
        cleaned += 1
        size += length
        if article.flags:
            flagged += 1
            flags.update(flag.code for flag in article.flags)
        removed.update(removal.rule for removal in article.removed)
    return out, Stats(cleaned, flagged, size, flags, removed)


def learn_chunk(units: list[Unit], state: State, begin: Callable[[Unit], bool]) -> list[tuple[str, frozenset[str]] | None]:
    """Pass 1 on a chunk: each unit's site and distinct lines, or None when it cannot be read.

    Its failures are left for pass 2 to report."""
    from ..reader import read_bytes

    out: list[tuple[str, frozenset[str]] | None] = []
    for unit in units:
        if not begin(unit):
            break
        try:
            with deadline(state.plan.timeout):
                if unit.problem:
                    raise InputError(unit.source, unit.problem)
                if unit.record is None:
                    site, data = f"folder:{unit.folder}", read_bytes(unit.path, state.options.max_bytes)
                else:
                    data, _, url = _record(unit, state.plan.jsonl_field)
                    site = site_key(url, unit.folder)
                out.append((site, document_lines(data, unit.source, state.options)))
        except (Exception, Timeout):
            out.append(None)
    return out
