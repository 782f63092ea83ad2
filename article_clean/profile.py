"""Learn the lines a site repeats across its documents, and keep them as a profile.

Two passes over a batch::

    pass 1: each document -> the set of its lines -> counted per site
    pass 2: lines in most documents of their site -> Options.profile_lines
            -> removed by the boilerplate stage with rule ``repeated-line``

A site is the host of the document's URL when the input gives one (a JSON
Lines record's ``url``), and otherwise the folder the file is in. A line is
learned when it stands in at least :data:`MIN_DOCUMENTS` distinct documents and
in at least :data:`MIN_SHARE` of its site's documents: menus, footers and
standard sign-offs pass; a real sentence that merely recurs twice does not.

Counting is Manku and Motwani's lossy counting, one document per step, so
memory stays bounded however many documents a run reads: a line seen in fewer
than one document in :data:`BUCKET` is forgotten, and counts are lower bounds,
so nothing is learned that was not seen.
"""

from __future__ import annotations

import json
import math
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterable

from .doc import Doc
from .errors import ConfigError
from .options import Options

#: A line must stand in at least this many distinct documents of its site.
MIN_DOCUMENTS = 3
#: ... and in at least this share of them.
MIN_SHARE = 0.5
#: Lossy-counting bucket width, in documents: rarer lines are forgotten.
BUCKET = 100
#: Exact duplicate documents are counted once; this many recent ones are remembered.
DUPLICATE_WINDOW = 100_000
#: The site every input belongs to, besides its own.
EVERY_SITE = "*"
VERSION = 1

BAD_PROFILE = "{path}: is not an article-clean profile ({problem}); make one with --save-profile"
_HEADER = """\
# article-clean boilerplate profile.
# Each [[site]] lists lines that stood in most of that site's documents. They are
# removed whole, with rule repeated-line. Review it and delete any line that is
# real text. A site is matched by host (the url of a JSON Lines record) or by
# folder: the end of the path of the folder an input is in; folder = "*"
# matches every input.
"""


def site_key(url: str | None, folder: str) -> str:
    """The site of a document: its URL's host when there is one, else its folder.

    >>> site_key("https://www.bssnews.net/news/1", "crawl"), site_key(None, "bss")
    ('host:www.bssnews.net', 'folder:bss')
    """
    if url:
        from urllib.parse import urlsplit

        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return f"host:{host}"
    return f"folder:{folder}"


def document_lines(data: bytes | str, source: str, options: Options) -> frozenset[str]:
    """The distinct non-blank lines of a document, as the boilerplate stage compares them.

    Runs the stages before ``boilerplate`` only. Raises InputError like the pipeline.

    >>> sorted(document_lines("Latest News\\n\\n  • Most View\\nLatest News\\n", "-", Options()))
    ['Latest News', 'Most View']
    """
    from .pipeline import REQUIRED, STAGE_NAMES, STAGES
    from .text.boilerplate import line_core

    doc = Doc(source=source, options=options, data=data if isinstance(data, bytes) else None,
              text=data if isinstance(data, str) else None)
    for stage in STAGES[:STAGE_NAMES.index("boilerplate")]:
        if stage.name not in options.disable or stage.name in REQUIRED:
            doc = stage.run(doc)
    return frozenset(core for line in doc.lines if line.text and (core := line_core(line.text)))


@dataclass(frozen=True)
class Site:
    """The lines learned for one site, each with the number of documents it stood in."""

    key: str  #: ``host:NAME``, ``folder:PATH`` or ``*``
    documents: int
    lines: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Profile:
    """Learned lines by site. :meth:`lines_for` gives the lines to remove from one input."""

    sites: tuple[Site, ...] = ()

    @cached_property
    def _by_key(self) -> dict[str, frozenset[str]]:
        return {site.key: frozenset(line for line, _ in site.lines) for site in self.sites}

    def lines_for(self, site: str) -> frozenset[str]:
        """The lines to remove from an input of ``site``, with those for every site.

        A folder site matches an input folder that ends with it, so that a
        profile learned on ``scraped/`` (site ``bss``) applies to ``new/bss/``
        and to ``scraped/bss/page.txt`` given alone.

        >>> profile = Profile((Site("folder:bss", 9, (("Most View", 9),)), Site("*", 0, (("Beta", 0),))))
        >>> sorted(profile.lines_for("folder:crawl/bss")), sorted(profile.lines_for("folder:other"))
        (['Beta', 'Most View'], ['Beta'])
        """
        keys = [site, EVERY_SITE]
        kind, _, name = site.partition(":")
        if kind == "folder":
            parts = name.split("/")
            keys += [f"folder:{'/'.join(parts[index:])}" for index in range(1, len(parts))]
        found = [self._by_key[key] for key in keys if key in self._by_key]
        return frozenset().union(*found)

    def options_for(self, options: Options, site: str) -> Options:
        """``options`` with this profile's lines for ``site`` added to ``profile_lines``."""
        lines = self.lines_for(site)
        return replace(options, profile_lines=options.profile_lines | lines) if lines else options

    def merged(self, other: Profile) -> Profile:
        """Both profiles' lines; a site in both keeps the lines of each."""
        sites = {site.key: site for site in self.sites}
        for site in other.sites:
            mine = sites.get(site.key)
            if mine is None:
                sites[site.key] = site
            else:
                known = {line for line, _ in mine.lines}
                extra = tuple(pair for pair in site.lines if pair[0] not in known)
                sites[site.key] = Site(site.key, max(mine.documents, site.documents), mine.lines + extra)
        return Profile(tuple(sites.values()))

    @property
    def line_count(self) -> int:
        return sum(len(site.lines) for site in self.sites)

    def dumps(self) -> str:
        """The profile as TOML, one line per learned line with its document count."""
        out = [_HEADER, f"version = {VERSION}", f"min_documents = {MIN_DOCUMENTS}", f"min_share = {MIN_SHARE}"]
        for site in self.sites:
            kind, _, name = site.key.partition(":")
            out += ["", "[[site]]", f"folder = {_toml(EVERY_SITE)}" if site.key == EVERY_SITE else f"{kind} = {_toml(name)}",
                    f"documents = {site.documents}", "lines = ["]
            out += [f"    {_toml(line)}," + (f"  # {count} documents" if count else "") for line, count in site.lines]
            out.append("]")
        return "\n".join(out) + "\n"


def _toml(text: str) -> str:
    """A TOML basic string: JSON's escapes are all valid TOML, DEL aside.

    >>> _toml('Say "hi"\\x7f')
    '"Say \\\\"hi\\\\"\\\\u007f"'
    """
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def loads(text: str, path: str = "profile") -> Profile:
    """Read a profile written by :meth:`Profile.dumps` (or by hand). Raises ConfigError."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(BAD_PROFILE.format(path=path, problem=error)) from None
    sites = []
    for index, entry in enumerate(data.get("site", []), start=1):
        if not isinstance(entry, dict):
            raise ConfigError(BAD_PROFILE.format(path=path, problem=f"site {index} is not a table"))
        lines = entry.get("lines", [])
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise ConfigError(BAD_PROFILE.format(path=path, problem=f"site {index}: lines must be a list of strings"))
        if entry.get("folder") == EVERY_SITE or entry.get("host") == EVERY_SITE:
            key = EVERY_SITE
        elif isinstance(entry.get("host"), str):
            key = f"host:{entry['host']}"
        elif isinstance(entry.get("folder"), str):
            key = f"folder:{entry['folder']}"
        else:
            raise ConfigError(BAD_PROFILE.format(path=path, problem=f"site {index} has no host or folder"))
        sites.append(Site(key, int(entry.get("documents", 0)), tuple((line, 0) for line in lines if line.strip())))
    if not sites and "version" not in data:
        raise ConfigError(BAD_PROFILE.format(path=path, problem="no version and no [[site]]"))
    return Profile(tuple(sites))


def load(path: str | Path) -> Profile:
    """Read a profile file. Raises ConfigError when it is missing or malformed."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(BAD_PROFILE.format(path=path, problem=getattr(error, "strerror", None) or error)) from None
    return loads(text, str(path))


@dataclass
class Learner:
    """Pass 1: count, per site, the documents each line stands in (lossy counting)."""

    min_documents: int = MIN_DOCUMENTS
    min_share: float = MIN_SHARE
    bucket: int = BUCKET
    documents: Counter[str] = field(default_factory=Counter)
    #: site -> line -> count + (bucket when counting started << 32)
    _counts: dict[str, dict[str, int]] = field(default_factory=dict)
    _steps: int = 0
    _recent: deque[int] = field(default_factory=lambda: deque(maxlen=DUPLICATE_WINDOW))
    _recent_set: set[int] = field(default_factory=set)

    def add(self, site: str, lines: frozenset[str]) -> bool:
        """Count one document's lines; False for an exact duplicate of a recent document."""
        digest = hash((site, lines))
        if digest in self._recent_set:
            return False
        if len(self._recent) == self._recent.maxlen:
            self._recent_set.discard(self._recent[0])
        self._recent.append(digest)
        self._recent_set.add(digest)
        self.documents[site] += 1
        self._steps += 1
        current = -(-self._steps // self.bucket)
        start = (current - 1) << 32
        counts = self._counts.setdefault(site, {})
        get = counts.get
        for line in lines:
            value = get(line)
            counts[line] = start + 1 if value is None else value + 1
        if self._steps % self.bucket == 0:
            self._prune(current)
        return True

    @property
    def tracked(self) -> int:
        """How many lines are being counted now: what pass 1 holds in memory."""
        return sum(map(len, self._counts.values()))

    def _prune(self, current: int) -> None:
        """Forget lines whose count, plus what they may have missed, is no more than the bucket."""
        for site, counts in list(self._counts.items()):
            keep = {line: value for line, value in counts.items() if (value & 0xFFFFFFFF) + (value >> 32) > current}
            if keep:
                self._counts[site] = keep
            else:
                del self._counts[site]

    def profile(self, options: Options | None = None) -> Profile:
        """The learned lines, leaving out those that other boilerplate rules already take."""
        from .text.boilerplate import line_rule

        sites = []
        for site in sorted(self._counts):
            documents = self.documents[site]
            need = max(self.min_documents, math.ceil(self.min_share * documents))
            learned = sorted(((line, value & 0xFFFFFFFF) for line, value in self._counts[site].items()
                              if value & 0xFFFFFFFF >= need and line_rule(line, options) is None),
                             key=lambda pair: (-pair[1], pair[0]))
            if learned:
                sites.append(Site(site, documents, tuple(learned)))
        return Profile(tuple(sites))


def learn(documents: Iterable[tuple[str, frozenset[str]]], options: Options | None = None) -> Profile:
    """A profile from ``(site, lines)`` pairs, one per document.

    >>> chrome = frozenset({"Home | World | Sport", "Latest News"})
    >>> docs = [("folder:a", chrome | {f"Story {i} said something."}) for i in range(4)]
    >>> docs.append(("folder:a", frozenset({"Story 0 said something."})))
    >>> learn(docs).sites  # "Latest News" is left to its own rule; "Story 0" is in two documents only
    (Site(key='folder:a', documents=5, lines=(('Home | World | Sport', 4),)),)
    """
    learner = Learner()
    for site, lines in documents:
        learner.add(site, lines)
    return learner.profile(options)
