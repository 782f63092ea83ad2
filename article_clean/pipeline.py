"""The ordered registry of stages, and the run that pipes a document through them.

The whole algorithm::

    html -> decode -> normalize -> segment -> front_matter -> layout -> boilerplate
         -> content -> language -> byline -> header -> dateline -> reflow -> structure -> flags

Each stage is a pure function ``Doc -> Doc``. A stage that changes nothing
returns its input unchanged, which is how :func:`explain` knows what acted.
The stages marked ``scrape_only`` read a raw scrape; they are skipped when the
input is article-clean's own output, which the layout stage reads by its marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .doc import Doc
from .errors import ConfigError
from .model import Article
from .options import Options


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Doc], Doc]
    summary: str
    #: Reads a raw scrape: skipped on article-clean's own output (``Doc.layout`` set).
    scrape_only: bool = False


def _stages() -> tuple[Stage, ...]:
    from .stages import (
        boilerplate,
        byline,
        content,
        dateline,
        decode,
        flags,
        front_matter,
        header,
        html,
        language,
        layout,
        normalize,
        reflow,
        segment,
        structure,
    )

    return (
        Stage("html", html.run, "an HTML page: charset, main content, metadata; each dropped block recorded"),
        Stage("decode", decode.run, "bytes to text: BOM, UTF-8, then detection for legacy encodings"),
        Stage("normalize", normalize.run, "newlines, zero-width characters, mojibake and Unicode form"),
        Stage("segment", segment.run, "text to numbered lines with their indentation"),
        Stage("front_matter", front_matter.run, "read article-clean's own Markdown front matter"),
        Stage("layout", layout.run, "read article-clean's own Markdown or text output by its marks"),
        Stage("boilerplate", boilerplate.run, "drop site chrome line by line, recording the rule", True),
        Stage("content", content.run, "keep the article's span of a page dump, drop the chrome around it", True),
        Stage("language", language.run, "the language of a dump, from its function words", True),
        Stage("byline", byline.run, "the byline, its authors and the timestamp it carries", True),
        Stage("header", header.run, "published and updated timestamps, and the title", True),
        Stage("dateline", dateline.run, "cut the dateline from the first paragraph", True),
        Stage("reflow", reflow.run, "unwrap hard-wrapped lines and rejoin split paragraphs", True),
        Stage("structure", structure.run, "crossheads become headings", True),
        Stage("flags", flags.run, "flag truncated quotes and paragraphs, without editing"),
    )


STAGES: tuple[Stage, ...] = _stages()
STAGE_NAMES: tuple[str, ...] = tuple(stage.name for stage in STAGES)
#: Stages that cannot be disabled: without them there is no document (but for article-clean's
#: own output, whose blocks the layout stage reads).
REQUIRED = frozenset({"decode", "normalize", "segment", "reflow"})
_KNOWN = frozenset(STAGE_NAMES)


UNKNOWN_STAGE = "unknown stage {name!r} in disable; stages are {names}"


def validate(options: Options) -> Options:
    """``options`` when every stage it disables exists; else :class:`ConfigError` naming the first unknown one."""
    unknown = frozenset(options.disable) - _KNOWN
    if unknown:
        raise ConfigError(UNKNOWN_STAGE.format(name=sorted(unknown)[0], names=", ".join(STAGE_NAMES)))
    return options


def run(data: bytes | str, source: str = "-", options: Options | None = None) -> Article:
    """Clean one document. Raises :class:`~article_clean.errors.InputError` on bad input."""
    return finish(run_doc(data, source, options)[0])


def run_doc(data: bytes | str, source: str = "-", options: Options | None = None) -> tuple[Doc, list[str]]:
    """Run every enabled stage; return the final state and the names of the stages that acted."""
    options = validate(options) if options else Options()
    doc = Doc(source=source, options=options, data=data if isinstance(data, bytes) else None,
              text=data if isinstance(data, str) else None, url=options.url)
    acted: list[str] = []
    for stage in STAGES:
        if (stage.name in options.disable and stage.name not in REQUIRED) or (stage.scrape_only and doc.layout):
            continue
        after = stage.run(doc)
        if after is not doc:
            acted.append(stage.name)
        doc = after
    return (at_url(doc) if options.url else doc), acted


def at_url(doc: Doc) -> Doc:
    """``doc`` with what the given page address says where the page did not: its address, the date
    in its path, and its host as the site's name."""
    from .html.metadata import domain, url_date

    given = doc.options.url
    return doc.evolve(url=doc.url or given, published=doc.published or url_date(doc.url) or url_date(given),
                      site_name=doc.site_name or domain(given) or None)


def explain(data: bytes | str, source: str = "-", options: Options | None = None) -> list[tuple[str, str]]:
    """The stages that changed something, with their summaries, in order."""
    summaries = {stage.name: stage.summary for stage in STAGES}
    return [(name, summaries[name]) for name in run_doc(data, source, options)[1]]


def with_media(blocks, media) -> tuple:
    """The blocks with the links and images the HTML reader kept for their lines."""
    from dataclasses import replace

    by_line = {line: (links, images) for line, links, images in media}
    out = []
    for block in blocks:
        lines = sorted({span.line for span in block.spans} or ({block.line} if block.line else set()))
        links = tuple(link for line in lines for link in by_line.get(line, ((), ()))[0] if link.text in block.text)
        images = tuple(image for line in lines for image in by_line.get(line, ((), ()))[1])
        out.append(replace(block, links=links, images=images) if links or images else block)
    return tuple(out)


def finish(doc: Doc) -> Article:
    """The public article from the final working state."""
    flags = doc.flags if doc.recorded_flags is None else doc.recorded_flags
    return Article(
        source=doc.source,
        title=doc.title,
        published=doc.published,
        updated=doc.updated,
        dateline=doc.dateline,
        byline=doc.byline,
        body=with_media(doc.blocks, doc.media) if doc.media else doc.blocks,
        flags=flags,
        removed=tuple(sorted(doc.removed, key=lambda r: (r.line is None, r.line or 0))),
        language=doc.language,
        site_name=doc.site_name,
        url=doc.url,
        encoding=doc.encoding,
        input_lines=doc.page_lines or doc.input_lines,
    )
