"""The working state of one document as it passes through the stages."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, Byline, Dateline, Finding, Line, Removal
from .options import Options


@dataclass(frozen=True)
class Doc:
    """The working state of one document between stages."""

    source: str
    options: Options
    data: bytes | None = None
    text: str | None = None
    encoding: str | None = None
    replaced: int = 0  #: bytes decoded with replacement
    input_lines: tuple[str, ...] = ()
    #: For HTML input: the page's visible text, one block per line, which accounting checks.
    page_lines: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: Dateline | None = None
    byline: Byline | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    blocks: tuple[Block, ...] = ()
    flags: tuple[Finding, ...] = ()
    removed: tuple[Removal, ...] = ()
    #: Flags recorded in article-clean front matter: the input was cleaned before.
    recorded_flags: tuple[Finding, ...] | None = None
    #: ``"md"`` or ``"text"`` when the input is article-clean's own output in that writer's
    #: layout: its parts are read by their marks, and the stages that read a scrape are skipped.
    layout: str | None = None
    #: From HTML with ``Options.links`` or ``images``: ``(page line, links, images)`` of kept blocks.
    media: tuple[tuple[int, tuple, tuple], ...] = ()

    def evolve(self, **changes: object) -> Doc:
        """A copy with ``changes``: :func:`dataclasses.replace` without re-running ``__init__``."""
        new = object.__new__(Doc)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new
