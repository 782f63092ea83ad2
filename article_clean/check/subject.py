"""What ``check`` looks at: each article in a file, with every position in that file.

A file is read in one of its forms: ``text`` (a raw dump, or clean text),
``md`` (article-clean's Markdown, or any Markdown), ``html``, ``json`` or
``jsonl`` (article-clean's own output). Text, Markdown and HTML go through the
pipeline; JSON is read back into the same working state, :class:`Doc`, so the
rules need not know which form they look at. What only one form can show (a
boilerplate line, a glued dateline, hard wrapping) comes as :class:`Spot` facts.

HTML is read by the pipeline's HTML reader into the page's text, so positions
first point into that text; :func:`html_position` finds the text in the page.
A page's site chrome, layout and character repairs are the reader's business,
so only the rules about the article itself look at HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from ..doc import Doc
from ..model import Article, Block, Byline, Dateline, Finding, Removal, Span
from ..options import Options
from ..pipeline import finish, run_doc
from ..reasons import METADATA_REASONS
from ..rules import BY_CODE
from ..stages import flags as flag_stage
from ..text.decoding import decode_bytes
from ..stages.reflow import MIN_WRAPPED_LINES
from ..writers import WRITERS
from . import jsonin
from .patterns import CONTROL_RE, FORMS_BY_SUFFIX

#: How article-clean's own JSON names its schema.
OWN_SCHEMA = "article-clean/"
#: Codes that judge again what ``clean`` decided about the body: a line kept or dropped as
#: boilerplate (the body of own output is what the page reader and the boilerplate stage
#: kept), and a paragraph the page itself repeats (a refrain, an embedded post quoted twice,
#: a table row), which ``clean`` keeps as the page's text. Not run on own output.
OWN_OUTPUT_SKIPS = frozenset({"AC301", "AC305"})


class Spot(NamedTuple):
    """A place in the checked file, the text found there and a detail (a rule name, a width)."""

    line: int | None
    column: int | None
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Subject:
    """One article as ``check`` sees it. Every line and column is in the checked file."""

    path: str
    form: str
    doc: Doc  #: title, dateline, byline, blocks; block spans point into the checked file
    article: Article  #: what ``--fix`` renders; its blocks parallel ``doc.blocks``
    flags: tuple[Finding, ...]  #: fresh flags, found in this file
    pieces: tuple[Block, ...]  #: stretches of the text as it stands that hold non-ASCII or control characters
    title: Block | None = None  #: the title with its position, when it has one
    boilerplate: tuple[Spot, ...] = ()
    glued: Spot | None = None
    wraps: tuple[Spot, ...] = ()
    page: str | None = None  #: for HTML: the page as decoded, where :func:`html_position` looks
    #: article-clean's own output (JSON with its schema, Markdown or text in its layout): its body
    #: is what ``clean`` kept, so the rules that judge the body again are not run on it.
    own: bool = False


@dataclass(frozen=True)
class Parsed:
    """A checked file: its form, its text as decoded, and its articles."""

    path: str
    form: str
    text: str
    subjects: tuple[Subject, ...]
    many: bool = False  #: a JSON array of articles, written back as one


def form_of(path: str, data: bytes) -> str:
    """The form of a file from its name; standard input is sniffed.

    >>> form_of("scraped/a.md", b""), form_of("b.TXT", b""), form_of("-", b'  {"body": []}')
    ('md', 'text', 'json')
    """
    lowered = path.lower()
    for suffixes, form in FORMS_BY_SUFFIX:
        if lowered.endswith(suffixes):
            return form
    if path == "-":
        head = data[:64].lstrip()
        if head[:1] in (b"{", b"["):
            return "json"
        if head.startswith(b"---"):
            return "md"
    return "text"


def parse(data: bytes, path: str, options: Options) -> Parsed:
    """Read one file into its articles. Raises :class:`~article_clean.errors.InputError`."""
    form = form_of(path, data)
    if form in ("json", "jsonl"):
        return _parse_json(data, path, form, options)
    doc, acted = run_doc(data, path, options)
    raw = decode_bytes(data, path)[0]
    form = "html" if "html" in acted else form
    return Parsed(path, form, raw, (_pipeline_subject(doc, raw, path, form),))


def _pipeline_subject(doc: Doc, raw: str, path: str, form: str) -> Subject:
    article = finish(doc)
    if form == "html":
        return Subject(path, form, doc, article, doc.flags, (), _title(doc), page=raw)
    return Subject(
        path, form, doc, article, doc.flags, _raw_pieces(raw), _title(doc), own=doc.layout is not None,
        boilerplate=tuple(
            Spot(r.line, _column(doc, r.line, r.text), r.text, r.rule)
            for r in doc.removed if r.rule not in METADATA_REASONS and r.line is not None
        ),
        glued=_glued(doc, raw, article, form),
        wraps=_wraps(doc),
    )


def html_position(subject: Subject, line: int | None, column: int | None) -> tuple[int | None, int | None]:
    """Where the page text at (``line``, ``column``) stands in the HTML page: the first place
    the text from there on is found, or (None, None)."""
    lines = subject.doc.input_lines
    if subject.page is None or line is None or not 0 < line <= len(lines):
        return None, None
    text = lines[line - 1][(column or 1) - 1:]
    for size in (60, 30, 12):
        snippet = text[:size].strip()
        at = subject.page.find(snippet) if len(snippet) >= 6 else -1
        if at >= 0:
            return jsonin.Lines(subject.page).position(at)
    return None, None


def _raw_pieces(raw: str) -> tuple[Block, ...]:
    """The input lines that may hold mojibake or control characters, each with its position."""
    return tuple(
        Block("line", text, number, (Span(0, number, 1),))
        for number, text in enumerate(raw.split("\n"), start=1)
        if not text.isascii() or CONTROL_RE.search(text)
    )


def _column(doc: Doc, line: int | None, text: str) -> int | None:
    """Column of ``text`` in input line ``line``, or of the line's first character."""
    if line is None or not 0 < line <= len(doc.input_lines):
        return None
    raw = doc.input_lines[line - 1]
    found = raw.find(text[:20])
    return found + 1 if found >= 0 else len(raw) - len(raw.lstrip()) + 1


def _title(doc: Doc) -> Block | None:
    """The title, positioned at the first line it was taken from."""
    taken = next((r for r in doc.removed if r.rule == "title" and r.line), None)
    if not doc.title or taken is None:
        return None
    column = _column(doc, taken.line, doc.title) or 1
    return Block("title", doc.title, taken.line, (Span(0, taken.line, column),))


def _glued(doc: Doc, raw: str, article: Article, form: str) -> Spot | None:
    """The dateline, when it stood in the text other than in a clean form of it.

    Markdown marks a clean dateline in bold; clean text is exactly what the text
    writer makes of the article. In both, a dateline on a line of its own, as
    ``--fix`` leaves it, is not glued.
    """
    cut = next((r for r in doc.removed if r.rule == "dateline"), None)
    if cut is None or _alone(doc, cut.line, cut.text):
        return None
    if form == "md" and cut.text.startswith("**"):
        return None
    if form == "text" and WRITERS["text"].render(article) == raw.replace("\r\n", "\n").strip("\n"):
        return None
    return Spot(cut.line, _column(doc, cut.line, cut.text), cut.text)


def _alone(doc: Doc, line: int | None, text: str) -> bool:
    """Whether input line ``line`` holds ``text`` and nothing else."""
    return line is not None and 0 < line <= len(doc.input_lines) and doc.input_lines[line - 1].strip() == text.strip()


def _wraps(doc: Doc) -> tuple[Spot, ...]:
    """Line breaks inside paragraphs, at the end of each wrapped line; none below the threshold.
    The break after a dateline on a line of its own is no wrap."""
    cut = next((r for r in doc.removed if r.rule == "dateline"), None)
    alone = cut.line if cut is not None and _alone(doc, cut.line, cut.text) else None
    found = []
    for block in doc.blocks:
        if block.type != "paragraph":
            continue
        for span, following in zip(block.spans, block.spans[1:]):
            if span.line == alone:
                continue
            if following.line == span.line + 1 and 0 < span.line <= len(doc.input_lines):
                end = len(doc.input_lines[span.line - 1].rstrip()) + 1
                found.append(Spot(span.line, end, ""))
    return tuple(found) if len(found) >= MIN_WRAPPED_LINES else ()


def _parse_json(data: bytes, path: str, form: str, options: Options) -> Parsed:
    text = decode_bytes(data, path)[0]
    lines = jsonin.Lines(text)
    loaded = list(jsonin.load(text, path, form == "jsonl"))
    subjects = tuple(_json_subject(item, offsets, text, lines, path, form, options) for item, offsets in loaded)
    return Parsed(path, form, text, subjects, many=form == "json" and text.lstrip().startswith("["))


def _json_subject(data: dict[str, Any], offsets: dict, text: str, lines: jsonin.Lines, path: str, form: str,
                  options: Options) -> Subject:
    """One article of a JSON file: the body blocks positioned in the file, flags found afresh."""

    def positioned(key: tuple, kind: str, value: str, line: int | None = None) -> Block:
        at = offsets.get(key)
        spans = jsonin.string_spans(text, at, lines) if at is not None else ()
        return Block(kind, value, spans[0].line if spans else line, spans)

    originals, blocks = _json_blocks(data, positioned)
    title = data.get("title") if isinstance(data.get("title"), str) else None
    doc = Doc(
        source=path, options=options, title=title, published=_str(data, "published"), updated=_str(data, "updated"),
        dateline=Dateline.from_dict(data.get("dateline")), byline=Byline.from_dict(data.get("byline")),
        language=_str(data, "language"), site_name=_str(data, "site_name"), url=_str(data, "url"),
        encoding=_str(data, "encoding"), blocks=blocks,
        removed=tuple(_removal(item) for item in data.get("removed") or () if isinstance(item, dict)),
        recorded_flags=tuple(Finding.from_dict(item) for item in data.get("flags") or () if isinstance(item, dict)),
    )
    source = data["source"] if isinstance(data.get("source"), str) else path
    article = finish(doc.evolve(source=source, blocks=originals))
    title_block = positioned(("title",), "title", title) if title else None
    pieces = tuple(b for b in (title_block, *blocks) if b and (not b.text.isascii() or CONTROL_RE.search(b.text)))
    flags = flag_stage.run(doc).flags + _replaced(pieces)
    first = next((b for b in blocks if b.type == "paragraph"), None)
    own = str(data.get("schema") or "").startswith(OWN_SCHEMA)
    return Subject(path, form, doc, article, flags, pieces, title_block, own=own,
                   boilerplate=() if own else _json_boilerplate(blocks, options), glued=_json_glued(first))


def _json_boilerplate(blocks: tuple[Block, ...], options: Options) -> tuple[Spot, ...]:
    """In JSON the body is all that is left: a block that a boilerplate rule takes is chrome."""
    from ..text.boilerplate import line_rule

    found = ((block, line_rule(block.text, options)) for block in blocks)
    return tuple(Spot(*block.position(0), block.text, rule) for block, rule in found if rule)


def _json_blocks(data: dict[str, Any], positioned) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """The body as it was written (original lines) and as positioned in this file."""
    body = data.get("body")
    if isinstance(body, list):
        items = [(i, b) for i, b in enumerate(body) if isinstance(b, dict) and isinstance(b.get("text"), str)]
        originals = tuple(Block(str(b.get("type") or "paragraph"), b["text"], b.get("line") if isinstance(b.get("line"), int) else None)
                          for _, b in items)
        blocks = tuple(positioned(("body", i, "text"), o.type, o.text) for (i, _), o in zip(items, originals))
        return originals, blocks
    whole = positioned(("text",), "paragraph", data.get("text") or "")
    blocks = tuple(_slice(whole, start, part) for start, part in _paragraphs(whole.text))
    return tuple(Block("paragraph", b.text, None) for b in blocks), blocks


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs of a ``text`` field, split at blank lines, with their offsets.

    >>> _paragraphs("One.\\n\\nTwo.")
    [(0, 'One.'), (6, 'Two.')]
    """
    found, start = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            found.append((start, part))
        start += len(part) + 2
    return found


def _slice(whole: Block, start: int, text: str) -> Block:
    """The block for ``whole.text[start:start+len(text)]``, its spans shifted to match."""
    line, column = whole.position(start)
    spans = [Span(0, line, column)] if line is not None and column is not None else []
    spans += [s._replace(offset=s.offset - start) for s in whole.spans if start < s.offset < start + len(text)]
    return Block("paragraph", text, line, tuple(spans))


def _json_glued(first: Block | None) -> Spot | None:
    """A dateline still at the head of the first paragraph: it belongs in the ``dateline`` field."""
    from ..text.datelines import read_dateline

    found = read_dateline(first.text) if first else None
    if found is None:
        return None
    line, column = first.position(0)
    return Spot(line, column, found[0].text)


def _replaced(pieces: tuple[Block, ...]) -> tuple[Finding, ...]:
    """AC401 for JSON, where no decoding happened: replacement characters in the strings."""
    for piece in pieces:
        offset = piece.text.find("\ufffd")
        if offset >= 0:
            count = sum(p.text.count("\ufffd") for p in pieces)
            return (BY_CODE["AC401"].finding(f"{count} characters could not be decoded and were replaced",
                                             *piece.position(offset)),)
    return ()


def _str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _removal(item: dict[str, Any]) -> Removal:
    line = item.get("line")
    return Removal(line if isinstance(line, int) else None, str(item.get("text", "")), str(item.get("rule", "")), item.get("path"))
