"""Pass 1 of ``--learn-boilerplate``: count each site's lines over the whole batch, and learn the repeated ones."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from ..errors import ConfigError
from ..profile import Learner, Profile
from ..sources import Source
from .inputs import Unit, Units
from .summary import Reporter, Summary
from .worker import State

STDIN_TWICE = "--learn-boilerplate reads its inputs twice; it cannot read a document from standard input"


def learn(sources: Callable[[], Iterable[Source]], state: State, drive: Callable, reporter: Reporter) -> tuple[Profile, bool]:
    """Count each site's lines, and learn those in most of its documents; True too when interrupted.

    ``drive(task, units, state, fail, handle)`` runs the pass, in this process or in a pool."""
    learner = Learner()
    seen = Summary()

    def handle(chunk: list[Unit], result) -> None:
        for found in result:
            if found is not None:
                learner.add(*found)
        seen.read += len(result)
        reporter.advanced(seen)

    units = Units(state.plan, state.options.max_bytes)(once(sources()), seen)
    interrupted = drive("learn", units, state, lambda unit, problem: None, handle)
    return learner.profile(state.options), interrupted


def once(sources: Iterable[Source]) -> Iterator[Source]:
    """Sources for a first pass: standard input cannot be read twice."""
    for source in sources:
        if source.path == "-":
            raise ConfigError(STDIN_TWICE)
        yield source
