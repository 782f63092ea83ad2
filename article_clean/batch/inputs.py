"""Sources to units of work: what each input is, where its output goes, and which inputs are up to date.

A :class:`Unit` is one file, or one record of a JSON Lines file. :class:`Units`
numbers them in input order, refuses an output tree inside the input tree, and
skips (with ``skip_existing``) inputs whose output is newer than them.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator, NamedTuple

from ..errors import ConfigError, InputError
from ..sources import Source, iter_jsonl
from .plan import Plan
from .summary import Summary

OUTPUT_TAKEN = "its output {out} is also the output of an earlier input; clean the two apart"
OUTPUT_IS_INPUT = "its output would replace the input itself; choose another --out-dir"
INSIDE_INPUT = ("--out-dir {out} is inside the input folder {folder}; choose a folder outside it, "
                "or pass --allow-inside-input")
NEXT_TO_INPUT = ("--out-dir {out} would put {path}'s output beside it in the input folder; "
                 "choose another folder, or pass --allow-inside-input")


class Unit(NamedTuple):
    """One input to clean: a file, or one record of a JSON Lines file."""

    seq: int
    source: str  #: the name in messages and in the article: the path, or ``path:line``
    path: str
    folder: str  #: the folder, relative to its root folder: a site when no URL says otherwise
    out: str | None = None  #: the output file, with ``out_dir``
    record: bytes | None = None  #: the raw JSON line of a record
    last: bool = True  #: no more records of this file follow
    problem: str | None = None  #: a problem found before cleaning (missing, too large)
    broken: bool = False  #: the JSON Lines file could not be read to its end: drop its output file


def below(path: str, root: str) -> str:
    """``path`` relative to ``root``; the walk joins them, so most often a slice does.

    >>> below("scraped/bss/a.txt", "scraped/"), below("a/../b.txt", "a")
    ('bss/a.txt', '../b.txt')
    """
    prefix = root if root.endswith(os.sep) else root + os.sep
    if path.startswith(prefix):
        rest = path[len(prefix):]
        if os.path.normpath(rest) == rest and not rest.startswith(os.pardir):
            return rest
    return os.path.relpath(path, root)


def output_path(source: Source, out_dir: str, extension: str) -> str:
    """Where an input's output goes: its path below its root folder (or below the
    current folder), under ``out_dir``, with the format's extension.

    >>> output_path(Source("scraped/bss/a.txt", root="scraped"), "clean", ".json")
    'clean/bss/a.json'
    >>> output_path(Source("/data/x/b.html.gz"), "clean", ".md")
    'clean/data/x/b.md'
    """
    if source.path == "-":
        relative = "stdin"
    elif source.root is not None:
        relative = below(source.path, source.root)
    else:
        relative = os.path.relpath(source.path)
        if relative.startswith(os.pardir):
            relative = os.path.abspath(source.path).lstrip(os.sep)
    relative = relative.removesuffix(".gz")
    stem, suffix = os.path.splitext(relative)
    return os.path.join(out_dir, (stem if suffix else relative) + extension)


def folder_of(source: Source) -> str:
    """The folder of an input, below its root folder, as profiles name sites.

    A file directly in the root is in the root's own name; a file given by
    itself, in its path from the current folder.

    >>> folder_of(Source("scraped/bss/2023/a.txt", root="scraped")), folder_of(Source("scraped/bss/a.txt", root="scraped/bss"))
    ('bss/2023', 'bss')
    """
    if source.root is not None:
        folder = os.path.dirname(below(source.path, source.root))
        return folder or os.path.basename(os.path.abspath(source.root)) or "."
    folder = os.path.dirname(os.path.relpath(source.path))
    if folder.startswith(os.pardir):
        return os.path.dirname(os.path.abspath(source.path))
    return folder or os.path.basename(os.getcwd()) or "."


def inside(path: str, folder: str) -> bool:
    """True when ``path`` is ``folder`` or below it, symlinks resolved."""
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _same_folder(a: str, b: str) -> bool:
    """True when two paths are in the same folder, symlinks resolved."""
    return os.path.realpath(os.path.dirname(a) or ".") == os.path.realpath(os.path.dirname(b) or ".")


class Units:
    """Sources to units: checks the output tree, skips what is up to date, reads records."""

    def __init__(self, plan: Plan, max_bytes: int):
        self.plan = plan
        self.max_bytes = max_bytes
        self.extension = plan.writer.extension
        self.roots: set[str] = set()
        self.outputs: set[int] = set()
        self.folders: dict[tuple[str, str | None], str] = {}  #: folder_of, by the input's folder and root
        self.seq = 0

    def __call__(self, sources: Iterable[Source], summary: Summary) -> Iterator[Unit]:
        """The units of ``sources``, numbered in input order; those skipped are counted in ``summary``."""
        for source in sources:
            if source.error:
                yield self._unit(source.path, source.path, ".", problem=source.error)
                continue
            out = self._out(source) if self.plan.out_dir else None
            if out and self._up_to_date(source.path, out):
                summary.skipped += 1
                continue
            if isinstance(out, InputError):
                yield self._unit(source.path, source.path, ".", problem=out.problem)
            elif self.plan.jsonl_field:
                yield from self.records(source, out)
            else:
                yield self._unit(source.path, source.path, self._folder(source), out)

    def _folder(self, source: Source) -> str:
        """:func:`folder_of`, worked out once for all the files of a folder."""
        key = (os.path.dirname(source.path), source.root)
        found = self.folders.get(key)
        if found is None:
            if len(self.folders) > 10_000:
                self.folders.clear()
            found = self.folders[key] = folder_of(source)
        return found

    def _unit(self, source: str, path: str, folder: str, out: str | None = None, **more) -> Unit:
        """The next unit in input order."""
        self.seq += 1
        return Unit(self.seq, source, path, folder, out, **more)

    def records(self, source: Source, out: str | None) -> Iterator[Unit]:
        """The records of a JSON Lines input, one unit each; the last one says so."""
        folder = self._folder(source)
        previous = None
        try:
            for number, line in iter_jsonl(source.path, self.max_bytes):
                if previous is not None:
                    yield previous
                if isinstance(line, InputError):
                    previous = self._unit(line.source, source.path, folder, out, last=False, problem=line.problem)
                else:
                    previous = self._unit(f"{source.path}:{number}", source.path, folder, out, record=line, last=False)
        except InputError as error:
            if previous is not None:
                yield previous
            yield self._unit(error.source, source.path, folder, out, problem=error.problem, broken=True)
            return
        if previous is not None:
            yield previous._replace(last=True)

    def _out(self, source: Source) -> str | InputError:
        """The output path of ``source``, or why it has none; refuses to write into the input tree."""
        plan = self.plan
        out = output_path(source, plan.out_dir, self.extension)
        if not plan.allow_inside_input:
            if source.root is not None and source.root not in self.roots:
                self.roots.add(source.root)
                if inside(plan.out_dir, source.root):
                    raise ConfigError(INSIDE_INPUT.format(out=plan.out_dir, folder=source.root))
            if source.root is None and source.path != "-" and _same_folder(out, source.path):
                raise ConfigError(NEXT_TO_INPUT.format(out=plan.out_dir, path=source.path))
        elif source.path != "-" and os.path.realpath(out) == os.path.realpath(source.path):
            return InputError(source.path, OUTPUT_IS_INPUT)
        key = hash(os.path.normpath(out))
        if key in self.outputs:
            return InputError(source.path, OUTPUT_TAKEN.format(out=out))
        self.outputs.add(key)
        return out

    def _up_to_date(self, path: str, out: str | InputError) -> bool:
        """With ``skip_existing``: True when the output is at least as new as its input."""
        if not self.plan.skip_existing or isinstance(out, InputError) or path == "-":
            return False
        try:
            return os.stat(out).st_mtime_ns >= os.stat(path).st_mtime_ns
        except OSError:
            return False
