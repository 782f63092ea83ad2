"""Which rules run: ``select``, ``extend-select``, ``ignore`` and ``per-file-ignores``.

An entry is a code (``AC201``), a prefix (``AC2``), a rule name
(``truncated-quote``) or ``ALL``. ``select`` replaces the default set (the rules
that are on by default); ``extend-select`` adds to it; ``ignore`` takes away;
a per-file ignore takes away for the files its glob matches. A prefix or
``ALL`` takes in the rules that are off by default too. ``min-confidence``
keeps only the findings at least that sure (each finding says how sure it is).
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..rules import BY_NAME, RULES

ALL_CODES = tuple(rule.code for rule in RULES)
DEFAULT_CODES = frozenset(rule.code for rule in RULES if rule.default)
UNKNOWN = "unknown rule {entry!r}; give codes like AC201, prefixes like AC2, names like truncated-quote, or ALL (see 'article-clean rules')"
BAD_PER_FILE = "{entry!r} is not 'GLOB: CODES'; write one pattern and its codes a line, e.g. 'legacy/*.txt: AC303, AC402'"


class SelectionError(ValueError):
    """A selection entry that names no rule; the message says what is allowed."""


def expand(entry: str) -> frozenset[str]:
    """The codes an entry names.

    >>> sorted(expand("AC30"))[:3]
    ['AC301', 'AC302', 'AC303']
    >>> expand("truncated-quote")
    frozenset({'AC201'})
    """
    key = entry.strip()
    if key.upper() == "ALL":
        return frozenset(ALL_CODES)
    if key.lower() in BY_NAME:
        return frozenset({BY_NAME[key.lower()].code})
    found = frozenset(code for code in ALL_CODES if code.startswith(key.upper())) if key[:2].upper() == "AC" else frozenset()
    if not found:
        raise SelectionError(UNKNOWN.format(entry=entry))
    return found


def expand_all(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(expand(entry) for entry in entries)) if entries else frozenset()


def parse_per_file(entries: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``GLOB: CODE, CODE`` entries as (glob, codes) pairs, checked.

    >>> parse_per_file(("legacy/*.txt: AC303, AC402",))
    (('legacy/*.txt', ('AC303', 'AC402')),)
    """
    pairs = []
    for entry in entries:
        pattern, colon, codes = entry.rpartition(":")
        parts = tuple(part.strip() for part in codes.replace(" ", ",").split(",") if part.strip())
        if not colon or not pattern.strip() or not parts:
            raise SelectionError(BAD_PER_FILE.format(entry=entry))
        expand_all(parts)
        pairs.append((pattern.strip(), parts))
    return tuple(pairs)


@dataclass(frozen=True)
class RuleSelection:
    """The rules to run, and where ``per_file_ignores`` globs are rooted."""

    select: tuple[str, ...] | None = None  #: None: the rules that are on by default
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: Path | None = None  #: the folder of the config file
    min_confidence: float = 0.0  #: findings less sure than this are dropped (0: keep all)

    def __post_init__(self) -> None:
        self.codes  # noqa: B018 - fail early on an unknown entry

    @cached_property
    def codes(self) -> frozenset[str]:
        """The codes that run on every file."""
        chosen = DEFAULT_CODES if self.select is None else expand_all(self.select)
        return (chosen | expand_all(self.extend_select)) - expand_all(self.ignore)

    def codes_for(self, path: str) -> frozenset[str]:
        """The codes that run on ``path``, after its per-file ignores."""
        codes = self.codes
        if not self.per_file_ignores or path == "-":
            return codes
        names = {os.path.normpath(path)}
        if self.root is not None:
            try:
                names.add(os.path.relpath(os.path.abspath(path), self.root))
            except ValueError:
                pass
        for pattern, entries in self.per_file_ignores:
            if any(fnmatch.fnmatch(name, pattern) for name in names):
                codes -= expand_all(entries)
        return codes
