"""The document model: plain immutable records, no I/O.

``Article.to_dict()`` is the JSON contract, schema ``article-clean/1``; the
JSON Schema for it ships in ``article_clean/schema/article.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

SCHEMA = "article-clean/1"

BLOCK_TYPES = ("paragraph", "heading", "quote", "list_item")


class Line(NamedTuple):
    """One input line, with its position. ``text`` has its indentation stripped.

    A named tuple rather than a frozen dataclass: documents make thousands of
    these, and a tuple is built several times faster.
    """

    number: int  #: 1-based line number in the input
    text: str  #: content without leading and trailing white space
    indent: int = 0  #: width of the leading white space
    col: int = 1  #: 1-based column of ``text[0]`` in the input line


class Span(NamedTuple):
    """Where a stretch of a block's text came from: text offset to input line and column."""

    offset: int
    line: int
    col: int


class Link(NamedTuple):
    """A link of a block from HTML (``--links``): its text in the block, and where it points."""

    text: str
    url: str


class Image(NamedTuple):
    """An image of the article from HTML (``--images``), written before the block it precedes."""

    src: str
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A body block: a paragraph, a heading (crosshead), a quote or a list item."""

    type: str
    text: str
    line: int | None
    spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)
    path: str | None = None  #: for HTML input: where the block came from
    #: With ``Options.links``: the links in ``text``, in order. Serialized only when there are some.
    links: tuple[Link, ...] = field(default=(), compare=False)
    #: With ``Options.images``: the images that stand before this block. Serialized only when there are some.
    images: tuple[Image, ...] = field(default=(), compare=False)

    def position(self, offset: int) -> tuple[int | None, int | None]:
        """The input (line, column) of ``text[offset]``."""
        best = None
        for span in self.spans:
            if span.offset <= offset:
                best = span
            else:
                break
        if best is None:
            return self.line, None
        return best.line, best.col + (offset - best.offset)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "text": self.text, "line": self.line}
        if self.links:
            out["links"] = [{"text": link.text, "url": link.url} for link in self.links]
        if self.images:
            out["images"] = [{"src": image.src, "alt": image.alt} for image in self.images]
        return out


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str  #: as it stood, e.g. ``MOSCOW, Oct 15, 2021 (BSS/AFP) -``
    location: str | None
    date: str | None  #: ISO date, or ``--MM-DD`` when the year is unknown
    agencies: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "location": self.location, "date": self.date, "agencies": list(self.agencies)}

    @classmethod
    def from_dict(cls, value: Any) -> Dateline | None:
        """The dateline a JSON object describes (front matter, JSON output); None for anything else."""
        if not isinstance(value, dict):
            return None
        return cls(str(value.get("text") or ""), value.get("location"), value.get("date"), tuple(value.get("agencies") or ()))


@dataclass(frozen=True, slots=True)
class Byline:
    text: str
    authors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "authors": list(self.authors)}

    @classmethod
    def from_dict(cls, value: Any) -> Byline | None:
        """The byline a JSON object describes; None for anything else."""
        return cls(str(value.get("text") or ""), tuple(value.get("authors") or ())) if isinstance(value, dict) else None


@dataclass(frozen=True, slots=True)
class Finding:
    """A flag: a stable rule code, its name, a message, where in the input, and how sure the rule is (0 to 1)."""

    code: str
    name: str
    message: str
    line: int | None = None
    column: int | None = None
    confidence: float = 1.0  #: not in the article's JSON; ``check`` reports it and filters on it

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "message": self.message, "line": self.line, "column": self.column}

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> Finding:
        """The finding a JSON object describes."""
        return cls(str(item.get("code", "")), str(item.get("name", "")), str(item.get("message", "")),
                   item.get("line"), item.get("column"))


@dataclass(frozen=True, slots=True)
class Removal:
    """Text taken out of the body, and the rule that took it.

    Metadata is recorded here too (rules ``title``, ``published``, ``updated``,
    ``dateline``, ``byline``, ``front-matter``), so every input line is accounted for.
    Every rule is listed, with what it means, in :mod:`article_clean.reasons`.
    """

    line: int | None
    text: str
    rule: str
    path: str | None = None  #: for HTML input: where the removed element stood

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "text": self.text, "rule": self.rule}
        if self.path is not None:
            out["path"] = self.path
        return out


@dataclass(frozen=True)
class Article:
    """A cleaned article. ``to_dict()`` gives the JSON contract."""

    source: str = "-"
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: Dateline | None = None
    byline: Byline | None = None
    body: tuple[Block, ...] = ()
    flags: tuple[Finding, ...] = ()
    removed: tuple[Removal, ...] = ()
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    encoding: str | None = None
    #: The normalized input lines, for :meth:`accounting`. Not serialized.
    input_lines: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def text(self) -> str:
        """The body blocks joined by blank lines, without the dateline."""
        return "\n\n".join(block.text for block in self.body)

    def accounting(self) -> list[int]:
        """Input line numbers whose words are found nowhere in the output.

        An empty list means nothing was lost. See :mod:`article_clean.accounting`.
        """
        from .accounting import unaccounted

        return unaccounted(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "updated": self.updated,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "byline": self.byline.to_dict() if self.byline else None,
            "language": self.language,
            "site_name": self.site_name,
            "url": self.url,
            "encoding": self.encoding,
            "body": [block.to_dict() for block in self.body],
            "text": self.text,
            "flags": [flag.to_dict() for flag in self.flags],
            "removed": [removal.to_dict() for removal in self.removed],
        }
